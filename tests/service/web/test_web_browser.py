"""The review page in a real browser (Debian's Chromium, headless, through Playwright) against the service
under uvicorn: what a clerk does, from dropping files to printing the summary.

Screenshots of each step are saved under tests/artifacts/web/ (see conftest.py).
"""

from __future__ import annotations

import csv
import io
import json
import re

import httpx
import icalendar
import pytest
from web_helpers import (
    CORPUS,
    OCR_TIMEOUT_MS,
    api_get,
    choice_dialog,
    corpus_text,
    field,
    open_review,
    pdf_pages_and_text,
    save_and_wait,
    save_pdf_page_png,
    unlabelled_controls,
    upload,
    wait_done,
    wait_js,
    wait_review_ready,
    wait_rows,
    wait_scroll_settled,
)

pytestmark = pytest.mark.slow


def gold(doc_id: str) -> dict:
    return json.loads((CORPUS / doc_id / "gold.json").read_text(encoding="utf-8"))


def vn_date(iso: str) -> str:
    year, month, day = iso.split("-")
    return f"{day}/{month}/{year}"


def test_clerk_uploads_a_scan_reviews_corrects_saves_and_exports(server, page, corpus_scan, tmp_path, screenshot):
    base = server.base_url
    expected = gold("syn_a06")
    text_file = tmp_path / "ke-hoach.txt"
    text_file.write_bytes(corpus_text("seed_000", "story"))

    # Choose two files at once: each gets a card with its progress, page by page.
    page.goto(base + "/")
    page.wait_for_selector("#view-list:not([hidden])")
    page.set_input_files("#file-input", [str(corpus_scan), str(text_file)])
    scan_card = page.locator(".upload-card", has_text="scan.pdf")
    text_card = page.locator(".upload-card", has_text="ke-hoach.txt")
    scan_card.wait_for()
    text_card.wait_for()
    wait_js(page, """[...document.querySelectorAll('.upload-card')].some((c) => c.textContent.includes('scan.pdf')
                     && /trang \\d\\/2/.test(c.textContent))""", timeout=OCR_TIMEOUT_MS)
    assert scan_card.locator("progress").get_attribute("max") == "2"
    screenshot(page, "1-progress")
    page.wait_for_selector(".upload-card[data-status='done'] >> text=scan.pdf", timeout=OCR_TIMEOUT_MS)
    assert "2/2 trang" in scan_card.inner_text()
    wait_js(page, "document.querySelectorAll(\".upload-card[data-status='done']\").length === 2",
            timeout=OCR_TIMEOUT_MS)
    doc_id = scan_card.get_attribute("data-id")
    record = api_get(base, f"documents/{doc_id}/record").json()
    # The list shows the new documents too.
    page.wait_for_selector(f"#doc-rows tr[data-id='{doc_id}']")

    # Open its review: the number, the date and an agency's tasks are shown.
    scan_card.get_by_role("link", name="Mở để rà soát").click()
    wait_review_ready(page)
    assert field(page, "/document/number").input_value() == expected["document"]["number"]
    assert field(page, "/document/issue_date").input_value() == vn_date(expected["document"]["issue_date"])
    assert record["document"]["number"] == expected["document"]["number"]
    index, assignment = next((i, a) for i, a in enumerate(record["assignments"]) if a["tasks"])
    assert field(page, f"/assignments/{index}/agency").input_value() == assignment["agency"]
    for k, task in enumerate(assignment["tasks"]):
        assert field(page, f"/assignments/{index}/tasks/{k}").input_value() == task
    assert page.locator("#review-status").inner_text().startswith("Chưa rà soát")
    assert page.locator("#pages .page-figure").count() == 2
    assert unlabelled_controls(page) == []

    # Clicking a field draws its evidence box on the page image, inside that page.
    field(page, "/document/number").click()
    box = page.locator(".evidence-box")
    box.wait_for(state="visible")
    frame = page.locator(".page-frame[data-page='1']")
    wait_js(page, "document.querySelector(\".page-frame[data-page='1'] img\").complete "
            "&& document.querySelector(\".page-frame[data-page='1'] img\").naturalWidth > 0")
    b, f = box.bounding_box(), frame.bounding_box()
    assert f["x"] <= b["x"] and b["x"] + b["width"] <= f["x"] + f["width"]
    assert f["y"] <= b["y"] < f["y"] + f["height"] / 3, "the number is in the header, near the top of page 1"
    caption = page.locator("#evidence-caption").inner_text()
    assert "Số, ký hiệu" in caption and expected["document"]["number"] in caption
    screenshot(page, "2-evidence-box")

    # A task's evidence; in the text view the same span is highlighted.
    task_field = field(page, f"/assignments/{index}/tasks/0")
    task_field.click()
    wait_js(page, "document.querySelector('.evidence-box') && "
            "document.querySelector('#evidence-caption').textContent.includes('Nhiệm vụ 1')")
    wait_js(page, """(() => { const b = document.querySelector('.evidence-box').getBoundingClientRect();
                              const p = document.querySelector('#panel-images').getBoundingClientRect();
                              return b.top >= p.top && b.bottom <= p.bottom; })()""")
    wait_scroll_settled(page, "#panel-images")
    screenshot(page, "2b-task-evidence")
    page.get_by_role("tab", name="Chữ đã đọc").click()
    mark = page.locator("mark.evidence-mark")
    mark.wait_for(state="visible")
    assert mark.inner_text().strip() in assignment["tasks"][0] or assignment["tasks"][0][:20] in mark.inner_text()
    page.get_by_role("tab", name="Ảnh trang").click()

    # Correct the subject (OCR kept the header table's "|"), name the reviewer, save.
    corrected = expected["document"]["subject"]
    subject = field(page, "/document/subject")
    subject.fill(corrected)
    page.fill("#reviewer", "Nguyễn Thị Lan")
    assert "chưa lưu" in page.locator("#review-status").inner_text()
    save_and_wait(page)
    status = page.locator("#review-status").inner_text()
    assert status.startswith("✓ Đã rà soát (lần 1, Nguyễn Thị Lan")
    screenshot(page, "3-saved")

    # Reload: the correction is kept, and the page says the document was reviewed.
    page.reload()
    wait_review_ready(page)
    assert field(page, "/document/subject").input_value() == corrected
    assert "Đã rà soát (lần 1, Nguyễn Thị Lan" in page.locator("#review-status").inner_text()
    assert api_get(base, f"documents/{doc_id}/record").json()["document"]["subject"] == corrected
    assert api_get(base, f"documents/{doc_id}/record", version="extracted").json() == record

    # Exports: the calendar parses, and holds the reviewed record's dates.
    with page.expect_download() as download_info:
        page.get_by_role("button", name="Tải lịch (.ics)").click()
    download = download_info.value
    assert download.suggested_filename.endswith(".ics")
    calendar = icalendar.Calendar.from_ical(download.path().read_bytes())
    events = [c for c in calendar.walk("VEVENT")]
    assert events
    starts = {str(e.decoded("DTSTART"))[:10] for e in events}
    for report in record["reporting"]:
        if report["deadline"]:
            assert report["deadline"] in starts
    ceremony = record["event"]["opening_ceremony"]
    if ceremony["date"]:
        assert ceremony["date"] in starts
    wait_js(page, "document.querySelector('#export-status').textContent.startsWith('Đã tải')")

    with page.expect_download() as download_info:
        page.get_by_role("button", name="Tải JSON").click()
    assert json.loads(download_info.value.path().read_text(encoding="utf-8"))["document"]["subject"] == corrected
    with page.expect_download() as download_info:
        page.get_by_role("button", name="Tải phân công (CSV)").click()
    rows = list(csv.reader(io.StringIO(download_info.value.path().read_text(encoding="utf-8-sig"))))
    assert rows[0] == ["Cơ quan, đơn vị", "Nhiệm vụ", "Hạn"]
    assert len(rows) - 1 == sum(len(a["tasks"]) for a in record["assignments"])

    # Back to the list: the document is marked reviewed; the list reopens it.
    page.get_by_role("link", name="← Danh sách").click()
    row = page.locator(f"#doc-rows tr[data-id='{doc_id}']")
    # The rows of the list shown before the review stay until the list is loaded again: wait for the new ones.
    wait_js(page, "(document.querySelector(`#doc-rows tr[data-id='${arg}']`) || {}).textContent?.includes('Đã rà soát')",
            arg=doc_id)
    screenshot(page, "4-list")
    row.get_by_role("link", name=expected["document"]["number"]).click()
    wait_review_ready(page)
    assert field(page, "/document/subject").input_value() == corrected


