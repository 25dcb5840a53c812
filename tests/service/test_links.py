"""Duplicates and links between directives (service/links.py): the normalisation, and the API over real extraction."""

from __future__ import annotations

import datetime as dt

import pytest
from svc_helpers import LINK_LETTER, LINK_PLAN, assert_problem, put_record, rescan, upload, wait_done

from service.links import (
    code_agrees,
    issuer_agrees,
    issuer_key,
    number_key,
    parent_matches,
)
from service.models import LinkKey

PLAN_10 = LINK_PLAN.format(plan=10)


def processed(client, text: str, name: str = "doc.txt") -> dict:
    response = upload(client, text.encode("utf-8"), name)
    assert response.status_code == 202, response.text
    body = wait_done(client, response.json()["id"])
    assert body["status"] == "done", body
    return body


# ------------------------------------------------------------------------------------------ normalisation


@pytest.mark.parametrize("slipped", [
    "10/KH-UBND", "Số: 10/KH-UBND", "10 / KH - UBND", "10/kh-ubnd", "10/KH-UBNĐ", "1O/KH-UBND", "l0/KH-UBND",
    "I0/KH-UBND", "010/KH-UBND", "10/KH–UBND", "10/KH-UBND.",
])
def test_number_keys_tolerate_spacing_case_d_stroke_and_ocr_slips(slipped):
    assert number_key(slipped) == number_key("10/KH-UBND")


@pytest.mark.parametrize("other", ["11/KH-UBND", "10/KH-UBND-VP", "10/QĐ-UBND", "100/KH-UBND", "10/TB-UBND"])
def test_different_numbers_keep_different_keys(other):
    assert number_key(other) != number_key("10/KH-UBND")


def test_number_key_of_a_blank_number_is_none():
    assert number_key(None) is None and number_key("  ") is None and number_key("Số:") is None


def test_issuer_keys_spell_out_abbreviations_and_drop_diacritics():
    assert issuer_key("UBND huyện Thanh Bình") == issuer_key("ỦY BAN NHÂN DÂN HUYỆN THANH BÌNH")
    assert issuer_key("Uỷ ban nhân dân huyện Thanh Bình") == issuer_key("Ủy ban nhân dân huyện Thanh Bình")
    assert issuer_key("Sở GD&ĐT Đồng Tháp") == issuer_key("Sở Giáo dục và Đào tạo Đồng Tháp")
    assert issuer_key("Sở GDĐT Đồng Tháp") == issuer_key("SỞ GIÁO DỤC VÀ ĐÀO TẠO ĐỒNG THÁP")
    assert issuer_key(None) == "" and issuer_key("UBND huyện A") != issuer_key("UBND huyện B")


def test_a_cited_issuer_agrees_with_the_name_a_part_of_it_its_parent_body_or_its_abbreviation():
    name, context = issuer_key("SỞ GIÁO DỤC VÀ ĐÀO TẠO"), issuer_key("SỞ GIÁO DỤC VÀ ĐÀO TẠO UBND TỈNH ĐỒNG THÁP")
    assert issuer_agrees(issuer_key("Sở Giáo dục và Đào tạo Đồng Tháp"), name, context)
    assert issuer_agrees(issuer_key("Sở GDĐT"), name, context)
    assert issuer_agrees(issuer_key("SGDĐT"), name, context)
    assert not issuer_agrees(issuer_key("Sở Y tế Đồng Tháp"), name, context)
    assert not issuer_agrees(issuer_key("UBND tỉnh Bến Tre"), name, context)
    assert not issuer_agrees(issuer_key("Sở GDĐT Bến Tre"), name, context)
    assert issuer_agrees(issuer_key("Sở GDĐT tỉnh Đồng Tháp"), name, context)
    assert issuer_agrees(issuer_key("Sở GDĐT Bến Tre"), name, name)  # no parent body to tell
    assert issuer_agrees(issuer_key("UBND huyện"), issuer_key("UBND HUYỆN THANH BÌNH"), issuer_key("UBND HUYỆN THANH BÌNH"))
    # the parent body is not the issuer: a citation of the district's UBND is not the district's office
    office = issuer_key("PHÒNG GIÁO DỤC VÀ ĐÀO TẠO")
    assert not issuer_agrees(issuer_key("UBND huyện Thanh Bình"), office, f"{office} {issuer_key('UBND HUYỆN THANH BÌNH')}")


def test_the_issuer_code_in_the_number_must_abbreviate_the_issuer():
    assert code_agrees("45/KH-UBND", issuer_key("ỦY BAN NHÂN DÂN HUYỆN THANH BÌNH"))
    assert code_agrees("1575/SGDĐT-GDTrHTX", issuer_key("SỞ GIÁO DỤC VÀ ĐÀO TẠO"))
    assert not code_agrees("45/KH-UBND", issuer_key("SỞ GIÁO DỤC VÀ ĐÀO TẠO"))


