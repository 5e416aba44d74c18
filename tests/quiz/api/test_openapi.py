"""The OpenAPI document matches the server: the same routes, and real answers fit its schemas."""

from __future__ import annotations

import re
from typing import Any

import jsonschema_rs
import pytest

from quiz.api.openapi import document

SKIP_METHODS = {"HEAD", "OPTIONS"}
CONVERTER = re.compile(r"<(?:[^:<>]+:)?([^<>]+)>")


def api_routes(app) -> set[tuple[str, str]]:
    """(OpenAPI path, method) of every route of the API blueprint."""
    out = set()
    for rule in app.url_map.iter_rules():
        if rule.endpoint.startswith("api."):
            path = CONVERTER.sub(r"{\1}", rule.rule.removeprefix("/api/v1"))
            out |= {(path, m.lower()) for m in rule.methods - SKIP_METHODS}
    return out


def documented(doc: dict) -> set[tuple[str, str]]:
    return {(p, m) for p, ops in doc["paths"].items() for m in ops if m != "parameters"}


def test_served_without_a_token(api, app):
    resp = api.get("/openapi.json")
    assert resp.status_code == 200
    doc = resp.get_json()
    assert doc["openapi"].startswith("3.1")
    assert doc["components"]["securitySchemes"]["bearer"] == {"type": "http", "scheme": "bearer"}


def test_every_route_is_documented_and_nothing_else(app):
    assert api_routes(app) == documented(document())


def test_security_matches_each_view(api, quiz_setup):
    """Without a token every call but the public ones is 401; with the wrong role's token, 403."""
    tokens = {"teachers": quiz_setup["teacher"], "students": api.student_token()}
    for path, ops in document()["paths"].items():
        url = re.sub(r"{\w+}", "1", path)
        for method, op in ops.items():
            anonymous = api.call(method.upper(), url)
            if op.get("security") == []:
                assert anonymous.status_code != 401, f"{method} {path} needs no token"
                continue
            assert anonymous.status_code == 401, f"{method} {path}"
            assert "401" in op["responses"]
            (tag,) = op["tags"]
            if tag in tokens:
                other = tokens["students" if tag == "teachers" else "teachers"]
                assert api.call(method.upper(), url, other).status_code == 403, f"{method} {path}"
                assert "403" in op["responses"]
            else:
                assert "403" not in op["responses"], f"{method} {path}"


def test_path_parameters_are_declared(app):
    for path, item in document()["paths"].items():
        names = re.findall(r"{(\w+)}", path)
        for op in item.values():
            params = [p for p in op.get("parameters", []) if p["in"] == "path"]
            assert [p["name"] for p in params] == names
            assert all(p["schema"]["maximum"] == 2**31 - 1 for p in params)


def refs(value: Any) -> list[str]:
    if isinstance(value, dict):
        return [value["$ref"]] if "$ref" in value else [r for v in value.values() for r in refs(v)]
    if isinstance(value, list):
        return [r for v in value for r in refs(v)]
    return []


def test_every_reference_resolves():
    doc = document()
    for ref in refs(doc):
        assert ref.removeprefix("#/components/schemas/") in doc["components"]["schemas"], ref


# -- answers checked with a real JSON Schema 2020-12 validator -----------------------------------


def check(value: Any, schema: dict, doc: dict, where: str = "$") -> None:
    """Assert ``value`` fits ``schema`` (its references into ``doc``); the message says where."""
    root = {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "components": doc["components"],
    }
    errors = list(jsonschema_rs.Draft202012Validator(root | schema).iter_errors(value))
    assert not errors, f"{where}: {errors[0]}"


def fits_document(method: str, path: str, resp) -> None:
    """The answer's status is documented for the operation, and its JSON fits the schema."""
    doc = document()
    template = next(
        p
        for p in doc["paths"]
        if re.fullmatch(re.sub(r"{\w+}", r"[^/]+", p), path) and method.lower() in doc["paths"][p]
    )
    responses = doc["paths"][template][method.lower()]["responses"]
    assert str(resp.status_code) in responses, f"{method} {path}: {resp.status_code} undocumented"
    content = responses[str(resp.status_code)].get("content", {})
    if not content:
        assert resp.get_data() == b""
        return
    assert resp.mimetype in content, f"{method} {path}: {resp.mimetype} undocumented"
    if resp.mimetype == "application/json":
        check(resp.get_json(), content["application/json"]["schema"], doc, f"{method} {path}")


@pytest.fixture
def recorded_calls(api, quiz_setup, monkeypatch):
    """Every call the test makes through ``api`` is recorded with its answer."""
    calls = []
    real = api.call

    def call(method, path, token=None, json=None, **kw):
        resp = real(method, path, token, json, **kw)
        calls.append((method, path.split("?")[0], resp))
        return resp

    monkeypatch.setattr(api, "call", call)
    return calls


