"""The /v1 routes through TestClient: uploads, status, records, review, pages, list filters, exports."""

from __future__ import annotations

import copy
import csv
import io

import pytest
import svc_helpers
from icalendar import Calendar
from svc_helpers import SEED_TEXT, assert_problem, pdf_bytes, png_bytes, put_record, short_text, upload, wait_done

from extractor.record import PlanRecord
from service.codes import ErrorCode


def full_record(**changes) -> dict:
    record = PlanRecord().to_json()
    record["document"].update(kind="ke_hoach", number="12/KH-UBND", issue_date="2023-09-15", place="Thanh Bình",
                              subject="Tổ chức Tuần lễ hưởng ứng học tập suốt đời năm 2023")
    record["issuer"] = {"name": "ỦY BAN NHÂN DÂN HUYỆN THANH BÌNH", "parent": None}
    record["event"].update(
        name="Tuần lễ hưởng ứng học tập suốt đời năm 2023", theme="Học tập suốt đời", start_date="2023-10-02",
        end_date="2023-10-08",
        opening_ceremony={"date": "2023-10-02", "time": "14:00", "venue": "Hội trường UBND huyện", "mode": "in_person"},
    )
    record["assignments"] = [
        {"agency": "Phòng Giáo dục và Đào tạo", "tasks": ["Chỉ đạo các trường tổ chức Tuần lễ", "Tổng hợp báo cáo"]},
        {"agency": "Các trường Tiểu học", "tasks": ["Tổ chức các hoạt động hưởng ứng"]},
    ]
    record["reporting"] = [{"deadline": "2023-10-15", "relation": "before", "reporters": "Các trường Tiểu học",
                            "recipient": "Phòng Giáo dục và Đào tạo", "email": None, "content": "báo cáo kết quả"}]
    for path, value in changes.items():
        section, _, key = path.partition("__")
        if key:
            record[section][key] = value
        else:
            record[section] = value
    return record


def done_document(client, data: bytes = b"", filename: str = "doc.txt") -> dict:
    response = upload(client, data or SEED_TEXT, filename)
    assert response.status_code in (200, 202), response.text
    body = wait_done(client, response.json()["id"])
    assert body["status"] == "done", body
    return body


# ------------------------------------------------------------------------------------------ health


def test_healthz_answers_ok(client):
    assert client.get("/healthz").json() == {"status": "ok"}


def test_readyz_checks_tesseract_storage_database_workers(client):
    response = client.get("/readyz")
    assert response.status_code == 200, response.text
    checks = response.json()["checks"]
    assert set(checks) == {"tesseract", "storage", "database", "workers"}
    assert all(check["ok"] for check in checks.values())


def test_readyz_reports_unwritable_storage_as_503(client, monkeypatch):
    services = client.app.state.services

    def broken() -> None:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(services.storage, "check_writable", broken)
    body = assert_problem(client.get("/readyz"), 503, ErrorCode.SERVICE_UNAVAILABLE)
    assert body["checks"]["storage"]["ok"] is False


# ------------------------------------------------------------------------------------------ upload, status


def test_upload_answers_202_with_id_status_links_then_processes(client):
    response = upload(client, SEED_TEXT, "cv.txt")
    assert response.status_code == 202, response.text
    body = response.json()
    assert set(body) >= {"id", "status", "links"} and body["status"] in ("queued", "processing", "done")
    assert body["duplicate"] is False
    assert response.headers["location"] == f"/v1/documents/{body['id']}"
    assert body["links"]["self"] == f"/v1/documents/{body['id']}"

    done = wait_done(client, body["id"])
    assert done["status"] == "done"
    assert done["progress"] == {"pages_done": 1, "pages_total": 1}
    assert done["media_type"] == "text/plain" and done["filename"] == "cv.txt"
    assert done["record"]["schema_version"] == "1.0" and done["error"] is None
    assert done["timings_ms"]["processing"] >= 0 and "queued" in done["timings_ms"]
    assert done["attempts"] == 1


