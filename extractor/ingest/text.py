"""Plain-text input: UTF-8 with or without BOM, UTF-16 with BOM.

:func:`decode_text` is the one judgement of what counts as text, used by ingestion (the CLI, the workers)
and by the service's upload checks alike:

- NUL characters, or more than one control character in a thousand, mean binary content: refused as an
  unsupported format (415), whatever the bytes decode to;
- a few stray control characters (a form feed pasted from a terminal, a vertical tab) become spaces;
- invisible bidirectional controls (U+202A–U+202E, U+2066–U+2069, LRM/RLM/ALM) are removed: Vietnamese is
  written left to right, and an override would make the text a clerk sees differ from what the rules read.
"""

from __future__ import annotations

import codecs
import re

from extractor.errors import EmptyDocumentError, UnsupportedFormatError

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
        raise UnsupportedFormatError(
            f"Tệp không phải định dạng được hỗ trợ, cũng không phải văn bản {encoding_used.upper()} (byte không "
            f"giải mã được ở vị trí {exc.start:,}). {_WHAT_WE_READ}",
            detail={"offset": exc.start},
        ) from None


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
    if not text.strip():
        raise EmptyDocumentError("Tệp không có chữ nào (chỉ có khoảng trắng). Hãy tải lên chính văn bản.")
    return text
