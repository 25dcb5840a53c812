"""The register of incoming documents (Sổ đăng ký văn bản đến, Nghị định 30/2020 Điều 22 and Phụ lục IV).

**Số đến and ngày đến.** Every new upload gets, in the transaction that stores its document row, the next
*số đến* of the calendar year of its *ngày đến* (the upload's time, in Asia/Ho_Chi_Minh): one series for every
kind of document, starting at 1 each year, never handed out twice. The year's last number lives in a counter
row (``register_counters``) that one statement increments and reads (``INSERT … ON CONFLICT DO UPDATE …
RETURNING``, on SQLite and PostgreSQL): on PostgreSQL the row lock makes concurrent uploads wait for each other,
on SQLite the write transaction's lock (``BEGIN IMMEDIATE``) does, across processes too. The counter only
grows, so the number of a deleted document is not given again, and an upload whose transaction fails
(the same bytes stored concurrently) gives its number back with the rollback. A unique constraint on
(year, number) backs this up.

**The register.** One row per document in number order with the columns of Phụ lục IV: Ngày đến, Số đến and
the clerk's columns (Đơn vị hoặc người nhận, Ngày chuyển, Ký nhận, Ghi chú: stored here, apart from the plan
record, and edited with ``PATCH /v1/register/{id}``); Tác giả, Số, ký hiệu, Ngày tháng and Tên loại và trích
yếu come from the document's current record (reviewed if a clerk saved one), through the index columns that
follow it. ``GET /v1/register.xlsx`` writes the same rows as a workbook (openpyxl).

**Phụ lục VI.** ``GET /v1/documents/{id}/metadata.json`` gives the record as the metadata of an incoming
document of Phụ lục VI, Phần II, Mục II (the field names of that table; see :func:`metadata`).
"""

from __future__ import annotations

import datetime as dt
import io
import re
import unicodedata
from typing import Annotated, Any
from zoneinfo import ZoneInfo

from fastapi import APIRouter, Body, Depends, Path, Query, Response
from fastapi.responses import JSONResponse
from openpyxl import Workbook
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.styles import Alignment, Border, Font, Side
from openpyxl.utils import get_column_letter
from pydantic import BaseModel, ConfigDict, Field
from sqlalchemy import Row, Select, select
from sqlalchemy.dialects.postgresql import insert as postgresql_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session

from extractor.errors import InputError, NotFoundError
from service import documents
from service.api import ServicesDep, parse_date_filter
from service.auth import require_token
from service.codes import ErrorCode
from service.db import Database
from service.errors import PROBLEM_RESPONSES
from service.exports import FORMULA_START, download_name
from service.models import Document, Job, RegisterCounter, RegisterEntry, utcnow

TIMEZONE = ZoneInfo("Asia/Ho_Chi_Minh")
TITLE = "SỔ ĐĂNG KÝ VĂN BẢN ĐẾN"

# Phụ lục IV, mục VI "Mẫu sổ đăng ký văn bản đến", 2. "Nội dung đăng ký văn bản đến": the ten columns, in order,
# as the decree prints them (key of the JSON row → header of the book).
COLUMNS: tuple[tuple[str, str], ...] = (
    ("arrival_date", "Ngày đến"),
    ("arrival_number", "Số đến"),
    ("author", "Tác giả"),
    ("number", "Số, ký hiệu văn bản"),
    ("issue_date", "Ngày tháng văn bản"),
    ("type_and_subject", "Tên loại và trích yếu nội dung văn bản"),
    ("recipient", "Đơn vị hoặc người nhận"),
    ("transferred_on", "Ngày chuyển"),
    ("signed_by", "Ký nhận"),
    ("note", "Ghi chú"),
)

TYPE_NAMES = {
    "cong_van": "Công văn", "ke_hoach": "Kế hoạch", "quyet_dinh": "Quyết định", "thong_bao": "Thông báo",
    "bao_cao": "Báo cáo", "chi_thi": "Chỉ thị", "huong_dan": "Hướng dẫn", "to_trinh": "Tờ trình",
}
# Phụ lục VI "Mức độ khẩn, độ mật" is a one-digit number; its codes are those of the electronic document
# exchange format (edXML): 0 thường, 1 khẩn, 2 thượng khẩn, 3 hỏa tốc.
PRIORITY = {None: 0, "khan": 1, "thuong_khan": 2, "hoa_toc": 3}

