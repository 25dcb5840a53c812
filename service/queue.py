"""The job queue: a small interface, and the in-process implementation the service uses by default.

A *job* (one row of ``jobs``) turns one stored document into a record. The API only needs
:class:`JobQueue`: ``enqueue`` a job inside the transaction that creates the document, ``notify`` after the
commit, ``start``/``stop`` with the application. A distributed engine can take over by implementing it.

:class:`InProcessJobQueue` keeps the jobs in the database and runs a bounded pool of worker threads, each
driving one worker process (:mod:`service.runner`). Its guarantees:

**No job is lost.** A job is persisted (status ``queued``) in the same transaction as its document, before
the client gets 202. A job being processed (``processing``) that loses its worker is put back in the queue:
on a graceful stop, by the stopping worker; after a crash or ``kill -9``, by the next start-up, which
re-queues every job owned by a process of this host that no longer runs; on any host, when the owner stops
renewing its lease (``JOB_LEASE_S``). A job interrupted ``JOB_MAX_ATTEMPTS`` times is marked failed
(``too_many_attempts``) rather than retried forever.

**No job runs twice to completion.** A worker claims a job with one conditional ``UPDATE … WHERE
status='queued'`` that writes a fresh random claim token (on PostgreSQL the candidate row is also locked
``FOR UPDATE SKIP LOCKED``); only one claimer's update can match. Every later write of the worker —
progress, completion, failure — is conditional on ``claim_token`` still being its token, and completion
stores the extracted record in the same transaction as ``status='done'``. A worker that lost its claim
(re-queued after its lease ran out) therefore cannot complete the job; a unique constraint on
``(document_id, kind, revision)`` backs this up in the database.

**A storage fault pauses the queue; it does not wedge it.** While the database or the data directory cannot
be written (:class:`~extractor.errors.UnavailableError`), a worker keeps the job it holds and retries writing
its outcome with a growing pause (up to ``MAX_BACKOFF_S``); a job whose processing itself hit the fault goes
back to the queue without counting an attempt. No error ends a worker thread, and the housekeeping thread
replaces one that ended anyway, so processing resumes by itself once the disk does.
"""

from __future__ import annotations

import datetime as dt
import logging
import os
import secrets
import socket
import threading
from dataclasses import dataclass
from typing import Any, Protocol

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from extractor.errors import DocintelError, UnavailableError
from service.codes import ErrorCode
from service.db import Database
from service.models import (
    JOB_DONE,
    JOB_FAILED,
    JOB_PROCESSING,
    JOB_QUEUED,
    VERSION_EXTRACTED,
    Document,
    Job,
    RecordVersion,
    utcnow,
)
from service.processing import ProcessTask
from service.records import index_record, reviewed_version
from service.runner import InlineRunner, Interrupted, JobRunner, ProcessRunner, WorkerCrashed, stall_limit
from service.settings import Settings
from service.storage import Storage

log = logging.getLogger(__name__)

IDLE_POLL_S = 1.0  # how often an idle worker looks for jobs queued by another process
MAX_BACKOFF_S = 5.0  # the longest pause between two tries while storage fails


class JobQueue(Protocol):
    """What the API needs from a queue engine."""

    def start(self) -> None:
        """Recover interrupted work and start processing."""

    def stop(self, timeout: float = 10.0) -> None:
        """Stop processing; jobs in progress go back to the queue."""

    def enqueue(self, session: Session, document: Document, *, pages_total: int | None = None) -> Job:
        """Add the job of ``document`` to ``session``'s transaction (it is queued when that commits)."""

    def notify(self) -> None:
        """Tell the workers that new jobs were committed."""

    def health(self) -> dict[str, Any]:
        """``{"ok": bool, …}`` for the readiness probe."""


@dataclass(frozen=True, slots=True)
class ClaimedJob:
    id: int
    document_id: str
    token: str
    sha256: str
    filename: str | None
    attempts: int
    pages_total: int | None


# ------------------------------------------------------------------------------------------ job table ops
# Module functions over the database, so that tests can drive the claim protocol directly.


