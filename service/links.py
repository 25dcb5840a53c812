"""Duplicates and links between directives, found from the documents' current records.

*Keys.* Whenever a document's current record is indexed (extraction done, or a clerk's save), its number,
issuer and issue date, and each entry of its ``parent_directives``, are written to ``link_keys`` in a normalised
form: a number without spaces and diacritics, case-folded, with the characters OCR confuses read as one (``O``
and ``0``, ``l``, ``I`` and ``1``; ``Đ`` and ``D`` by the diacritics), and an issuer name unaccented with its
usual abbreviations spelt out (``UBND`` → ``ủy ban nhân dân``, ``GDĐT`` → ``giáo dục và đào tạo``).

*Duplicates.* Two documents (different bytes: the same bytes are one document already) whose number, issuer and
issue date keys are equal are the same directive: the later upload is flagged ``duplicate_of`` the earliest.
A record without a number or a date is never flagged. The clerk keeps both (the flag is cleared, the decision
kept) or drops the new one (it and its files are deleted; the earlier one is not touched).

*Links.* A parent directive cited by a record links to a document in the system when their number keys are
equal and the issuer agrees: the cited issuer's name is, or is part of, the document's issuer (with its parent
body), or the cited issuer is that issuer's abbreviation; where the citation names no issuer, the issuer code in
the number (``UBND`` in ``45/KH-UBND``) must abbreviate the document's issuer and the dates must be equal.
Where both dates are known their years must agree (numbers start again every year).
"""

from __future__ import annotations

import datetime as dt
import logging
import re
import shutil
import unicodedata
from collections.abc import Iterable
from contextlib import suppress
from dataclasses import dataclass
from typing import Any

from sqlalchemy import delete, select, text
from sqlalchemy.orm import Session, object_session

from extractor.errors import ConflictError
from service.codes import ErrorCode
from service.models import (
    DUPLICATE_FLAGGED,
    DUPLICATE_KEPT,
    KEY_PARENT,
    KEY_SELF,
    Document,
    DuplicateFlag,
    LinkKey,
    utcnow,
)
from service.storage import storage_faults

log = logging.getLogger(__name__)

# ------------------------------------------------------------------------------------------ normalisation

_DASHES = dict.fromkeys(map(ord, "‐‑‒–—―−"), "-")
# Characters OCR reads for one another in a số ký hiệu, each mapped to one representative.
_OCR_SLIPS = str.maketrans({"o": "0", "q": "0", "l": "1", "i": "1", "|": "1", "!": "1"})
_NUMBER_LABEL = re.compile(r"^(?:s[ốo]|so)\s*[:.]?\s*", re.IGNORECASE)
_LEADING_ZEROS = re.compile(r"(?<![0-9])0+(?=[0-9])")


def unaccent(value: str) -> str:
    """Case-folded, without diacritics (``đ`` → ``d``)."""
    folded = unicodedata.normalize("NFD", unicodedata.normalize("NFC", value).casefold().replace("đ", "d"))
    return "".join(ch for ch in folded if not unicodedata.combining(ch))


def number_key(number: str | None) -> str | None:
    """The số ký hiệu as compared: no white space, label, diacritics, case or leading zeros; OCR slips folded.

    ``Số: 045 /KH-UBND``, ``45/KH-UBNĐ`` and ``45/Kh-UBND`` give one key, and so do the OCR slips
    ``l5/KH-UBND`` (for ``15/KH-UBND``) and ``1O/QĐ-UBND`` (for ``10/QĐ-UBND``).
    """
    if not number:
        return None
    value = _NUMBER_LABEL.sub("", unicodedata.normalize("NFC", number).strip())
    value = re.sub(r"\s+", "", unaccent(value).translate(_DASHES)).strip(".,;:")
    value = _LEADING_ZEROS.sub("", value.translate(_OCR_SLIPS))
    return value[:200] or None


def number_codes(number: str | None) -> list[str]:
    """The letter codes of a số ký hiệu, unaccented: ``45/KH-UBND`` → ``["kh", "ubnd"]``."""
    if not number:
        return []
    tail = unaccent(number).translate(_DASHES).split("/", 1)[-1]
    return [part for part in re.split(r"[^0-9a-z&]+", tail) if part and not part.isdigit()]


# Abbreviations of bodies' names in Vietnamese administration, spelt out (unaccented) before comparing names.
_ABBREVIATIONS = {
    "ubnd": "uy ban nhan dan", "hdnd": "hoi dong nhan dan", "ubmttq": "uy ban mat tran to quoc",
    "gddt": "giao duc va dao tao", "gd&dt": "giao duc va dao tao", "gd-dt": "giao duc va dao tao",
    "sgddt": "so giao duc va dao tao", "pgddt": "phong giao duc va dao tao", "bgddt": "bo giao duc va dao tao",
    "tp": "thanh pho", "tx": "thi xa", "ttg": "thu tuong chinh phu",
    "ldtbxh": "lao dong thuong binh va xa hoi", "vhttdl": "van hoa the thao va du lich",
    "tthtcd": "trung tam hoc tap cong dong", "thcs": "trung hoc co so", "thpt": "trung hoc pho thong",
}
_WORD = re.compile(r"[0-9a-z&]+(?:[&-][0-9a-z]+)*")