# Lengths of the clerk's columns: those of the Phụ lục VI fields they fill (ToPlaces 1000, Description 500).
RECIPIENT_MAX, SIGNED_BY_MAX, NOTE_MAX = 1000, 200, 500


# ------------------------------------------------------------------------------------------ số đến


def arrival_year(arrived_at: dt.datetime) -> int:
    return arrived_at.astimezone(TIMEZONE).year


def next_number(session: Session, year: int) -> int:
    """Increment and return the year's counter, inside the caller's transaction (see the module docstring)."""
    dialect = session.get_bind().dialect.name
    if dialect in ("sqlite", "postgresql"):
        insert = sqlite_insert if dialect == "sqlite" else postgresql_insert
        statement = insert(RegisterCounter).values(year=year, last_number=1)
        statement = statement.on_conflict_do_update(
            index_elements=[RegisterCounter.year], set_={"last_number": RegisterCounter.last_number + 1},
        ).returning(RegisterCounter.last_number)
        return int(session.execute(statement).scalar_one())
    # Any other database: lock the year's row (the first upload of a year creates it).
    counter = session.scalars(select(RegisterCounter).where(RegisterCounter.year == year).with_for_update()).first()
    if counter is None:
        counter = RegisterCounter(year=year, last_number=0)
        session.add(counter)
    counter.last_number += 1
    session.flush()
    return counter.last_number


def register_arrival(session: Session, doc: Document) -> RegisterEntry:
    """Give ``doc`` (being inserted in ``session``) its số đến; ngày đến is its upload time."""
    year = arrival_year(doc.created_at)
    entry = RegisterEntry(document_id=doc.id, arrival_year=year, arrival_number=next_number(session, year),
                          arrived_at=doc.created_at)
    session.add(entry)
    return entry


# ------------------------------------------------------------------------------------------ rows


class RegisterRow(BaseModel):
    document_id: str
    arrival_number: int = Field(description="Số đến: running number in the calendar year of ngày đến.")
    arrival_year: int
    arrived_at: dt.datetime = Field(description="Ngày đến: time of the upload, Asia/Ho_Chi_Minh.")
    arrival_date: dt.date = Field(description="The date of arrived_at in Asia/Ho_Chi_Minh.")
    author: str | None = Field(None, description="Tác giả: the issuer of the current record.")
    number: str | None = Field(None, description="Số, ký hiệu văn bản.")
    issue_date: dt.date | None = Field(None, description="Ngày tháng văn bản.")
    kind: str | None = None
    type_and_subject: str | None = Field(None, description="Tên loại và trích yếu nội dung văn bản.")
    recipient: str | None = Field(None, description="Đơn vị hoặc người nhận (entered by the clerk).")
    transferred_on: dt.date | None = Field(None, description="Ngày chuyển (entered by the clerk).")
    signed_by: str | None = Field(None, description="Ký nhận: who signed for it (entered by the clerk).")
    note: str | None = Field(None, description="Ghi chú (entered by the clerk).")
    status: str
    links: dict[str, str]


class RegisterColumn(BaseModel):
    key: str
    title: str


class RegisterOut(BaseModel):
    date_from: dt.date | None = Field(None, alias="from", serialization_alias="from")
    date_to: dt.date | None = Field(None, alias="to", serialization_alias="to")
    columns: list[RegisterColumn] = Field(description="The Phụ lục IV columns: row key → header of the book.")
    rows: list[RegisterRow]
    total: int

    model_config = ConfigDict(populate_by_name=True)


def type_and_subject(kind: str | None, subject: str | None) -> str | None:
    """Tên loại và trích yếu: "Kế hoạch Tổ chức …"; a công văn's trích yếu follows "V/v" as it is printed."""
    name = TYPE_NAMES.get(kind or "")
    if name and subject:
        return f"{name} V/v {subject}" if kind == "cong_van" else f"{name} {subject}"
    return subject or name


