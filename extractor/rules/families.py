"""Stage 4, the rule families in order: each reads the segmented document and what earlier families found.

A family is one line of :data:`FAMILIES`: the record path it fills and a function of the :class:`RuleContext`.
Its empty result (when it fails) is derived from the record model, so a new field family touches nothing but
that list. A bug in one family empties that family only, logged and reported as a warning.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any, TypeVar, get_origin

from pydantic import BaseModel

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
from extractor.vocabulary import UPWARD_KINDS

_HEADER_YEAR = re.compile(r"\bngày.{0,30}\bnăm\s+((?:19|20)\d\d)\b", re.IGNORECASE)
T = TypeVar("T")
log = logging.getLogger(__name__)


@dataclass
class RuleContext:
    """What a family may read: the segments, the attached plan, and the findings of the families before it."""

    seg: Segments
    problems: list[str] = field(default_factory=list)
    findings: dict[str, Any] = field(default_factory=dict)

    def guarded(self, family: str, rule: Callable[[], T], empty: T | None = None) -> T:
        """Run one rule; a bug in it empties that family only, logged and reported as a warning."""
        try:
            return rule()
        except Exception as exc:
            log.exception("rule %s failed", family)
            self.problems.append(
                f"Lỗi nội bộ khi trích xuất '{family}' ({type(exc).__name__}): trường này để trống.")
            return empty_findings(family) if empty is None else empty

    @cached_property
    def plan(self) -> Segments | None:
        """A Quyết định ban hành Kế hoạch carries the plan after its signature: the event and duties are there."""
        kind = self.findings["document"]["kind"]
        if kind is None or kind.value != "quyet_dinh" or self.seg.appendix_start is None:
            return None
        plan = segment(self.seg.text, self.seg.appendix_start)
        return plan if plan.type_line is not None else None

    @property
    def is_letter(self) -> bool:
        """A letter, notice or directive (or a text of unknown kind): what it asks of others may be plain prose."""
        kind = self.findings["document"]["kind"]
        return kind is None or kind.value in ("cong_van", "thong_bao", "chi_thi")

    @property
    def upward(self) -> bool:
        """A Tờ trình or a Báo cáo: what it mentions is proposed or reported on, not organised or assigned."""
        kind = self.findings["document"]["kind"]
        return kind is not None and kind.value in UPWARD_KINDS

    @property
    def year(self) -> int | None:
        """The document's year; without an issue date, the year the event ends (once the event is read)."""
        issued = self.findings["document"]["issue_date"]
        if issued is not None:
            return int(issued.value[:4])
        # the day written by hand and left unread: the header's "ngày … tháng 4 năm 2026" still prints the year
        for cell in self.seg.header:
            if printed := _HEADER_YEAR.search(cell.text):
                return int(printed.group(1))
        ends = self.findings.get("event", {}).get("end_date")
        return int(ends.value[:4]) if ends is not None else None

    @property
    def issued(self) -> str | None:
        """The document's date (ISO), if read."""
        issued = self.findings["document"]["issue_date"]
        return issued.value if issued is not None else None

    @property
    def due_after(self) -> str | None:
        """The day after which a deadline written without its year falls: the document's date, else — a copy that lost
        its header — the latest date of the letters and plans it carries out (it was written after each of them,
        and soon after; a Luật, Nghị định or Thông tư it relies on may be years old, and dates nothing)."""
        if self.issued is not None:
            return self.issued
        dates = [p["issue_date"].value for p in self.findings.get("parent_directives", [])
                 if p.get("issue_date") is not None and p.get("kind") is not None
                 and p["kind"].value in reporting.DATED_AFTER_KINDS]
        return max(dates, default=None)

    def both(self, rule: Callable[[Segments], list]) -> list:
        """A list family read in the document and in its attached plan."""
        return rule(self.seg) + (rule(self.plan) if self.plan else [])


def _organised(rule: Callable[[RuleContext], Any], path: str) -> Callable[[RuleContext], Any]:
    """The family's findings, empty for a text written upward (a proposal's event, a report's recommendations)."""
    return lambda ctx: empty_findings(path) if ctx.upward else rule(ctx)


