"""Old Word files (.doc) and the legacy Vietnamese encodings TCVN3 and VNI.

Every legacy document here is made in the test from a Unicode twin: the Word twins with python-docx, the .doc
with LibreOffice (the converter scripts/setup.sh installs), the TCVN3/VNI texts with the tables under test.
Each must give the same record as its twin.
"""

from __future__ import annotations

import io
import os
import shutil
import subprocess
import time
import unicodedata
from pathlib import Path

import docx
import pytest

from extractor import extract_bytes, extract_text
from extractor.errors import ConversionTimeoutError, ConverterMissingError, CorruptFileError, EncryptedFileError
from extractor.ingest import inspect, load_bytes, sniff
from extractor.ingest import vn_legacy_encodings as enc
from extractor.ingest.legacy import convert_doc
from extractor.ingest.text import decode_text

ROOT = Path(__file__).resolve().parents[3]
TWIN = ROOT / "corpus" / "seed_000" / "source.txt"  # a Kế hoạch whose every character TCVN3 and VNI can hold

# Every Vietnamese letter with every tone, lower and upper case.
VOWELS = "aăâeêioôơuưy"
TONES = ("", "\u0301", "\u0300", "\u0309", "\u0303", "\u0323")
ALPHABET = "".join(unicodedata.normalize("NFC", v + t) for v in VOWELS for t in TONES) + "đbcdghklmnpqrstvx"


def _lines() -> list[str]:
    return TWIN.read_text(encoding="utf-8").splitlines()


def _docx(paragraphs: list[list[tuple[str, str | None]]], *, normal_font: str | None = None) -> bytes:
    """A .docx of paragraphs of (text, font) runs; ``normal_font`` sets the Normal style's font."""
    document = docx.Document()
    if normal_font:
        document.styles["Normal"].font.name = normal_font
    for runs in paragraphs:
        paragraph = document.add_paragraph()
        for text, font in runs:
            run = paragraph.add_run(text)
            if font:
                run.font.name = font
    buf = io.BytesIO()
    document.save(buf)
    return buf.getvalue()


def _unicode_docx() -> bytes:
    return _docx([[(line, None)] for line in _lines()])


def _tcvn3_docx() -> bytes:
    # As a typist with the ABC fonts did: the body in .VnTime (here the Normal style's font, so the run
    # inherits it), the capitals .VnTime lacks in .VnTimeH runs.
    return _docx([[(codes, ".VnTimeH" if capitals else None) for codes, capitals in enc.unicode_to_tcvn3(line)]
                  for line in _lines()], normal_font=".VnTime")


def _vni_docx() -> bytes:
    return _docx([[(enc.unicode_to_vni(line), "VNI-Times")] for line in _lines()])


def _save_as_doc(docx_files: dict[str, bytes], tmp: Path) -> dict[str, bytes]:
    """The .doc LibreOffice saves of each .docx (one soffice run for all)."""
    for name, data in docx_files.items():
        (tmp / f"{name}.docx").write_bytes(data)
    subprocess.run(
        ["soffice", f"-env:UserInstallation={(tmp / 'profile').as_uri()}", "--headless", "--convert-to",
         "doc:MS Word 97", "--outdir", str(tmp / "out"), *(str(tmp / f"{name}.docx") for name in docx_files)],
        check=True, capture_output=True, timeout=300, start_new_session=True,
    )
    return {name: (tmp / "out" / f"{name}.doc").read_bytes() for name in docx_files}


@pytest.fixture(scope="module")
def docs(tmp_path_factory) -> dict[str, bytes]:
    return _save_as_doc({"unicode": _unicode_docx(), "tcvn3": _tcvn3_docx()}, tmp_path_factory.mktemp("doc"))


@pytest.fixture(scope="module")
def twin():
    """The record and text of the Unicode .docx twin: not empty, so that 'the same record' means something."""
    extraction = extract_bytes(_unicode_docx())
    record = extraction.record.model_dump()
    assert record["document"]["number"] and record["issuer"]["name"] and record["assignments"]
    return record, extraction.text


# ------------------------------------------------------------------ the tables


def test_tcvn3_round_trip_of_the_whole_alphabet_with_every_tone():
    for text in (ALPHABET, ALPHABET.upper()):
        runs = enc.unicode_to_tcvn3(text)
        assert "".join(enc.tcvn3_to_unicode(codes, capitals=capitals) for codes, capitals in runs) == text
    # Lower case needs no …H font; toned capitals do (only Ă Â Ê Ô Ơ Ư Đ have codes of their own).
    assert [capitals for _, capitals in enc.unicode_to_tcvn3(ALPHABET)] == [False]
    assert enc.tcvn3_to_unicode("¡¢£¤¥¦§") == "ĂÂÊÔƠƯĐ"
    # Codes as published (xvnkb tcvn.h), not as derived from our own encoder.
    assert enc.tcvn3_to_unicode("KÕ ho¹ch tæ chøc TuÇn lÔ h\xadëng øng häc tËp suèt ®êi") == \
        "Kế hoạch tổ chức Tuần lễ hưởng ứng học tập suốt đời"
    assert enc.tcvn3_to_unicode("ñy ban nh©n d©n", capitals=True) == "ỦY BAN NHÂN DÂN"