# What a row needs, selected as columns: loading whole documents (with their page lists and eager joins) made the
# register of a busy year several times slower.
_ROW_COLUMNS = (
    RegisterEntry.document_id, RegisterEntry.arrival_number, RegisterEntry.arrival_year, RegisterEntry.arrived_at,
    RegisterEntry.recipient, RegisterEntry.transferred_on, RegisterEntry.signed_by, RegisterEntry.note,
    Document.issuer_name, Document.number, Document.issue_date, Document.kind, Document.subject, Job.status,
)


def _rows_query() -> Select:
    return (select(*_ROW_COLUMNS).join(Document, Document.id == RegisterEntry.document_id)
            .join(Job, Job.document_id == RegisterEntry.document_id))


def row_of(found: Row) -> RegisterRow:
    local = found.arrived_at.astimezone(TIMEZONE)
    return RegisterRow(
        document_id=found.document_id, arrival_number=found.arrival_number, arrival_year=found.arrival_year,
        arrived_at=local, arrival_date=local.date(), author=found.issuer_name, number=found.number,
        issue_date=found.issue_date, kind=found.kind, type_and_subject=type_and_subject(found.kind, found.subject),
        recipient=found.recipient, transferred_on=found.transferred_on, signed_by=found.signed_by, note=found.note,
        status=found.status,
        links={"document": f"/v1/documents/{found.document_id}",
               "metadata": f"/v1/documents/{found.document_id}/metadata.json"},
    )


def _local_midnight(day: dt.date) -> dt.datetime:
    return dt.datetime.combine(day, dt.time.min, TIMEZONE)


def register_rows(db: Database, start: dt.date | None, end: dt.date | None) -> list[RegisterRow]:
    """The rows whose ngày đến (local date) is within [start, end], in number order."""
    if start and end and start > end:
        raise InputError(f"Từ ngày ({start:%d/%m/%Y}) sau đến ngày ({end:%d/%m/%Y}); hãy chọn ngày bắt đầu không muộn "
                         "hơn ngày kết thúc.", code=ErrorCode.INVALID_DATE)
    query = _rows_query()
    if start:
        query = query.where(RegisterEntry.arrived_at >= _local_midnight(start))
    if end:
        query = query.where(RegisterEntry.arrived_at < _local_midnight(end + dt.timedelta(days=1)))
    query = query.order_by(RegisterEntry.arrival_year, RegisterEntry.arrival_number)
    with db.read() as session:
        return [row_of(found) for found in session.execute(query)]


# ------------------------------------------------------------------------------------------ clerk's columns


class RegisterEntryPatch(BaseModel):
    """The clerk's columns to change; a key left out is kept, ``null`` or an empty string clears it."""

    model_config = ConfigDict(extra="forbid")

    recipient: str | None = Field(None, max_length=RECIPIENT_MAX, description="Đơn vị hoặc người nhận.")
    transferred_on: dt.date | None = Field(None, description="Ngày chuyển (YYYY-MM-DD), not before ngày đến.")
    signed_by: str | None = Field(None, max_length=SIGNED_BY_MAX, description="Ký nhận: who signed for it.")
    note: str | None = Field(None, max_length=NOTE_MAX, description="Ghi chú.")


_CONTROL = re.compile(r"[\x00-\x1f\x7f]")
_SPACE = re.compile(r"\s+")


def clean_text(value: str | None) -> str | None:
    """NFC, control characters dropped, white space collapsed (a cell of the book is one line); empty → None."""
    if value is None:
        return None
    text = _SPACE.sub(" ", _CONTROL.sub(" ", unicodedata.normalize("NFC", value))).strip()
    return text or None


