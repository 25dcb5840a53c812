"""Time duplicates and links (service/links.py) as the database grows: indexing a record and GET …/links.

    python scripts/bench_links.py [N ...]     # default: 1000 5000

For each N, N synthetic documents are stored in a fresh SQLite database (the migrations' schema): every one has
its own number, issuer and date, cites two earlier ones (one with an OCR slip in the number), and every tenth is
a copy of an earlier one. Printed: the time to index one record (keys and duplicate check, in its transaction),
and the time of find_links for 200 documents (median and 95th percentile), which should not grow with N.
"""

from __future__ import annotations

import random
import statistics
import sys
import tempfile
import time
from pathlib import Path


def record(n: int, cites: list[int]) -> dict:
    def number(i: int, slip: bool = False) -> str:
        text = f"{i}/KH-UBND"
        return text.replace("1", "l", 1) if slip else text

    def issuer(i: int) -> str:
        return f"ỦY BAN NHÂN DÂN XÃ SỐ {i % 97}"

    def date(i: int) -> str:
        return f"2023-{1 + i % 12:02d}-{1 + i % 28:02d}"

    return {
        "document": {"kind": "ke_hoach", "number": number(n), "issue_date": date(n), "subject": f"Kế hoạch {n}"},
        "issuer": {"name": issuer(n), "parent": "UBND HUYỆN THANH BÌNH"},
        "parent_directives": [{"kind": "ke_hoach", "number": number(c, slip=k == 1), "issue_date": date(c),
                               "issuer": issuer(c).replace("ỦY BAN NHÂN DÂN", "UBND"), "subject": None}
                              for k, c in enumerate(cites)],
    }


def run(size: int) -> None:
    sys.path.insert(0, str(Path.cwd()))  # measure the tree run from
    from service.db import Database
    from service.links import find_links
    from service.models import JOB_DONE, Document, Job, utcnow
    from service.records import index_record

    rng = random.Random(size)
    with tempfile.TemporaryDirectory() as tmp:
        db = Database(f"sqlite:///{tmp}/bench.db")
        db.migrate()
        index_ms = []
        for n in range(size):
            original = n if n % 10 or n < 10 else rng.randrange(n)  # every tenth repeats an earlier one
            cites = [rng.randrange(n) for _ in range(2)] if n > 1 else []
            with db.write() as session:
                doc = Document(id=f"{n:016x}", sha256=f"{n:064x}", media_type="text/plain", size_bytes=1,
                               reviewed=False, created_at=utcnow())
                session.add(doc)
                session.add(Job(document=doc, status=JOB_DONE))
                session.flush()
                started = time.perf_counter()
                index_record(doc, record(original, cites))
                index_ms.append((time.perf_counter() - started) * 1000)
        lookups = []
        for n in rng.sample(range(size), min(200, size)):
            started = time.perf_counter()
            implements, implemented_by = find_links(db, f"{n:016x}")
            lookups.append((time.perf_counter() - started) * 1000)
        db.dispose()

    def pct(values: list[float], q: float) -> float:
        return sorted(values)[int(q * (len(values) - 1))]

    print(f"N={size}: index {statistics.median(index_ms):.2f} ms median, {pct(index_ms, 0.95):.2f} ms p95; "
          f"links {statistics.median(lookups):.2f} ms median, {pct(lookups, 0.95):.2f} ms p95")


if __name__ == "__main__":
    for size in map(int, sys.argv[1:] or ["1000", "5000"]):
        run(size)