def test_vni_round_trip_of_the_whole_alphabet_with_every_tone():
    for text in (ALPHABET, ALPHABET.upper(), ALPHABET.title()):
        assert enc.vni_to_unicode(enc.unicode_to_vni(text)) == text
    assert enc.vni_to_unicode("Keá hoaïch toå chöùc Tuaàn leã höôûng öùng hoïc taäp suoát ñôøi") == \
        "Kế hoạch tổ chức Tuần lễ hưởng ứng học tập suốt đời"
    assert enc.vni_to_unicode("UÛY BAN NHAÂN DAÂN TÆNH") == "ỦY BAN NHÂN DÂN TỈNH"


def test_vni_reads_the_longest_sequence_first():
    # "ôù" is ớ, not ơ followed by a stray code; "öôø" is ườ (ư, then ơ with its tone).
    assert enc.vni_to_unicode("ôù") == "ớ"
    assert enc.vni_to_unicode("ngöôøi") == "người"
    assert enc.vni_to_unicode("oâ") == "ô" and enc.vni_to_unicode("ô") == "ơ"


def test_fonts_name_the_encoding():
    assert enc.font_encoding(".VnTime") == (enc.TCVN3, False)
    assert enc.font_encoding(".VnTimeH") == (enc.TCVN3, True)
    assert enc.font_encoding(".VnArial NarrowH") == (enc.TCVN3, True)
    assert enc.font_encoding("VNI-Times") == (enc.VNI, False)
    assert enc.font_encoding("VNI-Helve-Condense") == (enc.VNI, False)
    for unicode_font in ("Times New Roman", "Arial", "Vni", "VnTime", None):
        assert enc.font_encoding(unicode_font) is None


# ------------------------------------------------------------------ plain text


def _sources() -> list[Path]:
    return sorted(p for pattern in ("corpus/*/*.txt", "heldout*/*/*.txt") for p in ROOT.glob(pattern))


def test_unicode_text_is_never_converted():
    sources = _sources()
    assert len(sources) >= 60
    converted = [p.relative_to(ROOT).as_posix() for p in sources if enc.detect(p.read_text("utf-8")).encoding]
    assert converted == []
    for path in sources[:5]:
        assert decode_text(path.read_bytes()) == path.read_text("utf-8").replace("\ufeff", "")


def test_tcvn3_plain_text_file_gives_the_same_record_as_its_unicode_twin():
    text = TWIN.read_text(encoding="utf-8")
    legacy = "".join(codes for codes, _ in enc.unicode_to_tcvn3(text)).encode("cp1252")  # no fonts in a .txt
    with pytest.raises(UnicodeDecodeError):
        legacy.decode("utf-8")
    assert enc.detect(legacy.decode("cp1252")).encoding == enc.TCVN3
    assert decode_text(legacy) == text  # the capitals of the .VnTimeH title lines restored
    assert extract_bytes(legacy).record.model_dump() == extract_text(text).record.model_dump()
    # The same characters pasted into a UTF-8 file.
    assert decode_text(legacy.decode("cp1252").encode("utf-8")) == text


def test_vni_plain_text_file_gives_the_same_record_as_its_unicode_twin():
    for path in (TWIN, ROOT / "corpus" / "real_01" / "source.txt", ROOT / "heldout" / "ho_01" / "source.txt"):
        text = path.read_text(encoding="utf-8")
        legacy = enc.unicode_to_vni(text).encode("cp1252")
        assert enc.detect(legacy.decode("cp1252")).encoding == enc.VNI, path
        assert decode_text(legacy) == text, path
        assert extract_bytes(legacy).record.model_dump() == extract_text(text).record.model_dump(), path


def test_undecodable_bytes_that_are_not_legacy_vietnamese_are_still_refused():
    from extractor.errors import UnsupportedFormatError

    with pytest.raises(UnsupportedFormatError):
        decode_text("Prix: 12 € — café crème, déjà vu, naïve".encode("cp1252") * 5)


# ------------------------------------------------------------------ Word files


def test_tcvn3_docx_gives_the_same_record_as_its_unicode_twin(twin):
    record, text = twin
    extraction = extract_bytes(_tcvn3_docx())
    assert extraction.text == text
    assert extraction.record.model_dump() == record


def test_vni_docx_gives_the_same_record_as_its_unicode_twin(twin):
    record, text = twin
    extraction = extract_bytes(_vni_docx())
    assert extraction.text == text
    assert extraction.record.model_dump() == record


def test_runs_are_converted_each_by_its_own_font():
    data = _docx([[("Ủy ban nhân dân ", "Times New Roman"), ("huyÖn Thanh Oai ", ".VnTime"),
                   ("tØnh ", ".VnTimeH"), ("Haø Noäi", "VNI-Times")],
                  [("Văn bản Unicode trong phông .VnTime vẫn giữ nguyên", ".VnTime")]])
    assert load_bytes(data).text.split("\n") == ["Ủy ban nhân dân huyện Thanh Oai TỈNH Hà Nội",
                                                 "Văn bản Unicode trong phông .VnTime vẫn giữ nguyên"]


