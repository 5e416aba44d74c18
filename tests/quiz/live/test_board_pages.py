"""Boards: the ranking on worked examples, the teacher's settings, and the projector link."""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta

import pytest
import sqlalchemy as sa

from quiz.db import db
from quiz.models import Answer, Attempt, ClassBoard, LiveGame, Membership, Team, User
from quiz.services import ranking

T0 = datetime(2026, 11, 23, 9, 0, tzinfo=UTC)  # a Monday


def store(app, assignment_id, student_id, answers):
    """An attempt with answers given as (question id, points, bonus, seconds after T0)."""
    with app.app_context():
        attempt = Attempt(assignment_id=assignment_id, student_id=student_id)
        db.session.add(attempt)
        db.session.flush()
        for qid, points, bonus, seconds in answers:
            db.session.add(
                Answer(attempt_id=attempt.id, question_id=qid, choice=0, correct=points > 0,
                       points=points, bonus=bonus, answered_at=T0 + timedelta(seconds=seconds))
            )  # fmt: skip
            attempt.score += points
            attempt.bonus += bonus
            if points:  # as scoring.record_answer keeps it: when the score last rose
                moment = T0 + timedelta(seconds=seconds)
                attempt.reached_at = max(attempt.reached_at or moment, moment)
        db.session.commit()


@pytest.fixture
def ranked(app, client, auth, live_setup, player):
    """Five players. Worked example (points/bonus, reached at): Bo 200/50 at +20 s;
    Al 200/50 at +30 s; Cy 200/10 at +5 s; Di 100/90 at +1 s; Ed 0 (answered)."""
    q1, q2, _ = live_setup["questions"]
    a = live_setup["assignment_id"]
    clients = {n: player(n)[0] for n in ["Al", "Bo", "Cy", "Di", "Ed"]}
    with app.app_context():
        ids = dict(db.session.execute(sa.select(User.nickname, User.id)).all())
    store(app, a, ids["Al"], [(q1, 100, 25, 10), (q2, 100, 25, 30)])
    store(app, a, ids["Bo"], [(q1, 100, 25, 2), (q2, 100, 25, 20)])
    store(app, a, ids["Cy"], [(q1, 100, 5, 1), (q2, 100, 5, 5)])
    store(app, a, ids["Di"], [(q1, 100, 90, 1), (q2, 0, 0, 2)])
    store(app, a, ids["Ed"], [(q1, 0, 0, 3)])
    auth.login()
    return live_setup | {"ids": ids, "clients": clients}


EXPECTED = ["Bo", "Al", "Cy", "Di", "Ed"]  # points, then bonus, then the earlier finish


def test_ranking_worked_example(app, ranked):
    with app.app_context():
        rows = ranking.leaderboard(db.session, ranked["class_id"], ranked["assignment_id"])
    assert [(e.rank, e.nickname) for e in rows] == list(enumerate(EXPECTED, start=1))
    assert [(e.score, e.bonus) for e in rows] == [
        (200, 50),
        (200, 50),
        (200, 10),
        (100, 90),
        (0, 0),
    ]


def test_ties_on_everything_fall_to_the_nickname(app, ranked, player):
    q1 = ranked["questions"][0]
    for nick in ("zed", "Ab"):
        player(nick)
    with app.app_context():
        ids = dict(db.session.execute(sa.select(User.nickname, User.id)).all())
    for nick in ("zed", "Ab"):
        store(app, ranked["assignment_id"], ids[nick], [(q1, 0, 0, 9)])
    with app.app_context():
        rows = ranking.leaderboard(db.session, ranked["class_id"])
    assert [e.nickname for e in rows][-3:] == ["Ab", "Ed", "zed"]


