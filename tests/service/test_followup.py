"""Follow-up across documents (issue 14): the list and its filters on a frozen "today", done/reopen kept as
history, what a clerk's correction does to a mark, the calendar feed (parsed with icalendar) and its token,
and the follow-up book (.xlsx, read back with openpyxl)."""

from __future__ import annotations

import copy
import datetime as dt
import io
import os
import secrets
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from servers import empty_postgresql
from svc_helpers import assert_problem, make_settings, put_record, short_text, upload, wait_done

from service import followup
from service.app import create_app

UTC = dt.UTC
# Wednesday 4 March 2026, 09:00 in Hà Nội: the week runs to Sunday 8 March.
NOW = dt.datetime(2026, 3, 4, 2, 0, tzinfo=UTC)
TOKEN = "feed-token-0123456789"
# The same tests on PostgreSQL: DOCINTEL_TEST_DATABASE_URL names a scratch database (emptied), else the
# postgres_server fixture starts one.
PG_URL = os.environ.get("DOCINTEL_TEST_DATABASE_URL")
DATABASES = ["sqlite", "postgresql"]


class Clock:
    def __init__(self, now: dt.datetime):
        self.now = now

    def __call__(self) -> dt.datetime:
        return self.now


def _app_client(settings, clock: Clock) -> TestClient:
    app = create_app(settings)
    app.dependency_overrides[followup.get_clock] = lambda: clock
    return TestClient(app)


@pytest.fixture
def clock() -> Clock:
    return Clock(NOW)


def _scratch_postgresql(request) -> str:
    if PG_URL:
        empty_postgresql(PG_URL)
        return PG_URL
    return request.getfixturevalue("postgres_server").create_database(f"followup_{secrets.token_hex(4)}")


@pytest.fixture(params=DATABASES)
def fclient(request, tmp_path: Path, clock: Clock) -> Iterator[TestClient]:
    url = _scratch_postgresql(request) if request.param == "postgresql" else None
    with _app_client(make_settings(tmp_path, database_url=url), clock) as client:
        yield client


def record_with(base: dict, *, issuer: str, number: str, assignments: list, reporting: list,
                event: dict | None = None) -> dict:
    record = copy.deepcopy(base)
    record["document"].update(number=number, kind="ke_hoach", issue_date="2026-02-20", subject=f"Kế hoạch {number}")
    record["issuer"] = {"name": issuer, "parent": None}
    record["assignments"] = assignments
    record["reporting"] = [{"relation": "before", "recipient": "Ủy ban nhân dân huyện", "email": None,
                            "content": "báo cáo kết quả", **r} for r in reporting]
    record["event"] = event or {"name": None, "theme": None, "start_date": None, "end_date": None,
                                "opening_ceremony": {"date": None, "time": None, "venue": None, "mode": None}}
    return record


def add_document(client: TestClient, n: int, **fields) -> str:
    doc_id = upload(client, short_text(n)).json()["id"]
    extracted = wait_done(client, doc_id)["record"]
    response = put_record(client, doc_id, record_with(extracted, **fields), params={"reviewer": "Lan"})
    assert response.status_code == 200, response.text
    return doc_id


@pytest.fixture
def three_documents(fclient: TestClient) -> dict[str, str]:
    """A: overdue report (2 March) linked to two tasks, an event week and a timed opening ceremony;
    B: a report due this week (5 March) linked to one task; C: a report due in April, one task unlinked."""
    a = add_document(
        fclient, 101, issuer="UBND HUYỆN THANH BÌNH", number="12/KH-UBND",
        assignments=[{"agency": "Phòng Giáo dục và Đào tạo",
                      "tasks": ["Tổ chức tuyên truyền trong các trường", "Tổng hợp kết quả các trường"]}],
        reporting=[{"deadline": "2026-03-02", "reporters": "Phòng Giáo dục và Đào tạo"}],
        event={"name": "Tuần lễ học tập suốt đời", "theme": None, "start_date": "2026-03-10",
               "end_date": "2026-03-12",
               "opening_ceremony": {"date": "2026-03-10", "time": "08:00", "venue": "Hội trường", "mode": None}},
    )
    b = add_document(
        fclient, 102, issuer="UBND TỈNH ĐỒNG THÁP", number="30/KH-UBND",
        assignments=[{"agency": "Sở Tài chính", "tasks": ["Bố trí kinh phí thực hiện"]}],
        reporting=[{"deadline": "2026-03-05", "reporters": "Sở Tài chính"}],
    )
    c = add_document(
        fclient, 103, issuer="PHÒNG GIÁO DỤC VÀ ĐÀO TẠO", number="77/PGDĐT",
        assignments=[{"agency": "Trường Tiểu học Kim Đồng", "tasks": ["=Lập danh sách học sinh"]}],
        reporting=[{"deadline": "2026-04-20", "reporters": "các trường"}],
    )
    return {"a": a, "b": b, "c": c}