def test_vni_letter_split_across_two_runs_is_read_whole():
    # Word splits runs anywhere, here between a base letter and its diacritic code.
    data = _docx([[("Vie", "VNI-Times"), ("ät Nam, ngöôø", "VNI-Times"), ("i daân", "VNI-Times")]])
    assert load_bytes(data).text == "Việt Nam, người dân"


def test_doc_gives_the_same_record_as_its_unicode_docx_twin(docs, twin):
    record, text = twin
    assert sniff.sniff(docs["unicode"]) == sniff.DOC
    assert inspect(docs["unicode"]).media_type == sniff.DOC
    extraction = extract_bytes(docs["unicode"])
    assert extraction.text == text
    assert extraction.record.model_dump() == record


def test_tcvn3_doc_gives_the_same_record_as_its_unicode_docx_twin(docs, twin):
    # LibreOffice keeps each run's font through .doc, and saves TCVN3's ư (0xAD, the soft hyphen) as one.
    record, text = twin
    extraction = extract_bytes(docs["tcvn3"])
    assert extraction.text == text
    assert extraction.record.model_dump() == record


# ------------------------------------------------------------------ .doc errors


def _encrypted(doc: bytes) -> bytes:
    """``doc`` with the fEncrypted flag of its File Information Block set (the WordDocument stream's start)."""
    data = bytearray(doc)
    fib = next(offset for offset in range(512, len(data), 512) if data[offset:offset + 2] == b"\xec\xa5")
    data[fib + 11] |= 0x01
    return bytes(data)


def test_encrypted_doc_is_refused_before_conversion(docs):
    for run in (inspect, load_bytes):
        with pytest.raises(EncryptedFileError) as exc_info:
            run(_encrypted(docs["unicode"]))
        assert exc_info.value.code == "encrypted_file" and "mật khẩu" in exc_info.value.message


def test_truncated_doc_is_corrupt(docs):
    with pytest.raises(CorruptFileError) as exc_info:
        inspect(docs["unicode"][:1500])
    assert exc_info.value.code == "corrupt_file" and "cắt cụt" in exc_info.value.message


def _fake_converter(tmp_path: Path, body: str) -> Path:
    script = tmp_path / "fake-soffice"
    script.write_text(f"#!/bin/sh\n{body}\n", encoding="utf-8")
    script.chmod(0o755)
    return script


def _gone(pid: int) -> bool:
    """Ended (a zombie waiting for init to reap it counts: it runs nothing)."""
    try:
        status = Path(f"/proc/{pid}/status").read_text()
    except FileNotFoundError:
        return True
    return "\nState:\tZ" in status


def test_a_converter_past_its_time_limit_is_killed_with_everything_it_started(docs, tmp_path, monkeypatch):
    pid_file = tmp_path / "child.pid"
    # The fake converter starts a child of its own, then hangs.
    script = _fake_converter(tmp_path, f"sleep 300 &\necho $! > {pid_file}\nexec sleep 300")
    monkeypatch.setenv("DOCINTEL_SOFFICE", str(script))
    with pytest.raises(ConversionTimeoutError) as exc_info:
        convert_doc(docs["unicode"], timeout_s=1)
    assert exc_info.value.code == "conversion_timeout" and "quá 1 giây" in exc_info.value.message
    child = int(pid_file.read_text())
    deadline = time.monotonic() + 10
    while not _gone(child):
        assert time.monotonic() < deadline, "the converter's child outlived the time limit"
        time.sleep(0.05)


def test_a_converter_that_writes_nothing_means_a_corrupt_doc(docs, tmp_path, monkeypatch):
    monkeypatch.setenv("DOCINTEL_SOFFICE", str(_fake_converter(tmp_path, "echo 'Error: source file could not "
                                                                          "be loaded' >&2; exit 0")))
    with pytest.raises(CorruptFileError) as exc_info:
        load_bytes(docs["unicode"])
    assert "could not be loaded" in exc_info.value.detail["reason"]


def test_no_converter_installed_is_said_at_intake(docs, tmp_path, monkeypatch):
    monkeypatch.delenv("DOCINTEL_SOFFICE", raising=False)
    monkeypatch.setenv("PATH", str(tmp_path))  # no soffice, no libreoffice
    assert shutil.which("soffice") is None
    for run in (inspect, load_bytes):
        with pytest.raises(ConverterMissingError) as exc_info:
            run(docs["unicode"])
        assert exc_info.value.code == "converter_missing" and "LibreOffice" in exc_info.value.message


def test_parallel_conversions_do_not_share_a_profile(docs):
    from concurrent.futures import ThreadPoolExecutor

    with ThreadPoolExecutor(2) as pool:
        results = list(pool.map(lambda data: load_bytes(data).text, [docs["unicode"], docs["tcvn3"]]))
    assert results[0] == results[1]
    assert os.environ.get("DOCINTEL_SOFFICE") is None
