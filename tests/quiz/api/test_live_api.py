"""The live-game calls of the API: hosting, joining, reading the game, answering — and who may."""

from __future__ import annotations

import pytest

from quiz.db import db
from quiz.models import Answer, Attempt


@pytest.fixture
def game(api, app, teacher, classroom, tteacher, make_question):
    """A live assignment of two questions (answers 1 then 0) in the lobby, with its ids."""
    q1 = make_question(teacher, answer=1)
    q2 = make_question(teacher, answer=0)
    qset = api.post("/sets", tteacher, json={"title": "Live", "question_ids": [q1, q2]})
    assert qset.status_code == 201, qset.get_json()
    made = api.post(
        f"/classes/{classroom}/assignments",
        tteacher,
        json={"set_id": qset.get_json()["id"], "mode": "live"},
    )
    assert made.status_code == 201, made.get_json()
    assignment = made.get_json()["id"]
    opened = api.post(f"/assignments/{assignment}/live", tteacher, json={})
    assert opened.status_code == 201, opened.get_json()
    body = opened.get_json()
    assert body["state"] == "lobby" and body["players"] == 0
    return {"id": body["game_id"], "assignment": assignment, "questions": [q1, q2]}


def join(api, game, nickname="Sam", code="ABC234"):
    joined = api.join(nickname, code)
    token = joined["token"]
    resp = api.post(f"/assignments/{game['assignment']}/live/join", token, json={})
    return token, joined, resp


def test_host_steps_through_a_game_and_players_see_it(api, tteacher, game):
    token, _, resp = join(api, game)
    assert resp.status_code == 201, resp.get_json()
    me = resp.get_json()["me"]
    assert me["score"] == 0 and me["rank"] is None
    lobby = api.get(f"/live/{game['id']}", tteacher).get_json()
    assert lobby["lobby"] == ["Sam"] and lobby["players"] == 1

    started = api.post(f"/live/{game['id']}/start", tteacher, json={}).get_json()
    assert started["state"] == "question" and started["index"] == 0
    assert started["question"]["id"] == game["questions"][0]
    assert "answer" not in started["question"] and started["reveal"] is None
    again = api.post(f"/live/{game['id']}/start", tteacher, json={})
    assert again.status_code == 409

    paused = api.post(f"/live/{game['id']}/pause", tteacher, json={}).get_json()
    assert paused["paused"] is True
    left = paused["ms_left"]
    extended = api.post(f"/live/{game['id']}/extend", tteacher, json={}).get_json()
    assert extended["ms_left"] == left + 10_000
    resumed = api.post(f"/live/{game['id']}/resume", tteacher, json={}).get_json()
    assert resumed["paused"] is False

    seen = api.get(f"/live/{game['id']}/me", token).get_json()
    assert seen["game"]["question"]["id"] == game["questions"][0]
    assert seen["game"]["lobby"] == [] and seen["me"]["answered"] is False
    body = {"attempt_id": seen["me"]["attempt_id"], "question_id": game["questions"][0]}
    first = api.post(f"/live/{game['id']}/answers", token, json=body | {"choice": 1})
    assert first.status_code == 201, first.get_json()
    assert first.get_json() == {"recorded": True, "message": "Answer recorded."}  # no verdict yet
    same = api.post(f"/live/{game['id']}/answers", token, json=body | {"choice": 1})
    assert same.status_code == 200 and same.get_json()["recorded"] is False
    other = api.post(f"/live/{game['id']}/answers", token, json=body | {"choice": 0})
    assert other.status_code == 409

    revealed = api.post(f"/live/{game['id']}/reveal", tteacher, json={}).get_json()
    assert revealed["state"] == "reveal"
    assert revealed["reveal"]["answer"] == 1 and revealed["reveal"]["counts"] == [0, 1]
    assert revealed["board"][0]["nickname"] == "Sam" and revealed["board"][0]["score"] == 100
    mine = api.get(f"/live/{game['id']}/me", token).get_json()["me"]
    assert mine["correct"] is True and mine["rank"] == 1 and mine["of"] == 1
    assert mine["score"] == 100

    api.post(f"/live/{game['id']}/advance", tteacher, json={})
    ended = api.post(f"/live/{game['id']}/end", tteacher, json={}).get_json()
    assert ended["state"] == "finished"
    assert ended["podium"][0]["nickname"] == "Sam"
    assert ended["skills"] == [{"skill": "Fact or claim", "correct": 1, "answered": 1}]


