"""Class pages: roster, rename / reset PIN / remove a student, join codes, teams (own only)."""

from __future__ import annotations

import random
import re
import xml.etree.ElementTree as ET

import pytest
import sqlalchemy as sa

from quiz.db import db
from quiz.models import (
    Answer,
    Assignment,
    Attempt,
    Classroom,
    Membership,
    QuestionSet,
    Team,
    User,
)
from quiz.services import teams as team_service
from quiz.services.classes import add_student


def add_students(app, class_id: int, *nicknames: str) -> dict[str, tuple[int, str]]:
    """Students joined to the class the way the join page does: nickname -> (user id, PIN)."""
    out = {}
    with app.app_context():
        classroom = db.session.get(Classroom, class_id)
        for nick in nicknames:
            student, pin = add_student(db.session, classroom, nick)
            db.session.flush()
            out[nick] = (student.id, pin)
        db.session.commit()
    return out


def give_answers(app, class_id, student_id, question_ids, *, finished=True, score=1) -> int:
    """An attempt of ``student_id`` at a new assignment of the class, answering every question."""
    with app.app_context():
        owner = db.session.get(Classroom, class_id).teacher_id
        qset = QuestionSet(owner_id=owner, title="Quiz")
        db.session.add(qset)
        db.session.flush()
        assignment = Assignment(class_id=class_id, set_id=qset.id)
        db.session.add(assignment)
        db.session.flush()
        attempt = Attempt(assignment_id=assignment.id, student_id=student_id, score=score)
        if finished:
            attempt.finished_at = attempt.started_at = db.session.scalar(sa.select(sa.func.now()))
        attempt.answers = [Answer(question_id=q, choice=0, correct=True) for q in question_ids]
        db.session.add(attempt)
        db.session.commit()
        return attempt.id


def count(app, model, *where) -> int:
    with app.app_context():
        return db.session.scalar(sa.select(sa.func.count()).select_from(model).where(*where))


@pytest.fixture
def signed_in(client, auth, teacher):
    auth.login()
    return client


def test_class_page_shows_roster_code_and_a_qr_code(
    app, signed_in, classroom, teacher, make_story, question_fields
):
    people = add_students(app, classroom, "Sam", "Alex")
    _, qids = make_story(teacher, *question_fields)
    attempt = give_answers(app, classroom, people["Sam"][0], qids)
    page = signed_in.get(f"/teach/classes/{classroom}").get_data(as_text=True)
    with app.app_context():
        assignment_id = db.session.get(Attempt, attempt).assignment_id
    assert f'href="/teach/assignments/{assignment_id}">Quiz</a>' in page
    assert "ABC234" in page and "Sam" in page and "Alex" in page
    sam_row = page[page.index(">Sam<") :].split("</tr>")[0]
    assert "<td>1</td>" in sam_row  # one quiz done
    assert "UTC</time>" in sam_row  # last active
    svg = signed_in.get(f"/teach/classes/{classroom}/qr.svg")
    assert svg.status_code == 200 and svg.mimetype == "image/svg+xml"
    root = ET.fromstring(svg.get_data())  # well-formed
    assert root.tag.endswith("svg") and root.find("{http://www.w3.org/2000/svg}path") is not None
    projector = signed_in.get(f"/teach/classes/{classroom}/projector").get_data(as_text=True)
    assert "join-code-xl" in projector and "ABC234" in projector and "qr.svg" in projector


def test_class_list_links_each_class(signed_in, classroom):
    page = signed_in.get("/teach/classes").get_data(as_text=True)
    assert f'href="/teach/classes/{classroom}"' in page and "Year 9 Media" in page


@pytest.mark.parametrize("path", ["/teach/classes", "/classes"])
@pytest.mark.parametrize("name", ["Year 9 Media", "  year 9   MEDIA "])
def test_a_duplicate_class_name_is_refused_with_a_clear_message(
    app, signed_in, classroom, csrf, path, name
):
    response = signed_in.post(
        path, data={"csrf_token": csrf(signed_in, "/teach/classes"), "name": name}
    )
    assert response.status_code == 409
    assert "You already have a class called" in response.get_data(as_text=True)
    assert count(app, Classroom) == 1


