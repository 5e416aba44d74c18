"""A set's "shuffle questions" and "shuffle options": one order per attempt, the same on every
page load and in the API, and answers scored by the option, not by its place on the screen."""

from __future__ import annotations

import re

import pytest
import sqlalchemy as sa

from quiz.db import db
from quiz.models import Answer, Assignment, QuestionSet, QuestionStatus, SetItem
from quiz.models import Question as QuestionRow
from quiz.services import shuffle

N = 8
API = "/api/v1"


def _options(i: int) -> list[str]:
    return [f"Option {i}-{k}" for k in "ABCD"]


@pytest.fixture
def shuffled(app, teacher, classroom):
    """A set of N four-option questions (right answer at stored index i % 4), both shuffles on."""
    with app.app_context():
        rows = [
            QuestionRow(
                owner_id=teacher,
                kind="who_said",
                skill="Attribution",
                prompt=f"Question number {i}?",
                options=_options(i),
                answer=i % 4,
                explanation=f"Because of reason {i}.",
                status=QuestionStatus.APPROVED,
            )
            for i in range(N)
        ]
        db.session.add_all(rows)
        db.session.flush()
        settings = {"shuffle_questions": True, "shuffle_options": True}
        qset = QuestionSet(owner_id=teacher, title="Shuffled", settings=settings)
        qset.items = [SetItem(question_id=q.id, position=i) for i, q in enumerate(rows)]
        db.session.add(qset)
        db.session.flush()
        assignment = Assignment(class_id=classroom, set_id=qset.id)
        db.session.add(assignment)
        db.session.commit()
        right = {q.id: q.options[q.answer] for q in rows}
        return {"assignment": assignment.id, "set": [q.id for q in rows], "right": right}


def api_join(client, nickname: str) -> dict:
    resp = client.post(f"{API}/join", json={"join_code": "ABC234", "nickname": nickname})
    assert resp.status_code == 201, resp.get_json()
    return resp.get_json()


def api_start(client, token: str, assignment: int) -> dict:
    resp = client.post(
        f"{API}/assignments/{assignment}/attempts", headers={"Authorization": f"Bearer {token}"}
    )
    assert resp.status_code in (200, 201), resp.get_json()
    return resp.get_json()


def api_answer(client, token: str, attempt: int, question: int, choice):
    return client.post(
        f"{API}/attempts/{attempt}/answers",
        json={"question_id": question, "choice": choice},
        headers={"Authorization": f"Bearer {token}"},
    )


LABEL = re.compile(r'<label for="c(\d+)">([^<]*)</label>')
PAGE_Q = re.compile(r"/play/\d+/q/(\d+)")


def page_question(client, assignment: int) -> tuple[int, list[str]]:
    """The question the student's pages show now: its id and its options in screen order."""
    resp = client.get(f"/play/{assignment}", follow_redirects=True)
    path = resp.request.path
    if path.endswith("/read"):
        nxt = re.search(r'href="(/play/\d+/q/\d+)"', resp.get_data(as_text=True))
        resp = client.get(nxt.group(1), follow_redirects=True)
        path = resp.request.path
    qid = int(PAGE_Q.search(path).group(1))
    labels = LABEL.findall(resp.get_data(as_text=True))
    assert [int(i) for i, _ in labels] == list(range(len(labels)))
    return qid, [text for _, text in labels]


def test_the_order_is_drawn_per_attempt_and_stable():
    items = list(range(10))
    assert shuffle.question_order(7, items, True) == shuffle.question_order(7, items, True)
    orders = {tuple(shuffle.question_order(a, items, True)) for a in range(1, 21)}
    assert len(orders) == 20  # twenty attempts, twenty orders of ten questions
    assert shuffle.question_order(7, items, False) == items
    assert shuffle.option_order(7, 3, "who_said", 4, True) == shuffle.option_order(
        7, 3, "who_said", 4, True
    )
    assert sorted(shuffle.option_order(7, 3, "who_said", 4, True)) == [0, 1, 2, 3]
    for kind in ("spot_the_cue", "fact_or_claim"):  # words in reading order; fixed labels
        assert shuffle.option_order(7, 3, kind, 4, True) is None
    assert shuffle.option_order(7, 3, "who_said", 4, False) is None