def test_same_bytes_uploaded_again_return_the_existing_document(client, settings):
    first = upload(client, short_text(7), "a.txt").json()
    again = upload(client, short_text(7), "renamed.txt")
    assert again.status_code == 200
    assert again.json()["id"] == first["id"] and again.json()["duplicate"] is True
    other = upload(client, short_text(8), "a.txt").json()
    assert other["id"] != first["id"]
    stored = [p for p in (settings.data_dir / "files").rglob("*") if p.is_file() and not p.suffix]  # not .json
    assert len(stored) == 2
    assert client.get("/v1/documents").json()["total"] == 2


def test_client_file_names_never_reach_the_file_system(client, settings):
    body = upload(client, short_text(11), "../../etc/passwd").json()
    doc = wait_done(client, body["id"])
    assert doc["filename"] == "passwd"  # a display label only
    other = wait_done(client, upload(client, short_text(12), "..\\..\\boot.ini").json()["id"])
    assert other["filename"] == "boot.ini"
    paths = [str(p.relative_to(settings.data_dir)) for p in settings.data_dir.rglob("*")]
    assert not any("passwd" in p or "boot" in p or ".." in p for p in paths), paths
    assert (settings.data_dir / "files" / doc["sha256"][:2] / doc["sha256"]).read_bytes() == short_text(11)


def test_png_named_pdf_is_accepted_as_png(client):
    response = upload(client, png_bytes(), "scan.pdf")
    assert response.status_code == 202, response.text
    doc = client.get(f"/v1/documents/{response.json()['id']}").json()
    assert doc["media_type"] == "image/png"


@pytest.mark.parametrize("maker, media_type", [("pdf", "application/pdf"), ("docx", None), ("tiff", "image/tiff")])
def test_supported_types_are_detected_by_content(client, maker, media_type):
    data = {"pdf": svc_helpers.pdf_bytes, "docx": svc_helpers.docx_bytes, "tiff": svc_helpers.tiff_bytes}[maker]()
    response = upload(client, data, "no-extension")
    assert response.status_code == 202, response.text
    doc = client.get(f"/v1/documents/{response.json()['id']}").json()
    expected = media_type or "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
    assert doc["media_type"] == expected


def test_get_document_unknown_id_is_404(client):
    assert_problem(client.get("/v1/documents/doesnotexist"), 404, ErrorCode.DOCUMENT_NOT_FOUND)


@pytest.mark.parametrize("suffix", ["", "/record", "/record.json", "/text", "/evidence", "/versions",
                                    "/pages/1.png", "/calendar.ics", "/assignments.csv"])
def test_every_document_route_answers_404_for_an_unknown_id(client, suffix):
    assert_problem(client.get(f"/v1/documents/0123456789abcdef{suffix}"), 404, ErrorCode.DOCUMENT_NOT_FOUND)


def test_put_record_for_unknown_id_is_404(client):
    response = client.put("/v1/documents/0123456789abcdef/record", json=full_record())
    assert_problem(response, 404, ErrorCode.DOCUMENT_NOT_FOUND)


def test_failed_processing_is_reported_with_its_code(make_client):
    client = make_client(processor="svc_processors:ocr_fails")
    doc = wait_done(client, upload(client, short_text(3)).json()["id"])
    assert doc["status"] == "failed"
    assert doc["error"]["code"] == "ocr_failed" and "page 1" in doc["error"]["message"]
    assert doc["record"] is None
    assert_problem(client.get(f"/v1/documents/{doc['id']}/record"), 409, ErrorCode.PROCESSING_FAILED)
    listed = client.get("/v1/documents", params={"status": "failed"}).json()
    assert [item["error_code"] for item in listed["items"]] == ["ocr_failed"]


