"""The application factory.

``create_app(settings)`` builds the FastAPI app: error handlers (:mod:`service.errors`), the upload size
guard, the /v1 and health routes (:mod:`service.api`) and, when present, the review page's router
(``service.web``, issue 6: a module exposing ``router``; it is included as is, after the API routes).

The lifespan owns the long-lived parts, in this order: data directories, database engine and migrations
(Alembic, to the latest revision), the re-registration of stored uploads the database lost
(:mod:`service.recovery`), the job queue (which re-queues work interrupted by a previous stop and starts the
workers), and the pool for synchronous extraction; on shutdown the workers stop and their
running jobs go back to the queue.
"""

from __future__ import annotations

import importlib
import importlib.util
import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

from fastapi import FastAPI
from fastapi.concurrency import run_in_threadpool
from starlette.exceptions import HTTPException as StarletteHTTPException

from service import followup
from service.api import health_router, router, too_large_for_sync
from service.apidocs import install_api_docs
from service.celery_queue import CeleryJobQueue, make_storage
from service.codes import ErrorCode
from service.db import Database
from service.documents import Services
from service.errors import install_error_handlers, install_problem_schema, problem_response, response_for
from service.links_api import router as links_router
from service.queue import InProcessJobQueue
from service.recovery import reregister_orphaned_uploads
from service.register import router as register_router
from service.runner import InlineRunner, ProcessRunner, RunnerPool, stall_limit
from service.settings import Settings

log = logging.getLogger(__name__)

UPLOAD_PATHS = ("/v1/documents", "/v1/extract")
MULTIPART_OVERHEAD = 64 * 1024  # boundary lines and part headers around the file


def _too_large_message(max_bytes: int) -> str:
    return (f"Tệp tải lên lớn hơn giới hạn {max_bytes / 1024 / 1024:g} MB. Hãy tách tệp, hoặc quét lại với độ "
            "phân giải thấp hơn (200–300 dpi là đủ).")


class UploadTooLarge(StarletteHTTPException):
    """Raised from ``receive`` when a streamed upload passes the limit (FastAPI re-raises HTTP exceptions
    from body parsing as they are, so the error handler renders it as ``upload_too_large``)."""

    vietnamese_detail = True

    def __init__(self, max_bytes: int):
        super().__init__(413, _too_large_message(max_bytes))


class UploadLimitMiddleware:
    """Refuse an upload over the limit before storing it.

    A declared ``Content-Length`` over the limit is answered at once, without reading the body; a body
    without one (chunked) is counted as it streams in and stopped when it passes the limit.
    """

    def __init__(self, app: Any, settings: Settings):
        self.app = app
        self.max_bytes = settings.max_upload_bytes
        self.max_body = self.max_bytes + MULTIPART_OVERHEAD
        # POST /v1/extract has its own, smaller limit; a body over it is told to go to POST /v1/documents.
        self.sync_max_body = settings.sync_max_bytes + MULTIPART_OVERHEAD
        self.sync_too_large = too_large_for_sync(settings)

    async def __call__(self, scope: dict, receive: Any, send: Any) -> None:
        if not (scope["type"] == "http" and scope["method"] == "POST" and scope["path"] in UPLOAD_PATHS):
            await self.app(scope, receive, send)
            return
        declared = dict(scope["headers"]).get(b"content-length")
        try:
            size = int(declared) if declared is not None else None
        except ValueError:
            size = None
        if scope["path"] == "/v1/extract" and size is not None and self.sync_max_body < size <= self.max_body:
            response = response_for(self.sync_too_large, scope["path"])
            response.headers["Connection"] = "close"
            await response(scope, receive, send)
            return
        if size is not None and size > self.max_body:
            response = problem_response(
                413, ErrorCode.UPLOAD_TOO_LARGE, _too_large_message(self.max_bytes), instance=scope["path"],
                headers={"Connection": "close"}, extensions={"limit_bytes": self.max_bytes},
            )
            await response(scope, receive, send)
            return
        received = 0

        async def counting_receive() -> dict:
            nonlocal received
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > self.max_body:
                    raise UploadTooLarge(self.max_bytes)
            return message

        await self.app(scope, counting_receive, send)


