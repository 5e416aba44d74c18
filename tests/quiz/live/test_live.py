"""Live games end to end through the pages: lobby, questions, reveals, podium; and the rules."""

from __future__ import annotations

import json
import re
from datetime import timedelta

import pytest
import sqlalchemy as sa

from quiz.db import db, utcnow
from quiz.models import Answer, Attempt, LiveGame, LiveState
from quiz.services import live, scoring


def open_game(client, csrf, assignment_id: int, team_mode: bool = False) -> int:
    token = csrf(client, "/live")
    data = {"csrf_token": token} | ({"team_mode": "y"} if team_mode else {})
    resp = client.post(f"/live/assignments/{assignment_id}/open", data=data)
    assert resp.status_code == 302, resp.get_data(as_text=True)
    return int(resp.headers["Location"].split("/")[2])


def act(client, csrf, game_id: int, action: str):
    token = csrf(client, f"/live/{game_id}/host")
    return client.post(f"/live/{game_id}/{action}", data={"csrf_token": token})


def send(client, csrf, game_id: int, assignment_id: int, attempt_id: int, qid: int, choice):
    token = csrf(client, f"/live/play/{assignment_id}")
    choices = choice if isinstance(choice, list) else [choice]
    data = {"csrf_token": token, "attempt_id": attempt_id, "question_id": qid, "choice": choices}
    return client.post(
        f"/live/{game_id}/answers", data=data, headers={"Accept": "application/json"}
    )


def attempt_of(app, assignment_id: int, nickname: str) -> Attempt:
    from quiz.models import User

    with app.app_context():
        return db.session.scalar(
            sa.select(Attempt)
            .join(User, User.id == Attempt.student_id)
            .where(Attempt.assignment_id == assignment_id, User.nickname == nickname)
        )


@pytest.fixture
def game(app, client, auth, csrf, live_setup, player):
    """A game with two players in the lobby: Ana and Ben."""
    auth.login()
    game_id = open_game(client, csrf, live_setup["assignment_id"])
    players = {}
    for nick in ("Ana", "Ben"):
        pc, pin = player(nick)
        assert pc.get(f"/live/play/{live_setup['assignment_id']}").status_code == 200
        players[nick] = (pc, pin, attempt_of(app, live_setup["assignment_id"], nick).id)
    return live_setup | {"game_id": game_id, "players": players, "host": client}


def test_lobby_lists_the_players_who_joined(client, game):
    html = client.get(f"/live/{game['game_id']}/host").get_data(as_text=True)
    assert "2</span> joined" in html and "Ana" in html and "Ben" in html


def test_a_game_from_lobby_to_podium_scores_right_first(app, client, csrf, game):
    g, a, q1 = game["game_id"], game["assignment_id"], game["questions"][0]
    ana, ben = game["players"]["Ana"], game["players"]["Ben"]
    assert act(client, csrf, g, "advance").status_code == 302
    assert send(ana[0], csrf, g, a, ana[2], q1, 1).get_json()["status"] == 201
    assert send(ben[0], csrf, g, a, ben[2], q1, 0).get_json()["status"] == 201
    assert act(client, csrf, g, "reveal").status_code == 302
    with app.app_context():
        snap = live.snapshot(db.session, db.session.get(LiveGame, g))
    assert snap["reveal"]["counts"] == [1, 1] and snap["reveal"]["right"] == 1
    assert snap["board"][0]["nickname"] == "Ana" and snap["board"][0]["score"] == 100
    assert 0 < snap["board"][0]["bonus"] <= scoring.SPEED_BONUS_MAX
    for _ in range(2):
        act(client, csrf, g, "advance")
        act(client, csrf, g, "reveal")
    act(client, csrf, g, "advance")  # past the last question: the podium
    with app.app_context():
        snap = live.snapshot(db.session, db.session.get(LiveGame, g))
    assert snap["state"] == "finished" and [p["nickname"] for p in snap["podium"]] == ["Ana", "Ben"]
    assert {s["skill"] for s in snap["skills"]} == {"Fact or claim", "Attribution"}


