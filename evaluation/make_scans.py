#!/usr/bin/env python3
"""The scan corpus: every corpus document rendered to an official-looking A4 PDF, then to degraded scans.

For each ``corpus/<id>/source.txt`` this writes, into ``build/scans/<id>/`` (git-ignored, regenerated on
demand, byte-for-byte reproducible for a given seed):

- ``digital.pdf`` — the document typeset in the Nghị định 30 layout: Liberation Serif (the Times New Roman
  metric clone of fonts-liberation2), 13–14 pt, the national header as two columns (issuer left; motto and
  place-date right; a header typed as side-by-side rows is unstacked first), paragraphs with a first-line
  indent, justified (a seeded quarter of the documents ragged right), a red seal and a blue signature over
  the signer's block. It has a text layer.
- ``clean.tiff`` — the same pages rasterised at 300 dpi, lossless, multi-page (what a good scanner gives).
- ``scan.pdf`` — degraded scans, one JPEG per page inside an image-only PDF: seeded small rotation, blur,
  noise, JPEG artefacts, 200–300 dpi.
- ``photo.jpg`` — the first page photographed: perspective, a table around the page, uneven light.
- ``manifest.json`` — the reference text of every page in reading order (the OCR ground truth), per-page
  degradation parameters, and the cache key.

The reference text is the source with Markdown artefacts (``**``, ``#``, ``***`` rules, escapes) removed, in
the order it is printed: header left column, header right column, then the body. Usage::

    .venv/bin/python -m evaluation.make_scans              # all documents, cached
    .venv/bin/python -m evaluation.make_scans --force 001  # regenerate one
"""

from __future__ import annotations

import argparse
import hashlib
import io
import json
import re
import sys
import unicodedata
import zlib
from dataclasses import dataclass, field
from pathlib import Path

import cv2
import numpy as np
import pypdfium2 as pdfium
from PIL import Image
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_CORPUS = ROOT / "corpus"
DEFAULT_OUT = ROOT / "build" / "scans"
DEFAULT_SEED = 20211001
# Bump when the rendering or the degradation changes: it invalidates every cached scan set.
GENERATOR_VERSION = "8"

FONT_DIR = Path("/usr/share/fonts/truetype/liberation2")
FONTS = {
    "regular": "LiberationSerif-Regular.ttf",
    "bold": "LiberationSerif-Bold.ttf",
    "italic": "LiberationSerif-Italic.ttf",
    "bolditalic": "LiberationSerif-BoldItalic.ttf",
}
RENDER_DPI = 300

PAGE_W, PAGE_H = A4
MARGIN_LEFT, MARGIN_RIGHT, MARGIN_TOP, MARGIN_BOTTOM = 30 * mm, 15 * mm, 20 * mm, 20 * mm
TEXT_W = PAGE_W - MARGIN_LEFT - MARGIN_RIGHT
# Header columns (Nghị định 30, Phụ lục I): issuer block on the left, national motto on the right.
HEADER_LEFT = (MARGIN_LEFT - 5 * mm, MARGIN_LEFT + 75 * mm)
HEADER_RIGHT = (MARGIN_LEFT + 78 * mm, PAGE_W - MARGIN_RIGHT + 3 * mm)

MOTTO = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
# What heads the right column: the national motto, or the Party's or the Youth Union's name in their documents.
_RIGHT_HEAD = re.compile(r"^(CỘNG HÒA XÃ HỘI|ĐẢNG CỘNG SẢN|ĐOÀN TNCS)", re.IGNORECASE)
_PLACE_DATE = re.compile(r",\s*ngày\s+\S+\s+tháng\s+\S+\s+năm\s+\d{4}", re.IGNORECASE)
_AUTHORITY = re.compile(r"^(KT|TM|TL|TUQ|Q)\.\s")


# ---------------------------------------------------------------- source text

# Cells of a header row typed side by side: a tab or a run of three spaces; Markdown table rows split at pipes.
_CELL_GAP = re.compile(r"\t+| {3,}")
_TABLE_RULE = re.compile(r"^\s*\|?\s*:?-{3,}")
HEADER_ROWS = 16


def _cells(line: str) -> list[str]:
    """A header row's cells, left to right; an empty string is an empty cell of a table row."""
    stripped = line.strip()
    if "|" not in stripped:
        return [c.strip() for c in _CELL_GAP.split(stripped) if c.strip()]
    if stripped.startswith("|") and stripped.endswith("|"):
        stripped = stripped[1:-1]
    return [c.strip() for c in stripped.split("|")]