def claim_next(db: Database, owner: str, lease_s: float, job_id: int | None = None) -> ClaimedJob | None:
    """Atomically move the oldest queued job (or job ``job_id`` if it is queued) to ``processing`` under a new
    claim token."""
    token = secrets.token_hex(16)
    now = utcnow()
    wanted = select(Job.id).where(Job.status == JOB_QUEUED)
    if job_id is not None:
        wanted = wanted.where(Job.id == job_id)
    candidate = wanted.order_by(Job.id).limit(1).with_for_update(skip_locked=True).scalar_subquery()
    with db.write() as session:
        result = session.execute(
            update(Job)
            .where(Job.id == candidate, Job.status == JOB_QUEUED)
            .values(status=JOB_PROCESSING, claim_token=token, claimed_by=owner,
                    lease_expires_at=now + dt.timedelta(seconds=lease_s), attempts=Job.attempts + 1,
                    started_at=now, updated_at=now, pages_done=0, error_code=None, error_message=None)
            .execution_options(synchronize_session=False)
        )
        if result.rowcount != 1:
            return None
        row = session.execute(
            select(Job.id, Job.document_id, Job.attempts, Job.pages_total, Document.sha256, Document.filename)
            .join(Document, Document.id == Job.document_id).where(Job.claim_token == token)
        ).one()
    return ClaimedJob(id=row.id, document_id=row.document_id, token=token, sha256=row.sha256,
                      filename=row.filename, attempts=row.attempts, pages_total=row.pages_total)


def _owned(job_id: int, token: str) -> Any:
    return update(Job).where(Job.id == job_id, Job.claim_token == token, Job.status == JOB_PROCESSING)


def record_progress(db: Database, job_id: int, token: str, done: int, total: int, lease_s: float) -> bool:
    """Write pages done/total (and renew the lease); ``False`` if the job is no longer ours."""
    now = utcnow()
    with db.write() as session:
        result = session.execute(_owned(job_id, token).values(
            pages_done=max(0, done), pages_total=max(0, total), updated_at=now,
            lease_expires_at=now + dt.timedelta(seconds=lease_s)))
    return result.rowcount == 1


def renew_leases(db: Database, tokens: dict[int, str], lease_s: float) -> set[int]:
    """Extend the lease of each owned job; returns the ids that are no longer ours."""
    lost: set[int] = set()
    if not tokens:
        return lost
    until = utcnow() + dt.timedelta(seconds=lease_s)
    with db.write() as session:
        for job_id, token in tokens.items():
            if session.execute(_owned(job_id, token).values(lease_expires_at=until)).rowcount != 1:
                lost.add(job_id)
    return lost


def complete(db: Database, job: ClaimedJob, result: dict[str, Any]) -> bool:
    """Store the extraction and mark the job done, in one transaction, only if we still own the job."""
    extraction = result["extraction"]
    pages = result.get("pages") or []
    now = utcnow()
    with db.write() as session:
        done = session.execute(_owned(job.id, job.token).values(
            status=JOB_DONE, claim_token=None, lease_expires_at=None, finished_at=now, updated_at=now,
            pages_done=len(pages), pages_total=len(pages), error_code=None, error_message=None))
        if done.rowcount != 1:
            log.warning("job %s: claim lost before completion; result discarded", job.id)
            return False
        doc = session.get(Document, job.document_id)
        doc.text = extraction.get("text", "")
        doc.pages = pages
        doc.timings_ms = extraction.get("timings_ms") or {}
        session.add(RecordVersion(document_id=doc.id, kind=VERSION_EXTRACTED, revision=0,
                                  record=extraction["record"], evidence=extraction.get("evidence") or {},
                                  created_at=now))
        # the index follows the current record: a clerk's review (of a failed, re-run job) wins
        review = reviewed_version(session, doc.id)
        index_record(doc, review.record if review else extraction["record"])
    return True


