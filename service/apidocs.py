"""The API documentation pages, /docs (Swagger UI) and /redoc (ReDoc), served without the internet.

FastAPI's own pages load their scripts, styles and ReDoc's Google font from CDNs, so in an office without
internet they stay blank. Here the assets come from the ``fastapi-offline`` package (Swagger UI and ReDoc
bundles under its ``static/``, Apache 2.0 and MIT licences as stated in that package), mounted at
``/docs-assets``; the HTML is FastAPI's (``get_swagger_ui_html``, ``get_redoc_html``) pointed at them.

Each page carries a Content-Security-Policy that allows this origin only: the one inline script of the
Swagger page is allowed by its hash, styles inline (both libraries set style attributes), images also as
``data:``, and ReDoc's search worker from ``blob:``. Swagger UI's online validator badge is turned off; the
one outside address left in the bundles, the Redocly logo in ReDoc's menu footer, is refused by the policy.
"""

from __future__ import annotations

import base64
import hashlib
import importlib.resources
import re

from fastapi import FastAPI
from fastapi.openapi.docs import get_redoc_html, get_swagger_ui_html
from starlette.requests import Request
from starlette.responses import HTMLResponse
from starlette.staticfiles import StaticFiles

ASSETS_URL = "/docs-assets"
_INLINE_SCRIPT = re.compile(r"<script>(.*?)</script>", re.DOTALL)


def assets_dir() -> str:
    return str(importlib.resources.files("fastapi_offline") / "static")


def content_security_policy(html: str) -> str:
    hashes = " ".join(
        "'sha256-{}'".format(base64.b64encode(hashlib.sha256(script.encode("utf-8")).digest()).decode())
        for script in _INLINE_SCRIPT.findall(html)
    )
    return (
        f"default-src 'self'; script-src 'self' {hashes}".rstrip() + "; style-src 'self' 'unsafe-inline'; "
        "img-src 'self' data:; font-src 'self'; connect-src 'self'; worker-src 'self' blob:; object-src 'none'; "
        "base-uri 'none'; form-action 'self'; frame-ancestors 'none'"
    )


def _with_csp(page: HTMLResponse) -> HTMLResponse:
    page.headers["Content-Security-Policy"] = content_security_policy(page.body.decode("utf-8"))
    page.headers["Referrer-Policy"] = "no-referrer"
    return page


def install_api_docs(app: FastAPI) -> None:
    """Serve /docs and /redoc from local assets (create the app with ``docs_url=None, redoc_url=None``)."""
    app.mount(ASSETS_URL, StaticFiles(directory=assets_dir()), name="docs-assets")
    openapi_url = app.openapi_url or "/openapi.json"

    @app.get("/docs", include_in_schema=False)
    def swagger_ui(request: Request) -> HTMLResponse:
        root = request.scope.get("root_path", "")
        return _with_csp(get_swagger_ui_html(
            openapi_url=f"{root}{openapi_url}", title=f"{app.title} – API",
            swagger_js_url=f"{root}{ASSETS_URL}/swagger-ui-bundle.js",
            swagger_css_url=f"{root}{ASSETS_URL}/swagger-ui.css",
            swagger_favicon_url=f"{root}{ASSETS_URL}/favicon.png",
            swagger_ui_parameters={"validatorUrl": None},
        ))

    @app.get("/redoc", include_in_schema=False)
    def redoc(request: Request) -> HTMLResponse:
        root = request.scope.get("root_path", "")
        return _with_csp(get_redoc_html(
            openapi_url=f"{root}{openapi_url}", title=f"{app.title} – API",
            redoc_js_url=f"{root}{ASSETS_URL}/redoc.standalone.js",
            redoc_favicon_url=f"{root}{ASSETS_URL}/favicon.png", with_google_fonts=False,
        ))
