"""Where a job's processor runs: in a child process (default) or in the calling thread.

Why a child process: extraction is CPU-bound Python (PDF rendering, image clean-up, rules) and would hold
the GIL of the API process, starving its event loop and request threads. Each queue worker thread owns one
long-lived child process (started with ``spawn``: the API process has threads, so ``fork`` is unsafe) and
talks to it over a pipe: a task goes down, ``progress`` messages and one ``done``/``error`` message come
back. The parent can therefore

- write progress (pages done of total) to the database as it happens,
- stop a job whose child reports no progress for longer than its stall limit (``OCR_PAGE_TIMEOUT_S`` plus a
  margin: ingestion's own per-page Tesseract limit normally fires first) by killing the child and starting
  a fresh one,
- notice a child that crashed (segfault, out of memory) and report it instead of hanging,
- replace a child between two jobs once it has run ``WORKER_MAX_JOBS`` jobs or its resident memory has grown
  past ``WORKER_MAX_RSS_MB``: CPython rarely returns freed memory to the system, so one large document would
  otherwise leave its worker holding a gigabyte while idle. The jobs themselves stay in the database queue;
  only the process is new.

Children ignore Ctrl-C (the parent decides when to stop them), exit when their parent disappears, and run
at a lower CPU priority (``nice`` +10, inherited by Tesseract), so that API requests are served first when
every core is busy with OCR.
The in-thread runner (``EXECUTOR=thread``) is for tests and debugging: no isolation and no time limit.
"""

from __future__ import annotations

import contextlib
import logging
import multiprocessing as mp
import os
import queue
import signal
import threading
import time
import traceback
from collections.abc import Callable
from typing import Any, Protocol

from extractor import errors
from extractor.errors import DocintelError, InternalError, OcrTimeoutError, UnavailableError
from service.codes import ErrorCode
from service.processing import ProcessTask, load_processor

log = logging.getLogger(__name__)

OnProgress = Callable[[int, int], None]
ShouldStop = Callable[[], bool]

STARTUP_TIMEOUT_S = 180.0  # importing the pipeline (models, rule data) in a fresh child
POLL_S = 0.2
WORKER_NICE = 10


def stall_limit(page_timeout_s: float) -> float:
    """How long a worker may report no progress: the per-page OCR limit plus a margin for the rest."""
    return page_timeout_s + max(5.0, page_timeout_s / 4)


class WorkerCrashed(Exception):
    """The child process died while running a job (not the job's fault as far as we know)."""


class Interrupted(Exception):
    """The service is stopping; the job was abandoned and must be re-queued."""


class JobRunner(Protocol):
    def run(self, task: ProcessTask, on_progress: OnProgress, should_stop: ShouldStop) -> dict[str, Any]: ...

    def close(self) -> None: ...


# ---------------------------------------------------------------------------------------------- in-thread


class InlineRunner:
    """Runs the processor in the calling thread."""

    def __init__(self, processor_path: str):
        self._processor = load_processor(processor_path)

    def run(self, task: ProcessTask, on_progress: OnProgress, should_stop: ShouldStop) -> dict[str, Any]:
        return self._processor(task, on_progress)

    def close(self) -> None:
        pass


# ---------------------------------------------------------------------------------------------- child side


def _watch_parent(parent_pid: int) -> None:
    def watch() -> None:
        while True:
            time.sleep(1.0)
            if os.getppid() != parent_pid:
                os._exit(0)

    threading.Thread(target=watch, name="parent-watch", daemon=True).start()


def _child_main(conn: Any, processor_path: str, env: dict[str, str], parent_pid: int) -> None:
    """Entry point of a worker process: receive tasks, run the processor, send messages back."""
    os.environ.update(env)
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    with contextlib.suppress(OSError):
        os.nice(WORKER_NICE)
    _watch_parent(parent_pid)
    try:
        processor = load_processor(processor_path)
    except Exception as exc:  # noqa: BLE001 - reported to the parent, which fails loudly
        conn.send(("fatal", (f"không nạp được bộ xử lý {processor_path!r} ({type(exc).__name__}: {exc}); "
                             "hãy báo quản trị viên kiểm tra cấu hình PROCESSOR")))
        return
    conn.send(("ready",))
    while True:
        try:
            task = conn.recv()
        except (EOFError, OSError):
            return
        if task is None:
            return

        def progress(done: int, total: int) -> None:
            conn.send(("progress", int(done), int(total)))

        try:
            result = processor(task, progress)
        except DocintelError as exc:
            detail = exc.detail if _plain(exc.detail) else {}
            conn.send(("error", type(exc).__name__, exc.code, exc.message, detail))
        except Exception as exc:  # noqa: BLE001 - a bug in the pipeline: log here, report as internal_error
            traceback.print_exc()
            conn.send(("error", "InternalError", ErrorCode.INTERNAL_ERROR,
                       (f"Trích xuất gặp lỗi ngoài dự kiến ({type(exc).__name__}); lỗi đã được ghi lại. Xin thử lại "
                        "sau hoặc báo cho quản trị viên."),
                       {}))
        else:
            conn.send(("done", result))


