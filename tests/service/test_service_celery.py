"""QUEUE=celery: jobs through Celery workers on a Redis broker, PostgreSQL and a blob store shared by URL.

The server tests run real PostgreSQL and Redis (``postgres_server``, ``redis_server``: tests/service/servers.py)
and real worker processes (``docintel worker`` / ``celery -A service.celery_app worker``), each with its own
working and data directory, so nothing reaches a worker but through the database and the broker. The API is
a TestClient in this process. Every document must end ``done`` exactly once: each worker logs one
``completed`` line per job it stored, and the lines of all workers are counted.
"""

from __future__ import annotations

import hashlib
import io
import os
import re
import secrets
import signal
import subprocess
import sys
import time
from collections import Counter
from collections.abc import Callable, Iterator
from pathlib import Path

import psutil
import pypdfium2
import pytest
from fastapi.testclient import TestClient
from servers import wait_for
from sqlalchemy import select
from svc_helpers import ROOT, make_settings, png_bytes, scanned_pdf, short_text, upload

from service import celery_queue
from service.app import create_app
from service.db import Database
from service.models import JOB_DONE, JOB_FAILED, Document, Job

HERE = Path(__file__).resolve().parent
COMPLETED = re.compile(r"job (\d+): completed \(document (\w+)")

SCAN_LINES = [
    "UBND HUYỆN THANH BÌNH",
    "PHÒNG GIÁO DỤC VÀ ĐÀO TẠO",
    "Số: {n}/PGDĐT-VP",
    "V/v tổ chức Tuần lễ học tập suốt đời",
    "Thanh Bình, ngày 15 tháng 9 năm 2023",
    "Kính gửi: Hiệu trưởng các trường Tiểu học.",
    "Các trường báo cáo kết quả trước ngày 15/10/2023.",
]


def scan(n: int, pages: int = 1) -> bytes:
    """An image-only PDF of ``pages`` small scanned pages (150 dpi keeps OCR short)."""
    images = []
    for page in range(pages):
        pdf = pypdfium2.PdfDocument(scanned_pdf("\n".join(SCAN_LINES).format(n=f"{n}{page}"), dpi=150))
        images.append(pdf[0].render(scale=150 / 72).to_pil().convert("L"))
        pdf.close()
    out = io.BytesIO()
    images[0].save(out, "PDF", resolution=150, save_all=True, append_images=images[1:])
    return out.getvalue()


# ------------------------------------------------------------------------------------------ no servers


@pytest.fixture
def sqlite_db(tmp_path: Path) -> Iterator[Database]:
    db = Database(f"sqlite:///{tmp_path / 'q.db'}")
    db.migrate()
    yield db
    db.dispose()


def add_job(db: Database, n: int = 0) -> int:
    with db.write() as session:
        doc = Document(id=f"doc{n:04d}", sha256=hashlib.sha256(str(n).encode()).hexdigest(), media_type="text/plain",
                       size_bytes=1, reviewed=False)
        session.add(doc)
        job = Job(document=doc)
        session.add(job)
        session.flush()
        return job.id


def test_the_task_keeps_a_failed_jobs_error_code_and_a_second_delivery_does_nothing(sqlite_db, tmp_path,
                                                                                      monkeypatch):
    monkeypatch.setenv("DATABASE_URL", sqlite_db.url)
    monkeypatch.setenv("DATA_DIR", str(tmp_path / "worker"))
    monkeypatch.setenv("DOCINTEL_PROCESSOR", "svc_processors:ocr_fails")
    monkeypatch.setattr(celery_queue, "_state", None)
    monkeypatch.setattr(celery_queue.Storage, "fetch_upload", lambda self, sha256: tmp_path / "unused")
    job_id = add_job(sqlite_db)
    assert celery_queue.process_job(job_id) == "failed"
    assert celery_queue.process_job(job_id) == "skipped"  # the broker delivered the message again
    with sqlite_db.read() as session:
        job = session.get(Job, job_id)
    assert (job.status, job.error_code, job.attempts) == (JOB_FAILED, "ocr_failed", 1)