def issuer_key(name: str | None) -> str:
    """An issuer's name as compared: unaccented words, abbreviations spelt out (``""`` for none)."""
    if not name:
        return ""
    return " ".join(_ABBREVIATIONS.get(word, word) for word in _WORD.findall(unaccent(name)))


def initials(key: str) -> str:
    """The initials of a normalised name without ``và``: ``so giao duc va dao tao binh duong`` → ``sgddtbd``."""
    return "".join(word[0] for word in key.split() if word != "va")


def _contains(outer: str, inner: str) -> bool:
    return bool(inner) and f" {inner} " in f" {outer} "


# Words of a place name's kind, not the place: "tỉnh" in "Sở GDĐT tỉnh Đồng Tháp" need not be in the header.
_PLACE_KINDS = frozenset(["tinh", "thanh", "pho", "huyen", "quan", "thi", "xa", "phuong", "tran"])


def issuer_agrees(cited: str, name: str, context: str) -> bool:
    """Whether a cited issuer (normalised) names the document issuer ``name`` (``context``: name + parent body).

    ``ubnd huyện`` names ``ubnd huyện thanh bình`` (a part of it); ``sở gdđt đồng tháp`` names ``sở gdđt`` under
    ``ubnd tỉnh đồng tháp`` (the name and, for the words beyond it, the parent body), but not under
    ``ubnd tỉnh bến tre``; ``sgdđt`` (one word) abbreviates ``sở giáo dục và đào tạo``.
    """
    if not cited or not name:
        return False
    if _contains(name, cited):
        return True
    if _contains(cited, name):
        beyond = set(cited.split()) - set(name.split()) - _PLACE_KINDS
        return context == name or beyond <= set(context.split())
    return " " not in cited and len(cited) >= 2 and initials(name).startswith(cited)


def code_agrees(number: str | None, name: str) -> bool:
    """Whether a code of the number (``UBND`` in ``45/KH-UBND``) abbreviates the issuer's normalised name."""
    abbreviation = initials(name)
    return bool(abbreviation) and any(len(code) >= 2 and abbreviation.startswith(code) for code in
                                      (unaccent(c).replace("&", "") for c in number_codes(number)))


def _years_agree(one: dt.date | None, other: dt.date | None) -> bool:
    return one is None or other is None or one.year == other.year


def parent_matches(parent: LinkKey, target: LinkKey) -> bool:
    """Whether a cited parent entry (number keys already equal) is the ``target`` document (its self key)."""
    if not _years_agree(parent.issue_date, target.issue_date):
        return False
    if parent.issuer_key:
        if target.issuer_key:
            return issuer_agrees(parent.issuer_key, target.issuer_key, target.issuer_context)
        return parent.issue_date is not None and parent.issue_date == target.issue_date
    # No issuer cited: the number's own issuer code and the date must both agree.
    if parent.issue_date is None or parent.issue_date != target.issue_date:
        return False
    return not target.issuer_key or code_agrees(parent.number or target.number, target.issuer_key)


# ------------------------------------------------------------------------------------------ the index


def _date(value: Any) -> dt.date | None:
    try:
        return dt.date.fromisoformat(value) if isinstance(value, str) else None
    except ValueError:
        return None


def record_keys(document_id: str, record: dict[str, Any]) -> list[LinkKey]:
    """The key rows of one record: its own (when it has a number) and one per numbered parent entry."""
    info = record.get("document") or {}
    issuer = record.get("issuer") or {}
    rows = []
    own = number_key(info.get("number"))
    if own:
        name = issuer_key(issuer.get("name"))
        rows.append(LinkKey(document_id=document_id, role=KEY_SELF, position=0, number_key=own, issuer_key=name,
                            issuer_context=" ".join(filter(None, (name, issuer_key(issuer.get("parent"))))),
                            issue_date=_date(info.get("issue_date")), number=str(info["number"])[:200],
                            issuer=issuer.get("name"), kind=info.get("kind")))
    for position, parent in enumerate(record.get("parent_directives") or []):
        if not isinstance(parent, dict):
            continue
        key = number_key(parent.get("number"))
        if key:
            rows.append(LinkKey(document_id=document_id, role=KEY_PARENT, position=position, number_key=key,
                                issuer_key=issuer_key(parent.get("issuer")), issuer_context="",
                                issue_date=_date(parent.get("issue_date")), number=str(parent["number"])[:200],
                                issuer=parent.get("issuer"), kind=parent.get("kind")))
    return rows


