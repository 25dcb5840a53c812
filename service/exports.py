"""Exports of a plan record for downstream systems: an iCalendar file, an assignments CSV, the JSON.

``calendar.ics`` (RFC 5545, written by the ``icalendar`` library) holds up to three kinds of event:

- the event week: an all-day event from ``event.start_date`` to ``event.end_date`` (DTEND is the day after,
  as RFC 5545 all-day events end exclusively);
- the opening ceremony: at its clock time in Asia/Ho_Chi_Minh when the document states one (no end time is
  invented), otherwise an all-day event on its date; the venue as LOCATION;
- one all-day event per reporting deadline, its summary saying what is reported, by whom, to whom and
  whether the date is "trước ngày" (before), "vào ngày" (on) or "chậm nhất ngày" (by).

UIDs are stable per document and item, so importing a corrected record again updates the same events;
DTSTAMP is the time of the record version exported. Every text value goes out as an iCalendar TEXT (line
breaks, commas and semicolons escaped; long lines folded by the library), whatever a stored record holds.

``assignments.csv`` has one row per task, headed in Vietnamese: ``Cơ quan, đơn vị``, ``Nhiệm vụ``, ``Hạn``.
The deadline is attached only where the record links it to the agency: a reporting entry whose reporters
are that agency, written the same way (compared after NFC, case folding and collapsing white space; no
fuzzy matching, which once gave "Sở Văn hóa…"'s deadline to "Thư viện các tỉnh…"). Otherwise the cell is
empty rather than guessed; several linked deadlines are listed in date order. Every cell that a spreadsheet
would read as a formula (it starts with ``= + - @``, a tab or a carriage return) is prefixed with ``'``, as
OWASP recommends against CSV injection. UTF-8 with a BOM, so that spreadsheet programs open the Vietnamese
text correctly.
"""

from __future__ import annotations

import csv
import datetime as dt
import functools
import io
import re
import unicodedata
from typing import Any
from zoneinfo import ZoneInfo

from icalendar import Calendar, Event, Timezone
from icalendar.prop import vDuration, vText

from extractor.errors import NotFoundError
from service.codes import ErrorCode
from service.records import fold

TIMEZONE = ZoneInfo("Asia/Ho_Chi_Minh")
PRODID = "-//docintel//Vietnamese directive plan record//VI"
RELATION_VI = {"before": "trước ngày", "on": "vào ngày", "by": "chậm nhất ngày"}
ASSIGNMENT_COLUMNS = ("Cơ quan, đơn vị", "Nhiệm vụ", "Hạn")
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def _date(value: Any) -> dt.date | None:
    try:
        return dt.date.fromisoformat(value) if isinstance(value, str) else None
    except ValueError:
        return None


def _time(value: Any) -> dt.time | None:
    try:
        return dt.time.fromisoformat(value) if isinstance(value, str) else None
    except ValueError:
        return None


def _vn_date(day: dt.date) -> str:
    return f"{day.day:02d}/{day.month:02d}/{day.year}"


def ical_text(value: str) -> vText:
    """An iCalendar TEXT value: any line break becomes an escaped ``\\n`` (a bare CR included)."""
    return vText(value.replace("\r\n", "\n").replace("\r", "\n"))


def _event(uid: str, stamp: dt.datetime, summary: str, start: dt.date | dt.datetime,
           end: dt.date | None = None, *, location: str | None = None, description: str | None = None) -> Event:
    event = Event()
    event.add("uid", uid)
    event.add("dtstamp", stamp)
    event.add("summary", ical_text(summary))
    event.add("dtstart", start)
    if end is not None:
        event.add("dtend", end)
    if location:
        event.add("location", ical_text(location))
    if description:
        event.add("description", ical_text(description))
    return event


def calendar_name(record: dict[str, Any]) -> str:
    """What the record's calendar is called: the event's name, else the subject."""
    info = record.get("document") or {}
    return (record.get("event") or {}).get("name") or info.get("subject") or "Sự kiện"


def record_events(document_id: str, record: dict[str, Any], stamp: dt.datetime) -> list[Event]:
    """The record's event week, opening ceremony and reporting deadlines as VEVENTs (UIDs stable per document
    and item: ``<id>-event``, ``<id>-opening``, ``<id>-report-<index>``); empty when it states no date."""
    info = record.get("document") or {}
    event = record.get("event") or {}
    ceremony = event.get("opening_ceremony") or {}
    number = info.get("number")
    source = f"Theo văn bản số {number}" if number else "Theo văn bản"
    if info.get("issue_date") and _date(info["issue_date"]):
        source += f" ngày {_vn_date(_date(info['issue_date']))}"
    issuer = (record.get("issuer") or {}).get("name")
    if issuer:
        source += f" của {issuer}"
    name = calendar_name(record)
    uid = f"{document_id}-{{}}@docintel"

    events: list[Event] = []
    start, end = _date(event.get("start_date")), _date(event.get("end_date"))
    if start:
        last = end if end and end >= start else start
        description = "\n".join(x for x in (f"Chủ đề: {event['theme']}" if event.get("theme") else None, source) if x)
        events.append(_event(uid.format("event"), stamp, name, start, last + dt.timedelta(days=1),
                             description=description))

    day = _date(ceremony.get("date"))
    if day:
        clock = _time(ceremony.get("time"))
        when: dt.date | dt.datetime = dt.datetime.combine(day, clock, TIMEZONE) if clock else day
        mode = {"online": "trực tuyến", "in_person": "trực tiếp", "hybrid": "trực tiếp kết hợp trực tuyến"}.get(
            ceremony.get("mode") or "")
        description = "\n".join(x for x in (f"Hình thức: {mode}" if mode else None, source) if x)
        events.append(_event(uid.format("opening"), stamp, f"Lễ khai mạc: {name}", when,
                             None if clock else day + dt.timedelta(days=1),
                             location=ceremony.get("venue"), description=description))

    for i, report in enumerate(record.get("reporting") or []):
        deadline = _date(report.get("deadline"))
        if not deadline:
            continue
        what = report.get("content") or "báo cáo"
        summary = f"Hạn {what}"
        if report.get("recipient"):
            summary += f" gửi {report['recipient']}"
        lines = [f"Hạn: {RELATION_VI.get(report.get('relation') or '', 'ngày')} {_vn_date(deadline)}"]
        if report.get("reporters"):
            lines.append(f"Đơn vị báo cáo: {report['reporters']}")
        if report.get("email"):
            lines.append(f"Email: {report['email']}")
        lines.append(source)
        events.append(_event(uid.format(f"report-{i}"), stamp, summary, deadline,
                             deadline + dt.timedelta(days=1), description="\n".join(lines)))

    return events


