"""docintel extractor: Vietnamese directives (Công văn, Kế hoạch, …) in, plan records with evidence out.

Public API::

    from extractor import extract_text, extract_file, extract_bytes
    extraction = extract_text(open("cv.txt").read())
    extraction.record.document.number, extraction.evidence["/document/number"]
"""

from extractor.pipeline import extract_bytes, extract_file, extract_source, extract_text, warm_up
from extractor.record import PlanRecord
from extractor.types import Evidence, Extraction, SourceDocument

__all__ = [
    "Evidence",
    "Extraction",
    "PlanRecord",
    "SourceDocument",
    "extract_bytes",
    "extract_file",
    "extract_source",
    "extract_text",
    "warm_up",
]