def _assignments(ctx: RuleContext) -> list:
    kind = ctx.findings["document"]["kind"]
    guidance = kind is not None and kind.value == "huong_dan"
    found = ctx.both(lambda seg: assignments.extract(seg, letter=ctx.is_letter, guidance=guidance))
    if ctx.plan is None and ctx.seg.appendix_start is not None:  # a letter's appendix of tasks and their leads
        found += assignments.appendix_tables(ctx.seg.text, segment(ctx.seg.text, ctx.seg.appendix_start).lines)
    return found


def _event(ctx: RuleContext) -> dict:
    doc_year = ctx.year  # the event is dated by the document's year only
    found = event.extract(ctx.seg, ctx.findings["document"]["subject"], doc_year)
    if ctx.plan is not None:
        plan = ctx.plan
        in_plan = ctx.guarded("event", lambda: event.extract(plan, identity.subject(plan)
                                                             or ctx.findings["document"]["subject"], doc_year))
        found = {k: found[k] or in_plan[k] for k in found}
    return found


def _ceremony(ctx: RuleContext) -> dict:
    name = ctx.findings["event"]["name"]
    # no event, no opening ceremony of it; nor of a campaign the text only tells others to launch (named in a task)
    if name is None or name.rule == "event.name.body_quote":
        return empty_findings("event.opening_ceremony")
    found = ceremony.extract(ctx.seg, ctx.year)
    if ctx.plan is not None and found["date"] is None:
        plan = ctx.plan
        found = ctx.guarded("event.opening_ceremony", lambda: ceremony.extract(plan, ctx.year))
    return found


def _reporting(ctx: RuleContext) -> list:
    after = ctx.due_after
    year = ctx.year or (int(after[:4]) if after is not None else None)
    return ctx.both(lambda seg: reporting.extract(seg, ctx.findings["assignments"], year, after))


def _parents(ctx: RuleContext) -> list:
    if parents.cut_numbers(ctx.seg):  # withheld by the rule; a clerk types it rather than reads a wrong one
        ctx.problems.append("Số, ký hiệu của văn bản căn cứ bị tách rời hoặc bị cắt trong lớp chữ (không đọc chắc "
                            "được): cần nhập tay.")
    return parents.extract(ctx.seg, ctx.findings["document"]["number"], ctx.findings["issuer"]["name"])


# (record path, rule): run in this order; a rule may read the findings of the families above it.
FAMILIES: list[tuple[str, Callable[[RuleContext], Any]]] = [
    ("document", lambda ctx: identity.extract(ctx.seg)),
    ("assignments", _organised(_assignments, "assignments")),
    ("event", _organised(_event, "event")),
    ("event.opening_ceremony", _ceremony),
    ("issuer", lambda ctx: issuer.extract(ctx.seg, ctx.findings["document"]["number"])),
    ("addressees", lambda ctx: addressees.extract(ctx.seg)),
    ("parent_directives", _parents),
    ("reporting", _organised(_reporting, "reporting")),
    ("distribution", lambda ctx: distribution.extract(ctx.seg)),
    ("signer", lambda ctx: signer.extract(ctx.seg)),
]


def _model_at(path: str) -> Any:
    annotation: Any = PlanRecord
    for name in path.split("."):
        annotation = annotation.model_fields[name].annotation
    return annotation


def empty_findings(path: str) -> Any:
    """The empty result of the family at ``path``, shaped like the record model: None per value, [] per list,
    without the parts that are families of their own (``event.opening_ceremony``)."""
    annotation = _model_at(path)
    if get_origin(annotation) is list:
        return []
    if not (isinstance(annotation, type) and issubclass(annotation, BaseModel)):
        return None
    own = {p for p, _ in FAMILIES}
    return {name: empty_findings(f"{path}.{name}") for name in annotation.model_fields if f"{path}.{name}" not in own}


def run(seg: Segments, problems: list[str]) -> dict[str, Any]:
    """Every family over the segmented document, as a tree of findings in the record's order."""
    ctx = RuleContext(seg, problems)
    for path, rule in FAMILIES:
        *parents_, name = path.split(".")
        node = ctx.findings
        for part in parents_:
            node = node[part]
        node[name] = ctx.guarded(path, lambda rule=rule: rule(ctx))
    return {name: ctx.findings[name] for name in PlanRecord.model_fields if name in ctx.findings}