def listing(client: TestClient, **params) -> dict:
    response = client.get("/v1/followup", params={"limit": 200, **params})
    assert response.status_code == 200, response.text
    return response.json()


def summary(body: dict) -> list[tuple[str, str, str, str | None]]:
    return [(i["document"]["number"], i["kind"], i["pointer"], i["due"]) for i in body["items"]]


# ------------------------------------------------------------------------------------------ the list


def test_every_task_deadline_and_event_of_every_document_in_one_list_by_due_date(fclient, three_documents):
    body = listing(fclient)
    assert body["today"] == "2026-03-04"
    # Ordered by due date (undated last); equal dates by document, then by place in the record.
    by_doc = {}
    for number, kind, pointer, due in summary(body):
        by_doc.setdefault(number, []).append((kind, pointer, due))
    assert by_doc["12/KH-UBND"] == [("task", "/assignments/0/tasks/0", "2026-03-02"),
                                    ("task", "/assignments/0/tasks/1", "2026-03-02"),
                                    ("report", "/reporting/0", "2026-03-02"),
                                    ("event", "/event", "2026-03-10"),
                                    ("ceremony", "/event/opening_ceremony", "2026-03-10")]
    assert by_doc["30/KH-UBND"] == [("task", "/assignments/0/tasks/0", "2026-03-05"),
                                    ("report", "/reporting/0", "2026-03-05")]
    # C's task is linked to no deadline (its agency is not the reporters): undated, so last.
    assert by_doc["77/PGDĐT"] == [("report", "/reporting/0", "2026-04-20"), ("task", "/assignments/0/tasks/0", None)]
    assert [i["due"] for i in body["items"]] == sorted((i["due"] for i in body["items"] if i["due"]),
                                                       key=str) + [None]
    assert body["total"] == 9
    statuses = {(i["document"]["number"], i["pointer"]): i["status"] for i in body["items"]}
    assert statuses[("12/KH-UBND", "/reporting/0")] == "overdue"
    assert statuses[("30/KH-UBND", "/reporting/0")] == "due_this_week"
    assert statuses[("77/PGDĐT", "/reporting/0")] == "open"
    first = body["items"][0]
    assert first["key"].startswith(f"{first['document']['id']}.assignments.0.tasks.")
    assert first["document"]["issuer"] == "UBND HUYỆN THANH BÌNH"
    # Số đến: the register's number of that document.
    numbers = {i["document"]["id"]: i["document"]["arrival_number"] for i in body["items"]}
    assert numbers == {doc_id: fclient.get(f"/v1/documents/{doc_id}").json()["arrival_number"]
                       for doc_id in three_documents.values()}
    assert sorted(numbers.values()) == [1, 2, 3]