def _unstack_rows(rows: list[str]) -> tuple[list[str], list[str]]:
    """Side-by-side rows → (left column lines, right column lines); a one-cell row indented far is right."""
    left: list[str] = []
    right: list[str] = []
    for line in rows:
        cells = _cells(line)
        if _TABLE_RULE.match(line) or not any(ch.isalnum() for ch in line):
            continue
        if len(cells) >= 2:
            left += [" ".join(cells[:-1]).strip()] if any(cells[:-1]) else []
            right += [cells[-1]] if cells[-1] else []
        elif len(line) - len(line.lstrip()) >= 12:
            right.append(cells[0])
        else:
            left.append(cells[0])
    return left, right


_NOI_NHAN = re.compile(r"^\W*Nơi nhận", re.IGNORECASE)


def unstack_closings(text: str) -> str:
    """Closing blocks typed as side-by-side rows (Nơi nhận left, signer right) → stacked: recipients, then signer.

    A closing starts at a "Nơi nhận" row that has a second cell and runs to the next blank line.
    """
    lines = text.split("\n")
    out: list[str] = []
    i = 0
    while i < len(lines):
        if _NOI_NHAN.match(lines[i]) and len(_cells(lines[i])) >= 2:
            end = next((k for k in range(i, len(lines)) if not lines[k].strip()), len(lines))
            left, right = _unstack_rows(lines[i:end])
            out += [*left, "", *right]
            i = end
            continue
        out.append(lines[i])
        i += 1
    return "\n".join(out)


def unstack_header(text: str) -> str:
    """A header typed as side-by-side rows → the stacked shape: the left column's lines, then the right's.

    Copies of the national header come both ways: stacked (issuer lines, then the motto lines) or as rows
    whose left and right cells sit on one line. The typesetter prints two columns from the stacked shape, so
    rows are unstacked first. The header is the rows up to the last one with two cells, provided the first
    such row has the motto (or the Party's, the Youth Union's name) in its right cell. The last cell of a row
    is the right column's, the others the left's; a one-cell row belongs to the left column unless it is
    indented far and reads like the right column's place-date; a number or V/v line right under the rows
    (Youth Union headers put it there) is the left column's too. Texts without such rows are unchanged.
    """
    lines = text.split("\n")
    cells = [_cells(line) for line in lines[:HEADER_ROWS]]
    rows = [i for i, row in enumerate(cells) if len(row) >= 2 and not _TABLE_RULE.match(lines[i])]
    if not rows or not _RIGHT_HEAD.match(strip_markdown(cells[rows[0]][-1])):
        return text
    left: list[str] = []
    right: list[str] = []
    for i in range(rows[-1] + 1):
        row, line = [c for c in cells[i] if c], lines[i]
        if _TABLE_RULE.match(line) or not any(ch.isalnum() for ch in line):
            continue
        if len(cells[i]) >= 2:
            left += [" ".join(cells[i][:-1]).strip()] if any(cells[i][:-1]) else []
            right += [cells[i][-1]] if cells[i][-1] else []
        elif len(line) - len(line.lstrip()) >= 12 and (row[0].startswith("Độc lập") or _PLACE_DATE.search(line)):
            right.append(row[0])
        else:
            left.append(row[0])
    rest = rows[-1] + 1
    for i in range(rest, min(rest + 4, len(lines))):
        if lines[i].strip().startswith(("Số", "V/v")):
            left.append(lines[i].strip())
            lines[i] = ""
        elif any(ch.isalnum() for ch in lines[i]):
            break
    return "\n".join([*left, "", *right, "", *lines[rest:]])


def strip_markdown(text: str) -> str:
    """Source text as a reader sees it: NFC, no Markdown emphasis, headings, rules or escapes.

    Lines are kept (stripped of indentation and trailing blanks); blank lines are kept as paragraph breaks.
    """
    text = unicodedata.normalize("NFC", text).replace("\r\n", "\n").replace("\r", "\n")
    out: list[str] = []
    for line in text.split("\n"):
        line = line.replace("\\*", "\x00")  # an escaped asterisk is a real one
        if re.fullmatch(r"\s*([*_-])(\s*\1){2,}\s*", line):  # horizontal rule
            out.append("")
            continue
        line = re.sub(r"^\s*#{1,6}\s+", "", line)
        line = line.replace("*", "").replace("__", "")
        line = re.sub(r"\\([\\`*_{}\[\]()#+\-.!|>~])", r"\1", line)
        line = line.replace("\x00", "*").replace("\t", " ")
        out.append(re.sub(r"[ \u00a0]+", " ", line).strip())
    return "\n".join(out).strip("\n")


