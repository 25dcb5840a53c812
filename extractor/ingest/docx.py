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
from xml.etree.ElementTree import ParseError

import docx
from docx.document import Document
from docx.opc.exceptions import PackageNotFoundError
from docx.oxml.ns import qn
from docx.table import Table, _Cell
from docx.text.paragraph import Paragraph
from lxml import etree
from lxml.etree import XMLSyntaxError

from extractor.errors import CorruptFileError, EmptyDocumentError, EncryptedFileError
from extractor.ingest.docx_numbering import Numbering
from extractor.ingest.layout import DocumentBuilder
from extractor.ingest.legacy import convert_legacy_runs
from extractor.ingest.sniff import DOCX
from extractor.limits import DEFAULT_LIMITS, Limits
from extractor.types import SourceDocument

# Wrappers whose runs Word shows as part of the paragraph (python-docx reads only w:r and w:hyperlink):
# tracked insertions, content controls, smart tags, simple fields. Deleted or moved-away text (w:del,
# w:moveFrom) is not shown.
_RUN_WRAPPERS = {qn(tag) for tag in ("w:hyperlink", "w:ins", "w:moveTo", "w:sdt", "w:sdtContent", "w:smartTag",
                                     "w:fldSimple", "w:customXml")}
# Wrappers of paragraphs and tables at block level: content controls and custom XML.
_BLOCK_WRAPPERS = {qn(tag) for tag in ("w:sdt", "w:sdtContent", "w:customXml")}


def _run_texts(element) -> Iterator[str]:
    for child in element.iterchildren():
        if child.tag == qn("w:r"):
            yield child.text
        elif child.tag in _RUN_WRAPPERS:
            yield from _run_texts(child)


def _paragraph_lines(paragraph: Paragraph, numbering: Numbering) -> list[str]:
    # A soft line break (w:br) inside a paragraph is a line of its own; tabs become spaces. Word's automatic
    # list marker goes before the first line, as Word shows it.
    text = numbering.marker(paragraph) + "".join(_run_texts(paragraph._p))
    return [" ".join(part.replace("\t", " ").split()) for part in text.split("\n")]


def _block_items(parent, container) -> Iterator[Paragraph | Table]:
    """Paragraphs and tables of a body, header or cell, in document order (inside content controls too)."""
    for child in container.iterchildren():
        if child.tag == qn("w:p"):
            yield Paragraph(child, parent)
        elif child.tag == qn("w:tbl"):
            yield Table(child, parent)
        elif child.tag in _BLOCK_WRAPPERS:
            yield from _block_items(parent, child)


def _unique_cells(row) -> list[_Cell]:
    cells, seen = [], set()
    for cell in row.cells:  # a merged cell is repeated once per grid column it spans
        if id(cell._tc) not in seen:
            seen.add(id(cell._tc))
            cells.append(cell)
    return cells


def _cell_lines(cell: _Cell, numbering: Numbering) -> list[str]:
    lines: list[str] = []
    for item in _block_items(cell, cell._tc):
        lines.extend(_paragraph_lines(item, numbering) if isinstance(item, Paragraph)
                     else _table_lines(item, numbering))
    return [line for line in lines if line]


def _table_lines(table: Table, numbering: Numbering) -> list[str]:
    rows = [[_cell_lines(cell, numbering) for cell in _unique_cells(row)] for row in table.rows]
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


def _part_lines(parent, container, numbering: Numbering) -> list[str]:
    lines: list[str] = []
    for item in _block_items(parent, container):
        lines.extend(_paragraph_lines(item, numbering) if isinstance(item, Paragraph)
                     else _table_lines(item, numbering))
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


