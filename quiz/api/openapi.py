"""GET /api/v1/openapi.json: the OpenAPI 3.1 document, made from the registered calls' models."""

from __future__ import annotations

from typing import Any

from flask import jsonify

from quiz.api.common import bp
from quiz.api.fields import Json
from quiz.api.spec import PUBLIC, document, endpoint


@endpoint(bp, "GET", "/openapi.json", roles=PUBLIC, response=Json, tag="meta")
def openapi_json() -> Any:
    """This document (no token needed)."""
    return jsonify(document())


__all__ = ["document", "openapi_json"]
