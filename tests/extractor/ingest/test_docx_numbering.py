"""Word's automatic numbering in .docx ingest: the markers Word shows come out before the paragraph text."""

from __future__ import annotations

import io

import docx
import pytest
from docx.oxml.ns import qn
from lxml import etree

from extractor.ingest.docx import read_docx

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def _numbering(abstracts: dict[int, list[tuple]], nums: dict[int, tuple[int, dict[int, int]]]) -> bytes:
    """numbering.xml: abstractNumId → levels (numFmt, lvlText[, start[, extra XML]]); numId → (abstract, overrides)."""
    parts = [f'<w:numbering xmlns:w="{W}">']
    for abstract_id, levels in abstracts.items():
        parts.append(f'<w:abstractNum w:abstractNumId="{abstract_id}">')
        for ilvl, (fmt, text, *rest) in enumerate(levels):
            start = rest[0] if rest else 1
            extra = rest[1] if len(rest) > 1 else ""
            parts.append(f'<w:lvl w:ilvl="{ilvl}"><w:start w:val="{start}"/><w:numFmt w:val="{fmt}"/>'
                         f'<w:lvlText w:val="{text}"/>{extra}</w:lvl>')
        parts.append("</w:abstractNum>")
    for num_id, (abstract_id, overrides) in nums.items():
        parts.append(f'<w:num w:numId="{num_id}"><w:abstractNumId w:val="{abstract_id}"/>')
        for ilvl, start in overrides.items():
            parts.append(f'<w:lvlOverride w:ilvl="{ilvl}"><w:startOverride w:val="{start}"/></w:lvlOverride>')
        parts.append("</w:num>")
    parts.append("</w:numbering>")
    return "".join(parts).encode()


def _numbered(document, text: str, num_id: int | None = None, ilvl: int | None = None, style: str | None = None):
    paragraph = document.add_paragraph(text, style=style)
    if num_id is not None or ilvl is not None:
        num_pr = etree.SubElement(paragraph._p.get_or_add_pPr(), qn("w:numPr"))
        if ilvl is not None:
            etree.SubElement(num_pr, qn("w:ilvl"), {qn("w:val"): str(ilvl)})
        if num_id is not None:
            etree.SubElement(num_pr, qn("w:numId"), {qn("w:val"): str(num_id)})
    return paragraph


def _read(document, numbering: bytes | None) -> list[str]:
    if numbering is not None:
        document.part.numbering_part._element = etree.fromstring(numbering)
    out = io.BytesIO()
    document.save(out)
    return [line for line in read_docx(out.getvalue()).text.splitlines() if line]


# The levels of a Nghị định 30 body: I. / 1. / a) / - / +
DIRECTIVE = {1: [("upperRoman", "%1."), ("decimal", "%2."), ("lowerLetter", "%3)"), ("bullet", "-"),
                 ("bullet", "+")]}


def test_roman_decimal_letters_and_dashes_counted_as_word_does():
    document = docx.Document()
    for text, ilvl in [("MỤC ĐÍCH, YÊU CẦU", 0), ("Mục đích", 1), ("Yêu cầu", 1), ("NỘI DUNG", 0),
                       ("Thời gian", 1), ("Khai mạc", 2), ("Bế mạc", 2), ("Địa điểm", 1), ("Hội trường", 2),
                       ("Sở Văn hóa", 3), ("Chủ trì;", 4)]:
        _numbered(document, text, 1, ilvl)
    assert _read(document, _numbering(DIRECTIVE, {1: (1, {})})) == [
        "I. MỤC ĐÍCH, YÊU CẦU", "1. Mục đích", "2. Yêu cầu", "II. NỘI DUNG", "1. Thời gian", "a) Khai mạc",
        "b) Bế mạc", "2. Địa điểm", "a) Hội trường", "- Sở Văn hóa", "+ Chủ trì;"]


def test_other_formats_start_values_and_unnumbered_paragraphs_between():
    document = docx.Document()
    abstracts = {1: [("lowerRoman", "(%1)", 4)], 2: [("upperLetter", "%1.")], 3: [("decimalZero", "%1/")]}
    _numbered(document, "bốn", 1, 0)
    document.add_paragraph("Đoạn không đánh số.")
    _numbered(document, "năm", 1, 0)
    _numbered(document, "A", 2, 0)
    _numbered(document, "B", 2, 0)
    _numbered(document, "một", 3, 0)
    assert _read(document, _numbering(abstracts, {1: (1, {}), 2: (2, {}), 3: (3, {})})) == [
        "(iv) bốn", "Đoạn không đánh số.", "(v) năm", "A. A", "B. B", "01/ một"]


def test_bullets_in_symbol_fonts_become_dots_and_dashes():
    document = docx.Document()
    abstracts = {1: [("bullet", "\uf0b7"), ("bullet", "\uf0a7"), ("bullet", "\uf02d"), ("bullet", "–")]}
    for ilvl in range(4):
        _numbered(document, f"mục {ilvl}", 1, ilvl)
    assert _read(document, _numbering(abstracts, {1: (1, {})})) == ["• mục 0", "• mục 1", "- mục 2", "– mục 3"]