def test_another_teachers_class_name_is_free(app, client, auth, classroom, make_teacher, csrf):
    make_teacher("mr-okafor")
    auth.login("mr-okafor")
    response = client.post(
        "/teach/classes",
        data={"csrf_token": csrf(client, "/teach/classes"), "name": "Year 9 Media"},
    )
    assert response.status_code == 302
    assert count(app, Classroom) == 2


def test_rename_a_class_refuses_a_name_in_use(app, signed_in, classroom, teacher, make_class, csrf):
    make_class(teacher, name="Year 10", code="XYZ789")
    token = csrf(signed_in, f"/teach/classes/{classroom}")
    taken = signed_in.post(
        f"/teach/classes/{classroom}/rename", data={"csrf_token": token, "name": "year 10"}
    )
    assert taken.status_code == 409
    ok = signed_in.post(
        f"/teach/classes/{classroom}/rename", data={"csrf_token": token, "name": "Year 9 News"}
    )
    assert ok.status_code == 302
    with app.app_context():
        assert db.session.get(Classroom, classroom).name == "Year 9 News"


def test_rename_a_student(app, signed_in, classroom, csrf, another):
    people = add_students(app, classroom, "Sam", "Alex")
    sid, pin = people["Sam"]
    url = f"/teach/classes/{classroom}/students/{sid}"
    token = csrf(signed_in, url)
    assert signed_in.post(url, data={"csrf_token": token, "nickname": "alex"}).status_code == 409
    assert signed_in.post(url, data={"csrf_token": token, "nickname": "<b>"}).status_code == 400
    rude = signed_in.post(url, data={"csrf_token": token, "nickname": "F.U.C.K"})
    assert rude.status_code == 400 and "not allowed in class" in rude.get_data(as_text=True)
    assert signed_in.post(url, data={"csrf_token": token, "nickname": "Samira"}).status_code == 302
    with app.app_context():
        assert db.session.get(User, sid).nickname == "Samira"
    # The student comes back under the new name with the same PIN.
    other, other_auth = another()
    assert other_auth.join(nickname="samira", pin=pin).status_code == 302


def test_reset_a_pin_shows_it_once_and_the_old_one_stops_working(
    app, signed_in, classroom, csrf, another
):
    sid, old_pin = add_students(app, classroom, "Sam")["Sam"]
    token = csrf(signed_in, f"/teach/classes/{classroom}")
    response = signed_in.post(
        f"/teach/classes/{classroom}/students/{sid}/pin", data={"csrf_token": token}
    )
    assert response.status_code == 200 and response.headers["Cache-Control"] == "no-store"
    page = response.get_data(as_text=True)
    new_pin = page.split('class="pin"')[1].split(">")[1].split("<")[0]
    assert len(new_pin) == 4 and new_pin.isdigit()
    # shown once: the class page has no PIN element and no such four digits as a word of its
    # text (a CSRF token or an id may hold any four digits by chance, so not a substring test)
    later = signed_in.get(f"/teach/classes/{classroom}").get_data(as_text=True)
    assert 'class="pin"' not in later
    assert not re.search(rf">[^<]*(?<![\w-]){new_pin}(?![\w-])[^<]*<", later)
    _, student = another()
    if new_pin != old_pin:
        assert student.join(nickname="Sam", pin=old_pin).status_code == 401
    assert student.join(nickname="Sam", pin=new_pin).status_code == 302


def test_remove_a_student_says_what_goes_and_removes_exactly_that(
    app, signed_in, classroom, teacher, csrf, make_story, question_fields
):
    people = add_students(app, classroom, "Sam", "Alex")
    _, qids = make_story(teacher, *question_fields)
    sam, alex = people["Sam"][0], people["Alex"][0]
    give_answers(app, classroom, sam, qids)
    kept_attempt = give_answers(app, classroom, alex, qids)
    url = f"/teach/classes/{classroom}/students/{sam}/remove"
    confirm = signed_in.get(url).get_data(as_text=True)
    assert "1 quiz attempt" in confirm and "2 answers" in confirm
    assert count(app, Membership, Membership.user_id == sam) == 1  # asking deletes nothing
    response = signed_in.post(url, data={"csrf_token": csrf(signed_in, url)})
    assert response.status_code == 302
    assert count(app, User, User.id == sam) == 0
    assert count(app, Attempt, Attempt.student_id == sam) == 0
    assert count(app, Answer) == 2
    assert count(app, Answer, Answer.attempt_id == kept_attempt) == 2
    assert count(app, Membership) == 1
    page = signed_in.get(f"/teach/classes/{classroom}").get_data(as_text=True)
    assert "Removed Sam with 1 quiz attempt and 2 answers." in page