def test_week_and_teams(app, ranked):
    with app.app_context():
        rows = ranking.leaderboard(db.session, ranked["class_id"], since=T0 + timedelta(seconds=4))
        assert [e.nickname for e in rows][:2] == ["Al", "Bo"]  # Bo's +2 s answer falls outside
        red, blue = (
            Team(class_id=ranked["class_id"], name="Red"),
            Team(class_id=ranked["class_id"], name="Blue"),
        )
        db.session.add_all([red, blue])
        db.session.flush()
        for nick, team in [("Al", red), ("Di", red), ("Bo", blue), ("Cy", blue)]:
            db.session.execute(
                sa.update(Membership).where(Membership.user_id == ranked["ids"][nick])
                .values(team_id=team.id)
            )  # fmt: skip
        db.session.commit()
        teams = ranking.team_board(db.session, ranked["class_id"])
    assert [(t.name, t.score, t.bonus) for t in teams] == [("Blue", 400, 60), ("Red", 300, 140)]


def settings(client, csrf, class_id, **fields):
    token = csrf(client, f"/boards/classes/{class_id}")
    data = {"csrf_token": token} | {k: v for k, v in fields.items() if v is not None}
    return client.post(f"/boards/classes/{class_id}/settings", data=data)


def test_a_student_sees_their_own_rank_beyond_the_top_n(client, csrf, ranked):
    assert settings(client, csrf, ranked["class_id"], top_n="2").status_code == 302
    html = ranked["clients"]["Di"].get(f"/boards/classes/{ranked['class_id']}").get_data(True)
    assert "Bo" in html and "Al" in html and "<td>Cy</td>" not in html
    assert "You are number 4 of 5" in html
    teacher_html = client.get(f"/boards/classes/{ranked['class_id']}").get_data(as_text=True)
    assert "<td>Cy</td>" in teacher_html  # the teacher always sees the whole board


def test_a_hidden_board_stays_hidden_for_students(client, csrf, ranked):
    settings(client, csrf, ranked["class_id"], hidden="y")
    for path in ("", "?scope=week", "?scope=teams", f"?assignment={ranked['assignment_id']}"):
        html = ranked["clients"]["Ed"].get(f"/boards/classes/{ranked['class_id']}{path}")
        text = html.get_data(as_text=True)
        assert "hidden the board" in text and "<td>Bo</td>" not in text


def test_a_frozen_board_stays_frozen_for_students(app, client, csrf, ranked):
    settings(client, csrf, ranked["class_id"], frozen="y")
    with app.app_context():
        frozen_at = db.session.get(ClassBoard, ranked["class_id"]).frozen_at
    # Ed scores twice after the freeze: students still see him on 0, last.
    later = frozen_at.replace(tzinfo=UTC) + timedelta(minutes=1)
    with app.app_context():
        from quiz.models import Question
        from quiz.services import scoring

        attempt = db.session.scalar(
            sa.select(Attempt).where(Attempt.student_id == ranked["ids"]["Ed"])
        )
        for qid in ranked["questions"][1:]:
            question = db.session.get(Question, qid)
            scoring.record_answer(db.session, attempt, question, question.answer, now=later)
        db.session.commit()
    html = ranked["clients"]["Ed"].get(f"/boards/classes/{ranked['class_id']}").get_data(True)
    assert re.search(r"<td>5</td><td>Ed</td><td>0</td>", html)
    teacher = client.get(f"/boards/classes/{ranked['class_id']}").get_data(as_text=True)
    assert re.search(r"<td>4</td><td>Ed</td><td>200</td>", teacher)


def display_key(client, csrf, class_id) -> str:
    token = csrf(client, f"/boards/classes/{class_id}")
    client.post(f"/boards/classes/{class_id}/display", data={"csrf_token": token})
    html = client.get(f"/boards/classes/{class_id}").get_data(as_text=True)
    return re.search(r"/display/([\w-]+)", html).group(1)


def table_counts(app) -> dict[str, int]:
    with app.app_context():
        tables = ["users", "attempts", "answers", "class_boards", "live_games", "memberships"]
        return {t: db.session.scalar(sa.text(f"SELECT count(*) FROM {t}")) for t in tables}  # noqa: S608


