"""The service on PostgreSQL, chosen by URL alone.

Runs only when ``DOCINTEL_TEST_DATABASE_URL`` points at a scratch PostgreSQL database (its tables are
dropped), e.g. ``postgresql+psycopg://docintel:docintel@127.0.0.1/docintel_test`` with the ``postgres``
extra installed; skipped otherwise.
"""

from __future__ import annotations

import os
import threading

import pytest
from sqlalchemy import select, text
from svc_helpers import LINK_LETTER, LINK_PLAN, SEED_TEXT, make_settings, rescan, upload, wait_done

from service import queue as jobs
from service.db import Database
from service.models import Document, Job

URL = os.environ.get("DOCINTEL_TEST_DATABASE_URL")
pytestmark = pytest.mark.skipif(not URL, reason="set DOCINTEL_TEST_DATABASE_URL to a scratch PostgreSQL database")


@pytest.fixture
def pg_url() -> str:
    database = Database(URL)
    with database.engine.begin() as conn:
        for table in ("followup_events", "link_keys", "duplicate_flags", "register_entries", "register_counters",
                      "record_versions", "jobs", "documents", "alembic_version"):
            conn.execute(text(f"DROP TABLE IF EXISTS {table} CASCADE"))
    database.dispose()
    return URL


def test_concurrent_claims_on_postgresql_hand_out_each_job_once(pg_url):
    db = Database(pg_url)
    db.migrate()
    with db.write() as session:
        for i in range(40):
            doc = Document(id=f"pg{i:04d}", sha256=f"{i:064x}", media_type="text/plain", size_bytes=1, reviewed=False)
            session.add(doc)
            session.add(Job(document=doc))
    claimed, lock = [], threading.Lock()

    def worker(n: int) -> None:
        while (job := jobs.claim_next(db, f"host:1:w{n}", 60)) is not None:
            with lock:
                claimed.append(job.id)

    threads = [threading.Thread(target=worker, args=(n,)) for n in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sorted(claimed) == sorted(set(claimed)) and len(claimed) == 40
    db.dispose()


def test_upload_review_filter_and_export_on_postgresql(pg_url, make_client):
    client = make_client(database_url=pg_url)
    doc = wait_done(client, upload(client, SEED_TEXT, "cv.txt").json()["id"])
    assert doc["status"] == "done"
    current = client.get(f"/v1/documents/{doc['id']}/record")
    record = current.json()
    record["document"]["issue_date"] = "2021-09-20"
    record["issuer"]["name"] = "PHÒNG GIÁO DỤC VÀ ĐÀO TẠO"
    saved = client.put(f"/v1/documents/{doc['id']}/record", json=record, params={"reviewer": "Lan"},
                       headers={"If-Match": current.headers["etag"]})
    assert saved.status_code == 200, saved.text
    listed = client.get("/v1/documents", params={"issuer": "giao duc", "issued_from": "20/9/2021",
                                                  "issued_to": "ngày 20 tháng 9 năm 2021", "q": "BẾN CÁT"}).json()
    assert [item["id"] for item in listed["items"]] == [doc["id"]]
    assert client.get(f"/v1/documents/{doc['id']}").json()["review"]["reviewer"] == "Lan"
    assert client.get(f"/v1/documents/{doc['id']}/assignments.csv").status_code == 200
    again = upload(client, SEED_TEXT, "copy.txt")
    assert again.status_code == 200 and again.json()["id"] == doc["id"]


def test_settings_with_postgres_url_keep_files_on_disk(pg_url, tmp_path):
    settings = make_settings(tmp_path, database_url=pg_url)
    assert settings.resolved_database_url == pg_url and not (tmp_path / "data" / "docintel.db").exists()


def test_duplicates_and_links_on_postgresql(pg_url, make_client):
    client = make_client(database_url=pg_url)
    ids = [wait_done(client, upload(client, text.encode("utf-8"), "doc.txt").json()["id"])["id"] for text in
           (LINK_PLAN.format(plan=7), rescan(LINK_PLAN.format(plan=7)), LINK_LETTER.format(plan=7, number=3))]
    plan, copy, letter = ids
    assert client.get(f"/v1/documents/{copy}").json()["duplicate_of"] == plan
    implements = client.get(f"/v1/documents/{letter}/links").json()["implements"]
    assert sorted(item["id"] for item in implements) == sorted([plan, copy])
    assert client.post(f"/v1/documents/{copy}/duplicate", json={"action": "drop"}).status_code == 200
    assert [item["id"] for item in client.get(f"/v1/documents/{plan}/links").json()["implemented_by"]] == [letter]



def test_two_copies_indexed_at_once_on_postgresql_are_still_seen_as_duplicates(pg_url):
    """The later transaction's duplicate check waits for the earlier one's commit (an advisory lock per key), so
    it sees the other copy although neither was committed when both wrote their keys."""
    import datetime as dt

    from service.links import index_links
    from service.models import DuplicateFlag

    db = Database(pg_url)
    db.migrate()
    record = {"document": {"number": "7/KH-UBND", "issue_date": "2023-09-05"},
              "issuer": {"name": "ỦY BAN NHÂN DÂN HUYỆN THANH BÌNH"}}
    start = dt.datetime(2023, 9, 6, tzinfo=dt.UTC)
    with db.write() as session:  # "early" was uploaded first but is indexed second
        for n, name in enumerate(("early", "late")):
            doc = Document(id=name, sha256=f"{n:064x}", media_type="text/plain", size_bytes=1, reviewed=False,
                           created_at=start + dt.timedelta(minutes=n))
            session.add(doc)
            session.add(Job(document=doc))
    first_indexed, release = threading.Event(), threading.Event()
    errors: list[BaseException] = []

    def index(document_id: str, hold: bool) -> None:
        try:
            with db.write() as session:
                index_links(session.get(Document, document_id), record)
                if hold:
                    first_indexed.set()
                    assert release.wait(30)
        except BaseException as exc:  # noqa: BLE001 - reported by the main thread
            errors.append(exc)
            first_indexed.set()

    late = threading.Thread(target=index, args=("late", True))
    late.start()
    assert first_indexed.wait(30)
    early = threading.Thread(target=index, args=("early", False))
    early.start()
    with db.engine.connect() as conn:  # until the second check waits for the first transaction's lock
        deadline = dt.datetime.now(dt.UTC) + dt.timedelta(seconds=30)
        while not conn.execute(text("SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND NOT granted")
                               ).scalar():
            assert dt.datetime.now(dt.UTC) < deadline and early.is_alive(), "the second check did not wait"
            conn.rollback()
            early.join(0.01)  # poll interval; the condition, not the time, ends the wait
    release.set()
    late.join(30)
    early.join(30)
    assert not errors, errors
    with db.read() as session:
        flags = {flag.document_id: flag.duplicate_of for flag in session.scalars(select(DuplicateFlag))}
    assert flags == {"late": "early"}
    db.dispose()