def test_filters_by_status_agency_and_due_date(fclient, three_documents):
    overdue = listing(fclient, status="overdue")
    assert {(n, p) for n, _, p, _ in summary(overdue)} == {
        ("12/KH-UBND", "/assignments/0/tasks/0"), ("12/KH-UBND", "/assignments/0/tasks/1"),
        ("12/KH-UBND", "/reporting/0")}
    week = listing(fclient, status="due_this_week")
    assert {(n, p) for n, _, p, _ in summary(week)} == {("30/KH-UBND", "/assignments/0/tasks/0"),
                                                        ("30/KH-UBND", "/reporting/0")}
    assert listing(fclient, status="open")["total"] == 9
    assert listing(fclient, status="done")["total"] == 0
    # Agency: part of the name, case and diacritics optional.
    finance = listing(fclient, agency="so tai CHINH")
    assert {n for n, *_ in summary(finance)} == {"30/KH-UBND"} and finance["total"] == 2
    # Due date range, Vietnamese or ISO dates; undated items are outside any range.
    ranged = listing(fclient, due_from="01/03/2026", due_to="2026-03-05")
    assert ranged["total"] == 5 and all("2026-03-01" <= i["due"] <= "2026-03-05" for i in ranged["items"])
    assert listing(fclient, due_from="2026-04-01")["total"] == 1
    assert listing(fclient, kind="ceremony")["total"] == 1
    # Paging keeps the filters in its links.
    page = listing(fclient, status="open", limit=4, offset=4)
    assert len(page["items"]) == 4 and "status=open" in page["links"]["next"] and page["links"]["prev"]


def test_the_same_items_on_another_day_change_status(fclient, clock, three_documents):
    clock.now = dt.datetime(2026, 3, 9, 2, 0, tzinfo=UTC)  # Monday of the next week
    assert {n for n, *_ in summary(listing(fclient, status="overdue"))} == {"12/KH-UBND", "30/KH-UBND"}
    assert {p for _, _, p, _ in summary(listing(fclient, status="due_this_week"))} == {
        "/event", "/event/opening_ceremony"}


def test_bad_filters_are_precise_422s(fclient):
    assert_problem(fclient.get("/v1/followup", params={"status": "late"}), 422, "validation_failed")
    assert_problem(fclient.get("/v1/followup", params={"due_from": "hôm qua"}), 422, "invalid_date")
    assert_problem(fclient.get("/v1/followup", params={"due_from": "2026-03-10", "due_to": "2026-03-01"}),
                   422, "invalid_date")


# ------------------------------------------------------------------------------------------ marks and history


def item_at(client: TestClient, number: str, pointer: str) -> dict:
    return next(i for i in listing(client)["items"] if i["document"]["number"] == number and i["pointer"] == pointer)


def mark(client: TestClient, key: str, action: str = "done", **fields):
    return client.post(f"/v1/followup/{key}/events", json={"action": action, **fields})


def test_done_and_reopen_are_kept_as_history_with_who_and_when(fclient, clock, three_documents):
    report = item_at(fclient, "12/KH-UBND", "/reporting/0")
    record_before = fclient.get(f"/v1/documents/{report['document']['id']}/record")

    clock.now = dt.datetime(2026, 3, 4, 3, 15, tzinfo=UTC)
    done = mark(fclient, report["key"], by="Nguyễn Thị Lan", note="Đã gửi qua hệ thống", reply_number="45/BC-PGDĐT")
    assert done.status_code == 201, done.text
    assert done.json()["status"] == "done" and done.json()["done_by"] == "Nguyễn Thị Lan"
    assert done.json()["done_at"].startswith("2026-03-04T03:15")
    assert {i["key"] for i in listing(fclient, status="done")["items"]} == {report["key"]}
    assert report["key"] not in {i["key"] for i in listing(fclient, status="overdue")["items"]}
    assert report["key"] not in {i["key"] for i in listing(fclient, status="open")["items"]}

    again = mark(fclient, report["key"], by="Trần Văn Minh")
    assert_problem(again, 409, "followup_state_unchanged")
    assert "Nguyễn Thị Lan" in again.json()["detail"]

    clock.now = dt.datetime(2026, 3, 5, 1, 0, tzinfo=UTC)
    reopened = mark(fclient, report["key"], "reopen", by="Trần Văn Minh", note="Báo cáo thiếu số liệu")
    assert reopened.status_code == 201 and reopened.json()["status"] == "overdue"
    assert_problem(mark(fclient, report["key"], "reopen", by="Minh"), 409, "followup_state_unchanged")

    events = fclient.get(f"/v1/followup/{report['key']}/events").json()["events"]
    assert [(e["action"], e["by"], e["at"][:16], e["note"], e["reply_number"]) for e in events] == [
        ("done", "Nguyễn Thị Lan", "2026-03-04T03:15", "Đã gửi qua hệ thống", "45/BC-PGDĐT"),
        ("reopen", "Trần Văn Minh", "2026-03-05T01:00", "Báo cáo thiếu số liệu", None),
    ]
    assert all(e["item_text"] == "báo cáo kết quả gửi Ủy ban nhân dân huyện" for e in events)
    # The record itself was never touched.
    record_after = fclient.get(f"/v1/documents/{report['document']['id']}/record")
    assert record_after.headers["etag"] == record_before.headers["etag"] and record_after.json() == record_before.json()