def test_validation_errors_are_shown_next_to_the_field_and_nothing_is_saved(server, page, screenshot):
    base = server.base_url
    doc_id = upload(base, corpus_text("seed_000", "invalid"), "cv-477.txt")
    wait_done(base, doc_id)
    open_review(page, base, doc_id)

    date = field(page, "/document/issue_date")
    date.fill("31/02/2021")
    page.click("#save")
    error = page.locator("#f-document-issue_date").locator("xpath=..").locator(".field-error")
    error.wait_for(state="visible")
    assert "Ngày không hợp lệ" in error.inner_text()
    assert date.get_attribute("aria-invalid") == "true"
    assert error.get_attribute("id") in date.get_attribute("aria-describedby")
    assert page.evaluate("document.activeElement.id") == "f-document-issue_date"
    assert "1 giá trị không hợp lệ" in page.locator("#form-errors").inner_text()
    assert page.locator("#review-status").inner_text().startswith("Chưa rà soát")
    screenshot(page, "error")
    versions = api_get(base, f"documents/{doc_id}/versions").json()["versions"]
    assert [v["kind"] for v in versions] == ["extracted"]

    # Typed the Vietnamese way, the date is stored as ISO; a clock time written "8h30" as 08:30.
    date.fill("1/10/2021")
    assert date.get_attribute("aria-invalid") is None
    field(page, "/event/opening_ceremony/time").fill("8h30")
    save_and_wait(page)
    saved = api_get(base, f"documents/{doc_id}/record").json()
    assert saved["document"]["issue_date"] == "2021-10-01"
    assert saved["event"]["opening_ceremony"]["time"] == "08:30"
    assert date.input_value() == "01/10/2021"