def test_record_of_a_document_still_processing_is_409(make_client, monkeypatch):
    monkeypatch.setenv("DOCINTEL_TEST_PAGE_DELAY_S", "1.0")
    client = make_client(processor="svc_processors:slow")
    doc_id = upload(client, short_text(4)).json()["id"]
    for suffix in ("/record", "/text", "/evidence", "/calendar.ics", "/assignments.csv"):
        assert_problem(client.get(f"/v1/documents/{doc_id}{suffix}"), 409, ErrorCode.NOT_READY)
    assert_problem(client.put(f"/v1/documents/{doc_id}/record", json=full_record()), 409, ErrorCode.NOT_READY)
    assert wait_done(client, doc_id)["status"] == "done"


# ------------------------------------------------------------------------------------------ record, review


def test_record_text_and_evidence_of_a_done_document(client):
    doc = done_document(client)
    record = client.get(f"/v1/documents/{doc['id']}/record")
    assert record.status_code == 200
    assert record.headers["x-record-version"] == "extracted" and record.headers["x-record-revision"] == "0"
    assert PlanRecord.model_validate(record.json()).to_json() == record.json()

    text = client.get(f"/v1/documents/{doc['id']}/text").json()
    assert text["text"] and text["pages"][0]["start"] == 0 and text["pages"][0]["image"] is None

    evidence = client.get(f"/v1/documents/{doc['id']}/evidence").json()["evidence"]
    for pointer, item in evidence.items():
        assert pointer.startswith("/")
        assert 0 <= item["start"] <= item["end"] <= len(text["text"])


def test_put_record_keeps_both_versions_and_get_returns_the_reviewed_one(client):
    doc = done_document(client)
    base = f"/v1/documents/{doc['id']}"
    extracted = client.get(f"{base}/record").json()
    corrected = full_record()

    saved = put_record(client, doc["id"], corrected, params={"reviewer": "Chị Lan / Tổ văn thư"})
    assert saved.status_code == 200, saved.text
    body = saved.json()
    assert body["revision"] == 1 and body["reviewer"] == "Chị Lan / Tổ văn thư" and body["reviewed_at"]
    assert body["record"]["document"]["number"] == "12/KH-UBND"

    current = client.get(f"{base}/record")
    assert current.json() == PlanRecord.model_validate(corrected).to_json()
    assert current.headers["x-record-version"] == "reviewed"
    assert client.get(f"{base}/record", params={"version": "extracted"}).json() == extracted
    assert client.get(f"{base}/record", params={"version": "reviewed"}).json()["issuer"]["name"].startswith("ỦY BAN")

    status = client.get(base).json()
    assert status["review"]["revision"] == 1 and status["review"]["reviewer"] == "Chị Lan / Tổ văn thư"
    assert status["record"]["document"]["number"] == "12/KH-UBND"

    second = copy.deepcopy(corrected)
    second["document"]["place"] = "Huyện Thanh Bình"
    assert put_record(client, doc["id"], second).json()["revision"] == 2
    versions = client.get(f"{base}/versions").json()
    assert [(v["kind"], v["revision"]) for v in versions["versions"]] == [
        ("extracted", 0), ("reviewed", 1), ("reviewed", 2)]
    assert versions["current"]["revision"] == 2


def test_record_etag_follows_the_revision_and_a_put_answers_with_the_new_one(client):
    doc = done_document(client)
    base = f"/v1/documents/{doc['id']}"
    first = client.get(f"{base}/record")
    assert first.headers["etag"] == '"rev-0"' and first.headers["x-record-revision"] == "0"
    saved = put_record(client, doc["id"], full_record(), if_match=first.headers["etag"])
    assert saved.status_code == 200, saved.text
    assert saved.headers["etag"] == '"rev-1"' == client.get(f"{base}/record").headers["etag"]
    assert client.get(f"{base}/record", params={"version": "extracted"}).headers["etag"] == '"rev-0"'
    assert client.get(f"{base}/record.json").headers["etag"] == '"rev-1"'
    # An edit of the revision just saved, with the ETag the PUT answered.
    again = put_record(client, doc["id"], full_record(document__place="Huyện Thanh Bình"), if_match=saved.headers["etag"])
    assert again.status_code == 200 and again.json()["revision"] == 2 and again.headers["etag"] == '"rev-2"'


