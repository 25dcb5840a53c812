"""Time the register of incoming documents on a large year: the JSON rows and the .xlsx export.

    python scripts/bench_register.py [N]      # N documents in a temporary SQLite database (default 5000)

The documents are inserted with their register entries directly (no extraction), all in one year, so the
figures are the register's own cost: the query behind ``GET /v1/register`` and ``register.xlsx``'s workbook.
"""

from __future__ import annotations

import datetime as dt
import sys
import tempfile
import time
from pathlib import Path


def main(count: int) -> None:
    sys.path.insert(0, str(Path.cwd()))  # measure the tree run from (a worktree or a checkout of main)
    from service.db import Database
    from service.models import Document, Job, RegisterEntry
    from service.register import register_rows, register_xlsx

    with tempfile.TemporaryDirectory() as tmp:
        db = Database(f"sqlite:///{tmp}/bench.db")
        db.migrate()
        start = dt.datetime(2026, 1, 2, 1, 0, tzinfo=dt.UTC)
        with db.write() as session:
            for i in range(1, count + 1):
                doc = Document(id=f"{i:016x}", sha256=f"{i:064x}", media_type="text/plain", size_bytes=1,
                               reviewed=False, created_at=start + dt.timedelta(minutes=i), kind="ke_hoach",
                               number=f"{i}/KH-UBND", issuer_name="ỦY BAN NHÂN DÂN HUYỆN THANH OAI",
                               subject="Tổ chức Tuần lễ hưởng ứng học tập suốt đời năm 2026 trên địa bàn huyện",
                               issue_date=dt.date(2025, 12, 30))
                session.add(doc)
                session.add(Job(document=doc, status="done"))
                session.add(RegisterEntry(document_id=doc.id, arrival_year=2026, arrival_number=i,
                                          arrived_at=doc.created_at, recipient="Phòng Giáo dục và Đào tạo"))
        register_rows(db, dt.date(2026, 1, 1), dt.date(2026, 1, 1))  # first query: mapper set-up, statement cache
        t0 = time.perf_counter()
        rows = register_rows(db, dt.date(2026, 1, 1), dt.date(2026, 12, 31))
        t1 = time.perf_counter()
        body = register_xlsx(rows, dt.date(2026, 1, 1), dt.date(2026, 12, 31))
        t2 = time.perf_counter()
        db.dispose()
    print(f"{count} documents: rows {t1 - t0:.2f} s, xlsx {t2 - t1:.2f} s ({len(body) / 1024:.0f} KB)")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 5000)