def test_clerk_adds_and_removes_list_items_with_the_keyboard_and_evidence_follows_the_items(server, page, screenshot):
    base = server.base_url
    doc_id = upload(base, corpus_text("seed_000", "lists"), "cv-477.txt")
    extracted = wait_done(base, doc_id)["record"]
    open_review(page, base, doc_id)

    # Remove the first addressee: the second one moves up and keeps its own evidence.
    second = extracted["addressees"][1]
    page.get_by_role("button", name="Xóa nơi gửi 1").click()
    assert field(page, "/addressees/0").input_value() == second
    field(page, "/addressees/0").focus()
    wait_js(page, "document.querySelector('mark.evidence-mark') !== null")
    assert second[:25] in page.locator("mark.evidence-mark").inner_text()

    # Add a parent directive.
    page.get_by_role("button", name="Thêm văn bản căn cứ").click()
    n = len(extracted["parent_directives"])
    assert page.evaluate("document.activeElement.dataset.path") == f"/parent_directives/{n}/kind"
    field(page, f"/parent_directives/{n}/kind").select_option("ke_hoach")
    field(page, f"/parent_directives/{n}/number").fill("15/KH-UBND")
    field(page, f"/parent_directives/{n}/issue_date").fill("01/09/2021")
    field(page, f"/parent_directives/{n}/issuer").fill("UBND thị xã Bến Cát")
    assert "không có vị trí" in page.locator("#evidence-caption").inner_text()

    # Add an agency with two tasks, typed from the keyboard.
    page.get_by_role("button", name="Thêm cơ quan").click()
    a = len(extracted["assignments"])
    page.keyboard.type("Phòng Văn hóa và Thông tin")
    field(page, f"/assignments/{a}/tasks/0").fill("Tuyên truyền Tuần lễ trên đài truyền thanh.")
    page.get_by_role("button", name=f"Thêm nhiệm vụ của cơ quan {a + 1}").click()
    page.keyboard.type("Báo cáo kết quả về Phòng Giáo dục và Đào tạo.")
    # Remove a task of the first agency.
    removed_task = extracted["assignments"][0]["tasks"][1]
    page.get_by_role("button", name="Xóa nhiệm vụ 2 của cơ quan 1").click()

    # Add a deadline.
    page.get_by_role("button", name="Thêm hạn báo cáo").click()
    r = len(extracted["reporting"])
    field(page, f"/reporting/{r}/deadline").fill("20/10/2021")
    field(page, f"/reporting/{r}/relation").select_option("by")
    field(page, f"/reporting/{r}/reporters").fill("Phòng Văn hóa và Thông tin")
    assert unlabelled_controls(page) == []
    screenshot(page, "edited")

    # Save with Ctrl+S.
    page.keyboard.press("Control+s")
    wait_js(page, "document.querySelector('#save-status').textContent.startsWith('Đã lưu')")
    saved = api_get(base, f"documents/{doc_id}/record").json()
    assert saved["addressees"] == extracted["addressees"][1:]
    assert saved["parent_directives"][n] == {"kind": "ke_hoach", "number": "15/KH-UBND", "issue_date": "2021-09-01",
                                             "issuer": "UBND thị xã Bến Cát", "subject": None}
    assert saved["assignments"][a] == {"agency": "Phòng Văn hóa và Thông tin", "tasks": [
        "Tuyên truyền Tuần lễ trên đài truyền thanh.", "Báo cáo kết quả về Phòng Giáo dục và Đào tạo."]}
    assert removed_task not in saved["assignments"][0]["tasks"]
    assert len(saved["assignments"][0]["tasks"]) == len(extracted["assignments"][0]["tasks"]) - 1
    assert saved["reporting"][r]["deadline"] == "2021-10-20" and saved["reporting"][r]["relation"] == "by"

    # After a reload the reviewed record's items are matched to the extracted ones again.
    page.reload()
    wait_review_ready(page)
    assert field(page, f"/assignments/{a}/agency").input_value() == "Phòng Văn hóa và Thông tin"
    field(page, "/addressees/0").focus()
    wait_js(page, "document.querySelector('mark.evidence-mark') !== null")
    assert second[:25] in page.locator("mark.evidence-mark").inner_text()
    task = extracted["assignments"][0]["tasks"][2]
    field(page, "/assignments/0/tasks/1").focus()  # was task 3 before the removal
    wait_js(page, "(document.querySelector('mark.evidence-mark') || {}).textContent?.includes(arg)", arg=task[:25])

    # Back to what the machine read (not saved until the clerk saves), once the clerk confirms.
    page.get_by_role("button", name="Về bản máy đọc").click()
    choice_dialog(page).get_by_role("button", name="Về bản máy đọc").click()
    # the form is rebuilt after the dialog closes: wait for it rather than read the old form
    wait_js(page, "document.querySelector('#record-form [data-path=\"/addressees/0\"]')?.value === arg",
            arg=extracted["addressees"][0])
    assert field(page, "/addressees/0").input_value() == extracted["addressees"][0]
    assert page.locator(f'#record-form [data-path="/assignments/{a}/agency"]').count() == 0
    assert "có thay đổi chưa lưu" in page.locator("#review-status").inner_text()
    assert api_get(base, f"documents/{doc_id}/record").json() == saved