def _key(number, issuer=None, date=None, context=None) -> LinkKey:
    name = issuer_key(issuer)
    return LinkKey(number_key=number_key(number), number=number, issuer_key=name,
                   issuer_context=context if context is not None else name, issue_date=date)


def test_a_parent_without_issuer_matches_by_the_number_code_and_the_date():
    target = _key("45/KH-UBND", "ỦY BAN NHÂN DÂN HUYỆN THANH BÌNH", dt.date(2023, 9, 5))
    assert parent_matches(_key("45/KH-UBND", None, dt.date(2023, 9, 5)), target)
    assert not parent_matches(_key("45/KH-UBND", None, dt.date(2023, 9, 6)), target)
    assert not parent_matches(_key("45/KH-UBND", None, None), target)
    office = _key("45/KH-UBND", "PHÒNG GIÁO DỤC VÀ ĐÀO TẠO", dt.date(2023, 9, 5))
    assert not parent_matches(_key("45/KH-UBND", None, dt.date(2023, 9, 5)), office)


def test_numbers_start_again_each_year_so_years_must_agree():
    target = _key("45/KH-UBND", "UBND huyện Thanh Bình", dt.date(2023, 9, 5))
    assert parent_matches(_key("45/KH-UBND", "UBND huyện Thanh Bình", None), target)
    assert parent_matches(_key("45/KH-UBND", "UBND huyện Thanh Bình", dt.date(2023, 9, 6)), target)
    assert not parent_matches(_key("45/KH-UBND", "UBND huyện Thanh Bình", dt.date(2022, 9, 5)), target)


# ------------------------------------------------------------------------------------------ duplicates (API)


def test_a_rescan_with_the_same_number_issuer_and_date_is_flagged_with_a_link_to_the_earlier(client):
    first = processed(client, PLAN_10, "ke-hoach.txt")
    second = processed(client, rescan(PLAN_10), "ke-hoach-quet-lai.txt")
    assert second["sha256"] != first["sha256"]
    assert second["duplicate_of"] == first["id"]
    assert second["duplicate"]["status"] == "flagged" and first["id"] in second["duplicate"]["message"]
    assert "bản sao" in second["duplicate"]["message"]
    assert client.get(f"/v1/documents/{first['id']}").json()["duplicate_of"] is None
    items = {item["id"]: item for item in client.get("/v1/documents").json()["items"]}
    assert items[second["id"]]["duplicate_of"] == first["id"] and items[first["id"]]["duplicate_of"] is None


def test_keep_clears_the_flag_and_the_decision_survives_a_later_save(client):
    first = processed(client, PLAN_10)
    second = processed(client, rescan(PLAN_10))
    kept = client.post(f"/v1/documents/{second['id']}/duplicate", json={"action": "keep"},
                       params={"reviewer": "Lê Thị Hoa"})
    assert kept.status_code == 200, kept.text
    assert kept.json()["document"]["duplicate_of"] is None
    body = client.get(f"/v1/documents/{second['id']}").json()
    assert body["duplicate_of"] is None
    assert body["duplicate"]["status"] == "kept" and body["duplicate"]["decided_by"] == "Lê Thị Hoa"
    assert body["duplicate"]["of"] == first["id"]
    # a clerk's save re-checks the keys; the same earlier document does not raise the flag again
    assert put_record(client, second["id"], body["record"]).status_code == 200
    assert client.get(f"/v1/documents/{second['id']}").json()["duplicate_of"] is None
    # the earlier document is not a duplicate of anything
    assert_problem(client.post(f"/v1/documents/{first['id']}/duplicate", json={"action": "keep"}), 409,
                   "not_a_duplicate")
    assert_problem(client.post(f"/v1/documents/{second['id']}/duplicate", json={"action": "drop"}), 409,
                   "duplicate_kept")


def test_drop_deletes_the_new_document_and_its_files_and_leaves_the_earlier_intact(client):
    storage = client.app.state.services.storage
    first = processed(client, PLAN_10)
    second = processed(client, rescan(PLAN_10))
    before = client.get(f"/v1/documents/{first['id']}/record").json()
    dropped = client.post(f"/v1/documents/{second['id']}/duplicate", json={"action": "drop"})
    assert dropped.status_code == 200, dropped.text
    assert dropped.json() == {"action": "drop", "document_id": second["id"], "duplicate_of": first["id"],
                              "document": None}
    assert_problem(client.get(f"/v1/documents/{second['id']}"), 404, "document_not_found")
    assert not storage.file_path(second["sha256"]).exists() and not storage.info_path(second["sha256"]).exists()
    after = client.get(f"/v1/documents/{first['id']}")
    assert after.status_code == 200 and after.json()["duplicate_of"] is None
    assert client.get(f"/v1/documents/{first['id']}/record").json() == before
    assert storage.file_path(first["sha256"]).exists()
    assert [item["id"] for item in client.get("/v1/documents").json()["items"]] == [first["id"]]


