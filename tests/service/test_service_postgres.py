"""The service on PostgreSQL, chosen by URL alone.

Runs against ``DOCINTEL_TEST_DATABASE_URL`` when it points at a scratch PostgreSQL database (its tables are
dropped), e.g. ``postgresql+psycopg://docintel:docintel@127.0.0.1/docintel_test``; otherwise against a
server the ``postgres_server`` fixture starts (Debian's PostgreSQL, installed by scripts/setup.sh).
"""

from __future__ import annotations

import os
import threading

import pytest
from sqlalchemy import text
from svc_helpers import SEED_TEXT, make_settings, upload, wait_done

from service import queue as jobs
from service.db import Database
from service.models import Document, Job

URL = os.environ.get("DOCINTEL_TEST_DATABASE_URL")


@pytest.fixture
def pg_url(request) -> str:
    url = URL or request.getfixturevalue("postgres_server").url
    database = Database(url)
    with database.engine.begin() as conn:
        for table in ("register_entries", "register_counters", "record_versions", "jobs", "documents", "blobs",
                      "alembic_version"):
            conn.execute(text(f"DROP TABLE IF EXISTS {table} CASCADE"))
    database.dispose()
    return url


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