def index_links(doc: Document, record: dict[str, Any]) -> None:
    """Rebuild ``doc``'s keys from its current ``record`` and re-check duplicates, in ``doc``'s transaction."""
    session = object_session(doc)
    if session is None:  # a detached document is indexed when it is next saved
        return
    old = session.scalars(select(LinkKey).where(LinkKey.document_id == doc.id, LinkKey.role == KEY_SELF)).first()
    old_group = _duplicate_key(old)
    session.execute(delete(LinkKey).where(LinkKey.document_id == doc.id))
    rows = record_keys(doc.id, record)
    session.add_all(rows)
    session.flush()
    new = next((row for row in rows if row.role == KEY_SELF), None)
    for group in sorted({old_group, _duplicate_key(new)} - {None}):  # one order of locks: no deadlock
        _refresh_group(session, group)
    if _duplicate_key(new) is None:
        _refresh_document(session, doc.id, [])


def _duplicate_key(row: LinkKey | None) -> tuple[str, str, dt.date] | None:
    """Number, issuer and date keys; ``None`` when the number or the date is unknown (never flagged then)."""
    if row is None or row.issue_date is None:
        return None
    return row.number_key, row.issuer_key, row.issue_date


def _lock_group(session: Session, group: tuple[str, str, dt.date]) -> None:
    # SQLite's write transaction is already exclusive; PostgreSQL serialises the check per key (until commit).
    if session.get_bind().dialect.name == "postgresql":
        session.execute(text("SELECT pg_advisory_xact_lock(hashtext(:key))"), {"key": "|".join(map(str, group))})


def _refresh_group(session: Session, group: tuple[str, str, dt.date]) -> None:
    """Flag every member of a duplicate group but the earliest upload as a duplicate of it."""
    _lock_group(session, group)
    number, issuer, date = group
    members = session.execute(
        select(Document.id, Document.created_at).join(LinkKey, LinkKey.document_id == Document.id)
        .where(LinkKey.role == KEY_SELF, LinkKey.number_key == number, LinkKey.issuer_key == issuer,
               LinkKey.issue_date == date)
        .order_by(Document.created_at, Document.id)
    ).all()
    ids = [member.id for member in members]
    for position, document_id in enumerate(ids):
        _refresh_document(session, document_id, ids[:position])


def _refresh_document(session: Session, document_id: str, earlier: list[str]) -> None:
    flag = session.get(DuplicateFlag, document_id)
    if not earlier:
        if flag is not None:
            session.delete(flag)
        return
    original = earlier[0]
    if flag is None:
        session.add(DuplicateFlag(document_id=document_id, duplicate_of=original, status=DUPLICATE_FLAGGED,
                                  created_at=utcnow()))
    elif flag.duplicate_of != original and not (flag.status == DUPLICATE_KEPT and flag.duplicate_of in earlier):
        # a different earlier document now: the clerk's decision was about another one
        flag.duplicate_of, flag.status, flag.decided_by, flag.decided_at = original, DUPLICATE_FLAGGED, None, None


def reindex_all(db: Any) -> int:
    """Rebuild the keys of every processed document from its current record (after the migration)."""
    from service.records import latest_version

    count = 0
    with db.read() as session:
        ids = list(session.scalars(select(Document.id).order_by(Document.created_at)))
    for document_id in ids:
        with db.write() as session:
            doc = session.get(Document, document_id)
            version = latest_version(session, document_id)
            if doc is not None and version is not None:
                index_links(doc, version.record)
                count += 1
    return count


# ------------------------------------------------------------------------------------------ duplicates


def duplicate_message(flag: DuplicateFlag) -> str:
    if flag.status == DUPLICATE_KEPT:
        return (f"Văn bản này trùng số, ký hiệu, cơ quan ban hành và ngày ban hành với văn bản {flag.duplicate_of}; "
                f"{flag.decided_by or 'người rà soát'} đã quyết định giữ cả hai.")
    return (f"Văn bản này có cùng số, ký hiệu, cơ quan ban hành và ngày ban hành với văn bản {flag.duplicate_of} "
            "đã tải lên trước (có thể là bản quét lại hoặc một bản sao). Hãy giữ cả hai hoặc bỏ bản mới này.")


def _not_flagged(document_id: str) -> ConflictError:
    return ConflictError(
        f"Văn bản {document_id} không bị đánh dấu là bản trùng của văn bản nào, nên không có gì để giữ hay bỏ.",
        code=ErrorCode.NOT_A_DUPLICATE)