def test_low_confidence_values_and_warnings_stand_out_and_can_be_walked_through(server, page, corpus_scan):
    base = server.base_url
    doc_id = upload(base, corpus_scan.read_bytes(), "scan.pdf")  # the story's document if it ran first
    wait_done(base, doc_id)
    evidence = api_get(base, f"documents/{doc_id}/evidence").json()["evidence"]
    low = {p for p, e in evidence.items() if e["confidence"] < 0.7}
    open_review(page, base, doc_id)
    flagged = set(page.eval_on_selector_all("#record-form [data-path].low", "els => els.map((e) => e.dataset.path)"))
    record = api_get(base, f"documents/{doc_id}/record").json()
    extracted = api_get(base, f"documents/{doc_id}/record", version="extracted").json()
    def value(doc, pointer):
        node = doc
        for part in pointer.strip("/").split("/"):
            node = node[int(part)] if isinstance(node, list) else node[part]
        return node

    # Only values still as the machine read them are flagged (one the clerk typed is theirs).
    expected = {p for p in low if isinstance(value(extracted, p), str) and value(extracted, p)
                and value(record, p) == value(extracted, p)}
    assert flagged == expected
    if flagged:
        page.get_by_role("button", name="Đến giá trị cần kiểm tra tiếp theo").click()
        first = page.evaluate("document.activeElement.dataset.path")
        assert first in flagged
        assert "độ tin cậy" in page.locator("#evidence-caption").inner_text()
        flag = page.locator(f'[data-path="{first}"]').locator("xpath=ancestor::*[@data-field][1]").locator(".flag")
        assert flag.is_visible() and "chưa chắc chắn" in flag.inner_text()
    warnings = record["warnings"]
    assert page.locator("#warnings li").count() == len(warnings)


