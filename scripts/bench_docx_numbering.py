"""Score the real dev sets as Word files whose list markers are Word's automatic numbering, beside text mode.

Clerks receive directives as .docx made in Word, where `I.`, `1.`, `1.1.`, `a)`, `-`, `+` are usually list
numbering (w:numPr → numbering.xml), not typed characters. This script turns each ``source.txt`` into such a
.docx — the national header as a two-column table when the text has it on lines of its own; every body line
whose marker Word would number the same way becomes a numbered paragraph without the marker in its text — and
scores extraction of that file next to the text itself:

    .venv/bin/python scripts/bench_docx_numbering.py                 # every real dev set
    .venv/bin/python scripts/bench_docx_numbering.py heldout-real5 --save build/docx-numbered
    .venv/bin/python scripts/bench_docx_numbering.py heldout-real --via-doc   # … saved as .doc by LibreOffice

Level plan of the one list (abstractNum 10): 0 `I.` upperRoman, 1 `1.` decimal (through the 'List Number'
style), 2 `1.1.` ("%2.%3."), 3 `a)` lowerLetter, 4 `-` (through the 'List Bullet' style), 5 `+`, 6 `•` (a
Symbol-font private-use glyph). A marker Word would not produce at that point (`đ)`, a skipped number) starts
a new w:num with a startOverride, or, where no restart gives it, stays typed text. Held-out sets that are
still unseen are never read.
"""

from __future__ import annotations

import argparse
import copy
import io
import re
import subprocess
import sys
import tempfile
import unicodedata
from pathlib import Path

import docx
from docx.oxml.ns import qn
from lxml import etree

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from evaluation.documents import discover  # noqa: E402
from evaluation.report import Report  # noqa: E402
from evaluation.runner import TEXT_MODE, Mode, run_documents  # noqa: E402

UNSEEN = {"heldout-real9", "heldout-real17", "heldout-real18", "heldout-scans2"}
W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
ABSTRACT, MAIN_NUM = 10, 10
LEVELS = [  # (numFmt, lvlText, font)
    ("upperRoman", "%1.", None),
    ("decimal", "%2.", None),
    ("decimal", "%2.%3.", None),
    ("lowerLetter", "%4)", None),
    ("bullet", "-", None),
    ("bullet", "+", None),
    ("bullet", "\uf0b7", "Symbol"),
]
MARKERS = [  # (pattern, level); the captured groups are the counters the marker shows
    (re.compile(r"([IVX]{1,5})\.\s+(?=\S)"), 0),
    (re.compile(r"(\d{1,2})\.(\d{1,2})\.?\s+(?=\S)"), 2),
    (re.compile(r"(\d{1,2})\.\s+(?=\S)"), 1),
    (re.compile(r"([a-z])\)\s+(?=\S)"), 3),
    (re.compile(r"-\s+(?=\S)"), 4),
    (re.compile(r"\+\s+(?=\S)"), 5),
    (re.compile(r"•\s*(?=\S)"), 6),
]
ROMAN = {"I": 1, "V": 5, "X": 10}
HEADER_MOTTO = re.compile(r"CỘNG HO?[ÀÒ]A? XÃ HỘI CHỦ NGHĨA VIỆT NAM")


def _roman(text: str) -> int:
    values = [ROMAN[c] for c in text]
    return sum(-v if i + 1 < len(values) and v < values[i + 1] else v for i, v in enumerate(values))


def _value(group: str) -> int:
    return int(group) if group.isdigit() else _roman(group) if group.isupper() else ord(group) - ord("a") + 1


