"""Every hostile input of ``generate.py`` gets exactly the answer ``expected.csv`` gives it, from the three
ways in: ``POST /v1/documents`` (and the job when accepted), ``POST /v1/extract``, and the CLI.

Nothing answers 500, no job fails as ``internal_error``, the CLI never shows a traceback, and every refusal
is a problem+json with its stable code. Size-bounded cases are refused by cheap checks, so the module runs in
seconds (none of these inputs reaches Tesseract).
"""

from __future__ import annotations

import functools
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from typer.testing import CliRunner

HERE = Path(__file__).resolve().parent
if str(HERE) not in sys.path:
    sys.path.insert(0, str(HERE))

import generate  # noqa: E402

from extractor.cli import app as cli_app  # noqa: E402
from service.app import create_app  # noqa: E402
from service.settings import Settings  # noqa: E402

ROWS = generate.expected_rows()
IDS = [row.case for row in ROWS]
ROOT = HERE.parents[1]


@functools.cache
def content(case: str) -> bytes:
    return generate.CASES[case]()


@pytest.fixture(scope="module")
def client(tmp_path_factory: pytest.TempPathFactory) -> Iterator[TestClient]:
    settings = Settings(data_dir=tmp_path_factory.mktemp("hostile") / "data", executor="thread", workers=1,
                        ocr_page_timeout_s=30)
    with TestClient(create_app(settings)) as test_client:
        yield test_client


def _post(client: TestClient, route: str, row: generate.Expected):
    return client.post(route, files={"file": (row.name, content(row.case), "application/octet-stream")})


def _assert_answer(response, status: int, code: str) -> None:
    assert response.status_code == status, response.text[:500]
    if status >= 400:
        assert response.headers["content-type"].startswith("application/problem+json")
        body = response.json()
        assert body["code"] == code, body
        assert body["detail"] and "Traceback" not in response.text


def _wait(client: TestClient, doc_id: str, timeout: float = 60.0) -> dict:
    deadline = time.monotonic() + timeout
    while True:
        body = client.get(f"/v1/documents/{doc_id}").json()
        if body["status"] in ("done", "failed"):
            return body
        assert time.monotonic() < deadline, f"document {doc_id} still {body['status']} after {timeout} s"
        time.sleep(0.05)


def test_every_generated_case_has_one_row_and_the_docs_show_the_table():
    assert len(set(IDS)) == len(IDS), "a case has two rows"
    assert set(IDS) == set(generate.CASES), "cases and expected.csv differ"
    docs = (ROOT / "docs" / "hostile-inputs.md").read_text(encoding="utf-8")
    assert generate.markdown_table() in docs, "docs/hostile-inputs.md is stale: python tests/hostile/generate.py --table"


@pytest.mark.parametrize("row", ROWS, ids=IDS)
def test_upload(client, row):
    response = _post(client, "/v1/documents", row)
    _assert_answer(response, row.upload_status, row.upload_code)
    if row.upload_status != 202:
        return
    job = _wait(client, response.json()["id"])
    assert job["status"] == row.job_status, job.get("error")
    if row.job_code != "-":
        assert job["error"]["code"] == row.job_code, job["error"]
    else:
        assert job.get("error") is None


@pytest.mark.parametrize("row", ROWS, ids=IDS)
def test_extract(client, row):
    _assert_answer(_post(client, "/v1/extract", row), row.extract_status, row.extract_code)


@pytest.mark.parametrize("row", ROWS, ids=IDS)
def test_cli(tmp_path, row):
    path = tmp_path / row.name
    path.write_bytes(content(row.case))
    result = CliRunner().invoke(cli_app, ["extract", "--no-progress", str(path)])
    assert result.exception is None or isinstance(result.exception, SystemExit), repr(result.exception)
    assert "Traceback" not in result.output
    assert result.exit_code == row.cli_exit, result.stderr[-500:]
    if row.cli_code != "-":
        assert f"[{row.cli_code}]" in result.stderr, result.stderr[-500:]
    else:
        assert result.stdout.startswith("{")
