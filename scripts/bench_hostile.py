"""Time and peak memory of the hostile inputs that used to be slow, and of the largest inputs the limits accept.

Each file goes through ``docintel extract`` in its own process (wall time, peak RSS of that process, exit
code and error code) and through the service in-process (``POST /v1/documents`` until the job ends, and
``POST /v1/extract``). The files come from ``tests/hostile/generate.py``; two more sit just under the limits.

    .venv/bin/python scripts/bench_hostile.py            # a Markdown table on stdout
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests" / "hostile"))

import generate  # noqa: E402

from extractor.limits import DEFAULT_LIMITS  # noqa: E402

SLOW_BEFORE = [  # (case, what issue 10 measured before the limits)
    ("docx_three_million_paragraphs", "service 75 s, >2 GB, ocr_timeout; CLI >3 min, 2.4 GB"),
    ("docx_zip_bomb", "202 after a 9 s upload, failed later"),
    ("text_50_mb", "CLI 79 s, 3 GB"),
    ("text_million_lines", "/v1/extract held 23 s; 58 s"),
    ("text_over_char_limit", "(20 MB text: 66 s, 2.3 GB)"),
    ("pdf_xref_overwritten", "500 / internal_error / traceback"),
    ("pdf_kids_loop", "500 / internal_error / traceback"),
    ("png_decompression_bomb", "—"),
    ("text_over_sync_limit", "—"),
]


def text_at_limit() -> bytes:
    """Prose just under the character and line limits (the most text a document may hold)."""
    line = "Các trường báo cáo kết quả về Phòng Giáo dục và Đào tạo trước ngày 15/10/2023; " * 3 + "\n"
    count = min(DEFAULT_LIMITS.max_chars // len(line), DEFAULT_LIMITS.max_lines) - 20
    return (generate.DIRECTIVE + line * count).encode()


def docx_at_limit() -> bytes:
    """Short paragraphs just under the paragraph limit."""
    paragraph = "<w:p><w:r><w:t>Báo cáo kết quả.</w:t></w:r></w:p>".encode()
    return generate._docx(paragraph * (DEFAULT_LIMITS.max_lines - 100))


def run_cli(path: Path) -> tuple[float, int, int, str]:
    """(seconds, peak RSS in MB, exit code, error code) of ``docintel extract path`` in its own process."""
    started = time.perf_counter()
    proc = subprocess.Popen([str(ROOT / ".venv" / "bin" / "docintel"), "extract", "--no-progress", str(path)],
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    stderr = proc.stderr.read().decode(errors="replace") if proc.stderr else ""
    _, status, usage = os.wait4(proc.pid, 0)
    proc.returncode = os.waitstatus_to_exitcode(status)
    code = re.search(r"\[(\w+)\]", stderr)
    return time.perf_counter() - started, usage.ru_maxrss // 1024, proc.returncode, code.group(1) if code else "-"


def run_service(client, name: str, data: bytes) -> tuple[str, float, str, float]:
    started = time.perf_counter()
    response = client.post("/v1/documents", files={"file": (name, data, "application/octet-stream")})
    answer = f"{response.status_code} {response.json().get('code') or ''}".strip()
    if response.status_code == 202:
        doc_id = response.json()["id"]
        while (body := client.get(f"/v1/documents/{doc_id}").json())["status"] not in ("done", "failed"):
            time.sleep(0.05)
        answer += f" → {body['status']}" + (f" {body['error']['code']}" if body.get("error") else "")
    upload_s = time.perf_counter() - started
    started = time.perf_counter()
    response = client.post("/v1/extract", files={"file": (name, data, "application/octet-stream")})
    extract = f"{response.status_code}" + (f" {response.json().get('code')}" if response.status_code >= 400 else "")
    return answer, upload_s, extract, time.perf_counter() - started


def main() -> int:
    from fastapi.testclient import TestClient

    from service.app import create_app
    from service.settings import Settings

    names = {row.case: row.name for row in generate.expected_rows()}
    cases = [(case, before, generate.CASES[case](), names[case]) for case, before in SLOW_BEFORE]
    cases += [("text_at_char_limit", "—", text_at_limit(), "dai.txt"),
              ("docx_at_paragraph_limit", "—", docx_at_limit(), "dai.docx")]
    print("| case | size | before | CLI | CLI s | CLI peak MB | POST /v1/documents (→ job) | s | POST /v1/extract | s "
          "|")
    print("|---|---|---|---|---|---|---|---|---|---|")
    with tempfile.TemporaryDirectory() as tmp, TestClient(create_app(Settings(
            data_dir=Path(tmp) / "data", executor="thread", workers=1))) as client:
        for case, before, data, name in cases:
            path = Path(tmp) / f"{case}-{name}"
            path.write_bytes(data)
            cli_s, peak, exit_code, code = run_cli(path)
            upload, upload_s, extract, extract_s = run_service(client, name, data)
            print(f"| `{case}` | {len(data) / 2**20:,.2f} MB | {before} | exit {exit_code} {code} | {cli_s:.2f} | "
                  f"{peak} | {upload} | {upload_s:.2f} | {extract} | {extract_s:.2f} |", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
