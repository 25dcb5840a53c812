"""Image input: PNG, JPEG, BMP, WebP and (multi-page) TIFF, OCR'd page by page.

Sizes are checked from the header before any pixel is decoded, so a decompression bomb (a small file that
declares 30 000 × 30 000 pixels) is refused without allocating it. The EXIF orientation a phone writes is
applied, so a photo taken sideways is read upright.
"""

from __future__ import annotations

import io
import time
import warnings
from collections.abc import Iterator

import numpy as np
from PIL import Image, ImageOps, UnidentifiedImageError

from extractor.errors import CorruptFileError, EmptyDocumentError, TooLargeError
from extractor.ingest import ocr as ocr_mod
from extractor.ingest.layout import DocumentBuilder
from extractor.types import SourceDocument


def _too_large(width: int, height: int, max_pixels: int, frame: int | None = None) -> TooLargeError:
    where = f"Page {frame} of the image" if frame else "The image"
    return TooLargeError(
        f"{where} is {width:,} × {height:,} pixels ({width * height / 1e6:,.0f} megapixels); at most "
        f"{max_pixels / 1e6:,.0f} megapixels are read per page, to protect the server's memory. Scan at "
        "300 dpi (an A4 page is about 9 megapixels) and upload that.",
        detail={"width": width, "height": height, "max_pixels": max_pixels},
    )


def _open(data: bytes, max_pixels: int) -> Image.Image:
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", Image.DecompressionBombWarning)
            image = Image.open(io.BytesIO(data))
    except Image.DecompressionBombError:
        # Raised by PIL from the header alone, above twice its own pixel limit: nothing was decoded.
        width, height = _header_size(data)
        raise _too_large(width, height, max_pixels) from None
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError) as exc:
        raise CorruptFileError(
            f"The image cannot be opened ({exc}). The file is damaged or not really an image: export or scan "
            "it again.",
        ) from None
    width, height = image.size
    if width * height > max_pixels:
        raise _too_large(width, height, max_pixels)
    return image


def _header_size(data: bytes) -> tuple[int, int]:
    """Width and height as declared in a PNG header (0, 0 for other formats)."""
    if data.startswith(b"\x89PNG") and len(data) >= 24:
        return int.from_bytes(data[16:20], "big"), int.from_bytes(data[20:24], "big")
    return 0, 0


def to_rgb(image: Image.Image) -> np.ndarray:
    """Any PIL mode as H×W×3 uint8 RGB; transparency composed over white paper."""
    if image.mode in ("I;16", "I;16B", "I;16L", "I"):
        values = np.asarray(image.convert("I"), dtype=np.float64)
        top = values.max() or 1.0
        grey = (values / top * 255).astype(np.uint8)
        return np.repeat(grey[..., None], 3, axis=2)
    if image.mode in ("RGBA", "LA", "PA") or (image.mode == "P" and "transparency" in image.info):
        rgba = image.convert("RGBA")
        paper = Image.new("RGBA", rgba.size, (255, 255, 255, 255))
        return np.asarray(Image.alpha_composite(paper, rgba).convert("RGB"))
    return np.asarray(image.convert("RGB"))


def _dpi(image: Image.Image) -> int | None:
    dpi = image.info.get("dpi")
    try:
        value = round(float(dpi[0])) if dpi else None
    except (TypeError, ValueError):
        return None
    return value if value and 70 <= value <= 1200 else None


def read_image(data: bytes, media_type: str, *, max_pages: int, max_pixels: int,
               ocr_options: ocr_mod.OcrOptions, progress: ocr_mod.Progress | None = None) -> SourceDocument:
    """OCR every page (frame) of an image file.

    Raises:
        CorruptFileError, TooLargeError, EmptyDocumentError, OcrError.
    """
    started = time.perf_counter()
    image = _open(data, max_pixels)
    count = getattr(image, "n_frames", 1)
    if count > max_pages:
        raise TooLargeError(
            f"The image file has {count} pages; at most {max_pages} are read per document. Check that this is "
            "the right file, or split it and upload the parts.",
            detail={"pages": count, "max_pages": max_pages},
        )

    def jobs() -> Iterator[ocr_mod.PageJob]:
        for index in range(count):
            try:
                image.seek(index)
                width, height = image.size
                if width * height > max_pixels:
                    raise _too_large(width, height, max_pixels, index + 1)
                upright = ImageOps.exif_transpose(image)
                rgb = to_rgb(upright)
            except (OSError, SyntaxError, ValueError, EOFError) as exc:
                raise CorruptFileError(
                    f"Page {index + 1} of the image cannot be decoded ({exc}): the file is truncated or "
                    "damaged. Export or scan it again.",
                ) from None
            yield ocr_mod.PageJob(rgb, index + 1, index == 0, _dpi(image))

    done = 0

    def tick() -> None:
        nonlocal done
        done += 1
        if progress:
            progress(done, count)

    builder = DocumentBuilder(media_type)
    for result in ocr_mod.ocr_pages(jobs(), count=count, options=ocr_options, on_page=tick):
        builder.add_page(result.lines, width=result.width, height=result.height, method="ocr",
                         ocr_confidence=result.confidence, image_png=result.image_png)
    source = builder.build({"ocr": (time.perf_counter() - started) * 1000})
    if not source.text.strip():
        raise EmptyDocumentError(
            f"No text was found in the image ({count} page(s)): it is blank, too faint or too blurred to read. "
            "Scan the directive at 300 dpi, or photograph it flat and in focus, and upload it again.",
        )
    return source
