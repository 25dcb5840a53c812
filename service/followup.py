"""Follow-up across documents: every task, reporting deadline and event of every document in one list,
marked done (and reopened) as history, a calendar feed, and the follow-up book as .xlsx.

**Items.** Each document's *current* record (its latest reviewed revision, else the extracted one) yields:

- ``task``: each ``assignments[i].tasks[j]``; its agency is the assignment's; its due date is the earliest
  reporting deadline the record links to that agency (:func:`service.exports.deadline_for`: the reporters
  written the same way), else none: a date is never guessed;
- ``report``: each ``reporting[i]``, due on its ``deadline``, its agency the reporters;
- ``event``: the event week (``/event``), due on its first day; ``ceremony``: the opening ceremony.

**Keys.** An item's key is ``<document id>.<JSON pointer, "/" as ".">.<hash>``, e.g.
``3f2a…c1.assignments.0.tasks.2.9b1e0c4d5a6f``: ASCII, usable in a URL path as it is. The hash (12 hex digits
of SHA-256) is taken over what the item *asks* — the agency and the task; the reporters, recipient and content
of a report; the event's name — case-folded with white space collapsed, and not over its date, so that a
clerk's correction of a deadline keeps the marks. When a correction changes what an item asks (another task
text or agency), the key changes: the item is open again, the earlier marks stay in the history under the old
key (``GET /v1/followup/{old key}/events``) and are never moved onto the task that now sits at that pointer.
When a correction only moves an item (an earlier task was removed, so ``tasks/2`` became ``tasks/1``), marks
whose key matches no current item follow the one current item of the same document with the same hash; if
two items of the document ask the same thing, nothing follows (ambiguous). A POST with a key whose pointer
now holds another text is refused with 409 ``followup_item_changed`` (the current key in the answer).

**Status** on a given day (Asia/Ho_Chi_Minh; the clock is a dependency, so tests set "today"): ``done`` (the
latest mark is done), else ``overdue`` (due before today), else ``due_this_week`` (due from today to the
Sunday of this week, Monday to Sunday), else ``open``. The filter ``status=open`` selects every item not done.

**History.** ``POST /v1/followup/{key}/events`` appends ``done`` or ``reopen`` with who (required), when (the
server's clock), an optional note and the number of the reply document. Nothing is ever updated or deleted
(the rows go only with their document); the record is never edited.

**Feed.** ``GET /v1/calendar.ics`` holds every document's event week, opening ceremony and reporting deadlines
(the events of :func:`service.exports.record_events`, same UIDs as the per-document export; a deadline
marked done says so in its summary). Calendar applications cannot send an ``Authorization`` header, so this
route alone also accepts the token as ``?token=``, compared in constant time.

**Book.** ``GET /v1/followup.xlsx``: Sổ theo dõi giải quyết văn bản đến (Nghị định 30/2020, Phụ lục IV), one
row per task and reporting deadline (events are not matters to resolve), the same filters as the list.
"""

from __future__ import annotations

import copy
import datetime as dt
import hashlib
import io
import re
import threading
from collections import OrderedDict, defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Annotated, Any, Literal
from urllib.parse import urlencode

from fastapi import APIRouter, Depends, Path, Query, Request, Response
from pydantic import BaseModel, ConfigDict, Field
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from extractor.errors import AuthenticationError, ConflictError, InputError, NotFoundError
from service import exports
from service.api import DateQuery, ServicesDep, parse_date_filter
from service.auth import require_token, tokens_match
from service.codes import ErrorCode
from service.documents import clean_label
from service.errors import PROBLEM_RESPONSES
from service.models import FOLLOWUP_DONE, Document, FollowupEvent, RecordVersion, utcnow
from service.records import fold, search_key

