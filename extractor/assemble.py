"""Turn the rules' findings into a plan record and its evidence.

Rules return nested dicts and lists whose leaves are :class:`Finding` (or ``None``). Walking that tree
gives both the plain record (leaf → value) and the evidence (JSON Pointer → span, page, box, confidence).
The page and box come from the ingested document: the span in the clean text is mapped back to the raw
text, and from there to the words that OCR or the PDF text layer placed on the page.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from typing import Any

from extractor.normalise import NormalisedText
from extractor.types import Evidence, Finding, SourceDocument


class _Locator:
    """Raw text span → (page, bbox, mean word confidence)."""

    def __init__(self, source: SourceDocument):
        self.pages = source.pages
        self.page_starts = [p.start for p in source.pages]
        self.word_starts = [[w.start for w in p.words] for p in source.pages]

    def locate(self, start: int, end: int) -> tuple[int | None, list[float] | None, float | None]:
        if not self.pages:
            return None, None, None
        k = max(0, bisect_right(self.page_starts, start) - 1)
        page = self.pages[k]
        if not page.words:
            return (page.number if len(self.pages) > 1 or page.method != "text" else None), None, None
        starts = self.word_starts[k]
        lo = max(0, bisect_left(starts, start) - 1)
        hi = bisect_right(starts, max(start, end - 1))
        words = [w for w in page.words[lo:hi] if w.end > start and w.start < end]
        if not words:
            return page.number, None, None
        x0 = min(w.bbox[0] for w in words)
        y0 = min(w.bbox[1] for w in words)
        x1 = max(w.bbox[2] for w in words)
        y1 = max(w.bbox[3] for w in words)
        confs = [w.confidence for w in words if w.confidence is not None]
        return page.number, [x0, y0, x1, y1], (sum(confs) / len(confs) if confs else None)


def _pointer_escape(key: str) -> str:
    return key.replace("~", "~0").replace("/", "~1")


def assemble(tree: Any, norm: NormalisedText, source: SourceDocument) -> tuple[Any, dict[str, Evidence]]:
    locator = _Locator(source)
    evidence: dict[str, Evidence] = {}

    def walk(node: Any, pointer: str) -> Any:
        if isinstance(node, Finding):
            raw_start, raw_end = norm.source_span(node.start, node.end)
            page, bbox, ocr_conf = locator.locate(raw_start, raw_end)
            confidence = node.confidence * (ocr_conf if ocr_conf is not None else 1.0)
            evidence[pointer] = Evidence(start=node.start, end=node.end, page=page, bbox=bbox,
                                         confidence=round(confidence, 3), rule=node.rule)
            return node.value
        if isinstance(node, dict):
            return {k: walk(v, f"{pointer}/{_pointer_escape(k)}") for k, v in node.items()}
        if isinstance(node, list):
            return [walk(v, f"{pointer}/{i}") for i, v in enumerate(node)]
        return node

    return walk(tree, ""), evidence