def test_put_without_if_match_is_428_and_stores_nothing(client):
    doc = done_document(client)
    base = f"/v1/documents/{doc['id']}"
    body = assert_problem(client.put(f"{base}/record", json=full_record()), 428, ErrorCode.PRECONDITION_REQUIRED)
    assert "If-Match" in body["detail"]
    assert [v["kind"] for v in client.get(f"{base}/versions").json()["versions"]] == ["extracted"]


def test_two_edits_of_the_same_revision_the_second_is_412_and_the_first_is_kept(client):
    doc = done_document(client)
    base = f"/v1/documents/{doc['id']}"
    etag = client.get(f"{base}/record").headers["etag"]
    mine = full_record(document__place="Thanh Bình")
    theirs = full_record(document__place="Huyện Thanh Bình")
    assert put_record(client, doc["id"], mine, if_match=etag, params={"reviewer": "Lan"}).status_code == 200
    body = assert_problem(put_record(client, doc["id"], theirs, if_match=etag), 412, ErrorCode.EDIT_CONFLICT)
    assert body["current_etag"] == '"rev-1"' and body["current_revision"] == 1 and body["current_reviewer"] == "Lan"
    assert body["current_saved_at"]
    assert client.get(f"{base}/record").json()["document"]["place"] == "Thanh Bình"
    # Overwriting knowingly: the same edit with the current ETag.
    over = put_record(client, doc["id"], theirs, if_match=body["current_etag"])
    assert over.status_code == 200 and over.json()["revision"] == 2
    assert client.get(f"{base}/record").json()["document"]["place"] == "Huyện Thanh Bình"


@pytest.mark.parametrize("if_match", ['W/"rev-0"', '"rev-7"', "rev-0", '"rev-0-x"', '""'])
def test_put_with_an_if_match_that_is_not_the_current_etag_is_412(client, if_match):
    doc = done_document(client)
    response = put_record(client, doc["id"], full_record(), if_match=if_match)
    assert_problem(response, 412, ErrorCode.EDIT_CONFLICT)
    assert client.get(f"/v1/documents/{doc['id']}/record").headers["x-record-version"] == "extracted"


@pytest.mark.parametrize("if_match", ['"rev-9", "rev-0"', "*"])
def test_put_accepts_a_list_of_etags_or_a_star(client, if_match):
    doc = done_document(client)
    assert put_record(client, doc["id"], full_record(), if_match=if_match).status_code == 200


def test_a_stale_edit_is_412_before_its_fields_are_checked(client):
    doc = done_document(client)
    etag = client.get(f"/v1/documents/{doc['id']}/record").headers["etag"]
    assert put_record(client, doc["id"], full_record(), if_match=etag).status_code == 200
    bad = full_record(document__issue_date="20/9/2021")
    assert_problem(put_record(client, doc["id"], bad, if_match=etag), 412, ErrorCode.EDIT_CONFLICT)


def test_the_first_review_of_a_failed_document_takes_if_none_match_star(make_client):
    client = make_client(processor="svc_processors:ocr_fails")
    doc = wait_done(client, upload(client, short_text(5)).json()["id"])
    assert doc["status"] == "failed"
    url = f"/v1/documents/{doc['id']}/record"
    assert_problem(client.put(url, json=full_record()), 428, ErrorCode.PRECONDITION_REQUIRED)
    assert_problem(client.put(url, json=full_record(), headers={"If-Match": "*"}), 412, ErrorCode.EDIT_CONFLICT)
    first = client.put(url, json=full_record(), headers={"If-None-Match": "*"})
    assert first.status_code == 200 and first.headers["etag"] == '"rev-1"'
    assert_problem(client.put(url, json=full_record(), headers={"If-None-Match": "*"}), 412, ErrorCode.EDIT_CONFLICT)


