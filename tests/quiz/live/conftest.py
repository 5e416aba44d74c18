"""Live-game fixtures: a class, a live assignment of three questions, signed-in players."""

from __future__ import annotations

import re

import pytest

from quiz.db import db
from quiz.models import Assignment, Mode, Question, QuestionSet, QuestionStatus, SetItem

QUESTIONS = [
    {"kind": "fact_or_claim", "skill": "Fact or claim", "prompt": "Fact or claim: the vote?",
     "options": ["Fact", "Claim"], "answer": 1, "explanation": "The mayor says so.",
     "evidence": {"line": 1, "text": "The mayor said the vote was fair."}},
    {"kind": "who_said", "skill": "Attribution", "prompt": "Who said the vote was fair?",
     "options": ["The mayor", "The council", "The police"], "answer": 0,
     "explanation": "'said' follows the mayor.", "evidence": None},
    {"kind": "fact_or_claim", "skill": "Fact or claim", "prompt": "Fact or claim: the budget?",
     "options": ["Fact", "Claim"], "answer": 0, "explanation": "Reported in the outlet's voice.",
     "evidence": None},
]  # fmt: skip


def gen_live_assignment(app, teacher_id: int, class_id: int, settings: dict | None = None):
    """A live assignment of QUESTIONS to the class; returns (assignment id, question ids)."""
    with app.app_context():
        qset = QuestionSet(owner_id=teacher_id, title="Live set", settings=settings or {})
        db.session.add(qset)
        db.session.flush()
        rows = [
            Question(owner_id=teacher_id, status=QuestionStatus.APPROVED, **q) for q in QUESTIONS
        ]
        db.session.add_all(rows)
        db.session.flush()
        db.session.add_all(
            SetItem(set_id=qset.id, question_id=q.id, position=i) for i, q in enumerate(rows)
        )
        assignment = Assignment(class_id=class_id, set_id=qset.id, mode=Mode.LIVE)
        db.session.add(assignment)
        db.session.commit()
        return assignment.id, [q.id for q in rows]


@pytest.fixture(autouse=True)
def stop_the_watcher(app):
    """The push channel's watcher thread ends with the test (before its database goes)."""
    yield
    hub = app.extensions.get("live_hub")
    if hub is not None:
        hub.stop()


@pytest.fixture
def make_live(app, teacher, classroom):
    """``make_live(settings)``: another live assignment of the class; (id, question ids)."""
    return lambda settings=None: gen_live_assignment(app, teacher, classroom, settings)


@pytest.fixture
def live_setup(app, teacher, classroom):
    assignment_id, qids = gen_live_assignment(app, teacher, classroom)
    return {"assignment_id": assignment_id, "questions": qids, "class_id": classroom}


@pytest.fixture
def player(another):
    """``player(nickname)``: a joined student's client (and their rejoin PIN)."""

    def make(nickname: str, code: str = "ABC234"):
        client, auth = another()
        resp = auth.join(code=code, nickname=nickname)
        assert resp.status_code == 302, resp.get_data(as_text=True)
        html = client.get("/welcome").get_data(as_text=True)
        pin = re.search(r'class="pin"[^>]*>(\d{4})<', html)
        return client, pin.group(1) if pin else None

    return make