def test_search_and_filters_find_a_document_and_reopen_it(server, page, screenshot):
    base = server.base_url
    ids = {name: upload(base, corpus_text(name, "filters"), f"{name}-loc.txt") for name in ("seed_000", "syn_a06", "syn_b04")}
    for doc_id in ids.values():
        wait_done(base, doc_id)
    issuers = {name: gold(name)["issuer"]["name"] for name in ids}
    page.goto(base + "/")

    wait_rows(page, present=ids.values())
    # Drop a file on the drop zone.
    handle = page.evaluate_handle("""(text) => { const dt = new DataTransfer();
        dt.items.add(new File([text], 'tha-vao.txt', { type: 'text/plain' })); return dt; }""",
                                  corpus_text("syn_a05", "drop").decode("utf-8"))
    page.dispatch_event("#dropzone", "drop", {"dataTransfer": handle})
    page.locator(".upload-card", has_text="tha-vao.txt").wait_for()

    page.fill("#filter-issuer", "khuyến học")
    wait_rows(page, present=[ids["syn_a06"]], absent=[ids["seed_000"]])
    page.fill("#filter-issuer", "")
    page.fill("#filter-q", "ben cat")  # without diacritics
    wait_rows(page, present=[ids["seed_000"]], absent=[ids["syn_a06"]])
    page.fill("#filter-q", "")
    page.fill("#filter-issued-from", "01/01/2020")
    wait_rows(page, present=[ids["seed_000"]], absent=[ids["syn_a06"]])
    page.select_option("#filter-status", "failed")
    page.wait_for_selector("#doc-rows .empty-row")
    assert "Không có văn bản nào khớp" in page.locator("#doc-rows").inner_text()
    page.select_option("#filter-status", "")
    page.select_option("#filter-reviewed", "false")
    page.wait_for_selector(f"#doc-rows tr[data-id='{ids['seed_000']}']")
    # A date that does not exist is reported next to its filter.
    page.fill("#filter-issued-to", "32/13/2021")
    page.press("#filter-issued-to", "Enter")
    error = page.locator("#filter-issued-to + .field-error")
    error.wait_for(state="visible")
    assert "Ngày không hợp lệ" in error.inner_text()
    # The rows of the previous filters are gone: nothing under the error pretends to match the filters.
    assert page.locator("#doc-rows tr").count() == 0 and page.locator("#list-summary").inner_text() == ""
    screenshot(page, "filters")
    page.click("#filters button[type=reset]")
    page.wait_for_selector(f"#doc-rows tr[data-id='{ids['syn_a06']}']")
    assert not error.is_visible()

    page.locator(f"#doc-rows tr[data-id='{ids['seed_000']}'] a.doc-link").click()
    wait_review_ready(page)
    assert issuers["seed_000"] in page.locator("#doc-meta").inner_text()
    assert page.locator("#tab-images").is_hidden()  # digital text: the text view, no page images
    field(page, "/document/number").click()
    assert page.locator("mark.evidence-mark").inner_text().replace(" ", "") == gold("seed_000")["document"]["number"]