TIMEZONE = exports.TIMEZONE
KIND_VI = {"task": "Nhiệm vụ", "report": "Hạn báo cáo", "event": "Sự kiện", "ceremony": "Lễ khai mạc"}
DOC_KIND_VI = {
    "cong_van": "Công văn", "ke_hoach": "Kế hoạch", "quyet_dinh": "Quyết định", "thong_bao": "Thông báo",
    "bao_cao": "Báo cáo", "chi_thi": "Chỉ thị", "huong_dan": "Hướng dẫn", "to_trinh": "Tờ trình", "khac": "Văn bản",
}
# Sổ theo dõi giải quyết văn bản đến (Nghị định 30/2020/NĐ-CP, Phụ lục IV): its seven columns, in order.
BOOK_COLUMNS = (
    "Số đến",
    "Tên loại, số, ký hiệu, ngày, tháng, cơ quan ban hành",
    "Đơn vị hoặc người nhận",
    "Thời hạn giải quyết",
    "Tiến độ giải quyết",
    "Số, ký hiệu văn bản trả lời",
    "Ghi chú",
)
BOOK_KINDS = ("task", "report")
FEED_REFRESH = dt.timedelta(hours=1)  # how often a subscribed calendar fetches the feed again
HASH_LENGTH = 12
_KEY = re.compile(rf"^([A-Za-z0-9_-]{{1,32}})\.([a-z_]+(?:\.[a-z_0-9]+)*)\.([0-9a-f]{{{HASH_LENGTH}}})$")


def arrival_number(doc: Document) -> int | None:
    """The document's số đến: its line in the register (:mod:`service.register`), loaded with the document."""
    entry = getattr(doc, "register_entry", None)
    return entry.arrival_number if entry is not None else None


# ------------------------------------------------------------------------------------------ clock


def get_clock() -> Callable[[], dt.datetime]:
    """FastAPI dependency: what "now" is (tests override it to freeze today)."""
    return utcnow


ClockDep = Annotated[Callable[[], dt.datetime], Depends(get_clock)]


def today_of(now: dt.datetime) -> dt.date:
    return now.astimezone(TIMEZONE).date()


# ------------------------------------------------------------------------------------------ items


def text_hash(*parts: str | None) -> str:
    """What an item asks, as 12 hex digits: the parts case-folded, white space collapsed, joined by newlines."""
    text = "\n".join(fold(p or "") for p in parts)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:HASH_LENGTH]


def item_key(document_id: str, pointer: str, digest: str) -> str:
    return f"{document_id}.{pointer.strip('/').replace('/', '.')}.{digest}"


def parse_key(key: str) -> tuple[str, str, str]:
    """``(document id, JSON pointer, hash)`` of a key; :class:`NotFoundError` for anything not shaped like one."""
    match = _KEY.match(key)
    if not match:
        raise _item_not_found(key)
    return match.group(1), "/" + match.group(2).replace(".", "/"), match.group(3)


def _item_not_found(key: str) -> NotFoundError:
    return NotFoundError(f"Không có việc cần theo dõi mã {key!r}. Hãy tải lại danh sách theo dõi.",
                         code=ErrorCode.FOLLOWUP_ITEM_NOT_FOUND)


def _date(value: Any) -> dt.date | None:
    try:
        return dt.date.fromisoformat(value) if isinstance(value, str) else None
    except ValueError:
        return None


@dataclass(frozen=True, slots=True)
class Entry:
    """What one record version says of one item. A stored version is never rewritten, so its entries are
    computed once per process (:func:`per_version`) and only the marks are read per request."""

    pointer: str
    kind: str
    text: str
    agency: str | None
    due: dt.date | None
    digest: str
    relation: str | None = None
    agency_key: str = ""  # search_key(agency): folded, and again without diacritics


@dataclass(slots=True)
class Item:
    document: Document
    entry: Entry
    history: list[FollowupEvent] = field(default_factory=list)

    pointer = property(lambda self: self.entry.pointer)
    kind = property(lambda self: self.entry.kind)
    text = property(lambda self: self.entry.text)
    agency = property(lambda self: self.entry.agency)
    due = property(lambda self: self.entry.due)
    digest = property(lambda self: self.entry.digest)
    relation = property(lambda self: self.entry.relation)

    @property
    def key(self) -> str:
        return item_key(self.document.id, self.entry.pointer, self.entry.digest)

    @property
    def last(self) -> FollowupEvent | None:
        return self.history[-1] if self.history else None

    @property
    def done(self) -> bool:
        return self.last is not None and self.last.action == FOLLOWUP_DONE

    def status(self, today: dt.date) -> str:
        if self.done:
            return "done"
        due = self.entry.due
        if due is not None and due < today:
            return "overdue"
        if due is not None and due <= today + dt.timedelta(days=6 - today.weekday()):
            return "due_this_week"
        return "open"


