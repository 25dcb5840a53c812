"""Service settings, read from environment variables.

Every setting can be given as ``DOCINTEL_<NAME>`` or as the plain ``<NAME>`` (``HOST``, ``PORT``,
``DATA_DIR``, …); the prefixed form wins when both are set. Keyword arguments to :class:`Settings` use the
field names (``Settings(data_dir=…, workers=1)``) and unknown keywords are refused by name.

The defaults need nothing but the project's own set-up: SQLite under ``DATA_DIR``, files on disk under
``DATA_DIR``, one worker process per core.

The service refuses to start on an address other than loopback without ``API_TOKEN``: every document would be
open to the network. ``ALLOW_NO_TOKEN_ON_NETWORK=1`` is the explicit opt-out for a trusted network.
"""

from __future__ import annotations

import ipaddress
import logging
import os
from pathlib import Path
from typing import Literal

from pydantic import AliasChoices, Field, SecretStr, field_validator, model_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

from extractor.limits import DEFAULT_LIMITS, MB, Limits

log = logging.getLogger(__name__)

MIN_TOKEN_LENGTH = 16
TOKEN_HINT = "`python -c 'import secrets; print(secrets.token_urlsafe(32))'`"


def _env(name: str) -> AliasChoices:
    """Accept ``DOCINTEL_NAME`` first, then ``NAME``, then the field name for keyword arguments."""
    return AliasChoices(f"DOCINTEL_{name}", name, name.lower())