@dataclass
class Layout:
    """A document split into the parts that are typeset differently."""

    header_left: list[str] = field(default_factory=list)
    header_right: list[str] = field(default_factory=list)
    body: list[str | Closing] = field(default_factory=list)  # paragraphs; "" marks a blank line


@dataclass
class Closing:
    """Nghị định 30's closing: the recipients (Nơi nhận) on the left, beside the signer's block on the right."""

    recipients: list[str]  # "Nơi nhận:" and its entries; may be empty
    titles: list[str]  # authority and title lines
    name: str


def printable(text: str) -> str:
    """Replace characters Liberation Serif has no glyph for (✓, emoji, ...) by "-": what is printed is the reference."""
    _register_fonts()
    cmap = pdfmetrics.getFont("LS-regular").face.charToGlyph
    return "".join(ch if ch in "\n\t" or ord(ch) in cmap else "-" for ch in text)


def split_layout(text: str) -> Layout:
    text = printable(text)
    lines = text.split("\n")
    layout = Layout()
    nonblank = [i for i, line in enumerate(lines) if line]
    motto = next((i for i in nonblank[:14] if _RIGHT_HEAD.match(lines[i])), None)
    start = 0
    if motto is not None and motto > 0:
        layout.header_left = [line for line in lines[:motto] if line]
        right = [lines[motto]]
        cursor = motto + 1
        taken = 0
        while cursor < len(lines) and taken < 2:
            line = lines[cursor]
            cursor += 1
            if not line:
                continue
            if line.startswith("Độc lập") or _PLACE_DATE.search(line):
                right.append(line)
                taken += 1
                continue
            cursor -= 1
            break
        layout.header_right = right
        start = cursor
    layout.body = _closings(lines[start:])
    return layout


_ITEM_START = re.compile(r"^(?:[-–+*•]|\w{1,4}[.)]\s|[IVX]+\.)")
_TABLE_ROW = re.compile(r"\t|\||\S {3,}\S")


def rejoin_hard_breaks(text: str) -> str:
    """Paragraphs a source pasted from a PDF broke into lines, joined again before they are typeset.

    Printed, each line of such a source would start a paragraph of its own, indented, which no office
    document does. A line continues the one above when that one ran to the paste's measure (at least 85 %
    of the 90th percentile of line lengths) and ends in a word, and the line opens no list item, heading
    or title; table rows (tabs, pipes, wide gaps) are left alone.
    """
    lines = text.split("\n")
    lengths = sorted(len(strip_markdown(line)) for line in lines if line.strip())
    if not lengths:
        return text
    measure = 0.85 * lengths[int(0.9 * (len(lengths) - 1))]
    # The header (up to its place-date line) is never a paragraph.
    body_from = next((i + 1 for i, line in enumerate(lines[:HEADER_ROWS]) if _PLACE_DATE.search(line)), 0)
    out: list[str] = lines[:body_from]
    last = ""  # the last physical line added, stripped of Markdown
    for line in lines[body_from:]:
        here = strip_markdown(line)
        if (out and last and here and len(last) >= measure and (last[-1].isalnum() or last[-1] in ")”\"")
                and not _TABLE_ROW.search(out[-1]) and not _TABLE_ROW.search(line.strip())
                and not _is_title(last) and not _is_title(here) and not _ITEM_START.match(here)):
            out[-1] = f"{out[-1].rstrip()} {line.strip()}"
        else:
            out.append(line)
        last = here
    return "\n".join(out)


def _is_name(line: str) -> bool:
    words = line.split()
    return 2 <= len(words) <= 5 and all(w[:1].isupper() for w in words) and not line.isupper()


def _signer_at(body: list[str], name_at: int) -> list[int]:
    """Indices of the title lines above a name: upper case or authority, a "(Đã ký)" note, a copy's seal text."""
    titles: list[int] = []
    for i in range(name_at - 1, -1, -1):
        line = body[i]
        if not line:
            continue
        signer_like = line.isupper() or _AUTHORITY.match(line) or (line.startswith("(") and line.endswith(")"))
        if signer_like and len(titles) < 8 and not _NOI_NHAN.match(line):
            titles.insert(0, i)
        else:
            break
    return titles