def _entry(pointer: str, kind: str, text: str, agency: str | None, due: dt.date | None, digest: str,
           relation: str | None = None) -> Entry:
    return Entry(pointer, kind, text, agency, due, digest, relation, search_key(agency) if agency else "")


def record_entries(record: dict[str, Any]) -> tuple[Entry, ...]:
    """The follow-up items one record states (see the module docstring)."""
    entries: list[Entry] = []
    reporting = record.get("reporting") or []
    for i, assignment in enumerate(record.get("assignments") or []):
        agency = assignment.get("agency") or None
        linked = exports.deadline_for(agency, reporting)
        due = _date(linked.split("; ")[0]) if linked else None
        for j, task in enumerate(assignment.get("tasks") or []):
            if task:
                entries.append(_entry(f"/assignments/{i}/tasks/{j}", "task", task, agency, due,
                                      text_hash("task", agency, task)))
    for i, report in enumerate(reporting):
        what = report.get("content") or "báo cáo"
        text = what + (f" gửi {report['recipient']}" if report.get("recipient") else "")
        entries.append(_entry(f"/reporting/{i}", "report", text, report.get("reporters") or None,
                              _date(report.get("deadline")),
                              text_hash("report", report.get("reporters"), report.get("recipient"),
                                        report.get("content")),
                              relation=report.get("relation")))
    event = record.get("event") or {}
    name = exports.calendar_name(record)
    if _date(event.get("start_date")) or event.get("name"):
        entries.append(_entry("/event", "event", name, None, _date(event.get("start_date")),
                              text_hash("event", event.get("name"))))
    ceremony = event.get("opening_ceremony") or {}
    if _date(ceremony.get("date")):
        entries.append(_entry("/event/opening_ceremony", "ceremony", f"Lễ khai mạc: {name}", None,
                              _date(ceremony.get("date")), text_hash("ceremony", event.get("name"))))
    return tuple(entries)


def record_items(doc: Document, record: dict[str, Any]) -> list[Item]:
    return [Item(doc, entry) for entry in record_entries(record)]


# What a stored record version yields (its items; its calendar events), keyed by (database, version id, document,
# revision): a version is never rewritten, so each is computed once per process. About 20 kB per version for
# both, so 20,000 versions hold some 400 MB at worst; the least recently used go first.
CACHE_SIZE = 20_000
VersionKey = tuple[str, int, str, int]
_entry_cache: OrderedDict[VersionKey, Any] = OrderedDict()
_feed_cache: OrderedDict[VersionKey, Any] = OrderedDict()
_cache_lock = threading.Lock()


def per_version(cache: OrderedDict[VersionKey, Any], session: Session, versions: list[VersionKey],
                build: Callable[[VersionKey, dict[str, Any], dt.datetime], Any]) -> dict[VersionKey, Any]:
    """``build(key, record, created_at)`` of each version, reading only the records not in ``cache`` yet."""
    found: dict[VersionKey, Any] = {}
    with _cache_lock:
        for version in versions:
            if version in cache:
                cache.move_to_end(version)
                found[version] = cache[version]
    missing = {version[1]: version for version in versions if version not in found}
    ids = list(missing)
    for start in range(0, len(ids), 500):
        rows = session.execute(select(RecordVersion.id, RecordVersion.record, RecordVersion.created_at)
                               .where(RecordVersion.id.in_(ids[start:start + 500])))
        for version_id, record, created_at in rows:
            found[missing[version_id]] = build(missing[version_id], record, created_at)
    with _cache_lock:
        for version_id in ids:
            cache[missing[version_id]] = found[missing[version_id]]
        while len(cache) > CACHE_SIZE:
            cache.popitem(last=False)
    return found