def test_concurrent_edits_of_one_revision_store_exactly_one(client):
    from concurrent.futures import ThreadPoolExecutor

    doc = done_document(client)
    etag = client.get(f"/v1/documents/{doc['id']}/record").headers["etag"]
    edits = [full_record(document__place=f"Nơi {n}") for n in range(6)]
    with ThreadPoolExecutor(max_workers=6) as pool:
        statuses = sorted(pool.map(lambda r: put_record(client, doc["id"], r, if_match=etag).status_code, edits))
    assert statuses == [200] + [412] * 5
    versions = client.get(f"/v1/documents/{doc['id']}/versions").json()["versions"]
    assert [(v["kind"], v["revision"]) for v in versions] == [("extracted", 0), ("reviewed", 1)]


def test_reviewed_version_before_any_review_is_404(client):
    doc = done_document(client)
    response = client.get(f"/v1/documents/{doc['id']}/record", params={"version": "reviewed"})
    assert_problem(response, 404, ErrorCode.NO_REVIEWED_VERSION)


def test_invalid_corrected_record_is_422_with_field_paths(client):
    doc = done_document(client)
    bad = full_record()
    bad["document"]["issue_date"] = "20/9/2021"
    bad["event"]["opening_ceremony"]["time"] = "25:00"
    bad["assignments"][1]["tasks"] = "not a list"
    bad["document"]["kind"] = "memo"
    body = assert_problem(put_record(client, doc["id"], bad), 422, ErrorCode.INVALID_RECORD)
    paths = {error["path"] for error in body["errors"]}
    assert {"/document/issue_date", "/event/opening_ceremony/time", "/assignments/1/tasks",
            "/document/kind"} <= paths
    assert all(error["location"] == "body" and error["message"] for error in body["errors"])
    # nothing was stored
    assert client.get(f"/v1/documents/{doc['id']}/record").headers["x-record-version"] == "extracted"


@pytest.mark.parametrize("raw, content_type", [(b"{not json", "application/json"), (b"[1, 2]", "application/json"),
                                               (b"", "application/json"), ("\u00ff".encode("latin-1"), "application/json")])
def test_corrected_record_that_is_not_a_json_object_is_422(client, raw, content_type):
    doc = done_document(client)
    response = client.put(f"/v1/documents/{doc['id']}/record", content=raw,
                          headers={"content-type": content_type, "If-Match": '"rev-0"'})
    assert_problem(response, 422, ErrorCode.INVALID_RECORD)


def test_record_json_download(client):
    doc = done_document(client)
    put_record(client, doc["id"], full_record())
    response = client.get(f"/v1/documents/{doc['id']}/record.json")
    assert response.status_code == 200
    assert response.headers["content-disposition"] == 'attachment; filename="12-KH-UBND.json"'
    assert response.json()["document"]["number"] == "12/KH-UBND"


# ------------------------------------------------------------------------------------------ page images


def test_page_images_are_stored_at_processing_time_and_served(image_client):
    response = upload(image_client, "trang một\ftrang hai".encode(), "scan.txt")
    doc = wait_done(image_client, response.json()["id"])
    assert doc["progress"] == {"pages_done": 2, "pages_total": 2}
    assert doc["links"]["pages"] == [f"/v1/documents/{doc['id']}/pages/1.png",
                                     f"/v1/documents/{doc['id']}/pages/2.png"]
    for link in doc["links"]["pages"]:
        image = image_client.get(link)
        assert image.status_code == 200 and image.headers["content-type"] == "image/png"
        assert image.content.startswith(b"\x89PNG")
    text = image_client.get(f"/v1/documents/{doc['id']}/text").json()
    assert [p["image"] for p in text["pages"]] == doc["links"]["pages"]
    assert_problem(image_client.get(f"/v1/documents/{doc['id']}/pages/3.png"), 404, ErrorCode.PAGE_NOT_FOUND)


def test_page_image_of_text_input_is_404_with_its_own_code(client):
    doc = done_document(client)
    body = assert_problem(client.get(f"/v1/documents/{doc['id']}/pages/1.png"), 404,
                          ErrorCode.PAGE_IMAGE_UNAVAILABLE)
    assert body["method"] == "text"
    assert doc["links"]["pages"] == []