def _plain(value: Any) -> bool:
    """True when ``value`` is made of JSON types only (so it can be stored and sent back)."""
    if value is None or isinstance(value, (str, int, float, bool)):
        return True
    if isinstance(value, (list, tuple)):
        return all(_plain(v) for v in value)
    if isinstance(value, dict):
        return all(isinstance(k, str) and _plain(v) for k, v in value.items())
    return False


def rebuild_error(class_name: str, code: str, message: str, detail: dict[str, Any]) -> DocintelError:
    """The parent-side copy of an error raised in a child (exceptions are sent as plain values)."""
    cls = getattr(errors, class_name, None)
    if not (isinstance(cls, type) and issubclass(cls, DocintelError)):
        cls = InternalError
    return cls(message, code=code, detail=detail)


# ---------------------------------------------------------------------------------------------- parent side


def resident_mb(pid: int) -> float | None:
    """Resident memory of process ``pid`` in MB (Linux ``/proc``; ``None`` where it cannot be read)."""
    try:
        with open(f"/proc/{pid}/statm", encoding="ascii") as handle:
            pages = int(handle.read().split()[1])
    except (OSError, ValueError, IndexError):
        return None
    return pages * os.sysconf("SC_PAGE_SIZE") / 2**20


class ProcessRunner:
    """One worker child process, replaced after a crash, a timeout, ``max_jobs`` jobs or ``max_rss_mb``."""

    def __init__(self, processor_path: str, *, stall_timeout_s: float, max_jobs: int, name: str,
                 max_rss_mb: float | None = None):
        self.processor_path = processor_path
        self.stall_timeout_s = stall_timeout_s
        self.max_jobs = max_jobs
        self.max_rss_mb = max_rss_mb
        self.recycled = 0  # children replaced because they reached max_jobs or max_rss_mb
        self.name = name
        self._ctx = mp.get_context("spawn")
        self._proc: Any = None
        self._conn: Any = None
        self._ready = False
        self._jobs = 0

    # -------------------------------------------------------------- lifecycle

    def start(self) -> None:
        """Start the child now (it imports the pipeline while the service finishes starting)."""
        if self._proc is not None and self._proc.is_alive():
            return
        parent_conn, child_conn = self._ctx.Pipe()
        env = {"OMP_THREAD_LIMIT": "1"}
        self._proc = self._ctx.Process(
            target=_child_main, args=(child_conn, self.processor_path, env, os.getpid()),
            name=self.name, daemon=True,
        )
        self._proc.start()
        child_conn.close()
        self._conn, self._ready, self._jobs = parent_conn, False, 0
        log.debug("%s: started worker process pid %s", self.name, self._proc.pid)

    def close(self) -> None:
        proc, conn = self._proc, self._conn
        self._proc = self._conn = None
        if conn is not None:
            with contextlib.suppress(OSError):
                conn.send(None)
        if proc is not None:
            proc.join(timeout=2)
            if proc.is_alive():
                proc.kill()
                proc.join(timeout=5)
        if conn is not None:
            conn.close()

    def _kill(self) -> None:
        proc, conn = self._proc, self._conn
        self._proc = self._conn = None
        if proc is not None and proc.is_alive():
            proc.kill()
            proc.join(timeout=5)
        if conn is not None:
            conn.close()

    @property
    def pid(self) -> int | None:
        return self._proc.pid if self._proc is not None else None

    # -------------------------------------------------------------- running a task

    def _receive(self) -> tuple:
        try:
            return self._conn.recv()
        except (EOFError, OSError):
            code = self._proc.exitcode if self._proc is not None else None
            self._kill()
            raise WorkerCrashed(f"tiến trình xử lý đã dừng (mã thoát {code})") from None

    def _wait_ready(self, should_stop: ShouldStop) -> None:
        deadline = time.monotonic() + STARTUP_TIMEOUT_S
        while not self._ready:
            if should_stop():
                raise Interrupted
            if self._conn.poll(POLL_S):
                message = self._receive()
                if message[0] == "ready":
                    self._ready = True
                elif message[0] == "fatal":
                    self._kill()
                    raise InternalError(message[1])
            elif not self._proc.is_alive():
                self._receive()  # raises WorkerCrashed
            elif time.monotonic() > deadline:
                self._kill()
                raise WorkerCrashed(f"tiến trình xử lý không khởi động được trong {STARTUP_TIMEOUT_S:.0f} giây")

    def _recycle_if_worn(self) -> None:
        """Between jobs: replace the child once it ran ``max_jobs`` jobs or grew past ``max_rss_mb``."""
        if self._proc is None:
            return
        rss = resident_mb(self._proc.pid) if self.max_rss_mb is not None else None
        worn = self._jobs >= self.max_jobs or (rss is not None and rss > self.max_rss_mb)
        if not worn:
            return
        log.info("%s: replacing worker process %s after %d job(s), %s MB resident", self.name, self._proc.pid,
                 self._jobs, f"{rss:.0f}" if rss is not None else "?")
        self.close()
        self.recycled += 1
        self.start()  # the new child loads the pipeline while the worker looks for its next job

    def run(self, task: ProcessTask, on_progress: OnProgress, should_stop: ShouldStop) -> dict[str, Any]:
        if self._proc is None or not self._proc.is_alive():
            self.close()
            self.start()
        self._wait_ready(should_stop)
        self._conn.send(task)
        self._jobs += 1
        try:
            return self._follow(on_progress, should_stop)
        except DocintelError:
            self._recycle_if_worn()  # the child reported the error and is idle again
            raise

    def _follow(self, on_progress: OnProgress, should_stop: ShouldStop) -> dict[str, Any]:
        deadline = time.monotonic() + self.stall_timeout_s
        while True:
            if should_stop():
                self._kill()
                raise Interrupted
            if self._conn.poll(POLL_S):
                message = self._receive()
                kind = message[0]
                if kind == "progress":
                    on_progress(message[1], message[2])
                    deadline = time.monotonic() + self.stall_timeout_s
                elif kind == "done":
                    self._recycle_if_worn()
                    return message[1]
                elif kind == "error":
                    raise rebuild_error(*message[1:])
            elif not self._proc.is_alive():
                self._receive()  # drains a last message or raises WorkerCrashed
            elif time.monotonic() > deadline:
                self._kill()
                raise OcrTimeoutError(
                    f"Không có trang nào xử lý xong trong {self.stall_timeout_s:g} giây nên việc xử lý đã dừng. "
                    "Bản quét có thể quá lớn hoặc khó đọc; hãy quét lại rõ hơn ở 300 dpi.",
                    code=ErrorCode.OCR_TIMEOUT, detail={"stall_timeout_s": self.stall_timeout_s},
                )