def _closings(body: list[str]) -> list[str | Closing]:
    """Find every closing: a signer's block (title lines, then a name) with the Nơi nhận list just above it.

    A document ends with one; a decision with its plan attached has one in the middle. The last non-blank
    line is taken for a name even without Nơi nhận; in the middle only a block under a Nơi nhận list counts.
    """
    out: list[str | Closing] = []
    taken_until = 0
    nonblank = [i for i, line in enumerate(body) if line]
    for i in nonblank:
        if i < taken_until or not _is_name(body[i]):
            continue
        titles = _signer_at(body, i)
        if not titles:
            continue
        first = titles[0]
        recipients_at = next((k for k in range(first - 1, taken_until - 1, -1) if _NOI_NHAN.match(body[k])), None)
        if recipients_at is not None and not all(len(body[k]) <= 90 for k in range(recipients_at + 1, first)):
            recipients_at = None
        if recipients_at is None and i != nonblank[-1]:
            continue
        start = recipients_at if recipients_at is not None else first
        out += body[taken_until:start]
        recipients = [line for line in body[start:first] if line] if recipients_at is not None else []
        out.append(Closing(recipients, [body[k] for k in titles], body[i]))
        taken_until = i + 1
    out += body[taken_until:]
    while out and not out[0]:
        out.pop(0)
    while out and not out[-1]:
        out.pop()
    return out


# ---------------------------------------------------------------- typesetting


def _register_fonts() -> None:
    for name, file in FONTS.items():
        if f"LS-{name}" not in pdfmetrics.getRegisteredFontNames():
            path = FONT_DIR / file
            if not path.exists():
                sys.exit(f"make_scans: {path} is missing: install fonts-liberation2 (scripts/setup.sh)")
            pdfmetrics.registerFont(TTFont(f"LS-{name}", str(path)))


def wrap(text: str, font: str, size: float, width: float, first_width: float | None = None) -> list[str]:
    """Greedy line breaking at ``width`` points (``first_width`` for an indented first line)."""
    words, lines, current = text.split(" "), [], ""
    for word in words:
        trial = f"{current} {word}" if current else word
        if pdfmetrics.stringWidth(trial, font, size) <= (first_width if first_width and not lines else width):
            current = trial
            continue
        if current:
            lines.append(current)
        while pdfmetrics.stringWidth(word, font, size) > width:  # a URL or a long code: break it
            cut = len(word)
            while cut > 1 and pdfmetrics.stringWidth(word[:cut], font, size) > width:
                cut -= 1
            lines.append(word[:cut])
            word = word[cut:]
        current = word
    if current:
        lines.append(current)
    return lines


@dataclass
class Rendered:
    pdf: bytes
    pages: list[list[str]]  # printed lines per page, in reading order
    seal_page: int