def test_a_mark_needs_a_name_and_a_real_item(fclient, three_documents):
    key = item_at(fclient, "30/KH-UBND", "/reporting/0")["key"]
    assert_problem(mark(fclient, key, by="   "), 422, "validation_failed")
    assert_problem(mark(fclient, key), 422, "validation_failed")
    assert_problem(mark(fclient, key, action="finished", by="Lan"), 422, "validation_failed")
    assert_problem(mark(fclient, key, by="Lan", extra=1), 422, "validation_failed")
    doc_id = key.split(".")[0]
    assert_problem(mark(fclient, f"{doc_id}.reporting.7.0123456789ab", by="Lan"), 404, "followup_item_not_found")
    assert_problem(mark(fclient, "ffffffffffffffff.reporting.0.0123456789ab", by="Lan"), 404,
                   "followup_item_not_found")
    assert_problem(mark(fclient, "not-a-key", by="Lan"), 404, "followup_item_not_found")
    assert_problem(fclient.get("/v1/followup/not-a-key/events"), 404, "followup_item_not_found")
    assert listing(fclient, status="done")["total"] == 0  # nothing was stored by the refusals


def test_a_correction_never_moves_a_done_mark_onto_another_task(fclient, three_documents):
    doc_id = three_documents["a"]
    first = item_at(fclient, "12/KH-UBND", "/assignments/0/tasks/0")
    second = item_at(fclient, "12/KH-UBND", "/assignments/0/tasks/1")
    assert mark(fclient, first["key"], by="Lan").status_code == 201
    assert mark(fclient, second["key"], by="Lan").status_code == 201

    # The clerk rewrites task 0: it is another task now, so it is open again under a new key; its old marks
    # stay readable under the old key. Task 1 keeps its mark.
    record = fclient.get(f"/v1/documents/{doc_id}/record").json()
    record["assignments"][0]["tasks"][0] = "Tổ chức hội thi kể chuyện theo sách"
    assert put_record(fclient, doc_id, record).status_code == 200
    rewritten = item_at(fclient, "12/KH-UBND", "/assignments/0/tasks/0")
    assert rewritten["key"] != first["key"] and rewritten["status"] == "overdue" and rewritten["marks"] == 0
    assert item_at(fclient, "12/KH-UBND", "/assignments/0/tasks/1")["status"] == "done"
    old = fclient.get(f"/v1/followup/{first['key']}/events").json()["events"]
    assert [(e["action"], e["item_text"]) for e in old] == [("done", "Tổ chức tuyên truyền trong các trường")]
    changed = mark(fclient, first["key"], "reopen", by="Lan")
    assert_problem(changed, 409, "followup_item_changed")
    assert changed.json()["current_key"] == rewritten["key"]

    # The clerk removes task 0: task 1 moves to index 0 and its mark moves with it (same text, one match).
    record = fclient.get(f"/v1/documents/{doc_id}/record").json()
    del record["assignments"][0]["tasks"][0]
    assert put_record(fclient, doc_id, record).status_code == 200
    moved = item_at(fclient, "12/KH-UBND", "/assignments/0/tasks/0")
    assert moved["text"] == "Tổng hợp kết quả các trường"
    assert moved["status"] == "done" and moved["done_by"] == "Lan" and moved["key"] != second["key"]
    assert mark(fclient, moved["key"], "reopen", by="Minh").status_code == 201
    assert [e["action"] for e in fclient.get(f"/v1/followup/{moved['key']}/events").json()["events"]] == [
        "done", "reopen"]


