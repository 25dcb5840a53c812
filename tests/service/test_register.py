"""The register of incoming documents: số đến and ngày đến at upload, the register API, its .xlsx and the
Phụ lục VI metadata (service/register.py)."""

from __future__ import annotations

import datetime as dt
import io
import os
import re
import threading
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import httpx
import openpyxl
import pytest
from alembic import command
from sqlalchemy import delete, select, text
from svc_helpers import make_settings, put_record, short_text, upload, wait_done

from service import documents as documents_module
from service.db import Database, alembic_config
from service.models import Document, RegisterCounter, RegisterEntry

# Phụ lục IV of Nghị định 30/2020/NĐ-CP, VI. Mẫu sổ đăng ký văn bản đến, 2. Nội dung đăng ký văn bản đến.
PHU_LUC_IV = ["Ngày đến", "Số đến", "Tác giả", "Số, ký hiệu văn bản", "Ngày tháng văn bản",
              "Tên loại và trích yếu nội dung văn bản", "Đơn vị hoặc người nhận", "Ngày chuyển", "Ký nhận", "Ghi chú"]
# Phụ lục VI, Phần II, Mục II: the fields of an incoming document, in the table's order.
PHU_LUC_VI = ["FileCode", "DocOrdinal", "TypeName", "CodeNumber", "CodeNotation", "IssuedDate", "OrganName", "Subject",
              "Language", "PageAmount", "Description", "ArrivalDate", "ArrivalNumber", "SignerInfo", "Priority",
              "ToPlaces", "TraceHeaderList", "DueDate"]
VN = dt.timezone(dt.timedelta(hours=7))


def numbers(client, **params) -> list[int]:
    return [row["arrival_number"] for row in client.get("/v1/register", params=params).json()["rows"]]


def upload_many(post, count: int, first: int = 0) -> list[dict]:
    """``count`` different documents uploaded at once from as many threads; their upload answers."""
    barrier = threading.Barrier(count)

    def send(i: int) -> dict:
        barrier.wait()  # all threads post together
        response = post(short_text(first + i), f"cv-{first + i}.txt")
        assert response.status_code == 202, response.text
        return response.json()

    with ThreadPoolExecutor(count) as pool:
        return list(pool.map(send, range(count)))


# ------------------------------------------------------------------------------------------ số đến


def test_fifty_concurrent_uploads_get_fifty_consecutive_numbers(client):
    answers = upload_many(lambda data, name: upload(client, data, name), 50)
    assert sorted(a["arrival_number"] for a in answers) == list(range(1, 51))
    year = dt.datetime.now(VN).year
    by_id = {a["id"]: a["arrival_number"] for a in answers}
    listed = client.get("/v1/documents", params={"limit": 100}).json()["items"]
    assert {item["id"]: item["arrival_number"] for item in listed} == by_id
    one = answers[0]
    shown = client.get(f"/v1/documents/{one['id']}").json()
    assert shown["arrival_number"] == one["arrival_number"]
    assert dt.datetime.fromisoformat(shown["arrived_at"]).utcoffset() == dt.timedelta(hours=7)
    assert numbers(client) == list(range(1, 51))
    with client.app.state.services.db.read() as session:
        assert session.get(RegisterCounter, year).last_number == 50


@pytest.mark.slow
def test_two_server_processes_on_one_sqlite_file_never_share_a_number(tmp_path: Path):
    from test_service_live import LiveServer

    servers = [LiveServer(tmp_path / "data", tmp_path / f"server{i}.log", WORKERS="1") for i in range(2)]
    try:
        for server in servers:
            server.start()
        clients = [httpx.Client(base_url=s.base_url, timeout=60) for s in servers]

        def post(data: bytes, name: str) -> httpx.Response:
            n = int(re.search(rb"\d+", data).group())
            return clients[n % 2].post("/v1/documents", files={"file": (name, data, "text/plain")})

        answers = upload_many(post, 50)
        assert sorted(a["arrival_number"] for a in answers) == list(range(1, 51))
        rows = clients[1].get("/v1/register").json()["rows"]
        assert [r["arrival_number"] for r in rows] == list(range(1, 51))
        assert {r["document_id"] for r in rows} == {a["id"] for a in answers}
        for client in clients:
            client.close()
    finally:
        for server in servers:
            server.stop()


