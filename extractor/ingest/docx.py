"""Word input (.docx): the page header, then paragraphs and tables in document order.

A .docx has no pages and no geometry, so the result is one page without word boxes (``method="docx"``).
Tables come in two kinds, told apart by their cells:

- *layout tables* (the national header, the "Nơi nhận | signer" block) have cells of several paragraphs;
  they are read cell by cell, so the issuer column comes before the motto column, as on paper;
- *data tables* have one paragraph per cell; each row becomes one line with cells separated by a tab, as
  in the text corpus.
"""

from __future__ import annotations

import io
import time
import zipfile
from collections.abc import Iterator
from typing import Final
from xml.etree.ElementTree import ParseError

import docx
from docx.document import Document
from docx.opc.exceptions import PackageNotFoundError
from docx.oxml.ns import qn
from docx.table import Table, _Cell
from docx.text.paragraph import Paragraph
from lxml.etree import XMLSyntaxError

from extractor.errors import CorruptFileError, EmptyDocumentError, TooLargeError
from extractor.ingest.layout import DocumentBuilder
from extractor.ingest.sniff import DOCX
from extractor.types import SourceDocument

# Uncompressed size of all parts together; a zip bomb dressed as .docx is refused before parsing.
MAX_UNCOMPRESSED_BYTES: Final = 200 * 1024 * 1024


def _paragraph_lines(paragraph: Paragraph) -> list[str]:
    # A soft line break (w:br) inside a paragraph is a line of its own; tabs become spaces.
    return [" ".join(part.replace("\t", " ").split()) for part in paragraph.text.split("\n")]


def _block_items(parent, container) -> Iterator[Paragraph | Table]:
    """Paragraphs and tables of a body, header or cell, in document order."""
    for child in container.iterchildren():
        if child.tag == qn("w:p"):
            yield Paragraph(child, parent)
        elif child.tag == qn("w:tbl"):
            yield Table(child, parent)


def _unique_cells(row) -> list[_Cell]:
    cells, seen = [], set()
    for cell in row.cells:  # a merged cell is repeated once per grid column it spans
        if id(cell._tc) not in seen:
            seen.add(id(cell._tc))
            cells.append(cell)
    return cells


def _cell_lines(cell: _Cell) -> list[str]:
    lines: list[str] = []
    for item in _block_items(cell, cell._tc):
        lines.extend(_paragraph_lines(item) if isinstance(item, Paragraph) else _table_lines(item))
    return [line for line in lines if line]


def _table_lines(table: Table) -> list[str]:
    rows = [[_cell_lines(cell) for cell in _unique_cells(row)] for row in table.rows]
    layout = any(len(cell) > 1 for row in rows for cell in row)
    lines: list[str] = []
    for row in rows:
        if layout:
            for cell in row:
                lines.extend(cell)
        else:
            cells = [" ".join(cell) for cell in row]
            if any(cells):
                lines.append("\t".join(cells).rstrip("\t"))
    return lines


def _part_lines(parent, container) -> list[str]:
    lines: list[str] = []
    for item in _block_items(parent, container):
        lines.extend(_paragraph_lines(item) if isinstance(item, Paragraph) else _table_lines(item))
    return lines


def _tidy(lines: list[str]) -> list[str]:
    """No leading or trailing blank lines, and never two blank lines in a row."""
    out: list[str] = []
    for line in lines:
        if line or (out and out[-1]):
            out.append(line)
    while out and not out[-1]:
        out.pop()
    return out


def read_docx(data: bytes) -> SourceDocument:
    """Read a .docx: first-section header text, then the body.

    Raises:
        CorruptFileError, TooLargeError, EmptyDocumentError.
    """
    started = time.perf_counter()
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        total = sum(info.file_size for info in archive.infolist())
    if total > MAX_UNCOMPRESSED_BYTES:
        raise TooLargeError(
            f"The Word file unpacks to {total / 2**20:,.0f} MB (at most {MAX_UNCOMPRESSED_BYTES / 2**20:,.0f} MB "
            "are read). Remove embedded media, or save it as PDF, and upload it again.",
        )
    try:
        document: Document = docx.Document(io.BytesIO(data))
        lines: list[str] = []
        seen_headers: set[int] = set()
        for section in document.sections:
            header = section.header
            if header.is_linked_to_previous or id(header._element) in seen_headers:
                continue
            seen_headers.add(id(header._element))
            lines.extend(_part_lines(header, header._element))
        if lines:
            lines.append("")
        lines.extend(_part_lines(document, document.element.body))
    except (PackageNotFoundError, KeyError, ValueError, XMLSyntaxError, ParseError, zipfile.BadZipFile,
            AttributeError, TypeError, IndexError) as exc:
        # python-docx trusts the package structure; on a malformed one it fails with whatever it tripped on.
        raise CorruptFileError(
            f"The Word file cannot be read: a part of it is missing or damaged ({type(exc).__name__}: {exc}). "
            "Open it in Word or LibreOffice, save it again as .docx (or PDF), and upload that.",
        ) from None
    lines = _tidy(lines)
    if not any(line.strip() for line in lines):
        raise EmptyDocumentError("The Word file has no text. Upload the directive itself.")
    builder = DocumentBuilder(DOCX)
    builder.add_text_page(lines, method="docx")
    return builder.build({"docx": (time.perf_counter() - started) * 1000})
