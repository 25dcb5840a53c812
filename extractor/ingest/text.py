"""Plain-text input: UTF-8 with or without BOM, UTF-16 with BOM."""

from __future__ import annotations

import codecs

from extractor.errors import EmptyDocumentError, UnsupportedFormatError


def decode_text(data: bytes) -> str:
    if not data.strip():
        raise EmptyDocumentError("The file is empty: there is no text to read. Upload the directive itself.")
    for bom, encoding in ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"),
                          (codecs.BOM_UTF16_BE, "utf-16")):
        if data.startswith(bom):
            return data.decode(encoding)
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise UnsupportedFormatError(
            f"The file is neither a supported document nor UTF-8 text (undecodable byte at offset {exc.start}). "
            "Upload a PDF, image, DOCX or a UTF-8 / UTF-16 text file."
        ) from None
