"""Plan records as the service stores them: validation of corrections, versions, and the index columns.

The *current* record of a document is its latest reviewed revision, else the extracted one. The index
columns of :class:`~service.models.Document` (kind, number, issuer, dates, search text) always follow the
current record, so a clerk's correction of the issue date also changes which date filter finds the document.

Search text is folded for matching without a full-text engine: NFC, case-folded, white space collapsed, and
followed by the same text without diacritics (``đ`` → ``d``), so ``Bến Cát``, ``bến cát`` and ``ben cat``
all find the document with one portable ``LIKE``.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from typing import Any

from pydantic import ValidationError
from sqlalchemy import select
from sqlalchemy.orm import Session

from extractor.errors import InvalidRecordError
from extractor.record import PlanRecord
from service.codes import ErrorCode
from service.links import index_links
from service.models import VERSION_EXTRACTED, VERSION_REVIEWED, Document, RecordVersion

_SPACE = re.compile(r"\s+")


def fold(text: str) -> str:
    """NFC, case-folded, white space collapsed."""
    return _SPACE.sub(" ", unicodedata.normalize("NFC", text).casefold()).strip()


def strip_diacritics(text: str) -> str:
    decomposed = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    return unicodedata.normalize("NFC", "".join(ch for ch in decomposed if not unicodedata.combining(ch)))


def search_key(*parts: str | None) -> str:
    """The searchable form of ``parts``: folded, then a newline, then folded without diacritics."""
    folded = fold(" ".join(p for p in parts if p))
    plain = strip_diacritics(folded)
    return folded if plain == folded else f"{folded}\n{plain}"


def like_pattern(query: str) -> str:
    """A ``LIKE`` pattern (escape character ``\\``) matching ``query`` anywhere in a :func:`search_key`."""
    needle = fold(query)
    for ch in ("\\", "%", "_"):
        needle = needle.replace(ch, "\\" + ch)
    return f"%{needle}%"


def is_empty(record: PlanRecord) -> bool:
    """True when the record states nothing: every value ``None`` or ``[]`` (``warnings`` aside)."""
    def blank(value: Any) -> bool:
        if isinstance(value, dict):
            return all(blank(v) for v in value.values())
        if isinstance(value, list):
            return all(blank(v) for v in value)
        return value is None or value == ""

    values = record.to_json()
    values.pop("schema_version")
    values.pop("warnings")
    return blank(values)


def validate_record(payload: Any, *, allow_empty: bool = False) -> PlanRecord:
    """A clerk's record validated by the model; :class:`InvalidRecordError` lists each field path.

    A record with every field empty is refused (``empty_record``) unless ``allow_empty``: an empty form sent
    by mistake would otherwise become the reviewed version.
    """
    from service.errors import located_errors

    if not isinstance(payload, dict):
        raise InvalidRecordError(
            "Hồ sơ phải là một đối tượng JSON có dạng như GET …/record trả về.",
            detail={"errors": [{"path": "", "location": "body", "message": "Phải là một đối tượng JSON.",
                                "type": "dict_type"}]},
        )
    try:
        record = PlanRecord.model_validate(payload)
    except ValidationError as exc:
        errors = [dict(err, location="body") for err in located_errors(exc.errors())]
        first = errors[0]
        raise InvalidRecordError(
            f"Hồ sơ chưa hợp lệ: {len(errors)} lỗi; lỗi đầu tiên ở {first['path'] or '/'}: {first['message']}",
            detail={"errors": errors},
        ) from None
    if not allow_empty and is_empty(record):
        raise InvalidRecordError(
            "Hồ sơ không có giá trị nào (mọi trường đều trống). Nếu thật sự muốn lưu bản trống, gửi kèm "
            "tham số allow_empty=true.",
            code=ErrorCode.EMPTY_RECORD,
        )
    return record


def stored_record(record: dict[str, Any]) -> PlanRecord:
    """A stored record as the model, for responses. Keys unknown to the model (a revision saved before unknown
    keys were refused) are left out of the response, not an error; the stored record itself is untouched."""
    return PlanRecord.model_validate(record, extra="ignore")


def _date(value: Any) -> dt.date | None:
    try:
        return dt.date.fromisoformat(value) if isinstance(value, str) else None
    except ValueError:
        return None


def index_record(doc: Document, record: dict[str, Any]) -> None:
    """Copy the filterable fields of ``record`` (the current one) onto ``doc``."""
    info = record.get("document") or {}
    issuer = record.get("issuer") or {}
    event = record.get("event") or {}
    doc.kind = info.get("kind")
    doc.number = (info.get("number") or None) and str(info["number"])[:200]
    doc.subject = info.get("subject")
    doc.issuer_name = issuer.get("name")
    doc.issuer_key = search_key(issuer.get("name"), issuer.get("parent"))
    doc.issue_date = _date(info.get("issue_date"))
    doc.event_start = _date(event.get("start_date"))
    doc.event_end = _date(event.get("end_date"))
    doc.search_text = search_key(
        info.get("number"), info.get("subject"), issuer.get("name"), issuer.get("parent"), event.get("name"),
        event.get("theme"), doc.filename, doc.text,
    )
    index_links(doc, record)  # the keys of duplicates and links between directives follow the current record


def latest_version(session: Session, document_id: str, kind: str | None = None) -> RecordVersion | None:
    """The latest reviewed revision (``kind=None`` falls back to the extracted one), or ``None``."""
    query = select(RecordVersion).where(RecordVersion.document_id == document_id)
    if kind is not None:
        query = query.where(RecordVersion.kind == kind)
    query = query.order_by(RecordVersion.revision.desc()).limit(1)
    return session.scalars(query).first()


def extracted_version(session: Session, document_id: str) -> RecordVersion | None:
    return latest_version(session, document_id, VERSION_EXTRACTED)


def reviewed_version(session: Session, document_id: str) -> RecordVersion | None:
    return latest_version(session, document_id, VERSION_REVIEWED)
