"""The register page (#/register, static/js/register.js) in a real browser against the service under uvicorn:
the rows and their số đến, the clerk's columns edited and refused, the period and the .xlsx export."""

from __future__ import annotations

import datetime as dt
import io

import openpyxl
import pytest
from web_helpers import api_get, corpus_text, upload, wait_done, wait_js

pytestmark = pytest.mark.slow

PHU_LUC_IV = ["Ngày đến", "Số đến", "Tác giả", "Số, ký hiệu văn bản", "Ngày tháng văn bản",
              "Tên loại và trích yếu nội dung văn bản", "Đơn vị hoặc người nhận", "Ngày chuyển", "Ký nhận", "Ghi chú"]
VN = dt.timezone(dt.timedelta(hours=7))


def test_clerk_keeps_the_register_of_incoming_documents(server, page, screenshot):
    base = server.base_url
    ids = [upload(base, corpus_text(doc, "register"), f"{doc}.txt") for doc in ("seed_000", "seed_001")]
    for doc_id in ids:
        wait_done(base, doc_id)
    rows = {r["document_id"]: r for r in api_get(base, "register").json()["rows"]}
    first = rows[ids[0]]
    today = dt.datetime.now(VN).date()

    # The list shows each document's số đến; the nav leads to the register.
    page.goto(base + "/")
    page.wait_for_selector(f"#doc-rows tr[data-id='{ids[0]}']")
    assert page.locator(f"#doc-rows tr[data-id='{ids[0]}'] td.arrival").inner_text() == str(first["arrival_number"])
    page.get_by_role("link", name="Sổ văn bản đến").click()
    page.wait_for_selector(f"#register-rows tr[data-id='{ids[1]}']")
    assert page.locator("#nav-register").get_attribute("aria-current") == "page"
    assert page.locator("#register-head th").all_inner_texts() == [*PHU_LUC_IV, "Lưu"]
    row = page.locator(f"#register-rows tr[data-id='{ids[0]}']")
    cells = row.locator("td").all_inner_texts()
    assert cells[:6] == [today.strftime("%d/%m/%Y"), str(first["arrival_number"]), first["author"], first["number"],
                         f"{first['issue_date'][8:]}/{first['issue_date'][5:7]}/{first['issue_date'][:4]}",
                         first["type_and_subject"]]
    screenshot(page, "1-register")

    # A Ngày chuyển that is not a date, then one before ngày đến: refused next to the cell, nothing stored.
    row.get_by_label(f"Đơn vị hoặc người nhận, số đến {first['arrival_number']}").fill("Phòng Tổ chức cán bộ")
    transferred = row.get_by_label(f"Ngày chuyển, số đến {first['arrival_number']}")
    transferred.fill("31/02/2026")
    row.get_by_role("button", name=f"Lưu dòng số đến {first['arrival_number']}").click()
    error = row.locator("td.transferred_on .field-error")
    error.wait_for(state="visible")
    assert "20/09/2021" in error.inner_text() and transferred.get_attribute("aria-invalid") == "true"
    transferred.fill((today - dt.timedelta(days=1)).strftime("%d/%m/%Y"))
    transferred.press("Enter")
    wait_js(page, "document.querySelector(`#register-rows tr[data-id='${arg}'] td.transferred_on .field-error`)"
                  ".textContent.includes('từ ngày đến')", arg=ids[0])
    assert api_get(base, "register").json()["rows"][0]["recipient"] is None
    screenshot(page, "2-refused")

    # A right one is saved, with the other clerk's columns.
    transferred.fill(today.strftime("%d/%m/%Y"))
    row.get_by_label(f"Ký nhận, số đến {first['arrival_number']}").fill("Nguyễn Thị Lan")
    row.get_by_label(f"Ghi chú, số đến {first['arrival_number']}").fill("=bản chụp")
    row.get_by_role("button", name=f"Lưu dòng số đến {first['arrival_number']}").click()
    page.wait_for_selector(f"#register-rows tr[data-id='{ids[0]}'][data-saved='1']")
    assert row.locator(".row-status").inner_text() == "Đã lưu."
    assert not error.is_visible()
    stored = {r["document_id"]: r for r in api_get(base, "register").json()["rows"]}[ids[0]]
    assert (stored["recipient"], stored["transferred_on"], stored["signed_by"], stored["note"]) == (
        "Phòng Tổ chức cán bộ", today.isoformat(), "Nguyễn Thị Lan", "=bản chụp")

    # The export is the register of the period shown, as the workbook the API writes.
    with page.expect_download() as download_info:
        page.get_by_role("button", name="Tải sổ (.xlsx)").click()
    download = download_info.value
    assert download.suggested_filename.startswith("so-van-ban-den-") and download.suggested_filename.endswith(".xlsx")
    sheet = openpyxl.load_workbook(io.BytesIO(download.path().read_bytes())).active
    table = [list(r) for r in sheet.iter_rows(values_only=True)]
    assert table[0][0] == "SỔ ĐĂNG KÝ VĂN BẢN ĐẾN" and table[1][0] == f"Từ ngày 01/01/{today.year}"
    assert table[2] == PHU_LUC_IV
    line = next(r for r in table[3:] if r[1] == first["arrival_number"])
    assert line[6:] == ["Phòng Tổ chức cán bộ", today.strftime("%d/%m/%Y"), "Nguyễn Thị Lan", "=bản chụp"]

    # Reopened later, the register shows what was saved; a period without documents says so.
    page.reload()
    page.wait_for_selector(f"#register-rows tr[data-id='{ids[0]}']")
    assert row.get_by_label(f"Ký nhận, số đến {first['arrival_number']}").input_value() == "Nguyễn Thị Lan"
    page.fill("#register-from", (today + dt.timedelta(days=1)).strftime("%d/%m/%Y"))
    page.get_by_role("button", name="Xem sổ").click()
    page.wait_for_selector("#register-rows .empty-row")
    page.fill("#register-from", "hôm qua")
    page.get_by_role("button", name="Xem sổ").click()
    page.wait_for_selector("#register-from[aria-invalid='true']")
    screenshot(page, "3-period")

    # The review page names the số đến too.
    page.goto(f"{base}/#/doc/{ids[0]}")
    page.wait_for_selector("#review-body[data-ready='true']", state="visible")
    assert f"Số đến {first['arrival_number']}" in page.locator("#doc-meta").inner_text()