def test_a_new_join_code_replaces_the_old_one(app, signed_in, classroom, csrf, another):
    add_students(app, classroom, "Sam")
    response = signed_in.post(
        f"/teach/classes/{classroom}/code",
        data={"csrf_token": csrf(signed_in, f"/teach/classes/{classroom}")},
    )
    assert response.status_code == 302
    with app.app_context():
        code = db.session.get(Classroom, classroom).join_code
    assert code != "ABC234"
    _, student = another()
    assert student.join(code="ABC234", nickname="Kim").status_code == 404
    assert student.join(code=code, nickname="Kim").status_code == 302
    assert count(app, Membership) == 2


def test_balanced_teams_sizes_and_points(app, classroom, teacher, make_story, question_fields):
    people = add_students(app, classroom, *[f"Student {n}" for n in range(7)])
    _, qids = make_story(teacher, *question_fields)
    for n, (uid, _) in enumerate(people.values()):
        give_answers(app, classroom, uid, qids[:1], score=10 * n)
    with app.app_context():
        made = team_service.balance(
            db.session, db.session.get(Classroom, classroom), 3, rng=random.Random(1)
        )
        db.session.commit()
        ids = [t.id for t in made]
        sizes = [
            db.session.scalar(sa.select(sa.func.count()).where(Membership.team_id == t))
            for t in ids
        ]
        points = team_service.class_points(db.session, classroom)
        totals = [
            sum(
                points[m.user_id]
                for m in db.session.scalars(sa.select(Membership).where(Membership.team_id == t))
            )
            for t in ids
        ]
    assert sorted(sizes) == [2, 2, 3]
    # Scores 0..60 dealt in snake order: 60+10+0 / 50+20 / 40+30 -> spread of at most 10.
    assert max(totals) - min(totals) <= 10


def test_make_teams_then_new_students_join_the_smallest(app, signed_in, classroom, csrf):
    add_students(app, classroom, "A1", "B2", "C3", "D4")
    token = csrf(signed_in, f"/teach/classes/{classroom}")
    response = signed_in.post(
        f"/teach/classes/{classroom}/teams", data={"csrf_token": token, "count": "3"}
    )
    assert response.status_code == 302
    assert count(app, Team) == 3
    add_students(app, classroom, "E5", "F6")
    with app.app_context():
        sizes = sorted(
            db.session.scalar(sa.select(sa.func.count()).where(Membership.team_id == t.id))
            for t in db.session.scalars(sa.select(Team))
        )
    assert sizes == [2, 2, 2]
    bad = signed_in.post(
        f"/teach/classes/{classroom}/teams", data={"csrf_token": token, "count": "40"}
    )
    assert bad.status_code == 400 and "between 2 and 12" in bad.get_data(as_text=True)


def test_move_a_student_and_rename_a_team(app, signed_in, classroom, csrf):
    sam = add_students(app, classroom, "Sam", "Alex")["Sam"][0]
    token = csrf(signed_in, f"/teach/classes/{classroom}")
    signed_in.post(f"/teach/classes/{classroom}/teams", data={"csrf_token": token, "count": "2"})
    with app.app_context():
        t1, t2 = db.session.scalars(sa.select(Team).order_by(Team.id)).all()
        t1_id, t2_id = t1.id, t2.id
    response = signed_in.post(
        f"/teach/classes/{classroom}/teams/assign",
        data={"csrf_token": token, f"team-{sam}": str(t2_id)},
    )
    assert response.status_code == 302
    with app.app_context():
        assert (
            db.session.scalar(sa.select(Membership.team_id).where(Membership.user_id == sam))
            == t2_id
        )
    url = f"/teach/classes/{classroom}/teams/{t1_id}"
    dup = signed_in.post(url, data={"csrf_token": token, "name": "team 2"})
    assert dup.status_code == 400 and "already called" in dup.get_data(as_text=True)
    assert signed_in.post(url, data={"csrf_token": token, "name": "Owls"}).status_code == 302
    assert "Owls" in signed_in.get(f"/teach/classes/{classroom}").get_data(as_text=True)


