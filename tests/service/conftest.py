"""Fixtures of the service tests: settings on a temporary data directory and TestClients.

This directory goes on ``sys.path`` so that tests import ``svc_helpers`` and the app can load the test
processors (``svc_processors:…``) by module path, as ``DOCINTEL_PROCESSOR`` would.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from contextlib import ExitStack
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent
if str(HERE) not in sys.path:
    sys.path.insert(0, str(HERE))

from fastapi.testclient import TestClient
from svc_helpers import make_settings

from service.app import create_app
from service.settings import Settings


def _setting_env_names() -> set[str]:
    names = set()
    for field in Settings.model_fields.values():
        choices = getattr(field.validation_alias, "choices", [])
        names |= {c for c in choices if isinstance(c, str) and c.isupper()}
    return names


@pytest.fixture(autouse=True)
def _no_service_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    """Tests set what they need; a DATABASE_URL, API_TOKEN or WORKERS in the caller's environment must not
    leak into them (nor into the servers they start)."""
    for name in _setting_env_names():
        monkeypatch.delenv(name, raising=False)


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return make_settings(tmp_path)


@pytest.fixture
def client(settings: Settings) -> Iterator[TestClient]:
    with TestClient(create_app(settings)) as test_client:
        yield test_client


@pytest.fixture
def image_client(tmp_path: Path) -> Iterator[TestClient]:
    """A client whose processor gives every page an image (as OCR'd input has)."""
    with TestClient(create_app(make_settings(tmp_path, processor="svc_processors:paged_with_images"))) as test_client:
        yield test_client


@pytest.fixture
def make_client(tmp_path: Path) -> Iterator[Callable[..., TestClient]]:
    """``make_client(**settings)``: a started TestClient on its own settings (closed after the test)."""
    with ExitStack() as stack:

        def make(**overrides) -> TestClient:
            return stack.enter_context(TestClient(create_app(make_settings(tmp_path, **overrides))))

        yield make


@pytest.fixture(scope="session")
def postgres_server() -> Iterator[object]:
    """A PostgreSQL server of its own for the session (tests/service/servers.py)."""
    from servers import PostgresServer, servers_available

    if (why := servers_available()) is not None:
        pytest.skip(why)
    server = PostgresServer().start()
    yield server
    server.stop()


@pytest.fixture(scope="session")
def redis_server() -> Iterator[object]:
    """A Redis server of its own for the session (tests/service/servers.py)."""
    from servers import RedisServer, servers_available

    if (why := servers_available()) is not None:
        pytest.skip(why)
    server = RedisServer().start()
    yield server
    server.close()