def test_api_orders_differ_between_attempts_and_hold_across_calls(client, shuffled):
    sam, kim = api_join(client, "Sam")["token"], api_join(client, "Kim")["token"]
    first = api_start(client, sam, shuffled["assignment"])
    again = api_start(client, sam, shuffled["assignment"])
    other = api_start(client, kim, shuffled["assignment"])
    ids = [q["id"] for q in first["questions"]]
    assert again["questions"] == first["questions"]
    assert sorted(ids) == sorted(shuffled["set"])
    assert ids != shuffled["set"] or [q["id"] for q in other["questions"]] != shuffled["set"]
    assert [q["id"] for q in other["questions"]] != ids
    mine = {q["id"]: q["options"] for q in first["questions"]}
    theirs = {q["id"]: q["options"] for q in other["questions"]}
    assert any(mine[i] != theirs[i] for i in mine)
    for qid, options in mine.items():
        assert sorted(options) == sorted(theirs[qid])


def test_api_scores_the_option_chosen_whatever_its_place(app, client, shuffled):
    token = api_join(client, "Sam")["token"]
    start = api_start(client, token, shuffled["assignment"])
    attempt = start["attempt_id"]
    moved = 0
    for n, q in enumerate(start["questions"]):
        right_place = q["options"].index(shuffled["right"][q["id"]])
        stored = _options(shuffled["set"].index(q["id"])).index(shuffled["right"][q["id"]])
        moved += right_place != stored
        choice = right_place if n % 2 == 0 else (right_place + 1) % 4
        resp = api_answer(client, token, attempt, q["id"], choice)
        body = resp.get_json()
        assert resp.status_code == 201, body
        assert body["correct"] is (n % 2 == 0)
        assert body["answer"] == right_place  # the right option, as a place on this screen
        again = api_answer(client, token, attempt, q["id"], choice)
        assert again.status_code == 200 and again.get_json() == body
        other = api_answer(client, token, attempt, q["id"], (choice + 2) % 4)
        assert other.status_code == 409
        assert other.get_json()["recorded"]["choice"] == choice
    assert moved > 0  # the shuffle did move right answers
    with app.app_context():
        rows = db.session.scalars(sa.select(Answer).where(Answer.attempt_id == attempt)).all()
        by_q = {a.question_id: a for a in rows}
        for q in start["questions"]:
            a = by_q[q["id"]]
            # stored as the question's own option index: results and CSV read it as before
            assert (a.choice == shuffled["set"].index(q["id"]) % 4) is a.correct


def test_pages_and_api_show_one_order_and_score_right(app, client, auth, csrf, shuffled):
    joined = api_join(client, "Sam")
    start = api_start(client, joined["token"], shuffled["assignment"])
    auth.join(nickname="Sam", pin=joined["rejoin_pin"])
    seen = []
    for q in start["questions"]:
        qid, options = page_question(client, shuffled["assignment"])
        assert (qid, options) == (q["id"], q["options"])  # the page shows what the API says
        assert page_question(client, shuffled["assignment"]) == (qid, options)  # reload
        seen.append(qid)
        data = {
            "csrf_token": csrf(client, "/"),
            "question_id": qid,
            "choice": str(options.index(shuffled["right"][qid])),
        }
        resp = client.post(f"/play/{shuffled['assignment']}/answer", data=data)
        assert resp.status_code == 302
        feedback = client.get(f"/play/{shuffled['assignment']}/q/{qid}").get_data(as_text=True)
        assert "Right!" in feedback
        listed = re.findall(r"<li class=\"[^\"]*\">(Option [^<]+?)(?: <|</li>)", feedback)
        assert [t.strip() for t in listed] == options  # the review keeps the screen order
        right = re.search(r"<li class=\"right mine\">([^<]+?) <strong", feedback)
        assert right.group(1).strip() == shuffled["right"][qid]
    assert seen == [q["id"] for q in start["questions"]]
    summary = client.get(f"/play/{shuffled['assignment']}/summary").get_data(as_text=True)
    assert f"{N} of {N}" in summary or f"{N * 100}" in summary
    with app.app_context():
        assert all(db.session.scalars(sa.select(Answer.correct)).all())
