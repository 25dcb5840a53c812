"""The service as deployed: ``python -m service`` under uvicorn on 127.0.0.1, driven over real HTTP.

Includes restarts in the middle of a queued batch: after ``kill -9`` and after a graceful stop, every
document still finishes, once.
"""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import psutil
import pytest
from svc_helpers import ROOT, SEED_TEXT

pytestmark = pytest.mark.slow

HERE = Path(__file__).resolve().parent


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class LiveServer:
    """One ``python -m service`` process on a data directory; can be killed and started again."""

    def __init__(self, data_dir: Path, log_path: Path, **env: str):
        self.data_dir = data_dir
        self.log_path = log_path
        self.port = free_port()
        self.base_url = f"http://127.0.0.1:{self.port}"
        inherited = {k: v for k, v in os.environ.items() if not k.startswith("DOCINTEL_")}  # prefixed names win
        self.env = {**inherited, "HOST": "127.0.0.1", "PORT": str(self.port), "DATA_DIR": str(data_dir),
                    "LOG_LEVEL": "warning", "PYTHONPATH": os.pathsep.join([str(HERE), str(ROOT)]), **env}
        self.proc: subprocess.Popen | None = None

    def start(self, timeout: float = 90.0) -> None:
        log = open(self.log_path, "ab")  # noqa: SIM115 - the child writes to it for its whole life
        self.proc = subprocess.Popen([sys.executable, "-m", "service"], cwd=ROOT, env=self.env, stdout=log,
                                     stderr=subprocess.STDOUT)
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise AssertionError(f"server exited with {self.proc.returncode}:\n{self.log_path.read_text()}")
            try:
                if httpx.get(f"{self.base_url}/readyz", timeout=2).status_code == 200:
                    return
            except httpx.HTTPError:
                pass
            time.sleep(0.2)
        raise AssertionError(f"server not ready after {timeout} s:\n{self.log_path.read_text()}")

    def children(self) -> list[psutil.Process]:
        return psutil.Process(self.proc.pid).children(recursive=True)

    def kill(self) -> list[psutil.Process]:
        """``kill -9`` the server; returns its worker processes (which must exit on their own)."""
        workers = self.children()
        self.proc.send_signal(signal.SIGKILL)
        self.proc.wait(10)
        return workers

    def terminate(self, timeout: float = 20.0) -> None:
        """SIGTERM and wait: uvicorn shuts down gracefully, then re-raises the signal (exit status -15)."""
        self.proc.send_signal(signal.SIGTERM)
        assert self.proc.wait(timeout) in (0, -signal.SIGTERM)

    def stop(self) -> None:
        if self.proc is not None and self.proc.poll() is None:
            for child in self.children():
                child.kill()
            self.proc.kill()
            self.proc.wait(10)


@pytest.fixture
def live(tmp_path: Path) -> Iterator[callable]:
    servers: list[LiveServer] = []

    def make(**env: str) -> LiveServer:
        server = LiveServer(tmp_path / "data", tmp_path / "server.log", **env)
        servers.append(server)
        return server

    yield make
    for server in servers:
        server.stop()


def status_of(base_url: str, doc_id: str) -> dict:
    return httpx.get(f"{base_url}/v1/documents/{doc_id}", timeout=10).json()


def wait_all_done(base_url: str, ids: list[str], timeout: float) -> dict[str, dict]:
    deadline = time.monotonic() + timeout
    while True:
        states = {doc_id: status_of(base_url, doc_id) for doc_id in ids}
        if all(s["status"] in ("done", "failed") for s in states.values()):
            return states
        if time.monotonic() > deadline:
            raise AssertionError({k: (v["status"], v["progress"]) for k, v in states.items()})
        time.sleep(0.3)


def submit_batch(base_url: str, n: int, pages: int, tag: str) -> list[str]:
    ids = []
    with httpx.Client(base_url=base_url, timeout=30) as client:
        for i in range(n):
            text = "\f".join(f"{tag} tài liệu {i} trang {p}" for p in range(1, pages + 1))
            response = client.post("/v1/documents", files={"file": (f"{tag}-{i}.txt", text.encode())})
            assert response.status_code == 202, response.text
            ids.append(response.json()["id"])
    return ids


def wait_for(condition, timeout: float, what: str) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {what}")
        time.sleep(0.1)


def assert_each_extracted_once(base_url: str, ids: list[str]) -> None:
    for doc_id in ids:
        versions = httpx.get(f"{base_url}/v1/documents/{doc_id}/versions", timeout=10).json()["versions"]
        assert [v["kind"] for v in versions] == ["extracted"], (doc_id, versions)
    listing = httpx.get(f"{base_url}/v1/documents", params={"limit": 100}, timeout=10).json()
    assert listing["total"] == len(ids) and {item["id"] for item in listing["items"]} == set(ids)