class Typesetter:
    """Draws lines top to bottom onto A4 pages and remembers the reading order of what it printed."""

    def __init__(self, size: float, rng: np.random.Generator, *, justified: bool = True):
        self.size = size
        self.justified = justified
        self.leading = size * 1.32
        self.rng = rng
        self.buf = io.BytesIO()
        self.canvas = canvas.Canvas(self.buf, pagesize=A4, invariant=1, pageCompression=1)
        self.canvas.setTitle("docintel scan corpus")
        self.pages: list[list[str]] = [[]]
        self.y = PAGE_H - MARGIN_TOP

    def new_page(self) -> None:
        self.canvas.showPage()
        self.pages.append([])
        self.y = PAGE_H - MARGIN_TOP

    def ensure(self, height: float) -> None:
        if self.y - height < MARGIN_BOTTOM:
            self.new_page()

    def text(self, line: str, *, font: str = "regular", size: float | None = None, x: float = MARGIN_LEFT,
             align: str = "left", right: float | None = None) -> None:
        size = size or self.size
        self.ensure(size * 1.32)
        self.y -= size * 1.32
        self.canvas.setFont(f"LS-{font}", size)
        if align == "centre":
            centre = (x + (right if right is not None else x + TEXT_W)) / 2
            self.canvas.drawCentredString(centre, self.y + size * 0.3, line)
        elif align == "justify" and line.count(" "):
            # Nghị định 30 sets body paragraphs justified: the spare width goes into the word spaces.
            spare = MARGIN_LEFT + TEXT_W - x - pdfmetrics.stringWidth(line, f"LS-{font}", size)
            text = self.canvas.beginText(x, self.y + size * 0.3)
            text.setFont(f"LS-{font}", size)
            text.setWordSpace(max(spare, 0) / line.count(" "))
            text.textOut(line)
            self.canvas.saveState()  # the word space is graphics state: it must not reach later lines
            self.canvas.drawText(text)
            self.canvas.restoreState()
        else:
            self.canvas.drawString(x, self.y + size * 0.3, line)
        self.pages[-1].append(line)

    def paragraph(self, text: str, *, font: str = "regular", size: float | None = None, indent: float = 0,
                  align: str = "left") -> None:
        size = size or self.size
        lines = wrap(text, f"LS-{font}", size, TEXT_W, TEXT_W - indent if align == "left" else None)
        for i, line in enumerate(lines):
            last = i == len(lines) - 1
            self.text(line, font=font, size=size, x=MARGIN_LEFT + (indent if i == 0 else 0),
                      align="justify" if align == "left" and self.justified and not last else align)

    def header(self, left: list[str], right: list[str]) -> None:
        top = self.y
        size = 12.5
        for column, (x0, x1), is_left in ((left, HEADER_LEFT, True), (right, HEADER_RIGHT, False)):
            self.y = top
            for i, line in enumerate(column):
                if is_left:
                    issuer = not line.startswith(("Số", "V/v")) and line.isupper()
                    font = "bold" if issuer and i == _last_upper(column) else "regular"
                    line_size = 12 if line.startswith("V/v") else size
                else:
                    font = "italic" if _PLACE_DATE.search(line) else "bold"
                    line_size = 12 if line.startswith(MOTTO[:12]) else 13
                for part in wrap(line, f"LS-{font}", line_size, x1 - x0):
                    self.y -= line_size * 1.3
                    self.canvas.setFont(f"LS-{font}", line_size)
                    self.canvas.drawCentredString((x0 + x1) / 2, self.y + line_size * 0.3, part)
                    self.pages[-1].append(part)
            if is_left:
                bottom_left = self.y
        self.y = min(self.y, bottom_left) - 10 * mm

    def closing(self, closing: Closing, issuer: str) -> None:
        """Nơi nhận (12 pt bold italic, entries 11 pt) on the left; beside it the signer's titles, the seal and
        signature, the name. Printed (and so read) left column first."""
        leading = self.size * 1.32
        right_height = leading * (len(closing.titles) + 1) + 30 * mm
        self.ensure(max(right_height, 12 * len(closing.recipients) * 1.3 + 4 * mm))
        self.y -= 4 * mm
        top = self.y
        for i, line in enumerate(closing.recipients):
            size = 12 if i == 0 else 11
            for part in wrap(line, "LS-bolditalic" if i == 0 else "LS-regular", size, HEADER_LEFT[1] - MARGIN_LEFT):
                self.y -= size * 1.3
                self.canvas.setFont("LS-bolditalic" if i == 0 else "LS-regular", size)
                self.canvas.drawString(MARGIN_LEFT, self.y + size * 0.3, part)
                self.pages[-1].append(part)
        bottom_left = self.y
        self.y = top
        x0, x1 = HEADER_RIGHT
        for title in closing.titles:
            self.text(title, font="italic" if title.startswith("(") else "bold", x=x0, right=x1, align="centre")
        # Draw seal and signature first: the printed name goes over them (as with multiply-blended ink).
        sign_top = self.y
        self.seal((x0 + x1) / 2 - 18 * mm, sign_top - 14 * mm, issuer)
        self.signature((x0 + x1) / 2 - 8 * mm, sign_top - 16 * mm)
        self.y -= 26 * mm
        self.text(closing.name, font="bold", x=x0, right=x1, align="centre")
        self.y = min(self.y, bottom_left)

    def seal(self, cx: float, cy: float, label: str) -> None:
        """A round red seal (two rings, the issuer's name along the rim, a star), placed as an image.

        Real digital directives carry the seal as a picture, so its letters must not enter the text layer.
        """
        self.canvas.drawImage(ImageReader(seal_image(label)), cx - 20 * mm, cy - 20 * mm, width=40 * mm,
                              height=40 * mm, mask="auto")

    def signature(self, x: float, y: float) -> None:
        """A blue pen signature: a few seeded Bézier strokes."""
        c = self.canvas
        c.saveState()
        c.setStrokeColorRGB(0.08, 0.18, 0.62)
        c.setLineWidth(1.1)
        rng = self.rng
        px, py = x, y
        for _ in range(4):
            pts = [px, py]
            for _ in range(3):
                pts += [px + rng.uniform(-4, 16) * mm, py + rng.uniform(-6, 6) * mm]
            c.bezier(*pts)
            px, py = pts[-2], pts[-1]
        c.restoreState()

    def finish(self) -> bytes:
        self.canvas.showPage()
        self.canvas.save()
        return self.buf.getvalue()


