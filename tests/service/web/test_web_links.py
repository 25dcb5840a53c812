"""Duplicates and links between directives on the review page (issue 14), in a real browser.

Every test uses plan numbers of its own: the server is shared by the module, and equal numbers would make the
tests' documents duplicates of one another.
"""

from __future__ import annotations

import httpx
import pytest
from playwright.sync_api import expect
from svc_helpers import LINK_LETTER, LINK_PLAN, rescan
from web_helpers import api_get, choice_dialog, open_review, upload, wait_done, wait_js, wait_rows

pytestmark = pytest.mark.slow


def processed(base: str, text: str, name: str) -> str:
    doc_id = upload(base, text.encode("utf-8"), name)
    wait_done(base, doc_id)
    return doc_id


def wait_relations(page) -> None:
    page.wait_for_selector("#relations[data-ready='true']", state="visible")


def test_a_duplicate_shows_its_banner_and_list_mark_and_keep_clears_them(server, page, screenshot):
    base = server.base_url
    first = processed(base, LINK_PLAN.format(plan=21), "ke-hoach-21.txt")
    second = processed(base, rescan(LINK_PLAN.format(plan=21)), "ke-hoach-21-quet-lai.txt")

    page.goto(base + "/")
    wait_rows(page, present=[first, second])
    expect(page.locator(f"#doc-rows tr[data-id='{second}'] .badge.duplicate")).to_have_text("Có thể trùng")
    expect(page.locator(f"#doc-rows tr[data-id='{first}'] .badge.duplicate")).to_have_count(0)

    open_review(page, base, second)
    banner = page.locator("#duplicate-banner")
    expect(banner).to_be_visible()
    expect(banner).to_contain_text("Có thể là văn bản trùng")
    expect(banner).to_contain_text(first)
    expect(banner.locator("a.duplicate-earlier")).to_have_attribute("href", f"#/doc/{first}")
    screenshot(page, "banner")

    page.fill("#reviewer", "Lê Thị Hoa")
    banner.get_by_role("button", name="Giữ cả hai").click()
    expect(banner).to_be_hidden()
    expect(page.locator("#relations-status")).to_contain_text("giữ cả hai (Lê Thị Hoa")
    body = api_get(base, f"documents/{second}").json()
    assert body["duplicate_of"] is None and body["duplicate"]["status"] == "kept"

    page.goto(base + "/")  # the mark is gone from the list too
    wait_rows(page, present=[first, second])
    expect(page.locator(f"#doc-rows tr[data-id='{second}'] .badge.duplicate")).to_have_count(0)


def test_drop_deletes_the_new_document_and_opens_the_earlier_one(server, page):
    base = server.base_url
    first = processed(base, LINK_PLAN.format(plan=22), "ke-hoach-22.txt")
    second = processed(base, rescan(LINK_PLAN.format(plan=22)), "ke-hoach-22-quet-lai.txt")
    before = api_get(base, f"documents/{first}/record").json()

    open_review(page, base, second)
    page.locator("#duplicate-banner").get_by_role("button", name="Bỏ văn bản mới này").click()
    dialog = choice_dialog(page)
    expect(dialog).to_contain_text("không thể hoàn tác", ignore_case=True)
    dialog.get_by_role("button", name="Bỏ văn bản này").click()

    wait_js(page, "window.location.hash === arg", f"#/doc/{first}")
    page.wait_for_selector("#review-body[data-ready='true']", state="visible")
    wait_relations(page)
    expect(page.locator("#duplicate-banner")).to_be_hidden()
    assert api_get(base, f"documents/{second}").status_code == 404
    assert api_get(base, f"documents/{first}/record").json() == before

    page.goto(base + "/")
    wait_rows(page, present=[first], absent=[second])


def test_cancelling_the_drop_keeps_everything(server, page):
    base = server.base_url
    processed(base, LINK_PLAN.format(plan=23), "ke-hoach-23.txt")
    second = processed(base, rescan(LINK_PLAN.format(plan=23)), "ke-hoach-23-quet-lai.txt")
    open_review(page, base, second)
    page.locator("#duplicate-banner").get_by_role("button", name="Bỏ văn bản mới này").click()
    choice_dialog(page).get_by_role("button", name="Hủy").click()
    expect(page.locator("#choice-dialog")).to_be_hidden()
    expect(page.locator("#duplicate-banner")).to_be_visible()
    assert api_get(base, f"documents/{second}").json()["duplicate_of"] is not None


def test_the_review_page_lists_links_both_ways_and_follows_them(server, page, screenshot):
    base = server.base_url
    plan = processed(base, LINK_PLAN.format(plan=24), "ke-hoach-24.txt")
    letter = processed(base, LINK_LETTER.format(plan=24, number=31), "cong-van-31.txt")

    open_review(page, base, letter)
    wait_relations(page)
    implements = page.locator("#links-implements li")
    expect(implements).to_have_count(1)
    expect(implements.first).to_contain_text("Kế hoạch số 24/KH-UBND")
    expect(implements.first).to_contain_text("ỦY BAN NHÂN DÂN HUYỆN THANH BÌNH")
    expect(page.locator("#links-implemented-by li.empty")).to_have_count(1)
    screenshot(page, "implements")

    implements.first.get_by_role("link").click()
    wait_js(page, "window.location.hash === arg", f"#/doc/{plan}")
    page.wait_for_selector("#review-body[data-ready='true']", state="visible")
    wait_relations(page)
    by = page.locator("#links-implemented-by li")
    expect(by).to_have_count(1)
    expect(by.first).to_contain_text("số 31/PGDĐT-VP")
    expect(by.first.get_by_role("link")).to_have_attribute("href", f"#/doc/{letter}")
    expect(page.locator("#duplicate-banner")).to_be_hidden()


def test_a_correction_of_the_cited_number_updates_the_links_after_saving(server, page):
    base = server.base_url
    plan = processed(base, LINK_PLAN.format(plan=25), "ke-hoach-25.txt")
    # the letter cites a plan number the OCR misread beyond the slips tolerated
    letter = processed(base, LINK_LETTER.format(plan=85, number=32), "cong-van-32.txt")
    open_review(page, base, letter)
    wait_relations(page)
    expect(page.locator("#links-implements li.empty")).to_have_count(1)

    page.locator('#record-form [data-path="/parent_directives/0/number"]').fill("25/KH-UBNĐ")
    page.click("#save")
    wait_js(page, "document.querySelector('#save-status').textContent.startsWith('Đã lưu')")
    item = page.locator("#links-implements li[data-id]")
    expect(item).to_have_count(1)
    expect(item).to_have_attribute("data-id", plan)
    expect(item).to_contain_text("căn cứ ghi: 25/KH-UBNĐ")
    back = httpx.get(f"{base}/v1/documents/{plan}/links", timeout=10).json()["implemented_by"]
    assert [entry["id"] for entry in back] == [letter]
