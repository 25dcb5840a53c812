"""Old Word files (.doc) and TCVN3 text through the service: upload, background conversion, record, errors."""

from __future__ import annotations

import subprocess

import docx
import pytest
from svc_helpers import SEED_TEXT, assert_problem, upload, wait_done

from extractor import extract_text
from extractor.ingest import vn_legacy_encodings as enc
from service.codes import ErrorCode

SEED = SEED_TEXT.decode("utf-8")


@pytest.fixture(scope="module")
def seed_doc(tmp_path_factory) -> bytes:
    """The seed directive as a Word 97–2003 file, saved by LibreOffice from a .docx of its lines."""
    tmp = tmp_path_factory.mktemp("doc")
    document = docx.Document()
    for line in SEED.splitlines():
        document.add_paragraph(line)
    document.save(tmp / "seed.docx")
    subprocess.run(["soffice", f"-env:UserInstallation={(tmp / 'profile').as_uri()}", "--headless", "--convert-to",
                    "doc:MS Word 97", "--outdir", str(tmp), str(tmp / "seed.docx")],
                   check=True, capture_output=True, timeout=300, start_new_session=True)
    return (tmp / "seed.doc").read_bytes()


def test_doc_upload_is_converted_and_extracted_like_its_text(client, seed_doc):
    response = upload(client, seed_doc, "cong-van.doc")
    assert response.status_code == 202, response.text
    done = wait_done(client, response.json()["id"], timeout=120)
    assert done["status"] == "done", done.get("error")
    assert done["media_type"] == "application/msword" and done["filename"] == "cong-van.doc"
    expected = extract_text(SEED).record.model_dump(mode="json")
    assert done["record"]["document"] == expected["document"]
    assert done["record"]["assignments"] == expected["assignments"]


def test_doc_through_the_synchronous_extract(client, seed_doc):
    response = client.post("/v1/extract", files={"file": ("cv.doc", seed_doc, "application/msword")})
    assert response.status_code == 200, response.text
    assert response.json()["record"]["document"] == extract_text(SEED).record.model_dump(mode="json")["document"]


def test_doc_upload_without_a_converter_is_503_and_stores_nothing(client, settings, seed_doc, tmp_path, monkeypatch):
    monkeypatch.delenv("DOCINTEL_SOFFICE", raising=False)
    monkeypatch.setenv("PATH", str(tmp_path))
    response = upload(client, seed_doc, "cong-van.doc")
    assert_problem(response, 503, ErrorCode.CONVERTER_MISSING)
    assert "LibreOffice" in response.json()["detail"]
    assert not any((settings.data_dir / "files").rglob("*"))
    assert client.get("/v1/documents").json()["items"] == []


def test_doc_whose_conversion_times_out_fails_its_job_with_the_code(make_client, seed_doc, tmp_path, monkeypatch):
    # The conversion is bounded by the page limit (OCR_PAGE_TIMEOUT_S) when that is below its own 60 s; a queued
    # job that cannot be converted fails with its code instead of waiting in the queue for ever.
    script = tmp_path / "slow-soffice"
    script.write_text("#!/bin/sh\nexec sleep 300\n", encoding="utf-8")
    script.chmod(0o755)
    monkeypatch.setenv("DOCINTEL_SOFFICE", str(script))
    client = make_client(ocr_page_timeout_s=1)
    response = upload(client, seed_doc, "cham.doc")
    assert response.status_code == 202, response.text
    done = wait_done(client, response.json()["id"], timeout=30)
    assert done["status"] == "failed"
    assert done["error"]["code"] == ErrorCode.CONVERSION_TIMEOUT and "quá 1 giây" in done["error"]["message"]


def test_tcvn3_text_upload_is_read_in_unicode(client):
    legacy = "".join(codes for codes, _ in enc.unicode_to_tcvn3(SEED)).encode("cp1252")
    response = upload(client, legacy, "van-ban-abc.txt")
    assert response.status_code == 202, response.text
    done = wait_done(client, response.json()["id"])
    assert done["status"] == "done"
    assert done["record"] == extract_text(SEED).record.model_dump(mode="json")