def test_an_answer_after_the_question_closed_is_refused_and_not_scored(api, app, tteacher, game):
    token, _, resp = join(api, game)
    attempt = resp.get_json()["me"]["attempt_id"]
    api.post(f"/live/{game['id']}/start", tteacher, json={})
    api.post(f"/live/{game['id']}/reveal", tteacher, json={})
    body = {"attempt_id": attempt, "question_id": game["questions"][0], "choice": 1}
    late = api.post(f"/live/{game['id']}/answers", token, json=body)
    assert late.status_code == 409
    assert "closed" in late.get_json()["error"]["message"]
    with app.app_context():
        assert db.session.query(Answer).count() == 0
        assert db.session.get(Attempt, attempt).score == 0
    # A question not yet shown is refused the same way.
    body["question_id"] = game["questions"][1]
    assert api.post(f"/live/{game['id']}/answers", token, json=body).status_code == 409


def test_rejoin_keeps_the_score(api, tteacher, game):
    token, joined, resp = join(api, game)
    attempt = resp.get_json()["me"]["attempt_id"]
    api.post(f"/live/{game['id']}/start", tteacher, json={})
    body = {"attempt_id": attempt, "question_id": game["questions"][0], "choice": 1}
    assert api.post(f"/live/{game['id']}/answers", token, json=body).status_code == 201
    api.post(f"/live/{game['id']}/reveal", tteacher, json={})
    # Another device: rejoin the class with nickname + PIN, then the game.
    again = api.post(
        "/join", json={"join_code": "ABC234", "nickname": "Sam", "rejoin_pin": joined["rejoin_pin"]}
    )
    assert again.status_code in (200, 201), again.get_json()
    token2 = again.get_json()["token"]
    back = api.post(f"/assignments/{game['assignment']}/live/join", token2, json={})
    assert back.status_code == 200, back.get_json()
    me = back.get_json()["me"]
    assert me["attempt_id"] == attempt and me["score"] == 100 and me["rank"] == 1


def test_another_teacher_gets_404_on_every_host_call(api, game, make_teacher):
    make_teacher("mr-other", "another long password 9")
    other = api.teacher_token("mr-other", "another long password 9")
    assert api.get(f"/live/{game['id']}", other).status_code == 404
    for step in ("start", "advance", "reveal", "pause", "resume", "extend", "end"):
        resp = api.post(f"/live/{game['id']}/{step}", other, json={})
        assert resp.status_code == 404, step
        assert "Live" not in resp.get_data(as_text=True)
    assert api.post(f"/assignments/{game['assignment']}/live", other, json={}).status_code == 404


def test_a_player_of_another_game_gets_404(api, app, tteacher, game, make_class, teacher):
    token, _, resp = join(api, game)
    attempt = resp.get_json()["me"]["attempt_id"]
    api.post(f"/live/{game['id']}/start", tteacher, json={})
    make_class(teacher, name="Other class", code="XYZ789")
    stranger = api.join("Kim", "XYZ789")["token"]
    assert api.get(f"/live/{game['id']}/me", stranger).status_code == 404
    join_other = api.post(f"/assignments/{game['assignment']}/live/join", stranger, json={})
    assert join_other.status_code == 404
    body = {"attempt_id": attempt, "question_id": game["questions"][0], "choice": 1}
    assert api.post(f"/live/{game['id']}/answers", stranger, json=body).status_code == 404
    # The player's own attempt sent to another game id is not found either.
    assert api.post(f"/live/{game['id'] + 1}/answers", token, json=body).status_code == 404
    with app.app_context():
        assert db.session.query(Answer).count() == 0


def test_students_cannot_host_and_teachers_cannot_play(api, tteacher, game):
    token, _, _ = join(api, game)
    assert api.post(f"/live/{game['id']}/start", token, json={}).status_code == 403
    assert api.get(f"/live/{game['id']}/me", tteacher).status_code == 403
    assert api.get(f"/live/{game['id']}").status_code == 401


def test_a_self_paced_assignment_has_no_live_game(api, quiz_setup):
    teacher, assignment = quiz_setup["teacher"], quiz_setup["assignment_id"]
    assert api.post(f"/assignments/{assignment}/live", teacher, json={}).status_code == 409
    token = api.student_token("Lee")
    assert api.post(f"/assignments/{assignment}/live/join", token, json={}).status_code == 409


def test_the_calls_are_in_the_openapi_document(api):
    paths = api.get("/openapi.json").get_json()["paths"]
    for path in (
        "/assignments/{assignment_id}/live",
        "/assignments/{assignment_id}/live/join",
        "/live/{game_id}",
        "/live/{game_id}/me",
        "/live/{game_id}/answers",
        *(f"/live/{{game_id}}/{s}" for s in ("start", "advance", "reveal", "pause", "resume")),
        "/live/{game_id}/extend",
        "/live/{game_id}/end",
    ):
        assert path in paths, path
    answer = paths["/live/{game_id}/answers"]["post"]
    assert {"201", "200", "404", "409"} <= set(answer["responses"])