class Settings(BaseSettings):
    """Typed settings of the HTTP service (see the module docstring for the variable names)."""

    model_config = SettingsConfigDict(extra="forbid", populate_by_name=True, case_sensitive=True)

    host: str = Field("127.0.0.1", validation_alias=_env("HOST"), description="Interface to listen on.")
    port: int = Field(8000, ge=0, le=65535, validation_alias=_env("PORT"))
    data_dir: Path = Field(
        Path("data"), validation_alias=_env("DATA_DIR"),
        description="Where uploaded files, page images and the default SQLite database live.",
    )
    database_url: str | None = Field(
        None, validation_alias=_env("DATABASE_URL"),
        description="SQLAlchemy URL; default sqlite:///<DATA_DIR>/docintel.db. PostgreSQL works by URL alone.",
    )
    workers: int = Field(
        default_factory=lambda: os.cpu_count() or 1, ge=1, le=64, validation_alias=_env("WORKERS"),
        description="Background workers (each one a process running the extraction pipeline).",
    )
    executor: Literal["process", "thread"] = Field(
        "process", validation_alias=_env("EXECUTOR"),
        description="'process': each worker runs the pipeline in its own child process, so OCR never holds "
        "the API's GIL and a stuck page can be killed; 'thread': in the server process (tests, debugging).",
    )
    # The reading limits start from the CLI's (extractor.limits); the SYNC_* ones bound POST /v1/extract.
    max_upload_mb: float = Field(DEFAULT_LIMITS.max_bytes / MB, gt=0, validation_alias=_env("MAX_UPLOAD_MB"))
    max_pages: int = Field(DEFAULT_LIMITS.max_pages, ge=1, validation_alias=_env("MAX_PAGES"))
    max_text_chars: int = Field(
        DEFAULT_LIMITS.max_chars, ge=1000, validation_alias=_env("MAX_TEXT_CHARS"),
        description="Characters of text a document may hold (lines: this divided by 20).",
    )
    ocr_page_timeout_s: float = Field(
        60, gt=0, validation_alias=_env("OCR_PAGE_TIMEOUT_S"),
        description="Tesseract's time limit per page (the job fails with ocr_timeout). As a backstop, a worker "
        "process that reports no page done for this long plus a margin is killed (process executor).",
    )
    max_record_mb: float = Field(
        1, gt=0, validation_alias=_env("MAX_RECORD_MB"),
        description="Size limit of a corrected record (PUT …/record); a real record is a few kB.",
    )
    sync_max_mb: float = Field(
        2, gt=0, validation_alias=_env("SYNC_MAX_MB"), description="Size limit of POST /v1/extract."
    )
    sync_max_pages: int = Field(
        3, ge=1, validation_alias=_env("SYNC_MAX_PAGES"), description="Page limit of POST /v1/extract."
    )
    sync_max_text_chars: int = Field(
        100_000, ge=1000, validation_alias=_env("SYNC_MAX_TEXT_CHARS"),
        description="Character limit of POST /v1/extract (keeps the synchronous route within a few seconds).",
    )
    api_token: SecretStr | None = Field(
        None, validation_alias=_env("API_TOKEN"),
        description="When set, every /v1 route requires 'Authorization: Bearer <token>'.",
    )
    allow_no_token_on_network: bool = Field(
        False, validation_alias=_env("ALLOW_NO_TOKEN_ON_NETWORK"),
        description="Serve a non-loopback HOST without API_TOKEN (a trusted network only: anyone who reaches "
        "the port can read and change every document).",
    )
    job_max_attempts: int = Field(
        3, ge=1, validation_alias=_env("JOB_MAX_ATTEMPTS"),
        description="A job interrupted this many times (crash, restart) is marked failed instead of re-run.",
    )
    job_lease_s: float = Field(
        60, gt=0, validation_alias=_env("JOB_LEASE_S"),
        description="A claimed job whose worker stops renewing its lease for this long is re-queued.",
    )
    worker_max_jobs: int = Field(
        200, ge=1, validation_alias=_env("WORKER_MAX_JOBS"),
        description="A worker process is replaced after this many jobs (bounds memory growth).",
    )
    worker_max_rss_mb: float = Field(
        800, gt=0, validation_alias=_env("WORKER_MAX_RSS_MB"),
        description="A worker process whose resident memory grew past this after a job is replaced before the "
        "next one (CPython keeps freed memory; one huge document would leave its worker holding it while idle).",
    )
    processor: str = Field(
        "service.processing:process_document", validation_alias=AliasChoices("DOCINTEL_PROCESSOR", "processor"),
        description="Dotted path 'module:function' of the job processor (an extension point).",
    )
    log_level: str = Field("info", validation_alias=_env("LOG_LEVEL"))
    # Several machines (README "Running on several machines"): Celery workers on a Redis broker.
    queue: Literal["embedded", "celery"] = Field(
        "embedded", validation_alias=_env("QUEUE"),
        description="'embedded': worker processes inside the API process; 'celery': jobs go through BROKER_URL "
        "to `docintel worker` processes on any machine (needs DATABASE_URL and STORAGE_URL they all reach).",
    )
    broker_url: str | None = Field(
        None, validation_alias=_env("BROKER_URL"), description="Celery broker, e.g. redis://host:6379/0."
    )
    storage_url: str | None = Field(
        None, validation_alias=_env("STORAGE_URL"),
        description="Where uploads and page images are kept: unset = files under DATA_DIR; a database URL "
        "(usually the DATABASE_URL itself) = a 'blobs' table every machine reaches.",
    )
    broker_visibility_timeout_s: float = Field(
        600, gt=0, validation_alias=_env("BROKER_VISIBILITY_TIMEOUT_S"),
        description="A message taken by a worker that neither acknowledged nor returned it (the worker died) is "
        "delivered again after this long.",
    )
    job_resend_after_s: float = Field(
        60, gt=0, validation_alias=_env("JOB_RESEND_AFTER_S"),
        description="A job still queued this long after its message was sent is sent again (a message lost "
        "between the commit and the broker, or by a broker restart); a duplicate message is a no-op.",
    )

    @field_validator("api_token", mode="before")
    @classmethod
    def _token_strength(cls, value: object) -> object:
        if value is None:
            return None
        token = value.get_secret_value() if isinstance(value, SecretStr) else value
        if not isinstance(token, str):
            return value
        if not token.strip():
            raise ValueError("API_TOKEN được đặt nhưng để trống (hoặc chỉ có dấu cách); bỏ biến này đi, hoặc đặt "
                             f"một mã từ {MIN_TOKEN_LENGTH} ký tự trở lên: {TOKEN_HINT}")
        # Surrounding spaces (a copied line) can never arrive in a Bearer header; they do not count.
        token = token.strip()
        if len(token) < MIN_TOKEN_LENGTH:
            raise ValueError(f"API_TOKEN phải có ít nhất {MIN_TOKEN_LENGTH} ký tự (không kể dấu cách ở hai đầu); "
                             f"tạo một mã bằng {TOKEN_HINT}")
        return token

    @field_validator("processor")
    @classmethod
    def _processor_path(cls, value: str) -> str:
        module, _, func = value.partition(":")
        if not module or not func:
            raise ValueError(f"PROCESSOR phải viết dạng 'package.module:function', không phải {value!r}")
        return value

    @model_validator(mode="after")
    def _refuse_exposed(self) -> Settings:
        if self.api_token is None and not is_loopback(self.host):
            if not self.allow_no_token_on_network:
                raise ValueError(
                    f"HOST={self.host} mở dịch vụ ra mạng nhưng chưa đặt API_TOKEN: ai vào được cổng này cũng đọc và "
                    f"sửa được mọi văn bản. Đặt API_TOKEN (tạo bằng {TOKEN_HINT}), hoặc nghe trên 127.0.0.1, hoặc — "
                    "chỉ trong mạng tin cậy — đặt ALLOW_NO_TOKEN_ON_NETWORK=1."
                )
            log.warning("listening on %s without API_TOKEN (ALLOW_NO_TOKEN_ON_NETWORK=1): every client on the "
                        "network can read and change documents", self.host)
        return self

    @model_validator(mode="after")
    def _celery_needs_a_broker(self) -> Settings:
        if self.queue == "celery" and not self.broker_url:
            raise ValueError("QUEUE=celery cần BROKER_URL (ví dụ redis://máy-chủ:6379/0) để gửi việc cho các máy "
                             "xử lý.")
        return self

    # ------------------------------------------------------------------ derived values

    @property
    def max_upload_bytes(self) -> int:
        return int(self.max_upload_mb * 1024 * 1024)

    @property
    def max_record_bytes(self) -> int:
        return int(self.max_record_mb * 1024 * 1024)

    @property
    def sync_max_bytes(self) -> int:
        return int(self.sync_max_mb * 1024 * 1024)

    @property
    def job_limits(self) -> Limits:
        """The limits of an upload (POST /v1/documents) and of its job."""
        return DEFAULT_LIMITS.with_(max_bytes=self.max_upload_bytes, max_pages=self.max_pages,
                                    max_chars=self.max_text_chars)

    @property
    def sync_limits(self) -> Limits:
        """The smaller limits of POST /v1/extract."""
        return DEFAULT_LIMITS.with_(max_bytes=self.sync_max_bytes, max_pages=self.sync_max_pages,
                                    max_chars=self.sync_max_text_chars)

    @property
    def resolved_database_url(self) -> str:
        if self.database_url:
            return driver_url(self.database_url)
        return f"sqlite:///{(self.data_dir / 'docintel.db').resolve()}"


def is_loopback(host: str) -> bool:
    """``localhost`` or a loopback address (127.0.0.0/8, ::1); any other name or address reaches a network."""
    if host.strip().lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip().strip("[]")).is_loopback
    except ValueError:
        return False


def driver_url(url: str) -> str:
    """``postgresql://…`` with the driver the project installs (psycopg 3; SQLAlchemy's default is psycopg2)."""
    for prefix in ("postgresql://", "postgres://"):
        if url.startswith(prefix):
            return "postgresql+psycopg://" + url.removeprefix(prefix)
    return url
