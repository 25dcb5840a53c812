"""The review page as served (TestClient): the HTML, its local assets, and the form against the contract."""

from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path

import pytest

from extractor.record import (
    Assignment,
    DocumentInfo,
    Event,
    Issuer,
    OpeningCeremony,
    ParentDirective,
    Reporting,
    Signer,
)
from service import web

STATIC = Path(web.STATIC_DIR)
ASSET_TYPES = {".css": "text/css", ".js": "text/javascript", ".svg": "image/svg+xml"}
# Any absolute or protocol-relative URL to another host (the SVG namespace is a name, not a request).
EXTERNAL_URL = re.compile(r"""(?:https?:)?//(?!www\.w3\.org/2000/svg)[a-z0-9-]+(?:\.[a-z0-9-]+)+""", re.IGNORECASE)


class _Page(HTMLParser):
    """Collects what the tests look at: elements with their attributes, label targets, asset links."""

    def __init__(self) -> None:
        super().__init__()
        self.elements: list[tuple[str, dict[str, str | None], bool]] = []  # (tag, attrs, inside <template>)
        self.label_for: set[str] = set()
        self.assets: list[str] = []
        self._template_depth = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = dict(attrs)
        if tag == "template":
            self._template_depth += 1
        self.elements.append((tag, values, self._template_depth > 0))
        if tag == "label" and values.get("for"):
            self.label_for.add(values["for"])
        for key in ("href", "src"):
            if values.get(key) and tag in ("link", "script", "img"):
                self.assets.append(values[key])

    def handle_endtag(self, tag: str) -> None:
        if tag == "template":
            self._template_depth -= 1


@pytest.fixture
def html(client) -> str:
    response = client.get("/")
    assert response.status_code == 200
    return response.text


def parse(html: str) -> _Page:
    page = _Page()
    page.feed(html)
    return page


def test_page_is_served_in_vietnamese_with_a_policy_that_allows_only_this_origin(client):
    response = client.get("/")
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/html")
    assert '<html lang="vi">' in response.text
    csp = response.headers["content-security-policy"]
    assert "default-src 'self'" in csp and "script-src 'self'" in csp and "connect-src 'self'" in csp
    assert response.headers["x-content-type-options"] == "nosniff"
    for title in ("Văn bản", "Cơ quan ban hành", "Văn bản căn cứ", "Sự kiện", "Lễ khai mạc", "Phân công",
                  "Báo cáo", "Nơi nhận", "Người ký", "Tải văn bản lên", "Lưu bản rà soát", "In tóm tắt"):
        assert title in response.text, title


def test_the_page_is_not_in_the_api_schema(client):
    paths = client.get("/openapi.json").json()["paths"]
    assert "/" not in paths and not any(p.startswith("/static") for p in paths)


def test_every_asset_the_page_and_its_scripts_load_is_served_locally(client, html):
    assets = parse(html).assets
    # The modules import each other by relative path: follow the imports too.
    pending = [a for a in assets if a.endswith(".js")]
    seen: set[str] = set()
    while pending:
        path = pending.pop()
        if path in seen:
            continue
        seen.add(path)
        source = (STATIC / path.removeprefix("static/")).read_text(encoding="utf-8")
        for name in re.findall(r"""from\s+["']\./([\w.-]+\.js)["']""", source):
            pending.append(f"static/js/{name}")
    for path in sorted(set(assets) | seen):
        assert not path.startswith(("/", "http", "//")), f"{path}: assets are linked relative to the page"
        response = client.get(f"/{path}")
        assert response.status_code == 200, path
        assert response.headers["content-type"].startswith(ASSET_TYPES[Path(path).suffix]), path
        assert response.headers["cache-control"] == "no-cache"
    assert {"static/app.css", "static/print.css", "static/js/main.js", "static/js/review.js"} <= set(assets) | seen


def test_no_external_urls_in_the_html_scripts_or_styles(html):
    assert not EXTERNAL_URL.findall(html)
    files = [p for p in STATIC.rglob("*") if p.is_file()]
    assert {p.suffix for p in files} <= set(ASSET_TYPES), "unexpected kind of asset"
    for path in files:
        text = path.read_text(encoding="utf-8")
        assert not EXTERNAL_URL.findall(text), f"{path.name}: {EXTERNAL_URL.findall(text)}"
        assert "@import" not in text and "fonts.googleapis" not in text


def test_static_files_outside_the_directory_and_unknown_ones_are_refused(client):
    for path in ("/static/..%2fweb.py", "/static/%2e%2e/web.py", "/static/js/..%2f..%2fweb.py", "/static/nope.js"):
        response = client.get(path)
        assert response.status_code == 404, path
        assert response.headers["content-type"].startswith("application/problem+json")
    assert client.post("/static/app.css").status_code == 405


def test_every_form_control_of_the_page_has_a_label(html):
    page = parse(html)
    controls = [(tag, attrs) for tag, attrs, templated in page.elements
                if tag in ("input", "select", "textarea") and not templated]
    assert controls
    for tag, attrs in controls:
        assert attrs.get("id") in page.label_for or attrs.get("aria-label"), f"<{tag} {attrs}> has no label"
    # List items are cloned from templates; their labels are bound by the script (checked in the browser).
    templated = [(tag, attrs) for tag, attrs, inside in page.elements if inside and tag in ("input", "select", "textarea")]
    assert templated and all(attrs.get("data-key") for _, attrs in templated)


