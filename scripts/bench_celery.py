#!/usr/bin/env python3
"""The same batch through the embedded queue and through Celery, side by side (not a test).

For each configuration it starts, on this machine, a fresh PostgreSQL database and an empty Redis (Debian's
servers on free ports, as the tests do: tests/service/servers.py), the API (``python -m service``) and, for
Celery, N ``celery -A service.celery_app worker --concurrency 1`` processes, each in its own directory (as
N machines would be). Then it submits the batch (default 40 corpus texts + 10 scans rendered by
scripts/make_scans.py, cached under build/scans), keeps 4 clients GETting ``/v1/documents/{id}`` and the list
while the batch runs, and waits until every document is done.

Configurations (``--configs``): ``embedded-1``/``embedded-2``: the built-in queue with 1 or 2 worker
processes inside the API, on the same PostgreSQL with files on disk; ``celery-1``/``celery-2``: QUEUE=celery
with 1 or 2 worker processes, uploads and page images in the database (STORAGE_URL), nothing shared on disk.

Reported per configuration: documents/min and pages/min (first upload to last document done), GET p95 while
the batch runs (target ≤ 100 ms), and the CPU seconds per page spent by every process involved (API, workers
and their Tesseract children, PostgreSQL, Redis): the difference between a Celery row and the embedded row
with as many workers is what going through Celery costs per page. Usage::

    .venv/bin/python scripts/bench_celery.py                       # 40 texts + 10 scans, all four configs
    .venv/bin/python scripts/bench_celery.py --texts 8 --scans 2 --configs embedded-1,celery-1
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import bench_service as bench  # beside this script (its directory is on sys.path when run as a script)
import httpx
import psutil

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests" / "service"))
from servers import PostgresServer, RedisServer, free_port, wait_for  # noqa: E402 - the test fixtures' servers


def cpu_seconds(pids: list[int]) -> float:
    """CPU time of these processes, their living descendants and every descendant they already reaped."""
    total, seen = 0.0, set()
    for pid in pids:
        try:
            root = psutil.Process(pid)
            procs = [root, *root.children(recursive=True)]
        except psutil.NoSuchProcess:
            continue
        for proc in procs:
            if proc.pid in seen:
                continue
            seen.add(proc.pid)
            try:
                t = proc.cpu_times()
            except psutil.NoSuchProcess:
                continue
            total += t.user + t.system + t.children_user + t.children_system
    return total


def start(argv: list[str], env: dict[str, str], cwd: Path, log_path: Path) -> subprocess.Popen:
    log = open(log_path, "ab")  # noqa: SIM115 - the process writes to it for its whole life
    return subprocess.Popen(argv, cwd=cwd, env=env, stdout=log, stderr=subprocess.STDOUT, start_new_session=True)


def stop(proc: subprocess.Popen) -> None:
    if proc.poll() is None:
        os.killpg(proc.pid, signal.SIGTERM)
        try:
            proc.wait(30)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait(10)


def run_config(name: str, items: list, pg: PostgresServer, redis_server: RedisServer, work: Path,
               args: argparse.Namespace) -> dict:
    engine, workers = name.split("-")
    workers = int(workers)
    database_url = pg.create_database(name.replace("-", "_"))
    import redis

    redis.Redis.from_url(redis_server.url).flushall()
    base_env = {k: v for k, v in os.environ.items() if not k.startswith("DOCINTEL_")}
    base_env.update({"DATABASE_URL": database_url, "LOG_LEVEL": "warning", "OCR_PAGE_TIMEOUT_S": "120"})
    port = free_port()
    api_env = {**base_env, "HOST": "127.0.0.1", "PORT": str(port), "DATA_DIR": str(work / name / "api")}
    if engine == "embedded":
        api_env["WORKERS"] = str(workers)
    else:
        api_env.update({"QUEUE": "celery", "BROKER_URL": redis_server.url, "STORAGE_URL": database_url})
    (work / name).mkdir(parents=True)
    procs = [start([sys.executable, "-m", "service"], api_env, ROOT, work / name / "api.log")]
    if engine == "celery":
        for n in range(workers):
            directory = work / name / f"worker{n}"
            directory.mkdir()
            env = {**base_env, "BROKER_URL": redis_server.url, "STORAGE_URL": database_url,
                   "DATA_DIR": str(directory / "data"), "PYTHONPATH": str(ROOT)}
            procs.append(start([sys.executable, "-m", "celery", "-A", "service.celery_app", "worker",
                                "--loglevel=WARNING", "--concurrency=1", "-n", f"w{n}@%h", "--without-gossip",
                                "--without-mingle"], env, directory, directory / "worker.log"))
    try:
        return measure(name, engine, workers, procs, f"http://127.0.0.1:{port}", items, pg, redis_server, args)
    finally:
        for proc in reversed(procs):
            stop(proc)


def measure(name: str, engine: str, workers: int, procs: list[subprocess.Popen], base: str, items: list,
            pg: PostgresServer, redis_server: RedisServer, args: argparse.Namespace) -> dict:
    def ready() -> bool:
        try:
            body = httpx.get(f"{base}/readyz", timeout=5).json()
        except (httpx.HTTPError, ValueError):
            return False
        checks = body.get("checks", {}).get("workers", {})
        return body.get("status") == "ready" and (engine == "embedded" or checks.get("workers") == workers)

    wait_for(ready, 180, f"{name} to be ready", interval=0.5)
    servers = [pg.proc.pid, redis_server.proc.pid]
    cpu_before = cpu_seconds([p.pid for p in procs] + servers)
    for item in items:
        item.doc_id = item.status = None
    samples = bench.Samples()
    stop_polling, processing = threading.Event(), threading.Event()
    pollers = [threading.Thread(target=bench.poll, args=(base, items, samples, processing, stop_polling, n, 0.05),
                                daemon=True) for n in range(args.pollers)]
    for thread in pollers:
        thread.start()
    processing.set()
    started = time.perf_counter()
    with ThreadPoolExecutor(max_workers=8) as pool:
        list(pool.map(lambda item: bench.submit(base, item), items))
    finished: dict[str, float] = {}
    pages: dict[str, int] = {}
    with httpx.Client(base_url=base, timeout=30) as client:
        while len(finished) < len(items):
            for item in items:
                if item.doc_id and item.doc_id not in finished:
                    body = client.get(f"/v1/documents/{item.doc_id}").json()
                    if body["status"] in ("done", "failed"):
                        finished[item.doc_id] = time.perf_counter() - started
                        item.status = body["status"]
                        pages[item.doc_id] = body["progress"]["pages_total"] or 1
            if time.perf_counter() - started > args.timeout:
                raise SystemExit(f"{name}: {len(items) - len(finished)} documents unfinished after {args.timeout} s")
            time.sleep(0.5)
    processing.clear()
    elapsed = max(finished.values())
    cpu = cpu_seconds([p.pid for p in procs] + servers) - cpu_before
    stop_polling.set()
    for thread in pollers:
        thread.join(5)
    total_pages = sum(pages.values())
    failed = [i.name for i in items if i.status != "done"]
    return {"config": name, "documents": len(items), "failed": failed, "pages": total_pages,
            "seconds": round(elapsed, 1),
            "documents_per_min": round(len(items) / elapsed * 60, 1),
            "pages_per_min": round(total_pages / elapsed * 60, 1),
            "get_p95_ms": round(bench.percentile(samples.get_ms, 0.95), 1),
            "get_p50_ms": round(bench.percentile(samples.get_ms, 0.5), 1), "gets": len(samples.get_ms),
            "get_errors": samples.get_errors,
            "cpu_s": round(cpu, 1), "cpu_ms_per_page": round(cpu * 1000 / total_pages, 1),
            "wall_ms_per_page": round(elapsed * 1000 / total_pages, 1)}


def table(rows: list[dict]) -> str:
    lines = ["| configuration | docs/min | pages/min | GET p95 (p50) ms during batch | CPU ms/page | wall s |",
             "| --- | ---: | ---: | ---: | ---: | ---: |"]
    for r in rows:
        lines.append(f"| {r['config']} | {r['documents_per_min']} | {r['pages_per_min']} | "
                     f"{r['get_p95_ms']} ({r['get_p50_ms']}) | {r['cpu_ms_per_page']} | {r['seconds']} |")
    by_name = {r["config"]: r for r in rows}
    for n in (1, 2):
        e, c = by_name.get(f"embedded-{n}"), by_name.get(f"celery-{n}")
        if e and c:
            lines.append(f"\nCelery vs embedded, {n} worker(s): {c['cpu_ms_per_page'] - e['cpu_ms_per_page']:+.1f} ms "
                         f"CPU per page, {c['wall_ms_per_page'] - e['wall_ms_per_page']:+.1f} ms wall per page")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--texts", type=int, default=40)
    parser.add_argument("--scans", type=int, default=10)
    parser.add_argument("--configs", default="embedded-1,celery-1,embedded-2,celery-2")
    parser.add_argument("--pollers", type=int, default=4, help="clients GETting while the batch runs")
    parser.add_argument("--timeout", type=float, default=1800)
    parser.add_argument("--json", type=Path, help="also write the rows here")
    args = parser.parse_args(argv)
    items = bench.text_inputs(args.texts) + (bench.scan_inputs(args.scans) if args.scans else [])
    random.Random(1).shuffle(items)
    work = Path(tempfile.mkdtemp(prefix="docintel-bench-celery-"))
    pg, redis_server = PostgresServer().start(), RedisServer().start()
    rows = []
    try:
        for name in args.configs.split(","):
            print(f"{name}: {args.texts} texts + {args.scans} scans …", flush=True)
            rows.append(run_config(name, items, pg, redis_server, work, args))
            print(json.dumps(rows[-1], ensure_ascii=False), flush=True)
    finally:
        pg.stop()
        redis_server.close()
        shutil.rmtree(work, ignore_errors=True)
    print(f"\n{os.cpu_count()} cores, PostgreSQL {pg.version}, Redis {redis_server.version}\n")
    print(table(rows))
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps(rows, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