def test_the_display_link_shows_nothing_private_and_changes_nothing(app, client, csrf, ranked):
    key = display_key(client, csrf, ranked["class_id"])
    before = table_counts(app)
    anon = app.test_client()
    resp = anon.get(f"/display/{key}")
    html = resp.get_data(as_text=True)
    assert resp.status_code == 200 and "ABC234" in html and "<svg" in html and "Bo" in html
    assert "ms-rivera" not in html and "csrf" not in html.lower() and "pin" not in html.lower()
    assert "Set-Cookie" not in resp.headers and resp.headers["Cache-Control"] == "no-store"
    assert anon.post(f"/display/{key}").status_code in (400, 405)
    assert anon.get(f"/boards/classes/{ranked['class_id']}").status_code == 302  # sign in first
    assert table_counts(app) == before


def test_a_revoked_or_renewed_link_shows_nothing(app, client, csrf, ranked):
    old = display_key(client, csrf, ranked["class_id"])
    new = display_key(client, csrf, ranked["class_id"])
    anon = app.test_client()
    for key in (old, "not-a-key"):
        resp = anon.get(f"/display/{key}")
        assert resp.status_code == 404 and "ABC234" not in resp.get_data(as_text=True)
    assert anon.get(f"/display/{new}").status_code == 200
    token = csrf(client, f"/boards/classes/{ranked['class_id']}")
    client.post(f"/boards/classes/{ranked['class_id']}/display/revoke", data={"csrf_token": token})
    for path in ("", "/current", "/events"):
        assert anon.get(f"/display/{new}{path}").status_code == 404


def test_a_hidden_board_is_hidden_on_the_projector(app, client, csrf, ranked):
    key = display_key(client, csrf, ranked["class_id"])
    settings(client, csrf, ranked["class_id"], hidden="y")
    html = app.test_client().get(f"/display/{key}").get_data(as_text=True)
    assert "The board is hidden" in html and not re.search(r"\bBo\b", html)


def test_two_apps_on_one_database_serve_one_game(app, make_app, client, csrf, ranked):
    """A second app (another worker or machine) sees every step the first one takes."""
    other = make_app()
    from quiz.services import live

    token = csrf(client, "/live")
    client.post(f"/live/assignments/{ranked['assignment_id']}/open", data={"csrf_token": token})
    with app.app_context():
        game_id = db.session.scalar(sa.select(LiveGame.id))
    token = csrf(client, f"/live/{game_id}/host")
    client.post(f"/live/{game_id}/advance", data={"csrf_token": token})
    snaps = []
    for each in (app, other):
        with each.app_context():
            snap = live.snapshot(db.session, db.session.get(LiveGame, game_id))
            snaps.append({k: v for k, v in snap.items() if k != "ms_left"})
    assert snaps[0] == snaps[1] and snaps[0]["state"] == "question"
    # A player served by the second app answers the question the first app opened.
    q1 = ranked["questions"][0]
    with other.app_context():
        attempt = db.session.scalar(
            sa.select(Attempt).where(Attempt.student_id == ranked["ids"]["Ed"])
        )
        db.session.execute(sa.delete(Answer).where(Answer.attempt_id == attempt.id))
        db.session.commit()
        from quiz.services import scoring

        done = scoring.submit_answer(db.session, attempt.student_id, attempt.id, q1, 1, live=True)
        db.session.commit()
        assert done.status == 201
    from quiz.boards import push

    with app.app_context():
        hub = push.hub(app)
        listener = hub.listen(db.session.get(LiveGame, game_id))
    token = csrf(client, f"/live/{game_id}/host")
    client.post(f"/live/{game_id}/reveal", data={"csrf_token": token})
    hub.poll()
    # Al, Bo, Cy and Di answered q1 right before the game; Ed now, through the other app.
    assert listener.snapshot["state"] == "reveal" and listener.snapshot["reveal"]["right"] == 5
    hub.leave(listener)