def seal_image(label: str, px: int = 480) -> Image.Image:
    """The seal as an RGBA picture 40 mm wide (at 300 dpi), transparent outside the ink."""
    from PIL import ImageDraw, ImageFont

    red = (219, 26, 31, 255)
    img = Image.new("RGBA", (px, px), (255, 255, 255, 0))
    draw = ImageDraw.Draw(img)
    centre, scale = px / 2, px / 40  # pixels per mm
    draw.ellipse([centre - 19 * scale] * 2 + [centre + 19 * scale] * 2, outline=red, width=int(0.6 * scale))
    draw.ellipse([centre - 15.5 * scale] * 2 + [centre + 15.5 * scale] * 2, outline=red, width=int(0.3 * scale))
    font = ImageFont.truetype(str(FONT_DIR / FONTS["bold"]), int(2.9 * scale))
    label = label[:40]
    n = len(label)
    for i, ch in enumerate(label):
        angle = np.deg2rad(200 - i * (220 / max(n - 1, 1)))
        glyph = Image.new("RGBA", (int(5 * scale), int(5 * scale)), (255, 255, 255, 0))
        ImageDraw.Draw(glyph).text((glyph.width / 2, glyph.height / 2), ch, font=font, fill=red, anchor="mm")
        glyph = glyph.rotate(np.rad2deg(angle) - 90, resample=Image.BICUBIC)
        x = centre + 17.2 * scale * np.cos(angle) - glyph.width / 2
        y = centre - 17.2 * scale * np.sin(angle) - glyph.height / 2
        img.alpha_composite(glyph, (int(x), int(y)))
    star = [(centre + (7 if k % 2 == 0 else 2.8) * scale * np.cos(np.deg2rad(90 + k * 36)),
             centre - (7 if k % 2 == 0 else 2.8) * scale * np.sin(np.deg2rad(90 + k * 36))) for k in range(10)]
    draw.polygon(star, fill=red)
    buf = io.BytesIO()
    img.save(buf, format="PNG")
    buf.seek(0)
    return Image.open(buf)


def _last_upper(column: list[str]) -> int:
    idx = [i for i, line in enumerate(column) if line.isupper() and not line.startswith(("Số", "V/v"))]
    return idx[-1] if idx else -1


def _is_title(line: str) -> bool:
    letters = [ch for ch in line if ch.isalpha()]
    return bool(letters) and line.isupper() and len(line) <= 70 and not re.match(r"^[IVX]+\.", line)


def render(layout: Layout, *, size: float, rng: np.random.Generator, justified: bool = True) -> Rendered:
    _register_fonts()
    ts = Typesetter(size, rng, justified=justified)
    if layout.header_left or layout.header_right:
        ts.header(layout.header_left, layout.header_right)
    issuers = [line for line in layout.header_left if line.isupper() and not line.startswith(("Số", "V/v"))]
    issuer = issuers[-1] if issuers else "ỦY BAN NHÂN DÂN"
    signed = False
    for line in layout.body:
        if isinstance(line, Closing):
            ts.closing(line, issuer)
            signed = True
            continue
        if not line:
            ts.y -= size * 0.45
            continue
        if _is_title(line):
            ts.paragraph(line, font="bold", size=size + 1, align="centre")
        else:
            indent = 10 * mm if not line.startswith(("-", "–", "+", "*")) and not re.match(r"^\w{1,4}[.)]", line) \
                else 0
            ts.paragraph(line, indent=indent)
    if not signed:  # no signer's block found: seal and signature under the text
        x0, x1 = HEADER_RIGHT
        ts.ensure(42 * mm)
        ts.seal((x0 + x1) / 2, ts.y - 24 * mm, issuer)
        ts.signature((x0 + x1) / 2 - 6 * mm, ts.y - 26 * mm)
    seal_page = len(ts.pages)
    return Rendered(ts.finish(), ts.pages, seal_page)


# ---------------------------------------------------------------- degradation


def rasterise(pdf: bytes, dpi: int = RENDER_DPI) -> list[np.ndarray]:
    doc = pdfium.PdfDocument(pdf)
    try:
        return [np.asarray(doc[i].render(scale=dpi / 72).to_pil().convert("RGB")) for i in range(len(doc))]
    finally:
        doc.close()


def _jpeg(rgb: np.ndarray, quality: int) -> bytes:
    ok, buf = cv2.imencode(".jpg", cv2.cvtColor(rgb, cv2.COLOR_RGB2BGR), [cv2.IMWRITE_JPEG_QUALITY, quality])
    assert ok
    return buf.tobytes()


