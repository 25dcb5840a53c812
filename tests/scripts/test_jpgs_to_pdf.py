"""scripts/jpgs_to_pdf.py wraps photos in a PDF without touching a pixel (heldout-scans/hs_02 relies on it)."""

import subprocess
import sys
from pathlib import Path

import numpy as np
import pypdfium2 as pdfium
from PIL import Image

SCRIPT = Path(__file__).resolve().parents[2] / "scripts" / "jpgs_to_pdf.py"


def _photo(path: Path, size: tuple[int, int], seed: int) -> None:
    pixels = np.random.default_rng(seed).integers(0, 256, (size[1], size[0], 3), dtype=np.uint8)
    Image.fromarray(pixels).save(path, "JPEG", quality=80)


def test_pages_hold_the_jpeg_bytes_and_render_to_the_same_pixels(tmp_path):
    photos = [tmp_path / "p1.jpg", tmp_path / "p2.jpg"]
    _photo(photos[0], (64, 96), seed=1)
    _photo(photos[1], (60, 96), seed=2)
    out = tmp_path / "doc.pdf"

    # run as a clerk would: the script is a command, not a module to import
    subprocess.run([sys.executable, str(SCRIPT), str(out), *map(str, photos)], check=True, timeout=60)

    data = out.read_bytes()
    pdf = pdfium.PdfDocument(out)
    assert len(pdf) == 2
    for index, photo in enumerate(photos):
        assert photo.read_bytes() in data  # embedded as is, not re-encoded
        with Image.open(photo) as image:
            assert pdf[index].get_size() == (float(image.width), float(image.height))  # 1 px = 1 pt
            expected = np.asarray(image.convert("RGB"))
        rendered = np.asarray(pdf[index].render(scale=1).to_pil().convert("RGB"))
        assert np.array_equal(rendered, expected)