def _model_keys(model) -> set[str]:
    return set(model.model_fields)


def test_the_form_has_an_input_for_every_field_of_the_record(html):
    """Adding a field to the plan record without adding it to the review form fails here."""
    page = parse(html)
    bound = {attrs["data-path"] for _, attrs, templated in page.elements if not templated and attrs.get("data-path")}
    expected = {f"/document/{k}" for k in _model_keys(DocumentInfo)} | {f"/issuer/{k}" for k in _model_keys(Issuer)}
    expected |= {f"/event/{k}" for k in _model_keys(Event) - {"opening_ceremony"}}
    expected |= {f"/event/opening_ceremony/{k}" for k in _model_keys(OpeningCeremony)}
    expected |= {f"/signer/{k}" for k in _model_keys(Signer)}
    assert bound == expected

    templates: dict[str, set[str]] = {}
    current = None
    for tag, attrs, templated in page.elements:
        if tag == "template":
            current = attrs["id"]
            templates[current] = set()
        elif templated and attrs.get("data-key"):
            templates[current].add(attrs["data-key"])
    assert templates["tpl-parent_directives"] == _model_keys(ParentDirective)
    assert templates["tpl-reporting"] == _model_keys(Reporting)
    assert templates["tpl-assignments"] == _model_keys(Assignment) - {"tasks"} and "tasks" in html
    assert templates["tpl-string"] == {"."}
    lists = {attrs["data-list"] for _, attrs, templated in page.elements if not templated and attrs.get("data-list")}
    assert lists == {"/addressees", "/parent_directives", "/assignments", "/reporting", "/distribution"}


def test_choices_are_the_values_the_contract_allows(html):
    page = parse(html)
    options: dict[str, set[str]] = {}
    current = None
    for tag, attrs, _ in page.elements:
        if tag == "select":
            current = attrs.get("data-path") or attrs.get("data-key")
            options.setdefault(current, set())
        elif tag == "option" and current:
            options[current].add(attrs.get("value") or "")
    kinds = set(DocumentInfo.model_fields["kind"].annotation.__args__[0].__args__)
    assert options["/document/kind"] - {""} == kinds
    assert options["/document/urgency"] - {""} == {"khan", "thuong_khan", "hoa_toc"}
    assert options["/document/secrecy"] - {""} == {"mat", "toi_mat", "tuyet_mat"}
    assert options["/event/opening_ceremony/mode"] - {""} == {"online", "in_person", "hybrid"}
    assert options["relation"] - {""} == {"before", "on", "by"}


def test_the_page_is_open_when_the_api_needs_a_token_and_tells_the_script_so(make_client):
    client = make_client(api_token="t" * 24)
    response = client.get("/")
    assert response.status_code == 200
    assert 'data-token-required="true"' in response.text
    assert client.get("/static/js/api.js").status_code == 200
    assert client.get("/v1/documents").status_code == 401  # the data is not


def test_without_a_token_the_page_says_none_is_needed(html):
    assert 'data-token-required="false"' in html


def test_every_refusal_of_a_file_has_a_vietnamese_message_on_the_page():
    """The page shows a clerk the message of the problem's code (api.js); every code a file can get has one."""
    from extractor import limits
    from service.codes import ErrorCode

    script = (Path(__file__).resolve().parents[3] / "service" / "static" / "js" / "api.js").read_text(encoding="utf-8")
    file_codes = {limits.FILE_TOO_LARGE, limits.TOO_MANY_PAGES, limits.IMAGE_TOO_LARGE, limits.TEXT_TOO_LONG,
                  limits.ARCHIVE_TOO_LARGE, ErrorCode.TOO_LARGE_FOR_SYNC, ErrorCode.UNSUPPORTED_FORMAT,
                  ErrorCode.CORRUPT_FILE, ErrorCode.ENCRYPTED_FILE, ErrorCode.EMPTY_FILE, ErrorCode.EMPTY_DOCUMENT}
    assert file_codes <= {v for k, v in vars(ErrorCode).items() if k.isupper()}, "a limit's code is not published"
    said = re.compile(r"^\s*(\w+): \(\) => [\"`][^\"`]*[ạảấầẩệểếộ]", re.MULTILINE)
    missing = sorted(file_codes - set(said.findall(script)))
    assert not missing, missing


def test_every_error_code_the_service_publishes_has_a_vietnamese_message_on_the_page():
    """api.js MESSAGES covers every ``code`` of service/codes.py, so no refusal falls back to a bare status."""
    from service.codes import ErrorCode

    script = (Path(__file__).resolve().parents[3] / "service" / "static" / "js" / "api.js").read_text(encoding="utf-8")
    messages = script[script.index("const MESSAGES = {"):script.index("\n};", script.index("const MESSAGES = {"))]
    said = re.compile(r"^\s*(\w+): \(\) => [\"`][^\"`]*[àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựđ]",
                      re.MULTILINE | re.IGNORECASE)
    codes = {value for name, value in vars(ErrorCode).items() if name.isupper()}
    missing = sorted(codes - set(said.findall(messages)))
    assert not missing, missing
