"""The declaration framework on a blueprint of its own: query strings, answers, the document."""

from __future__ import annotations

import pytest
from flask import Blueprint, Flask, Response
from pydantic import ValidationError

from quiz.api.common import ApiError, _api_error
from quiz.api.fields import In, Out, integer, text
from quiz.api.spec import PUBLIC, Media, document, endpoint

bp = Blueprint("spec_demo", __name__, url_prefix="/demo")
bp.register_error_handler(ApiError, _api_error)


class ListQuery(In):
    limit: integer(1, 50) = 10
    tags: list[str] = []


class ItemIn(In):
    name: text(20, squash=True)


class ItemOut(Out):
    id: int
    name: str


@endpoint(bp, "GET", "/items", roles=PUBLIC, query=ListQuery, response=list[ItemOut])
def list_items(query: ListQuery):
    """Items, as many as asked."""
    return [{"id": n, "name": ",".join(query.tags)} for n in range(1, query.limit + 1)]


@endpoint(
    bp, "PUT", "/items/{item_id}", roles=PUBLIC, body=ItemIn, responses={201: ItemOut, 200: ItemOut}
)
def put_item(item_id: int, body: ItemIn):
    """Create (201) or replace (200)."""
    return {"id": item_id, "name": body.name}, 201 if item_id == 1 else 200


@endpoint(bp, "DELETE", "/items/{item_id}", roles=PUBLIC, status=204)
def delete_item(item_id: int):
    """Gone."""


@endpoint(bp, "GET", "/items/{item_id}/wrong", roles=PUBLIC, response=ItemOut)
def wrong_item(item_id: int):
    """An answer that does not fit its model: extra, missing, or an undeclared status."""
    if item_id == 1:
        return {"id": 1, "name": "x", "secret": "leak"}
    if item_id == 2:
        return {"id": 2}
    return {"id": 3, "name": "x"}, 202


@endpoint(bp, "GET", "/items.csv", roles=PUBLIC, response=Media("text/csv"))
def items_csv():
    """CSV."""
    return Response("id\r\n1\r\n", mimetype="text/csv")


@pytest.fixture
def demo():
    app = Flask(__name__)
    app.testing = True
    app.register_blueprint(bp)
    return app.test_client()


def test_query_strings_are_read_and_checked(demo):
    resp = demo.get("/demo/items?limit=2&tags=a&tags=b")
    assert resp.status_code == 200
    assert resp.get_json() == [{"id": 1, "name": "a,b"}, {"id": 2, "name": "a,b"}]
    assert len(demo.get("/demo/items").get_json()) == 10
    for bad, field in [("limit=0", "limit"), ("limit=abc", "limit"), ("other=1", "other")]:
        resp = demo.get(f"/demo/items?{bad}")
        assert resp.status_code == 422 and resp.get_json()["error"]["field"] == field


def test_bodies_statuses_and_empty_answers(demo):
    assert demo.put("/demo/items/1", json={"name": " a  b "}).status_code == 201
    resp = demo.put("/demo/items/2", json={"name": "c"})
    assert resp.status_code == 200 and resp.get_json() == {"id": 2, "name": "c"}
    resp = demo.put("/demo/items/2", json={"name": "c", "extra": 1})
    assert resp.status_code == 422 and resp.get_json()["error"]["field"] == "extra"
    resp = demo.delete("/demo/items/5")
    assert resp.status_code == 204 and resp.get_data() == b""
    assert demo.delete("/demo/items/0").status_code == 404
    assert demo.delete("/demo/items/2147483648").status_code == 404
    assert demo.get("/demo/items.csv").mimetype == "text/csv"


def test_an_answer_that_breaks_its_model_never_leaves(demo):
    with pytest.raises(ValidationError):  # an undocumented field
        demo.get("/demo/items/1/wrong")
    with pytest.raises(ValidationError):  # a promised field missing
        demo.get("/demo/items/2/wrong")
    with pytest.raises(RuntimeError, match="202"):
        demo.get("/demo/items/3/wrong")


def test_the_document_lists_what_was_declared():
    doc = document("spec_demo")
    get = doc["paths"]["/items"]["get"]
    assert get["security"] == [] and get["summary"] == "Items, as many as asked."
    params = {p["name"]: p for p in get["parameters"]}
    assert params["limit"]["in"] == "query" and not params["limit"]["required"]
    assert params["limit"]["schema"]["maximum"] == 50
    put = doc["paths"]["/items/{item_id}"]["put"]
    assert {"200", "201", "400", "404", "413", "422"} <= set(put["responses"])
    assert put["requestBody"]["required"] is True
    delete = doc["paths"]["/items/{item_id}"]["delete"]
    assert "content" not in delete["responses"]["204"]
    csv = doc["paths"]["/items.csv"]["get"]["responses"]["200"]["content"]
    assert csv == {"text/csv": {"schema": {"type": "string"}}}
    out = doc["components"]["schemas"]["ItemOut"]
    assert out["required"] == ["id", "name"] and out["additionalProperties"] is False
