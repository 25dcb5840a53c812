"""Jobs on Celery with a Redis broker (``QUEUE=celery``), for OCR workers on several machines.

The database stays the source of truth, exactly as with the embedded queue (:mod:`service.queue`): a job is a
row of ``jobs`` committed with its document, claimed with the same conditional ``UPDATE`` and claim token,
and completed, failed or released only by the holder of that token. A Celery message only says "job N may
be ready"; so

- the message is sent after the document's transaction commits (an ``after_commit`` hook hands the id to
  the API's dispatcher thread), never before: a worker cannot look for a job that is not there yet;
- a message that never reaches the broker (a crash between the commit and the send, a broker restart that
  lost it) costs nothing: the dispatcher's sweep sends again every job still queued ``JOB_RESEND_AFTER_S``
  after its last message, and re-queues jobs whose worker is gone (its lease ran out, or its process on
  this host no longer exists) before sending them again;
- a message delivered twice is harmless: the task claims job N only while it is queued, so a second
  delivery of a job that is running, done or failed does nothing, and no job completes twice;
- a worker killed in the middle of a job (``kill -9``) has not acknowledged its message
  (``task_acks_late``, ``task_reject_on_worker_lost``): the broker delivers it again after the visibility
  timeout, and the sweep re-queues the job as soon as its lease runs out; whichever comes first, another
  worker claims the job and finishes it.

Nothing is shared between machines but PostgreSQL and Redis: uploads and page images go through the
``STORAGE_URL`` store (:mod:`service.blobs`). This module imports Celery only when the queue is created, so
the embedded default never loads it.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import logging
import os
import secrets
import socket
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from extractor.errors import DocintelError, UnavailableError
from service.codes import ErrorCode
from service.db import Database
from service.models import JOB_QUEUED, Document, Job, utcnow
from service.processing import Processor, ProcessTask, load_processor
from service.queue import (
    MAX_BACKOFF_S,
    ClaimedJob,
    claim_next,
    complete,
    fail,
    record_progress,
    recover_orphan_ids,
    release,
    renew_leases,
)
from service.settings import Settings, driver_url
from service.storage import Storage

log = logging.getLogger(__name__)

TASK_NAME = "docintel.process_job"
QUEUE_NAME = "docintel"
HEALTH_CACHE_S = 5.0  # /readyz asks the workers at most this often
WORKER_PING_S = 0.5


def make_celery(settings: Settings) -> Any:
    """The Celery application of ``settings`` (the API sends with it; ``docintel worker`` runs it)."""
    from celery import Celery

    app = Celery("docintel", broker=settings.broker_url, set_as_current=False)
    app.conf.update(
        task_default_queue=QUEUE_NAME,
        task_serializer="json",
        accept_content=["json"],
        task_ignore_result=True,  # outcomes live in the database
        task_acks_late=True,  # acknowledged after the job ran: a worker that dies gives the message back
        task_reject_on_worker_lost=True,
        worker_prefetch_multiplier=1,  # a busy worker holds no message another one could run
        broker_transport_options={"visibility_timeout": settings.broker_visibility_timeout_s},
        broker_connection_retry_on_startup=True,
        broker_connection_timeout=3,
        worker_concurrency=settings.workers,
        worker_max_tasks_per_child=settings.worker_max_jobs,
        worker_max_memory_per_child=int(settings.worker_max_rss_mb * 1024),  # kB
        worker_hijack_root_logger=False,
    )
    app.task(name=TASK_NAME, ignore_result=True)(process_job)
    return app


# ------------------------------------------------------------------------------------------ API side


def make_storage(settings: Settings, db: Database) -> Storage:
    """Files under ``DATA_DIR`` (default), or the ``blobs`` table of the ``STORAGE_URL`` database."""
    if not settings.storage_url:
        return Storage(settings.data_dir)
    from service.blobs import DatabaseStorage

    url = driver_url(settings.storage_url)
    blob_db = db if url == db.url else Database(url)
    if blob_db is not db:
        blob_db.migrate()
    return DatabaseStorage(settings.data_dir, blob_db)


def stale_queued(db: Database, older_than: dt.datetime, limit: int = 500) -> list[int]:
    """Queued jobs untouched since ``older_than``, stamped now (so each is sent again once per period)."""
    with db.write() as session:
        ids = list(session.scalars(select(Job.id).where(Job.status == JOB_QUEUED, Job.updated_at < older_than)
                                   .order_by(Job.id).limit(limit)))
        if ids:
            session.execute(update(Job).where(Job.id.in_(ids), Job.status == JOB_QUEUED)
                            .values(updated_at=utcnow()).execution_options(synchronize_session=False))
    return ids


class CeleryJobQueue:
    """:class:`~service.queue.JobQueue` on Celery: the API enqueues and sweeps; workers run elsewhere."""

    def __init__(self, settings: Settings, db: Database, storage: Storage):
        self.settings = settings
        self.db = db
        self.storage = storage
        self.app = make_celery(settings)
        self.owner = f"{socket.gethostname()}:{os.getpid()}:{secrets.token_hex(4)}"
        self.sent = 0
        self.send_failures = 0
        self._pending: list[int] = []
        self._lock = threading.Lock()
        self._wake = threading.Event()
        self._stopping = threading.Event()
        self._thread: threading.Thread | None = None
        self._health: tuple[float, dict[str, Any]] | None = None

    # -------------------------------------------------------------- JobQueue

    def enqueue(self, session: Session, document: Document, *, pages_total: int | None = None) -> Job:
        job = Job(document=document, status=JOB_QUEUED, pages_total=pages_total)
        session.add(job)
        jobs = session.info.setdefault("docintel_new_jobs", [])
        if not jobs:
            from sqlalchemy import event

            event.listen(session, "after_commit", self._committed, once=True)
        jobs.append(job)
        return job

    def _committed(self, session: Session) -> None:
        ids = [job.id for job in session.info.pop("docintel_new_jobs", [])]
        with self._lock:
            self._pending.extend(ids)

    def notify(self) -> None:
        self._wake.set()

    def start(self) -> None:
        self._stopping.clear()
        self._thread = threading.Thread(target=self._dispatch, name="docintel-dispatcher", daemon=True)
        self._thread.start()

    def stop(self, timeout: float = 10.0) -> None:
        self._stopping.set()
        self._wake.set()
        if self._thread is not None:
            self._thread.join(timeout)
        self._thread = None

    def health(self) -> dict[str, Any]:
        cached = self._health
        if cached is not None and time.monotonic() - cached[0] < HEALTH_CACHE_S:
            return cached[1]
        report: dict[str, Any] = {"engine": "celery", "sent": self.sent, "send_failures": self.send_failures,
                                  "dispatcher": self._thread is not None and self._thread.is_alive()}
        try:
            self._ping_broker()
            report["broker"] = {"ok": True}
        except Exception as exc:  # noqa: BLE001 - any client error means "unreachable"
            report["broker"] = {"ok": False, "error": type(exc).__name__}
            report["workers"] = 0
        else:
            replies = self.app.control.ping(timeout=WORKER_PING_S) or []
            report["workers"] = len(replies)
            report["worker_names"] = sorted(name for reply in replies for name in reply)
        report["ok"] = report["broker"]["ok"] and report["workers"] > 0 and report["dispatcher"]
        self._health = (time.monotonic(), report)
        return report

    def _ping_broker(self) -> None:
        import redis

        client = redis.Redis.from_url(self.settings.broker_url, socket_connect_timeout=1, socket_timeout=1)
        try:
            client.ping()
        finally:
            client.close()

    # -------------------------------------------------------------- dispatcher

    def _send(self, ids: list[int]) -> None:
        for n, job_id in enumerate(ids):
            try:
                self.app.send_task(TASK_NAME, args=[job_id], retry=False)
                self.sent += 1
            except Exception as exc:  # noqa: BLE001 - broker down: the sweep sends these again later
                self.send_failures += 1
                log.warning("broker unreachable (%s: %s); %d job(s) will be sent again by the sweep",
                            type(exc).__name__, exc, len(ids) - n)
                return

    def _dispatch(self) -> None:
        period = min(self.settings.job_resend_after_s / 2, 5.0)
        next_sweep = 0.0
        while not self._stopping.is_set():
            with self._lock:
                ids, self._pending = self._pending, []
            self._send(ids)
            if time.monotonic() >= next_sweep:
                next_sweep = time.monotonic() + period
                try:
                    recovered = recover_orphan_ids(self.db, self.owner, self.settings.job_max_attempts)
                    cutoff = utcnow() - dt.timedelta(seconds=self.settings.job_resend_after_s)
                    self._send(recovered + stale_queued(self.db, cutoff))
                except Exception as exc:  # noqa: BLE001 - the dispatcher outlives any error
                    log.warning("queue sweep failed (%s); will retry", exc,
                                exc_info=not isinstance(exc, UnavailableError))
            self._wake.wait(period)
            self._wake.clear()


# ------------------------------------------------------------------------------------------ worker side


@dataclass
class WorkerState:
    """What one worker process keeps between jobs (made in the process itself, after Celery forked it)."""

    settings: Settings
    db: Database
    storage: Storage
    processor: Processor
    owner: str


_state: WorkerState | None = None


def worker_state() -> WorkerState:
    global _state
    if _state is None or _state.owner.split(":")[1] != str(os.getpid()):
        settings = Settings()
        db = Database(settings.resolved_database_url)
        storage = make_storage(settings, db)
        storage.ensure()
        owner = f"{socket.gethostname()}:{os.getpid()}:{secrets.token_hex(4)}"
        _state = WorkerState(settings, db, storage, load_processor(settings.processor), owner)
    return _state


class LeaseKeeper:
    """Renews a claimed job's lease while the job runs (progress renews it too, but a long page may not)."""

    def __init__(self, db: Database, job: ClaimedJob, lease_s: float):
        self._args = (db, {job.id: job.token}, lease_s)
        self._done = threading.Event()
        self._thread = threading.Thread(target=self._run, args=(min(lease_s / 4, 5.0),), daemon=True)

    def __enter__(self) -> LeaseKeeper:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._done.set()
        self._thread.join(5)

    def _run(self, interval: float) -> None:
        while not self._done.wait(interval):
            try:
                renew_leases(*self._args)
            except Exception as exc:  # noqa: BLE001 - the next renewal may succeed
                log.warning("renewing a lease failed (%s)", exc)