# ---------------------------------------------------------------------------------------------- pool


class RunnerPool:
    """Up to ``size`` runners made on demand by ``factory`` and shared by request threads."""

    def __init__(self, factory: Callable[[int], JobRunner], size: int, *, wait_s: float = 30.0):
        self._factory = factory
        self._size = size
        self._wait_s = wait_s
        self._idle: queue.SimpleQueue[JobRunner] = queue.SimpleQueue()
        self._all: list[JobRunner] = []
        self._lock = threading.Lock()

    def _acquire(self) -> JobRunner:
        try:
            return self._idle.get_nowait()
        except queue.Empty:
            pass
        with self._lock:
            if len(self._all) < self._size:
                runner = self._factory(len(self._all))
                self._all.append(runner)
                return runner
        try:
            return self._idle.get(timeout=self._wait_s)
        except queue.Empty:
            raise UnavailableError(
                f"Cả {self._size} luồng trích xuất tức thời đều bận suốt {self._wait_s:g} giây. Xin thử lại, hoặc "
                "tải văn bản lên bằng POST /v1/documents rồi theo dõi trạng thái văn bản.",
                code=ErrorCode.SERVICE_UNAVAILABLE,
            ) from None

    def run(self, task: Any, should_stop: ShouldStop = lambda: False) -> dict[str, Any]:
        runner = self._acquire()
        try:
            return runner.run(task, lambda done, total: None, should_stop)
        except WorkerCrashed as exc:
            raise UnavailableError(f"Tiến trình trích xuất dừng ngoài dự kiến ({exc}); xin thử lại.",
                                   code=ErrorCode.WORKER_CRASHED) from None
        finally:
            self._idle.put(runner)

    def close(self) -> None:
        with self._lock:
            runners, self._all = self._all, []
        for runner in runners:
            runner.close()
