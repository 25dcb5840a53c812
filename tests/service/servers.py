"""Real PostgreSQL and Redis servers for tests and benchmarks: Debian's binaries (scripts/setup.sh installs
them), started on free local ports in temporary directories and stopped afterwards — never a system service.

PostgreSQL refuses to run as root, so as root the cluster belongs to the ``postgres`` user (created by the
Debian package) and its commands run through ``runuser``.
"""

from __future__ import annotations

import glob
import os
import shutil
import signal
import socket
import subprocess
import tempfile
import time
from pathlib import Path

PG_BIN_GLOB = "/usr/lib/postgresql/*/bin"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def wait_for(condition, timeout: float, what: str, interval: float = 0.05) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out after {timeout} s waiting for {what}")
        time.sleep(interval)


def _port_open(port: int) -> bool:
    try:
        with socket.create_connection(("127.0.0.1", port), timeout=0.5):
            return True
    except OSError:
        return False


def pg_bin() -> Path | None:
    found = sorted(glob.glob(PG_BIN_GLOB), key=lambda p: int(Path(p).parent.name) if Path(p).parent.name.isdigit()
                   else 0)
    return Path(found[-1]) if found and (Path(found[-1]) / "initdb").exists() else None


def servers_available() -> str | None:
    """``None`` when both servers can be started here, else why not."""
    if pg_bin() is None:
        return "PostgreSQL is not installed (scripts/setup.sh installs the Debian package)"
    if shutil.which("redis-server") is None:
        return "redis-server is not installed (scripts/setup.sh installs the Debian package)"
    return None


class PostgresServer:
    """A throw-away PostgreSQL cluster; :attr:`url` is a SQLAlchemy URL of its ``docintel`` database."""

    def __init__(self) -> None:
        self.bin = pg_bin()
        self.dir = Path(tempfile.mkdtemp(prefix="docintel-pg-"))
        self.port = free_port()
        self.as_root = os.geteuid() == 0
        self.proc: subprocess.Popen | None = None
        self.version = ""

    def _cmd(self, *args: str) -> list[str]:
        return ["runuser", "-u", "postgres", "--", *args] if self.as_root else list(args)

    def start(self) -> PostgresServer:
        data = self.dir / "data"
        if self.as_root:
            shutil.chown(self.dir, "postgres")
        subprocess.run(self._cmd(str(self.bin / "initdb"), "-D", str(data), "-U", "postgres", "-A", "trust",
                                 "-E", "UTF8", "--no-sync"), check=True, capture_output=True)
        log = open(self.dir / "server.log", "ab")  # noqa: SIM115 - the server writes to it for its whole life
        self.proc = subprocess.Popen(
            self._cmd(str(self.bin / "postgres"), "-D", str(data), "-p", str(self.port), "-k", str(self.dir),
                      "-h", "127.0.0.1", "-c", "fsync=off", "-c", "full_page_writes=off",
                      "-c", "synchronous_commit=off", "-c", "max_connections=200"),
            stdout=log, stderr=subprocess.STDOUT, start_new_session=True)
        wait_for(lambda: self.proc.poll() is not None or _port_open(self.port), 60, "PostgreSQL to listen")
        if self.proc.poll() is not None:
            raise AssertionError((self.dir / "server.log").read_text())
        import psycopg

        wait_for(self._accepts, 30, "PostgreSQL to accept connections")
        with psycopg.connect(f"host=127.0.0.1 port={self.port} user=postgres dbname=postgres",
                             autocommit=True) as conn:
            conn.execute("CREATE DATABASE docintel")
            self.version = conn.execute("SHOW server_version").fetchone()[0]
        return self

    def _accepts(self) -> bool:
        import psycopg

        try:
            psycopg.connect(f"host=127.0.0.1 port={self.port} user=postgres dbname=postgres", connect_timeout=2).close()
            return True
        except psycopg.OperationalError:
            return False

    @property
    def url(self) -> str:
        return self.database_url("docintel")

    def database_url(self, name: str) -> str:
        return f"postgresql+psycopg://postgres@127.0.0.1:{self.port}/{name}"

    def create_database(self, name: str) -> str:
        """A new empty database; returns its URL."""
        import psycopg

        with psycopg.connect(f"host=127.0.0.1 port={self.port} user=postgres dbname=postgres",
                             autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
            conn.execute(f'CREATE DATABASE "{name}"')
        return self.database_url(name)

    def stop(self) -> None:
        if self.proc is not None and self.proc.poll() is None:
            os.killpg(self.proc.pid, signal.SIGINT)  # "fast" shutdown
            try:
                self.proc.wait(30)
            except subprocess.TimeoutExpired:
                os.killpg(self.proc.pid, signal.SIGKILL)
                self.proc.wait(10)
        shutil.rmtree(self.dir, ignore_errors=True)


class RedisServer:
    """A throw-away Redis with an append-only file, so that a restart keeps what it had acknowledged."""

    def __init__(self) -> None:
        self.dir = Path(tempfile.mkdtemp(prefix="docintel-redis-"))
        self.port = free_port()
        self.proc: subprocess.Popen | None = None

    @property
    def url(self) -> str:
        return f"redis://127.0.0.1:{self.port}/0"

    def start(self) -> RedisServer:
        log = open(self.dir / "server.log", "ab")  # noqa: SIM115
        self.proc = subprocess.Popen(
            ["redis-server", "--port", str(self.port), "--bind", "127.0.0.1", "--dir", str(self.dir),
             "--save", "", "--appendonly", "yes", "--appendfsync", "everysec", "--daemonize", "no"],
            stdout=log, stderr=subprocess.STDOUT)
        wait_for(lambda: self.proc.poll() is not None or _port_open(self.port), 30, "Redis to listen")
        if self.proc.poll() is not None:
            raise AssertionError((self.dir / "server.log").read_text())
        return self

    @property
    def version(self) -> str:
        out = subprocess.run(["redis-server", "--version"], capture_output=True, text=True).stdout
        return next((part.split("=", 1)[1] for part in out.split() if part.startswith("v=")), out.strip())

    def kill(self) -> None:
        """``kill -9``: whatever was not yet in the append-only file is lost."""
        self.proc.kill()
        self.proc.wait(10)

    def stop(self) -> None:
        if self.proc is not None and self.proc.poll() is None:
            self.proc.terminate()
            self.proc.wait(10)

    def close(self) -> None:
        self.stop()
        shutil.rmtree(self.dir, ignore_errors=True)



def empty_postgresql(url: str) -> None:
    """Drop every table of a scratch database (the whole public schema, so a new table needs no list here)."""
    from sqlalchemy import text

    from service.db import Database

    database = Database(url)
    with database.engine.begin() as conn:
        conn.execute(text("DROP SCHEMA public CASCADE"))
        conn.execute(text("CREATE SCHEMA public"))
    database.dispose()