def test_live_server_processes_a_directive_end_to_end(live):
    server = live()
    server.start()
    with httpx.Client(base_url=server.base_url, timeout=30) as client:
        accepted = client.post("/v1/documents", files={"file": ("cv.txt", SEED_TEXT)})
        assert accepted.status_code == 202
        doc_id = accepted.json()["id"]
        doc = wait_all_done(server.base_url, [doc_id], 60)[doc_id]
        assert doc["status"] == "done" and doc["record"]["document"]["number"]
        assert client.get(f"/v1/documents/{doc_id}/record").json() == doc["record"]
        missing = client.get("/v1/documents/unknown")
        assert missing.status_code == 404 and missing.headers["content-type"] == "application/problem+json"
        assert client.get("/openapi.json").json()["info"]["title"] == "docintel"
    server.terminate()


def test_kill_9_in_the_middle_of_a_batch_loses_and_duplicates_nothing(live, tmp_path):
    gate = tmp_path / "hold-last-page"
    gate.touch()  # no job can finish before the kill, so every job seen processing is interrupted
    env = {"DOCINTEL_PROCESSOR": "svc_processors:slow", "DOCINTEL_TEST_PAGE_DELAY_S": "0.4", "WORKERS": "2",
           "DOCINTEL_TEST_GATE_FILE": str(gate)}
    server = live(**env)
    server.start()
    ids = submit_batch(server.base_url, 8, pages=5, tag="kill")

    def mid_batch() -> bool:
        states = [status_of(server.base_url, i) for i in ids]
        running = [s for s in states if s["status"] == "processing" and s["progress"]["pages_done"] >= 1]
        return len(running) >= 1 and any(s["status"] == "queued" for s in states)

    wait_for(mid_batch, 60, "a job in progress with others still queued")
    before = {i: status_of(server.base_url, i)["status"] for i in ids}
    workers = server.kill()
    assert workers, "the server had worker processes"
    psutil.wait_procs(workers, timeout=10)
    assert not any(w.is_running() and w.status() != psutil.STATUS_ZOMBIE for w in workers), "orphaned workers"

    gate.unlink()
    server.start()
    states = wait_all_done(server.base_url, ids, 120)
    assert {s["status"] for s in states.values()} == {"done"}
    assert all(s["progress"] == {"pages_done": 5, "pages_total": 5} for s in states.values())
    interrupted = [i for i, status in before.items() if status == "processing"]
    assert interrupted and all(states[i]["attempts"] == 2 for i in interrupted)
    assert_each_extracted_once(server.base_url, ids)
    # nothing was stored twice either: the same bytes are recognised as the same documents
    assert httpx.post(
        f"{server.base_url}/v1/documents",
        files={"file": ("again.txt", "\f".join(f"kill tài liệu 0 trang {p}" for p in range(1, 6)).encode())},
    ).json()["duplicate"] is True


def test_graceful_stop_in_the_middle_of_a_batch_resumes_without_counting_an_attempt(live):
    env = {"DOCINTEL_PROCESSOR": "svc_processors:slow", "DOCINTEL_TEST_PAGE_DELAY_S": "0.4", "WORKERS": "2"}
    server = live(**env)
    server.start()
    ids = submit_batch(server.base_url, 6, pages=5, tag="term")
    wait_for(lambda: any(status_of(server.base_url, i)["progress"]["pages_done"] >= 2 for i in ids), 60,
             "progress")
    server.terminate()

    server.start()
    states = wait_all_done(server.base_url, ids, 120)
    assert {s["status"] for s in states.values()} == {"done"}
    assert all(s["attempts"] == 1 for s in states.values())
    assert_each_extracted_once(server.base_url, ids)


def test_kill_9_then_deleting_the_journal_files_loses_no_document(live):
    """The report of issue 10: after a crash, the WAL files were removed and every record was gone."""
    server = live(DOCINTEL_PROCESSOR="svc_processors:paged_with_images", WORKERS="2")
    server.start()
    ids = submit_batch(server.base_url, 6, pages=2, tag="wal")
    wait_all_done(server.base_url, ids, 60)
    server.kill()
    for leftover in ("docintel.db-wal", "docintel.db-shm", "docintel.db-journal"):
        (server.data_dir / leftover).unlink(missing_ok=True)

    server.start()
    states = wait_all_done(server.base_url, ids, 60)
    assert {s["status"] for s in states.values()} == {"done"}
    assert all(s["record"] for s in states.values())
    assert_each_extracted_once(server.base_url, ids)