def test_numbering_inherited_from_the_paragraph_style():
    # python-docx's own template: 'List Number' and 'List Bullet' carry their numbering in the style.
    document = docx.Document()
    for text in ("Thứ nhất", "Thứ hai"):
        document.add_paragraph(text, style="List Number")
    document.add_paragraph("Ý", style="List Bullet")
    lines = _read(document, None)
    assert lines[:2] == ["1. Thứ nhất", "2. Thứ hai"]
    assert lines[2] == "• Ý"


def test_style_numbering_through_based_on_level_from_the_style_and_numid_zero_switching_it_off():
    document = docx.Document()
    styles = document.styles
    heading = styles.add_style("Muc", docx.enum.style.WD_STYLE_TYPE.PARAGRAPH)
    heading.base_style = styles["Normal"]
    num_pr = etree.SubElement(heading.element.get_or_add_pPr(), qn("w:numPr"))
    etree.SubElement(num_pr, qn("w:numId"), {qn("w:val"): "1"})
    child = styles.add_style("Muc con", docx.enum.style.WD_STYLE_TYPE.PARAGRAPH)
    child.base_style = heading
    item = styles.add_style("Diem", docx.enum.style.WD_STYLE_TYPE.PARAGRAPH)
    num_pr = etree.SubElement(item.element.get_or_add_pPr(), qn("w:numPr"))
    etree.SubElement(num_pr, qn("w:numId"), {qn("w:val"): "1"})
    # The level linked to the 'Diem' style (w:lvl/w:pStyle) is the one its paragraphs take.
    levels = [("decimal", "%1."), ("lowerLetter", "%2)", 1, f'<w:pStyle w:val="{item.style_id}"/>')]
    document.add_paragraph("Mục đích", style=heading)
    document.add_paragraph("điểm một", style=item)
    document.add_paragraph("Yêu cầu", style=child)
    _numbered(document, "Không đánh số", 0, style=heading)
    document.add_paragraph("Tổ chức", style=heading)
    assert _read(document, _numbering({1: levels}, {1: (1, {})})) == [
        "1. Mục đích", "a) điểm một", "2. Yêu cầu", "Không đánh số", "3. Tổ chức"]


def test_nums_of_one_abstract_share_its_counters_and_a_start_override_restarts_them_where_it_first_numbers():
    document = docx.Document()
    for text, num_id in [("a", 1), ("b", 1), ("c", 2), ("d", 3), ("e", 3), ("f", 1), ("g", 4), ("h", 1)]:
        _numbered(document, text, num_id, 0)
    # numId 2 has no override: the list goes on. numId 3 restarts at 1 where it first numbers, and the list
    # goes on from there under numId 1 too. numId 4 is Word's "Restart at 1" on one paragraph.
    nums = {1: (1, {}), 2: (1, {}), 3: (1, {0: 1}), 4: (1, {0: 1})}
    assert _read(document, _numbering({1: [("decimal", "%1.")]}, nums)) == [
        "1. a", "2. b", "3. c", "1. d", "2. e", "3. f", "1. g", "2. h"]


def test_multilevel_decimal_and_legal_numbering():
    document = docx.Document()
    levels = [("decimal", "%1."), ("decimal", "%1.%2."), ("decimal", "%1.%2.%3.")]
    legal = [("upperRoman", "%1."), ("decimal", "%1.%2.", 1, "<w:isLgl/>")]
    for text, num_id, ilvl in [("Chủ đề", 1, 0), ("Hoạt động", 1, 1), ("Khai mạc", 1, 2), ("Triển lãm", 1, 1),
                               ("Tổ chức", 1, 0), ("Phân công", 1, 1), ("MỤC", 2, 0), ("Mục con", 2, 1)]:
        _numbered(document, text, num_id, ilvl)
    assert _read(document, _numbering({1: levels, 2: legal}, {1: (1, {}), 2: (2, {})})) == [
        "1. Chủ đề", "1.1. Hoạt động", "1.1.1. Khai mạc", "1.2. Triển lãm", "2. Tổ chức", "2.1. Phân công",
        "I. MỤC", "1.1. Mục con"]


def test_numbered_paragraphs_in_a_table_cell_and_after_a_soft_line_break():
    document = docx.Document()
    cell = document.add_table(rows=1, cols=1).rows[0].cells[0]
    cell.paragraphs[0].text = "Nơi nhận:"
    for text in ("Như trên;", "Lưu: VT."):
        paragraph = cell.add_paragraph(text)
        num_pr = etree.SubElement(paragraph._p.get_or_add_pPr(), qn("w:numPr"))
        etree.SubElement(num_pr, qn("w:numId"), {qn("w:val"): "1"})
    _numbered(document, "Dòng đầu", 2, 0).add_run().add_break()
    assert _read(document, _numbering({1: [("bullet", "-")], 2: [("decimal", "%1.")]},
                                      {1: (1, {}), 2: (2, {})}))[:4] == [
        "Nơi nhận:", "- Như trên;", "- Lưu: VT.", "1. Dòng đầu"]


