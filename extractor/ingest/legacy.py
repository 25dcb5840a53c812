"""Old Word files (.doc, Word 97–2003) and text typed in the legacy Vietnamese encodings TCVN3 and VNI.

.doc
    Recognised by content: an OLE2 compound file with a ``WordDocument`` stream (:mod:`.sniff`). Its File
    Information Block says whether it is encrypted (refused with ``encrypted_file``) before anything else runs.
    It is converted offline to .docx by LibreOffice (``soffice --headless --convert-to docx``, installed by
    ``scripts/setup.sh``) in a temporary directory with its own LibreOffice profile
    (``-env:UserInstallation``), so that parallel conversions never share one; the converter runs in its own
    process group, killed whole when it runs past :data:`CONVERSION_TIMEOUT_S` (or the OCR page limit, if
    lower: :func:`extractor.ingest.load_bytes`). The .docx is then read as any
    other (:func:`extractor.ingest.docx.read_docx`): LibreOffice keeps each run's font, which is what tells
    TCVN3 and VNI text apart below. ``DOCINTEL_SOFFICE`` names another converter executable (the tests use a
    fake slow one).

TCVN3 / VNI in Word files
    :func:`convert_legacy_runs` converts, run by run, the text of every run whose font is a TCVN3 font
    (``.VnTime``, ``.VnArial`` …; ``…H`` for capitals) or a VNI font (``VNI-Times`` …): a document may mix
    them with Unicode fonts. The font is the run's own, else its character style's, else its paragraph
    style's, else the document default, as Word resolves it. The tables are in :mod:`.vn_legacy_encodings`.
"""

from __future__ import annotations

import contextlib
import io
import os
import shutil
import signal
import subprocess
import tempfile
from pathlib import Path
from typing import Final

from lxml import etree

from extractor.errors import (
    ConversionError,
    ConversionTimeoutError,
    ConverterMissingError,
    CorruptFileError,
    EncryptedFileError,
)
from extractor.ingest import vn_legacy_encodings as encodings

CONVERSION_TIMEOUT_S: Final = 60.0
_W: Final = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_RESAVE = "Hãy mở bằng Word hoặc LibreOffice, lưu lại thành .docx (hoặc PDF) rồi tải lên tệp đó."

# ------------------------------------------------------------------ .doc: checks and conversion


def check_doc(data: bytes) -> None:
    """Refuse a .doc that cannot be converted, from its structure alone (no converter runs).

    Raises:
        EncryptedFileError: the File Information Block's fEncrypted flag is set (a password to open).
        CorruptFileError: not a readable compound file, or no Word 97–2003 File Information Block.
    """
    import olefile

    try:
        with olefile.OleFileIO(io.BytesIO(data)) as ole:
            fib = ole.openstream("WordDocument").read(12)
    except (OSError, ValueError, IndexError, KeyError, TypeError, RecursionError, MemoryError) as exc:
        raise CorruptFileError(f"Tệp Word cũ (.doc) bị hỏng, không mở được. {_RESAVE}",
                               detail={"reason": f"{type(exc).__name__}: {exc}"}) from None
    # FIB: wIdent 0xA5EC at offset 0, then nFib, unused, lid, pnNext, and the flags word at offset 10.
    if len(fib) < 12 or int.from_bytes(fib[0:2], "little") != 0xA5EC:
        raise CorruptFileError(f"Tệp Word cũ (.doc) bị hỏng hoặc là định dạng Word quá cũ (trước Word 97). {_RESAVE}",
                               detail={"reason": "no Word 97–2003 File Information Block"})
    if int.from_bytes(fib[10:12], "little") & 0x0100:  # fEncrypted
        raise EncryptedFileError(
            "Tệp Word cũ (.doc) có mật khẩu nên không đọc được nội dung. Hãy mở bằng Word, bỏ mật khẩu (Tệp → "
            "Thông tin → Bảo vệ tài liệu), lưu thành .docx rồi tải lên lại, hoặc tải lên bản PDF.",
        )