def test_a_corrected_deadline_keeps_the_mark(fclient, three_documents):
    doc_id = three_documents["b"]
    report = item_at(fclient, "30/KH-UBND", "/reporting/0")
    assert mark(fclient, report["key"], by="Lan").status_code == 201
    record = fclient.get(f"/v1/documents/{doc_id}/record").json()
    record["reporting"][0]["deadline"] = "2026-03-20"
    assert put_record(fclient, doc_id, record).status_code == 200
    again = item_at(fclient, "30/KH-UBND", "/reporting/0")
    assert again["key"] == report["key"] and again["due"] == "2026-03-20" and again["status"] == "done"


# ------------------------------------------------------------------------------------------ calendar feed


def parse_calendar(body: bytes):
    from icalendar import Calendar

    return Calendar.from_ical(body)


def test_the_calendar_feed_holds_every_documents_deadlines_and_events(fclient, three_documents):
    a, b, c = three_documents["a"], three_documents["b"], three_documents["c"]
    assert mark(fclient, item_at(fclient, "30/KH-UBND", "/reporting/0")["key"], by="Lan").status_code == 201
    response = fclient.get("/v1/calendar.ics")
    assert response.status_code == 200 and response.headers["content-type"].startswith("text/calendar")
    calendar = parse_calendar(response.content)
    events = {str(e["uid"]): e for e in calendar.walk("VEVENT")}
    assert set(events) == {f"{a}-event@docintel", f"{a}-opening@docintel", f"{a}-report-0@docintel",
                           f"{b}-report-0@docintel", f"{c}-report-0@docintel"}
    assert all("dtstamp" in e for e in events.values())
    deadline = events[f"{c}-report-0@docintel"]
    assert deadline.decoded("dtstart") == dt.date(2026, 4, 20) and deadline.decoded("dtend") == dt.date(2026, 4, 21)
    assert str(deadline["summary"]) == "Hạn báo cáo kết quả gửi Ủy ban nhân dân huyện"
    assert str(events[f"{b}-report-0@docintel"]["summary"]).startswith("Đã xong: Hạn báo cáo kết quả")
    week = events[f"{a}-event@docintel"]
    assert (week.decoded("dtstart"), week.decoded("dtend")) == (dt.date(2026, 3, 10), dt.date(2026, 3, 13))
    opening = events[f"{a}-opening@docintel"].decoded("dtstart")
    assert opening == dt.datetime(2026, 3, 10, 8, 0, tzinfo=followup.TIMEZONE)
    assert [str(tz["tzid"]) for tz in calendar.walk("VTIMEZONE")] == ["Asia/Ho_Chi_Minh"]
    assert calendar.decoded("refresh-interval") == dt.timedelta(hours=1)
    assert b"REFRESH-INTERVAL;VALUE=DURATION:PT1H\r\n" in response.content
    assert b"X-PUBLISHED-TTL:PT1H\r\n" in response.content
    # The same UIDs as the one-document export, so a calendar holding both sees one event.
    single = parse_calendar(fclient.get(f"/v1/documents/{a}/calendar.ics").content)
    assert {str(e["uid"]) for e in single.walk("VEVENT")} <= set(events)
    # Stable: asked again, the same UIDs and stamps.
    again = parse_calendar(fclient.get("/v1/calendar.ics").content)
    assert {(str(e["uid"]), e.decoded("dtstamp")) for e in again.walk("VEVENT")} == {
        (uid, e.decoded("dtstamp")) for uid, e in events.items()}


