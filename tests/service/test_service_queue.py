"""The job queue's guarantees (claims, leases, recovery), worker processes, migrations and settings."""

from __future__ import annotations

import datetime as dt
import hashlib
import threading
import time
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import func, select, update
from svc_helpers import make_settings, short_text, upload, wait_done

from service import queue as jobs
from service.db import Database
from service.models import Base, Document, Job, RecordVersion
from service.runner import ProcessRunner, WorkerCrashed, resident_mb
from service.settings import Settings
from service.storage import Storage

RESULT = {"extraction": {"record": {"schema_version": "1.0"}, "evidence": {}, "text": "t", "pages": [],
                         "timings_ms": {}}, "pages": [{"number": 1, "has_image": False}]}


@pytest.fixture
def db(tmp_path: Path) -> Database:
    database = Database(f"sqlite:///{tmp_path / 'q.db'}")
    database.migrate()
    yield database
    database.dispose()


def add_jobs(db: Database, n: int) -> list[str]:
    ids = []
    with db.write() as session:
        for i in range(n):
            doc = Document(id=f"doc{i:04d}", sha256=hashlib.sha256(str(i).encode()).hexdigest(),
                           media_type="text/plain", size_bytes=1, reviewed=False)
            session.add(doc)
            session.add(Job(document=doc))
            ids.append(doc.id)
    return ids


def test_concurrent_claims_hand_out_each_job_exactly_once(db):
    add_jobs(db, 60)
    claimed: list[int] = []
    lock = threading.Lock()

    def worker(n: int) -> None:
        while (job := jobs.claim_next(db, f"host:1:w{n}", 60)) is not None:
            with lock:
                claimed.append(job.id)

    threads = [threading.Thread(target=worker, args=(n,)) for n in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sorted(claimed) == list(range(1, 61))


def test_a_worker_that_lost_its_claim_cannot_complete(db):
    add_jobs(db, 1)
    first = jobs.claim_next(db, "host-a:1:a", 60)
    with db.write() as session:  # its lease runs out and another instance takes the job over
        session.execute(update(Job).values(lease_expires_at=dt.datetime.now(dt.UTC) - dt.timedelta(seconds=1)))
    assert jobs.recover_orphans(db, "host-b:2:b", max_attempts=3) == 1
    second = jobs.claim_next(db, "host-b:2:b", 60)
    assert second.id == first.id and second.token != first.token and second.attempts == 2

    assert jobs.record_progress(db, first.id, first.token, 1, 1, 60) is False
    assert jobs.complete(db, first, RESULT) is False
    assert jobs.fail(db, first.id, first.token, "x", "y") is False
    assert jobs.complete(db, second, RESULT) is True
    with db.read() as session:
        assert session.scalar(select(func.count()).select_from(RecordVersion)) == 1
        assert session.scalar(select(Job.status)) == "done"


def test_recovery_requeues_only_jobs_whose_worker_is_gone(db):
    import os
    import socket

    add_jobs(db, 4)
    host = socket.gethostname()
    owners = [f"{host}:999999:dead", f"{host}:{os.getppid()}:alive", "elsewhere:1:remote", "elsewhere:2:expired"]
    claims = [jobs.claim_next(db, owner, 60) for owner in owners]
    with db.write() as session:  # the remote worker on another host stopped renewing its lease
        session.execute(update(Job).where(Job.id == claims[3].id)
                        .values(lease_expires_at=dt.datetime.now(dt.UTC) - dt.timedelta(seconds=5)))
    assert jobs.recover_orphans(db, f"{host}:{os.getpid()}:me", max_attempts=3) == 2
    with db.read() as session:
        status = dict(session.execute(select(Job.id, Job.status)).all())
    assert [status[c.id] for c in claims] == ["queued", "processing", "processing", "queued"]


def test_recovery_fails_a_job_interrupted_too_often(db):
    add_jobs(db, 1)
    for _ in range(3):
        jobs.claim_next(db, "gone:1:x", 60)
        with db.write() as session:
            session.execute(update(Job).values(lease_expires_at=dt.datetime.now(dt.UTC) - dt.timedelta(seconds=1)))
        jobs.recover_orphans(db, "me:2:y", max_attempts=3)
    with db.read() as session:
        job = session.scalars(select(Job)).one()
    assert (job.status, job.error_code, job.attempts) == ("failed", "too_many_attempts", 3)


def test_a_restart_with_the_same_pid_recovers_the_previous_incarnations_jobs(db):
    import os
    import socket

    add_jobs(db, 1)
    jobs.claim_next(db, f"{socket.gethostname()}:{os.getpid()}:previous", 60)
    assert jobs.recover_orphans(db, f"{socket.gethostname()}:{os.getpid()}:current", max_attempts=3) == 1


def test_graceful_stop_puts_running_jobs_back_without_counting_an_attempt(tmp_path, monkeypatch):
    monkeypatch.setenv("DOCINTEL_TEST_PAGE_DELAY_S", "0.3")
    settings = make_settings(tmp_path, processor="svc_processors:slow", executor="process")
    database = Database(settings.resolved_database_url)
    database.migrate()
    storage = Storage(settings.data_dir)
    storage.ensure()
    sha = storage.put_bytes("\f".join(["trang"] * 20).encode())
    with database.write() as session:
        doc = Document(id="slowdoc", sha256=sha, media_type="text/plain", size_bytes=1, reviewed=False)
        session.add(doc)
        session.add(Job(document=doc))
    engine = jobs.InProcessJobQueue(settings, database, storage)
    engine.start()
    deadline = time.monotonic() + 60
    while True:
        with database.read() as session:
            job = session.scalars(select(Job)).one()
        if job.pages_done >= 2:
            break
        assert time.monotonic() < deadline, "no progress"
        time.sleep(0.1)
    engine.stop()
    with database.read() as session:
        job = session.scalars(select(Job)).one()
    assert (job.status, job.attempts, job.claim_token) == ("queued", 0, None)
    database.dispose()


# ------------------------------------------------------------------------------------------ worker processes


@pytest.mark.slow
def test_a_page_past_the_time_limit_is_stopped_and_the_job_fails_with_ocr_timeout(make_client):
    client = make_client(executor="process", processor="svc_processors:hang", ocr_page_timeout_s=1.5)
    doc = wait_done(client, upload(client, short_text(1)).json()["id"], timeout=90)
    assert doc["status"] == "failed" and doc["error"]["code"] == "ocr_timeout"
    # the worker was replaced and still works
    assert client.get("/readyz").json()["checks"]["workers"]["alive"] == 1


@pytest.mark.slow
def test_a_crashing_worker_is_retried_then_the_job_fails(make_client):
    client = make_client(executor="process", processor="svc_processors:crash", job_max_attempts=2)
    doc = wait_done(client, upload(client, short_text(2)).json()["id"], timeout=120)
    assert doc["status"] == "failed" and doc["error"]["code"] == "worker_crashed" and doc["attempts"] == 2


@pytest.mark.slow
def test_worker_process_reports_progress_and_errors_with_their_class_and_code(make_client):
    client = make_client(executor="process", processor="svc_processors:paged_with_images")
    doc = wait_done(client, upload(client, "một\fhai\fba".encode()).json()["id"], timeout=90)
    assert doc["status"] == "done" and doc["progress"] == {"pages_done": 3, "pages_total": 3}
    assert client.get(doc["links"]["pages"][2]).content.startswith(b"\x89PNG")

    from extractor.errors import OcrError

    runner = ProcessRunner("svc_processors:ocr_fails", stall_timeout_s=30, max_jobs=10, name="t")
    try:
        with pytest.raises(OcrError) as caught:
            runner.run(object(), lambda d, t: None, lambda: False)
        assert caught.value.code == "ocr_failed" and caught.value.detail == {"page": 1}
    finally:
        runner.close()
    crasher = ProcessRunner("svc_processors:crash", stall_timeout_s=30, max_jobs=10, name="t2")
    try:
        with pytest.raises(WorkerCrashed):
            crasher.run(object(), lambda d, t: None, lambda: False)
    finally:
        crasher.close()


@pytest.mark.slow
def test_a_worker_whose_memory_grew_past_the_bound_is_replaced_between_jobs():
    runner = ProcessRunner("svc_processors:hog", stall_timeout_s=60, max_jobs=100, name="hog")
    try:
        assert runner.run(0, lambda d, t: None, lambda: False) == {"held_mb": 0}
        first = runner.pid
        runner.max_rss_mb = resident_mb(first) + 100
        runner.run(0, lambda d, t: None, lambda: False)
        assert (runner.pid, runner.recycled) == (first, 0)  # within the bound: the same process
        assert runner.run(200, lambda d, t: None, lambda: False) == {"held_mb": 200}
        assert runner.pid != first and runner.recycled == 1  # grew past it: replaced after the job
        assert runner.run(0, lambda d, t: None, lambda: False) == {"held_mb": 0}  # the new one holds nothing
    finally:
        runner.close()


@pytest.mark.slow
def test_recycling_workers_by_memory_loses_no_queued_job(make_client):
    client = make_client(executor="process", processor="svc_processors:paged_with_images", worker_max_rss_mb=1)
    ids = [upload(client, f"tài liệu {n}\ftrang hai".encode()).json()["id"] for n in range(3)]
    assert [wait_done(client, doc_id, timeout=120)["status"] for doc_id in ids] == ["done"] * 3
    runner = client.app.state.services.queue._runners[0]
    assert runner.recycled == 3


# ------------------------------------------------------------------------------------------ schema, settings


def test_migrations_produce_exactly_the_models_schema(db):
    with db.engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn, opts={"compare_type": True}), Base.metadata)
    assert diff == []


