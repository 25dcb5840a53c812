"""Image input: PNG, JPEG, BMP, WebP and (multi-page) TIFF, OCR'd page by page.

Sizes are checked from the header before any pixel is decoded, so a decompression bomb (a small file that
declares 30 000 × 30 000 pixels) is refused without allocating it. The EXIF orientation a phone writes is
applied, so a photo taken sideways is read upright.
"""

from __future__ import annotations

import io
import re
import struct
import time
import warnings
from collections.abc import Iterator
from typing import Final

import numpy as np
from PIL import Image, ImageOps, UnidentifiedImageError

from extractor.errors import CorruptFileError, EmptyDocumentError, TooLargeError
from extractor.ingest import ocr as ocr_mod
from extractor.ingest.layout import DocumentBuilder
from extractor.limits import IMAGE_TOO_LARGE, Limits
from extractor.types import SourceDocument

# An image with no text read whose long side is under this (an A4 page below ~85 dpi: a thumbnail, a web page's
# preview) is refused as too small, not as blank: the clerk is told to upload the original.
TOO_SMALL_LONG_SIDE: Final = 1000


def _corrupt(detail: str | None = None, *, reason: str | None = None) -> CorruptFileError:
    """``detail``: a Vietnamese phrase for the sentence; ``reason``: the decoder's own (English) words, kept
    apart in the problem's ``reason`` member for support."""
    return CorruptFileError(
        f"Ảnh bị hỏng, không giải mã được{f' ({detail})' if detail else ''}: tệp bị cắt cụt, hoặc phần đầu tệp "
        "khai báo sai kích thước so với dữ liệu ảnh. Hãy quét hoặc xuất ảnh lại rồi tải lên.",
        detail={"reason": reason} if reason else None,
    )


def _declared_pixels(error: Exception) -> int | None:
    """PIL refuses a decompression bomb from the header, naming its pixel count but not its sides."""
    found = re.search(r"\((\d+) pixels\)", str(error))
    return int(found.group(1)) if found else None


def open_image(data: bytes, limits: Limits) -> Image.Image:
    """Open an image from its header (no pixel decoded) and check the size it declares.

    Raises:
        TooLargeError (``image_too_large``): more pixels than ``limits.max_pixels``, told from the header.
        CorruptFileError: not decodable as an image, or a header declaring an empty image.
    """
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", Image.DecompressionBombWarning)
            image = Image.open(io.BytesIO(data))
    except Image.DecompressionBombError as exc:
        # PIL stops above twice its own limit, from the header alone: nothing was decoded.
        pixels = _declared_pixels(exc)
        declared = f"{pixels:,} điểm ảnh ({pixels / 1e6:,.0f} megapixel)" if pixels else "kích thước quá lớn"
        raise TooLargeError(
            f"Phần đầu của ảnh khai báo {declared}; "
            f"mỗi trang được đọc tối đa {limits.max_pixels / 1e6:,.0f} megapixel để bảo vệ bộ nhớ máy chủ. Tệp nhỏ "
            "mà khai báo ảnh khổng lồ là dấu hiệu của \u201cbom giải nén\u201d. Hãy quét ở 300 dpi rồi tải lên lại.",
            code=IMAGE_TOO_LARGE, detail={"pixels": pixels, "limit_pixels": limits.max_pixels},
        ) from None
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError, struct.error, EOFError) as exc:
        raise _corrupt(reason=str(exc) or type(exc).__name__) from None
    width, height = image.size
    if width <= 0 or height <= 0:
        raise _corrupt(f"phần đầu khai báo ảnh {width} × {height} điểm ảnh")
    limits.check_pixels(width, height)
    return image


def check_image(data: bytes, limits: Limits) -> int:
    """Upload check: the declared size and page count within limits, and the first page decodable.

    Returns:
        The number of pages (TIFF frames).
    """
    with open_image(data, limits) as image:
        frames = getattr(image, "n_frames", 1)
        limits.check_pages(frames)
        try:
            if image.format == "JPEG":  # decoding at 1/8 scale is enough to find a damaged file
                image.draft("L", (max(image.width // 8, 1), max(image.height // 8, 1)))
            image.load()
        except (OSError, SyntaxError, ValueError, struct.error, EOFError, Image.DecompressionBombError) as exc:
            raise _corrupt(reason=str(exc) or type(exc).__name__) from None
    return frames


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


def read_image(data: bytes, media_type: str, *, limits: Limits, ocr_options: ocr_mod.OcrOptions,
               progress: ocr_mod.Progress | None = None) -> SourceDocument:
    """OCR every page (frame) of an image file.

    Raises:
        CorruptFileError, TooLargeError, EmptyDocumentError, OcrError.
    """
    started = time.perf_counter()
    image = open_image(data, limits)
    count = getattr(image, "n_frames", 1)
    limits.check_pages(count)

    sizes: list[tuple[int, int]] = []

    def jobs() -> Iterator[ocr_mod.PageJob]:
        for index in range(count):
            try:
                image.seek(index)
                width, height = image.size
                if width <= 0 or height <= 0:
                    raise _corrupt(f"trang {index + 1} khai báo ảnh {width} × {height} điểm ảnh")
                limits.check_pixels(width, height, index + 1)
                sizes.append((width, height))
                upright = ImageOps.exif_transpose(image)
                rgb = to_rgb(upright)
            except (OSError, SyntaxError, ValueError, EOFError, struct.error, Image.DecompressionBombError) as exc:
                raise _corrupt(f"trang {index + 1}", reason=str(exc) or type(exc).__name__) from None
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
                         ocr_confidence=result.confidence, image_png=result.image_png,
                             handwritten=result.handwritten)
    source = builder.build({"ocr": (time.perf_counter() - started) * 1000})
    if not source.text.strip():
        width, height = max(sizes, key=max)
        if max(width, height) < TOO_SMALL_LONG_SIDE:
            raise EmptyDocumentError(
                f"Không đọc được chữ nào: ảnh chỉ có {width} × {height} điểm ảnh, quá nhỏ để đọc (ảnh thu nhỏ hoặc "
                "ảnh lấy từ trang web?). Hãy tải lên ảnh gốc, hoặc quét văn bản ở 300 dpi.",
            )
        raise EmptyDocumentError(
            f"Không tìm thấy chữ nào trong ảnh ({count} trang): ảnh trắng, quá mờ hoặc bị nhòe. Hãy quét văn bản ở "
            "300 dpi, hoặc chụp phẳng và rõ nét, rồi tải lên lại.",
        )
    return source