def test_an_answer_after_the_question_closed_is_refused_and_not_scored(app, client, csrf, game):
    g, a, q1 = game["game_id"], game["assignment_id"], game["questions"][0]
    ana = game["players"]["Ana"]
    act(client, csrf, g, "advance")
    act(client, csrf, g, "reveal")
    resp = send(ana[0], csrf, g, a, ana[2], q1, 1)
    assert resp.status_code == 409 and "closed" in resp.get_json()["message"]
    act(client, csrf, g, "advance")  # question 2 is open; question 1 stays closed
    assert send(ana[0], csrf, g, a, ana[2], q1, 1).status_code == 409
    with app.app_context():
        assert db.session.scalar(sa.select(sa.func.count()).select_from(Answer)) == 0
        assert db.session.get(Attempt, ana[2]).score == 0


def test_time_up_refuses_answers_and_pause_keeps_the_time(app, client, csrf, game):
    g, q1 = game["game_id"], game["questions"][0]
    act(client, csrf, g, "advance")
    ana_attempt = game["players"]["Ana"][2]
    with app.app_context():
        student = db.session.get(Attempt, ana_attempt).student_id
        late = utcnow() + timedelta(seconds=live.DEFAULT_SECONDS + 1)
        with pytest.raises(scoring.Refused, match="Time is up"):
            scoring.submit_answer(db.session, student, ana_attempt, q1, 1, live=True, now=late)
    act(client, csrf, g, "pause")
    with app.app_context():
        row = db.session.get(LiveGame, g)
        assert row.deadline_at is None and 0 < row.paused_left_ms <= live.DEFAULT_SECONDS * 1000
        left = row.paused_left_ms
        done = scoring.submit_answer(db.session, student, ana_attempt, q1, 1, live=True, now=late)
        assert done.status == 201  # paused: the clock stands still
        db.session.rollback()
    act(client, csrf, g, "extend")
    with app.app_context():
        assert db.session.get(LiveGame, g).paused_left_ms == left + live.EXTEND_SECONDS * 1000


def test_a_dropped_player_rejoins_with_the_same_nickname_and_score(
    app, client, csrf, game, another
):
    g, a, q1 = game["game_id"], game["assignment_id"], game["questions"][0]
    ana_client, pin, attempt_id = game["players"]["Ana"]
    act(client, csrf, g, "advance")
    send(ana_client, csrf, g, a, attempt_id, q1, 1)
    act(client, csrf, g, "reveal")
    new_client, new_auth = another()  # another phone, the old session gone
    resp = new_auth.join(nickname="Ana", pin=pin)
    assert resp.status_code == 302
    html = new_client.get(f"/live/play/{a}").get_data(as_text=True)
    assert f'data-attempt="{attempt_id}"' in html and "You: 100 points" in html
    with app.app_context():
        assert db.session.scalar(
            sa.select(sa.func.count()).select_from(Attempt).where(Attempt.assignment_id == a)
        ) == 2  # fmt: skip


def test_a_late_joiner_plays_from_the_current_question(app, client, csrf, game, player):
    g, a, (q1, q2, _) = game["game_id"], game["assignment_id"], game["questions"]
    act(client, csrf, g, "advance")
    act(client, csrf, g, "reveal")
    act(client, csrf, g, "advance")
    late, _ = player("Cleo")
    html = late.get(f"/live/play/{a}").get_data(as_text=True)
    assert "Who said the vote was fair?" in html
    attempt_id = attempt_of(app, a, "Cleo").id
    assert send(late, csrf, g, a, attempt_id, q2, 0).get_json()["status"] == 201
    assert send(late, csrf, g, a, attempt_id, q1, 1).status_code == 409


def test_the_self_paced_doors_refuse_a_live_game(app, game, csrf):
    a = game["assignment_id"]
    ana_client = game["players"]["Ana"][0]
    resp = ana_client.get(f"/play/{a}")
    assert resp.status_code == 302 and resp.headers["Location"].endswith(f"/live/play/{a}")


def test_untimed_sets_have_no_timer_and_no_speed_bonus(app, teacher, classroom, make_live, player):
    a, (q1, _, _) = make_live({"timed": False})
    pc, _ = player("Dan")
    with app.app_context():
        from quiz.models import Assignment

        row = live.open_game(db.session, db.session.get(Assignment, a))
        live.advance(db.session, row)
        db.session.commit()
        game_id = row.id
        assert row.seconds is None and row.deadline_at is None
    pc.get(f"/live/play/{a}")
    attempt = attempt_of(app, a, "Dan")
    with app.app_context():
        late = utcnow() + timedelta(hours=1)
        done = scoring.submit_answer(db.session, attempt.student_id, attempt.id, q1, 1,
                                     live=True, now=late)  # fmt: skip
        db.session.commit()
        assert done.status == 201 and done.answer.bonus == 0 and done.answer.score == 100
        assert db.session.get(LiveGame, game_id).state == LiveState.QUESTION


