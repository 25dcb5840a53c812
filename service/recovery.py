"""Start-up reconciliation of stored uploads with the database.

An upload is written to ``DATA_DIR/files/`` (with its document id, display name and time beside it) before
its row is committed. If the database later loses rows — restored from an old copy, its journal deleted
after a crash, replaced by an empty one — the files are still there. At every start-up each stored upload
that no document refers to is registered again under its original id and queued, so the clerk finds the
document again (processed anew; a review saved only in the lost rows cannot come back) instead of it
vanishing without a word. Each one is logged, and ``/readyz`` reports how many were recovered.
"""

from __future__ import annotations

import datetime as dt
import logging
import re
from dataclasses import dataclass, field

from sqlalchemy import select

from extractor import ingest
from extractor.errors import DocintelError
from extractor.limits import Limits
from service import register
from service.db import Database
from service.documents import new_id
from service.models import Document, utcnow
from service.queue import JobQueue
from service.storage import Storage

log = logging.getLogger(__name__)

_DOCUMENT_ID = re.compile(r"^[0-9a-f]{16}$")
UNKNOWN_MEDIA_TYPE = "application/octet-stream"


@dataclass
class Recovery:
    """What the start-up reconciliation did."""

    reregistered: list[str] = field(default_factory=list)  # document ids

    def summary(self) -> dict[str, object]:
        return {"reregistered_uploads": len(self.reregistered)}


def _created_at(value: object) -> dt.datetime:
    try:
        created = dt.datetime.fromisoformat(str(value))
    except ValueError:
        return utcnow()
    return created if created.tzinfo else created.replace(tzinfo=dt.UTC)


def reregister_orphaned_uploads(db: Database, storage: Storage, queue: JobQueue, *, limits: Limits) -> Recovery:
    """Register and queue every stored upload without a document row (see the module docstring)."""
    recovery = Recovery()
    with db.read() as session:
        known = set(session.scalars(select(Document.sha256)))
        taken_ids = set(session.scalars(select(Document.id)))
    for sha256 in sorted(set(storage.stored_digests()) - known):
        info = storage.upload_info(sha256)
        data = storage.read(sha256)
        filename = info.get("filename") if isinstance(info.get("filename"), str) else None
        try:
            intake = ingest.inspect(data, limits, filename=filename)
            media_type, pages = intake.media_type, intake.pages
        except DocintelError:
            # accepted once; the job will fail with the precise code if it cannot be read now
            media_type, pages = UNKNOWN_MEDIA_TYPE, None
        doc_id = str(info.get("id", ""))
        if not _DOCUMENT_ID.match(doc_id) or doc_id in taken_ids:
            doc_id = new_id()
        with db.write() as session:
            doc = Document(id=doc_id, sha256=sha256, media_type=media_type, size_bytes=len(data),
                           filename=filename, reviewed=False, created_at=_created_at(info.get("created_at")))
            session.add(doc)
            queue.enqueue(session, doc, pages_total=pages)
            register.register_arrival(session, doc)  # a new số đến: the lost rows' numbers are not known
        taken_ids.add(doc_id)
        recovery.reregistered.append(doc_id)
        log.warning("stored upload %s (%s) had no document in the database: registered again as %s and queued",
                    sha256[:12], filename or "no name", doc_id)
    return recovery