def attach_history(items: list[Item], events: list[FollowupEvent]) -> None:
    """Give each item its marks (``events`` in id order): those under its key, and those whose key no longer
    names any item when it is the one item of that document with their hash (it moved)."""
    by_key: dict[str, list[FollowupEvent]] = defaultdict(list)
    for event in events:
        by_key[event.item_key].append(event)
    current = {item.key: item for item in items}
    by_hash: dict[tuple[str, str], list[Item]] = defaultdict(list)
    for item in items:
        by_hash[(item.document.id, item.digest)].append(item)
    for key, marks in by_key.items():
        item = current.get(key)
        if item is None:
            candidates = by_hash.get((marks[0].document_id, marks[0].text_hash), [])
            item = candidates[0] if len(candidates) == 1 else None
        if item is not None:
            item.history.extend(marks)
    for item in items:
        item.history.sort(key=lambda e: e.id)


def _latest_revisions(document_ids: list[str] | None) -> Any:
    """Each document's current revision: the highest (reviewed ones are 1, 2, …, the extracted one 0)."""
    latest = select(RecordVersion.document_id, func.max(RecordVersion.revision).label("revision")) \
        .group_by(RecordVersion.document_id)
    if document_ids is not None:
        latest = latest.where(RecordVersion.document_id.in_(document_ids))
    return latest.subquery()


def current_versions(session: Session, document_ids: list[str] | None = None) -> list[tuple[Document, VersionKey]]:
    """Every document that has a record (or those of ``document_ids``), with the key of its current version."""
    latest = _latest_revisions(document_ids)
    rows = session.execute(select(Document, RecordVersion.id, RecordVersion.revision)
                           .join(latest, latest.c.document_id == Document.id)
                           .join(RecordVersion, (RecordVersion.document_id == Document.id)
                                 & (RecordVersion.revision == latest.c.revision))).unique().all()
    database = str(session.get_bind().url)  # one process may serve (or test) several databases
    return [(doc, (database, version_id, doc.id, revision)) for doc, version_id, revision in rows]


def load_items(session: Session, document_ids: list[str] | None = None,
               versions: list[tuple[Document, VersionKey]] | None = None) -> list[Item]:
    """The items of every document's current record (or of ``document_ids``), each with its marks."""
    versions = current_versions(session, document_ids) if versions is None else versions
    entries = per_version(_entry_cache, session, [key for _, key in versions],
                          lambda key, record, created_at: record_entries(record))
    items = [Item(doc, entry) for doc, key in versions for entry in entries[key]]
    events = select(FollowupEvent).order_by(FollowupEvent.id)
    if document_ids is not None:
        events = events.where(FollowupEvent.document_id.in_(document_ids))
    attach_history(items, list(session.scalars(events)))
    return items


# ------------------------------------------------------------------------------------------ filtering


@dataclass
class Filters:
    agency: str | None = None
    due_from: dt.date | None = None
    due_to: dt.date | None = None
    status: str | None = None
    kind: str | None = None


def select_items(items: list[Item], filters: Filters, today: dt.date) -> list[Item]:
    """The items matching every filter, by due date (undated last), then document and pointer."""
    if filters.due_from and filters.due_to and filters.due_from > filters.due_to:
        raise InputError(f"due_from ({filters.due_from}) sau due_to ({filters.due_to}); hãy chọn ngày bắt đầu "
                         "không muộn hơn ngày kết thúc.", code=ErrorCode.INVALID_DATE)
    needle = fold(filters.agency) if filters.agency else None
    chosen = []
    for item in items:
        if needle and needle not in item.entry.agency_key:
            continue
        if filters.due_from and (item.due is None or item.due < filters.due_from):
            continue
        if filters.due_to and (item.due is None or item.due > filters.due_to):
            continue
        if filters.kind and item.kind != filters.kind:
            continue
        status = item.status(today)
        if filters.status == "open" and status == "done":
            continue
        if filters.status not in (None, "open") and status != filters.status:
            continue
        chosen.append(item)
    chosen.sort(key=lambda i: (i.due is None, i.due or dt.date.min, i.document.id, _pointer_order(i.pointer)))
    return chosen


def _pointer_order(pointer: str) -> tuple:
    return tuple((0, int(p), "") if p.isdigit() else (1, 0, p) for p in pointer.split("/"))


# ------------------------------------------------------------------------------------------ API shapes


class DocumentRef(BaseModel):
    id: str
    arrival_number: int | None = Field(None, description="Số đến: the document's number in the register.")
    kind: str | None
    number: str | None
    subject: str | None
    issuer: str | None
    issue_date: dt.date | None
    link: str