@pytest.mark.parametrize("page", ["0", "-1", "x"])
def test_page_number_must_be_a_positive_integer(client, page):
    assert_problem(client.get(f"/v1/documents/0123456789abcdef/pages/{page}.png"), 422, ErrorCode.VALIDATION_FAILED)


# ------------------------------------------------------------------------------------------ list and filters


@pytest.fixture
def catalogue(client):
    """Three reviewed documents with known index values, plus one failed-free pending check."""
    specs = [
        ("a", full_record()),
        ("b", full_record(document__kind="cong_van", document__number="477/PGDĐT-VP", document__issue_date="2021-09-20",
                          issuer={"name": "PHÒNG GIÁO DỤC VÀ ĐÀO TẠO", "parent": "UBND THỊ XÃ BẾN CÁT"},
                          event__start_date="2021-10-01", event__end_date="2021-10-07")),
        ("c", full_record(document__kind="thong_bao", document__number="9/TB-UBND", document__issue_date="2022-03-01",
                          issuer={"name": "ỦY BAN NHÂN DÂN QUẬN 7", "parent": None},
                          event__start_date=None, event__end_date=None)),
    ]
    ids = {}
    for n, (key, record) in enumerate(specs):
        doc = done_document(client, short_text(100 + n), f"{key}.txt")
        assert put_record(client, doc["id"], record).status_code == 200
        ids[key] = doc["id"]
    return ids


def listed(client, **params) -> set[str]:
    response = client.get("/v1/documents", params=params)
    assert response.status_code == 200, response.text
    return {item["id"] for item in response.json()["items"]}


def test_list_filters_by_issuer_with_or_without_diacritics(client, catalogue):
    assert listed(client, issuer="bến cát") == {catalogue["b"]}
    assert listed(client, issuer="BEN CAT") == {catalogue["b"]}
    assert listed(client, issuer="ủy ban nhân dân") == {catalogue["a"], catalogue["c"]}


def test_list_filters_by_kind_and_status(client, catalogue):
    assert listed(client, kind="thong_bao") == {catalogue["c"]}
    assert listed(client, status="done") == set(catalogue.values())
    assert listed(client, status="queued") == set()
    assert listed(client, reviewed="true") == set(catalogue.values())


@pytest.mark.parametrize("issued_from, issued_to", [
    ("2021-09-01", "2021-12-31"),
    ("01/09/2021", "31/12/2021"),
    ("1/9/2021", "31-12-2021"),
    ("ngày 01 tháng 9 năm 2021", "ngày 31 tháng 12 năm 2021"),
])
def test_list_issue_date_range_accepts_iso_and_vietnamese_dates(client, catalogue, issued_from, issued_to):
    assert listed(client, issued_from=issued_from, issued_to=issued_to) == {catalogue["b"]}


def test_list_event_range_selects_overlapping_events(client, catalogue):
    assert listed(client, event_from="2021-10-05", event_to="2021-10-20") == {catalogue["b"]}
    assert listed(client, event_from="2023-10-08") == {catalogue["a"]}
    assert listed(client, event_to="2021-09-30") == set()


def test_list_text_search(client, catalogue):
    assert listed(client, q="477/PGDĐT") == {catalogue["b"]}
    assert listed(client, q="quan 7") == {catalogue["c"]}
    assert listed(client, q="100%_") == set()  # LIKE wildcards are literal


def test_list_pagination(client, catalogue):
    first = client.get("/v1/documents", params={"limit": 2}).json()
    assert first["total"] == 3 and len(first["items"]) == 2 and first["links"]["prev"] is None
    second = client.get(first["links"]["next"]).json()
    assert len(second["items"]) == 1 and second["links"]["next"] is None
    assert {i["id"] for i in first["items"] + second["items"]} == set(catalogue.values())
    summary = first["items"][0]
    assert set(summary) >= {"id", "status", "kind", "number", "issue_date", "issuer", "subject", "event_start"}