def test_a_refused_upload_and_a_failed_document_say_what_went_wrong(server, page, tmp_path, screenshot):
    from PIL import Image

    blank = tmp_path / "trang-trang.png"
    Image.new("RGB", (1240, 1754), "white").save(blank)
    broken = tmp_path / "hong.pdf"
    broken.write_bytes(b"%PDF-1.4\n" + b"garbage " * 64)
    page.goto(server.base_url + "/")
    page.set_input_files("#file-input", [str(blank), str(broken)])
    refused = page.locator(".upload-card", has_text="hong.pdf")
    refused.wait_for()
    wait_js(page, "[...document.querySelectorAll('.upload-card')].some((c) => c.dataset.status === 'rejected')")
    assert "Tệp bị hỏng" in refused.inner_text()
    failed = page.locator(".upload-card", has_text="trang-trang.png")
    page.wait_for_selector(".upload-card[data-status='failed']", timeout=OCR_TIMEOUT_MS)
    assert "Không tìm thấy chữ nào" in failed.inner_text()
    screenshot(page, "cards")
    failed.get_by_role("link", name="Xem chi tiết").click()
    message = page.locator("#doc-failed")
    message.wait_for(state="visible")
    assert "Không xử lý được văn bản này" in message.inner_text()
    assert page.locator("#review-body").is_hidden()


@pytest.mark.parametrize("doc_id", ["seed_000", "seed_003"])
def test_printed_summary_fits_one_page(server, page, doc_id, tmp_path):
    base = server.base_url
    doc = upload(base, corpus_text(doc_id, "print"), f"{doc_id}.txt")
    record = wait_done(base, doc)["record"]
    open_review(page, base, doc)
    # Headless Chromium would start a real print job on window.print(), and page.pdf() below would then
    # collide with it ("Page is already being printed") depending on timing: count the calls instead.
    page.evaluate("() => { window.__printCalls = 0; window.print = () => { window.__printCalls += 1; }; }")
    page.get_by_role("button", name="In tóm tắt").click()  # builds the summary, then the browser's print
    assert page.evaluate("window.__printCalls") == 1
    shown, total = map(int, page.locator("#print-summary").get_attribute("data-tasks-shown").split("/"))
    assert total == sum(len(a["tasks"]) for a in record["assignments"]) and 0 < shown <= total
    page.emulate_media(media="print")
    pdf = page.pdf(format="A4", prefer_css_page_size=True, print_background=True)
    page.emulate_media(media="screen")
    pages, text = pdf_pages_and_text(pdf)
    from web_helpers import ARTIFACTS

    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    save_pdf_page_png(pdf, ARTIFACTS / f"print-{doc_id}.png")
    assert pages == 1
    flat = re.sub(r"\s+", " ", text)
    if record["document"]["number"]:
        assert record["document"]["number"] in flat.replace(" ", "")
    assert "PHÂN CÔNG" in flat and "Chưa rà soát" in flat
    for assignment in record["assignments"][:3]:
        assert assignment["agency"][:15] in flat


