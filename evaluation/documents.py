"""Reading an annotated corpus: one directory per document.

The *corpus layout*::

    <corpus>/<doc_id>/source.txt   the document (or source.pdf, source.png, …: any ``source.*``)
    <corpus>/<doc_id>/gold.json    its gold plan record (plan-record.md, section 1)
    <corpus>/<doc_id>/meta.json    {"id", "origin", "source", "issuer", "year", "kind", "hard", "notes"}

A directory is a *document* when it holds ``gold.json`` and at least one ``source.*`` file;
``meta.json`` is optional. Directories whose name starts with ``.`` or ``_`` are ignored.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from extractor.record import PlanRecord

__all__ = ["CorpusDocument", "Discovery", "discover"]


@dataclass(frozen=True, slots=True)
class CorpusDocument:
    """One annotated document: its gold record, its source files and its metadata."""

    doc_id: str
    directory: Path
    gold: PlanRecord
    sources: dict[str, Path]  # suffix without the dot ("txt", "pdf") → path
    meta: dict[str, Any] = field(default_factory=dict)

    def source(self, *suffixes: str) -> Path | None:
        """The first source file present among ``suffixes`` (in order of preference), else ``None``."""
        for suffix in suffixes:
            if suffix in self.sources:
                return self.sources[suffix]
        return None


@dataclass(slots=True)
class Discovery:
    """What :func:`discover` found: the documents, those left out and why, and the malformed ones."""

    documents: list[CorpusDocument] = field(default_factory=list)
    skipped: list[tuple[str, str]] = field(default_factory=list)  # incomplete (e.g. still being annotated)
    invalid: list[tuple[str, str]] = field(default_factory=list)  # gold.json or meta.json malformed


def _first_error(exc: ValidationError) -> str:
    error = exc.errors()[0]
    where = "/".join(str(part) for part in error["loc"]) or "(root)"
    more = f" (and {exc.error_count() - 1} more)" if exc.error_count() > 1 else ""
    return f"{where}: {error['msg']}{more}"


def discover(corpus: Path) -> Discovery:
    """Find the documents of a directory in the corpus layout, in the order of their ids."""
    found = Discovery()
    for directory in sorted(p for p in corpus.iterdir() if p.is_dir()):
        doc_id = directory.name
        if doc_id.startswith((".", "_")):
            continue
        sources = {p.suffix.lstrip("."): p for p in sorted(directory.glob("source.*")) if p.is_file()}
        gold_path, meta_path = directory / "gold.json", directory / "meta.json"
        if not gold_path.is_file():
            found.skipped.append((doc_id, "no gold.json"))
            continue
        if not sources:
            found.skipped.append((doc_id, "no source.* file"))
            continue
        try:
            gold = PlanRecord.model_validate_json(gold_path.read_bytes())
        except ValidationError as exc:
            found.invalid.append((doc_id, f"gold.json is not a valid plan record: {_first_error(exc)}"))
            continue
        meta: dict[str, Any] = {}
        if meta_path.is_file():
            try:
                meta = json.loads(meta_path.read_text(encoding="utf-8"))
            except (json.JSONDecodeError, UnicodeDecodeError) as exc:
                found.invalid.append((doc_id, f"meta.json is not JSON: {exc}"))
                continue
            if not isinstance(meta, dict):
                found.invalid.append((doc_id, "meta.json is not a JSON object"))
                continue
        found.documents.append(CorpusDocument(doc_id, directory, gold, sources, meta))
    return found