@pytest.mark.parametrize("params", [{"issued_from": "hôm qua"}, {"event_to": "31/02/2021"}, {"issued_to": "9/2021"},
                                    {"issued_from": "2022-01-01", "issued_to": "2021-01-01"}])
def test_list_refuses_dates_it_cannot_read(client, params):
    assert_problem(client.get("/v1/documents", params=params), 422, ErrorCode.INVALID_DATE)


@pytest.mark.parametrize("params", [{"limit": 0}, {"limit": 101}, {"offset": -1}, {"kind": "memo"},
                                    {"status": "lost"}])
def test_list_refuses_bad_parameters(client, params):
    body = assert_problem(client.get("/v1/documents", params=params), 422, ErrorCode.VALIDATION_FAILED)
    assert body["errors"][0]["location"] == "query"


# ------------------------------------------------------------------------------------------ exports


def test_calendar_has_event_week_opening_ceremony_and_deadlines(client):
    doc = done_document(client)
    put_record(client, doc["id"], full_record())
    response = client.get(f"/v1/documents/{doc['id']}/calendar.ics")
    assert response.status_code == 200 and response.headers["content-type"].startswith("text/calendar")
    calendar = Calendar.from_ical(response.content)
    events = {str(e["uid"]).split("@")[0].split("-", 1)[1]: e for e in calendar.walk("VEVENT")}
    assert set(events) == {"event", "opening", "report-0"}

    week = events["event"]
    assert str(week.decoded("dtstart")) == "2023-10-02" and str(week.decoded("dtend")) == "2023-10-09"
    opening = events["opening"]
    start = opening.decoded("dtstart")
    assert (start.hour, start.minute, str(start.tzinfo)) == (14, 0, "Asia/Ho_Chi_Minh")
    assert str(opening["location"]) == "Hội trường UBND huyện"
    deadline = events["report-0"]
    assert str(deadline.decoded("dtstart")) == "2023-10-15"
    assert "trước ngày 15/10/2023" in str(deadline["description"])
    assert calendar.walk("VTIMEZONE"), "the TZID needs its VTIMEZONE"


def test_calendar_ceremony_without_clock_time_is_all_day(client):
    doc = done_document(client)
    record = full_record(reporting=[])
    record["event"]["opening_ceremony"] = {"date": "2023-10-02", "time": None, "venue": None, "mode": None}
    put_record(client, doc["id"], record)
    calendar = Calendar.from_ical(client.get(f"/v1/documents/{doc['id']}/calendar.ics").content)
    opening = next(e for e in calendar.walk("VEVENT") if "opening" in str(e["uid"]))
    assert str(opening.decoded("dtstart")) == "2023-10-02" and "location" not in opening


def test_calendar_without_any_date_is_404(client):
    doc = done_document(client)
    saved = put_record(client, doc["id"], PlanRecord().to_json(), params={"allow_empty": True})
    assert saved.status_code == 200, saved.text
    assert_problem(client.get(f"/v1/documents/{doc['id']}/calendar.ics"), 404, ErrorCode.NO_CALENDAR_EVENTS)


def test_assignments_csv_has_agency_task_deadline_headed_in_vietnamese(client):
    doc = done_document(client)
    put_record(client, doc["id"], full_record())
    response = client.get(f"/v1/documents/{doc['id']}/assignments.csv")
    assert response.status_code == 200 and response.headers["content-type"].startswith("text/csv")
    assert response.content.startswith(b"\xef\xbb\xbf")
    rows = list(csv.DictReader(io.StringIO(response.content.decode("utf-8-sig"))))
    assert [(r["Cơ quan, đơn vị"], r["Nhiệm vụ"], r["Hạn"]) for r in rows] == [
        ("Phòng Giáo dục và Đào tạo", "Chỉ đạo các trường tổ chức Tuần lễ", ""),
        ("Phòng Giáo dục và Đào tạo", "Tổng hợp báo cáo", ""),
        ("Các trường Tiểu học", "Tổ chức các hoạt động hưởng ứng", "2023-10-15"),
    ]


