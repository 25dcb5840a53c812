"""Small documents made on the fly for the ingestion tests (nothing binary is committed)."""

from __future__ import annotations

import io

import numpy as np
from PIL import Image, ImageDraw, ImageFont
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

FONT = "/usr/share/fonts/truetype/liberation2/LiberationSerif-Regular.ttf"


def blank_pdf(pages: int) -> bytes:
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4, invariant=1)
    for _ in range(pages):
        c.showPage()
    c.save()
    return buf.getvalue()


def text_image(lines: list[str], *, size: int = 44, width: int = 1400) -> Image.Image:
    """Black text on white, ~300 dpi letter size: small enough that Tesseract reads it in a fraction of a second."""
    font = ImageFont.truetype(FONT, size)
    height = int(size * 1.6 * len(lines) + 2 * size)
    image = Image.new("RGB", (width, height), "white")
    draw = ImageDraw.Draw(image)
    for i, line in enumerate(lines):
        draw.text((size, size + i * size * 1.6), line, font=font, fill="black")
    return image


def image_bytes(image: Image.Image, fmt: str, **params) -> bytes:
    buf = io.BytesIO()
    image.save(buf, format=fmt, **params)
    return buf.getvalue()


def rgb(image: Image.Image) -> np.ndarray:
    return np.asarray(image.convert("RGB"))
