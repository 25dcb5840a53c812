"""The API documentation pages in a real browser: they render from this server alone, under their CSP.

The ``page`` fixture fails a test on any script error or resource the Content-Security-Policy blocked; the
browser runs with background networking off, so a page that needed a CDN would stay empty here. One
exception is known and allowed: ReDoc's bundle always draws Redocly's logo from its CDN in the menu's footer;
the CSP refuses it (the page does not need it), so nothing leaves the office network.
"""

from __future__ import annotations

import pytest

REDOC_LOGO = "https://cdn.redoc.ly/redoc/logo-mini.svg"


@pytest.mark.parametrize("path, rendered", [
    ("/docs", "#swagger-ui .opblock-summary-path"),  # an operation of the spec, drawn by Swagger UI
    ("/redoc", "redoc .api-content h2"),  # a section of the spec, drawn by ReDoc
], ids=["swagger-ui", "redoc"])
def test_api_docs_render_offline_under_their_csp(server, page, screenshot, path, rendered):
    requested: list[str] = []
    page.on("request", lambda request: requested.append(request.url))
    page.goto(server.base_url + path)
    page.locator(rendered).first.wait_for()
    assert page.locator(rendered).count() > 3
    screenshot(page, "rendered")
    elsewhere = [url for url in requested if not url.startswith((server.base_url, "data:", "blob:"))]
    refused_logo = [e for e in page.script_errors if REDOC_LOGO in e and "Content Security Policy" in e]
    if path == "/redoc" and refused_logo:
        assert set(elsewhere) <= {REDOC_LOGO}, f"{path} asked another host for {elsewhere}"
        page.script_errors[:] = [e for e in page.script_errors if e not in refused_logo]
    else:
        assert not elsewhere, f"{path} asked another host for {elsewhere}"
