"""The extraction pipeline: ingest → normalise → segment → extract → validate.

Each stage is a plain function from one typed object to the next (see ``extractor/types.py``):

    SourceDocument ─normalise→ NormalisedText ─segment→ Segments ─rules→ findings ─assemble→ PlanRecord
                                                                                  └─validate→ warnings
"""

from __future__ import annotations

import re
import time
from collections.abc import Callable
from pathlib import Path

from extractor import ingest
from extractor.assemble import assemble
from extractor.confidence import mend_number, withhold
from extractor.limits import DEFAULT_LIMITS, Limits
from extractor.normalise import normalise
from extractor.record import PlanRecord
from extractor.rules import families, identity
from extractor.segment import segment
from extractor.types import Extraction, PageSummary, SourceDocument
from extractor.validate import warnings

Progress = Callable[[int, int], None]  # (pages done, pages total)
# Letters only Vietnamese writes: ă đ ơ ư and the precomposed block U+1EA0–U+1EF9. Latin-1 (â ê ô à é …)
# is left out on purpose: bytes decoded as Latin-1 are full of those.
_VIETNAMESE = re.compile(r"[ăđơưĂĐƠƯ\u1ea0-\u1ef9]")


def extract_source(source: SourceDocument) -> Extraction:
    """Run normalise → segment → extract → validate over an ingested document."""
    timings = dict(source.timings_ms)
    t0 = time.perf_counter()
    norm = normalise(source.text, source.line_wraps)
    t1 = time.perf_counter()
    seg = segment(norm.text)
    t2 = time.perf_counter()
    problems: list[str] = []
    letters = sum(map(str.isalpha, norm.text))  # map: no Python frame per character
    vietnamese = letters < 40 or len(_VIETNAMESE.findall(norm.text)) >= 0.02 * letters
    if vietnamese and letters:
        findings = mend_number(withhold(families.run(seg, problems), norm.text, problems), problems)
        values, evidence = assemble(findings, norm, source)
        record = PlanRecord.model_validate(values)
    else:  # not a Vietnamese directive: values read from it would be noise
        record, evidence = PlanRecord(), {}
    t3 = time.perf_counter()
    record.warnings = warnings(
        record,
        text_empty=letters == 0,
        vietnamese=vietnamese,
        body_missing=bool(seg.header) and not seg.body and not seg.preamble and not seg.kinh_gui,
        blank=identity.blanks(seg),
    ) + source.warnings + problems
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


def extract_bytes(data: bytes, *, filename: str | None = None, progress: Progress | None = None,
                  limits: Limits = DEFAULT_LIMITS) -> Extraction:
    """Extract from file content of any supported type (detected by content), within ``limits``."""
    return extract_source(ingest.load_bytes(data, filename=filename, progress=progress, limits=limits))


def warm_up() -> None:
    """Load now the data the stages load on first use (the OCR word list, read lazily for split-word text
    layers and OCR output), so that a benchmark's first such document does not carry the one-off cost."""
    from extractor.ingest.spelling import lexicon

    lexicon()


def extract_file(path: str | Path, *, progress: Progress | None = None, limits: Limits = DEFAULT_LIMITS) -> Extraction:
    path = Path(path)
    limits.check_bytes(path.stat().st_size)  # before reading it into memory
    return extract_bytes(path.read_bytes(), filename=path.name, progress=progress, limits=limits)