class FollowupEventOut(BaseModel):
    id: int
    key: str = Field(description="The item's key when the mark was made.")
    action: Literal["done", "reopen"]
    by: str
    at: dt.datetime
    note: str | None
    reply_number: str | None = Field(description="Số, ký hiệu of the reply document, if given.")
    item_text: str | None = Field(description="What the item said when it was marked.")


class FollowupItemOut(BaseModel):
    key: str = Field(description="document id . JSON pointer (/ as .) . hash of what the item asks")
    kind: Literal["task", "report", "event", "ceremony"]
    pointer: str = Field(description="JSON Pointer of the item in the document's current record.")
    text: str
    agency: str | None = Field(description="Who must act: the assignment's agency, or the reporters.")
    due: dt.date | None
    relation: str | None = Field(None, description="For a reporting deadline: before, on or by.")
    status: Literal["overdue", "due_this_week", "open", "done"]
    done_at: dt.datetime | None = None
    done_by: str | None = None
    note: str | None = None
    reply_number: str | None = None
    marks: int = Field(0, description="How many done/reopen marks the item has (GET …/events lists them).")
    document: DocumentRef


class FollowupPage(BaseModel):
    items: list[FollowupItemOut]
    total: int
    limit: int
    offset: int
    today: dt.date = Field(description="The day the statuses are computed for (Asia/Ho_Chi_Minh).")
    links: dict[str, str | None]


class FollowupEventIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    action: Literal["done", "reopen"]
    by: str = Field(min_length=1, max_length=200, description="Who marks it (a name).")
    note: str | None = Field(None, max_length=2000)
    reply_number: str | None = Field(None, max_length=100, description="Số, ký hiệu văn bản trả lời.")


class FollowupHistory(BaseModel):
    key: str
    events: list[FollowupEventOut]


def document_ref(doc: Document) -> DocumentRef:
    return DocumentRef(id=doc.id, arrival_number=arrival_number(doc), kind=doc.kind, number=doc.number,
                       subject=doc.subject, issuer=doc.issuer_name, issue_date=doc.issue_date,
                       link=f"/v1/documents/{doc.id}")


def event_out(event: FollowupEvent) -> FollowupEventOut:
    return FollowupEventOut(id=event.id, key=event.item_key, action=event.action, by=event.actor,
                            at=event.created_at, note=event.note, reply_number=event.reply_number,
                            item_text=event.item_text)


def item_out(item: Item, today: dt.date) -> FollowupItemOut:
    last = item.last if item.done else None
    return FollowupItemOut(
        key=item.key, kind=item.kind, pointer=item.pointer, text=item.text, agency=item.agency, due=item.due,
        relation=item.relation, status=item.status(today), done_at=last and last.created_at,
        done_by=last and last.actor, note=last and last.note, reply_number=last and last.reply_number,
        marks=len(item.history), document=document_ref(item.document),
    )


# ------------------------------------------------------------------------------------------ marks