def test_numbers_restart_at_one_in_the_new_year_of_vietnam_time(client, monkeypatch):
    # 16:59:59 UTC on 31 December is still 2025 in Hà Nội; 17:00 UTC is 00:00 on 1 January 2026 there.
    times = iter([dt.datetime(2025, 12, 31, 16, 59, 58, tzinfo=dt.UTC), dt.datetime(2025, 12, 31, 16, 59, 59, tzinfo=dt.UTC),
                  dt.datetime(2025, 12, 31, 17, 0, 0, tzinfo=dt.UTC), dt.datetime(2026, 1, 2, 3, 0, 0, tzinfo=dt.UTC)])
    monkeypatch.setattr(documents_module, "utcnow", lambda: next(times, None) or dt.datetime.now(dt.UTC))
    answers = [upload(client, short_text(i)).json() for i in range(4)]
    assert [(a["arrival_number"], a["arrived_at"][:10]) for a in answers] == [
        (1, "2025-12-31"), (2, "2025-12-31"), (1, "2026-01-01"), (2, "2026-01-02")]
    assert numbers(client, to="31/12/2025") == [1, 2]
    assert numbers(client, **{"from": "2026-01-01"}) == [1, 2]
    assert numbers(client, **{"from": "01/01/2026", "to": "01/01/2026"}) == [1]
    period = client.get("/v1/register", params={"from": "ngày 1 tháng 1 năm 2026"}).json()
    assert (period["from"], period["to"], period["total"]) == ("2026-01-01", None, 2)
    rows = client.get("/v1/register").json()["rows"]
    assert [(r["arrival_year"], r["arrival_number"]) for r in rows] == [(2025, 1), (2025, 2), (2026, 1), (2026, 2)]


def test_a_deleted_documents_number_is_not_given_again(client):
    ids = [upload(client, short_text(i)).json()["id"] for i in range(3)]
    for doc_id in ids:
        wait_done(client, doc_id)
    db = client.app.state.services.db
    with db.write() as session:
        # the year's highest number; the database cascades to its job, versions and register entry
        session.execute(delete(Document).where(Document.id == ids[2]))
    with db.read() as session:
        assert session.get(RegisterEntry, ids[2]) is None  # the entry went with its document
    again = upload(client, short_text(3)).json()
    assert again["arrival_number"] == 4
    assert numbers(client) == [1, 2, 4]


def test_the_same_bytes_again_take_no_number(client):
    first = upload(client, short_text(1)).json()
    again = upload(client, short_text(1))
    assert again.status_code == 200 and again.json()["arrival_number"] == first["arrival_number"] == 1
    assert upload(client, short_text(2)).json()["arrival_number"] == 2


# ------------------------------------------------------------------------------------------ the register


def test_register_rows_follow_the_current_record(client):
    doc_id = upload(client, short_text(7)).json()["id"]
    wait_done(client, doc_id)
    (row,) = client.get("/v1/register").json()["rows"]
    assert (row["author"], row["number"], row["issue_date"]) == ("PHÒNG GIÁO DỤC VÀ ĐÀO TẠO", "7/PGDĐT-VP", "2023-09-15")
    assert row["type_and_subject"] == "Công văn V/v tổ chức Tuần lễ hưởng ứng học tập suốt đời năm 2023"
    record = client.get(f"/v1/documents/{doc_id}/record").json()
    record["issuer"]["name"] = "SỞ GIÁO DỤC VÀ ĐÀO TẠO"
    record["document"].update(kind="ke_hoach", subject="Tổ chức Ngày hội đọc sách", number="12/KH-SGDĐT")
    assert put_record(client, doc_id, record).status_code == 200
    (row,) = client.get("/v1/register").json()["rows"]
    assert (row["author"], row["number"], row["type_and_subject"]) == (
        "SỞ GIÁO DỤC VÀ ĐÀO TẠO", "12/KH-SGDĐT", "Kế hoạch Tổ chức Ngày hội đọc sách")
    body = client.get("/v1/register").json()
    assert [(c["key"], c["title"]) for c in body["columns"]][0] == ("arrival_date", "Ngày đến")
    assert [c["title"] for c in body["columns"]] == PHU_LUC_IV


