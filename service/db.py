"""Database engine, sessions and start-up migrations.

SQLite is the embedded default; any SQLAlchemy URL works (PostgreSQL by URL alone, with its driver
installed). For SQLite the engine is tuned for one server process with many threads:

- the rollback journal (``journal_mode=DELETE``, ``synchronous=FULL``), not WAL: WAL keeps its index in a
  memory-mapped ``-shm`` file, and a write to that mapping while the data directory is unwritable (``chattr +i``,
  a full or failing disk) kills the whole server with SIGBUS instead of raising an error; with the rollback
  journal the same fault is an ``OperationalError`` (503 ``unavailable``) and writing resumes when the disk
  does. Every committed transaction is also in the database file itself, so no ``-wal`` file can be lost;
- ``busy_timeout``, so a writer waits for the lock instead of failing;
- transactions opened by :meth:`Database.write` start with ``BEGIN IMMEDIATE``: a transaction that reads and
  then writes would otherwise fail with "database is locked" (SQLite refuses to upgrade a stale read lock),
  so write transactions take the write lock up front;
- an in-memory URL (``sqlite://``) gets one shared connection (``StaticPool``), the only way its tables are
  seen by every thread (dependency probe §7). It is meant for single-threaded experiments.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from alembic import command
from alembic.config import Config
from sqlalchemy import create_engine, event, text
from sqlalchemy.engine import Engine, make_url
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import StaticPool

from extractor.errors import UnavailableError
from service.codes import ErrorCode

log = logging.getLogger(__name__)

MIGRATIONS_DIR = Path(__file__).parent / "migrations"
SQLITE_BUSY_TIMEOUT_MS = 30_000
SQLITE_POOL_SIZE = 48  # anyio's 40 request threads + workers + housekeeping


def _is_memory_sqlite(url: str) -> bool:
    parsed = make_url(url)
    return parsed.get_backend_name() == "sqlite" and parsed.database in (None, "", ":memory:")


def create_db_engine(url: str) -> Engine:
    """An engine for ``url`` with the SQLite tuning described in the module docstring."""
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite":
        return create_engine(url, pool_pre_ping=True)

    memory = _is_memory_sqlite(url)
    if memory:
        engine = create_engine(url, connect_args={"check_same_thread": False}, poolclass=StaticPool)
    else:
        Path(parsed.database).parent.mkdir(parents=True, exist_ok=True)
        # As many kept connections as threads can use them at once (the request thread pool, the workers and
        # the housekeeper): an overflow connection is opened and closed per use, and each new SQLite
        # connection parses the schema again, which made a burst of GETs cost several times its steady work.
        engine = create_engine(url, connect_args={"check_same_thread": False, "timeout": 30},
                               pool_size=SQLITE_POOL_SIZE, max_overflow=SQLITE_POOL_SIZE)

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn, _record):
        # Let SQLAlchemy's "begin" event issue BEGIN itself (pysqlite's implicit BEGIN is deferred only).
        dbapi_conn.isolation_level = None
        cursor = dbapi_conn.cursor()
        if not memory:
            cursor.execute("PRAGMA journal_mode=DELETE")  # converts a database left in WAL mode
            cursor.execute("PRAGMA synchronous=FULL")
        cursor.execute(f"PRAGMA busy_timeout={SQLITE_BUSY_TIMEOUT_MS}")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn):
        mode = "IMMEDIATE" if conn.get_execution_options().get("docintel_write") else "DEFERRED"
        conn.exec_driver_sql(f"BEGIN {mode}")

    return engine


class Database:
    """The engine plus two kinds of session: :meth:`read` and :meth:`write` (both commit on success)."""

    def __init__(self, url: str):
        self.url = url
        self.engine = create_db_engine(url)
        self._read = sessionmaker(self.engine, expire_on_commit=False)
        self._write = sessionmaker(self.engine.execution_options(docintel_write=True), expire_on_commit=False)

    @contextmanager
    def read(self) -> Iterator[Session]:
        with _unavailable_on_fault(), self._read() as session:
            yield session

    @contextmanager
    def write(self) -> Iterator[Session]:
        """A session whose transaction holds the write lock from its first statement; commits on success."""
        with _unavailable_on_fault(), self._write() as session, session.begin():
            yield session

    def ping(self) -> None:
        with self.engine.connect() as conn:
            conn.execute(text("SELECT 1"))

    def migrate(self) -> None:
        """Bring the schema to the latest Alembic revision (idempotent; run at every start-up)."""
        with self.engine.execution_options(docintel_write=True).begin() as conn:
            cfg = alembic_config()
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, "head")

    def dispose(self) -> None:
        self.engine.dispose()


@contextmanager
def _unavailable_on_fault() -> Iterator[None]:
    """A database that cannot be read or written (disk I/O error, read-only or full disk, server down) is a
    503 ``unavailable`` for the client and a retry for a worker, never an internal error."""
    try:
        yield
    except OperationalError as exc:
        log.warning("database unavailable: %s", exc.orig if exc.orig is not None else exc)
        raise UnavailableError(
            "Cơ sở dữ liệu tạm thời không ghi hoặc đọc được (lỗi đĩa hoặc đĩa đầy). Hồ sơ đã lưu không bị mất; "
            "vui lòng thử lại sau ít phút.", code=ErrorCode.SERVICE_UNAVAILABLE,
        ) from exc


def alembic_config(url: str | None = None) -> Config:
    """An Alembic configuration pointing at ``service/migrations`` (no alembic.ini needed)."""
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    if url:
        cfg.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    return cfg
