"""Every error the API gives: status, problem+json shape and stable code; token access; never a 500 trace."""

from __future__ import annotations

import hmac
import io
import struct
import zipfile
import zlib

import pytest
from svc_helpers import assert_problem, pdf_bytes, png_bytes, short_text, tiff_bytes, upload

from service import auth, documents
from service.codes import ErrorCode

TOKEN = "s3cret-token-for-tests-0123456789"


def _png_claiming(width: int, height: int) -> bytes:
    """A PNG whose header claims ``width`` x ``height`` pixels (a decompression bomb's calling card)."""
    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    header = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(b"\x00")) + chunk(b"IEND", b"")


def _zip(entries: dict[str, bytes]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        for name, data in entries.items():
            archive.writestr(name, data)
    return out.getvalue()


OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


# ------------------------------------------------------------------------------------------ 413


def test_oversize_upload_declared_by_content_length_is_413_before_reading(make_client):
    client = make_client(max_upload_mb=0.01)
    body = assert_problem(upload(client, b"a" * 200_000, "big.txt"), 413, ErrorCode.UPLOAD_TOO_LARGE)
    assert body["limit_bytes"] == int(0.01 * 1024 * 1024)


def test_oversize_upload_within_multipart_slack_is_413_when_counted(make_client, settings):
    client = make_client(max_upload_mb=0.01)
    assert_problem(upload(client, b"a" * 20_000, "big.txt"), 413, ErrorCode.UPLOAD_TOO_LARGE)
    assert not any((settings.data_dir / "files").rglob("*")), "a refused upload must not be stored"
    assert not any((settings.data_dir / "tmp").iterdir())


def test_oversize_chunked_upload_without_content_length_is_413(make_client):
    client = make_client(max_upload_mb=0.01)
    boundary = "docintelboundary"
    head = (f"--{boundary}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"big.txt\"\r\n"
            "Content-Type: text/plain\r\n\r\n").encode()

    def body():
        yield head
        for _ in range(200):
            yield b"a" * 1024
        yield f"\r\n--{boundary}--\r\n".encode()

    response = client.post("/v1/documents", content=body(),
                           headers={"content-type": f"multipart/form-data; boundary={boundary}"})
    assert_problem(response, 413, ErrorCode.UPLOAD_TOO_LARGE)


@pytest.mark.parametrize("data", [pdf_bytes(3), tiff_bytes(3)], ids=["pdf", "tiff"])
def test_more_pages_than_the_limit_is_413(make_client, data):
    client = make_client(max_pages=2)
    body = assert_problem(upload(client, data, "many"), 413, ErrorCode.TOO_MANY_PAGES)
    assert body["pages"] == 3 and body["limit"] == 2


def test_image_with_too_many_pixels_is_413(client):
    assert_problem(upload(client, _png_claiming(40_000, 40_000), "bomb.png"), 413, ErrorCode.IMAGE_TOO_LARGE)


# ------------------------------------------------------------------------------------------ 415


@pytest.mark.parametrize("data, name", [
    (b"MZ\x90\x00\x03\x00\x00\x00\x04\x00" + bytes(300), "report.pdf"),   # a Windows program renamed .pdf
    (b"\x7fELF\x02\x01\x01" + bytes(300), "scan.png"),
    (_zip({"readme.txt": b"hello"}), "document.docx"),                     # a ZIP that is not a Word file
    (_zip({"xl/workbook.xml": b"<workbook/>"}), "plan.docx"),
    (b"GIF89a" + bytes(100), "image.pdf"),
    (bytes(range(256)) * 4, "random.txt"),                                 # binary that is not text
], ids=["exe", "elf", "zip", "xlsx", "gif", "binary"])
def test_unsupported_or_mislabelled_content_is_415(client, data, name):
    assert_problem(upload(client, data, name), 415, ErrorCode.UNSUPPORTED_FORMAT)


# ------------------------------------------------------------------------------------------ 422


@pytest.mark.parametrize("data, code", [
    (b"", ErrorCode.EMPTY_FILE),
    (b"   \n\t  \n", ErrorCode.EMPTY_DOCUMENT),
    (pdf_bytes()[:300], ErrorCode.CORRUPT_FILE),
    (b"%PDF-1.7\n%garbage only\n", ErrorCode.CORRUPT_FILE),
    (pdf_bytes(encrypt="user-password"), ErrorCode.ENCRYPTED_FILE),
    (png_bytes()[:60], ErrorCode.CORRUPT_FILE),
    (b"\xff\xd8\xff\xe0" + bytes(50), ErrorCode.CORRUPT_FILE),
    (_zip({"word/document.xml": b"<w/>"})[:-30], ErrorCode.CORRUPT_FILE),
    (OLE2 + "EncryptedPackage".encode("utf-16-le") + bytes(300), ErrorCode.ENCRYPTED_FILE),
    (OLE2 + "WordDocument".encode("utf-16-le") + bytes(300), ErrorCode.CORRUPT_FILE),  # a .doc cut off
], ids=["zero-bytes", "blank-text", "truncated-pdf", "garbage-pdf", "encrypted-pdf", "truncated-png",
        "broken-jpeg", "truncated-docx", "encrypted-docx", "truncated-doc"])
def test_corrupt_encrypted_or_empty_file_is_422(client, settings, data, code):
    assert_problem(upload(client, data, "file.pdf"), 422, code)
    assert not any((settings.data_dir / "files").rglob("*"))


def test_upload_without_the_file_field_is_422_with_its_location(client):
    body = assert_problem(client.post("/v1/documents", data={"other": "x"}), 422, ErrorCode.VALIDATION_FAILED)
    assert body["errors"][0]["location"] == "body" and body["errors"][0]["path"] == "/file"


# ------------------------------------------------------------------------------------------ 404 / 405


def test_unknown_route_is_a_problem_404(client):
    assert_problem(client.get("/v1/nothing-here"), 404, ErrorCode.NOT_FOUND)


def test_wrong_method_is_a_problem_405(client):
    response = client.delete("/v1/documents")
    assert_problem(response, 405, ErrorCode.METHOD_NOT_ALLOWED)
    assert response.headers["allow"]


# ------------------------------------------------------------------------------------------ 401


@pytest.fixture
def token_client(make_client):
    return make_client(api_token=TOKEN)


@pytest.mark.parametrize("headers", [{}, {"Authorization": "Bearer wrong-token"}, {"Authorization": f"Basic {TOKEN}"},
                                     {"Authorization": f"Bearer {TOKEN}x"}, {"Authorization": TOKEN}])
@pytest.mark.parametrize("method, path", [("GET", "/v1/documents"), ("GET", "/v1/documents/abc"),
                                          ("POST", "/v1/documents"), ("PUT", "/v1/documents/abc/record"),
                                          ("POST", "/v1/extract"), ("GET", "/v1/documents/abc/calendar.ics")])
def test_every_v1_route_requires_the_token(token_client, headers, method, path):
    response = token_client.request(method, path, headers=headers)
    assert_problem(response, 401, ErrorCode.UNAUTHORIZED)
    assert response.headers["www-authenticate"].startswith("Bearer")


def test_the_right_token_opens_v1_and_probes_stay_open(token_client):
    good = {"Authorization": f"Bearer {TOKEN}"}
    assert token_client.get("/v1/documents", headers=good).status_code == 200
    accepted = upload(token_client, short_text(1), headers=good)
    assert accepted.status_code == 202
    assert token_client.get("/healthz").status_code == 200
    assert token_client.get("/readyz").status_code == 200


def test_token_is_compared_in_constant_time(token_client, monkeypatch):
    calls = []
    real = hmac.compare_digest

    def spy(a, b):
        calls.append((len(a), len(b)))
        return real(a, b)

    monkeypatch.setattr(auth.hmac, "compare_digest", spy)
    token_client.get("/v1/documents", headers={"Authorization": "Bearer x"})
    token_client.get("/v1/documents", headers={"Authorization": f"Bearer {TOKEN}"})
    # both comparisons went through compare_digest on fixed-length digests (the length does not leak either)
    assert calls == [(32, 32), (32, 32)]


def test_short_tokens_are_refused_at_start_up(tmp_path):
    from pydantic import ValidationError
    from svc_helpers import make_settings

    with pytest.raises(ValidationError, match="ít nhất 16 ký tự"):
        make_settings(tmp_path, api_token="short")


# ------------------------------------------------------------------------------------------ never a 500 trace


def test_an_unexpected_exception_becomes_a_problem_500_without_traceback(client, monkeypatch):
    from fastapi.testclient import TestClient

    def boom(*args, **kwargs):
        raise RuntimeError("secret internal detail")

    monkeypatch.setattr(documents, "list_documents", boom)
    with TestClient(client.app, raise_server_exceptions=False) as quiet:
        response = quiet.get("/v1/documents")
    body = assert_problem(response, 500, ErrorCode.INTERNAL_ERROR)
    assert "secret internal detail" not in response.text and "RuntimeError" not in response.text
    assert body["instance"] == "/v1/documents"