def test_the_player_stream_pushes_the_next_question(app, client, csrf, game):
    g = game["game_id"]
    ana_client = game["players"]["Ana"][0]
    resp = ana_client.get(f"/live/{g}/events")
    assert resp.status_code == 200 and resp.mimetype == "text/event-stream"
    chunks = (c.decode() if isinstance(c, bytes) else c for c in resp.response)
    assert next(chunks).startswith("retry:")
    snap = json.loads(next(chunks).split("data: ", 1)[1])
    assert snap["state"] == "lobby" and "lobby" not in snap and snap["me"] is None
    act(client, csrf, g, "advance")
    from quiz.boards import push

    push.hub(app).poll()  # what the watcher does every 0.25 s
    snap = json.loads(next(chunks).split("data: ", 1)[1])
    assert snap["state"] == "question" and snap["question"]["prompt"] == "Fact or claim: the vote?"
    assert "answer" not in snap["question"] and "reveal" not in snap
    resp.close()


def test_joins_are_limited_per_class_code_and_per_nickname(make_app, teacher, classroom):
    app = make_app(JOIN_LIMIT_PER_CLASS="3 per minute", JOIN_LIMIT_PER_NICKNAME="2 per minute")
    from quiz.extensions import limiter

    limiter.reset()

    def join(nickname: str) -> int:
        client = app.test_client()
        html = client.get("/join").get_data(as_text=True)
        token = re.search(r'name="csrf_token" type="hidden" value="([^"]+)"', html).group(1)
        data = {"csrf_token": token, "join_code": "ABC234", "nickname": nickname}
        return client.post("/join", data=data).status_code

    assert join("Ann") == 302
    assert join("Ann") == 409  # taken: the nickname's second try
    assert join("ann") == 429  # the nickname's third try in a minute
    limiter.reset()
    assert [join(n) for n in ("Bea", "Cy", "Dee")] == [302, 302, 302]
    assert join("Eve") == 429  # the class code's fourth join in a minute, all from one address


def test_a_signed_out_cookie_cannot_answer_through_the_fast_path(app, client, csrf, game):
    """The answer call checks its sign-in inside the attempt's one read: a copied cookie of a
    session that signed out is sent to sign in, and nothing is recorded."""
    g, a, q1 = game["game_id"], game["assignment_id"], game["questions"][0]
    ana = game["players"]["Ana"]
    act(client, csrf, g, "advance")
    token = csrf(ana[0], f"/live/play/{a}")
    copied = ana[0].get_cookie("session").value
    ana[0].post("/logout", data={"csrf_token": csrf(ana[0], "/")})
    thief = app.test_client()
    thief.set_cookie("session", copied)
    data = {"csrf_token": token, "attempt_id": ana[2], "question_id": q1, "choice": [1]}
    resp = thief.post(f"/live/{g}/answers", data=data, headers={"Accept": "application/json"})
    assert resp.status_code in (302, 401) and "/login" in resp.headers.get("Location", "/login")
    with app.app_context():
        assert db.session.scalar(sa.select(sa.func.count()).select_from(Answer)) == 0


def test_a_player_cannot_answer_on_another_players_attempt(app, client, csrf, game):
    g, a, q1 = game["game_id"], game["assignment_id"], game["questions"][0]
    ana, ben = game["players"]["Ana"], game["players"]["Ben"]
    act(client, csrf, g, "advance")
    resp = send(ana[0], csrf, g, a, ben[2], q1, 1)
    assert resp.status_code == 404
    assert send(ana[0], csrf, g + 1, a, ana[2], q1, 1).status_code == 404  # not this game
    with app.app_context():
        assert db.session.scalar(sa.select(sa.func.count()).select_from(Answer)) == 0
    assert send(ana[0], csrf, g, a, ana[2], q1, 1).status_code == 200  # her own: recorded
