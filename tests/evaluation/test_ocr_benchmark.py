"""``python -m evaluation --ocr-benchmark DIR`` on a tiny benchmark written by the test (one rendered page)."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from PIL import Image, ImageDraw, ImageFont

from evaluation.__main__ import main
from evaluation.ocr_benchmark import cer

FONT = "/usr/share/fonts/truetype/liberation2/LiberationSerif-Regular.ttf"
PAGE = ["ỦY BAN NHÂN DÂN", "Kế hoạch tổ chức Tuần lễ hưởng ứng", "học tập suốt đời năm 2021"]


def _image_pdf(lines: list[str]) -> bytes:
    """An image-only PDF of one page (what a scanner writes), letters at ~300 dpi size."""
    font = ImageFont.truetype(FONT, 44)
    image = Image.new("RGB", (1400, 80 + 70 * len(lines)), "white")
    draw = ImageDraw.Draw(image)
    for i, line in enumerate(lines):
        draw.text((44, 44 + 70 * i), line, font=font, fill="black")
    buf = io.BytesIO()
    image.save(buf, format="PDF", resolution=300)
    return buf.getvalue()


@pytest.fixture
def benchmark(tmp_path: Path) -> Path:
    directory = tmp_path / "bench"
    directory.mkdir()
    (directory / "page_a.pdf").write_bytes(_image_pdf(PAGE))
    (directory / "page_b.pdf").write_bytes(_image_pdf(PAGE))
    truth = [{"doc_id": "page_a", "text": "\n".join(PAGE)},
             {"doc_id": "page_b", "text": "Lorem ipsum dolor sit amet, consectetur adipiscing elit"}]
    (directory / "ground_truth.jsonl").write_text("".join(json.dumps(t, ensure_ascii=False) + "\n" for t in truth),
                                                  encoding="utf-8")
    return directory


def test_cer_is_the_benchmarks_definition():
    assert cer("abc", "abd") == pytest.approx(1 / 3)
    assert cer("", "abcd") == 1.0 and cer("abcdef", "abc") == pytest.approx(3 / 6)  # over the longer text
    assert cer("Số:  15\n/KH", "Số: 15 /KH") == 0.0  # white space collapsed
    assert cer("Ho\u0300a", "Hòa") == 0.0  # NFC


@pytest.mark.slow
def test_ocr_benchmark_runs_the_upload_path(benchmark: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]):
    out = tmp_path / "ocr.json"
    assert main(["--ocr-benchmark", str(benchmark), "--json", str(out)]) == 0
    report = json.loads(out.read_text(encoding="utf-8"))
    rows = {row["doc_id"]: row for row in report["per_document"]}
    assert rows["page_a"]["cer"] < 0.05 and "Tuần lễ" in rows["page_a"]["hypothesis"]
    assert rows["page_b"]["cer"] > 0.5  # the same page against another text
    assert report["mean_cer"] == pytest.approx((rows["page_a"]["cer"] + rows["page_b"]["cer"]) / 2)
    assert rows["page_a"]["pages"] == 1 and rows["page_a"]["cpu_seconds_per_page"] > 0
    printed = capsys.readouterr().out
    assert "page_a" in printed and "VietOCR" in printed and "11.42%" in printed


def test_ocr_benchmark_refuses_a_directory_without_ground_truth(tmp_path: Path, capsys: pytest.CaptureFixture[str]):
    assert main(["--ocr-benchmark", str(tmp_path)]) == 2
    assert "ground_truth.jsonl" in capsys.readouterr().err


def test_ocr_benchmark_names_a_missing_pdf(benchmark: Path, capsys: pytest.CaptureFixture[str]):
    (benchmark / "page_b.pdf").unlink()
    assert main(["--ocr-benchmark", str(benchmark)]) == 2
    assert "page_b.pdf" in capsys.readouterr().err