def add_mark(services: Any, key: str, mark: FollowupEventIn, now: dt.datetime) -> tuple[Item, FollowupEvent]:
    """Append a done/reopen mark to the item ``key`` of a document's current record.

    Raises:
        NotFoundError: no such document or item (``followup_item_not_found``).
        ConflictError: the record was corrected and the pointer now holds another item
            (``followup_item_changed``, with ``current_key``), or the item is already in that state
            (``followup_state_unchanged``).
    """
    document_id, pointer, digest = parse_key(key)
    actor = clean_label(mark.by)
    if actor is None:
        raise InputError("Hãy ghi tên người đánh dấu (trường 'by').", code=ErrorCode.VALIDATION_FAILED,
                         detail={"errors": [{"path": "/by", "location": "body", "type": "string_too_short",
                                             "message": "Cần ghi tên người đánh dấu."}]})
    with services.db.write() as session:
        # The row lock serialises two clerks marking items of one document (SQLite: the write lock already does).
        locked = session.scalar(select(Document.id).where(Document.id == document_id).with_for_update())
        if locked is None:
            raise _item_not_found(key)
        items = load_items(session, [document_id])
        item = next((i for i in items if i.key == key), None)
        if item is None:
            moved = next((i for i in items if i.pointer == pointer), None)
            if moved is not None:
                raise ConflictError(
                    f"Mục này đã được sửa trong bản rà soát của văn bản {document_id}: nay là «{moved.text}». "
                    "Hãy tải lại danh sách theo dõi rồi đánh dấu lại.",
                    code=ErrorCode.FOLLOWUP_ITEM_CHANGED, detail={"current_key": moved.key},
                )
            raise _item_not_found(key)
        if (mark.action == FOLLOWUP_DONE) == item.done:
            last = item.last
            state = (f"đã được đánh dấu xong bởi {last.actor}" if item.done and last else "đang mở (chưa xong)")
            raise ConflictError(f"Việc này {state}; không có gì thay đổi.", code=ErrorCode.FOLLOWUP_STATE_UNCHANGED,
                                detail={"status": "done" if item.done else "open"})
        event = FollowupEvent(item_key=item.key, document_id=document_id, pointer=item.pointer,
                              text_hash=item.digest, item_text=item.text[:2000], action=mark.action, actor=actor,
                              note=clean_label(mark.note, 2000), reply_number=clean_label(mark.reply_number, 100),
                              created_at=now)
        session.add(event)
        session.flush()
        item.history.append(event)
    return item, event


def history(services: Any, key: str) -> list[FollowupEvent]:
    """The marks of ``key``: a current item's (moved ones included), else those stored under that exact key."""
    document_id, _, _ = parse_key(key)
    with services.db.read() as session:
        item = next((i for i in load_items(session, [document_id]) if i.key == key), None)
        if item is not None:
            return item.history
        stored = list(session.scalars(select(FollowupEvent).where(FollowupEvent.item_key == key)
                                      .order_by(FollowupEvent.id)))
    if not stored:
        raise _item_not_found(key)
    return stored


# ------------------------------------------------------------------------------------------ book (.xlsx)


def _vn_date(day: dt.date | None) -> str:
    return f"{day.day:02d}/{day.month:02d}/{day.year}" if day else ""


def document_line(doc: Document) -> str:
    """Column 2 of the book: 'Kế hoạch số 12/KH-UBND ngày 15/09/2023 của UBND huyện …'."""
    parts = [DOC_KIND_VI.get(doc.kind or "", "Văn bản")]
    parts.append(f"số {doc.number}" if doc.number else "(không ghi số)")
    if doc.issue_date:
        parts.append(f"ngày {_vn_date(doc.issue_date)}")
    if doc.issuer_name:
        parts.append(f"của {doc.issuer_name}")
    line = " ".join(parts)
    return f"{line}: {doc.subject}" if doc.subject else line


def progress_text(item: Item, today: dt.date) -> str:
    """Column 5 of the book, in words."""
    status = item.status(today)
    if status == "done" and item.last:
        day = item.last.created_at.astimezone(TIMEZONE).date()
        return f"Đã giải quyết ngày {_vn_date(day)} ({item.last.actor})"
    if status == "overdue" and item.due:
        return f"Quá hạn {(today - item.due).days} ngày"
    if status == "due_this_week":
        return "Đến hạn trong tuần này"
    return "Đang giải quyết"


def book_xlsx(items: list[Item], today: dt.date) -> bytes:
    """The book as an .xlsx workbook (openpyxl, write-only: rows are streamed, not kept as cell objects)."""
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Alignment, Font

    book = Workbook(write_only=True)
    sheet = book.create_sheet("Sổ theo dõi")
    for letter, width in zip("ABCDEFG", (10, 48, 28, 14, 26, 22, 60), strict=True):
        sheet.column_dimensions[letter].width = width
    sheet.freeze_panes = "A2"
    bold, centred = Font(bold=True), Alignment(wrap_text=True, vertical="center", horizontal="center")
    wrap = Alignment(wrap_text=True, vertical="top")

    def cell(value: Any, **style: Any) -> WriteOnlyCell:
        written = WriteOnlyCell(sheet, value)
        if isinstance(value, str) and value.startswith("="):
            written.data_type = "s"  # text is text: openpyxl would store it as a formula
        for name, setting in style.items():
            setattr(written, name, setting)
        return written

    sheet.append([cell(name, font=bold, alignment=centred) for name in BOOK_COLUMNS])
    for item in items:
        if item.kind not in BOOK_KINDS:
            continue
        last = item.last if item.done else None
        notes = [f"{KIND_VI[item.kind]}: {item.text}"]
        if last and last.note:
            notes.append(last.note)
        sheet.append([arrival_number(item.document), cell(document_line(item.document), alignment=wrap),
                      cell(item.agency or "", alignment=wrap), cell(item.due, number_format="DD/MM/YYYY"),
                      progress_text(item, today), cell((last and last.reply_number) or ""),
                      cell("\n".join(notes), alignment=wrap)])
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