def fail(db: Database, job_id: int, token: str, code: str, message: str) -> bool:
    """Mark an owned job failed with a stable code; ``False`` if it is no longer ours."""
    now = utcnow()
    with db.write() as session:
        result = session.execute(_owned(job_id, token).values(
            status=JOB_FAILED, claim_token=None, lease_expires_at=None, finished_at=now, updated_at=now,
            error_code=code, error_message=message))
    return result.rowcount == 1


def release(db: Database, job_id: int, token: str, *, count_attempt: bool) -> bool:
    """Put a claimed job back in the queue (``count_attempt=False`` for a graceful stop)."""
    values: dict[str, Any] = {"status": JOB_QUEUED, "claim_token": None, "claimed_by": None,
                              "lease_expires_at": None, "updated_at": utcnow()}
    if not count_attempt:
        values["attempts"] = Job.attempts - 1
    with db.write() as session:
        result = session.execute(_owned(job_id, token).values(**values))
    return result.rowcount == 1


def _pid_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def recover_orphans(db: Database, owner: str, max_attempts: int, running: frozenset[int] = frozenset()) -> int:
    """Re-queue jobs whose worker is gone (see the module docstring); returns how many were recovered.

    ``running``: the ids this ``owner`` is processing now; another job it owns (its worker thread ended) is
    recovered once its lease runs out.
    """
    return len(recover_orphan_ids(db, owner, max_attempts, running))


def recover_orphan_ids(db: Database, owner: str, max_attempts: int,
                       running: frozenset[int] = frozenset()) -> list[int]:
    """:func:`recover_orphans`, returning the ids of the jobs recovered."""
    host = owner.split(":", 1)[0]
    my_pid = os.getpid()
    now = utcnow()
    with db.read() as session:
        rows = session.execute(
            select(Job.id, Job.claim_token, Job.claimed_by, Job.lease_expires_at, Job.attempts)
            .where(Job.status == JOB_PROCESSING)
        ).all()
    recovered: list[int] = []
    for row in rows:
        if row.claimed_by == owner and row.id in running:
            continue  # ours, alive
        orphan = row.lease_expires_at is None or row.lease_expires_at < now
        if not orphan and row.claimed_by and row.claimed_by != owner:
            parts = row.claimed_by.split(":")
            if len(parts) >= 2 and parts[0] == host and parts[1].isdigit():
                pid = int(parts[1])
                orphan = pid == my_pid or not _pid_alive(pid)
        if not orphan:
            continue
        if row.attempts >= max_attempts:
            ok = fail(db, row.id, row.claim_token, ErrorCode.TOO_MANY_ATTEMPTS,
                      f"Việc xử lý bị gián đoạn {row.attempts} lần (tiến trình dừng hoặc dịch vụ khởi động "
                      "lại) nên văn bản được để riêng. Hãy kiểm tra tệp mở được bình thường rồi tải lên lại.")
        else:
            ok = release(db, row.id, row.claim_token, count_attempt=True)
        if ok:
            recovered.append(row.id)
            log.info("job %s: recovered from %s (attempt %s)", row.id, row.claimed_by, row.attempts)
    return recovered


# ------------------------------------------------------------------------------------------ the engine


