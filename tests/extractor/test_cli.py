"""The ``docintel`` command line (extractor/cli.py) through typer's CliRunner: ``schema`` and ``extract``."""

from __future__ import annotations

import codecs
import json
import re
from pathlib import Path

import pytest
from extractor_helpers import directive
from typer.testing import CliRunner

from extractor.cli import app
from extractor.record import plan_record_json_schema

TEXT = directive()
EXPECTED_HEAD = {"number": "215/KH-PGDĐT", "issue_date": "2023-09-12", "kind": "ke_hoach"}


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


def _extract(runner: CliRunner, *args: str):
    return runner.invoke(app, ["extract", "--no-progress", *args])


def test_schema_prints_valid_json(runner):
    result = runner.invoke(app, ["schema"])
    assert result.exit_code == 0, result.output
    schema = json.loads(result.stdout)
    assert schema == plan_record_json_schema()
    assert schema["type"] == "object" and "document" in schema["properties"]


ENCODINGS = {
    "utf-8": TEXT.encode("utf-8"),
    "utf-8-bom": codecs.BOM_UTF8 + TEXT.encode("utf-8"),
    "utf-16-le-bom": TEXT.encode("utf-16"),  # Python writes a BOM, little-endian here
    "utf-16-be-bom": codecs.BOM_UTF16_BE + TEXT.encode("utf-16-be"),
}


@pytest.fixture(scope="module")
def reference() -> dict:
    from extractor import extract_text

    return extract_text(TEXT).model_dump(mode="json")


@pytest.mark.parametrize("encoding", list(ENCODINGS))
def test_extract_one_file_to_stdout(runner, tmp_path, encoding, reference):
    path = tmp_path / f"ke-hoach-{encoding}.txt"
    path.write_bytes(ENCODINGS[encoding])
    result = _extract(runner, str(path))
    assert result.exit_code == 0, result.output
    payload = json.loads(result.stdout)
    assert {k: payload["record"]["document"][k] for k in EXPECTED_HEAD} == EXPECTED_HEAD
    assert payload["record"] == reference["record"], f"[{encoding}] record differs from the UTF-8 one"
    assert payload["evidence"] == reference["evidence"], f"[{encoding}] evidence differs"
    assert payload["text"] == reference["text"], f"[{encoding}] text differs (BOM left in?)"
    assert not payload["text"].startswith("\ufeff")


def test_extract_with_out_writes_one_json_per_file(runner, tmp_path):
    first, second = tmp_path / "ke-hoach-a.txt", tmp_path / "cong-van-b.txt"
    first.write_text(TEXT, encoding="utf-8")
    second.write_bytes(TEXT.replace("Số: 215/KH-PGDĐT", "Số: 216/KH-PGDĐT").encode("utf-16"))
    out = tmp_path / "out"
    result = _extract(runner, str(first), str(second), "--out", str(out))
    assert result.exit_code == 0, result.output
    assert sorted(p.name for p in out.iterdir()) == ["cong-van-b.json", "ke-hoach-a.json"]
    for name, number in (("ke-hoach-a.json", "215/KH-PGDĐT"), ("cong-van-b.json", "216/KH-PGDĐT")):
        payload = json.loads((out / name).read_text(encoding="utf-8"))
        assert set(payload) >= {"record", "evidence", "text", "timings_ms"}, sorted(payload)
        assert payload["record"]["document"]["number"] == number
        ev = payload["evidence"]["/document/number"]
        assert payload["text"][ev["start"] : ev["end"]] == number
        assert {"normalise", "segment", "extract", "validate"} <= set(payload["timings_ms"])
    assert result.stdout == "", "nothing goes to stdout with --out"


def test_two_files_without_out_is_an_error(runner, tmp_path):
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_text(TEXT, encoding="utf-8")
    b.write_text(TEXT, encoding="utf-8")
    result = _extract(runner, str(a), str(b))
    assert result.exit_code == 2, result.output
    assert "--out" in result.output
    assert result.stdout == ""


