"""A small story with furniture, a crosshead, two attributed claims and one question of each main
kind, assigned to a class: the students' pages are tested on it."""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from quiz.db import db
from quiz.models import (
    Assignment,
    Claim,
    Question,
    QuestionSet,
    QuestionStatus,
    SetItem,
    Story,
)

LINES = [
    "Council approves budget after a long night",
    "Image: The council chamber on Monday",
    "The council approved the budget on Monday.",
    "Mayor Ann Lee said the budget was fair.",
    "Advertisement",
    "Reactions",
    "The union denied that jobs would be cut.",
]
TEXT = "\n".join(LINES) + "\n"
MAYOR = "Mayor Ann Lee said the budget was fair."
UNION = "The union denied that jobs would be cut."
FACT = "The council approved the budget on Monday."
EXPLAIN_WHO = "these are the mayor's own words"
EXPLAIN_FACT = "no source is named, so the outlet reports it as fact"
EXPLAIN_CLAIM = "the union is the source of this denial"
EXPLAIN_SPOT = "the words that name the union and its denial"
OPTIONS = ["Reported as fact by the outlet", "A claim the story attributes to someone"]


def span(sub: str, within: str = "") -> list[int]:
    """The [start, end) span of ``sub`` in the story text (inside ``within`` when given)."""
    base = TEXT.index(within) if within else 0
    start = TEXT.index(sub, base)
    return [start, start + len(sub)]


def evidence(sentence: str, line: int, source: str | None = None, cue: str | None = None):
    return {
        "line": line,
        "span": span(sentence),
        "text": sentence,
        "cue": cue,
        "source_span": span(source, sentence) if source else None,
        "cue_span": span(cue, sentence) if cue else None,
    }


QUESTIONS = [
    {
        "kind": "who_said",
        "skill": "Attribution",
        "prompt": "According to the story, who said the budget was fair?",
        "options": ["The union", "Ann Lee", "The council"],
        "answer": 1,
        "explanation": f"The story says: “{MAYOR}” — *Mayor Ann Lee said*: {EXPLAIN_WHO}.",
        "evidence": evidence(MAYOR, 4, "Mayor Ann Lee", "said"),
    },
    {
        "kind": "fact_or_claim",
        "skill": "Fact or claim",
        "prompt": f"“{FACT}” — Does the story report this as fact, or as someone's claim?",
        "options": OPTIONS,
        "answer": 0,
        "explanation": f"The story says “{FACT}” in its own voice: {EXPLAIN_FACT}.",
        "evidence": evidence(FACT, 3),
    },
    {
        "kind": "spot_the_cue",
        "skill": "Attribution",
        "prompt": "Which words in this sentence show who is making the claim, and how?",
        "options": UNION.split(),
        "answer": [0, 1, 2],
        "explanation": f"In “{UNION}” the words *The union denied* are {EXPLAIN_SPOT}.",
        "evidence": evidence(UNION, 7, "The union", "denied"),
    },
    {
        "kind": "fact_or_claim",
        "skill": "Fact or claim",
        "prompt": f"“{UNION}” — Does the story report this as fact, or as someone's claim?",
        "options": OPTIONS,
        "answer": 1,
        "explanation": f"The story says: “{UNION}” — *The union denied*: {EXPLAIN_CLAIM}.",
        "evidence": evidence(UNION, 7, "The union", "denied"),
    },
]
ANALYSIS = {
    "title": LINES[0],
    "dropped": [{"line": 2, "reason": "caption"}, {"line": 5, "reason": "advert"}],
    "headings": [6],
    "verification": [
        {"line": 4, "by": "the outlet", "status": "unverified", "object": "the budget was fair"}
    ],
}


def claim_rows() -> list[Claim]:
    return [
        Claim(
            line=4,
            sentence=MAYOR,
            source="Ann Lee",
            source_text="Mayor Ann Lee",
            source_span=span("Mayor Ann Lee"),
            cue="said",
            cue_span=span("said", MAYOR),
            content="the budget was fair",
            content_span=span("the budget was fair"),
            stance="asserts",
            quote="indirect",
        ),
        Claim(
            line=7,
            sentence=UNION,
            source="The union",
            source_text="The union",
            source_span=span("The union"),
            cue="denied",
            cue_span=span("denied"),
            content="jobs would be cut",
            content_span=span("jobs would be cut"),
            stance="denies",
            quote="indirect",
        ),
    ]


@dataclass
class Quiz:
    assignment: int
    story: int
    questions: list[int]  # in the set's order: who_said, fact, spot_the_cue, claim

    def q(self, i: int) -> str:
        return f"/play/{self.assignment}/q/{self.questions[i]}"


@pytest.fixture
def make_quiz(app, teacher, classroom):
    """``make_quiz(settings=None)``: the story, its four questions, an assignment to the class."""

    def build(settings: dict | None = None) -> Quiz:
        with app.app_context():
            story = Story(
                owner_id=teacher,
                title=LINES[0],
                text=TEXT,
                text_hash=Story.hash_text(TEXT),
                outlet="Town Gazette",
                analysis=ANALYSIS,
            )
            story.claims = claim_rows()
            db.session.add(story)
            db.session.flush()
            rows = [
                Question(owner_id=teacher, story_id=story.id, status=QuestionStatus.APPROVED, **q)
                for q in QUESTIONS
            ]
            db.session.add_all(rows)
            db.session.flush()
            qset = QuestionSet(owner_id=teacher, title="Budget night", settings=settings or {})
            qset.items = [SetItem(question_id=q.id, position=i) for i, q in enumerate(rows)]
            db.session.add(qset)
            db.session.flush()
            assignment = Assignment(class_id=classroom, set_id=qset.id)
            db.session.add(assignment)
            db.session.commit()
            return Quiz(assignment.id, story.id, [q.id for q in rows])

    return build


@pytest.fixture
def student(client, auth):
    """A student of the class, signed in."""
    auth.join(nickname="Sam")
    return client


@pytest.fixture
def answer(client, csrf):
    """``answer(quiz, i, choice, **extra)``: post an answer to the quiz's i-th question."""

    def post(quiz: Quiz, i: int, choice, **extra):
        choices = choice if isinstance(choice, list) else [choice]
        data = {"csrf_token": csrf(client, "/"), "question_id": quiz.questions[i]}
        data |= {k: str(v) for k, v in extra.items()}
        data["choice"] = [str(c) for c in choices]
        return client.post(f"/play/{quiz.assignment}/answer", data=data)

    return post
