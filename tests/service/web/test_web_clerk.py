"""What a clerk found on the review page (issue 10), in a real browser: two people editing one record, actions
that cannot be taken back, layouts that hid or squeezed things, and a card that called a non-directive done.

Layouts are checked by measuring the page (bounding boxes, overlaps, line counts), not by looking at it.
"""

from __future__ import annotations

import httpx
import pytest
from playwright.sync_api import expect
from web_helpers import (
    api_get,
    choice_dialog,
    corpus_text,
    field,
    open_review,
    save_and_wait,
    upload,
    wait_done,
    wait_js,
)

pytestmark = pytest.mark.slow

NOT_A_DIRECTIVE = b"The weather is nice today and we walk in the park.\nNothing special happened at all.\n"
LONG_NAME = "ke-hoach-to-chuc-tuan-le-huong-ung-hoc-tap-suot-doi-" * 4 + "ban-chinh-thuc.txt"


def box(page, selector: str) -> dict:
    found = page.locator(selector).bounding_box()
    assert found, f"{selector} is not rendered"
    return found


def overlap(a: dict, b: dict) -> bool:
    return (a["x"] < b["x"] + b["width"] and b["x"] < a["x"] + a["width"]
            and a["y"] < b["y"] + b["height"] and b["y"] < a["y"] + a["height"])


def line_count(page, selector: str) -> float:
    """How many lines of text the element's box holds (its height over its line height)."""
    return page.eval_on_selector(selector, """(el) => {
        const style = getComputedStyle(el);
        const line = parseFloat(style.lineHeight) || parseFloat(style.fontSize) * 1.2;
        return el.getBoundingClientRect().height / line; }""")


# ------------------------------------------------------------------------------------------ lost updates


def test_two_clerks_editing_the_same_revision_get_the_conflict_dialog(server, browser, page, screenshot):
    base = server.base_url
    doc_id = upload(base, corpus_text("seed_000", "conflict"), "cv-477.txt")
    wait_done(base, doc_id)
    other = browser.new_page()
    open_review(page, base, doc_id)
    open_review(other, base, doc_id)  # both tabs hold revision 0
    subject = "/document/subject"

    # The first clerk saves; the second, still on revision 0, is told instead of overwriting.
    field(page, subject).fill("Bản của chị Lan")
    page.fill("#reviewer", "Lan")
    save_and_wait(page)
    field(other, subject).fill("Bản của anh Minh")
    other.click("#save")
    dialog = choice_dialog(other)
    assert dialog.get_attribute("role") == "alertdialog"
    text = dialog.inner_text()
    assert "đã được lưu bởi người khác" in text and "lần 1 bởi Lan" in text and "chưa được lưu" in text
    assert other.evaluate("document.activeElement.textContent") == "Để tôi xem lại"  # the safe choice first
    screenshot(other, "conflict")
    assert api_get(base, f"documents/{doc_id}/record").json()["document"]["subject"] == "Bản của chị Lan"

    # Reload the stored record: the first clerk's edit, the second's dropped.
    dialog.get_by_role("button", name="Tải bản đã lưu (bỏ sửa đổi của tôi)").click()
    wait_js(other, "document.querySelector('#save-status').textContent.startsWith('Đã tải bản đã lưu lần 1')")
    assert field(other, subject).input_value() == "Bản của chị Lan"
    assert other.locator("#review-status").inner_text().startswith("✓ Đã rà soát (lần 1, Lan")

    # Both edit revision 1; the second overwrites knowingly.
    field(page, subject).fill("Bản thứ hai của chị Lan")
    save_and_wait(page)
    field(other, subject).fill("Bản thứ hai của anh Minh")
    other.click("#save")
    choice_dialog(other).get_by_role("button", name="Vẫn lưu bản của tôi (ghi đè)").click()
    wait_js(other, "document.querySelector('#save-status').textContent.startsWith('Đã lưu lần rà soát 3')")
    stored = api_get(base, f"documents/{doc_id}/record")
    assert stored.json()["document"]["subject"] == "Bản thứ hai của anh Minh" and stored.headers["etag"] == '"rev-3"'

    # Escape keeps the clerk's edit on the page and stores nothing.
    field(page, subject).fill("Bản thứ ba của chị Lan")
    page.click("#save")
    choice_dialog(page).press("Escape")
    page.locator("#choice-dialog").wait_for(state="hidden")
    assert field(page, subject).input_value() == "Bản thứ ba của chị Lan"
    assert page.locator("#save-status").inner_text().startswith("Chưa lưu")
    assert api_get(base, f"documents/{doc_id}/record").headers["etag"] == '"rev-3"'
    other.close()


