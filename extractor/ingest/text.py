"""Plain-text input: UTF-8 with or without BOM, UTF-16 with BOM, and Vietnamese typed in TCVN3 or VNI.

:func:`decode_text` is the one judgement of what counts as text, used by ingestion (the CLI, the workers)
and by the service's upload checks alike:

- NUL characters, or more than one control character in a thousand, mean binary content: refused as an
  unsupported format (415), whatever the bytes decode to;
- a few stray control characters (a form feed pasted from a terminal, a vertical tab) become spaces;
- invisible bidirectional controls (U+202A–U+202E, U+2066–U+2069, LRM/RLM/ALM) are removed: Vietnamese is
  written left to right, and an override would make the text a clerk sees differ from what the rules read;
- text typed in the 8-bit encodings TCVN3 (ABC) or VNI — saved as Windows-1252 bytes, which are not UTF-8, or
  pasted into a UTF-8 file — is recognised by :func:`extractor.ingest.vn_legacy_encodings.detect` and
  converted to Unicode; bytes that are neither UTF-8 nor such a text are refused as before.
"""

from __future__ import annotations

import codecs
import re

from extractor.errors import EmptyDocumentError, UnsupportedFormatError
from extractor.ingest import vn_legacy_encodings as legacy

_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")  # control characters other than white space
_BIDI = re.compile("[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")
MAX_CONTROL_SHARE = 0.001
_WHAT_WE_READ = "Hãy tải lên PDF, ảnh quét (PNG, JPEG, TIFF), tệp Word (.docx, .doc) hoặc văn bản UTF-8."


def _decode(data: bytes) -> str:
    for bom, encoding in ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"),
                          (codecs.BOM_UTF16_BE, "utf-16")):
        if data.startswith(bom):
            encoding_used = encoding
            break
    else:
        encoding_used = "utf-8"
    try:
        return data.decode(encoding_used)
    except UnicodeDecodeError as exc:
        if encoding_used == "utf-8" and (text := _legacy_bytes(data)) is not None:
            return text
        raise UnsupportedFormatError(
            f"Tệp không phải định dạng được hỗ trợ, cũng không phải văn bản {encoding_used.upper()} (byte không "
            f"giải mã được ở vị trí {exc.start:,}). {_WHAT_WE_READ}",
            detail={"offset": exc.start},
        ) from None


def _legacy_bytes(data: bytes) -> str | None:
    """TCVN3 or VNI bytes (Windows-1252 characters) as Unicode; ``None`` when they are not such a text."""
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:  # five bytes Windows-1252 leaves undefined
        text = data.decode("latin-1")
    return _from_legacy(text, legacy.detect(text).encoding)


def _from_legacy(text: str, encoding: str | None) -> str | None:
    if encoding is None:
        return None
    converted = legacy.to_unicode(text, encoding)
    return legacy.restore_capitals(converted) if encoding == legacy.TCVN3 else converted


def decode_text(data: bytes) -> str:
    """The text of ``data``, or a typed refusal (see the module docstring).

    Raises:
        EmptyDocumentError: nothing but white space.
        UnsupportedFormatError: undecodable bytes, NUL characters or too many control characters.
    """
    text = _decode(data)
    if "\x00" in text:
        raise UnsupportedFormatError(
            f"Tệp chứa ký tự NUL (lần đầu ở vị trí {text.index(chr(0)):,}): đây là dữ liệu nhị phân, không phải "
            f"văn bản. {_WHAT_WE_READ}",
            detail={"offset": text.index("\x00")},
        )
    controls = len(_CONTROL.findall(text))
    if controls > MAX_CONTROL_SHARE * len(text):
        raise UnsupportedFormatError(
            f"Tệp chứa {controls:,} ký tự điều khiển: đây là dữ liệu nhị phân, không phải văn bản. {_WHAT_WE_READ}",
            detail={"control_characters": controls},
        )
    text = _BIDI.sub("", _CONTROL.sub(" ", text) if controls else text)
    # TCVN3/VNI characters pasted into a UTF-8 file
    text = _from_legacy(text, legacy.detect(text).encoding) or text
    if not text.strip():
        raise EmptyDocumentError("Tệp không có chữ nào (chỉ có khoảng trắng). Hãy tải lên chính văn bản.")
    return text
