"""Text Word shows that python-docx's paragraph text leaves out: tracked insertions, content controls, fields."""

from __future__ import annotations

import io

import docx
from lxml import etree

from extractor.ingest.docx import read_docx

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def _body(xml: str) -> list[str]:
    document = docx.Document()
    body = document.element.body
    for element in etree.fromstring(f'<w:body xmlns:w="{W}">{xml}</w:body>'):
        body.insert(len(body) - 1, element)  # before the section properties
    out = io.BytesIO()
    document.save(out)
    return read_docx(out.getvalue()).text.splitlines()


def _r(text: str) -> str:
    return f'<w:r><w:t xml:space="preserve">{text}</w:t></w:r>'


def test_tracked_insertions_are_read_and_deletions_are_not():
    assert _body(f'<w:p>{_r("Hà Nội, ngày ")}<w:ins w:id="1" w:author="a">{_r("20")}</w:ins>'
                 f'<w:del w:id="2" w:author="a"><w:r><w:delText>19</w:delText></w:r></w:del>'
                 f'{_r(" tháng 9 năm 2021")}</w:p>') == ["Hà Nội, ngày 20 tháng 9 năm 2021"]


def test_inline_content_controls_smart_tags_and_simple_fields_are_read():
    assert _body(f'<w:p>{_r("Số: ")}<w:sdt><w:sdtPr><w:alias w:val="So"/></w:sdtPr><w:sdtContent>'
                 f'{_r("477")}</w:sdtContent></w:sdt>{_r("/PGDĐT-VP, trang ")}'
                 f'<w:fldSimple w:instr="PAGE">{_r("1")}</w:fldSimple>{_r(" ")}'
                 f'<w:smartTag w:uri="u" w:element="place">{_r("Bến Cát")}</w:smartTag></w:p>') == [
        "Số: 477/PGDĐT-VP, trang 1 Bến Cát"]


def test_paragraphs_inside_a_block_content_control_are_read_in_order():
    assert _body(f'<w:p>{_r("Kính gửi:")}</w:p><w:sdt><w:sdtPr/><w:sdtContent><w:p>{_r("- Sở Y tế;")}</w:p>'
                 f'<w:p>{_r("- Sở Tài chính.")}</w:p></w:sdtContent></w:sdt><w:p>{_r("Thực hiện")}</w:p>') == [
        "Kính gửi:", "- Sở Y tế;", "- Sở Tài chính.", "Thực hiện"]