def update_entry(db: Database, document_id: str, patch: RegisterEntryPatch) -> RegisterRow:
    """Store the clerk's columns of one register row.

    Raises:
        NotFoundError: no such document.
        InputError: ``invalid_register_entry`` (Ngày chuyển before ngày đến); nothing is changed then.
    """
    changes = {key: getattr(patch, key) for key in patch.model_fields_set}
    for key in ("recipient", "signed_by", "note"):
        if key in changes:
            changes[key] = clean_text(changes[key])
    documents.get_document(db, document_id)  # 404 document_not_found for an unknown id
    with db.write() as session:
        doc = session.get(Document, document_id)
        entry = doc.register_entry if doc is not None else None
        if entry is None:  # deleted in the meantime (upload and the migration number every document)
            raise NotFoundError(f"Văn bản {document_id} không còn trong sổ đăng ký văn bản đến.",
                                code=ErrorCode.DOCUMENT_NOT_FOUND)
        arrival = entry.arrived_at.astimezone(TIMEZONE).date()
        moved = changes.get("transferred_on")
        if moved is not None and moved < arrival:
            raise InputError(
                f"Ngày chuyển ({moved:%d/%m/%Y}) không thể trước ngày đến ({arrival:%d/%m/%Y}) của văn bản.",
                code=ErrorCode.INVALID_REGISTER_ENTRY,
                detail={"errors": [{"path": "/transferred_on", "location": "body", "type": "before_arrival",
                                    "message": f"Ngày chuyển phải từ ngày đến ({arrival:%d/%m/%Y}) trở đi."}]})
        for key, value in changes.items():
            setattr(entry, key, value)
        if changes:
            entry.updated_at = utcnow()
        session.flush()
        return row_of(session.execute(_rows_query().where(RegisterEntry.document_id == document_id)).one())


# ------------------------------------------------------------------------------------------ xlsx


def _vn(day: dt.date | None) -> str | None:
    return f"{day:%d/%m/%Y}" if day else None


def period_text(start: dt.date | None, end: dt.date | None) -> str:
    if start and end:
        return f"Từ ngày {_vn(start)} đến ngày {_vn(end)}"
    if start:
        return f"Từ ngày {_vn(start)}"
    if end:
        return f"Đến ngày {_vn(end)}"
    return "Toàn bộ sổ"


def _cell_value(key: str, row: RegisterRow) -> Any:
    value = getattr(row, key)
    if isinstance(value, dt.date):
        return _vn(value)  # the book writes dates dd/mm/yyyy (Phụ lục IV); a text cell shows them as written
    if isinstance(value, str):
        return ILLEGAL_CHARACTERS_RE.sub("", value)
    return value


def register_xlsx(rows: list[RegisterRow], start: dt.date | None, end: dt.date | None) -> bytes:
    """The register as a workbook: a title row, the period, the header row of Phụ lục IV, one row per document.

    Text cells are written as strings (never as formulas), and a value a spreadsheet would run as a formula if
    typed (starting with ``= + - @``, a tab or a carriage return) also gets the "quote prefix" style, Excel's
    own mark of a value typed after ``'``: shown and kept as text even when the clerk edits the cell. This is
    the CSV export's protection (:func:`service.exports.spreadsheet_safe`) without the visible ``'``.
    """
    book = Workbook()
    sheet = book.active
    sheet.title = "Sổ văn bản đến"
    last = get_column_letter(len(COLUMNS))
    sheet.append([TITLE])
    sheet.merge_cells(f"A1:{last}1")
    sheet["A1"].font = Font(bold=True, size=14)
    sheet["A1"].alignment = Alignment(horizontal="center")
    sheet.append([period_text(start, end)])
    sheet.merge_cells(f"A2:{last}2")
    sheet["A2"].alignment = Alignment(horizontal="center")
    sheet["A2"].font = Font(italic=True)
    thin = Side(style="thin")
    border = Border(left=thin, right=thin, top=thin, bottom=thin)
    sheet.append([title for _, title in COLUMNS])
    for cell in sheet[3]:
        cell.font = Font(bold=True)
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        cell.border = border
    top = Alignment(vertical="top", wrap_text=True)
    # Row numbers counted here: sheet.max_row scans every cell, which made 5,000 rows take minutes.
    for number, row in enumerate(rows, start=4):  # rows 1-3: title, period, header
        for column, (key, _) in enumerate(COLUMNS, start=1):
            value = _cell_value(key, row)
            cell = sheet.cell(row=number, column=column, value=value)
            if isinstance(value, str):
                cell.data_type = "s"  # openpyxl would store a value starting with "=" as a formula
                if value.startswith(FORMULA_START):
                    cell.quotePrefix = True
            cell.border = border
            cell.alignment = top
    for column, width in enumerate((12, 8, 28, 18, 12, 48, 24, 12, 16, 20), start=1):
        sheet.column_dimensions[get_column_letter(column)].width = width
    sheet.freeze_panes = "A4"
    sheet.print_title_rows = "3:3"
    sheet.page_setup.orientation = "landscape"
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


