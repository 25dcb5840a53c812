"""The follow-up view (issue 14) in a real browser: filter the tasks and deadlines of several documents by
status and agency, mark one done with a name, a note and the reply's number, and reopen it.

The server runs in its own process, so "today" is the real one: the deadlines are set well before and well
after it (the statuses themselves are tested on a frozen clock in tests/service/test_followup.py).
"""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import httpx
import pytest
from web_helpers import api_get, upload, wait_done, wait_js

pytestmark = pytest.mark.slow

DIRECTIVE = """UBND HUYỆN THANH BÌNH
PHÒNG GIÁO DỤC VÀ ĐÀO TẠO
Số: {n}/PGDĐT-VP
V/v triển khai kế hoạch số {n}
Thanh Bình, ngày 15 tháng 9 năm 2025
Kính gửi: Hiệu trưởng các trường.
Các trường báo cáo kết quả về Phòng Giáo dục và Đào tạo trước ngày 15/10/2025.
TRƯỞNG PHÒNG
Nguyễn Văn An
"""


def add_directive(base: str, n: int, agency: str, task: str, deadline: dt.date) -> str:
    doc_id = upload(base, DIRECTIVE.format(n=n).encode("utf-8"), f"kh-{n}.txt")
    record = wait_done(base, doc_id)["record"]
    record["document"]["number"] = f"{n}/KH-UBND"
    record["assignments"] = [{"agency": agency, "tasks": [task]}]
    record["reporting"] = [{"deadline": deadline.isoformat(), "relation": "before", "reporters": agency,
                            "recipient": "Ủy ban nhân dân huyện", "email": None, "content": "báo cáo kết quả"}]
    etag = api_get(base, f"documents/{doc_id}/record").headers["etag"]
    saved = httpx.put(f"{base}/v1/documents/{doc_id}/record", json=record, headers={"If-Match": etag}, timeout=10)
    assert saved.status_code == 200, saved.text
    return doc_id


def keys_of(base: str, doc_id: str) -> set[str]:
    items = api_get(base, "followup", limit=200).json()["items"]
    return {i["key"] for i in items if i["document"]["id"] == doc_id}


def wait_keys(page, keys: set[str]) -> None:
    """Wait until the table shows exactly ``keys`` (the row of each item carries its key)."""
    wait_js(page, """(() => {
        const shown = [...document.querySelectorAll('#followup-rows tr[data-key]')].map((r) => r.dataset.key);
        return shown.length === arg.length && arg.every((k) => shown.includes(k)); })()""", arg=sorted(keys))


def test_filter_the_follow_up_and_mark_a_deadline_done_then_reopen_it(server, page, screenshot):
    base = server.base_url
    today = dt.datetime.now(ZoneInfo("Asia/Ho_Chi_Minh")).date()
    late = add_directive(base, 901, "Phòng Văn hóa và Thông tin", "Treo băng rôn tuyên truyền",
                         today - dt.timedelta(days=10))
    later = add_directive(base, 902, "Sở Tài chính", "Bố trí kinh phí", today + dt.timedelta(days=40))
    late_keys, later_keys = keys_of(base, late), keys_of(base, later)
    assert len(late_keys) == 2 and len(later_keys) == 2  # a task and its reporting deadline each

    page.goto(f"{base}/#/followup")
    page.locator("#view-followup").wait_for(state="visible")
    assert page.locator("#nav-followup").get_attribute("aria-current") == "page"
    wait_keys(page, late_keys | later_keys)  # the default filter: not done yet
    assert page.locator("#followup-feed-url").input_value().endswith("/v1/calendar.ics")

    page.select_option("#followup-status", "overdue")
    wait_keys(page, late_keys)
    page.select_option("#followup-status", "")
    page.fill("#followup-agency", "so tai chinh")
    page.click("#followup-filters button[type=submit]")
    wait_keys(page, later_keys)
    page.click("#followup-filters button[type=reset]")
    wait_keys(page, late_keys | later_keys)
    page.select_option("#followup-status", "overdue")
    wait_keys(page, late_keys)

    # Mark the overdue report done: without a name the page asks for one; with it the mark is stored.
    report = next(k for k in late_keys if ".reporting.0." in k)
    row = page.locator(f'#followup-rows tr[data-key="{report}"]')
    row.get_by_role("button", name="Đánh dấu đã xong").click()
    page.fill("#mark-note", "Đã gửi bản giấy")
    page.fill("#mark-reply", "45/BC-PVH")
    page.get_by_role("button", name="Xác nhận đã xong").click()
    wait_js(page, "document.querySelector('.mark-form .field-error') && "
                  "!document.querySelector('.mark-form .field-error').hidden")
    assert page.evaluate("document.activeElement.id") == "followup-actor"
    page.fill("#followup-actor", "Nguyễn Thị Lan")
    page.get_by_role("button", name="Xác nhận đã xong").click()
    wait_keys(page, late_keys - {report})
    wait_js(page, "document.querySelector('#followup-summary').textContent.startsWith('Đã đánh dấu xong')")

    page.select_option("#followup-status", "done")
    wait_keys(page, {report})
    status = page.locator(f'#followup-rows tr[data-key="{report}"] td').nth(4).inner_text()
    assert "Đã xong" in status and "Nguyễn Thị Lan" in status and "45/BC-PVH" in status
    screenshot(page, "done")

    # Reopen it: the history keeps both marks; the record was never edited.
    page.locator(f'#followup-rows tr[data-key="{report}"]').get_by_role("button", name="Mở lại").click()
    page.fill("#mark-note", "Thiếu số liệu")
    page.get_by_role("button", name="Xác nhận mở lại").click()
    wait_keys(page, set())
    events = api_get(base, f"followup/{report}/events").json()["events"]
    assert [(e["action"], e["by"], e["note"], e["reply_number"]) for e in events] == [
        ("done", "Nguyễn Thị Lan", "Đã gửi bản giấy", "45/BC-PVH"),
        ("reopen", "Nguyễn Thị Lan", "Thiếu số liệu", None)]
    page.select_option("#followup-status", "overdue")
    wait_keys(page, late_keys)


def test_with_a_token_the_page_shows_a_subscribe_address_a_calendar_can_use(page, tmp_path):
    from icalendar import Calendar
    from test_service_live import LiveServer

    token = "followup-feed-token-0123456789"
    server = LiveServer(tmp_path / "data", tmp_path / "server.log", WORKERS="1", API_TOKEN=token)
    server.start()
    try:
        base = server.base_url
        page.goto(f"{base}/#/followup")
        page.locator("#token-dialog").wait_for(state="visible")
        page.fill("#token-input", token)
        page.press("#token-input", "Enter")
        page.wait_for_selector("#followup-rows .empty-row")
        address = page.locator("#followup-feed-url").input_value()
        assert address == f"{base}/v1/calendar.ics?token={token}"
        # What a calendar application does with it: a plain GET, no header.
        response = httpx.get(address, timeout=10)
        assert response.status_code == 200 and response.headers["content-type"].startswith("text/calendar")
        assert str(Calendar.from_ical(response.content)["x-wr-calname"]) == "Theo dõi hạn và sự kiện"
        assert httpx.get(f"{base}/v1/calendar.ics", timeout=10).status_code == 401
    finally:
        server.stop()