def degrade(rgb: np.ndarray, rng: np.random.Generator) -> tuple[bytes, dict]:
    """A flatbed scan of a printed page: resolution, tint, small rotation, blur, noise, JPEG."""
    params = {
        "dpi": int(rng.integers(200, 301)),
        "rotate_deg": round(float(rng.uniform(0.3, 2.0) * rng.choice([-1, 1])), 2),
        "blur_sigma": round(float(rng.uniform(0.3, 0.9)), 2),
        "noise_sigma": round(float(rng.uniform(4, 14)), 1),
        "jpeg_quality": int(rng.integers(45, 81)),
        "paper": int(rng.integers(228, 250)),
    }
    scale = params["dpi"] / RENDER_DPI
    img = cv2.resize(rgb, None, fx=scale, fy=scale, interpolation=cv2.INTER_AREA).astype(np.float32)
    img = img * (params["paper"] / 255.0) * np.array([1.0, 0.99, 0.95], np.float32)  # yellowish paper
    h, w = img.shape[:2]
    matrix = cv2.getRotationMatrix2D((w / 2, h / 2), params["rotate_deg"], 1.0)
    img = cv2.warpAffine(img, matrix, (w, h), flags=cv2.INTER_LINEAR, borderMode=cv2.BORDER_CONSTANT,
                         borderValue=(params["paper"],) * 3)
    img = cv2.GaussianBlur(img, (0, 0), params["blur_sigma"] * scale + 0.2)
    img = img + rng.normal(0, params["noise_sigma"], img.shape[:2])[..., None].astype(np.float32)
    img = np.clip(img, 0, 255).astype(np.uint8)
    return _jpeg(img, params["jpeg_quality"]), params


def photograph(rgb: np.ndarray, rng: np.random.Generator) -> tuple[bytes, dict]:
    """A phone photo of the page: on a table, perspective, uneven light, blur, noise, JPEG."""
    h, w = rgb.shape[:2]
    pad_x, pad_y = int(w * 0.12), int(h * 0.08)
    out_w, out_h = w + 2 * pad_x, h + 2 * pad_y
    def jitter(s):
        return float(rng.uniform(0.005, 0.04)) * s
    src = np.array([[0, 0], [w, 0], [w, h], [0, h]], np.float32)
    dst = np.array([
        [pad_x + jitter(w), pad_y + jitter(h)],
        [pad_x + w - jitter(w), pad_y + jitter(h)],
        [pad_x + w - jitter(w) * 0.3, pad_y + h - jitter(h) * 0.3],
        [pad_x + jitter(w) * 0.3, pad_y + h - jitter(h) * 0.3],
    ], np.float32)
    table = np.empty((out_h, out_w, 3), np.float32)
    table[:] = np.array([92, 74, 58], np.float32) * float(rng.uniform(0.8, 1.2))
    matrix = cv2.getPerspectiveTransform(src, dst)
    page = cv2.warpPerspective(rgb, matrix, (out_w, out_h), flags=cv2.INTER_LINEAR)
    inside = cv2.warpPerspective(np.full((h, w), 255, np.uint8), matrix, (out_w, out_h)) > 127
    img = np.where(inside[..., None], page.astype(np.float32), table)
    yy, xx = np.mgrid[0:out_h, 0:out_w].astype(np.float32)
    light = 0.78 + 0.22 * (1 - (xx / out_w * 0.6 + yy / out_h * 0.4))
    img = img * light[..., None]
    img = cv2.GaussianBlur(img, (0, 0), 1.0)
    img = img + rng.normal(0, 6, img.shape[:2])[..., None].astype(np.float32)
    img = cv2.resize(np.clip(img, 0, 255).astype(np.uint8), None, fx=0.85, fy=0.85, interpolation=cv2.INTER_AREA)
    quality = int(rng.integers(70, 86))
    return _jpeg(img, quality), {"corners": dst.round(1).tolist(), "jpeg_quality": quality, "scale": 0.85}


def images_pdf(jpegs: list[bytes]) -> bytes:
    """An image-only PDF with one JPEG per A4 page (what a scanner's 'scan to PDF' writes)."""
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4, invariant=1)
    for data in jpegs:
        c.drawImage(ImageReader(io.BytesIO(data)), 0, 0, width=PAGE_W, height=PAGE_H)
        c.showPage()
    c.save()
    return buf.getvalue()


def tiff(pages: list[np.ndarray]) -> bytes:
    buf = io.BytesIO()
    images = [Image.fromarray(p) for p in pages]
    images[0].save(buf, format="TIFF", save_all=True, append_images=images[1:], compression="tiff_adobe_deflate",
                   dpi=(RENDER_DPI, RENDER_DPI))
    return buf.getvalue()


# ---------------------------------------------------------------- the corpus


