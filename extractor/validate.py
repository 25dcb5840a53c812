"""Stage 5, validate: cross-checks a clerk should see, written into ``record.warnings``.

Warnings are plain Vietnamese sentences; each names the values that disagree.
"""

from __future__ import annotations

import datetime as dt

from extractor.record import PlanRecord


def _d(value: str | None) -> dt.date | None:
    return dt.date.fromisoformat(value) if value else None


def warnings(record: PlanRecord, *, text_empty: bool = False, vietnamese: bool = True,
             body_missing: bool = False, blank: frozenset[str] | set[str] = frozenset()) -> list[str]:
    """``blank``: the header fields the document leaves blank (an e-signed copy: number and day stamped later)."""
    if text_empty:
        return ["Văn bản không có nội dung chữ: không trích xuất được trường nào."]
    out: list[str] = []
    if not vietnamese:
        out.append("Văn bản không giống tiếng Việt (hoặc không đọc được): không trích xuất giá trị nào.")
    if body_missing:
        out.append("Văn bản chỉ có phần đầu: không có nội dung (sự kiện, phân công, báo cáo, người ký).")
    return out + _missing_identity(record, blank) + _event_dates(record) + _deadlines(record) + _citation_dates(record)


def _missing_identity(record: PlanRecord, blank: frozenset[str] | set[str]) -> list[str]:
    out = []
    if not record.document.number and "number" in blank:
        out.append("Văn bản để trống số, ký hiệu (bản ký số: số được cấp khi phát hành): cần nhập tay.")
    elif not record.document.number and "number_cut" in blank:
        out.append("Số, ký hiệu văn bản bị tách rời hoặc bị cắt trong lớp chữ (không đọc chắc được): cần nhập tay.")
    elif not record.document.number:
        out.append("Không tìm thấy số, ký hiệu văn bản.")
    if not record.document.issue_date and "issue_date" in blank:
        out.append("Văn bản để trống ngày ban hành (bản ký số: ngày được ghi khi phát hành): cần nhập tay.")
    elif not record.document.issue_date:
        out.append("Không tìm thấy ngày ban hành văn bản.")
    if not record.issuer.name:
        out.append("Không xác định được cơ quan ban hành.")
    return out


def _event_dates(record: PlanRecord) -> list[str]:
    """The opening ceremony inside the event, the event in the year of the document."""
    out = []
    ev, issued = record.event, _d(record.document.issue_date)
    start, end = _d(ev.start_date), _d(ev.end_date)
    opening = _d(ev.opening_ceremony.date)
    if opening and start and end and not start <= opening <= end:
        out.append(
            f"Lễ khai mạc ngày {opening:%d/%m/%Y} nằm ngoài thời gian sự kiện "
            f"({start:%d/%m/%Y}–{end:%d/%m/%Y})."
        )
    years = {d.year for d in (start, end) if d}
    if issued and years and all(abs(y - issued.year) > 1 for y in years):
        out.append(f"Năm của sự kiện ({', '.join(map(str, sorted(years)))}) khác năm ban hành ({issued.year}).")
    if opening and years and opening.year not in years:
        out.append(f"Năm của lễ khai mạc ({opening.year}) khác năm của sự kiện "
                   f"({', '.join(map(str, sorted(years)))}).")
    return out


def _deadlines(record: PlanRecord) -> list[str]:
    """A report is due after the event ends and after the document is issued."""
    out = []
    end, issued = _d(record.event.end_date), _d(record.document.issue_date)
    for r in record.reporting:
        deadline = _d(r.deadline)
        if deadline and end and deadline < end:
            out.append(f"Hạn báo cáo {deadline:%d/%m/%Y} trước ngày kết thúc sự kiện ({end:%d/%m/%Y}).")
        if deadline and issued and deadline < issued:
            out.append(f"Hạn báo cáo {deadline:%d/%m/%Y} trước ngày ban hành văn bản ({issued:%d/%m/%Y}).")
    return out


def _citation_dates(record: PlanRecord) -> list[str]:
    """A cited document was issued before the one citing it."""
    out = []
    issued = _d(record.document.issue_date)
    for p in record.parent_directives:
        cited = _d(p.issue_date)
        if cited and issued and cited > issued:
            out.append(f"Văn bản căn cứ {p.number or ''} ghi ngày {cited:%d/%m/%Y}, "
                       f"sau ngày ban hành ({issued:%d/%m/%Y}).".replace("  ", " "))
    return out