# ------------------------------------------------------------------------------------------ Phụ lục VI


def _split_number(number: str | None) -> tuple[str | None, str | None]:
    """``"47/HKH-VP"`` → ``("47", "HKH-VP")``: số before the first "/", ký hiệu after it."""
    if not number:
        return None, None
    head, sep, tail = number.partition("/")
    if not sep:
        return (head, None) if head.isdigit() else (None, head)
    return head or None, tail or None


def _iso(day: dt.date | None) -> str | None:
    return day.isoformat() if day else None


def metadata(doc: Document, entry: RegisterEntry | None, record: dict[str, Any]) -> dict[str, Any]:
    """The record as Phụ lục VI metadata of an incoming document (Phần II, Mục II "Thông tin đầu vào của dữ liệu
    quản lý văn bản đến"), keyed by the field names of that table, in its order. Dates are ISO (YYYY-MM-DD, the
    table's length 10). Where each value comes from:

    - ``FileCode`` {``OrganId``, ``FileCatalog``, ``FileNotation``}, ``DocOrdinal``: the hồ sơ the document is
      filed in and its place there — not known here, ``null``;
    - ``TypeName`` (tên loại): ``document.kind`` as its Vietnamese name (``null`` for other kinds);
    - ``CodeNumber`` (số) and ``CodeNotation`` (ký hiệu): ``document.number`` split at its first "/";
    - ``IssuedDate``: ``document.issue_date``; ``OrganName``: ``issuer.name``; ``Subject``: ``document.subject``;
    - ``Language``: "Tiếng Việt" (the only language read); ``PageAmount``: pages of the stored file;
    - ``Description`` (ghi chú): the register's Ghi chú;
    - ``ArrivalDate`` (ngày đến) and ``ArrivalNumber`` (số đến): the register's;
    - ``SignerInfo`` {``Position``, ``FullName``}: ``signer.title`` and ``signer.name``;
    - ``Priority`` (mức độ khẩn): ``document.urgency`` as 0 thường, 1 khẩn, 2 thượng khẩn, 3 hỏa tốc;
    - ``ToPlaces`` (đơn vị hoặc người nhận): the register's, entered by the clerk;
    - ``TraceHeaderList`` (ý kiến phân phối, chỉ đạo, trạng thái xử lý): not kept here, ``null``;
    - ``DueDate`` (thời hạn giải quyết): the earliest reporting deadline of the record.
    """
    info = record.get("document") or {}
    signer = record.get("signer") or {}
    code_number, code_notation = _split_number(info.get("number"))
    deadlines = sorted(r["deadline"] for r in record.get("reporting") or [] if r.get("deadline"))
    local = entry.arrived_at.astimezone(TIMEZONE) if entry else None
    return {
        "FileCode": {"OrganId": None, "FileCatalog": None, "FileNotation": None},
        "DocOrdinal": None,
        "TypeName": TYPE_NAMES.get(info.get("kind") or ""),
        "CodeNumber": code_number,
        "CodeNotation": code_notation,
        "IssuedDate": info.get("issue_date"),
        "OrganName": (record.get("issuer") or {}).get("name"),
        "Subject": info.get("subject"),
        "Language": "Tiếng Việt",
        "PageAmount": len(doc.pages or []) or doc.job.pages_total,
        "Description": entry.note if entry else None,
        "ArrivalDate": _iso(local.date()) if local else None,
        "ArrivalNumber": entry.arrival_number if entry else None,
        "SignerInfo": {"Position": signer.get("title"), "FullName": signer.get("name")},
        "Priority": PRIORITY.get(info.get("urgency"), 0),
        "ToPlaces": entry.recipient if entry else None,
        "TraceHeaderList": None,
        "DueDate": deadlines[0] if deadlines else None,
    }