def calendar_ics(document_id: str, record: dict[str, Any], stamp: dt.datetime) -> bytes:
    """The record's dates as an RFC 5545 calendar; :class:`NotFoundError` when it states no date to export."""
    events = record_events(document_id, record, stamp)
    if not events:
        raise NotFoundError(
            f"Văn bản {document_id} không nêu ngày diễn ra sự kiện, lễ khai mạc hay hạn báo cáo nào để xuất ra lịch.",
            code=ErrorCode.NO_CALENDAR_EVENTS,
        )
    return calendar_of(calendar_name(record), events)


def _calendar_head(name: str, refresh: dt.timedelta | None) -> Calendar:
    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("x-wr-calname", ical_text(" ".join(name.split())))  # a name on one line; X- is not TEXT unless told
    if refresh is not None:  # how often a subscribed calendar fetches it again (RFC 7986, and Outlook's X- name)
        calendar.add("refresh-interval", refresh, parameters={"VALUE": "DURATION"})
        calendar.add("x-published-ttl", vDuration(refresh))  # an X- name is TEXT unless given its type
    return calendar


def calendar_of(name: str, events: list[Event]) -> bytes:
    """A VCALENDAR named ``name`` holding ``events`` (with the VTIMEZONE when one starts at a clock time)."""
    calendar = _calendar_head(name, None)
    for item in events:
        calendar.add_component(item)
    if any(isinstance(item.decoded("dtstart"), dt.datetime) for item in events):
        calendar.add_component(_vtimezone())  # what add_missing_timezones would add, built once
    calendar.add_missing_timezones()
    return calendar.to_ical()


def calendar_of_parts(name: str, parts: list[bytes], *, timed: bool, refresh: dt.timedelta | None = None) -> bytes:
    """A VCALENDAR of VEVENTs already serialised (``parts``), with the VTIMEZONE when ``timed``."""
    head = _calendar_head(name, refresh).to_ical()
    end = b"END:VCALENDAR\r\n"
    return b"".join([head.removesuffix(end), _vtimezone_ical() if timed else b"", *parts, end])


@functools.cache
def _vtimezone_ical() -> bytes:
    return _vtimezone().to_ical()


@functools.cache
def _vtimezone() -> Timezone:
    """The VTIMEZONE of Asia/Ho_Chi_Minh: icalendar derives it from the tz database in about 60 ms of CPU,
    which made the calendar export the slowest GET of the service when rebuilt for every request."""
    return Timezone.from_tzinfo(TIMEZONE)


def _agency_key(name: str) -> str:
    return fold(name).rstrip(" .,;:")


def deadline_for(agency: str | None, reporting: list[dict[str, Any]]) -> str | None:
    """The deadlines the record links to ``agency`` (see the module docstring), ISO, in date order, or ``None``."""
    key = _agency_key(agency or "")
    if not key:
        return None
    linked = sorted({r["deadline"] for r in reporting
                     if _date(r.get("deadline")) and _agency_key(r.get("reporters") or "") == key})
    return "; ".join(linked) or None


def spreadsheet_safe(value: str) -> str:
    """``value`` as a cell no spreadsheet runs as a formula: a leading ``'`` where it would (OWASP)."""
    return "'" + value if value.startswith(FORMULA_START) else value


def assignments_rows(record: dict[str, Any]) -> list[tuple[str, str, str]]:
    reporting = record.get("reporting") or []
    rows = []
    for assignment in record.get("assignments") or []:
        agency = assignment.get("agency") or ""
        deadline = deadline_for(agency, reporting) or ""
        for task in assignment.get("tasks") or [""]:
            rows.append((agency, task, deadline))
    return rows


def assignments_csv(record: dict[str, Any]) -> bytes:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(ASSIGNMENT_COLUMNS)
    writer.writerows([spreadsheet_safe(str(cell or "")) for cell in row] for row in assignments_rows(record))
    return out.getvalue().encode("utf-8-sig")


_SLUG = re.compile(r"[^A-Za-z0-9._-]+")


def download_name(document_id: str, number: str | None, suffix: str) -> str:
    """An ASCII file name for Content-Disposition: the document number without diacritics, else the id."""
    base = ""
    if number:
        ascii_number = unicodedata.normalize("NFKD", number.replace("Đ", "D").replace("đ", "d"))
        base = _SLUG.sub("-", ascii_number.encode("ascii", "ignore").decode()).strip("-._")
    return f"{base or document_id}{suffix}"
