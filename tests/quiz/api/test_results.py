"""Teachers' results of an assignment, as JSON and as CSV (safe to open in a spreadsheet)."""

from __future__ import annotations

import csv
import io

import pytest

from quiz.db import db
from quiz.models import Membership, Role, User, casefold_key
from quiz.services.results import safe_cell


@pytest.fixture
def answered(api, quiz_setup):
    """Sam answers two questions (one right), Kim one (right), Lee joins but never starts."""
    q1, q2, q3 = quiz_setup["questions"]
    out = {}
    for nick, answers in [("Sam", [(q1, 1), (q3, [4])]), ("Kim", [(q1, 1)]), ("Lee", [])]:
        joined = api.join(nick)
        out[nick] = joined["student_id"]
        if answers:
            attempt = api.post(
                f"/assignments/{quiz_setup['assignment_id']}/attempts", joined["token"]
            ).get_json()
            for qid, choice in answers:
                api.post(
                    f"/attempts/{attempt['attempt_id']}/answers",
                    joined["token"],
                    json={"question_id": qid, "choice": choice},
                )
    return quiz_setup | {"ids": out}


def zero(skills=("Fact or claim", "Attribution")):
    return {s: {"correct": 0, "answered": 0} for s in skills}


def discern(hits=0):
    return {
        "hits": hits,
        "misses": 0,
        "false_alarms": 0,
        "correct_rejections": 0,
        "d_prime": None,
    }


def test_results_json(api, answered):
    resp = api.get(f"/assignments/{answered['assignment_id']}/results", answered["teacher"])
    assert resp.status_code == 200
    q1, q2, q3 = answered["questions"]
    ids = answered["ids"]
    assert resp.get_json() == {
        "students": [
            {
                "student_id": ids["Kim"],
                "nickname": "Kim",
                "status": "in_progress",
                "score": 100,
                "correct": 1,
                "answered": 1,
                "by_skill": zero() | {"Fact or claim": {"correct": 1, "answered": 1}},
                "discernment": discern(hits=1),
            },
            {
                "student_id": ids["Lee"],
                "nickname": "Lee",
                "status": "not_started",
                "score": 0,
                "correct": 0,
                "answered": 0,
                "by_skill": zero(),
                "discernment": discern(),
            },
            {
                "student_id": ids["Sam"],
                "nickname": "Sam",
                "status": "in_progress",
                "score": 100,
                "correct": 1,
                "answered": 2,
                "by_skill": {
                    "Fact or claim": {"correct": 1, "answered": 1},
                    "Attribution": {"correct": 0, "answered": 1},
                },
                "discernment": discern(hits=1),
            },
        ],
        "questions": [
            {"question_id": q1, "answered": 2, "correct_rate": 1.0, "most_common_wrong": None},
            {"question_id": q2, "answered": 0, "correct_rate": None, "most_common_wrong": None},
            {"question_id": q3, "answered": 1, "correct_rate": 0.0, "most_common_wrong": "was"},
        ],
    }


def test_results_csv(api, answered):
    resp = api.get(f"/assignments/{answered['assignment_id']}/results.csv", answered["teacher"])
    assert resp.status_code == 200
    assert resp.mimetype == "text/csv"
    assert "attachment" in resp.headers["Content-Disposition"]
    raw = resp.get_data()
    assert raw.startswith(b"\xef\xbb\xbf")  # UTF-8 BOM, for spreadsheets
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig"))))
    assert rows[0] == [
        "student_id",
        "nickname",
        "status",
        "score",
        "correct",
        "answered",
        "d_prime",
        "Fact or claim correct",
        "Fact or claim answered",
        "Attribution correct",
        "Attribution answered",
    ]
    ids = answered["ids"]
    assert rows[1:] == [
        [str(ids["Kim"]), "Kim", "in_progress", "100", "1", "1", "", "1", "1", "0", "0"],
        [str(ids["Lee"]), "Lee", "not_started", "0", "0", "0", "", "0", "0", "0", "0"],
        [str(ids["Sam"]), "Sam", "in_progress", "100", "1", "2", "", "1", "1", "0", "1"],
    ]


def test_csv_defuses_formulas(api, app, quiz_setup):
    with app.app_context():
        for nick in ['=HYPERLINK("http://x")', "+1+1", "-2", "@SUM(A1)", "Plain"]:
            user = User(role=Role.STUDENT, nickname=nick)
            db.session.add(
                Membership(
                    class_id=quiz_setup["class_id"], user=user, nickname_key=casefold_key(nick)
                )
            )
        db.session.commit()
    text = api.get(
        f"/assignments/{quiz_setup['assignment_id']}/results.csv", quiz_setup["teacher"]
    ).get_data(as_text=True)
    nicknames = [row[1] for row in csv.reader(io.StringIO(text))][1:]
    assert sorted(nicknames) == sorted(
        ['\'=HYPERLINK("http://x")', "'+1+1", "'-2", "'@SUM(A1)", "Plain"]
    )


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("=1+1", "'=1+1"),
        ("+1", "'+1"),
        ("-1", "'-1"),
        ("@x", "'@x"),
        ("\tx", "'\tx"),
        ("a=b", "a=b"),
        (5, 5),
        ("", ""),
    ],
)
def test_safe_cell(value, expected):
    assert safe_cell(value) == expected


def test_results_are_the_teachers_own(api, answered, make_teacher):
    make_teacher("mr-other")
    other = api.teacher_token("mr-other")
    student = api.student_token("Zoe")
    for path in ("results", "results.csv"):
        resp = api.get(f"/assignments/{answered['assignment_id']}/{path}", other)
        assert resp.status_code == 404 and "Sam" not in resp.get_data(as_text=True)
        assert (
            api.get(f"/assignments/{answered['assignment_id']}/{path}", student).status_code == 403
        )
        assert api.get(f"/assignments/{answered['assignment_id']}/{path}").status_code == 401
        assert api.get(f"/assignments/999/{path}", answered["teacher"]).status_code == 404