def test_a_job_is_handed_to_the_dispatcher_only_once_its_transaction_commits(sqlite_db, tmp_path):
    settings = make_settings(tmp_path, queue="celery", broker_url="redis://127.0.0.1:1/0")
    queue = celery_queue.CeleryJobQueue(settings, sqlite_db, celery_queue.Storage(tmp_path))
    with sqlite_db.write() as session:
        doc = Document(id="a" * 16, sha256="a" * 64, media_type="text/plain", size_bytes=1, reviewed=False)
        session.add(doc)
        job = queue.enqueue(session, doc)
        session.flush()
        assert queue._pending == []  # not before the commit
    assert queue._pending == [job.id]
    try:
        with sqlite_db.write() as session:
            doc = Document(id="b" * 16, sha256="b" * 64, media_type="text/plain", size_bytes=1, reviewed=False)
            session.add(doc)
            queue.enqueue(session, doc)
            raise RuntimeError("rolled back")
    except RuntimeError:
        pass
    assert queue._pending == [job.id]  # a rolled-back document sends nothing


def test_the_sweep_sends_again_a_job_whose_message_was_lost(sqlite_db):
    import datetime as dt

    job_id = add_job(sqlite_db)
    later = dt.datetime.now(dt.UTC) + dt.timedelta(seconds=1)
    assert celery_queue.stale_queued(sqlite_db, later) == [job_id]
    assert celery_queue.stale_queued(sqlite_db, later - dt.timedelta(seconds=2)) == []  # stamped: once a period


def test_uploads_and_page_images_reach_another_machine_through_the_database(sqlite_db, tmp_path):
    from service.blobs import DatabaseStorage

    api, worker = DatabaseStorage(tmp_path / "api", sqlite_db), DatabaseStorage(tmp_path / "worker", sqlite_db)
    api.ensure()
    upload_ = api.receive(io.BytesIO(b"van ban"), max_bytes=100)
    api.commit(upload_, {"id": "d" * 16, "filename": "cv.txt"})
    sha = upload_.sha256
    assert worker.fetch_upload(sha).read_bytes() == b"van ban"
    assert list(worker.stored_digests()) == [sha] and worker.upload_info(sha)["filename"] == "cv.txt"
    assert api.page_file(sha, 1) is None
    png = png_bytes()
    worker.pages_dir(sha).mkdir(parents=True)
    (worker.pages_dir(sha) / "1.png").write_bytes(png)
    worker.store_pages(sha)
    worker.drop_local_copies(sha)
    assert not [p for p in (tmp_path / "worker").rglob("*") if p.is_file()]
    assert api.page_file(sha, 1).read_bytes() == png and api.page_file(sha, 2) is None


# ------------------------------------------------------------------------------------------ real servers


class Worker:
    """One Celery worker process (one job at a time) with its own working and data directory."""

    def __init__(self, name: str, root: Path, env: dict[str, str], *, via_docintel: bool):
        self.name = name
        self.dir = root / name
        self.dir.mkdir(parents=True)
        self.log_path = self.dir / "worker.log"
        self.env = {**env, "DATA_DIR": str(self.dir / "data")}
        if via_docintel:
            self.argv = [str(Path(sys.executable).parent / "docintel"), "worker"]
        else:
            self.argv = [sys.executable, "-m", "celery", "-A", "service.celery_app", "worker", "--loglevel=INFO"]
        self.argv += ["--concurrency=1", "-n", f"{name}@%h", "--without-gossip", "--without-mingle"]
        self.proc: subprocess.Popen | None = None

    def start(self) -> Worker:
        log = open(self.log_path, "ab")  # noqa: SIM115 - the worker writes to it for its whole life
        self.proc = subprocess.Popen(self.argv, cwd=self.dir, env=self.env, stdout=log, stderr=subprocess.STDOUT,
                                     start_new_session=True)
        return self

    def pids(self) -> set[int]:
        try:
            parent = psutil.Process(self.proc.pid)
            return {parent.pid, *(child.pid for child in parent.children(recursive=True))}
        except psutil.NoSuchProcess:
            return set()

    def kill(self) -> None:
        """``kill -9`` the worker and its pool processes at once (the machine died)."""
        os.killpg(self.proc.pid, signal.SIGKILL)
        self.proc.wait(10)

    def stop(self) -> None:
        if self.proc is not None and self.proc.poll() is None:
            os.killpg(self.proc.pid, signal.SIGKILL)
            self.proc.wait(10)

    def completions(self) -> list[int]:
        return [int(m.group(1)) for m in COMPLETED.finditer(self.log_path.read_text(errors="replace"))]