def test_real_answers_fit_the_document(api, quiz_setup, recorded_calls):
    """Walk every call, happy and unhappy, and check each answer against the document."""
    t = quiz_setup["teacher"]
    story = api.post(
        "/stories", t, json={"title": "A", "text": "The mayor said taxes would rise.\n"}
    )
    story_id = story.get_json()["stories"][0]["id"]
    long_text = "The council said the budget for the schools was fair and would hold.\n" * 320
    asked = {"title": "Long", "text": long_text}
    queued = api.post("/stories", t, json=asked, headers={"Prefer": "respond-async"})
    assert queued.status_code == 202  # analysed by the job queue (immediate in tests)
    assert api.get(f"/imports/{queued.get_json()['id']}", t).get_json()["status"] == "done"
    api.get(f"/stories/{story_id}", t)
    api.get(f"/stories/{story_id}/questions", t)
    api.get("/stories/999", t)
    api.get("/classes", t)
    api.post("/classes", t, json={"name": "B"})
    api.post("/classes", t, json={"name": 1})
    api.get(f"/classes/{quiz_setup['class_id']}/students", t)
    q = api.post(
        "/questions",
        t,
        json={"kind": "fact_or_claim", "prompt": "?", "options": ["a", "b"], "answer": 0},
    )
    api.patch(f"/questions/{q.get_json()['id']}", t, json={"status": "draft"})
    api.post("/sets", t, json={"title": "S", "question_ids": [q.get_json()["id"]]})
    api.post("/sets", t, json={"title": "S", "question_ids": [q.get_json()["id"]], "settings": {}})
    api.post(
        f"/classes/{quiz_setup['class_id']}/assignments", t, json={"set_id": quiz_setup["set_id"]}
    )
    joined = api.post("/join", json={"join_code": "ABC234", "nickname": "Sam"}).get_json()
    api.post("/join", json={"join_code": "ABC234", "nickname": "Sam"})
    api.post(
        "/join", json={"join_code": "ABC234", "nickname": "Sam", "rejoin_pin": joined["rejoin_pin"]}
    )
    s = joined["token"]
    api.get("/assignments", s)
    api.get(f"/assignments/{quiz_setup['assignment_id']}/stories", s)
    api.get("/classes", s)
    api.get("/classes")
    attempt = api.post(f"/assignments/{quiz_setup['assignment_id']}/attempts", s).get_json()[
        "attempt_id"
    ]
    api.post(f"/assignments/{quiz_setup['assignment_id']}/attempts", s)
    q1 = quiz_setup["questions"][0]
    for choice in (1, 1, 0, 9):
        api.post(f"/attempts/{attempt}/answers", s, json={"question_id": q1, "choice": choice})
    api.post(f"/attempts/{attempt}/answers", s, data="{not json")
    api.post(f"/attempts/{attempt}/finish", s)
    api.post(
        f"/attempts/{attempt}/answers",
        s,
        json={"question_id": quiz_setup["questions"][1], "choice": 0},
    )
    api.get(f"/assignments/{quiz_setup['assignment_id']}/results", t)
    api.get(f"/assignments/{quiz_setup['assignment_id']}/results.csv", t)
    api.get(f"/assignments/{quiz_setup['assignment_id']}/leaderboard", s)
    api.get(f"/classes/{quiz_setup['class_id']}/leaderboard", t)
    # The roster calls (a second student, so Sam's results above stay).
    kim = api.post("/join", json={"join_code": "ABC234", "nickname": "Kim"}).get_json()
    api.patch(f"/students/{kim['student_id']}", t, json={"nickname": "Kimberly", "team": None})
    api.patch(f"/students/{kim['student_id']}", t, json={"nickname": "Sam"})
    api.patch(f"/students/{kim['student_id']}", t, json={"team": "Nobody"})
    api.post(f"/students/{kim['student_id']}/pin", t)
    api.delete(f"/students/{kim['student_id']}", t)
    api.delete(f"/students/{kim['student_id']}", t)
    api.post("/tokens", json={"username": "ms-rivera", "password": "nope"})
    spare = api.teacher_token()
    spare_id = next(t["id"] for t in api.get("/tokens", spare).get_json() if t["current"])
    api.delete(f"/tokens/{spare_id}", t)
    api.delete("/tokens/999", t)
    api.delete("/tokens/current", s)
    api.get("/openapi.json")
    set_id, aid = quiz_setup["set_id"], quiz_setup["assignment_id"]
    api.get("/sets", t)
    api.get(f"/sets/{set_id}", t)
    api.patch(f"/sets/{set_id}", t, json={"title": "Renamed", "settings": {"confidence": 3}})
    api.patch(f"/sets/{set_id}", t, json={"settings": {"question_time_s": 1}})
    copy = api.post(f"/sets/{set_id}/duplicate", t).get_json()["id"]
    for fmt in ("gift", "moodle_xml", "json"):
        exported = api.get(f"/sets/{set_id}/export?format={fmt}", t)
    api.post("/sets/import", t, json={"format": "json", "content": exported.get_data(as_text=True)})
    api.post("/sets/import", t, json={"format": "gift", "content": "Broken {#1}"})
    api.delete(f"/sets/{set_id}", t)
    api.delete(f"/sets/{copy}", t)
    api.patch(f"/assignments/{aid}", t, json={"title": "Monday", "status": "closed"})
    api.patch(
        f"/assignments/{aid}",
        t,
        json={"opens_at": "2030-01-02T00:00:00Z", "closes_at": "2030-01-01T00:00:00Z"},
    )
    api.delete(f"/assignments/{aid}", t)
    # A live game: host, player, answers (the live helper's calls).
    first = quiz_setup["questions"][0]
    live_set = api.post("/sets", t, json={"title": "L", "question_ids": [first]}).get_json()["id"]
    live_body = {"set_id": live_set, "mode": "live"}
    live_a = api.post(f"/classes/{quiz_setup['class_id']}/assignments", t, json=live_body)
    live_a = live_a.get_json()["id"]
    game = api.post(f"/assignments/{live_a}/live", t, json={}).get_json()["game_id"]
    api.post(f"/assignments/{live_a}/live", t, json={})
    lee = api.post("/join", json={"join_code": "ABC234", "nickname": "Lee"}).get_json()["token"]
    me = api.post(f"/assignments/{live_a}/live/join", lee, json={}).get_json()["me"]
    api.get(f"/live/{game}", t)
    api.get(f"/live/{game}/me", lee)
    for step in ("start", "start", "pause", "extend", "resume"):
        api.post(f"/live/{game}/{step}", t, json={})
    sent = {"attempt_id": me["attempt_id"], "question_id": first, "choice": 1}
    for choice in (1, 1, 0):
        api.post(f"/live/{game}/answers", lee, json=sent | {"choice": choice})
    for step in ("reveal", "advance", "end"):
        api.post(f"/live/{game}/{step}", t, json={})
    api.get(f"/live/{game}/me", lee)
    statuses = set()
    for method, path, resp in recorded_calls:
        fits_document(method, path, resp)
        statuses.add(resp.status_code)
    assert {200, 201, 204, 400, 401, 403, 404, 409, 422} <= statuses
    assert {(m, re.sub(r"/\d+", "/{id}", p)) for m, p, _ in recorded_calls} >= {
        (m.upper(), re.sub(r"{\w+}", "{id}", p)) for p, m in documented(document())
    }


