#!/usr/bin/env python3
"""Load benchmark of the HTTP service (not a test): concurrent uploads while clients keep polling.

It starts ``python -m service`` on a free loopback port with a fresh data directory, then at once:

- submits 50 text directives and 10 scanned PDFs concurrently (``POST /v1/documents``); the texts are the
  corpus sources, each made unique by a numbered line so that none is deduplicated; the scans are the
  degraded ``scan.pdf`` renders of ``scripts/make_scans.py`` (generated and cached under build/scans);
- keeps several clients polling ``GET /v1/documents/{id}`` and ``GET /v1/documents`` (a review page and a
  script watching progress) until every document is finished, timing each GET;
- samples the memory of the server and all its worker processes (and their Tesseract children);
- once every document is done, measures GETs over eight routes (list, document, record, text, evidence,
  versions, calendar.ics, assignments.csv): 10 clients back to back (throughput), 10 clients each pausing
  about 0.25 s between GETs (a clerk office: p95 target ≤ 100 ms), and 200 GETs released at once (a burst).

It reports throughput (documents and pages per minute, from the first upload to the last document done),
upload latency, p50/p95/max latency of the GETs made while OCR was running (target p95 ≤ 100 ms), and the
peak memory (sum of RSS and of PSS over the process tree). Usage::

    .venv/bin/python scripts/bench_service.py                 # 50 texts + 10 scans, one worker per core
    .venv/bin/python scripts/bench_service.py --texts 10 --scans 2 --json out/bench.json
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

import httpx
import psutil

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "corpus"


@dataclass
class Upload:
    name: str
    data: bytes
    kind: str  # text | scan
    doc_id: str | None = None
    status: str | None = None
    pages: int = 0
    error: str | None = None
    latency_ms: float = 0.0


@dataclass
class Samples:
    get_ms: list[float] = field(default_factory=list)
    get_errors: int = 0
    rss_peak: int = 0
    pss_peak: int = 0
    api_rss_peak: int = 0
    processes_peak: int = 0


# ------------------------------------------------------------------------------------------ inputs


def text_inputs(n: int) -> list[Upload]:
    sources = sorted(CORPUS.glob("*/source.txt"))
    if not sources:
        raise SystemExit(f"bench_service: no corpus/*/source.txt under {CORPUS}")
    uploads = []
    for i in range(n):
        path = sources[i % len(sources)]
        text = path.read_text(encoding="utf-8") + f"\n(Bản số {i + 1} — benchmark)\n"
        uploads.append(Upload(f"{path.parent.name}-{i + 1}.txt", text.encode("utf-8"), "text"))
    return uploads


def scan_inputs(n: int) -> list[Upload]:
    from evaluation import make_scans

    ids = [doc_id for doc_id, _ in make_scans.corpus_documents(CORPUS)][:n]
    if len(ids) < n:
        raise SystemExit(f"bench_service: only {len(ids)} corpus documents to scan, {n} asked")
    print(f"rendering/reusing {n} scans (scripts/make_scans.py, cached in build/scans) …", flush=True)
    sets = make_scans.ensure_scans(only=ids)
    return [Upload(f"{s.doc_id}-scan.pdf", s.scan.read_bytes(), "scan", pages=len(s.pages)) for s in sets]


# ------------------------------------------------------------------------------------------ server


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def start_server(data_dir: Path, workers: int, executor: str, log_path: Path) -> tuple[subprocess.Popen, str]:
    port = free_port()
    env = {**{k: v for k, v in os.environ.items() if not k.startswith("DOCINTEL_")},
           "HOST": "127.0.0.1", "PORT": str(port), "DATA_DIR": str(data_dir), "WORKERS": str(workers),
           "EXECUTOR": executor, "LOG_LEVEL": "warning"}
    log = open(log_path, "wb")  # noqa: SIM115 - the server writes to it for its whole life
    proc = subprocess.Popen([sys.executable, "-m", "service"], cwd=ROOT, env=env, stdout=log,
                            stderr=subprocess.STDOUT)
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise SystemExit(f"server exited ({proc.returncode}); see {log_path}")
        try:
            if httpx.get(f"{base}/readyz", timeout=2).status_code == 200:
                return proc, base
        except httpx.HTTPError:
            pass
        time.sleep(0.2)
    proc.kill()
    raise SystemExit(f"server not ready after 120 s; see {log_path}")


def sample_memory(pid: int, samples: Samples, stop: threading.Event) -> None:
    root = psutil.Process(pid)
    while not stop.is_set():
        try:
            procs = [root, *root.children(recursive=True)]
            rss = pss = 0
            for proc in procs:
                try:
                    info = proc.memory_full_info()
                except (psutil.NoSuchProcess, psutil.AccessDenied):
                    continue
                rss += info.rss
                pss += getattr(info, "pss", info.rss)
            samples.rss_peak = max(samples.rss_peak, rss)
            samples.pss_peak = max(samples.pss_peak, pss)
            samples.api_rss_peak = max(samples.api_rss_peak, root.memory_info().rss)
            samples.processes_peak = max(samples.processes_peak, len(procs))
        except psutil.NoSuchProcess:
            return
        stop.wait(0.25)


# ------------------------------------------------------------------------------------------ load


def submit(base: str, item: Upload) -> None:
    started = time.perf_counter()
    with httpx.Client(base_url=base, timeout=120) as client:
        response = client.post("/v1/documents", files={"file": (item.name, item.data)})
    item.latency_ms = (time.perf_counter() - started) * 1000
    if response.status_code not in (200, 202):
        item.status, item.error = "rejected", f"{response.status_code} {response.json().get('code')}"
        return
    item.doc_id, item.status = response.json()["id"], response.json()["status"]


def poll(base: str, items: list[Upload], samples: Samples, ocr_running: threading.Event, stop: threading.Event,
         seed: int, pause_s: float) -> None:
    rng = random.Random(seed)
    with httpx.Client(base_url=base, timeout=30) as client:
        while not stop.is_set():
            ready = [i for i in items if i.doc_id]
            if not ready:
                time.sleep(0.01)
                continue
            path = (f"/v1/documents/{rng.choice(ready).doc_id}" if rng.random() < 0.75
                    else "/v1/documents?limit=20")
            started = time.perf_counter()
            try:
                response = client.get(path)
                ok = response.status_code == 200
            except httpx.HTTPError:
                ok = False
            elapsed = (time.perf_counter() - started) * 1000
            if not ok:
                samples.get_errors += 1
            elif ocr_running.is_set():
                samples.get_ms.append(elapsed)
            stop.wait(pause_s)


def get_routes(doc_ids: list[str]) -> list[list[str]]:
    """The eight GET routes a review page and a script use, each over the processed documents."""
    kinds = [["/v1/documents?limit=20"]]
    for suffix in ("", "/record", "/text", "/evidence", "/versions", "/calendar.ics", "/assignments.csv"):
        kinds.append([f"/v1/documents/{doc_id}{suffix}" for doc_id in doc_ids])
    return kinds


def timed_get(client: httpx.Client, path: str) -> tuple[float, bool]:
    started = time.perf_counter()
    try:
        ok = client.get(path).status_code in (200, 404)  # 404: a calendar with no dated event
    except httpx.HTTPError:
        ok = False
    return (time.perf_counter() - started) * 1000, ok


def get_load(base: str, doc_ids: list[str], clients: int, seconds: float, pause_s: float, seed: int = 7) -> dict:
    """``clients`` clients each GETting the routes for ``seconds``, ``pause_s`` apart (0: back to back)."""
    routes = [path for kind in get_routes(doc_ids) for path in kind]
    times: list[float] = []
    errors = 0
    lock = threading.Lock()
    deadline = time.perf_counter() + seconds

    def client_loop(n: int) -> None:
        nonlocal errors
        rng = random.Random(seed + n)
        with httpx.Client(base_url=base, timeout=30) as client:
            while time.perf_counter() < deadline:
                elapsed, ok = timed_get(client, rng.choice(routes))
                with lock:
                    times.append(elapsed)
                    errors += not ok
                if pause_s:
                    time.sleep(rng.uniform(0.5, 1.5) * pause_s)

    started = time.perf_counter()
    threads = [threading.Thread(target=client_loop, args=(n,)) for n in range(clients)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    wall = time.perf_counter() - started
    return {"clients": clients, "pause_s": pause_s, "requests": len(times), "errors": errors,
            "requests_per_s": round(len(times) / wall, 1), **latency(times)}


def get_burst(base: str, doc_ids: list[str], n: int) -> dict:
    """``n`` GETs over the eight routes, each on its own connection, released at the same instant."""
    kinds = get_routes(doc_ids)
    paths = [kinds[i % len(kinds)][(i // len(kinds)) % len(kinds[i % len(kinds)])] for i in range(n)]
    clients = [httpx.Client(base_url=base, timeout=60) for _ in range(n)]
    barrier = threading.Barrier(n + 1)
    results: list[tuple[float, bool]] = [(0.0, False)] * n

    def one(i: int) -> None:
        barrier.wait()
        results[i] = timed_get(clients[i], paths[i])

    threads = [threading.Thread(target=one, args=(i,)) for i in range(n)]
    for thread in threads:
        thread.start()
    barrier.wait()
    started = time.perf_counter()
    for thread in threads:
        thread.join()
    wall = time.perf_counter() - started
    for client in clients:
        client.close()
    times = [t for t, _ in results]
    return {"requests": n, "errors": sum(not ok for _, ok in results), "seconds": round(wall, 2),
            "requests_per_s": round(n / wall, 1), **latency(times)}


def with_server_cpu(pid: int, measure) -> dict:
    """``measure()``'s figures plus the server process's CPU time per request: the work each GET costs,
    which, unlike latency, does not depend on what else the machine is running."""
    server = psutil.Process(pid)
    before = server.cpu_times()
    figures = measure()
    after = server.cpu_times()
    cpu_s = (after.user - before.user) + (after.system - before.system)
    return {**figures, "server_cpu_ms_per_request": round(cpu_s * 1000 / max(1, figures["requests"]), 2)}


def latency(times: list[float]) -> dict:
    return {"p50_ms": round(percentile(times, 0.5), 1), "p95_ms": round(percentile(times, 0.95), 1),
            "max_ms": round(max(times), 1) if times else None}


def percentile(values: list[float], q: float) -> float:
    if not values:
        return float("nan")
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(q * (len(ordered) - 1))))]


def run(args: argparse.Namespace) -> dict:
    texts, scans = text_inputs(args.texts), scan_inputs(args.scans) if args.scans else []
    load_before = os.getloadavg()
    items = texts + scans
    rng = random.Random(1)
    rng.shuffle(items)
    data_dir = Path(tempfile.mkdtemp(prefix="docintel-bench-"))
    log_path = data_dir / "server.log"
    proc, base = start_server(data_dir / "data", args.workers, args.executor, log_path)
    samples = Samples()
    stop, ocr_running = threading.Event(), threading.Event()
    threads = [threading.Thread(target=sample_memory, args=(proc.pid, samples, stop), daemon=True)]
    threads += [threading.Thread(target=poll, args=(base, items, samples, ocr_running, stop, n, args.poll_pause),
                                 daemon=True) for n in range(args.pollers)]
    try:
        for thread in threads:
            thread.start()
        print(f"server {base} (pid {proc.pid}, {args.workers} {args.executor} workers); submitting {len(texts)} "
              f"texts and {len(scans)} scans ({sum(s.pages for s in scans)} pages) …", flush=True)
        ocr_running.set()
        started = time.perf_counter()
        with ThreadPoolExecutor(max_workers=args.concurrency) as pool:
            list(pool.map(lambda item: submit(base, item), items))
        submitted = time.perf_counter() - started
        finished: dict[str, float] = {}
        with httpx.Client(base_url=base, timeout=30) as client:
            while True:
                pending = [i for i in items if i.doc_id and i.doc_id not in finished]
                for item in pending:
                    body = client.get(f"/v1/documents/{item.doc_id}").json()
                    if body["status"] in ("done", "failed"):
                        finished[item.doc_id] = time.perf_counter() - started
                        item.status = body["status"]
                        item.pages = body["progress"]["pages_total"] or item.pages
                        item.error = (body.get("error") or {}).get("code")
                if not any(i.kind == "scan" and i.doc_id and i.doc_id not in finished for i in items):
                    ocr_running.clear()
                if not pending:
                    break
                if time.perf_counter() - started > args.timeout:
                    raise SystemExit(f"bench_service: {len(pending)} documents unfinished after {args.timeout} s")
                time.sleep(0.5)
        elapsed = max(finished.values()) if finished else 0.0
        done_ids = [i.doc_id for i in items if i.status == "done"][:20]
        idle_gets: dict = {}
        if done_ids and args.office_seconds > 0:
            print(f"GET load: {args.office_clients} clients for {args.office_seconds:g} s back to back, then "
                  f"{args.office_pause:g} s apart, then a burst of {args.burst} …", flush=True)
            get_burst(base, done_ids, 16)  # warm-up: first requests of each route
            idle_gets["saturated"] = with_server_cpu(proc.pid, lambda: get_load(
                base, done_ids, args.office_clients, args.office_seconds, 0))
            idle_gets["office"] = with_server_cpu(proc.pid, lambda: get_load(
                base, done_ids, args.office_clients, args.office_seconds, args.office_pause))
        if done_ids and args.burst > 0:
            idle_gets["burst"] = with_server_cpu(proc.pid, lambda: get_burst(base, done_ids, args.burst))
    finally:
        stop.set()
        for thread in threads:
            thread.join(5)
        proc.send_signal(signal.SIGTERM)
        try:
            proc.wait(30)
        except subprocess.TimeoutExpired:
            proc.kill()
        if not args.keep:
            shutil.rmtree(data_dir, ignore_errors=True)

    def last_done(kind: str) -> float:
        times = [finished[i.doc_id] for i in items if i.kind == kind and i.doc_id in finished]
        return max(times) if times else 0.0

    done = [i for i in items if i.status == "done"]
    pages = sum(i.pages for i in done)
    uploads_ms = [i.latency_ms for i in items]
    report = {
        "documents": {"texts": len(texts), "scans": len(scans), "scan_pages": sum(s.pages for s in scans),
                      "done": len(done), "failed": {i.name: i.error for i in items if i.status != "done"}},
        "workers": args.workers, "executor": args.executor, "cores": os.cpu_count(),
        "load_average": {"before": [round(x, 2) for x in load_before],
                         "after": [round(x, 2) for x in os.getloadavg()]},
        "polling": {"clients": args.pollers, "pause_s": args.poll_pause},
        "seconds": {"submit_all": round(submitted, 2), "texts_done": round(last_done("text"), 2),
                    "scans_done": round(last_done("scan"), 2), "all_done": round(elapsed, 2)},
        "throughput": {"documents_per_min": round(len(done) / elapsed * 60, 1) if elapsed else None,
                       "pages_per_min": round(pages / elapsed * 60, 1) if elapsed else None,
                       "scan_pages_per_min": round(sum(i.pages for i in done if i.kind == "scan")
                                                   / last_done("scan") * 60, 1) if last_done("scan") else None},
        "upload_ms": {"p50": round(percentile(uploads_ms, 0.5), 1), "p95": round(percentile(uploads_ms, 0.95), 1),
                      "max": round(max(uploads_ms), 1)},
        "get_ms_while_ocr": {"count": len(samples.get_ms), "errors": samples.get_errors,
                             "p50": round(percentile(samples.get_ms, 0.5), 1),
                             "p95": round(percentile(samples.get_ms, 0.95), 1),
                             "max": round(max(samples.get_ms), 1) if samples.get_ms else None,
                             "mean": round(statistics.fmean(samples.get_ms), 1) if samples.get_ms else None},
        "get_after_processing": idle_gets,
        "memory_mb": {"peak_rss_sum": round(samples.rss_peak / 2**20), "peak_pss_sum": round(samples.pss_peak / 2**20),
                      "peak_api_process_rss": round(samples.api_rss_peak / 2**20),
                      "peak_processes": samples.processes_peak},
    }
    return report


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--texts", type=int, default=50)
    parser.add_argument("--scans", type=int, default=10)
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 1, help="service WORKERS")
    parser.add_argument("--executor", choices=["process", "thread"], default="process",
                        help="service EXECUTOR: 'thread' shows what running the pipeline under the API's GIL costs")
    parser.add_argument("--concurrency", type=int, default=16, help="parallel uploads")
    parser.add_argument("--pollers", type=int, default=4, help="clients polling GETs")
    parser.add_argument("--poll-pause", type=float, default=0.05, help="seconds between one client's GETs")
    parser.add_argument("--timeout", type=float, default=1800)
    parser.add_argument("--office-clients", type=int, default=10,
                        help="after processing: clients GETting the 8 routes back to back (a clerk office)")
    parser.add_argument("--office-seconds", type=float, default=20, help="how long they do (0: skip)")
    parser.add_argument("--office-pause", type=float, default=0.25,
                        help="then again with this pause between one client's GETs (a clerk's page and its polling)")
    parser.add_argument("--burst", type=int, default=200, help="then this many GETs at once (0: skip)")
    parser.add_argument("--json", type=Path, help="also write the report here")
    parser.add_argument("--keep", action="store_true", help="keep the data directory and server log")
    args = parser.parse_args(argv)
    report = run(args)
    text = json.dumps(report, ensure_ascii=False, indent=2)
    print(text)
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(text + "\n", encoding="utf-8")
    target = report["get_ms_while_ocr"]["p95"]
    print(f"\nGET p95 while OCR runs: {target} ms (target ≤ 100 ms) — {'OK' if target <= 100 else 'MISSED'}")
    for name, figures in report["get_after_processing"].items():
        print(f"GET {name}: {figures['requests_per_s']} requests/s, p95 {figures['p95_ms']} ms, "
              f"max {figures['max_ms']} ms, {figures['errors']} errors, "
              f"server CPU {figures['server_cpu_ms_per_request']} ms/request")
    return 0


if __name__ == "__main__":
    sys.exit(main())