def test_clerk_columns_are_validated_and_kept_apart_from_the_record(client):
    doc_id = upload(client, short_text(8)).json()["id"]
    wait_done(client, doc_id)
    record_before = client.get(f"/v1/documents/{doc_id}/record").json()
    arrival = dt.date.fromisoformat(client.get("/v1/register").json()["rows"][0]["arrival_date"])
    saved = client.patch(f"/v1/register/{doc_id}", json={
        "recipient": "  Phòng Giáo dục\u0007 tiểu học ", "transferred_on": arrival.isoformat(), "signed_by": "Lan"})
    assert saved.status_code == 200, saved.text
    assert (saved.json()["recipient"], saved.json()["signed_by"]) == ("Phòng Giáo dục tiểu học", "Lan")

    refused = {
        "unknown key": ({"recipent": "x"}, "validation_failed", "/recipent"),
        "too long": ({"note": "x" * 501}, "validation_failed", "/note"),
        "not a date": ({"transferred_on": "hôm qua"}, "validation_failed", "/transferred_on"),
        "before arrival": ({"transferred_on": (arrival - dt.timedelta(days=1)).isoformat(), "note": "x"},
                           "invalid_register_entry", "/transferred_on"),
    }
    for why, (body, code, path) in refused.items():
        response = client.patch(f"/v1/register/{doc_id}", json=body)
        assert response.status_code == 422, why
        problem = response.json()
        assert problem["code"] == code and problem["errors"][0]["path"] == path, (why, problem)
    missing = client.patch("/v1/register/nosuchdocument", json={"note": "x"})
    assert missing.status_code == 404 and missing.json()["code"] == "document_not_found"

    (row,) = client.get("/v1/register").json()["rows"]  # nothing refused was stored
    assert (row["recipient"], row["transferred_on"], row["signed_by"], row["note"]) == (
        "Phòng Giáo dục tiểu học", arrival.isoformat(), "Lan", None)
    cleared = client.patch(f"/v1/register/{doc_id}", json={"signed_by": None, "note": ""}).json()
    assert (cleared["signed_by"], cleared["note"], cleared["recipient"]) == (None, None, "Phòng Giáo dục tiểu học")
    assert client.get(f"/v1/documents/{doc_id}/record").json() == record_before
    assert client.get(f"/v1/documents/{doc_id}/versions").json()["current"]["kind"] == "extracted"


@pytest.mark.parametrize("params", [{"from": "31/12/2026", "to": "01/01/2026"}, {"from": "hôm qua"}, {"to": "2026-02-30"}])
def test_a_bad_period_is_refused(client, params):
    for path in ("/v1/register", "/v1/register.xlsx"):
        response = client.get(path, params=params)
        assert response.status_code == 422 and response.json()["code"] == "invalid_date", response.text


def test_register_xlsx_has_the_phu_luc_iv_columns_and_safe_cells(client, monkeypatch):
    times = iter([dt.datetime(2026, 3, 1, 2, 0, tzinfo=dt.UTC), dt.datetime(2026, 3, 2, 2, 0, tzinfo=dt.UTC),
                  dt.datetime(2026, 4, 1, 2, 0, tzinfo=dt.UTC)])
    monkeypatch.setattr(documents_module, "utcnow", lambda: next(times, None) or dt.datetime.now(dt.UTC))
    ids = [upload(client, short_text(20 + i)).json()["id"] for i in range(3)]
    for doc_id in ids:
        wait_done(client, doc_id)
    record = client.get(f"/v1/documents/{ids[1]}/record").json()
    record["document"]["subject"] = '=HYPERLINK("http://example.invalid","Bấm")'
    assert put_record(client, ids[1], record).status_code == 200
    client.patch(f"/v1/register/{ids[0]}", json={"recipient": "Phòng Tổ chức", "transferred_on": "2026-03-03",
                                                 "note": "@SUM(A1:A9)", "signed_by": "-Lan"})

    response = client.get("/v1/register.xlsx", params={"from": "01/03/2026", "to": "31/03/2026"})
    assert response.status_code == 200
    assert response.headers["content-type"] == "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    assert 'filename="so-van-ban-den-2026-03-01-2026-03-31.xlsx"' in response.headers["content-disposition"]
    sheet = openpyxl.load_workbook(io.BytesIO(response.content)).active
    rows = [list(r) for r in sheet.iter_rows(values_only=True)]
    assert rows[0][0] == "SỔ ĐĂNG KÝ VĂN BẢN ĐẾN" and rows[1][0] == "Từ ngày 01/03/2026 đến ngày 31/03/2026"
    assert rows[2] == PHU_LUC_IV
    assert len(rows) == 5  # April's document is outside the period
    assert rows[3] == ["01/03/2026", 1, "PHÒNG GIÁO DỤC VÀ ĐÀO TẠO", "20/PGDĐT-VP", "15/09/2023",
                       "Công văn V/v tổ chức Tuần lễ hưởng ứng học tập suốt đời năm 2023", "Phòng Tổ chức",
                       "03/03/2026", "-Lan", "@SUM(A1:A9)"]
    assert rows[4][:2] == ["02/03/2026", 2]
    assert rows[4][5] == 'Công văn V/v =HYPERLINK("http://example.invalid","Bấm")'
    for cell in (sheet["I4"], sheet["J4"]):  # values that start like a formula stay text, shown as written
        assert cell.data_type == "s" and cell.quotePrefix, cell.coordinate
    assert not any(cell.data_type == "f" for row in sheet.iter_rows() for cell in row)
    assert not sheet["C4"].quotePrefix

    empty = openpyxl.load_workbook(io.BytesIO(client.get("/v1/register.xlsx", params={"to": "01/01/2020"}).content))
    assert [list(r) for r in empty.active.iter_rows(values_only=True)][2:] == [PHU_LUC_IV]