@pytest.mark.parametrize("content,says", [
    (bytes(range(128, 256)) * 8, "[unsupported_format]"),
    (b"MZ\x90\x00" + bytes(200), "chương trình Windows"),
    (b"", "[empty_file]"),
], ids=["undecodable-bytes", "windows-executable", "zero-bytes"])
def test_unreadable_file_is_a_clear_error_with_exit_code_1(runner, tmp_path, content, says):
    path = tmp_path / "van-ban.txt"
    path.write_bytes(content)
    result = _extract(runner, str(path))
    assert result.exit_code == 1, result.output
    assert result.stdout == ""
    assert str(path) in result.stderr
    assert says in result.stderr, result.stderr
    assert "Traceback" not in result.output


def test_one_bad_file_does_not_stop_the_others(runner, tmp_path):
    good, bad = tmp_path / "good.txt", tmp_path / "bad.txt"
    good.write_text(TEXT, encoding="utf-8")
    bad.write_bytes(bytes(range(128, 256)))
    out = tmp_path / "out"
    result = _extract(runner, str(bad), str(good), "--out", str(out))
    assert result.exit_code == 1
    assert [p.name for p in out.iterdir()] == ["good.json"]
    assert "bad.txt" in result.stderr


def test_missing_file_is_refused(runner, tmp_path):
    result = _extract(runner, str(Path(tmp_path) / "khong-co.txt"))
    assert result.exit_code == 2
    assert "does not exist" in result.output


def test_the_limits_are_the_service_s_and_flags_change_them(runner, tmp_path):
    from extractor.limits import DEFAULT_LIMITS
    from service.settings import Settings

    assert Settings().job_limits == DEFAULT_LIMITS  # one definition for both
    path = tmp_path / "van-ban.txt"
    path.write_text(TEXT + "\nCác trường báo cáo kết quả." * 60, encoding="utf-8")  # > 1000 characters
    assert _extract(runner, str(path)).exit_code == 0
    short = _extract(runner, "--max-chars", "1000", str(path))
    assert short.exit_code == 1 and "[text_too_long]" in short.stderr, short.stderr
    small = _extract(runner, "--max-mb", "0.001", str(path))
    assert small.exit_code == 1 and "[upload_too_large]" in small.stderr, small.stderr


def test_an_unexpected_failure_is_one_line_with_a_code_not_a_traceback(runner, tmp_path, monkeypatch):
    import extractor.pipeline

    def broken(*args, **kwargs):
        raise RecursionError("maximum recursion depth exceeded")

    monkeypatch.setattr(extractor.pipeline, "extract_file", broken)
    path = tmp_path / "van-ban.txt"
    path.write_text(TEXT, encoding="utf-8")
    result = _extract(runner, str(path))
    assert result.exit_code == 1 and result.exception is None or isinstance(result.exception, SystemExit)
    assert "[internal_error]" in result.stderr and "Traceback" not in result.output


@pytest.mark.parametrize("name, data", [
    ("bad.txt", bytes(range(128, 256))),
    ("hong.docx", b"PK\x03\x04" + bytes(60)),
    ("hong.png", b"\x89PNG\r\n\x1a\n" + bytes(40)),
    ("chuong-trinh.exe", b"MZ\x90\x00" + bytes(200)),
])
def test_a_refused_file_is_explained_in_vietnamese(runner, tmp_path, name, data):
    bad = tmp_path / name
    bad.write_bytes(data)
    result = _extract(runner, str(bad))
    assert result.exit_code == 1
    message = result.stderr.split(f"{bad}: ", 1)[1]
    assert message.startswith("["), result.stderr
    english = re.compile(r"\bthe |\bis\b|\bnot\b|cannot|\bfile\b|\bfailed\b|\btry\b|There is|\bNo \w", re.IGNORECASE)
    assert not english.search(message.split("] ", 1)[1]), message


def test_several_files_without_out_are_refused_in_vietnamese(runner, tmp_path):
    first, second = tmp_path / "a.txt", tmp_path / "b.txt"
    first.write_text(TEXT, encoding="utf-8")
    second.write_text(TEXT, encoding="utf-8")
    result = _extract(runner, str(first), str(second))
    assert result.exit_code == 2
    assert "cần --out" in result.output