# ------------------------------------------------------------------------------------------ routes

router = APIRouter(prefix="/v1", dependencies=[Depends(require_token)], tags=["register"],
                   responses={401: PROBLEM_RESPONSES[401]})
DocumentId = Annotated[str, Path(description="Document id as returned by POST /v1/documents.", max_length=64)]
FromQuery = Annotated[str | None, Query(alias="from", max_length=40,
                                        description="First day of ngày đến (dd/mm/yyyy or YYYY-MM-DD).")]
ToQuery = Annotated[str | None, Query(alias="to", max_length=40,
                                      description="Last day of ngày đến (dd/mm/yyyy or YYYY-MM-DD).")]


def _period(date_from: str | None, date_to: str | None) -> tuple[dt.date | None, dt.date | None]:
    return parse_date_filter(date_from, "from"), parse_date_filter(date_to, "to")


@router.get("/register", response_model=RegisterOut, response_model_by_alias=True,
            responses={422: PROBLEM_RESPONSES[422]})
def get_register(services: ServicesDep, date_from: FromQuery = None, date_to: ToQuery = None) -> RegisterOut:
    """The register of incoming documents for ngày đến in [from, to] (both optional), in số đến order, with the
    columns of Phụ lục IV."""
    start, end = _period(date_from, date_to)
    rows = register_rows(services.db, start, end)
    return RegisterOut(date_from=start, date_to=end, rows=rows, total=len(rows),
                       columns=[RegisterColumn(key=key, title=title) for key, title in COLUMNS])


@router.get("/register.xlsx", response_class=Response, responses={
    200: {"content": {"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": {}},
          "description": "The register as an Excel workbook."}, 422: PROBLEM_RESPONSES[422]})
def get_register_xlsx(services: ServicesDep, date_from: FromQuery = None, date_to: ToQuery = None) -> Response:
    """The register for [from, to] as .xlsx: title row, period, the Phụ lục IV header row, one row per document."""
    start, end = _period(date_from, date_to)
    body = register_xlsx(register_rows(services.db, start, end), start, end)
    span = "-".join(day.isoformat() for day in (start, end) if day)
    name = f"so-van-ban-den{'-' + span if span else ''}.xlsx"
    return Response(body, media_type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                    headers={"Content-Disposition": f'attachment; filename="{name}"'})


@router.patch("/register/{document_id}", response_model=RegisterRow,
              responses={404: PROBLEM_RESPONSES[404], 422: PROBLEM_RESPONSES[422]})
def patch_register_entry(services: ServicesDep, document_id: DocumentId,
                         patch: Annotated[RegisterEntryPatch, Body()]) -> RegisterRow:
    """Change the clerk's columns of a document's register row (Đơn vị hoặc người nhận, Ngày chuyển, Ký nhận,
    Ghi chú). Keys left out are kept; ``null`` or "" clears one. Unknown keys, over-long values and a Ngày chuyển
    before ngày đến are refused with 422 and nothing is changed. The plan record is not touched."""
    return update_entry(services.db, document_id, patch)


@router.get("/documents/{document_id}/metadata.json", responses={404: PROBLEM_RESPONSES[404],
                                                                  409: PROBLEM_RESPONSES[409]})
def get_metadata(services: ServicesDep, document_id: DocumentId) -> JSONResponse:
    """The current record as Phụ lục VI metadata of an incoming document (field names of the decree's table;
    each field's source is listed in ``service.register.metadata``)."""
    doc = documents.get_document(services.db, document_id)
    found = documents.get_version(services.db, doc, "current")
    body = metadata(doc, doc.register_entry, found.record)
    name = download_name(doc.id, (found.record.get("document") or {}).get("number"), "-metadata.json")
    return JSONResponse(body, headers={"Content-Disposition": f'attachment; filename="{name}"'})
