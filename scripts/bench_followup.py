"""How long the follow-up routes take over many documents (the list is built in Python from every current record).

    .venv/bin/python scripts/bench_followup.py [--documents 2000] [--repeat 5]

Fills a scratch SQLite database with ``--documents`` processed documents (each: 3 agencies with 4 tasks, 3
reporting deadlines, an event week and a timed opening ceremony: 17 items) and a done mark on every tenth
deadline, then times GET /v1/followup (first page, and a filtered one), the .xlsx book and the calendar feed
in process. Prints the median of ``--repeat`` runs per route.
"""

from __future__ import annotations

import argparse
import datetime as dt
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from fastapi.testclient import TestClient  # noqa: E402

from service.app import create_app  # noqa: E402
from service.followup import load_items  # noqa: E402
from service.models import JOB_DONE, Document, FollowupEvent, Job, RecordVersion  # noqa: E402
from service.settings import Settings  # noqa: E402


def record(n: int) -> dict:
    day = dt.date(2026, 1, 1) + dt.timedelta(days=n % 300)
    return {
        "schema_version": "1.0",
        "document": {"kind": "ke_hoach", "number": f"{n}/KH-UBND", "issue_date": day.isoformat(), "place": None,
                     "subject": f"Kế hoạch số {n}", "urgency": None, "secrecy": None},
        "issuer": {"name": f"UBND HUYỆN {n % 40}", "parent": None},
        "addressees": [], "parent_directives": [], "distribution": [], "warnings": [],
        "event": {"name": f"Tuần lễ {n}", "theme": None, "start_date": (day + dt.timedelta(days=20)).isoformat(),
                  "end_date": (day + dt.timedelta(days=26)).isoformat(),
                  "opening_ceremony": {"date": (day + dt.timedelta(days=20)).isoformat(), "time": "08:00",
                                       "venue": "Hội trường", "mode": None}},
        "assignments": [{"agency": f"Phòng {a} số {n % 17}",
                         "tasks": [f"Nhiệm vụ {t} của văn bản {n}" for t in range(4)]} for a in range(3)],
        "reporting": [{"deadline": (day + dt.timedelta(days=30 + a)).isoformat(), "relation": "before",
                       "reporters": f"Phòng {a} số {n % 17}", "recipient": "UBND huyện", "email": None,
                       "content": "báo cáo kết quả"} for a in range(3)],
        "signer": {"authority": None, "title": None, "name": None},
    }


def fill(app, documents: int) -> None:
    db = app.state.services.db
    with db.write() as session:
        for n in range(documents):
            doc_id = f"{n:016x}"
            rec = record(n)
            session.add(Document(id=doc_id, sha256=f"{n:064x}", media_type="text/plain", size_bytes=1,
                                 reviewed=False, kind="ke_hoach", number=rec["document"]["number"],
                                 issuer_name=rec["issuer"]["name"],
                                 issue_date=dt.date.fromisoformat(rec["document"]["issue_date"])))
            session.add(Job(document_id=doc_id, status=JOB_DONE))
            session.add(RecordVersion(document_id=doc_id, kind="extracted", revision=0, record=rec))
    with db.write() as session:
        for item in load_items(session)[::30]:
            session.add(FollowupEvent(item_key=item.key, document_id=item.document.id, pointer=item.pointer,
                                      text_hash=item.digest, item_text=item.text, action="done", actor="Lan"))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--documents", type=int, default=2000)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        settings = Settings(data_dir=Path(tmp), executor="thread", workers=1)
        with TestClient(create_app(settings)) as client:
            fill(client.app, args.documents)
            routes = {
                "GET /v1/followup (first 50)": "/v1/followup",
                "GET /v1/followup?status=overdue&agency=phong 1": "/v1/followup?status=overdue&agency=phong%201",
                "GET /v1/followup.xlsx": "/v1/followup.xlsx",
                "GET /v1/calendar.ics": "/v1/calendar.ics",
            }
            total = client.get("/v1/followup?limit=1").json()["total"]
            print(f"{args.documents} documents, {total} follow-up items")
            for name, url in routes.items():
                times = []
                for _ in range(args.repeat):
                    start = time.perf_counter()
                    response = client.get(url)
                    times.append(time.perf_counter() - start)
                    assert response.status_code == 200, response.text
                print(f"{name:55s} median {statistics.median(times) * 1000:8.0f} ms  ({len(response.content):,} bytes)")


if __name__ == "__main__":
    main()