# ------------------------------------------------------------------------------------------ feed (.ics)


FeedEvent = tuple[str, bytes, Any]  # uid, serialised VEVENT, the icalendar Event


def _feed_events(key: VersionKey, record: dict[str, Any], created_at: dt.datetime) -> tuple[FeedEvent, ...]:
    """A version's VEVENTs, serialised once: ``(uid, bytes, event)``."""
    return tuple((str(event["uid"]), event.to_ical(), event)
                 for event in exports.record_events(key[2], record, created_at))


def feed_ics(services: Any) -> bytes:
    """Every document's calendar events in one VCALENDAR; a reporting deadline marked done says so."""
    with services.db.read() as session:
        versions = current_versions(session)
        items = load_items(session, versions=versions)
        events = per_version(_feed_cache, session, [key for _, key in versions], _feed_events)
    done_uids = {f"{i.document.id}-report-{i.pointer.rsplit('/', 1)[1]}@docintel"
                 for i in items if i.kind == "report" and i.done}
    parts, timed = [], False
    for _, key in sorted(versions, key=lambda pair: pair[0].id):
        for uid, body, event in events[key]:
            timed = timed or isinstance(event.decoded("dtstart"), dt.datetime)
            if uid in done_uids:
                marked = copy.deepcopy(event)  # the cached event stays as the record states it
                summary = str(marked.pop("summary"))
                marked.add("summary", exports.ical_text(f"Đã xong: {summary}"))
                body = marked.to_ical()
            parts.append(body)
    return exports.calendar_of_parts("Theo dõi hạn và sự kiện", parts, timed=timed, refresh=FEED_REFRESH)


# ------------------------------------------------------------------------------------------ routes

api_router = APIRouter(prefix="/v1", dependencies=[Depends(require_token)], tags=["follow-up"],
                       responses={401: PROBLEM_RESPONSES[401]})
# The feed checks the token itself (a header or ?token=): calendar applications cannot send headers.
feed_router = APIRouter(prefix="/v1", tags=["follow-up"], responses={401: PROBLEM_RESPONSES[401]})

StatusQuery = Annotated[Literal["overdue", "due_this_week", "open", "done"] | None, Query(
    description="overdue: due before today, not done; due_this_week: due from today to Sunday, not done; "
                "open: every item not done; done: marked done.")]
AgencyQuery = Annotated[str | None, Query(max_length=200, description="Part of the agency's name (who must act); "
                                          "case and diacritics optional.")]
KindQuery = Annotated[Literal["task", "report", "event", "ceremony"] | None, Query()]
ItemKey = Annotated[str, Path(max_length=200, description="The item's key from GET /v1/followup.")]


def _filters(agency: str | None, due_from: str | None, due_to: str | None, status: str | None,
             kind: str | None) -> Filters:
    return Filters(agency=(agency or "").strip() or None, due_from=parse_date_filter(due_from, "due_from"),
                   due_to=parse_date_filter(due_to, "due_to"), status=status, kind=kind)


def _problems(*statuses: int) -> dict[int | str, dict[str, Any]]:
    return {status: PROBLEM_RESPONSES[status] for status in statuses}