class Lists:
    """The numbering.xml being written, and the counters Word keeps for it (per list instance)."""

    def __init__(self, word_bullets: bool = False) -> None:
        self.root = etree.Element(qn("w:numbering"), nsmap={"w": W})
        abstract = etree.SubElement(self.root, qn("w:abstractNum"), {qn("w:abstractNumId"): str(ABSTRACT)})
        for ilvl, (fmt, text, font) in enumerate(LEVELS):
            if word_bullets and ilvl == 4:  # Word's own first bullet: a Symbol-font dot
                text, font = "\uf0b7", "Symbol"
            lvl = etree.SubElement(abstract, qn("w:lvl"), {qn("w:ilvl"): str(ilvl)})
            etree.SubElement(lvl, qn("w:start"), {qn("w:val"): "1"})
            etree.SubElement(lvl, qn("w:numFmt"), {qn("w:val"): fmt})
            etree.SubElement(lvl, qn("w:lvlText"), {qn("w:val"): text})
            if font:
                rpr = etree.SubElement(lvl, qn("w:rPr"))
                etree.SubElement(rpr, qn("w:rFonts"), {qn("w:ascii"): font, qn("w:hAnsi"): font})
        self.nums: list[etree._Element] = []
        self.num_id = self._add_num({})
        self.counters: list[int | None] = [None] * len(LEVELS)

    def _add_num(self, overrides: dict[int, int]) -> int:
        num_id = MAIN_NUM + len(self.nums)
        num = etree.Element(qn("w:num"), {qn("w:numId"): str(num_id)})
        etree.SubElement(num, qn("w:abstractNumId"), {qn("w:val"): str(ABSTRACT)})
        for ilvl, start in overrides.items():
            override = etree.SubElement(num, qn("w:lvlOverride"), {qn("w:ilvl"): str(ilvl)})
            etree.SubElement(override, qn("w:startOverride"), {qn("w:val"): str(start)})
        self.nums.append(num)
        return num_id

    def _next(self, ilvl: int) -> int:
        return (self.counters[ilvl] or 0) + 1

    def place(self, ilvl: int, shown: list[int]) -> int | None:
        """The numId that shows ``shown`` at ``ilvl`` now (a new instance when a restart gives it), or None."""
        if ilvl >= 4:  # bullets: nothing to match
            return self._use(ilvl)
        own = shown[-1]
        parent_ok = ilvl != 2 or self.counters[1] == shown[0]
        if parent_ok and own == self._next(ilvl):
            return self._use(ilvl)
        if ilvl == 2 or (ilvl > 0 and own == 1 and self.counters[ilvl] is None):
            return None  # a '1.1.' without its '1.', or a fresh level Word would start at 1 anyway
        # A w:num restarting the level at this value where it first numbers it (the count is shared by every
        # w:num of the abstractNum, so the list goes on under the new one).
        self.num_id = self._add_num({ilvl: own})
        self.counters[ilvl] = own - 1
        return self._use(ilvl)

    def _use(self, ilvl: int) -> int:
        self.counters[ilvl] = self._next(ilvl)
        for deeper in range(ilvl + 1, len(LEVELS)):
            self.counters[deeper] = None
        return self.num_id

    def xml(self) -> bytes:
        root = copy.deepcopy(self.root)
        root.extend(copy.deepcopy(num) for num in self.nums)
        return etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)


def _header_split(lines: list[str]) -> tuple[list[str], list[str], int] | None:
    """(issuer lines, motto lines, index after them) when the motto stands on a line of its own near the top."""
    try:
        motto = next(i for i, line in enumerate(lines[:8]) if HEADER_MOTTO.fullmatch(line.strip()))
    except StopIteration:
        return None
    issuer = [line for line in lines[max(0, motto - 3):motto] if line.strip()]
    end = motto + 1
    while end < len(lines) and end <= motto + 2 and (
            lines[end].startswith("Độc lập") or set(lines[end].strip()) <= set("-_=")):
        end += 1
    if not issuer:
        return None
    return issuer, lines[motto:end], end


def _num_pr(paragraph, num_id: int, ilvl: int) -> None:
    ppr = paragraph._p.get_or_add_pPr()
    num_pr = etree.SubElement(ppr, qn("w:numPr"))
    etree.SubElement(num_pr, qn("w:ilvl"), {qn("w:val"): str(ilvl)})
    etree.SubElement(num_pr, qn("w:numId"), {qn("w:val"): str(num_id)})


def _style_numbering(document, style_name: str, ilvl: int) -> None:
    ppr = document.styles[style_name].element.get_or_add_pPr()
    for old in ppr.findall(qn("w:numPr")):
        ppr.remove(old)
    num_pr = etree.Element(qn("w:numPr"))
    etree.SubElement(num_pr, qn("w:ilvl"), {qn("w:val"): str(ilvl)})
    etree.SubElement(num_pr, qn("w:numId"), {qn("w:val"): str(MAIN_NUM)})
    ppr.insert(0, num_pr)