class InProcessJobQueue:
    """Jobs in the database, ``settings.workers`` worker threads, each with its own runner."""

    def __init__(self, settings: Settings, db: Database, storage: Storage):
        self.settings = settings
        self.db = db
        self.storage = storage
        self.owner = f"{socket.gethostname()}:{os.getpid()}:{secrets.token_hex(4)}"
        self._stopping = threading.Event()
        self._wake = threading.Condition()
        self._threads: list[threading.Thread] = []
        self._workers: list[threading.Thread] = []
        self._runners: list[JobRunner] = []
        self.replaced = 0  # worker threads the housekeeping thread had to start again
        self._running: dict[int, str] = {}
        self._lost: set[int] = set()
        self._lock = threading.Lock()

    # -------------------------------------------------------------- JobQueue

    def enqueue(self, session: Session, document: Document, *, pages_total: int | None = None) -> Job:
        job = Job(document=document, status=JOB_QUEUED, pages_total=pages_total)
        session.add(job)
        return job

    def notify(self) -> None:
        with self._wake:
            self._wake.notify_all()

    def start(self) -> None:
        recovered = recover_orphans(self.db, self.owner, self.settings.job_max_attempts)
        if recovered:
            log.info("re-queued %d interrupted job(s)", recovered)
        self._stopping.clear()
        for n in range(self.settings.workers):
            self._runners.append(self._make_runner(n))
            self._workers.append(self._spawn_worker(n))
        keeper = threading.Thread(target=self._housekeeping, name="docintel-queue-keeper", daemon=True)
        self._threads.append(keeper)
        keeper.start()

    def stop(self, timeout: float = 10.0) -> None:
        self._stopping.set()
        self.notify()
        for thread in [*self._workers, *self._threads]:
            thread.join(timeout)
        for runner in self._runners:
            runner.close()
        self._threads.clear()
        self._workers.clear()
        self._runners.clear()

    def health(self) -> dict[str, Any]:
        alive = sum(t.is_alive() for t in self._workers)
        return {"ok": alive == self.settings.workers, "workers": self.settings.workers, "alive": alive,
                "executor": self.settings.executor, "running": len(self._running),
                "replaced": self.replaced}

    # -------------------------------------------------------------- workers

    def _make_runner(self, n: int) -> JobRunner:
        if self.settings.executor == "thread":
            return InlineRunner(self.settings.processor)
        runner = ProcessRunner(self.settings.processor, stall_timeout_s=stall_limit(self.settings.ocr_page_timeout_s),
                               max_jobs=self.settings.worker_max_jobs, max_rss_mb=self.settings.worker_max_rss_mb,
                               name=f"docintel-worker-{n}")
        runner.start()
        return runner

    def _spawn_worker(self, n: int) -> threading.Thread:
        thread = threading.Thread(target=self._work, args=(self._runners[n],), name=f"docintel-worker-{n}",
                                  daemon=True)
        thread.start()
        return thread

    def _replace_dead_workers(self) -> None:
        for n, thread in enumerate(self._workers):
            if not thread.is_alive() and not self._stopping.is_set():
                log.error("%s ended unexpectedly; starting it again", thread.name)
                self.replaced += 1
                self._workers[n] = self._spawn_worker(n)

    def _retry(self, what: str, write: Any, *args: Any) -> Any:
        """Call ``write(*args)`` until it succeeds, pausing longer each time; ``None`` if the queue stops first.

        For a job's outcome: while storage fails the worker keeps the result and its claim (the housekeeping
        thread keeps renewing the lease), and writes it once the database accepts writes again.
        """
        pause = 0.5
        while True:
            try:
                return write(*args)
            except Exception as exc:  # noqa: BLE001 - storage faults and anything else: keep the job, try again
                level = logging.WARNING if isinstance(exc, UnavailableError) else logging.ERROR
                log.log(level, "%s failed (%s); retrying in %.1f s", what, exc, pause,
                        exc_info=not isinstance(exc, UnavailableError))
            if self._stopping.wait(pause):
                return None
            pause = min(pause * 2, MAX_BACKOFF_S)

    def _task(self, job: ClaimedJob) -> ProcessTask:
        return ProcessTask(
            job_id=job.id, document_id=job.document_id, sha256=job.sha256,
            file_path=str(self.storage.file_path(job.sha256)), pages_dir=str(self.storage.pages_dir(job.sha256)),
            filename=job.filename, limits=self.settings.job_limits,
            page_timeout_s=self.settings.ocr_page_timeout_s,
        )

    def _work(self, runner: JobRunner) -> None:
        pause = IDLE_POLL_S
        while not self._stopping.is_set():
            try:
                job = claim_next(self.db, self.owner, self.settings.job_lease_s)
            except Exception as exc:  # noqa: BLE001 - a worker outlives any error; the next claim may succeed
                log.warning("claiming a job failed (%s); retrying in %.1f s", exc, pause,
                            exc_info=not isinstance(exc, UnavailableError))
                self._stopping.wait(pause)
                pause = min(pause * 2, MAX_BACKOFF_S)
                continue
            pause = IDLE_POLL_S
            if job is None:
                with self._wake:
                    if not self._stopping.is_set():
                        self._wake.wait(IDLE_POLL_S)
                continue
            with self._lock:
                self._running[job.id] = job.token
            try:
                if not self._run_one(runner, job):
                    self._stopping.wait(MAX_BACKOFF_S / 4)  # storage failed under this job: let it recover
            except Exception:
                log.exception("job %s: unexpected error in the worker; it goes on", job.id)
            finally:
                with self._lock:
                    self._running.pop(job.id, None)
                    self._lost.discard(job.id)

    def _run_one(self, runner: JobRunner, job: ClaimedJob) -> bool:
        """Run ``job`` and store its outcome; ``False`` when storage failed under it (it is queued again)."""
        last: list[tuple[int, int]] = []

        def on_progress(done: int, total: int) -> None:
            if last and last[-1] == (done, total):
                return
            last.append((done, total))
            try:
                ours = record_progress(self.db, job.id, job.token, done, total, self.settings.job_lease_s)
            except UnavailableError:
                return  # progress is informative; the job goes on and its outcome is retried if need be
            if not ours:
                with self._lock:
                    self._lost.add(job.id)

        def should_stop() -> bool:
            return self._stopping.is_set() or job.id in self._lost

        what = f"job {job.id}: storing the outcome"
        try:
            result = runner.run(self._task(job), on_progress, should_stop)
        except Interrupted:
            if release(self.db, job.id, job.token, count_attempt=False):
                log.info("job %s: interrupted by shutdown, back in the queue", job.id)
        except WorkerCrashed as exc:
            log.error("job %s (document %s): %s", job.id, job.document_id, exc)
            if job.attempts < self.settings.job_max_attempts:
                self._retry(what, lambda: release(self.db, job.id, job.token, count_attempt=True))
            else:
                self._retry(what, fail, self.db, job.id, job.token, ErrorCode.WORKER_CRASHED,
                            f"Tiến trình xử lý văn bản này dừng ngoài dự kiến {job.attempts} lần ({exc}). Hãy kiểm "
                            "tra tệp mở được bình thường rồi tải lên lại.")
        except UnavailableError as exc:
            # the disk failed under the job (page images, the stored file): not the document's fault
            log.warning("job %s (document %s): storage unavailable (%s); back in the queue", job.id,
                        job.document_id, exc.message)
            self._retry(what, lambda: release(self.db, job.id, job.token, count_attempt=False))
            return False
        except DocintelError as exc:
            log.info("job %s (document %s) failed: [%s] %s", job.id, job.document_id, exc.code, exc.message)
            self._retry(what, fail, self.db, job.id, job.token, exc.code, exc.message)
        except Exception:
            log.exception("job %s (document %s): unexpected error", job.id, job.document_id)
            self._retry(what, fail, self.db, job.id, job.token, ErrorCode.INTERNAL_ERROR,
                        "Xử lý gặp lỗi ngoài dự kiến; lỗi đã được ghi lại. Xin báo cho quản trị viên.")
        else:
            self._retry(what, complete, self.db, job, result)
        return True

    def _housekeeping(self) -> None:
        interval = min(self.settings.job_lease_s / 4, 5.0)
        while not self._stopping.wait(interval):
            try:
                with self._lock:
                    tokens = dict(self._running)
                self._replace_dead_workers()
                lost = renew_leases(self.db, tokens, self.settings.job_lease_s)
                if lost:
                    with self._lock:
                        self._lost |= lost
                if recover_orphans(self.db, self.owner, self.settings.job_max_attempts, frozenset(tokens)):
                    self.notify()
            except Exception as exc:  # noqa: BLE001 - the keeper outlives any error, like the workers
                log.warning("queue housekeeping failed (%s); will retry", exc,
                            exc_info=not isinstance(exc, UnavailableError))