@api_router.get("/followup", response_model=FollowupPage, responses=_problems(422))
def list_followup(
    services: ServicesDep, request: Request, clock: ClockDep,
    agency: AgencyQuery = None, due_from: DateQuery = None, due_to: DateQuery = None,
    status: StatusQuery = None, kind: KindQuery = None,
    limit: Annotated[int, Query(ge=1, le=200)] = 50,
    offset: Annotated[int, Query(ge=0, le=1_000_000)] = 0,
) -> FollowupPage:
    """Every task, reporting deadline and event of every document's current record, by due date.

    See the module docstring of ``service.followup`` for the keys, the statuses and what a correction does.
    """
    filters = _filters(agency, due_from, due_to, status, kind)
    today = today_of(clock())
    with services.db.read() as session:
        chosen = select_items(load_items(session), filters, today)
    params = {k: v for k, v in request.query_params.items() if k not in ("limit", "offset")}

    def page_link(at: int) -> str:
        return "/v1/followup?" + urlencode({**params, "limit": limit, "offset": at})

    total = len(chosen)
    links = {"self": page_link(offset), "next": page_link(offset + limit) if offset + limit < total else None,
             "prev": page_link(max(offset - limit, 0)) if offset > 0 else None}
    return FollowupPage(items=[item_out(i, today) for i in chosen[offset:offset + limit]], total=total,
                        limit=limit, offset=offset, today=today, links=links)


@api_router.get("/followup.xlsx", response_class=Response, responses={
    200: {"content": {"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": {}},
          "description": "Sổ theo dõi giải quyết văn bản đến."}, **_problems(422)})
def followup_book(
    services: ServicesDep, clock: ClockDep,
    agency: AgencyQuery = None, due_from: DateQuery = None, due_to: DateQuery = None, status: StatusQuery = None,
) -> Response:
    """The follow-up book (Phụ lục IV of Nghị định 30/2020): one row per task and reporting deadline."""
    today = today_of(clock())
    with services.db.read() as session:
        chosen = select_items(load_items(session), _filters(agency, due_from, due_to, status, None), today)
    return Response(book_xlsx(chosen, today),
                    media_type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                    headers={"Content-Disposition": f'attachment; filename="so-theo-doi-{today.isoformat()}.xlsx"'})


@api_router.post("/followup/{key}/events", response_model=FollowupItemOut, status_code=201,
             responses=_problems(404, 409, 422))
def mark_item(services: ServicesDep, clock: ClockDep, key: ItemKey, mark: FollowupEventIn) -> FollowupItemOut:
    """Mark an item done, or reopen it: appended to its history with who, when, a note and the reply's number."""
    now = clock()
    item, _ = add_mark(services, key, mark, now)
    return item_out(item, today_of(now))


@api_router.get("/followup/{key}/events", response_model=FollowupHistory, responses=_problems(404))
def item_history(services: ServicesDep, key: ItemKey) -> FollowupHistory:
    """The item's done/reopen marks, oldest first; for a key a correction retired, the marks made under it."""
    return FollowupHistory(key=key, events=[event_out(e) for e in history(services, key)])


async def feed_token(request: Request, token: Annotated[str | None, Query(
        max_length=500, description="The API token, for calendar applications that cannot send headers.")] = None,
) -> None:
    """The bearer token, or ``?token=`` (this route only), compared in constant time."""
    expected = request.app.state.settings.api_token
    if expected is None:
        return
    scheme, _, bearer = request.headers.get("authorization", "").partition(" ")
    given = bearer.strip() if scheme.lower() == "bearer" else (token or "")
    if not tokens_match(given, expected.get_secret_value()):
        raise AuthenticationError(
            "Lịch theo dõi cần mã truy cập: thêm ?token=<mã> vào địa chỉ đăng ký lịch." if not given
            else "Mã truy cập (API token) không đúng; hãy lấy lại địa chỉ đăng ký lịch trên trang Theo dõi.",
            code=ErrorCode.UNAUTHORIZED,
        )


@feed_router.get("/calendar.ics", response_class=Response, dependencies=[Depends(feed_token)], responses={
    200: {"content": {"text/calendar": {}}, "description": "RFC 5545 calendar of every document."}})
def calendar_feed(services: ServicesDep) -> Response:
    """Every document's event week, opening ceremony and reporting deadlines, for a calendar to subscribe to."""
    return Response(feed_ics(services), media_type="text/calendar; charset=utf-8",
                    headers={"Content-Disposition": 'inline; filename="theo-doi.ics"', "Cache-Control": "no-cache"})


router = APIRouter()  # what service/app.py includes
router.include_router(api_router)
router.include_router(feed_router)