def test_tablet_layout_stacks_the_panes_and_does_not_scroll_sideways(server, page, screenshot):
    base = server.base_url
    doc_id = upload(base, corpus_text("seed_000", "tablet"), "cv-477.txt")
    wait_done(base, doc_id)
    page.set_viewport_size({"width": 768, "height": 1024})
    open_review(page, base, doc_id)
    assert page.evaluate("document.documentElement.scrollWidth") <= 768
    source = page.locator(".source-pane").bounding_box()
    form = page.locator(".form-pane").bounding_box()
    assert form["y"] >= source["y"] + source["height"] - 1, "the panes are stacked"
    field(page, "/reporting/0/deadline").click()
    page.locator("mark.evidence-mark").wait_for(state="visible")
    assert page.locator(".source-pane").bounding_box()["y"] <= 1, "the source stays in view (sticky)"
    # The highlighted span is scrolled into the visible part of the source pane.
    wait_js(page, """(() => { const m = document.querySelector('mark.evidence-mark').getBoundingClientRect();
                              const p = document.querySelector('#panel-text').getBoundingClientRect();
                              return m.top >= p.top && m.bottom <= p.bottom; })()""")
    wait_scroll_settled(page, "#panel-text")
    screenshot(page, "tablet")
    page.goto(base + "/")
    page.wait_for_selector("#doc-rows tr[data-id]")
    assert page.evaluate("document.documentElement.scrollWidth") <= 768
    screenshot(page, "tablet-list")


def test_with_an_api_token_the_page_asks_once_and_sends_it(page, tmp_path, corpus_scan, screenshot):
    from test_service_live import LiveServer

    token = "web-page-token-0123456789"
    server = LiveServer(tmp_path / "data", tmp_path / "server.log", WORKERS="1", API_TOKEN=token)
    server.start()
    try:
        base = server.base_url
        page.goto(base + "/")
        dialog = page.locator("#token-dialog")
        dialog.wait_for(state="visible")
        screenshot(page, "token")
        page.fill("#token-input", "wrong-token-wrong-token")
        page.get_by_role("button", name="Dùng mã này").click()
        wait_js(page, "document.querySelector('#token-reason').textContent.includes('không đúng')")
        page.fill("#token-input", token)
        page.press("#token-input", "Enter")  # Enter submits the token (it used to press the first button, "Hủy")
        page.wait_for_selector("#doc-rows .empty-row")
        assert not dialog.is_visible()
        # Kept for the browser session (a cookie without expiry), for every tab: a new tab does not ask again.
        (cookie,) = [c for c in page.context.cookies() if c["name"] == "docintel_token"]
        assert cookie["expires"] == -1 and cookie["sameSite"] == "Strict"
        other = page.context.new_page()
        other.goto(base + "/")
        other.wait_for_selector("#doc-rows .empty-row")
        assert not other.locator("#token-dialog").is_visible()
        other.close()

        # Upload (XMLHttpRequest), page images (fetched as blobs) and exports all carry the token.
        page.set_input_files("#file-input", str(corpus_scan))
        page.wait_for_selector(".upload-card[data-status='done']", timeout=OCR_TIMEOUT_MS)
        page.get_by_role("link", name="Mở để rà soát").click()
        wait_review_ready(page)
        field(page, "/document/number").click()
        wait_js(page, "(() => { const img = document.querySelector(\".page-frame[data-page='1'] img\");"
                      " return img && img.complete && img.naturalWidth > 0 && img.src.startsWith('blob:'); })()")
        with page.expect_download() as download_info:
            page.get_by_role("button", name="Tải lịch (.ics)").click()
        assert icalendar.Calendar.from_ical(download_info.value.path().read_bytes()).walk("VEVENT")
        assert httpx.get(f"{base}/v1/documents", timeout=10).status_code == 401
        assert not dialog.is_visible()
    finally:
        server.stop()
