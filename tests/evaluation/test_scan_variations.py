"""The scan variations: deterministic, and every varied page makes an image-only PDF the ingest can open."""

from __future__ import annotations

import random

import pypdfium2 as pdfium
import pytest
from PIL import Image, ImageDraw

from evaluation.scan_variations import VARIATIONS, varied_pdf, vary_page


def _page() -> Image.Image:
    image = Image.new("RGB", (620, 880), "white")
    draw = ImageDraw.Draw(image)
    for i in range(12):
        draw.text((60, 60 + 60 * i), f"Dòng {i}: Số 12/KH-UBND ngày 3 tháng 4", fill="black")
    return image


@pytest.mark.parametrize("name", sorted(VARIATIONS))
def test_variation_is_seeded_and_opens_as_a_pdf(name):
    variation = VARIATIONS[name]
    first = vary_page(_page(), variation, random.Random("7:x:1"))
    again = vary_page(_page(), variation, random.Random("7:x:1"))
    assert (first.image.tobytes(), first.dpi, first.quality) == (again.image.tobytes(), again.dpi, again.quality)
    pdf = pdfium.PdfDocument(varied_pdf([first]))
    try:
        assert len(pdf) == 1
        width, height = pdf[0].get_size()
    finally:
        pdf.close()
    if name == "tight-crop":
        return
    turned = name == "sideways"
    # the page keeps its physical size whatever the resolution (± the photo's desk)
    expected = (880, 620) if turned else (620, 880)
    assert abs(width / 72 * 300 - expected[0]) <= 0.2 * expected[0]
    assert abs(height / 72 * 300 - expected[1]) <= 0.2 * expected[1]