def _store(what: str, write: Callable[..., bool], *args: Any, patience_s: float) -> bool:
    """Write a job's outcome, retrying while the database is unavailable (the lease keeper holds the claim)."""
    deadline, pause = time.monotonic() + patience_s, 0.5
    while True:
        try:
            return write(*args)
        except UnavailableError as exc:
            if time.monotonic() > deadline:
                log.error("%s: gave up (%s); the job returns to the queue when its lease runs out", what, exc)
                return False
            log.warning("%s failed (%s); retrying in %.1f s", what, exc, pause)
        time.sleep(pause)
        pause = min(pause * 2, MAX_BACKOFF_S)


def process_job(job_id: int) -> str:
    """The Celery task: claim job ``job_id`` if it is queued, run it, store its outcome under the claim."""
    state = worker_state()
    settings, db = state.settings, state.db
    job = claim_next(db, state.owner, settings.job_lease_s, job_id=job_id)
    if job is None:
        log.info("job %s: not queued (running elsewhere, done or failed); message ignored", job_id)
        return "skipped"
    try:
        with LeaseKeeper(db, job, settings.job_lease_s):
            return _run(state, job)
    finally:
        state.storage.drop_local_copies(job.sha256)


def _run(state: WorkerState, job: ClaimedJob) -> str:
    settings, db, storage = state.settings, state.db, state.storage
    last: list[tuple[int, int]] = []

    def on_progress(done: int, total: int) -> None:
        if last and last[-1] == (done, total):
            return
        last.append((done, total))
        with contextlib.suppress(UnavailableError):  # progress is informative; the outcome is retried
            record_progress(db, job.id, job.token, done, total, settings.job_lease_s)

    what = f"job {job.id}: storing the outcome"
    try:
        try:
            file_path = storage.fetch_upload(job.sha256)
        except (OSError, LookupError) as exc:
            raise UnavailableError(
                "Máy xử lý không đọc được tệp đã tải lên (STORAGE_URL của máy xử lý phải trỏ tới cùng kho với API).",
                code=ErrorCode.SERVICE_UNAVAILABLE) from exc
        task = ProcessTask(job_id=job.id, document_id=job.document_id, sha256=job.sha256, file_path=str(file_path),
                           pages_dir=str(storage.pages_dir(job.sha256)), filename=job.filename,
                           limits=settings.job_limits, page_timeout_s=settings.ocr_page_timeout_s)
        result = state.processor(task, on_progress)
        storage.store_pages(job.sha256)
    except UnavailableError as exc:
        log.warning("job %s: storage unavailable (%s); back in the queue", job.id, exc.message)
        _store(what, lambda: release(db, job.id, job.token, count_attempt=False), patience_s=settings.job_lease_s)
        return "released"
    except DocintelError as exc:
        log.info("job %s (document %s) failed: [%s] %s", job.id, job.document_id, exc.code, exc.message)
        _store(what, fail, db, job.id, job.token, exc.code, exc.message, patience_s=settings.job_lease_s)
        return "failed"
    except Exception:
        log.exception("job %s (document %s): unexpected error", job.id, job.document_id)
        _store(what, fail, db, job.id, job.token, ErrorCode.INTERNAL_ERROR,
               "Xử lý gặp lỗi ngoài dự kiến; lỗi đã được ghi lại. Xin báo cho quản trị viên.",
               patience_s=settings.job_lease_s)
        return "failed"
    if _store(what, complete, db, job, result, patience_s=settings.job_lease_s):
        log.info("job %s: completed (document %s, attempt %s, by %s)", job.id, job.document_id, job.attempts,
                 state.owner)
        return "done"
    return "lost"
