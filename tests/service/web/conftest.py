"""Fixtures of the review page's tests: a live server, Debian's Chromium through Playwright, corpus scans.

The browser is ``/usr/bin/chromium`` (installed by scripts/setup.sh), launched headless by Playwright with
the flags that keep it off the network and a fresh profile directory; Playwright never downloads a
browser here. The server is the service as deployed (``python -m service`` under uvicorn on 127.0.0.1,
the service tests' :class:`LiveServer`) on a temporary data directory.

Screenshots go to ``tests/artifacts/web/`` (git-ignored) for a person to look at.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent
if str(HERE) not in sys.path:
    sys.path.insert(0, str(HERE))

from test_service_live import LiveServer
from web_helpers import ARTIFACTS, CHROMIUM, CHROMIUM_ARGS


@pytest.fixture(scope="session")
def make_scans():
    """The scan generator (evaluation/make_scans.py)."""
    from evaluation import make_scans

    return make_scans


@pytest.fixture(scope="session")
def corpus_scan(make_scans) -> Path:
    """A two-page corpus document (syn_a06) as a degraded image-only scan (cached under build/scans)."""
    (scan_set,) = make_scans.ensure_scans(only=["syn_a06"])
    return scan_set.scan


@pytest.fixture(scope="module")
def server(tmp_path_factory) -> Iterator[LiveServer]:
    """One server for the module's tests (each test uploads bytes of its own, so they do not meet)."""
    base = tmp_path_factory.mktemp("web-server")
    live = LiveServer(base / "data", base / "server.log", WORKERS="1")
    live.start()
    yield live
    try:
        live.terminate()
    finally:
        live.stop()


@pytest.fixture(scope="session")
def playwright_instance():
    if not os.access(CHROMIUM, os.X_OK):
        pytest.fail(f"{CHROMIUM} is missing: run `bash scripts/setup.sh` (it installs Debian's chromium)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        yield playwright


@pytest.fixture
def browser(playwright_instance, tmp_path: Path):
    """A fresh Chromium profile for each test (no stored tokens, storage or cache between tests)."""
    context = playwright_instance.chromium.launch_persistent_context(
        str(tmp_path / "chromium-profile"), executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS,
        viewport={"width": 1280, "height": 800}, locale="vi-VN", timezone_id="Asia/Ho_Chi_Minh",
        accept_downloads=True,
    )
    context.set_default_timeout(15_000)
    yield context
    context.close()


@pytest.fixture
def page(browser):
    """A tab whose script errors and blocked resources (CSP) fail the test."""
    tab = browser.pages[0] if browser.pages else browser.new_page()
    errors: list[str] = []
    tab.on("pageerror", lambda exc: errors.append(f"uncaught: {exc}"))
    tab.on("console", lambda msg: errors.append(f"console.{msg.type}: {msg.text}") if msg.type == "error" else None)
    tab.script_errors = errors
    yield tab
    # Failed requests the page handles (a 422 it shows next to a field) are logged too; those are fine.
    bad = [e for e in errors if e.startswith("uncaught") or "Content Security Policy" in e or "Refused to" in e]
    assert not bad, "script errors or blocked resources on the page:\n" + "\n".join(errors)


@pytest.fixture
def screenshot(request) -> Callable[..., Path]:
    """``screenshot(page, "name")`` saves tests/artifacts/web/<test>-<name>.png and returns the path."""
    ARTIFACTS.mkdir(parents=True, exist_ok=True)

    def take(tab, name: str, **kwargs) -> Path:
        path = ARTIFACTS / f"{request.node.name}-{name}.png"
        tab.screenshot(path=str(path), **kwargs)
        return path

    return take