class Cluster:
    def __init__(self, client: TestClient, db: Database, workers: list[Worker], redis):
        self.client, self.db, self.workers, self.redis = client, db, workers, redis

    def statuses(self, ids: list[str]) -> dict[str, str]:
        return {doc_id: self.client.get(f"/v1/documents/{doc_id}").json()["status"] for doc_id in ids}

    def wait_all_done(self, ids: list[str], timeout: float) -> None:
        def finished() -> bool:
            return all(s in ("done", "failed") for s in self.statuses(ids).values())

        try:
            wait_for(finished, timeout, "every document to finish", interval=0.3)
        except AssertionError:
            raise AssertionError(f"{self.statuses(ids)}\n" + "\n".join(
                w.log_path.read_text(errors="replace")[-3000:] for w in self.workers)) from None
        assert set(self.statuses(ids).values()) == {"done"}, self.statuses(ids)

    def assert_each_completed_once(self, ids: list[str]) -> Counter:
        with self.db.read() as session:
            job_ids = dict(session.execute(select(Job.document_id, Job.id).where(Job.document_id.in_(ids))).all())
        counted = Counter(job_id for worker in self.workers for job_id in worker.completions())
        assert {job_ids[d]: counted[job_ids[d]] for d in ids} == {job_ids[d]: 1 for d in ids}
        for doc_id in ids:
            versions = self.client.get(f"/v1/documents/{doc_id}/versions").json()["versions"]
            assert [v["kind"] for v in versions] == ["extracted"], (doc_id, versions)
        return counted

    def workers_ready(self, n: int) -> bool:
        return len(self.client.app.state.services.queue.app.control.ping(timeout=0.5) or []) >= n


@pytest.fixture
def cluster(postgres_server, redis_server, tmp_path) -> Iterator[Callable[..., Cluster]]:
    """``cluster(n_workers)``: a fresh database, an empty broker, ``n`` workers and the API on them."""
    started: list[Worker] = []
    clients: list[TestClient] = []
    database_url = postgres_server.create_database(f"celery_{secrets.token_hex(4)}")
    import redis

    redis.Redis.from_url(redis_server.url).flushall()
    queue_settings = {"queue": "celery", "broker_url": redis_server.url, "database_url": database_url,
                      "storage_url": database_url, "job_resend_after_s": 3, "job_lease_s": 20,
                      "broker_visibility_timeout_s": 30, "ocr_page_timeout_s": 60}
    inherited = {k: v for k, v in os.environ.items() if not k.startswith("DOCINTEL_")}
    env = {**inherited, "PYTHONPATH": os.pathsep.join([str(HERE), str(ROOT)]), "LOG_LEVEL": "info",
           **{name.upper(): str(value) for name, value in queue_settings.items()}}

    def make(n_workers: int) -> Cluster:
        workers = [Worker(f"w{i}", tmp_path / "workers", env, via_docintel=(i == 0)).start() for i in range(n_workers)]
        started.extend(workers)
        client = TestClient(create_app(make_settings(tmp_path, executor="process", **queue_settings)))
        client.__enter__()
        clients.append(client)
        result = Cluster(client, Database(database_url), workers, redis_server)
        wait_for(lambda: result.workers_ready(n_workers), 120, f"{n_workers} Celery workers to answer")
        return result

    yield make
    for client in clients:
        client.__exit__(None, None, None)
    for worker in started:
        worker.stop()
    if redis_server.proc.poll() is not None:  # a test stopped it
        redis_server.start()


def processing_job(db: Database, doc_id: str) -> Job | None:
    with db.read() as session:
        job = session.scalar(select(Job).where(Job.document_id == doc_id))
    return job if job.status == "processing" else None