def converter() -> str:
    """The converter executable; :class:`ConverterMissingError` when none is installed."""
    found = os.environ.get("DOCINTEL_SOFFICE") or shutil.which("soffice") or shutil.which("libreoffice")
    if not found:
        raise ConverterMissingError(
            "Máy này chưa cài bộ chuyển đổi tệp Word cũ (LibreOffice) nên chưa đọc được tệp .doc. Hãy báo quản trị "
            "viên chạy scripts/setup.sh, hoặc mở tệp bằng Word, lưu thành .docx hoặc PDF rồi tải lên tệp đó.",
        )
    return found


def _kill_group(process: subprocess.Popen) -> None:
    with contextlib.suppress(ProcessLookupError, PermissionError):
        os.killpg(process.pid, signal.SIGKILL)


def convert_doc(data: bytes, *, timeout_s: float | None = None) -> bytes:
    """The .docx LibreOffice makes of a .doc (checked by :func:`check_doc` first).

    Raises:
        EncryptedFileError, CorruptFileError: as :func:`check_doc`; also when the converter produces nothing.
        ConverterMissingError: LibreOffice is not installed.
        ConversionTimeoutError: the conversion ran past ``timeout_s`` (default :data:`CONVERSION_TIMEOUT_S`);
            the converter's process group is killed.
        ConversionError: the converter could not be started.
    """
    check_doc(data)
    executable = converter()
    timeout_s = CONVERSION_TIMEOUT_S if timeout_s is None else timeout_s
    with tempfile.TemporaryDirectory(prefix="docintel-doc-") as tmp:
        work = Path(tmp)
        source, out = work / "document.doc", work / "out"
        source.write_bytes(data)
        command = [executable, f"-env:UserInstallation={(work / 'profile').as_uri()}", "--headless", "--norestore",
                   "--nologo", "--nolockcheck", "--convert-to", "docx:MS Word 2007 XML", "--outdir", str(out),
                   str(source)]
        try:
            process = subprocess.Popen(command, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                                       stderr=subprocess.PIPE, start_new_session=True, cwd=tmp,
                                       env={**os.environ, "HOME": tmp})
        except OSError as exc:
            raise ConversionError(f"Không chạy được bộ chuyển đổi tệp Word cũ ({exc}). Hãy báo quản trị viên, "
                                  "hoặc lưu tệp thành .docx hoặc PDF rồi tải lên.") from None
        try:
            _, stderr = process.communicate(timeout=timeout_s)
        except subprocess.TimeoutExpired:
            _kill_group(process)
            process.wait()  # not communicate(): a descendant that left the group could hold the pipes open
            raise ConversionTimeoutError(
                f"Chuyển đổi tệp Word cũ (.doc) chạy quá {timeout_s:g} giây nên đã dừng. Tệp có thể quá phức tạp "
                f"hoặc máy chủ đang bận: hãy thử lại sau, hoặc {_RESAVE[0].lower()}{_RESAVE[1:]}",
                detail={"timeout_s": timeout_s},
            ) from None
        finally:
            _kill_group(process)  # nothing the converter started outlives it
            process.stdout.close()
            process.stderr.close()
        converted = out / "document.docx"
        if not converted.is_file() or converted.stat().st_size == 0:
            raise CorruptFileError(
                f"Tệp Word cũ (.doc) bị hỏng: bộ chuyển đổi không đọc được. {_RESAVE}",
                detail={"reason": stderr.decode("utf-8", "replace")[-500:], "returncode": process.returncode},
            )
        return converted.read_bytes()


# ------------------------------------------------------------------ TCVN3 / VNI runs in a Word document


def _font_of(properties) -> str | None:
    """The font a ``w:rPr`` names for text beyond ASCII (``w:hAnsi``), else its ASCII font."""
    if properties is None:
        return None
    fonts = properties.find(f"{_W}rFonts")
    if fonts is None:
        return None
    return fonts.get(f"{_W}hAnsi") or fonts.get(f"{_W}ascii")