def test_drop_on_a_restart_does_not_bring_the_document_back(make_client, tmp_path):
    client = make_client()
    processed(client, PLAN_10)
    second = processed(client, rescan(PLAN_10))
    assert client.post(f"/v1/documents/{second['id']}/duplicate", json={"action": "drop"}).status_code == 200
    again = make_client()  # start-up re-registers stored uploads that have no document row
    assert again.app.state.services.recovered.get("reregistered_uploads", 0) == 0
    assert_problem(again.get(f"/v1/documents/{second['id']}"), 404, "document_not_found")


def test_a_record_without_number_or_date_is_never_flagged_but_a_correction_rechecks(client):
    first = processed(client, PLAN_10)
    second = processed(client, rescan(PLAN_10).replace("Số:  10/KH-UBND", "Số:  /KH-UBND"))
    assert second["record"]["document"]["number"] in (None, "/KH-UBND")
    assert second["duplicate_of"] is None
    record = second["record"]
    record["document"]["number"] = None
    assert put_record(client, second["id"], record).status_code == 200
    assert client.get(f"/v1/documents/{second['id']}").json()["duplicate_of"] is None
    # the clerk reads the number: now the keys are equal
    record["document"]["number"] = "10/KH-UBND"
    assert put_record(client, second["id"], record).status_code == 200
    assert client.get(f"/v1/documents/{second['id']}").json()["duplicate_of"] == first["id"]
    # a date made unknown lifts the flag again
    record["document"]["issue_date"] = None
    assert put_record(client, second["id"], record).status_code == 200
    assert client.get(f"/v1/documents/{second['id']}").json()["duplicate_of"] is None


def test_another_issuer_or_date_is_not_a_duplicate(client):
    processed(client, PLAN_10)
    other_date = processed(client, PLAN_10.replace("ngày 05 tháng 9", "ngày 06 tháng 9"))
    other_issuer = processed(client, PLAN_10.replace("HUYỆN THANH BÌNH", "HUYỆN TAM NÔNG"))
    assert other_date["duplicate_of"] is None and other_issuer["duplicate_of"] is None


def test_duplicate_action_is_validated_and_unknown_documents_are_404(client):
    first = processed(client, PLAN_10)
    assert_problem(client.post(f"/v1/documents/{first['id']}/duplicate", json={"action": "merge"}), 422,
                   "validation_failed")
    assert_problem(client.post("/v1/documents/0000000000000000/duplicate", json={"action": "drop"}), 404,
                   "document_not_found")
    assert_problem(client.get("/v1/documents/0000000000000000/links"), 404, "document_not_found")


# ------------------------------------------------------------------------------------------ links (API)


def test_a_cited_parent_in_the_system_links_both_ways(client):
    plan = processed(client, PLAN_10, "ke-hoach.txt")
    letter = processed(client, LINK_LETTER.format(plan=10, number=12), "cong-van.txt")
    links = client.get(f"/v1/documents/{letter['id']}/links").json()
    assert [item["id"] for item in links["implements"]] == [plan["id"]]
    item = links["implements"][0]
    assert item["number"] == "10/KH-UBND" and item["link"] == f"/v1/documents/{plan['id']}"
    assert item["issuer"] == "ỦY BAN NHÂN DÂN HUYỆN THANH BÌNH"
    assert item["subject"] == plan["record"]["document"]["subject"]
    assert item["parent"] == {"position": 0, "kind": "ke_hoach", "number": "10/KH-UBND",
                              "issuer": "UBND huyện Thanh Bình", "issue_date": "2023-09-05"}
    assert links["implemented_by"] == []
    back = client.get(f"/v1/documents/{plan['id']}/links").json()
    assert [item["id"] for item in back["implemented_by"]] == [letter["id"]]
    assert back["implemented_by"][0]["parent"]["number"] == "10/KH-UBND"
    # the plan's own parent (the province's letter) is not in the system
    assert back["implements"] == []


def test_an_ocr_slipped_citation_still_links_and_a_correction_changes_the_links(client):
    plan = processed(client, PLAN_10)
    letter = processed(client, LINK_LETTER.format(plan=10, number=13))
    record = letter["record"]
    record["parent_directives"][0]["number"] = "l0/KH-UBNĐ"  # as OCR read it
    assert put_record(client, letter["id"], record).status_code == 200
    assert [i["id"] for i in client.get(f"/v1/documents/{letter['id']}/links").json()["implements"]] == [plan["id"]]
    back = client.get(f"/v1/documents/{plan['id']}/links").json()["implemented_by"]
    assert [(i["id"], i["parent"]["number"]) for i in back] == [(letter["id"], "l0/KH-UBNĐ")]
    # another year's plan with the same number is a different directive
    record["parent_directives"][0]["issue_date"] = "2022-09-05"
    assert put_record(client, letter["id"], record).status_code == 200
    assert client.get(f"/v1/documents/{letter['id']}/links").json()["implements"] == []
    assert client.get(f"/v1/documents/{plan['id']}/links").json()["implemented_by"] == []