def test_formula_values_written_by_the_record_itself_stay_text(client):
    doc_id = upload(client, short_text(30)).json()["id"]
    wait_done(client, doc_id)
    record = client.get(f"/v1/documents/{doc_id}/record").json()
    record["issuer"]["name"] = "=1+1"
    assert put_record(client, doc_id, record).status_code == 200
    sheet = openpyxl.load_workbook(io.BytesIO(client.get("/v1/register.xlsx").content)).active
    assert sheet["C4"].value == "=1+1" and sheet["C4"].data_type == "s" and sheet["C4"].quotePrefix


# ------------------------------------------------------------------------------------------ Phụ lục VI


def test_metadata_json_uses_the_phu_luc_vi_names(client):
    doc_id = upload(client, short_text(40)).json()["id"]
    wait_done(client, doc_id)
    record = client.get(f"/v1/documents/{doc_id}/record").json()
    record["document"]["urgency"] = "thuong_khan"
    record["reporting"].append({"deadline": "2023-10-01", "relation": "before", "reporters": None, "recipient": None,
                                "email": None, "content": "báo cáo nhanh"})
    assert put_record(client, doc_id, record).status_code == 200
    client.patch(f"/v1/register/{doc_id}", json={"recipient": "Tổ chuyên môn", "note": "Bản chụp"})
    response = client.get(f"/v1/documents/{doc_id}/metadata.json")
    assert response.status_code == 200
    meta = response.json()
    assert list(meta) == PHU_LUC_VI
    row = client.get("/v1/register").json()["rows"][0]
    assert meta == {
        "FileCode": {"OrganId": None, "FileCatalog": None, "FileNotation": None}, "DocOrdinal": None,
        "TypeName": "Công văn", "CodeNumber": "40", "CodeNotation": "PGDĐT-VP", "IssuedDate": "2023-09-15",
        "OrganName": "PHÒNG GIÁO DỤC VÀ ĐÀO TẠO", "Subject": "tổ chức Tuần lễ hưởng ứng học tập suốt đời năm 2023",
        "Language": "Tiếng Việt", "PageAmount": 1, "Description": "Bản chụp", "ArrivalDate": row["arrival_date"],
        "ArrivalNumber": 1, "SignerInfo": {"Position": "TRƯỞNG PHÒNG", "FullName": "Nguyễn Văn An"}, "Priority": 2,
        "ToPlaces": "Tổ chuyên môn", "TraceHeaderList": None, "DueDate": "2023-10-01",
    }


def test_metadata_of_an_unknown_or_unprocessed_document(client):
    assert client.get("/v1/documents/nosuch/metadata.json").json()["code"] == "document_not_found"


# ------------------------------------------------------------------------------------------ migration


def test_migration_numbers_existing_documents_in_upload_order(tmp_path: Path):
    db = Database(f"sqlite:///{tmp_path / 'old.db'}")
    with db.engine.execution_options(docintel_write=True).begin() as conn:
        cfg = alembic_config()
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "0001")
        # ids out of upload order; the third is already 2026 in Hà Nội (17:30 UTC = 00:30 +07)
        for doc_id, created in (("b", "2025-06-01 08:00:00"), ("a", "2025-06-02 08:00:00"),
                                ("c", "2025-12-31 17:30:00"), ("d", "2025-03-01 08:00:00")):
            conn.execute(text("INSERT INTO documents (id, sha256, media_type, size_bytes, created_at, updated_at, "
                              "reviewed) VALUES (:id, :sha, 'text/plain', 1, :t, :t, 0)"),
                         {"id": doc_id, "sha": doc_id * 64, "t": created})
    db.migrate()
    with db.read() as session:
        entries = session.scalars(select(RegisterEntry).order_by(RegisterEntry.arrival_year,
                                                                 RegisterEntry.arrival_number)).all()
        assert [(e.document_id, e.arrival_year, e.arrival_number) for e in entries] == [
            ("d", 2025, 1), ("b", 2025, 2), ("a", 2025, 3), ("c", 2026, 1)]
        assert entries[0].arrived_at == dt.datetime(2025, 3, 1, 8, 0, tzinfo=dt.UTC)
        assert {c.year: c.last_number for c in session.scalars(select(RegisterCounter))} == {2025: 3, 2026: 1}
    db.dispose()


