"""Schemathesis against the generated OpenAPI schema: no request it can think of gets a 500.

It runs against the ASGI app in process (lifespan started by schemathesis), with a bounded number of
examples per operation so that the suite stays fast. Every other case that names a document is pointed at a
real, processed document, so that generated corrections, filters and exports reach the code behind the
404 for unknown ids. Besides "no server error", each response must be declared by the schema (status code,
content type, body shape), and every error must be problem+json.
"""

from __future__ import annotations

import itertools
import tempfile
import time
from pathlib import Path

import pytest
import schemathesis
from hypothesis import HealthCheck, settings
from schemathesis.checks import not_a_server_error
from schemathesis.python import asgi
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    response_schema_conformance,
    status_code_conformance,
)
from svc_helpers import SEED_TEXT, make_settings

from service.app import create_app

pytestmark = pytest.mark.slow

MAX_EXAMPLES = 25
CHECKS = [not_a_server_error, status_code_conformance, content_type_conformance, response_schema_conformance]

_data = tempfile.TemporaryDirectory(prefix="docintel-schemathesis-")
app = create_app(make_settings(Path(_data.name)))
schema = schemathesis.openapi.from_asgi("/openapi.json", app)
_alternate = itertools.cycle([True, False])


@pytest.fixture(scope="module")
def real_document_id() -> str:
    with asgi.get_client(app) as client:
        doc_id = client.post("/v1/documents", files={"file": ("seed.txt", SEED_TEXT)}).json()["id"]
        deadline = time.monotonic() + 60
        while client.get(f"/v1/documents/{doc_id}").json()["status"] != "done":
            assert time.monotonic() < deadline
            time.sleep(0.1)
    yield doc_id
    shutdown = getattr(asgi, "shutdown_lifespans", None)  # stops the app's workers (newer schemathesis)
    if shutdown is not None:
        shutdown()
    _data.cleanup()


@schema.parametrize()
@settings(max_examples=MAX_EXAMPLES, deadline=None, suppress_health_check=list(HealthCheck))
def test_no_request_gets_a_server_error(case, real_document_id):
    if "document_id" in (case.path_parameters or {}) and next(_alternate):
        case.path_parameters["document_id"] = real_document_id
    if "key" in (case.path_parameters or {}) and next(_alternate):  # a follow-up item of that document
        with asgi.get_client(app) as client:
            items = client.get("/v1/followup", params={"limit": 200}).json()["items"]
        case.path_parameters["key"] = next(i["key"] for i in items if i["document"]["id"] == real_document_id)
    response = case.call()
    case.validate_response(response, checks=CHECKS)
    if response.status_code >= 400:
        assert response.headers["content-type"] == ["application/problem+json"], response.text
