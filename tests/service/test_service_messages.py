"""Every message a clerk or an API client reads is Vietnamese: the ``detail`` (and located ``errors``) of a
representative failure of each kind. Codes stay English and stable; only the sentences are checked here."""

from __future__ import annotations

import re

import pytest
from svc_helpers import SEED_TEXT, assert_problem, put_record, short_text, upload, wait_done

from service.codes import ErrorCode

# Words of an English sentence that no Vietnamese message of ours contains (codes, field names and media types
# such as 'file', 'text' or application/json are allowed: a client types them as they are).
ENGLISH = re.compile(r"Value error|Input should|Field required|Extra inputs|is not a|valid |must be|got |\bthe |"
                     r"\bis\b|\bnot\b|cannot|\bSend |There is|\bDocument |\bPage |\bfailed\b|\btry\b|\bretry\b|"
                     r"\bplease\b|\bUpload |\bscan\b|\bNo \w", re.IGNORECASE)
TOKEN = "s3cret-token-for-tests-0123456789"


def assert_vietnamese(body: dict) -> None:
    texts = [body["detail"], *(error["message"] for error in body.get("errors") or [])]
    for text in texts:
        assert not ENGLISH.search(text), f"{body['code']}: {text!r}"


def _done(client) -> dict:
    doc = wait_done(client, upload(client, SEED_TEXT).json()["id"])
    assert doc["status"] == "done", doc
    return doc


def test_document_and_record_refusals_are_vietnamese(client):
    problems = [
        assert_problem(client.get("/v1/documents/nope"), 404, ErrorCode.DOCUMENT_NOT_FOUND),
        assert_problem(client.get("/v1/nowhere"), 404, ErrorCode.NOT_FOUND),
        assert_problem(client.delete("/v1/documents"), 405, ErrorCode.METHOD_NOT_ALLOWED),
        assert_problem(client.post("/v1/extract", data={}), 422, ErrorCode.MISSING_INPUT),
        assert_problem(client.get("/v1/documents", params={"issued_from": "hôm qua"}), 422, ErrorCode.INVALID_DATE),
        assert_problem(client.get("/v1/documents", params={"issued_from": "2021-09-20", "issued_to": "2021-09-01"}),
                       422, ErrorCode.INVALID_DATE),
        assert_problem(client.get("/v1/documents", params={"limit": 1000}), 422, ErrorCode.VALIDATION_FAILED),
        assert_problem(upload(client, b"MZ\x90\x00" + bytes(200), "x.exe"), 415, ErrorCode.UNSUPPORTED_FORMAT),
        assert_problem(upload(client, b"PK\x03\x04" + bytes(60), "x.docx"), 422, ErrorCode.CORRUPT_FILE),
        assert_problem(upload(client, b"\x89PNG\r\n\x1a\n" + bytes(40), "x.png"), 422, ErrorCode.CORRUPT_FILE),
        assert_problem(upload(client, b"", "empty.pdf"), 422, ErrorCode.EMPTY_FILE),
    ]
    doc = _done(client)
    url = f"/v1/documents/{doc['id']}/record"
    etag = client.get(url).headers["etag"]
    record = client.get(url).json()
    problems += [
        assert_problem(client.get(f"/v1/documents/{doc['id']}/pages/9.png"), 404, ErrorCode.PAGE_NOT_FOUND),
        assert_problem(client.get(f"{url}?version=reviewed"), 404, ErrorCode.NO_REVIEWED_VERSION),
        assert_problem(client.put(url, json=record), 428, ErrorCode.PRECONDITION_REQUIRED),
        assert_problem(put_record(client, doc["id"], record, if_match='"rev-7"'), 412, ErrorCode.EDIT_CONFLICT),
        assert_problem(client.put(url, content=b"{}", headers={"If-Match": etag, "Content-Type": "text/plain"}),
                       415, ErrorCode.UNSUPPORTED_MEDIA_TYPE),
        assert_problem(put_record(client, doc["id"], {**record, "bogus": 1}, if_match=etag), 422,
                       ErrorCode.INVALID_RECORD),
        assert_problem(put_record(client, doc["id"], {}, if_match=etag), 422, ErrorCode.EMPTY_RECORD),
    ]
    for body in problems:
        assert_vietnamese(body)


def test_not_ready_and_too_large_and_unauthorized_are_vietnamese(make_client, monkeypatch):
    monkeypatch.setenv("DOCINTEL_TEST_PAGE_DELAY_S", "1.0")
    client = make_client(processor="svc_processors:slow", max_upload_mb=0.01)
    doc_id = upload(client, short_text(4)).json()["id"]
    problems = [
        assert_problem(client.get(f"/v1/documents/{doc_id}/record"), 409, ErrorCode.NOT_READY),
        assert_problem(upload(client, b"a" * 200_000, "big.txt"), 413, ErrorCode.UPLOAD_TOO_LARGE),
        assert_problem(upload(client, b"a" * 20_000, "big.txt"), 413, ErrorCode.UPLOAD_TOO_LARGE),
    ]
    guarded = make_client(api_token=TOKEN)
    problems += [
        assert_problem(guarded.get("/v1/documents"), 401, ErrorCode.UNAUTHORIZED),
        assert_problem(guarded.get("/v1/documents", headers={"Authorization": "Bearer wrong"}), 401,
                       ErrorCode.UNAUTHORIZED),
    ]
    for body in problems:
        assert_vietnamese(body)


def test_a_failed_job_and_an_unavailable_service_are_explained_in_vietnamese(make_client):
    client = make_client(processor="svc_processors:ocr_fails")
    doc = wait_done(client, upload(client, short_text(5)).json()["id"])
    assert doc["status"] == "failed"
    failed = assert_problem(client.get(f"/v1/documents/{doc['id']}/record"), 409, ErrorCode.PROCESSING_FAILED)
    assert failed["detail"].startswith("Xử lý văn bản")
    services, client.app.state.services = client.app.state.services, None  # as while starting or stopping
    try:
        assert_vietnamese(assert_problem(client.get("/v1/documents"), 503, ErrorCode.SERVICE_UNAVAILABLE))
    finally:
        client.app.state.services = services


@pytest.mark.parametrize("status", [400, 401, 404, 405, 413, 500])
def test_framework_errors_get_a_vietnamese_detail(status):
    from service.errors import http_detail_vi

    assert_vietnamese({"code": str(status), "detail": http_detail_vi(status, "/v1/x")})