class _Fonts:
    """Word's font inheritance: run → character style → paragraph style (→ based-on styles) → defaults."""

    def __init__(self, styles) -> None:
        self._styles = {s.get(f"{_W}styleId"): s for s in styles.iter(f"{_W}style")} if styles is not None else {}
        self._default_paragraph = next(
            (sid for sid, s in self._styles.items()
             if s.get(f"{_W}type") == "paragraph" and s.get(f"{_W}default") in ("1", "true", "on")), None)
        defaults = styles.find(f"{_W}docDefaults/{_W}rPrDefault/{_W}rPr") if styles is not None else None
        self._document_default = _font_of(defaults)
        self._cache: dict[str | None, str | None] = {}

    def _style_font(self, style_id: str | None) -> str | None:
        if style_id in self._cache:
            return self._cache[style_id]
        font, seen, current = None, set(), style_id
        while current and current not in seen and current in self._styles:
            seen.add(current)
            style = self._styles[current]
            font = _font_of(style.find(f"{_W}rPr"))
            if font:
                break
            based = style.find(f"{_W}basedOn")
            current = based.get(f"{_W}val") if based is not None else None
        self._cache[style_id] = font
        return font

    def of_run(self, run) -> str | None:
        properties = run.find(f"{_W}rPr")
        font = _font_of(properties)
        if font:
            return font
        if properties is not None and (char_style := properties.find(f"{_W}rStyle")) is not None:
            font = self._style_font(char_style.get(f"{_W}val"))
            if font:
                return font
        paragraph = next((a for a in run.iterancestors(f"{_W}p")), None)
        style = paragraph.find(f"{_W}pPr/{_W}pStyle") if paragraph is not None else None
        font = self._style_font(style.get(f"{_W}val") if style is not None else self._default_paragraph)
        return font or self._document_default


def _restore_soft_hyphens(run) -> None:
    """TCVN3 puts ư on 0xAD, the soft hyphen: Word and LibreOffice save it as a ``w:softHyphen`` element (shown
    as nothing), so "hưởng" would read "hởng". Put the character back as text, where the run has it."""
    for hyphen in run.findall(f"{_W}softHyphen"):
        text = etree.SubElement(run, f"{_W}t")
        text.text = "\xad"
        hyphen.addprevious(text)
        run.remove(hyphen)


def _rejoin_vni_sequences(runs: list) -> None:
    """Word splits runs anywhere (an editing session, a spelling mark), also between a VNI base letter and its
    diacritic code ("Vie" | "ät"): the codes that open a run go back to the end of the VNI run before it."""
    for (before, (enc_before, _)), (after, (enc_after, _)) in zip(runs, runs[1:], strict=False):
        if enc_before != encodings.VNI or enc_after != encodings.VNI or before.getparent() is not after.getparent():
            continue
        tail, head = before.findall(f"{_W}t"), after.findall(f"{_W}t")
        if not tail or not head or not tail[-1].text or not head[0].text or not tail[-1].text[-1].isalpha():
            continue
        codes = len(head[0].text) - len(head[0].text.lstrip(encodings.VNI_DIACRITIC_CODES))
        if codes:
            tail[-1].text += head[0].text[:codes]
            head[0].text = head[0].text[codes:]


def convert_legacy_runs(document) -> dict[str, int]:
    """Convert in place the text of every TCVN3 or VNI run of a python-docx ``Document`` (body and headers).

    Returns:
        Runs converted per encoding, e.g. ``{"tcvn3": 41}`` (empty for a Unicode document).
    """
    fonts = _Fonts(document.styles.element)
    roots = [document.element.body]
    for section in document.sections:
        if not section.header.is_linked_to_previous:
            roots.append(section.header._element)
    converted: dict[str, int] = {}
    seen: set[int] = set()
    for root in roots:
        if id(root) in seen:
            continue
        seen.add(id(root))
        runs = []
        for run in root.iter(f"{_W}r"):
            if run.find(f"{_W}t") is None and run.find(f"{_W}softHyphen") is None:
                continue
            found = encodings.font_encoding(fonts.of_run(run))
            if found is None or any(encodings.is_unicode_vietnamese(t.text or "") for t in run.iter(f"{_W}t")):
                continue
            if found[0] == encodings.TCVN3:
                _restore_soft_hyphens(run)
            runs.append((run, found))
        _rejoin_vni_sequences(runs)
        for run, (encoding, capitals) in runs:
            for t in run.findall(f"{_W}t"):
                t.text = encodings.to_unicode(t.text or "", encoding, capitals=capitals)
            converted[encoding] = converted.get(encoding, 0) + 1
    return converted