@pytest.mark.parametrize("numbering", [
    # levels and values Word would not open: no numbering, and no error
    _numbering({1: [("decimal", "%1.", "x")]}, {1: (7, {})}),
    f'<w:numbering xmlns:w="{W}"><w:abstractNum w:abstractNumId="1"><w:lvl w:ilvl="x"/><w:lvl/>'
    f'</w:abstractNum><w:num w:numId="1"><w:abstractNumId/><w:lvlOverride w:ilvl="q"><w:startOverride '
    f'w:val="z"/></w:lvlOverride></w:num></w:numbering>'.encode(),
    f'<w:numbering xmlns:w="{W}"><w:abstractNum w:abstractNumId="1"><w:lvl w:ilvl="²"><w:numFmt w:val="x"/>'
    f'</w:lvl></w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="1"/><w:lvlOverride w:ilvl="²">'
    f'<w:startOverride w:val="²"/><w:lvl w:ilvl="-1"/></w:lvlOverride></w:num></w:numbering>'.encode(),
    f'<w:numbering xmlns:w="{W}"/>'.encode(),
    f'<w:document xmlns:w="{W}"/>'.encode(),
])
def test_a_numbering_part_that_makes_no_sense_leaves_the_text(numbering):
    document = docx.Document()
    _numbered(document, "Mục đích", 1, 0)
    _numbered(document, "Yêu cầu", 1, 99)
    _numbered(document, "Tổ chức", None, 0)
    assert _read(document, numbering) == ["Mục đích", "Yêu cầu", "Tổ chức"]


def test_odd_start_values_are_shown_without_blowing_up():
    document = docx.Document()
    levels = [("lowerLetter", "%1)", 27), ("upperRoman", "%2.", 0), ("lowerLetter", "%3)", 10 ** 9)]
    for ilvl in range(3):
        _numbered(document, "mục", 1, ilvl)
    assert _read(document, _numbering({1: levels}, {1: (1, {})})) == ["aa) mục", "0. mục", "1000000000) mục"]


def test_a_document_without_a_numbering_part_keeps_its_text():
    document = docx.Document()
    _numbered(document, "Mục đích", 1, 0)
    part = document.part
    rel_id = next(r for r, rel in part.rels.items() if rel.reltype.endswith("/numbering"))
    part.drop_rel(rel_id)
    assert _read(document, None) == ["Mục đích"]


def test_a_list_style_lends_its_levels_to_the_lists_that_link_to_it():
    # Word's multi-level list styles: abstractNum 2 has no levels of its own, only w:numStyleLink to a
    # numbering style whose numPr points at numId 1 (abstractNum 1, which defines the levels).
    document = docx.Document()
    style = document.styles.add_style("Danh sach", docx.enum.style.WD_STYLE_TYPE.LIST)
    num_pr = etree.SubElement(style.element.get_or_add_pPr(), qn("w:numPr"))
    etree.SubElement(num_pr, qn("w:numId"), {qn("w:val"): "1"})
    _numbered(document, "Mục đích", 2, 0)
    _numbered(document, "Mục đích chung", 2, 1)
    _numbered(document, "Nội dung", 2, 0)
    numbering = _numbering({1: [("upperRoman", "%1."), ("decimal", "%2.")]}, {1: (1, {}), 2: (2, {})}).replace(
        b'<w:abstractNum w:abstractNumId="1">',
        f'<w:abstractNum w:abstractNumId="2"><w:numStyleLink w:val="{style.style_id}"/></w:abstractNum>'
        '<w:abstractNum w:abstractNumId="1">'.encode())
    assert _read(document, numbering) == ["I. Mục đích", "1. Mục đích chung", "II. Nội dung"]


def test_a_num_that_redefines_a_level_shows_its_paragraphs_in_that_format():
    document = docx.Document()
    for text, num_id in [("một", 1), ("hai", 1), ("a", 2), ("b", 2), ("ba", 1)]:
        _numbered(document, text, num_id, 0)
    numbering = _numbering({1: [("decimal", "%1.")]}, {1: (1, {}), 2: (1, {})}).replace(
        b'<w:num w:numId="2"><w:abstractNumId w:val="1"/>',
        b'<w:num w:numId="2"><w:abstractNumId w:val="1"/><w:lvlOverride w:ilvl="0"><w:lvl w:ilvl="0">'
        b'<w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="%1)"/></w:lvl></w:lvlOverride>')
    assert _read(document, numbering) == ["1. một", "2. hai", "c) a", "d) b", "5. ba"]