def test_a_citation_without_issuer_links_by_the_number_code_and_the_date(client):
    plan = processed(client, PLAN_10)
    letter = processed(client, LINK_LETTER.format(plan=10, number=14))
    record = letter["record"]
    record["parent_directives"][0]["issuer"] = None
    assert put_record(client, letter["id"], record).status_code == 200
    assert [i["id"] for i in client.get(f"/v1/documents/{letter['id']}/links").json()["implements"]] == [plan["id"]]
    record["parent_directives"][0]["issue_date"] = "2023-09-06"
    assert put_record(client, letter["id"], record).status_code == 200
    assert client.get(f"/v1/documents/{letter['id']}/links").json()["implements"] == []


def test_a_citation_of_another_issuers_document_with_the_same_number_does_not_link(client):
    processed(client, PLAN_10.replace("HUYỆN THANH BÌNH", "HUYỆN TAM NÔNG"))
    letter = processed(client, LINK_LETTER.format(plan=10, number=15))
    assert client.get(f"/v1/documents/{letter['id']}/links").json()["implements"] == []


def test_links_follow_deletion_of_the_parent(client):
    plan = processed(client, PLAN_10)
    copy = processed(client, rescan(PLAN_10))
    letter = processed(client, LINK_LETTER.format(plan=10, number=16))
    linked = {i["id"] for i in client.get(f"/v1/documents/{letter['id']}/links").json()["implements"]}
    assert linked == {plan["id"], copy["id"]}
    assert client.post(f"/v1/documents/{copy['id']}/duplicate", json={"action": "drop"}).status_code == 200
    assert [i["id"] for i in client.get(f"/v1/documents/{letter['id']}/links").json()["implements"]] == [plan["id"]]


def test_reindex_rebuilds_the_keys_of_a_database_migrated_without_them(client):
    from sqlalchemy import delete

    from service.links import reindex_all
    from service.models import DuplicateFlag

    db = client.app.state.services.db
    plan = processed(client, LINK_PLAN.format(plan=40))
    copy = processed(client, rescan(LINK_PLAN.format(plan=40)))
    letter = processed(client, LINK_LETTER.format(plan=40, number=41))
    with db.write() as session:  # as after the migration: tables there, empty
        session.execute(delete(LinkKey))
        session.execute(delete(DuplicateFlag))
    assert client.get(f"/v1/documents/{letter['id']}/links").json()["implements"] == []
    assert reindex_all(db) == 3
    assert {i["id"] for i in client.get(f"/v1/documents/{letter['id']}/links").json()["implements"]} == {
        plan["id"], copy["id"]}
    assert client.get(f"/v1/documents/{copy['id']}").json()["duplicate_of"] == plan["id"]


def test_a_drop_the_disk_refuses_is_503_and_loses_nothing(client, monkeypatch):
    from pathlib import Path

    storage = client.app.state.services.storage
    first = processed(client, LINK_PLAN.format(plan=50))
    second = processed(client, rescan(LINK_PLAN.format(plan=50)))
    target = storage.file_path(second["sha256"])
    unlink = Path.unlink

    def refuse(path, *args, **kwargs):
        if path == target:
            raise PermissionError(13, "Permission denied", str(path))
        return unlink(path, *args, **kwargs)

    monkeypatch.setattr(Path, "unlink", refuse)
    assert_problem(client.post(f"/v1/documents/{second['id']}/duplicate", json={"action": "drop"}), 503,
                   "unavailable")
    monkeypatch.undo()
    again = client.get(f"/v1/documents/{second['id']}").json()
    assert again["duplicate_of"] == first["id"] and again["record"] == second["record"] and target.exists()
    assert client.post(f"/v1/documents/{second['id']}/duplicate", json={"action": "drop"}).status_code == 200


@pytest.mark.slow
def test_a_scan_of_a_directive_already_uploaded_as_text_is_flagged(client):
    from svc_helpers import scanned_pdf

    text = LINK_PLAN.format(plan=61)
    first = processed(client, text, "ke-hoach-61.txt")
    response = upload(client, scanned_pdf(text), "ke-hoach-61-ban-quet.pdf")
    scan = wait_done(client, response.json()["id"], timeout=120)
    assert scan["status"] == "done" and scan["media_type"] == "application/pdf"
    assert scan["duplicate_of"] == first["id"], scan["record"]["document"]
