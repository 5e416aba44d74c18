"""Schemathesis drives every operation of the OpenAPI document against the app, in process.

Skipped when schemathesis is not installed; it needs no network (the app is called through WSGI).
Its pytest plugin does not run on pytest 9, so each operation's strategy is driven here directly.
"""

from __future__ import annotations

import pytest

schemathesis = pytest.importorskip("schemathesis")

from hypothesis import HealthCheck, given, settings  # noqa: E402
from schemathesis import checks  # noqa: E402

from quiz.api.openapi import document  # noqa: E402
from quiz.extensions import limiter  # noqa: E402

OPERATIONS = [
    (method, path)
    for path, item in document()["paths"].items()
    for method in item
    if method != "parameters"
]
CHECKS = [
    checks.not_a_server_error,
    checks.status_code_conformance,
    checks.content_type_conformance,
    checks.response_schema_conformance,
]


@pytest.mark.parametrize(
    ("method", "path"), OPERATIONS, ids=[f"{m.upper()} {p}" for m, p in OPERATIONS]
)
def test_the_app_keeps_its_document(app, api, quiz_setup, method, path):
    tokens = {"teacher": quiz_setup["teacher"], "student": api.student_token()}
    operation = schemathesis.openapi.from_wsgi("/api/v1/openapi.json", app)[path][method]
    role = "student" if "students" in document()["paths"][path][method]["tags"] else "teacher"

    @given(case=operation.as_strategy())
    @settings(
        max_examples=20, deadline=None, database=None, suppress_health_check=list(HealthCheck)
    )
    def run(case):
        limiter.reset()
        case.call_and_validate(headers={"Authorization": f"Bearer {tokens[role]}"}, checks=CHECKS)

    run()
