"""Question-set pages: build, reorder, settings, duplicate, delete, assign — only one's own sets."""

from __future__ import annotations

import pytest
import sqlalchemy as sa

from quiz.db import db
from quiz.models import Assignment, QuestionSet, QuestionStatus, SetItem
from quiz.services import sets as sets_service

APPROVED = {"status": QuestionStatus.APPROVED}


@pytest.fixture
def approved(teacher, make_story, question_fields):
    """A story of the teacher with three approved questions; returns (story id, question ids)."""
    who, foc = question_fields
    return make_story(
        teacher, who | APPROVED, foc | APPROVED, who | APPROVED | {"prompt": "Who said it?"}
    )


def post(client, csrf, path, data=None, page="/teach/sets"):
    return client.post(path, data={"csrf_token": csrf(client, page), **(data or {})})


def make_set(client, csrf, title="Week 1"):
    response = post(client, csrf, "/teach/sets", {"title": title})
    assert response.status_code == 302
    return int(response.headers["Location"].split("/teach/sets/")[1].split("#")[0])


def order(app, set_id):
    with app.app_context():
        return list(
            db.session.scalars(
                sa.select(SetItem.question_id)
                .where(SetItem.set_id == set_id)
                .order_by(SetItem.position)
            )
        )


def test_sets_list_and_create(client, auth, csrf, teacher):
    auth.login()
    page = client.get("/teach/sets")
    assert page.status_code == 200 and "no question sets yet" in page.get_data(as_text=True)
    assert post(client, csrf, "/teach/sets", {"title": "  "}).status_code == 400
    set_id = make_set(client, csrf, "Week   1")
    assert "Week 1" in client.get("/teach/sets").get_data(as_text=True)
    assert "Week 1" in client.get(f"/teach/sets/{set_id}").get_data(as_text=True)


def test_build_filter_add_reorder_remove(app, client, auth, csrf, approved):
    story_id, (q1, q2, q3) = approved
    auth.login()
    set_id = make_set(client, csrf)
    page = client.get(f"/teach/sets/{set_id}?kind=fact_or_claim").get_data(as_text=True)
    assert f'value="{q2}"' in page and f'id="pick-{q1}"' not in page
    page = client.get(f"/teach/sets/{set_id}?story={story_id}").get_data(as_text=True)
    assert "Mayor" in page and "(right answer)" in page  # each question shown with its answer
    r = post(client, csrf, f"/teach/sets/{set_id}/add", {"question_ids": [q1, q2, q3]})
    assert r.status_code == 302 and order(app, set_id) == [q1, q2, q3]
    post(client, csrf, f"/teach/sets/{set_id}/questions/{q3}/move", {"direction": "up"})
    assert order(app, set_id) == [q1, q3, q2]
    post(client, csrf, f"/teach/sets/{set_id}/questions/{q1}/move", {"direction": "up"})
    assert order(app, set_id) == [q1, q3, q2]  # the first cannot go higher
    post(client, csrf, f"/teach/sets/{set_id}/order", {"question_ids": [q2, q1, q3]})
    assert order(app, set_id) == [q2, q1, q3]
    post(client, csrf, f"/teach/sets/{set_id}/order", {"question_ids": [q2, q1]})
    assert order(app, set_id) == [q2, q1, q3]  # a partial order is refused
    post(client, csrf, f"/teach/sets/{set_id}/questions/{q1}/remove")
    assert order(app, set_id) == [q2, q3]


def test_drafts_and_others_questions_cannot_be_added(
    app, client, auth, csrf, teacher, make_teacher, make_story, question_fields
):
    _, (draft,) = make_story(teacher, question_fields[0], title="Drafts")
    other = make_teacher("mr-other")
    _, (theirs,) = make_story(other, question_fields[0] | APPROVED, title="Theirs")
    auth.login()
    set_id = make_set(client, csrf)
    page = client.get(f"/teach/sets/{set_id}").get_data(as_text=True)
    assert f'value="{draft}"' not in page and f'value="{theirs}"' not in page
    post(client, csrf, f"/teach/sets/{set_id}/add", {"question_ids": [draft, theirs]})
    assert order(app, set_id) == []


def test_settings_saved_and_checked(app, client, auth, csrf, approved):
    auth.login()
    set_id = make_set(client, csrf)
    data = {
        "feedback": "end",
        "confidence": "5",
        "time_limit_min": "10",
        "shuffle_questions": "y",
        "question_time_s": "30",
        "speed_bonus": "y",
    }
    assert post(client, csrf, f"/teach/sets/{set_id}/settings", data).status_code == 302
    with app.app_context():
        stored = sets_service.settings_of(db.session.get(QuestionSet, set_id))
    assert stored == {
        "feedback": "end",
        "confidence": 5,
        "time_limit_s": 600,
        "shuffle_questions": True,
        "shuffle_options": False,
        "question_time_s": 30,
        "speed_bonus": True,
    }
    bad = post(client, csrf, f"/teach/sets/{set_id}/settings", data | {"question_time_s": "2"})
    assert bad.status_code == 400 and "From 5 to 300 seconds" in bad.get_data(as_text=True)


