"""The ``api`` helper: JSON calls with bearer headers, and small ``gen_*`` factories for the API."""

from __future__ import annotations

from typing import Any

import pytest

from quiz.db import db
from quiz.models import Question, QuestionStatus

BASE = "/api/v1"
TEACHER_PASSWORD = "correct horse battery"  # the root conftest's teacher


class Api:
    """Calls the API as a client would: JSON bodies, ``Authorization: Bearer`` headers."""

    def __init__(self, client):
        self.client = client

    def call(self, method: str, path: str, token: str | None = None, json: Any = None, **kw):
        headers = kw.pop("headers", {})
        if token:
            headers["Authorization"] = f"Bearer {token}"
        if json is not None:
            kw["json"] = json
        return self.client.open(BASE + path, method=method, headers=headers, **kw)

    def get(self, path: str, token: str | None = None, **kw):
        return self.call("GET", path, token, **kw)

    def post(self, path: str, token: str | None = None, json: Any = None, **kw):
        return self.call("POST", path, token, json, **kw)

    def patch(self, path: str, token: str | None = None, json: Any = None, **kw):
        return self.call("PATCH", path, token, json, **kw)

    def delete(self, path: str, token: str | None = None, **kw):
        return self.call("DELETE", path, token, **kw)

    def teacher_token(self, username: str = "ms-rivera", password: str | None = None) -> str:
        resp = self.post(
            "/tokens", json={"username": username, "password": password or TEACHER_PASSWORD}
        )
        assert resp.status_code == 201, resp.get_json()
        return resp.get_json()["token"]

    def join(self, nickname: str = "Sam", code: str = "ABC234") -> dict[str, Any]:
        resp = self.post("/join", json={"join_code": code, "nickname": nickname})
        assert resp.status_code == 201, resp.get_json()
        return resp.get_json()

    def student_token(self, nickname: str = "Sam", code: str = "ABC234") -> str:
        return self.join(nickname, code)["token"]


@pytest.fixture
def api(client) -> Api:
    return Api(client)


@pytest.fixture
def tteacher(api, teacher) -> str:
    """A bearer token of the default teacher (``ms-rivera``)."""
    return api.teacher_token()


def gen_question(
    app,
    owner_id: int,
    *,
    kind: str = "fact_or_claim",
    skill: str = "Fact or claim",
    options: list[str] | None = None,
    answer: Any = 1,
    status: QuestionStatus = QuestionStatus.APPROVED,
    prompt: str = "Is this reported as fact or as a claim?",
) -> int:
    """Store a question directly and return its id."""
    with app.app_context():
        row = Question(
            owner_id=owner_id,
            kind=kind,
            skill=skill,
            prompt=prompt,
            options=options or ["Fact", "Claim"],
            answer=answer,
            explanation="The outlet attributes it with 'said'.",
            evidence={"line": 1, "span": [0, 5], "text": "x", "cue": "said"},
            status=status,
        )
        db.session.add(row)
        db.session.commit()
        return row.id


@pytest.fixture
def make_question(app):
    return lambda owner_id, **kw: gen_question(app, owner_id, **kw)


SPOT_WORDS = ["Russia", "says", "the", "drone", "was", "shot", "down"]


@pytest.fixture
def quiz_setup(api, app, teacher, classroom, tteacher, make_question):
    """A class with a set of three questions (two skills) assigned; returns ids and tokens."""
    q1 = make_question(teacher)
    q2 = make_question(teacher, answer=0)
    q3 = make_question(
        teacher, kind="spot_the_cue", skill="Attribution", options=SPOT_WORDS, answer=[0, 1]
    )
    qset = api.post("/sets", tteacher, json={"title": "Week 1", "question_ids": [q1, q2, q3]})
    assert qset.status_code == 201, qset.get_json()
    set_id = qset.get_json()["id"]
    assignment = api.post(
        f"/classes/{classroom}/assignments", tteacher, json={"set_id": set_id, "mode": "self_paced"}
    )
    assert assignment.status_code == 201, assignment.get_json()
    return {
        "teacher": tteacher,
        "class_id": classroom,
        "set_id": set_id,
        "assignment_id": assignment.get_json()["id"],
        "questions": [q1, q2, q3],
    }