@dataclass
class ScanSet:
    """Where one document's renders are, and the reference text of each page."""

    doc_id: str
    directory: Path
    pages: list[str]  # reference text per page (lines joined by "\n")
    digital: Path
    clean: Path
    scan: Path
    photo: Path
    photo_pages: list[int]
    degradations: list[dict]

    @property
    def text(self) -> str:
        return "\n\n".join(self.pages)


def cache_key(source: str, seed: int) -> str:
    return hashlib.sha256(f"{GENERATOR_VERSION}\0{seed}\0{source}".encode()).hexdigest()[:16]


def make_scan_set(doc_id: str, source: str, out_dir: Path, *, seed: int = DEFAULT_SEED,
                  force: bool = False) -> ScanSet:
    """Render one document (or reuse the cached render when source, seed and generator are unchanged)."""
    directory = out_dir / doc_id
    manifest_path = directory / "manifest.json"
    key = cache_key(source, seed)
    if not force and manifest_path.exists():
        manifest = json.loads(manifest_path.read_text(encoding="utf-8"))
        if manifest.get("key") == key and all((directory / f).exists() for f in manifest["files"].values()):
            return _scan_set(doc_id, directory, manifest)
    rng = np.random.default_rng([seed, zlib.crc32(doc_id.encode())])
    size = float(rng.choice([13.0, 14.0]))
    # Nghị định 30 asks for justified paragraphs; a quarter of the documents are ragged, as Word's default is.
    justified = bool(rng.random() < 0.75)
    layout = split_layout(strip_markdown(rejoin_hard_breaks(unstack_closings(unstack_header(source)))))
    rendered = render(layout, size=size, rng=rng, justified=justified)
    rasters = rasterise(rendered.pdf)
    directory.mkdir(parents=True, exist_ok=True)
    (directory / "digital.pdf").write_bytes(rendered.pdf)
    (directory / "clean.tiff").write_bytes(tiff(rasters))
    degraded, params = zip(*(degrade(page, rng) for page in rasters), strict=True)
    (directory / "scan.pdf").write_bytes(images_pdf(list(degraded)))
    photo, photo_params = photograph(rasters[0], rng)
    (directory / "photo.jpg").write_bytes(photo)
    manifest = {
        "doc_id": doc_id, "key": key, "seed": seed, "font_size": size, "justified": justified,
        "generator": GENERATOR_VERSION,
        "files": {"digital": "digital.pdf", "clean": "clean.tiff", "scan": "scan.pdf", "photo": "photo.jpg"},
        "pages": ["\n".join(lines) for lines in rendered.pages],
        "photo_pages": [1],
        "degradations": list(params),
        "photo": photo_params,
    }
    manifest_path.write_text(json.dumps(manifest, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return _scan_set(doc_id, directory, manifest)


def _scan_set(doc_id: str, directory: Path, manifest: dict) -> ScanSet:
    files = manifest["files"]
    return ScanSet(doc_id, directory, manifest["pages"], directory / files["digital"], directory / files["clean"],
                   directory / files["scan"], directory / files["photo"], manifest["photo_pages"],
                   manifest["degradations"])


def corpus_documents(corpus_dir: Path) -> list[tuple[str, Path]]:
    return sorted((p.parent.name, p) for p in corpus_dir.glob("*/source.txt"))


def ensure_scans(corpus_dir: Path = DEFAULT_CORPUS, out_dir: Path = DEFAULT_OUT, *, seed: int = DEFAULT_SEED,
                 only: list[str] | None = None, force: bool = False) -> list[ScanSet]:
    """Scan sets for every corpus document (or those in ``only``), generating what is missing or stale."""
    sets = []
    for doc_id, path in corpus_documents(corpus_dir):
        if only and doc_id not in only:
            continue
        sets.append(make_scan_set(doc_id, path.read_text(encoding="utf-8"), out_dir, seed=seed, force=force))
    return sets


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("docs", nargs="*", help="document ids (default: all)")
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED)
    parser.add_argument("--force", action="store_true", help="regenerate even when the cache is fresh")
    args = parser.parse_args(argv)
    sets = ensure_scans(args.corpus, args.out, seed=args.seed, only=args.docs or None, force=args.force)
    for s in sets:
        print(f"{s.doc_id}: {len(s.pages)} page(s) → {s.directory}")
    if not sets:
        print(f"make_scans: no corpus/<id>/source.txt under {args.corpus}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())


__all__ = ["ScanSet", "ensure_scans", "make_scan_set", "rejoin_hard_breaks", "split_layout", "strip_markdown",
           "unstack_closings", "unstack_header"]