def keep_duplicate(db: Any, document_id: str, decided_by: str | None) -> DuplicateFlag:
    """The clerk keeps both: the flag is cleared and the decision kept (a later re-check does not raise it again
    for the same earlier document)."""
    from service.documents import clean_label, get_document

    decided_by = clean_label(decided_by)
    get_document(db, document_id)
    with db.write() as session:
        flag = session.get(DuplicateFlag, document_id)
        if flag is None:
            raise _not_flagged(document_id)
        flag.status, flag.decided_by, flag.decided_at = DUPLICATE_KEPT, decided_by, utcnow()
        session.flush()
        session.expunge(flag)
    return flag


def drop_duplicate(services: Any, document_id: str) -> str:
    """Delete a flagged (not kept) duplicate and its files; the earlier document is not touched.

    Returns the earlier document's id.
    """
    from service.documents import get_document

    doc = get_document(services.db, document_id)
    storage = services.storage
    with services.db.write() as session:
        flag = session.get(DuplicateFlag, document_id)
        if flag is None:
            raise _not_flagged(document_id)
        if flag.status == DUPLICATE_KEPT:
            raise ConflictError(
                f"Văn bản {document_id} đã được giữ lại theo quyết định của {flag.decided_by or 'người rà soát'}; "
                "không bỏ văn bản đã quyết định giữ.", code=ErrorCode.DUPLICATE_KEPT)
        earlier = flag.duplicate_of
        session.execute(delete(Document).where(Document.id == document_id))
        session.flush()
        # The uploaded file goes inside the transaction: were it left, start-up would register it again; were
        # its removal refused, the row stays (the transaction rolls back) and nothing is lost.
        with storage_faults():
            storage.file_path(doc.sha256).unlink(missing_ok=True)
    with suppress(OSError):  # what is left of these is harmless: start-up looks for the uploaded file only
        storage.info_path(doc.sha256).unlink(missing_ok=True)
    shutil.rmtree(storage.pages_dir(doc.sha256), ignore_errors=True)
    log.info("document %s dropped as a duplicate of %s", document_id, earlier)
    return earlier


# ------------------------------------------------------------------------------------------ links


@dataclass
class Link:
    document: Document
    parent: LinkKey  # the parent entry that matched (in whichever record cites it)


def _self_key(session: Session, document_id: str) -> LinkKey | None:
    return session.scalars(select(LinkKey).where(LinkKey.document_id == document_id, LinkKey.role == KEY_SELF)
                           ).first()


def _documents(session: Session, ids: Iterable[str]) -> dict[str, Document]:
    ids = set(ids)
    if not ids:
        return {}
    return {doc.id: doc for doc in session.scalars(select(Document).where(Document.id.in_(ids))).unique()}


def find_links(db: Any, document_id: str) -> tuple[list[Link], list[Link]]:
    """``(implements, implemented_by)`` of a document: the directives its record cites that are in the system,
    and the documents whose records cite it."""
    from service.documents import get_document

    get_document(db, document_id)
    with db.read() as session:
        own_parents = list(session.scalars(
            select(LinkKey).where(LinkKey.document_id == document_id, LinkKey.role == KEY_PARENT)
            .order_by(LinkKey.position)))
        implements: list[tuple[str, LinkKey]] = []
        if own_parents:
            targets = session.scalars(select(LinkKey).where(
                LinkKey.role == KEY_SELF, LinkKey.number_key.in_({p.number_key for p in own_parents}),
                LinkKey.document_id != document_id)).all()
            for parent in own_parents:
                implements += [(t.document_id, parent) for t in targets
                               if t.number_key == parent.number_key and parent_matches(parent, t)]
        implemented_by: list[tuple[str, LinkKey]] = []
        own = _self_key(session, document_id)
        if own is not None:
            citing = session.scalars(select(LinkKey).where(
                LinkKey.role == KEY_PARENT, LinkKey.number_key == own.number_key,
                LinkKey.document_id != document_id).order_by(LinkKey.document_id, LinkKey.position)).all()
            seen = set()
            for parent in citing:
                if parent.document_id not in seen and parent_matches(parent, own):
                    seen.add(parent.document_id)
                    implemented_by.append((parent.document_id, parent))
        docs = _documents(session, [i for i, _ in implements + implemented_by])

    def links(pairs: list[tuple[str, LinkKey]]) -> list[Link]:
        return [Link(docs[i], parent) for i, parent in pairs if i in docs]

    by_date = sorted(links(implemented_by), key=lambda link: (link.document.issue_date or dt.date.min,
                                                              link.document.created_at))
    return links(implements), by_date


if __name__ == "__main__":  # python -m service.links reindex
    import sys

    from service.db import Database
    from service.settings import Settings

    if sys.argv[1:] != ["reindex"]:
        sys.exit("usage: python -m service.links reindex")
    database = Database(Settings().resolved_database_url)
    database.migrate()  # as at start-up: the tables exist before their rows are rebuilt
    print(f"{reindex_all(database)} documents indexed")