# ------------------------------------------------------------------------------------------ confirmations


def test_removing_an_agency_with_its_tasks_and_going_back_to_the_machine_reading_ask_first(server, page):
    base = server.base_url
    doc_id = upload(base, corpus_text("seed_000", "confirm"), "cv-477.txt")
    extracted = wait_done(base, doc_id)["record"]
    open_review(page, base, doc_id)
    first, second = (a["agency"] for a in extracted["assignments"][:2])
    remove = page.get_by_role("button", name="Xóa cơ quan 1 cùng các nhiệm vụ")

    remove.click()
    dialog = choice_dialog(page)
    assert first in dialog.inner_text() and "nhiệm vụ" in dialog.inner_text()
    page.wait_for_function("document.activeElement && document.activeElement.textContent === 'Hủy'")
    dialog.press("Escape")
    dialog.wait_for(state="hidden")
    expect(field(page, "/assignments/0/agency")).to_have_value(first)
    page.wait_for_function(
        "document.activeElement && document.activeElement.textContent === 'Xóa cơ quan 1 cùng các nhiệm vụ'")

    remove.click()
    choice_dialog(page).get_by_role("button", name="Xóa cơ quan 1").click()
    expect(field(page, "/assignments/0/agency")).to_have_value(second)

    page.get_by_role("button", name="Về bản máy đọc").click()
    choice_dialog(page).get_by_role("button", name="Hủy").click()
    expect(field(page, "/assignments/0/agency")).to_have_value(second)
    page.get_by_role("button", name="Về bản máy đọc").click()
    choice_dialog(page).get_by_role("button", name="Về bản máy đọc").click()
    expect(field(page, "/assignments/0/agency")).to_have_value(first)
    assert api_get(base, f"documents/{doc_id}/versions").json()["current"]["kind"] == "extracted"


# ------------------------------------------------------------------------------------------ layout and cards


def test_every_upload_card_shows_its_button_and_long_names_stay_short(server, page, tmp_path, screenshot):
    files = []
    for n, (name, data) in enumerate([(LONG_NAME, corpus_text("seed_000", "cards")),
                                      ("ke-hoach.txt", corpus_text("syn_a06", "cards")),
                                      ("thong-bao.txt", corpus_text("syn_b04", "cards"))]):
        path = tmp_path / str(n)
        path.mkdir()
        (path / name).write_bytes(data)
        files.append(str(path / name))
    page.goto(server.base_url + "/")
    page.set_input_files("#file-input", files)
    wait_js(page, "document.querySelectorAll(\".upload-card[data-status='done']\").length === 3")
    screenshot(page, "cards")
    uploads = box(page, "#uploads")
    assert page.eval_on_selector("#uploads", "(el) => el.scrollHeight <= el.clientHeight + 1"), "no hidden cards"
    buttons = page.locator(".upload-card").get_by_role("link", name="Mở để rà soát")
    assert buttons.count() == 3
    for i in range(3):
        button = buttons.nth(i).bounding_box()
        assert uploads["y"] <= button["y"] and button["y"] + button["height"] <= uploads["y"] + uploads["height"]
    long_card = page.locator(".upload-card", has_text="ke-hoach-to-chuc")
    assert long_card.locator(".upload-name").get_attribute("title") == LONG_NAME
    assert line_count(page, ".upload-card:last-child .upload-name") <= 2.2

    doc_id = long_card.get_attribute("data-id")
    cell = f"#doc-rows tr[data-id='{doc_id}'] td.file a"
    page.wait_for_selector(cell)
    assert page.locator(cell).get_attribute("title") == LONG_NAME
    assert line_count(page, cell) <= 2.2, "a long file name takes two lines at most"


