"""The extraction pipeline: ingest → normalise → segment → extract → validate.

Each stage is a plain function from one typed object to the next (see ``extractor/types.py``):

    SourceDocument ─normalise→ NormalisedText ─segment→ Segments ─rules→ findings ─assemble→ PlanRecord
                                                                                  └─validate→ warnings
"""

from __future__ import annotations

import logging
import re
import time
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from extractor import ingest
from extractor.assemble import assemble
from extractor.normalise import normalise
from extractor.record import PlanRecord
from extractor.rules import (
    addressees,
    assignments,
    ceremony,
    distribution,
    event,
    identity,
    issuer,
    parents,
    reporting,
    signer,
)
from extractor.segment import Segments, segment
from extractor.types import Extraction, PageSummary, SourceDocument
from extractor.validate import warnings

Progress = Callable[[int, int], None]  # (pages done, pages total)
T = TypeVar("T")
log = logging.getLogger(__name__)
# Letters only Vietnamese writes: ă đ ơ ư and the precomposed block U+1EA0–U+1EF9. Latin-1 (â ê ô à é …)
# is left out on purpose: bytes decoded as Latin-1 are full of those.
_VIETNAMESE = re.compile(r"[ăđơưĂĐƠƯ\u1ea0-\u1ef9]")


def _attached_plan(seg: Segments, kind: str | None) -> Segments | None:
    """A Quyết định ban hành Kế hoạch carries the plan after its signature: the event and duties are there."""
    if kind != "quyet_dinh" or seg.appendix_start is None:
        return None
    plan = segment(seg.text, seg.appendix_start)
    return plan if plan.type_line is not None else None


def _guarded(problems: list[str], family: str, rule: Callable[[], T], empty: T) -> T:
    """Run one field family's rule; a bug in it empties that family only, logged and reported as a warning."""
    try:
        return rule()
    except Exception as exc:
        log.exception("rule %s failed", family)
        problems.append(f"Lỗi nội bộ khi trích xuất '{family}' ({type(exc).__name__}): trường này để trống.")
        return empty


def _rules(seg: Segments, problems: list[str]) -> dict:
    """Stage 4: every field family's rule over the segmented document, as a tree of findings."""
    doc = _guarded(problems, "document", lambda: identity.extract(seg), dict.fromkeys(identity.FIELDS))
    year = int(doc["issue_date"].value[:4]) if doc["issue_date"] else None
    plan = _attached_plan(seg, doc["kind"].value if doc["kind"] else None)
    blocks = _guarded(problems, "assignments",
                      lambda: assignments.extract(seg) + (assignments.extract(plan) if plan else []), [])
    empty_event = {"name": None, "theme": None, "start_date": None, "end_date": None}
    ev = _guarded(problems, "event", lambda: event.extract(seg, doc["subject"], year), empty_event)
    if plan is not None:
        plan_event = _guarded(problems, "event",
                              lambda: event.extract(plan, identity.subject(plan) or doc["subject"], year), empty_event)
        ev = {k: ev[k] or plan_event[k] for k in ev}
    if year is None and ev["end_date"] is not None:
        year = int(ev["end_date"].value[:4])
    empty_ceremony = {"date": None, "time": None, "venue": None, "mode": None}
    ev["opening_ceremony"] = _guarded(problems, "event.opening_ceremony", lambda: ceremony.extract(seg, year),
                                      empty_ceremony)
    if plan is not None and ev["opening_ceremony"]["date"] is None:
        ev["opening_ceremony"] = _guarded(problems, "event.opening_ceremony", lambda: ceremony.extract(plan, year),
                                          empty_ceremony)
    return {
        "document": doc,
        "issuer": _guarded(problems, "issuer", lambda: issuer.extract(seg), {"name": None, "parent": None}),
        "addressees": _guarded(problems, "addressees", lambda: addressees.extract(seg), []),
        "parent_directives": _guarded(problems, "parent_directives", lambda: parents.extract(seg), []),
        "event": ev,
        "assignments": blocks,
        "reporting": _guarded(problems, "reporting", lambda: reporting.extract(seg, blocks, year)
                              + (reporting.extract(plan, blocks, year) if plan else []), []),
        "distribution": _guarded(problems, "distribution", lambda: distribution.extract(seg), []),
        "signer": _guarded(problems, "signer", lambda: signer.extract(seg),
                           {"authority": None, "title": None, "name": None}),
    }


def extract_source(source: SourceDocument) -> Extraction:
    """Run normalise → segment → extract → validate over an ingested document."""
    timings = dict(source.timings_ms)
    t0 = time.perf_counter()
    norm = normalise(source.text, source.line_wraps)
    t1 = time.perf_counter()
    seg = segment(norm.text)
    t2 = time.perf_counter()
    problems: list[str] = []
    letters = sum(ch.isalpha() for ch in norm.text)
    vietnamese = letters < 40 or len(_VIETNAMESE.findall(norm.text)) >= 0.02 * letters
    if vietnamese and letters:
        values, evidence = assemble(_rules(seg, problems), norm, source)
        record = PlanRecord.model_validate(values)
    else:  # not a Vietnamese directive: values read from it would be noise
        record, evidence = PlanRecord(), {}
    t3 = time.perf_counter()
    record.warnings = warnings(
        record,
        text_empty=letters == 0,
        vietnamese=vietnamese,
        body_missing=bool(seg.header) and not seg.body and not seg.preamble and not seg.kinh_gui,
    ) + problems
    t4 = time.perf_counter()
    timings.update(normalise=(t1 - t0) * 1000, segment=(t2 - t1) * 1000, extract=(t3 - t2) * 1000,
                   validate=(t4 - t3) * 1000)
    return Extraction(
        record=record,
        evidence=evidence,
        text=norm.text,
        pages=[
            PageSummary(number=p.number, start=norm.clean_offset(p.start), end=norm.clean_offset(p.end),
                        method=p.method, width=p.width, height=p.height, ocr_confidence=p.ocr_confidence)
            for p in source.pages
        ],
        timings_ms={k: round(v, 2) for k, v in timings.items()},
    )


def extract_text(text: str) -> Extraction:
    """Extract the plan record from a directive's text."""
    return extract_source(SourceDocument.from_text(text))


def extract_bytes(data: bytes, *, filename: str | None = None, progress: Progress | None = None) -> Extraction:
    """Extract from file content of any supported type (detected by content)."""
    return extract_source(ingest.load_bytes(data, filename=filename, progress=progress))


def extract_file(path: str | Path, *, progress: Progress | None = None) -> Extraction:
    path = Path(path)
    return extract_bytes(path.read_bytes(), filename=path.name, progress=progress)