def test_the_feed_accepts_the_token_in_its_url_and_nowhere_else(tmp_path, clock):
    with _app_client(make_settings(tmp_path, api_token=TOKEN), clock) as client:
        assert_problem(client.get("/v1/calendar.ics"), 401, "unauthorized")
        assert_problem(client.get("/v1/calendar.ics", params={"token": TOKEN[:-1]}), 401, "unauthorized")
        assert_problem(client.get("/v1/calendar.ics", params={"token": TOKEN + "x"}), 401, "unauthorized")
        assert client.get("/v1/calendar.ics", params={"token": TOKEN}).status_code == 200
        assert client.get("/v1/calendar.ics", headers={"Authorization": f"Bearer {TOKEN}"}).status_code == 200
        # The query token opens the feed only: the list and the book still want the header.
        assert_problem(client.get("/v1/followup", params={"token": TOKEN}), 401, "unauthorized")
        assert_problem(client.get("/v1/followup.xlsx", params={"token": TOKEN}), 401, "unauthorized")
        assert client.get("/v1/followup", headers={"Authorization": f"Bearer {TOKEN}"}).status_code == 200


# ------------------------------------------------------------------------------------------ the book (.xlsx)


def test_the_follow_up_book_has_the_phu_luc_iv_columns_and_one_row_per_task_and_deadline(fclient, three_documents):
    from openpyxl import load_workbook

    report = item_at(fclient, "12/KH-UBND", "/reporting/0")
    assert mark(fclient, report["key"], by="Nguyễn Thị Lan", note="Gửi bản giấy", reply_number="45/BC-PGDĐT").status_code == 201
    response = fclient.get("/v1/followup.xlsx")
    assert response.status_code == 200
    assert response.headers["content-type"] == "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    sheet = load_workbook(io.BytesIO(response.content)).active
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0] == ("Số đến", "Tên loại, số, ký hiệu, ngày, tháng, cơ quan ban hành", "Đơn vị hoặc người nhận",
                       "Thời hạn giải quyết", "Tiến độ giải quyết", "Số, ký hiệu văn bản trả lời", "Ghi chú")
    body = rows[1:]
    assert len(body) == 7  # 4 tasks and 3 deadlines; the event week and the ceremony are not matters to resolve
    done = next(r for r in body if r[6].startswith("Hạn báo cáo") and r[3] == dt.datetime(2026, 3, 2))
    assert done[0] == fclient.get(f"/v1/documents/{three_documents['a']}").json()["arrival_number"] == 1
    assert done[1] == ("Kế hoạch số 12/KH-UBND ngày 20/02/2026 của UBND HUYỆN THANH BÌNH: Kế hoạch 12/KH-UBND")
    assert done[2] == "Phòng Giáo dục và Đào tạo"
    assert done[4] == "Đã giải quyết ngày 04/03/2026 (Nguyễn Thị Lan)" and done[5] == "45/BC-PGDĐT"
    assert done[6] == "Hạn báo cáo: báo cáo kết quả gửi Ủy ban nhân dân huyện\nGửi bản giấy"
    progress = {(r[1].split(" của ")[0], r[6].split(":")[0]): r[4] for r in body}
    assert progress[("Kế hoạch số 30/KH-UBND ngày 20/02/2026", "Hạn báo cáo")] == "Đến hạn trong tuần này"
    assert progress[("Kế hoạch số 12/KH-UBND ngày 20/02/2026", "Nhiệm vụ")] == "Quá hạn 2 ngày"
    # A task that starts with "=" is text in the book, not a formula.
    formula_like = next(r for r in body if "Lập danh sách" in r[6])
    assert formula_like[6] == "Nhiệm vụ: =Lập danh sách học sinh" and formula_like[3] is None
    # The same filters as the list.
    only_done = load_workbook(io.BytesIO(fclient.get("/v1/followup.xlsx", params={"status": "done"}).content)).active
    assert only_done.max_row == 2


def test_two_clerks_marking_the_same_item_at_once_store_one_mark(fclient, three_documents):
    from concurrent.futures import ThreadPoolExecutor

    key = item_at(fclient, "30/KH-UBND", "/reporting/0")["key"]
    with ThreadPoolExecutor(max_workers=6) as pool:
        answers = list(pool.map(lambda n: mark(fclient, key, by=f"Người {n}").status_code, range(6)))
    assert sorted(answers) == [201] + [409] * 5
    assert [e["action"] for e in fclient.get(f"/v1/followup/{key}/events").json()["events"]] == ["done"]
