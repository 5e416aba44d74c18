"""An attempt finished through the API takes no answer through the page; one import stores at most
MAX_STORIES_PER_IMPORT stories."""

from __future__ import annotations

import sqlalchemy as sa

from quiz.db import db
from quiz.models import Answer, Assignment, QuestionSet, SetItem, Story
from quiz.services.stories import MAX_STORIES_PER_IMPORT


def _assignment(app, teacher, classroom, make_story, question_fields) -> tuple[int, list[int]]:
    _, ids = make_story(teacher, *[q | {"status": "approved"} for q in question_fields])
    with app.app_context():
        qset = QuestionSet(owner_id=teacher, title="Week 1")
        qset.items = [SetItem(question_id=q, position=i) for i, q in enumerate(ids)]
        db.session.add(qset)
        db.session.flush()
        assignment = Assignment(class_id=classroom, set_id=qset.id)
        db.session.add(assignment)
        db.session.commit()
        return assignment.id, ids


def test_the_page_records_no_answer_on_an_attempt_finished_through_the_api(
    app, client, auth, csrf, teacher, classroom, make_story, question_fields
):
    assignment, questions = _assignment(app, teacher, classroom, make_story, question_fields)
    joined = client.post("/api/v1/join", json={"join_code": "ABC234", "nickname": "Sam"})
    token = {"Authorization": f"Bearer {joined.get_json()['token']}"}
    attempt = client.post(f"/api/v1/assignments/{assignment}/attempts", headers=token)
    assert attempt.status_code == 201, attempt.get_json()
    attempt_id = attempt.get_json()["attempt_id"]
    assert client.post(f"/api/v1/attempts/{attempt_id}/finish", headers=token).status_code == 200

    auth.join(nickname="Sam", pin=joined.get_json()["rejoin_pin"])
    form = {"csrf_token": csrf(client, "/"), "question_id": questions[0], "choice": "0"}
    response = client.post(f"/play/{assignment}/answer", data=form)
    assert response.status_code == 302
    with app.app_context():
        assert db.session.scalar(sa.select(sa.func.count()).select_from(Answer)) == 0


def test_an_import_of_too_many_stories_is_refused_whole(app, client, auth, csrf, teacher):
    auth.login()
    stories = [
        f"Story {i}: the council said the bridge number {i} would open on Monday.\n"
        for i in range(MAX_STORIES_PER_IMPORT + 5)
    ]
    data = {"csrf_token": csrf(client, "/teach/stories/new"), "title": ""}
    data["text"] = "---\n".join(stories)
    response = client.post("/teach/stories/new", data=data, content_type="multipart/form-data")
    assert response.status_code in (400, 413, 422)
    assert f"more than {MAX_STORIES_PER_IMPORT} stories" in response.get_data(as_text=True)
    with app.app_context():
        assert db.session.scalar(sa.select(sa.func.count()).select_from(Story)) == 0