def to_docx(text: str, word_bullets: bool = False) -> tuple[bytes, int]:
    """The .docx of a text document, and how many of its markers became Word numbering; ``word_bullets``: its
    `-` items get Word's default bullet (a Symbol-font dot) instead of a dash."""
    document = docx.Document()
    _style_numbering(document, "List Number", 1)
    _style_numbering(document, "List Bullet", 4)
    lines = unicodedata.normalize("NFC", text).splitlines()
    start = 0
    if (split := _header_split(lines)) is not None:
        issuer, motto, start = split
        # Lines above the issuer (a portal's title) stay paragraphs before the table.
        first = lines.index(issuer[0])
        for line in lines[:first]:
            document.add_paragraph(line)
        table = document.add_table(rows=1, cols=2)
        for cell, cell_lines in zip(table.rows[0].cells, (issuer, motto), strict=True):
            cell.paragraphs[0].text = cell_lines[0]
            for line in cell_lines[1:]:
                cell.add_paragraph(line)
    lists = Lists(word_bullets)
    numbered = 0
    for line in lines[start:]:
        for pattern, ilvl in MARKERS:
            if (match := pattern.match(line)) is None:
                continue
            num_id = lists.place(ilvl, [_value(group) for group in match.groups()])
            if num_id is None:
                continue
            style = {1: "List Number", 4: "List Bullet"}.get(ilvl) if num_id == MAIN_NUM else None
            paragraph = document.add_paragraph(line[match.end():], style=style)
            if style is None:
                _num_pr(paragraph, num_id, ilvl)
            numbered += 1
            break
        else:
            document.add_paragraph(line)
    document.part.numbering_part._element = etree.fromstring(lists.xml())
    out = io.BytesIO()
    document.save(out)
    return out.getvalue(), numbered


def _to_doc(data: bytes) -> bytes:
    """The Word 97–2003 .doc LibreOffice saves of a .docx (its lists stay lists)."""
    with tempfile.TemporaryDirectory() as tmp:
        source = Path(tmp) / "source.docx"
        source.write_bytes(data)
        subprocess.run(["soffice", f"-env:UserInstallation=file://{tmp}/profile", "--headless", "--convert-to",
                        "doc", "--outdir", tmp, str(source)], check=True, capture_output=True, timeout=180)
        return (Path(tmp) / "source.doc").read_bytes()


def _docx_mode(save: Path | None, word_bullets: bool, via_doc: bool) -> Mode:
    def prepare(doc) -> tuple[bytes, str]:
        data, _ = to_docx(TEXT_MODE.prepare(doc), word_bullets)
        name = "source.docx"
        if via_doc:
            data, name = _to_doc(data), "source.doc"
        if save is not None:
            (save / f"{doc.doc_id}{Path(name).suffix}").write_bytes(data)
        return data, name

    def run(given: tuple[bytes, str]):
        from extractor.pipeline import extract_bytes

        return extract_bytes(given[0], filename=given[1])

    return Mode(name="docx-numbered", description="source.txt as a .docx with Word list numbering",
                sources=("txt",), prepare=prepare, run=run)


def _real_sets() -> list[Path]:
    sets = [ROOT / "corpus", ROOT / "heldout-real"]
    sets += sorted((p for p in ROOT.glob("heldout-real[0-9]*") if p.name not in UNSEEN),
                   key=lambda p: int(p.name.removeprefix("heldout-real")))
    return sets


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("sets", nargs="*", help="corpus directories (default: every real dev set)")
    parser.add_argument("--save", type=Path, help="also write each generated .docx here")
    parser.add_argument("--word-bullets", action="store_true",
                        help="'-' items as Word's default bullet (shown '•') rather than a '-' bullet")
    parser.add_argument("--via-doc", action="store_true",
                        help="score the .doc LibreOffice makes of each .docx (the legacy .doc path; slow)")
    args = parser.parse_args(argv)
    sets = [ROOT / s for s in args.sets] if args.sets else _real_sets()
    if any(s.name in UNSEEN for s in sets):
        parser.error("held-out sets still unseen are not read")
    if args.save:
        args.save.mkdir(parents=True, exist_ok=True)
    mode = _docx_mode(args.save, args.word_bullets, args.via_doc)
    print(f"{'set':16} {'docs':>4} {'markers':>7} {'F1 text':>8} {'F1 docx':>8}  docs worse in docx")
    for corpus in sets:
        documents = [d for d in discover(corpus).documents
                     if TEXT_MODE.accepts(d) and d.meta.get("origin", "real") in ("real", "seed")]
        if not documents:
            continue
        markers = sum(to_docx(TEXT_MODE.prepare(d))[1] for d in documents)
        text = Report(corpus=str(corpus), mode="text", documents=run_documents(documents, TEXT_MODE)).to_json()
        word = Report(corpus=str(corpus), mode=mode.name, documents=run_documents(documents, mode)).to_json()
        worse = [f"{a['id']} {a['f1']:.3f}→{b['f1']:.3f}" for a, b in zip(text["per_document"], word["per_document"],
                                                                          strict=True) if b["f1"] < a["f1"] - 1e-9]
        print(f"{corpus.name:16} {len(documents):4} {markers:7} {text['micro']['f1']:8.3f} "
              f"{word['micro']['f1']:8.3f}  {', '.join(worse)}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
