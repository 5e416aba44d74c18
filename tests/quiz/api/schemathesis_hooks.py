"""Schemathesis hooks for ``test_schemathesis.py`` (loaded through ``SCHEMATHESIS_HOOKS``).

One check is made precise, not weaker: ``positive_data_acceptance`` fails any 4xx other than
401/403/404/409/429 for a body that fits the schema. This API answers 422 with the code ``rule``
(never ``invalid``) when a body fits the schema but breaks a rule that JSON Schema cannot state —
an id that is not one of the caller's, an answer index past the options sent — and documents that
422 on every call that has such rules. Every other rejection of schema-valid data still fails.
"""

from __future__ import annotations

import json

import schemathesis
from schemathesis.specs.openapi.checks import positive_data_acceptance


def _code(content: bytes) -> str | None:
    try:
        return json.loads(content)["error"]["code"]
    except (ValueError, KeyError, TypeError):
        return None


@schemathesis.check
def positive_data_acceptance_except_rules(ctx, response, case):
    """Schema-valid data is accepted, or refused only by a documented rule (422, code ``rule``)."""
    if response.status_code == 422 and _code(response.content) == "rule":
        return None
    return positive_data_acceptance(ctx, response, case)
