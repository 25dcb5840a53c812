"""Helpers of the review page's tests (importable because conftest.py puts this directory on sys.path)."""

from __future__ import annotations

import time
from pathlib import Path

import httpx
from svc_helpers import ROOT

CHROMIUM = "/usr/bin/chromium"
# Headless, and nothing that reaches the network on its own (the page itself needs none either).
CHROMIUM_ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]
ARTIFACTS = ROOT / "tests" / "artifacts" / "web"
CORPUS = ROOT / "corpus"

# Slower than any step of the page needs on an idle machine; OCR of a two-page scan takes about 10 s.
OCR_TIMEOUT_MS = 120_000


def corpus_text(doc_id: str, tag: str = "") -> bytes:
    """A corpus document's source text; ``tag`` adds trailing blank lines so that each test's upload has
    bytes of its own (the service returns the earlier document for the same bytes)."""
    text = (CORPUS / doc_id / "source.txt").read_bytes()
    return text + b"\n" * (1 + sum(map(ord, tag)) % 97) if tag else text


def upload(base_url: str, data: bytes, filename: str, *, token: str | None = None) -> str:
    headers = {"Authorization": f"Bearer {token}"} if token else {}
    response = httpx.post(f"{base_url}/v1/documents", files={"file": (filename, data, "application/octet-stream")},
                          headers=headers, timeout=30)
    assert response.status_code in (200, 202), response.text
    return response.json()["id"]


def wait_done(base_url: str, doc_id: str, timeout: float = 120.0, *, token: str | None = None) -> dict:
    headers = {"Authorization": f"Bearer {token}"} if token else {}
    deadline = time.monotonic() + timeout
    while True:
        body = httpx.get(f"{base_url}/v1/documents/{doc_id}", headers=headers, timeout=10).json()
        if body["status"] in ("done", "failed"):
            assert body["status"] == "done", body
            return body
        assert time.monotonic() < deadline, f"document {doc_id} still {body['status']} after {timeout} s"
        time.sleep(0.1)


def api_get(base_url: str, path: str, **params) -> httpx.Response:
    return httpx.get(f"{base_url}/v1/{path}", params=params, timeout=10)


def open_review(page, base_url: str, doc_id: str) -> None:
    """Open a processed document's review and wait until the form is filled."""
    page.goto(f"{base_url}/#/doc/{doc_id}")
    wait_review_ready(page)


def wait_review_ready(page, timeout: float = 30_000) -> None:
    page.wait_for_selector("#review-body[data-ready='true']", state="visible", timeout=timeout)


def field(page, pointer: str):
    """The form control bound to a JSON Pointer of the record."""
    return page.locator(f'#record-form [data-path="{pointer}"]')


def wait_js(page, expression: str, arg=None, timeout: float | None = None) -> None:
    """Wait until the JavaScript ``expression`` (which may use ``arg``) is truthy.

    It is passed to Playwright as a function: a bare expression would be evaluated with ``eval``, which
    the page's Content-Security-Policy forbids.
    """
    page.wait_for_function(f"(arg) => ({expression})", arg=arg, timeout=timeout)


def wait_scroll_settled(page, selector: str) -> None:
    """Wait until a smooth scroll has ended: the element's (and the window's) scroll position stays the same for
    three animation frames in a row."""
    page.evaluate("""(selector) => new Promise((resolve) => {
        const el = document.querySelector(selector);
        let last = null;
        let still = 0;
        const step = () => {
          const now = `${el.scrollTop},${el.scrollLeft},${window.scrollX},${window.scrollY}`;
          still = now === last ? still + 1 : 0;
          last = now;
          if (still >= 3) resolve(); else requestAnimationFrame(step);
        };
        requestAnimationFrame(step);
      })""", selector)


def wait_rows(page, present=(), absent=()) -> None:
    """Wait until the list shows every document of ``present`` and none of ``absent`` (ids)."""
    wait_js(page, """(() => {
        const ids = new Set([...document.querySelectorAll('#doc-rows tr[data-id]')].map((r) => r.dataset.id));
        return arg.present.every((id) => ids.has(id)) && !arg.absent.some((id) => ids.has(id)); })()""",
            arg={"present": list(present), "absent": list(absent)})


def choice_dialog(page):
    """The open confirmation dialog (a modal alertdialog), once it is visible."""
    dialog = page.locator("#choice-dialog")
    dialog.wait_for(state="visible")
    return dialog


def save_and_wait(page) -> None:
    page.click("#save")
    wait_js(page, "document.querySelector('#save-status').textContent.startsWith('Đã lưu')")


def unlabelled_controls(page) -> list[str]:
    """Visible controls of the page without an accessible name (a label, aria-label or text)."""
    return page.evaluate("""() => Array.from(document.querySelectorAll('input, select, textarea, button'))
        .filter((el) => el.offsetParent !== null || el.id === 'file-input')
        .filter((el) => {
          if (el.getAttribute('aria-label')) return false;
          if (el.tagName === 'BUTTON') return !el.textContent.trim();
          return !(el.labels && el.labels.length && el.labels[0].textContent.trim());
        })
        .map((el) => el.outerHTML.slice(0, 160))""")


def pdf_pages_and_text(pdf: bytes) -> tuple[int, str]:
    import pypdfium2

    document = pypdfium2.PdfDocument(pdf)
    try:
        text = "\n".join(document[i].get_textpage().get_text_range() for i in range(len(document)))
        return len(document), text
    finally:
        document.close()


def save_pdf_page_png(pdf: bytes, path: Path) -> None:
    import pypdfium2

    document = pypdfium2.PdfDocument(pdf)
    try:
        document[0].render(scale=1.3).to_pil().save(path)
    finally:
        document.close()
