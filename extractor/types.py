"""Typed objects passed between the pipeline stages.

ingest → :class:`SourceDocument` (raw text, pages, word boxes)
normalise → :class:`NormalisedText` (clean text + map back to the raw text)
segment → :class:`Segments` (header zone, Kính gửi, preamble, body tree, Nơi nhận, signature)
extract → :class:`Finding` per value, assembled into a :class:`~extractor.record.PlanRecord`
validate → warnings; the result is an :class:`Extraction`.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from pydantic import BaseModel, Field

from extractor.record import PlanRecord

BBox = tuple[float, float, float, float]


# ---------------------------------------------------------------- ingestion


@dataclass(frozen=True, slots=True)
class Word:
    """One word of a page, with its character span in ``SourceDocument.text`` and its box on the page."""

    start: int
    end: int
    bbox: BBox
    confidence: float | None = None  # 0..1; None for digital text
    handwritten: bool = False  # digits read from pen ink (extractor/ingest/handwriting.py)


@dataclass(slots=True)
class Page:
    number: int  # 1-based
    start: int  # span of this page in SourceDocument.text
    end: int
    width: float | None = None  # pixels (OCR) or points (PDF)
    height: float | None = None
    method: str = "text"  # text | pdf-text | ocr | docx
    ocr_confidence: float | None = None  # mean word confidence 0..1 where OCR ran
    words: list[Word] = field(default_factory=list)
    image_png: bytes | None = None  # page image for review, when there is one


@dataclass(slots=True)
class SourceDocument:
    """What ingestion produces: the document text, and for each page its span, words and boxes."""

    text: str
    pages: list[Page]
    media_type: str = "text/plain"
    timings_ms: dict[str, float] = field(default_factory=dict)
    # Raw offset of a line break inside a page with word boxes → whether the line above fills the text
    # measure (the next line's first word would not have fit on it: the paragraph goes on). See
    # :func:`extractor.ingest.layout.measure_line_wraps`; normalise uses it to rejoin paragraphs.
    line_wraps: dict[int, bool] = field(default_factory=dict)
    # The header's number / day / month slots and what was read there (HandwrittenField), and the warnings
    # for the clerk when a handwritten value could not be read surely (its slot holds "…" in the text).
    handwritten: list = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    @classmethod
    def from_text(cls, text: str) -> SourceDocument:
        return cls(text=text, pages=[Page(number=1, start=0, end=len(text))])


# ---------------------------------------------------------------- extraction results


class Evidence(BaseModel):
    """Where a value came from: a span of the returned text, and where OCR ran, the page and box."""

    start: int
    end: int
    page: int | None = None
    bbox: list[float] | None = None
    confidence: float = Field(ge=0.0, le=1.0)
    rule: str | None = Field(None, description="Which rule produced the value (addition to the spec).")


class PageSummary(BaseModel):
    number: int
    start: int
    end: int
    method: str
    width: float | None = None
    height: float | None = None
    ocr_confidence: float | None = None


class Extraction(BaseModel):
    """The extractor's answer: the record, evidence keyed by JSON Pointer, the text the offsets see."""

    record: PlanRecord
    evidence: dict[str, Evidence] = Field(default_factory=dict)
    text: str = ""
    pages: list[PageSummary] = Field(default_factory=list)
    timings_ms: dict[str, float] = Field(default_factory=dict)


# ---------------------------------------------------------------- rule output


@dataclass(frozen=True, slots=True)
class Finding:
    """One value found by a rule, with its span in the clean text (``NormalisedText.text``)."""

    value: object
    start: int
    end: int
    confidence: float
    rule: str