def test_at_tablet_width_the_title_is_clear_of_the_chip_and_the_subject_column_is_readable(server, page, screenshot):
    base = server.base_url
    doc_id = upload(base, corpus_text("syn_a06", "768"), "ke-hoach.txt")
    wait_done(base, doc_id)
    page.set_viewport_size({"width": 768, "height": 1024})
    page.goto(base + "/")
    row = f"#doc-rows tr[data-id='{doc_id}']"
    page.wait_for_selector(row)
    screenshot(page, "list-768")
    subject = box(page, f"{row} td.subject")
    assert subject["width"] >= 220, f"the subject column is {subject['width']:.0f} px wide"
    assert page.evaluate("document.documentElement.scrollWidth") <= 768

    def assert_title_clear() -> None:
        page.evaluate("window.scrollTo(0, 0)")
        title, chip = box(page, "#doc-title"), box(page, "#review-status")
        assert not overlap(title, chip), (title, chip)
        assert page.eval_on_selector("#doc-title", "(el) => el.scrollWidth <= el.clientWidth"), "the title overflows"
        assert line_count(page, "#doc-title") <= 2.2, "the title is squeezed into a word per line"
        assert title["x"] + title["width"] <= 768 and chip["x"] + chip["width"] <= 768

    # A reviewed record with unsaved changes: the chip is long enough to squeeze the title beside it.
    record = api_get(base, f"documents/{doc_id}/record")
    edited = record.json()
    edited["document"].update(kind="quyet_dinh", number="1234/QĐ-UBND")
    assert httpx.put(f"{base}/v1/documents/{doc_id}/record", json=edited, params={"reviewer": "Lan"}, timeout=10,
                     headers={"If-Match": record.headers["etag"]}).status_code == 200
    open_review(page, base, doc_id)
    field(page, "/document/place").fill("Thị xã Bến Cát")
    assert page.locator("#review-status").inner_text().endswith("có thay đổi chưa lưu")
    assert_title_clear()
    screenshot(page, "review-768")
    # The longest chip: a long reviewer's name.
    page.fill("#reviewer", "Nguyễn Thị Phương Lan, Tổ văn thư")
    save_and_wait(page)
    field(page, "/document/place").fill("Thị xã Bến Cát, tỉnh Bình Dương")
    assert_title_clear()


def test_a_text_that_is_not_a_directive_gets_a_warning_card(server, page, tmp_path):
    path = tmp_path / "thu-moi.txt"
    path.write_bytes(NOT_A_DIRECTIVE)
    page.goto(server.base_url + "/")
    page.set_input_files("#file-input", str(path))
    card = page.locator(".upload-card", has_text="thu-moi.txt")
    page.wait_for_selector(".upload-card[data-status='done']")
    assert "state-warning" in card.get_attribute("class").split()
    assert "Cần kiểm tra" in card.locator(".upload-status").inner_text()
    warnings = card.locator(".upload-warnings li")
    assert warnings.first.inner_text().startswith("Văn bản không giống tiếng Việt")
    colour = card.evaluate("(el) => getComputedStyle(el).borderLeftColor")
    done = page.evaluate("""() => { const probe = document.createElement('li');
        probe.className = 'upload-card state-done'; document.querySelector('#uploads').append(probe);
        const colour = getComputedStyle(probe).borderLeftColor; probe.remove(); return colour; }""")
    assert colour != done, "a warning card is not painted as a plain 'done' one"
    record = httpx.get(f"{server.base_url}/v1/documents/{card.get_attribute('data-id')}", timeout=10).json()["record"]
    assert warnings.count() == min(4, len(record["warnings"]))  # more than four: three and "… và N cảnh báo khác"