@pytest.mark.slow
def test_a_batch_of_text_and_scans_completes_through_two_workers_sharing_no_disk(cluster):
    c = cluster(2)
    ids = [upload(c.client, short_text(n), f"cv{n}.txt").json()["id"] for n in range(6)]
    scans = [upload(c.client, scan(n), f"scan{n}.pdf").json()["id"] for n in range(2)]
    c.wait_all_done(ids + scans, timeout=240)
    counted = c.assert_each_completed_once(ids + scans)
    assert all(any(job in counted for job in w.completions()) for w in c.workers), "both workers took jobs"
    doc = c.client.get(f"/v1/documents/{scans[0]}").json()
    assert doc["progress"]["pages_done"] == 1 and doc["record"]["document"]["number"].startswith("0"), doc
    # the page image was written on a worker and is served by the API from the shared store
    api_pages = Path(c.client.app.state.settings.data_dir) / "pages"
    assert not any(api_pages.rglob("*.png"))
    assert not [p for w in c.workers for p in (w.dir / "data").rglob("*") if p.is_file()]  # workers keep nothing
    image = c.client.get(f"/v1/documents/{scans[0]}/pages/1.png")
    assert image.status_code == 200 and image.content.startswith(b"\x89PNG")
    ready = c.client.get("/readyz").json()
    assert ready["checks"]["workers"]["broker"]["ok"] and ready["checks"]["workers"]["workers"] == 2


@pytest.mark.slow
def test_a_worker_killed_in_the_middle_of_a_scan_gives_the_job_to_the_other(cluster):
    c = cluster(2)
    target = upload(c.client, scan(90, pages=3), "scan3.pdf").json()["id"]
    ids = [target] + [upload(c.client, short_text(n), f"cv{n}.txt").json()["id"] for n in range(4)]
    progress: list[Job] = []

    def mid_scan() -> bool:
        job = processing_job(c.db, target)
        if job is not None and job.pages_done >= 1 and job.pages_done < (job.pages_total or 0):
            progress.append(job)
        return bool(progress)

    wait_for(mid_scan, 180, "the scan to be part-way through", interval=0.05)
    pid = int(progress[0].claimed_by.split(":")[1])
    victim = next(w for w in c.workers if pid in w.pids())
    victim.kill()
    c.wait_all_done(ids, timeout=240)
    c.assert_each_completed_once(ids)
    survivor = next(w for w in c.workers if w is not victim)
    with c.db.read() as session:
        job = session.scalar(select(Job).where(Job.document_id == target))
    assert job.status == JOB_DONE and job.attempts == 2 and job.id in survivor.completions()
    assert c.client.get(f"/v1/documents/{target}").json()["progress"]["pages_done"] == 3


@pytest.mark.slow
def test_a_broker_restarted_mid_batch_without_its_data_loses_nothing(cluster):
    c = cluster(1)
    first = [upload(c.client, short_text(n), f"cv{n}.txt").json()["id"] for n in range(10)]
    wait_for(lambda: "done" in c.statuses(first).values(), 120, "the batch to start")
    c.redis.kill()
    for path in c.redis.dir.glob("appendonly*"):  # the messages still queued are gone with it
        if path.is_dir():
            for part in path.iterdir():
                part.unlink()
        else:
            path.unlink()
    wait_for(lambda: c.client.get("/readyz").status_code == 503, 30, "/readyz to report the broker down")
    during = [upload(c.client, short_text(n), f"cv{n}.txt").json()["id"] for n in range(10, 13)]
    c.redis.start()
    after = [upload(c.client, short_text(n), f"cv{n}.txt").json()["id"] for n in range(13, 15)]
    ids = first + during + after
    c.wait_all_done(ids, timeout=240)
    c.assert_each_completed_once(ids)
    wait_for(lambda: c.client.get("/readyz").status_code == 200, 30, "/readyz to report ready again")


@pytest.mark.slow
def test_the_api_answers_gets_while_every_worker_is_busy(cluster):
    c = cluster(2)
    ids = [upload(c.client, scan(n, pages=2), f"scan{n}.pdf").json()["id"] for n in range(4)]

    def both_busy() -> bool:
        with c.db.read() as session:
            return len(session.scalars(select(Job.id).where(Job.status == "processing")).all()) == 2

    wait_for(both_busy, 120, "both workers to be processing")
    answered = 0
    while both_busy():
        assert c.client.get("/v1/documents", params={"limit": 50}).status_code == 200
        # the workers take the queue in no set order: any of the four may already be done
        assert c.client.get(f"/v1/documents/{ids[-1]}").json()["status"] in ("queued", "processing", "done")
        answered += 1
        time.sleep(0.01)
    assert answered >= 5
    c.wait_all_done(ids, timeout=240)