class NoSniffMiddleware:
    """``X-Content-Type-Options: nosniff`` on every response, so that no browser runs an upload, an export
    or an error body as a type other than the one declared (problem responses set it themselves, since the
    catch-all 500 is rendered outside the middleware stack)."""

    def __init__(self, app: Any):
        self.app = app

    async def __call__(self, scope: dict, receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_with_header(message: dict) -> None:
            if message["type"] == "http.response.start":
                headers = list(message.get("headers", []))
                if not any(name.lower() == b"x-content-type-options" for name, _ in headers):
                    headers.append((b"x-content-type-options", b"nosniff"))
                message = {**message, "headers": headers}
            await send(message)

        await self.app(scope, receive, send_with_header)


def _start(settings: Settings) -> tuple[Services, RunnerPool]:
    db = Database(settings.resolved_database_url)
    db.migrate()
    storage = make_storage(settings, db)
    storage.ensure()
    queue = InProcessJobQueue(settings, db, storage) if settings.queue == "embedded" else CeleryJobQueue(
        settings, db, storage)
    recovery = reregister_orphaned_uploads(db, storage, queue, limits=settings.job_limits)
    queue.start()

    def sync_runner(n: int) -> Any:
        processor = "service.processing:extract_bytes_task"
        if settings.executor == "thread":
            return InlineRunner(processor)
        return ProcessRunner(processor, stall_timeout_s=stall_limit(settings.ocr_page_timeout_s),
                             max_jobs=settings.worker_max_jobs, max_rss_mb=settings.worker_max_rss_mb,
                             name=f"docintel-sync-{n}")

    services = Services(settings=settings, db=db, storage=storage, queue=queue, recovered=recovery.summary())
    return services, RunnerPool(sync_runner, size=1)


def _warm_up() -> None:
    """Load dateparser's Vietnamese data now rather than in the first list request."""
    import dateparser

    dateparser.parse("20/9/2021", languages=["vi"])


def web_router() -> Any | None:
    """The review page's router (``service.web.router``) if that module exists.

    A review page that fails to load is logged and left out: the API keeps serving.
    """
    if importlib.util.find_spec("service.web") is None:
        return None
    try:
        return getattr(importlib.import_module("service.web"), "router", None)
    except Exception:
        log.exception("the review page (service.web) failed to load; serving the API without it")
        return None


def create_app(settings: Settings | None = None) -> FastAPI:
    settings = settings or Settings()

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        services, sync_pool = await run_in_threadpool(_start, settings)
        await run_in_threadpool(_warm_up)
        app.state.services, app.state.sync_pool = services, sync_pool
        log.info("docintel service ready: data in %s, %d %s worker(s)", settings.data_dir.resolve(),
                 settings.workers, settings.executor)
        try:
            yield
        finally:
            app.state.services = None
            await run_in_threadpool(services.queue.stop)
            await run_in_threadpool(sync_pool.close)
            services.db.dispose()

    app = FastAPI(
        title="docintel",
        version="1.0",
        summary="Plan records from Vietnamese directives (Công văn, Kế hoạch): upload, review, export.",
        description=(
            "Upload a directive (PDF, scan, DOCX or text); it is processed in the background into a plan record "
            "with evidence. Every error is RFC 9457 problem+json with a stable `code`."
        ),
        lifespan=lifespan,
        separate_input_output_schemas=False,
        docs_url=None,  # served from local assets by install_api_docs
        redoc_url=None,
    )
    app.state.settings = settings
    app.state.services = None
    install_error_handlers(app)
    install_problem_schema(app)
    app.add_middleware(UploadLimitMiddleware, settings=settings)
    app.add_middleware(NoSniffMiddleware)
    install_api_docs(app)
    app.include_router(router)
    app.include_router(health_router)
    app.include_router(register_router)
    app.include_router(links_router)
    app.include_router(followup.router)
    web = web_router()
    if web is not None:
        app.include_router(web)
    return app