def test_a_team_of_another_class_cannot_be_chosen(
    app, signed_in, classroom, teacher, make_class, csrf
):
    sam = add_students(app, classroom, "Sam")["Sam"][0]
    other = make_class(teacher, name="Other", code="XYZ789")
    with app.app_context():
        team = Team(class_id=other, name="Elsewhere")
        db.session.add(team)
        db.session.commit()
        team_id = team.id
    token = csrf(signed_in, f"/teach/classes/{classroom}")
    signed_in.post(
        f"/teach/classes/{classroom}/teams/assign",
        data={"csrf_token": token, f"team-{sam}": str(team_id)},
    )
    with app.app_context():
        assert (
            db.session.scalar(sa.select(Membership.team_id).where(Membership.user_id == sam))
            is None
        )


def _routes(cid: int, sid: int, tid: int) -> list[tuple[str, str]]:
    base = f"/teach/classes/{cid}"
    return [
        ("GET", base),
        ("GET", f"{base}/projector"),
        ("GET", f"{base}/qr.svg"),
        ("POST", f"{base}/rename"),
        ("POST", f"{base}/code"),
        ("POST", f"{base}/teams"),
        ("POST", f"{base}/teams/clear"),
        ("POST", f"{base}/teams/assign"),
        ("GET", f"{base}/teams/{tid}"),
        ("POST", f"{base}/teams/{tid}"),
        ("GET", f"{base}/students/{sid}"),
        ("POST", f"{base}/students/{sid}"),
        ("POST", f"{base}/students/{sid}/pin"),
        ("GET", f"{base}/students/{sid}/remove"),
        ("POST", f"{base}/students/{sid}/remove"),
    ]


def test_every_class_route_refuses_another_teacher(
    app, client, auth, classroom, make_teacher, csrf
):
    sid = add_students(app, classroom, "Sam")["Sam"][0]
    with app.app_context():
        team = Team(class_id=classroom, name="Secret team")
        db.session.add(team)
        db.session.commit()
        tid = team.id
    make_teacher("mr-okafor")
    auth.login("mr-okafor")
    token = csrf(client, "/teach/classes")
    for method, path in _routes(classroom, sid, tid):
        data = {"csrf_token": token, "name": "Mine", "nickname": "Taken", "count": "2"}
        response = client.open(path, method=method, data=data if method == "POST" else None)
        body = response.get_data(as_text=True)
        assert response.status_code == 404, (method, path)
        assert "ABC234" not in body and "Sam" not in body and "Secret team" not in body
    with app.app_context():
        row = db.session.get(Classroom, classroom)
        assert (row.name, row.join_code) == ("Year 9 Media", "ABC234")
        assert db.session.get(User, sid).nickname == "Sam"
        assert db.session.get(Team, tid) is not None


def test_a_student_of_another_class_is_not_in_this_one(
    app, signed_in, classroom, teacher, make_class
):
    other = make_class(teacher, name="Other", code="XYZ789")
    stranger = add_students(app, other, "Kim")["Kim"][0]
    assert signed_in.get(f"/teach/classes/{classroom}/students/{stranger}").status_code == 404


def test_students_may_not_open_class_pages(client, auth, classroom):
    auth.join()
    assert client.get(f"/teach/classes/{classroom}").status_code == 403
    assert client.get("/teach/classes").status_code == 403


def test_the_api_refuses_a_duplicate_class_name_too(app, client, teacher, classroom):
    token = client.post(
        "/api/v1/tokens", json={"username": "ms-rivera", "password": "correct horse battery"}
    ).get_json()["token"]
    response = client.post(
        "/api/v1/classes",
        json={"name": "YEAR 9 media"},
        headers={"Authorization": f"Bearer {token}"},
    )
    assert response.status_code == 409
    assert "already have a class called" in response.get_json()["error"]["message"]
    assert count(app, Classroom) == 1