def test_duplicate_rename_delete(app, client, auth, csrf, approved):
    _, (q1, q2, _) = approved
    auth.login()
    set_id = make_set(client, csrf)
    post(client, csrf, f"/teach/sets/{set_id}/add", {"question_ids": [q2, q1]})
    r = post(client, csrf, f"/teach/sets/{set_id}/duplicate")
    copy_id = int(r.headers["Location"].rsplit("/", 1)[1])
    assert copy_id != set_id and order(app, copy_id) == [q2, q1]
    post(client, csrf, f"/teach/sets/{copy_id}/title", {"title": "Renamed"})
    assert "Renamed" in client.get(f"/teach/sets/{copy_id}").get_data(as_text=True)
    assert "cannot be undone" in client.get(f"/teach/sets/{copy_id}/delete").get_data(as_text=True)
    r = post(client, csrf, f"/teach/sets/{copy_id}/delete")
    assert r.status_code == 302
    with app.app_context():
        assert db.session.get(QuestionSet, copy_id) is None
    assert order(app, set_id) == [q2, q1]


def test_assign_asks_before_repeating_and_delete_refused_while_assigned(
    app, client, auth, csrf, approved, classroom
):
    _, (q1, _, _) = approved
    auth.login()
    set_id = make_set(client, csrf)
    post(client, csrf, f"/teach/sets/{set_id}/add", {"question_ids": [q1]})
    data = {"class_id": classroom, "mode": "self_paced", "title": "Quiz one"}
    r = post(client, csrf, f"/teach/sets/{set_id}/assign", data)
    assert r.status_code == 302 and "/teach/assignments/" in r.headers["Location"]
    again = post(client, csrf, f"/teach/sets/{set_id}/assign", data)
    assert again.status_code == 409 and "already has this set" in again.get_data(as_text=True)
    with app.app_context():
        assert db.session.scalar(sa.select(sa.func.count()).select_from(Assignment)) == 1
    r = post(client, csrf, f"/teach/sets/{set_id}/assign", data | {"again": "1"})
    assert r.status_code == 302
    page = client.get(f"/teach/sets/{set_id}/delete").get_data(as_text=True)
    assert "Year 9 Media" in page and "Quiz one" in page
    refused = post(client, csrf, f"/teach/sets/{set_id}/delete")
    assert refused.status_code == 409
    with app.app_context():
        assert db.session.get(QuestionSet, set_id) is not None


def test_closing_time_before_opening_is_refused(app, client, auth, csrf, approved, classroom):
    _, (q1, _, _) = approved
    auth.login()
    set_id = make_set(client, csrf)
    post(client, csrf, f"/teach/sets/{set_id}/add", {"question_ids": [q1]})
    data = {
        "class_id": classroom,
        "mode": "self_paced",
        "opens_at": "2030-01-02T09:00",
        "closes_at": "2030-01-01T09:00",
    }
    r = post(client, csrf, f"/teach/sets/{set_id}/assign", data)
    assert r.status_code == 400 and "must come after" in r.get_data(as_text=True)


def test_story_shortcut_makes_a_named_set_and_asks_before_repeating(
    app, client, auth, csrf, approved, classroom
):
    story_id, qids = approved
    auth.login()
    page = f"/teach/stories/{story_id}"
    r = post(client, csrf, f"/teach/stories/{story_id}/assign", {"class_id": classroom}, page)
    assert r.status_code == 302
    again = post(client, csrf, f"/teach/stories/{story_id}/assign", {"class_id": classroom}, page)
    assert again.status_code == 409 and "already has this quiz" in again.get_data(as_text=True)
    with app.app_context():
        rows = db.session.scalars(sa.select(QuestionSet)).all()
        assert [s.title for s in rows] == ["Budget"]
        assert sorted(order(app, rows[0].id)) == sorted(qids)
    r = post(
        client,
        csrf,
        f"/teach/stories/{story_id}/assign",
        {"class_id": classroom, "again": "1"},
        page,
    )
    assert r.status_code == 302
    with app.app_context():  # the same set, given twice on purpose: no second identical set
        assert db.session.scalar(sa.select(sa.func.count()).select_from(QuestionSet)) == 1
        assert db.session.scalar(sa.select(sa.func.count()).select_from(Assignment)) == 2


SET_ROUTES = [
    ("get", "/teach/sets/{id}"),
    ("get", "/teach/sets/{id}/delete"),
    ("post", "/teach/sets/{id}/delete"),
    ("post", "/teach/sets/{id}/title"),
    ("post", "/teach/sets/{id}/settings"),
    ("post", "/teach/sets/{id}/add"),
    ("post", "/teach/sets/{id}/order"),
    ("post", "/teach/sets/{id}/duplicate"),
    ("post", "/teach/sets/{id}/assign"),
    ("post", "/teach/sets/{id}/questions/{q}/move"),
    ("post", "/teach/sets/{id}/questions/{q}/remove"),
]


@pytest.mark.parametrize(("method", "path"), SET_ROUTES)
def test_another_teachers_set_is_not_found(
    app, client, auth, csrf, another, make_teacher, approved, method, path
):
    _, (q1, _, _) = approved
    auth.login()
    set_id = make_set(client, csrf, "Private title")
    post(client, csrf, f"/teach/sets/{set_id}/add", {"question_ids": [q1]})
    make_teacher("mr-other")
    other, other_auth = another()
    other_auth.login("mr-other")
    url = path.format(id=set_id, q=q1)
    data = {"csrf_token": csrf(other, "/teach/sets"), "title": "Stolen", "direction": "up"}
    response = other.get(url) if method == "get" else other.post(url, data=data)
    assert response.status_code == 404
    assert "Private title" not in response.get_data(as_text=True)
    with app.app_context():
        row = db.session.get(QuestionSet, set_id)
        assert row.title == "Private title" and order(app, set_id) == [q1]


def test_students_cannot_open_sets(client, auth, classroom):
    auth.join()
    assert client.get("/teach/sets").status_code == 403