def test_migrations_render_for_postgresql(capsys):
    from alembic import command

    from service.db import alembic_config

    command.upgrade(alembic_config("postgresql://user@localhost/docintel"), "head", sql=True)
    sql = capsys.readouterr().out
    assert "CREATE TABLE jobs" in sql and "JSONB" in sql and "TIMESTAMP WITH TIME ZONE" in sql


def test_settings_read_prefixed_and_plain_environment_names(monkeypatch, tmp_path):
    monkeypatch.setenv("PORT", "9001")
    monkeypatch.setenv("DATA_DIR", str(tmp_path))
    monkeypatch.setenv("DOCINTEL_WORKERS", "3")
    monkeypatch.setenv("WORKERS", "5")
    monkeypatch.setenv("MAX_UPLOAD_MB", "2")
    settings = Settings()
    assert (settings.port, settings.workers, settings.data_dir) == (9001, 3, tmp_path)
    assert settings.max_upload_bytes == 2 * 1024 * 1024
    assert settings.resolved_database_url == f"sqlite:///{tmp_path.resolve() / 'docintel.db'}"
    # the driver the project installs (psycopg 3), not SQLAlchemy's default psycopg2
    assert Settings(database_url="postgresql://h/db").resolved_database_url == "postgresql+psycopg://h/db"
    assert Settings(database_url="sqlite:///x.db").resolved_database_url == "sqlite:///x.db"


def test_settings_refuse_unknown_names(tmp_path):
    from pydantic import ValidationError

    with pytest.raises(ValidationError, match="max_upload"):
        Settings(max_upload=3)