@pytest.mark.parametrize(
    ("value", "schema_name"),
    [
        (
            {"correct": True, "answer": 1, "explanation": "", "evidence": None},
            "Feedback",
        ),  # no score
        (
            {"correct": "yes", "answer": 1, "explanation": "", "evidence": None, "score": 0},
            "Feedback",
        ),
        ({"entries": [{"rank": 0, "nickname": "a", "score": 1}]}, "Leaderboard"),
        ({"id": 1, "name": "x", "join_code": "A", "extra": 1}, "ClassOut"),
        ({"id": 1, "kind": "nope", "prompt": "?", "options": []}, "StudentQuestion"),
        ({"error": {"code": "x"}}, "Error"),
    ],
)
def test_the_checker_catches_a_mismatch(value, schema_name):
    doc = document()
    with pytest.raises(AssertionError):
        check(value, {"$ref": f"#/components/schemas/{schema_name}"}, doc)


def test_the_document_states_what_a_schema_cannot(app):
    """Rules the JSON Schema cannot carry are said in words: the team by name, text that is not
    valid Unicode, and the verdict withheld with feedback at the end."""
    doc = document()
    schemas = doc["components"]["schemas"]
    patch = doc["paths"]["/students/{student_id}"]["patch"]
    body = patch["requestBody"]["content"]["application/json"]["schema"]
    team = schemas[body["$ref"].rsplit("/", 1)[-1]]["properties"]["team"]
    assert "NAME" in team["description"] and "null" in team["description"]
    assert "team" in patch["description"]
    assert "lone surrogate" in doc["info"]["description"]
    answer = doc["paths"]["/attempts/{attempt_id}/answers"]["post"]
    assert "lone surrogate" in answer["responses"]["422"]["description"]
    out = answer["responses"]["201"]["content"]["application/json"]["schema"]
    feedback = schemas[out["$ref"].rsplit("/", 1)[-1]]
    assert "withheld" in feedback["required"] and "feedback" in feedback["description"]
    assert {"type": "null"} in feedback["properties"]["correct"]["anyOf"]
