"""Storage faults and lost database rows: the service answers 503, keeps its workers, resumes by itself, and
finds stored uploads again after the database lost them.

The fault is made portably (tests may run as root, where ``chmod`` changes nothing): the database refuses
every write with SQLite's own ``disk I/O error``, and the data directory's ``tmp/`` and ``pages/`` are
replaced by plain files, so that creating anything in them fails with a real ``OSError``. The same
behaviour was checked by hand with ``chattr -R +i DATA_DIR`` for 15 s (see service/README.md).
"""

from __future__ import annotations

import shutil
import sqlite3
import threading
import time
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import event
from svc_helpers import assert_problem, make_settings, short_text, upload, wait_done

from service import queue as queue_module
from service.app import create_app

WRITES = ("INSERT", "UPDATE", "DELETE", "BEGIN IMMEDIATE")


class StorageFault:
    """While active, the database and the data directory refuse writes; records which threads hit it."""

    def __init__(self, client: TestClient, *, files: bool = True):
        self.services = client.app.state.services
        self.files = files
        self.threads: set[str] = set()
        self._lock = threading.Lock()
        self._moved: list[tuple[Path, Path]] = []

    def _refuse_writes(self, conn, cursor, statement, parameters, context, executemany) -> None:
        if statement.lstrip().upper().startswith(WRITES):
            with self._lock:
                self.threads.add(threading.current_thread().name)
            raise sqlite3.OperationalError("disk I/O error")

    def __enter__(self) -> StorageFault:
        event.listen(self.services.db.engine, "before_cursor_execute", self._refuse_writes)
        if self.files:
            for directory in (self.services.storage.tmp_dir, self.services.storage.pages_root):
                aside = directory.with_name(directory.name + ".aside")
                directory.rename(aside)
                directory.write_bytes(b"")  # a file where the directory was: mkdir and open fail
                self._moved.append((directory, aside))
        return self

    def __exit__(self, *exc) -> None:
        event.remove(self.services.db.engine, "before_cursor_execute", self._refuse_writes)
        for directory, aside in self._moved:
            directory.unlink()
            aside.rename(directory)

    def hit_by(self, *names: str) -> bool:
        with self._lock:
            return set(names) <= self.threads


def wait_for(condition, timeout: float, what: str) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {what}")
        time.sleep(0.05)


def paged(n: int, pages: int = 3) -> bytes:
    return "\f".join(f"tài liệu {n} trang {p}" for p in range(1, pages + 1)).encode()


@pytest.fixture
def slow_pages(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DOCINTEL_TEST_PAGE_DELAY_S", "0.2")


def test_a_storage_fault_answers_503_keeps_the_workers_and_processing_resumes_by_itself(make_client, slow_pages):
    client = make_client(workers=2, processor="svc_processors:slow")
    queue = client.app.state.services.queue
    ids = [upload(client, paged(n), f"{n}.txt").json()["id"] for n in (1, 2)]
    wait_for(lambda: all(client.get(f"/v1/documents/{i}").json()["status"] == "processing" for i in ids), 30,
             "both documents in processing")

    with StorageFault(client) as fault:
        refused = upload(client, paged(3), "3.txt")
        assert_problem(refused, 503, "unavailable")
        assert refused.headers["Retry-After"]
        assert client.get("/readyz").status_code == 503
        # both workers meet the fault (progress, page images or the outcome of their job) and live on
        wait_for(lambda: fault.hit_by("docintel-worker-0", "docintel-worker-1"), 30, "both workers to hit the fault")
        assert queue.health()["alive"] == 2
        assert client.get(f"/v1/documents/{ids[0]}").status_code == 200  # reading still works

    for doc_id in ids:
        assert wait_done(client, doc_id, timeout=60)["status"] == "done"
    wait_for(lambda: client.get("/readyz").status_code == 200, 30, "readiness")
    assert queue.health() | {"ok": True, "alive": 2, "replaced": 0} == queue.health()
    again = upload(client, paged(3), "3.txt")
    assert again.status_code == 202
    assert wait_done(client, again.json()["id"], timeout=60)["status"] == "done"


def test_a_database_that_refuses_writes_makes_an_upload_503_and_the_retry_succeeds(client):
    with StorageFault(client, files=False):
        assert_problem(upload(client, short_text(1), "a.txt"), 503, "unavailable")
        assert client.get("/v1/documents").status_code == 200
    retried = upload(client, short_text(1), "a.txt")
    assert retried.status_code == 202, retried.text
    assert wait_done(client, retried.json()["id"])["status"] == "done"
    assert client.get("/v1/documents").json()["total"] == 1


@pytest.mark.filterwarnings("ignore::pytest.PytestUnhandledThreadExceptionWarning")
def test_a_worker_thread_that_ends_is_replaced(make_client, monkeypatch: pytest.MonkeyPatch):
    real_claim = queue_module.claim_next
    ended = threading.Event()

    def claim_then_end_the_thread(*args, **kwargs):
        if not ended.is_set():
            ended.set()
            raise SystemExit  # not an Exception: ends the thread as a bug in a worker would
        return real_claim(*args, **kwargs)

    monkeypatch.setattr(queue_module, "claim_next", claim_then_end_the_thread)
    client = make_client(workers=1, job_lease_s=1)
    queue = client.app.state.services.queue
    wait_for(ended.is_set, 10, "the worker to end")
    wait_for(lambda: queue.health()["replaced"] == 1 and queue.health()["alive"] == 1, 10, "a replacement")
    doc = upload(client, short_text(2), "b.txt").json()
    assert wait_done(client, doc["id"])["status"] == "done"


def test_uploads_the_database_lost_are_registered_again_under_their_ids_and_processed(tmp_path: Path):
    settings = make_settings(tmp_path)
    with TestClient(create_app(settings)) as client:
        first = upload(client, short_text(1), "cong-van-1.txt").json()
        second = upload(client, short_text(2), "cong-van-2.txt").json()
        for doc in (first, second):
            assert wait_done(client, doc["id"])["status"] == "done"
    database = settings.data_dir / "docintel.db"
    database.unlink()  # lost: deleted, or replaced by an old or empty copy
    for leftover in settings.data_dir.glob("docintel.db-*"):
        leftover.unlink()

    with TestClient(create_app(settings)) as client:
        listing = client.get("/v1/documents").json()
        assert {item["id"] for item in listing["items"]} == {first["id"], second["id"]}
        assert {item["filename"] for item in listing["items"]} == {"cong-van-1.txt", "cong-van-2.txt"}
        for doc in (first, second):
            assert wait_done(client, doc["id"])["status"] == "done"
        assert client.get("/readyz").json()["checks"]["storage"]["reregistered_uploads"] == 2
        assert upload(client, short_text(1), "again.txt").json()["duplicate"] is True


def test_an_upload_with_no_note_beside_it_is_registered_under_a_new_id(tmp_path: Path):
    settings = make_settings(tmp_path)
    with TestClient(create_app(settings)) as client:
        doc = upload(client, short_text(3), "c.txt").json()
        wait_done(client, doc["id"])
    (settings.data_dir / "docintel.db").unlink()
    for note in (settings.data_dir / "files").rglob("*.json"):
        note.unlink()
    shutil.rmtree(settings.data_dir / "pages")

    with TestClient(create_app(settings)) as client:
        items = client.get("/v1/documents").json()["items"]
        assert len(items) == 1 and items[0]["id"] != doc["id"] and items[0]["filename"] is None
        assert wait_done(client, items[0]["id"])["status"] == "done"