# ------------------------------------------------------------------------------------------ sync extraction


def test_extract_text_synchronously(client):
    response = client.post("/v1/extract", data={"text": SEED_TEXT.decode("utf-8")})
    assert response.status_code == 200, response.text
    body = response.json()
    assert set(body) == {"record", "evidence", "text", "pages", "timings_ms"}
    assert body["record"]["schema_version"] == "1.0"
    assert client.get("/v1/documents").json()["total"] == 0  # nothing stored


def test_extract_small_file_synchronously(client):
    response = client.post("/v1/extract", files={"file": ("x.txt", short_text(5), "text/plain")})
    assert response.status_code == 200, response.text
    assert response.json()["pages"][0]["number"] == 1


def test_extract_without_input_is_422(client):
    assert_problem(client.post("/v1/extract", data={}), 422, ErrorCode.MISSING_INPUT)


def test_extract_refuses_large_input_with_a_pointer_to_upload(make_client):
    client = make_client(sync_max_mb=0.001, sync_max_pages=1)
    big = client.post("/v1/extract", files={"file": ("x.txt", b"a" * 5000, "text/plain")})
    assert_problem(big, 413, ErrorCode.TOO_LARGE_FOR_SYNC)
    many = client.post("/v1/extract", files={"file": ("x.pdf", pdf_bytes(2), "application/pdf")})
    assert_problem(many, 413, ErrorCode.TOO_LARGE_FOR_SYNC)


def test_extract_refuses_a_body_over_its_limit_before_reading_it_and_names_the_upload_route(make_client):
    client = make_client(sync_max_mb=0.01)
    response = client.post("/v1/extract", files={"file": ("x.txt", short_text(1) * 200, "text/plain")})
    body = assert_problem(response, 413, ErrorCode.TOO_LARGE_FOR_SYNC)
    assert "POST /v1/documents" in body["detail"] and body["use"] == "POST /v1/documents"


def test_extract_keeps_a_text_over_its_character_limit_for_the_queue(make_client):
    client = make_client(sync_max_text_chars=1000)
    text = short_text(1) * 3  # about 1 200 characters: over the synchronous limit, not the upload's
    body = assert_problem(client.post("/v1/extract", files={"file": ("x.txt", text, "text/plain")}), 413,
                          ErrorCode.TOO_LARGE_FOR_SYNC)
    assert body["reason"] == "text_too_long"
    assert upload(client, text).status_code == 202


def test_extract_refuses_unsupported_content(client):
    response = client.post("/v1/extract", files={"file": ("x.pdf", b"MZ\x90\x00\x03" + bytes(200), "application/pdf")})
    assert_problem(response, 415, ErrorCode.UNSUPPORTED_FORMAT)


# ------------------------------------------------------------------------------------------ real OCR


@pytest.mark.slow
def test_a_scanned_pdf_goes_through_ocr_in_a_worker_process_with_page_images(make_client):
    client = make_client(executor="process")
    scan = svc_helpers.scanned_pdf(short_text(42).decode("utf-8"))
    accepted = upload(client, scan, "scan.pdf")
    assert accepted.status_code == 202, accepted.text
    doc = wait_done(client, accepted.json()["id"], timeout=120)
    assert doc["status"] == "done", doc
    assert doc["media_type"] == "application/pdf" and doc["progress"] == {"pages_done": 1, "pages_total": 1}
    assert doc["timings_ms"]["ocr"] > 0
    text = client.get(f"/v1/documents/{doc['id']}/text").json()
    assert text["pages"][0]["method"] == "ocr" and "GIÁO DỤC" in text["text"]
    image = client.get(text["pages"][0]["image"])
    assert image.status_code == 200 and image.content.startswith(b"\x89PNG")
    evidence = client.get(f"/v1/documents/{doc['id']}/evidence").json()["evidence"]
    boxed = [e for e in evidence.values() if e["bbox"]]
    assert boxed and all(e["page"] == 1 for e in boxed)