def check_package(data: bytes, limits: Limits = DEFAULT_LIMITS) -> None:
    """Bound a Word file's work before python-docx parses it (which holds every XML element in memory).

    Checked in this order, each from what the previous step proved cheap: encryption flags, member count and
    declared unpacked size (from the ZIP directory alone), then every XML part unpacked (the declared sizes
    bound that: Python's ZIP reader stops at them and checks the CRC) with its '<' and ``w:p`` counted,
    which bounds the elements and paragraphs python-docx would build. Deep nesting is left to the XML
    parser, which refuses documents nested deeper than 256 levels.

    Raises:
        TooLargeError (``archive_too_large``, ``text_too_long``), EncryptedFileError, CorruptFileError.
    """
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            members = archive.infolist()
            if len(members) > limits.max_archive_members:
                raise limits.archive_too_large("có quá nhiều phần", len(members), limits.max_archive_members)
            if any(info.flag_bits & 0x1 for info in members):
                raise EncryptedFileError(
                    "Tệp Word được mã hóa (có mật khẩu) nên không đọc được nội dung. Hãy mở bằng Word, bỏ mật khẩu "
                    "rồi lưu và tải lên lại."
                )
            unpacked = sum(info.file_size for info in members)
            if unpacked > limits.max_unpacked_bytes:
                raise limits.archive_too_large("giải nén ra quá nhiều byte", unpacked, limits.max_unpacked_bytes)
            tags = paragraphs = 0
            for info in members:
                with archive.open(info) as part:  # reading to the end checks the part's CRC
                    body = part.read()
                if not info.filename.endswith((".xml", ".rels")):
                    continue
                tags += body.count(b"<")
                paragraphs += body.count(b"<w:p>") + body.count(b"<w:p ") + body.count(b"<w:p/>")
                limits.check_lines(paragraphs)
                if tags > limits.max_xml_tags:
                    raise limits.archive_too_large("có quá nhiều thẻ XML", tags, limits.max_xml_tags)
                # Parsed as python-docx will parse it (no entities resolved, nesting at most 256 deep).
                etree.fromstring(body, etree.XMLParser(resolve_entities=False, no_network=True))
    except XMLSyntaxError as exc:
        raise CorruptFileError(
            "Tệp Word có phần XML hỏng hoặc bất thường. Hãy mở bằng Word hoặc LibreOffice, lưu lại thành "
            ".docx (hoặc PDF) rồi tải lên tệp đó.",
            detail={"reason": str(exc)},
        ) from None
    except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError, ValueError, NotImplementedError, OSError) as exc:
        raise CorruptFileError(
            "Tệp Word bị hỏng, không mở được. Hãy mở bằng Word hoặc LibreOffice, "
            "lưu lại thành .docx (hoặc PDF) rồi tải lên tệp đó.",
            detail={"reason": f"{type(exc).__name__}: {exc}"},
        ) from None


def read_docx(data: bytes, limits: Limits = DEFAULT_LIMITS, *, media_type: str = DOCX) -> SourceDocument:
    """Read a .docx (or the .docx made of a .doc, ``media_type`` saying which): first-section header text, then
    the body. Runs set in TCVN3 or VNI fonts are converted to Unicode first (:mod:`.legacy`).

    Raises:
        CorruptFileError, EncryptedFileError, TooLargeError, EmptyDocumentError.
    """
    started = time.perf_counter()
    check_package(data, limits)
    try:
        document: Document = docx.Document(io.BytesIO(data))
        convert_legacy_runs(document)
        numbering = Numbering.of(document)
        lines: list[str] = []
        seen_headers: set[int] = set()
        for section in document.sections:
            header = section.header
            if header.is_linked_to_previous or id(header._element) in seen_headers:
                continue
            seen_headers.add(id(header._element))
            lines.extend(_part_lines(header, header._element, numbering))
        if lines:
            lines.append("")
        lines.extend(_part_lines(document, document.element.body, numbering))
    except (PackageNotFoundError, KeyError, ValueError, XMLSyntaxError, ParseError, zipfile.BadZipFile,
            AttributeError, TypeError, IndexError, NotImplementedError, RecursionError) as exc:
        # python-docx trusts the package structure; on a malformed one it fails with whatever it tripped on.
        raise CorruptFileError(
            "Tệp Word không đọc được: một phần của tệp bị thiếu hoặc hỏng. "
            "Hãy mở bằng Word hoặc LibreOffice, lưu lại thành .docx (hoặc PDF) rồi tải lên tệp đó.",
            detail={"reason": f"{type(exc).__name__}: {exc}"},
        ) from None
    lines = _tidy(lines)
    if not any(line.strip() for line in lines):
        raise EmptyDocumentError("Tệp Word không có chữ nào. Hãy tải lên chính văn bản.")
    builder = DocumentBuilder(media_type)
    builder.add_text_page(lines, method="docx")
    return builder.build({"docx": (time.perf_counter() - started) * 1000})
