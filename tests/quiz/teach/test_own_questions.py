"""Teachers write their own questions in the pages, checked by the one validation service."""

from __future__ import annotations

import pytest
import sqlalchemy as sa

from quiz.db import db
from quiz.models import Origin, Question, QuestionSet, QuestionStatus, SetItem
from quiz.services import questions_authoring as authoring

NEW = "/teach/questions/new"


def post(client, csrf, data):
    return client.post(NEW, data={"csrf_token": csrf(client, NEW), **data})


def stored(app):
    with app.app_context():
        return db.session.scalars(sa.select(Question).order_by(Question.id)).all()


def test_write_a_choice_question_into_a_set(app, client, auth, csrf, teacher):
    auth.login()
    with app.app_context():
        qset = QuestionSet(owner_id=teacher, title="Mine", settings={})
        db.session.add(qset)
        db.session.commit()
        set_id = qset.id
    data = {
        "kind": "who_said",
        "prompt": "Who said the budget was fair?",
        "options": "The mayor\nThe council\nThe police",
        "answer": "1",
        "explanation": "The mayor said so in line 2.",
        "set_id": str(set_id),
    }
    response = post(client, csrf, data)
    assert response.status_code == 302 and f"/teach/sets/{set_id}" in response.headers["Location"]
    (row,) = stored(app)
    assert (row.kind, row.skill, row.answer, row.status, row.origin) == (
        "who_said",
        "Attribution",
        0,
        QuestionStatus.APPROVED,
        Origin.TEACHER,
    )
    with app.app_context():
        assert db.session.scalar(sa.select(SetItem.question_id)) == row.id


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"prompt": "who said it"}, "question mark"),
        ({"options": "The mayor\nThe mayor\nThe police"}, "Two options are the same"),
        ({"options": "A\nB"}, "needs 3 or 4 options"),
        ({"answer": "9"}, "Say which option is right"),
        ({"prompt": "Who said the mayor was right?"}, "names the right answer"),
    ],
)
def test_engine_rules_reject_with_a_message(app, client, auth, csrf, teacher, change, message):
    auth.login()
    data = {
        "kind": "who_said",
        "prompt": "Who said the budget was fair?",
        "options": "The mayor\nThe council\nThe police",
        "answer": "1",
    } | change
    response = post(client, csrf, data)
    assert response.status_code == 400 and message in response.get_data(as_text=True)
    assert stored(app) == []


def test_fact_or_claim_gets_the_standard_options(app, client, auth, csrf, teacher):
    auth.login()
    data = {
        "kind": "fact_or_claim",
        "prompt": "The mayor said it was fair. Fact or claim?",
        "answer": "2",
    }
    assert post(client, csrf, data).status_code == 302
    (row,) = stored(app)
    assert row.options == authoring.BINARY_OPTIONS["fact_or_claim"] and row.answer == 1


def test_spot_the_cue_by_marking_words(app, client, auth, csrf, teacher, make_story):
    story_id, _ = make_story(teacher, text="Budget news.\nThe mayor said the budget was fair.\n")
    auth.login()
    data = {
        "kind": "spot_the_cue",
        "prompt": "Which words say who made the claim?",
        "sentence": "The mayor said the budget was fair.",
        "story_id": str(story_id),
    }
    step = post(client, csrf, data)
    assert step.status_code == 200 and 'name="marked"' in step.get_data(as_text=True)
    assert stored(app) == []
    none = post(client, csrf, data | {"step": "mark"})
    assert none.status_code == 400 and "Mark at least one word" in none.get_data(as_text=True)
    done = client.post(
        NEW,
        data={"csrf_token": csrf(client, NEW), **data, "step": "mark", "marked": ["2", "1"]},
    )
    assert done.status_code == 302
    (row,) = stored(app)
    assert row.answer == [1, 2] and row.options[1] == "mayor" and row.story_id == story_id
    assert (
        row.evidence["line"] == 2 and row.evidence["text"] == "The mayor said the budget was fair."
    )


def test_passage_must_be_in_the_story(app, client, auth, csrf, teacher, make_story):
    story_id, _ = make_story(teacher)
    auth.login()
    data = {
        "kind": "who_said",
        "prompt": "Who approved the budget?",
        "options": "The council\nThe mayor\nThe police",
        "answer": "1",
        "story_id": str(story_id),
        "passage": "Words that are not there.",
    }
    response = post(client, csrf, data)
    assert response.status_code == 400 and "exactly as it is in the story" in response.get_data(
        as_text=True
    )
    ok = post(client, csrf, data | {"passage": "The council approved the budget"})
    assert ok.status_code == 302
    (row,) = stored(app)
    assert row.evidence["span"] == [0, 31]


def test_another_teachers_story_and_set_are_refused(
    app, client, auth, csrf, teacher, make_teacher, make_story
):
    other = make_teacher("mr-other")
    story_id, _ = make_story(other)
    with app.app_context():
        qset = QuestionSet(owner_id=other, title="Theirs", settings={})
        db.session.add(qset)
        db.session.commit()
        set_id = qset.id
    auth.login()
    data = {
        "kind": "who_said",
        "prompt": "Who said the budget was fair?",
        "options": "The mayor\nThe council\nThe police",
        "answer": "1",
    }
    assert post(client, csrf, data | {"story_id": str(story_id)}).status_code == 400
    response = post(client, csrf, data | {"set_id": str(set_id)})
    assert response.status_code == 302 and str(set_id) not in response.headers["Location"]
    with app.app_context():
        assert db.session.scalar(sa.select(sa.func.count()).select_from(SetItem)) == 0


@pytest.mark.parametrize("kind", sorted(authoring.kinds()))
def test_every_engine_kind_can_be_written(kind):
    info = authoring.kinds()[kind]
    if info.multi:
        options, answer = authoring.words("The mayor said the budget was fair."), [1, 2]
    elif info.binary:
        options, answer = authoring.BINARY_OPTIONS.get(kind, ["Yes", "No"]), 0
    else:
        options, answer = ["The council", "The police", "A neighbour"], 0
    draft = authoring.Draft(kind, "Which one fits the story best?", options, answer)
    assert authoring.check(draft) == []


def test_editing_a_question_uses_the_same_rules(app, client, auth, csrf, teacher, make_story):
    _, (qid,) = make_story(
        teacher,
        {
            "kind": "who_said",
            "skill": "Attribution",
            "prompt": "Who said the budget was fair?",
            "options": ["The mayor", "The council", "The police"],
            "answer": 0,
            "explanation": "",
        },
    )
    auth.login()
    url = f"/teach/questions/{qid}/edit"
    data = {
        "csrf_token": csrf(client, url),
        "prompt": "Who said the mayor was right?",
        "options": "The mayor\nThe council\nThe police",
        "answer": "1",
    }
    response = client.post(url, data=data)
    assert response.status_code == 400
    assert "names the right answer" in response.get_data(as_text=True)
    with app.app_context():
        assert db.session.get(Question, qid).prompt == "Who said the budget was fair?"