def test_an_upgraded_service_goes_on_from_the_migrated_numbers(tmp_path: Path, make_client):
    settings = make_settings(tmp_path)
    db = Database(settings.resolved_database_url)
    with db.engine.execution_options(docintel_write=True).begin() as conn:
        cfg = alembic_config()
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "0001")
        now = dt.datetime.now(dt.UTC).replace(tzinfo=None) - dt.timedelta(minutes=5)
        conn.execute(text("INSERT INTO documents (id, sha256, media_type, size_bytes, created_at, updated_at, reviewed) "
                          "VALUES ('old', :sha, 'text/plain', 1, :t, :t, 0)"), {"sha": "f" * 64, "t": now})
        conn.execute(text("INSERT INTO jobs (document_id, status, attempts, pages_done, created_at, updated_at) "
                          "VALUES ('old', 'failed', 1, 0, :t, :t)"), {"t": now})
    db.dispose()
    client = make_client()
    assert client.get("/v1/documents/old").json()["arrival_number"] == 1
    assert upload(client, short_text(50)).json()["arrival_number"] == 2


# ------------------------------------------------------------------------------------------ PostgreSQL

PG_URL = os.environ.get("DOCINTEL_TEST_DATABASE_URL")


needs_postgresql = pytest.mark.skipif(not PG_URL, reason="set DOCINTEL_TEST_DATABASE_URL to a scratch PostgreSQL database")


def empty_postgresql() -> None:
    database = Database(PG_URL)
    with database.engine.begin() as conn:
        for table in ("followup_events", "link_keys", "duplicate_flags", "register_entries", "register_counters",
                      "record_versions", "jobs", "documents", "alembic_version"):
            conn.execute(text(f"DROP TABLE IF EXISTS {table} CASCADE"))
    database.dispose()


@needs_postgresql
def test_migration_numbers_existing_documents_on_postgresql():
    empty_postgresql()
    db = Database(PG_URL)
    with db.engine.begin() as conn:
        cfg = alembic_config()
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "0001")
        for doc_id, created in (("b", "2025-06-01 08:00:00+00"), ("a", "2025-06-02 08:00:00+00"),
                                ("c", "2025-12-31 17:30:00+00"), ("d", "2025-03-01 08:00:00+00")):
            conn.execute(text("INSERT INTO documents (id, sha256, media_type, size_bytes, created_at, updated_at, "
                              "reviewed) VALUES (:id, :sha, 'text/plain', 1, :t, :t, false)"),
                         {"id": doc_id, "sha": doc_id * 64, "t": created})
    db.migrate()
    with db.read() as session:
        entries = session.scalars(select(RegisterEntry).order_by(RegisterEntry.arrival_year,
                                                                 RegisterEntry.arrival_number)).all()
        assert [(e.document_id, e.arrival_year, e.arrival_number) for e in entries] == [
            ("d", 2025, 1), ("b", 2025, 2), ("a", 2025, 3), ("c", 2026, 1)]
        assert {c.year: c.last_number for c in session.scalars(select(RegisterCounter))} == {2025: 3, 2026: 1}
    db.dispose()


@needs_postgresql
def test_fifty_concurrent_uploads_on_postgresql(make_client):
    empty_postgresql()
    client = make_client(database_url=PG_URL)
    answers = upload_many(lambda data, name: upload(client, data, name), 50)
    assert sorted(a["arrival_number"] for a in answers) == list(range(1, 51))
    db = client.app.state.services.db
    with db.write() as session:
        session.execute(delete(Document).where(Document.id == next(a["id"] for a in answers if a["arrival_number"] == 50)))
    assert upload(client, short_text(99)).json()["arrival_number"] == 51
    assert numbers(client) == [*range(1, 50), 51]
