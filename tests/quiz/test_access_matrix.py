"""The access matrix: every route and API call that takes an id, tried by every kind of caller.

The routes come from ``app.url_map``, so a new route that takes an id and is not in ``ALLOWED``
fails ``test_every_id_route_is_in_the_table`` — add it with who may use it. Each route is then
called, with every method it has, as: anonymous, a student of the class, a student of another
class, the class's teacher, another teacher, an admin, and a display link (an anonymous browser
holding the class's projector link; every other caller tries a link that was renewed away). The
allowed callers must get past access control (no 401/403/404, no 5xx); the others must get
401/403/404 (or, for a page, the sign-in redirect) and never any of the objects' data. Event
streams of the allowed callers are opened and closed at once.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import timedelta

import pytest
from flask import url_for
from werkzeug.security import generate_password_hash

from quiz.db import db, utcnow
from quiz.models import (
    Answer,
    ApiToken,
    Assignment,
    Attempt,
    Classroom,
    ImportJob,
    Invite,
    Membership,
    Mode,
    Question,
    QuestionSet,
    QuestionStatus,
    Role,
    SetItem,
    Story,
    Team,
    User,
    casefold_key,
)
from quiz.services import boards, live

ANON, STUDENT, OTHER_STUDENT, TEACHER, OTHER_TEACHER, ADMIN, DISPLAY = (
    "anonymous",
    "student of the class",
    "student of another class",
    "the class's teacher",
    "another teacher",
    "an admin",
    "the class's display link",
)
ACTORS = (ANON, STUDENT, OTHER_STUDENT, TEACHER, OTHER_TEACHER, ADMIN, DISPLAY)
BROWSER_ONLY = {ANON, DISPLAY}  # no sign-in, no API token
T, S, MEMBERS = {TEACHER}, {STUDENT}, {TEACHER, STUDENT}

# endpoint -> who may use it. Every endpoint whose URL takes an id must be here.
ALLOWED: dict[str, set[str]] = {
    # JSON API
    "api.answer": S,
    "api.assignment_board": MEMBERS,
    "api.class_board": MEMBERS,
    "api.class_students": T,
    "api.edit_question": T,
    "api.finish": S,
    "api.get_story": T,
    "api.new_assignment": T,
    "api.results": T,
    "api.results_as_csv": T,
    "api.start_attempt": S,
    "api.story_questions": T,
    "api.delete_student": T,
    "api.patch_student": T,
    "api.reset_student_pin": T,
    "api.revoke_one_token": T,
    "api.assignment_stories": S,
    "api.delete_assignment": T,
    "api.edit_assignment": T,
    "api.delete_set": T,
    "api.duplicate_set": T,
    "api.edit_set": T,
    "api.export_set": T,
    "api.get_set": T,  # the teacher's own token (token_id); everyone else 401/404
    "api.import_job": T,
    # Students' pages
    "play.answer": S,
    "play.feedback": S,
    "play.play": S,
    "play.summary": S,
    # Teachers' pages
    "teach.approve_all": T,
    "teach.assign_story": T,
    "teach.assignment_close": T,
    "teach.assignment_delete": T,
    "teach.assignment_edit": T,
    "teach.assignment_reopen": T,
    "teach.delete_story": T,
    "teach.edit_question": T,
    "teach.results": T,
    "teach.results_csv": T,
    "teach.set_add": T,
    "teach.set_assign": T,
    "teach.set_delete": T,
    "teach.set_duplicate": T,
    "teach.set_export": T,
    "teach.set_move": T,
    "teach.set_order": T,
    "teach.set_page": T,
    "teach.set_remove": T,
    "teach.set_settings": T,
    "teach.set_status": T,
    "teach.set_title": T,
    "teach.story": T,
    "play.question": S,
    "play.read": S,
    "teach.assign_teams": T,
    "teach.class_page": T,
    "teach.class_projector": T,
    "teach.class_qr": T,
    "teach.clear_teams": T,
    "teach.edit_story": T,
    "teach.make_teams": T,
    "teach.new_join_code": T,
    "teach.regenerate_questions": T,
    "teach.remove_student": T,
    "teach.rename_class_view": T,
    "teach.rename_team": T,
    "teach.reset_pin": T,
    "teach.student_page": T,
    "teach.claims_map": T,
    "teach.import_job": T,
    "teach.import_job_state": T,
    "teach.discard_import_job": T,
    # Live games and boards: the class's teacher hosts, its students play and see the boards,
    # the projector needs only the class's display link (and nothing else does).
    "boards.answer": S,
    "boards.board_settings": T,
    "boards.class_board": MEMBERS,
    "boards.control": T,
    "boards.display": {DISPLAY},
    "boards.display_current": {DISPLAY},
    "boards.display_events": {DISPLAY},
    "boards.host": T,
    "boards.host_events": T,
    "boards.open_game": T,
    "boards.play": S,
    "boards.player_events": S,
    "boards.renew_display": T,
    "boards.revoke_display": T,
    # Admin pages: the admin only (an admin is a teacher too, but not of this class).
    "accounts.revoke_invite": {ADMIN},
    # The live game's API calls: the class's teacher hosts, its students play.
    "api.live_open": T,
    "api.live_join": S,
    "api.live_game": T,
    "api.live_start": T,
    "api.live_advance": T,
    "api.live_reveal": T,
    "api.live_pause": T,
    "api.live_resume": T,
    "api.live_extend": T,
    "api.live_end": T,
    "api.live_state": S,
    "api.live_answer": S,
}
# Routes whose id argument means another object of the world than its name says.
LIVE_ASSIGNMENT = {"assignment_id": "live_assignment_id"}
ARGS = {
    "boards.open_game": LIVE_ASSIGNMENT,
    "boards.play": LIVE_ASSIGNMENT,
    "api.live_open": LIVE_ASSIGNMENT,
    "api.live_join": LIVE_ASSIGNMENT,
}

# What the allowed caller sends so the call means something (ids by name from the world).
FORMS = {
    "play.answer": {"question_id": "second_question_id", "choice": "0"},
    "api.answer": {"question_id": "second_question_id", "choice": 0},
    "boards.answer": {"attempt_id": "live_attempt_id", "question_id": "question_id", "choice": "1"},
}
# Routes with a path argument that is not an object id.
NOT_ID_ROUTES = {"static"}

SECRET = "zq7k"  # in every name, title and prompt of the world: must never leak to the denied
CHEAP = "pbkdf2:sha256:1000"  # fast hashes: this test signs in hundreds of times
PASSWORD = "matrix password 1"  # noqa: S105 - test only
PIN = "4321"


@dataclass
class World:
    ids: dict[str, int | str] = field(default_factory=dict)
    logins: dict[str, tuple[str, str]] = field(default_factory=dict)  # actor -> (kind, name)
    tokens: dict[str, str] = field(default_factory=dict)


def _teacher(name: str) -> User:
    user = User(role=Role.TEACHER, username=name, username_key=casefold_key(name))
    user.password_hash = generate_password_hash(PASSWORD, CHEAP)
    return user


def _student(classroom: Classroom, nickname: str) -> User:
    user = User(role=Role.STUDENT, nickname=nickname)
    user.pin_hash = generate_password_hash(PIN, CHEAP)
    db.session.add(Membership(classroom=classroom, user=user, nickname_key=casefold_key(nickname)))
    return user


def build_world(app) -> World:
    """Two teachers with a class each, a student in each, and the first teacher's objects."""
    with app.app_context():
        teacher, other = _teacher(f"teacher-{SECRET}"), _teacher(f"other-{SECRET}")
        admin = _teacher(f"admin-{SECRET}")
        admin.role = Role.ADMIN
        db.session.add_all([teacher, other, admin])
        classroom = Classroom(name=f"Class {SECRET}", join_code="MTX234", teacher=teacher)
        elsewhere = Classroom(name=f"Elsewhere {SECRET}", join_code="MTX567", teacher=other)
        student = _student(classroom, f"Pupil {SECRET}")
        outsider = _student(elsewhere, f"Outsider {SECRET}")
        db.session.flush()
        text = f"The council said the {SECRET} bridge would open on Monday.\n"
        story = Story(
            owner_id=teacher.id, title=f"Story {SECRET}", text=text, text_hash=Story.hash_text(text)
        )
        db.session.add(story)
        db.session.flush()
        question = Question(
            owner_id=teacher.id,
            story_id=story.id,
            kind="fact_or_claim",
            skill="Fact or claim",
            prompt=f"Prompt {SECRET}?",
            options=["Fact", "Claim"],
            answer=1,
            explanation=f"Because {SECRET}.",
            status=QuestionStatus.APPROVED,
        )
        second = Question(
            owner_id=teacher.id,
            story_id=story.id,
            kind="fact_or_claim",
            skill="Fact or claim",
            prompt=f"Second {SECRET}?",
            options=["Fact", "Claim"],
            answer=0,
            explanation=f"Because {SECRET}.",
            status=QuestionStatus.APPROVED,
        )
        db.session.add_all([question, second])
        db.session.flush()
        qset = QuestionSet(owner_id=teacher.id, title=f"Set {SECRET}")
        qset.items = [
            SetItem(question_id=question.id, position=0),
            SetItem(question_id=second.id, position=1),
        ]
        db.session.add(qset)
        db.session.flush()
        assignment = Assignment(class_id=classroom.id, set_id=qset.id, title=f"Quiz {SECRET}")
        db.session.add(assignment)
        db.session.flush()
        attempt = Attempt(assignment_id=assignment.id, student_id=student.id, score=1)
        db.session.add(attempt)
        db.session.flush()
        db.session.add(
            Answer(attempt_id=attempt.id, question_id=question.id, choice=1, correct=True, points=1)
        )
        live_assignment = Assignment(
            class_id=classroom.id, set_id=qset.id, title=f"Live {SECRET}", mode=Mode.LIVE
        )
        db.session.add(live_assignment)
        db.session.flush()
        game = live.open_game(db.session, live_assignment)
        live_attempt = live.join(db.session, game, student)
        old_key = boards.renew_display_key(db.session, classroom.id)
        key = boards.renew_display_key(db.session, classroom.id)  # old_key stops working
        job = ImportJob(owner_id=teacher.id, text=f"Queued {SECRET} text.\n", details={})
        db.session.add(job)
        team = Team(class_id=classroom.id, name=f"Team {SECRET}")
        invite = Invite(
            code_hash=Invite.hash(SECRET),
            note=f"Invite {SECRET}",
            created_by_id=teacher.id,
            expires_at=utcnow() + timedelta(days=1),
        )
        db.session.add_all([team, invite])
        world = World()
        tokens_rows = {}
        for actor, user in (
            (STUDENT, student),
            (OTHER_STUDENT, outsider),
            (TEACHER, teacher),
            (OTHER_TEACHER, other),
            (ADMIN, admin),
        ):
            row, secret = ApiToken.issue(user)
            db.session.add(row)
            world.tokens[actor] = secret
            tokens_rows[actor] = row
        db.session.commit()
        world.ids = {
            "class_id": classroom.id,
            "story_id": story.id,
            "question_id": question.id,
            "second_question_id": second.id,
            "set_id": qset.id,
            "assignment_id": assignment.id,
            "attempt_id": attempt.id,
            "student_id": student.id,
            "team_id": team.id,
            "invite_id": invite.id,
            "token_id": tokens_rows[TEACHER].id,
            "live_assignment_id": live_assignment.id,
            "live_attempt_id": live_attempt.id,
            "game_id": game.id,
            "action": "advance",
            "key": key,
            "old_key": old_key,
            "job_id": job.id,
        }
        world.logins = {
            STUDENT: ("join", student.nickname, "MTX234"),
            OTHER_STUDENT: ("join", outsider.nickname, "MTX567"),
            TEACHER: ("login", teacher.username),
            OTHER_TEACHER: ("login", other.username),
            ADMIN: ("login", admin.username),
        }
        return world


def id_rules(app) -> list:
    return [
        rule
        for rule in app.url_map.iter_rules()
        if rule.arguments and rule.endpoint not in NOT_ID_ROUTES
    ]


def test_every_id_route_is_in_the_table(app):
    missing = sorted({r.endpoint for r in id_rules(app)} - ALLOWED.keys())
    assert not missing, (
        "These routes take an id but are not in the access matrix; add each to ALLOWED in "
        f"tests/quiz/test_access_matrix.py with who may use it: {missing}"
    )
    stale = sorted(ALLOWED.keys() - {r.endpoint for r in app.url_map.iter_rules()})
    assert not stale, f"ALLOWED names routes that no longer exist: {stale}"


def _client_for(app, world: World, actor: str, csrf):
    client = app.test_client()
    if actor in BROWSER_ONLY:
        return client
    kind, name, *code = world.logins[actor]
    if kind == "login":
        data = {"username": name, "password": PASSWORD, "csrf_token": csrf(client, "/login")}
        assert client.post("/login", data=data).status_code == 302
    else:
        data = {
            "join_code": code[0],
            "nickname": name,
            "rejoin_pin": PIN,
            "csrf_token": csrf(client, "/join"),
        }
        assert client.post("/join", data=data).status_code == 302
    return client


def _call(app, client, world: World, actor: str, rule, method: str, csrf):
    args = {}
    for name in rule.arguments:
        source = ARGS.get(rule.endpoint, {}).get(name, name)
        if name == "key" and actor != DISPLAY:
            source = "old_key"  # everyone else tries a display link that was renewed away
        assert source in world.ids, f"{rule.endpoint}: no object in the world for <{name}>"
        args[name] = world.ids[source]
    with app.test_request_context():
        path = url_for(rule.endpoint, **args)
    if path.startswith("/api/"):
        headers = (
            {"Authorization": f"Bearer {world.tokens[actor]}"} if actor not in BROWSER_ONLY else {}
        )
        body = None
        if method in ("POST", "PATCH", "PUT"):  # a well-formed body, so access decides
            fields = FORMS.get(rule.endpoint, {})
            body = {k: world.ids.get(v, v) if isinstance(v, str) else v for k, v in fields.items()}
        return client.open(path, method=method, headers=headers, json=body)
    data = None
    if method in ("POST", "PATCH", "PUT", "DELETE"):
        data = {"csrf_token": csrf(client, "/" if actor not in BROWSER_ONLY else "/login")}
        for key, value in FORMS.get(rule.endpoint, {}).items():
            data[key] = str(world.ids.get(value, value))
    return client.open(path, method=method, data=data)


def _methods(rule) -> list[str]:
    methods = sorted(rule.methods - {"HEAD", "OPTIONS"}, key=lambda m: m != "GET")
    return methods  # GET first: the allowed teacher's POST may delete the object


def _denied(response) -> bool:
    if response.status_code in (401, 403, 404):
        return True
    # The API framework checks a body's shape before who asks; a 422 for an empty body says
    # nothing about the object (the body is still checked for leaks). Noted in the closing note.
    if response.status_code == 422 and response.request.path.startswith("/api/"):
        return True
    return response.status_code == 302 and "/login" in response.headers.get("Location", "")


@pytest.fixture
def matrix(app, csrf):
    world = build_world(app)
    clients = {actor: _client_for(app, world, actor, csrf) for actor in ACTORS}
    return world, clients


def _rule_ids(app_rules):
    return [f"{r.endpoint}" for r in app_rules]


def _all_rules():
    from quiz import create_app
    from quiz.config import TestConfig

    app = create_app(TestConfig.as_dict() | {"DATABASE_URL": "sqlite://"})
    rules = [(r.endpoint, r.rule) for r in id_rules(app)]
    app.extensions["db_engine"].dispose()
    return sorted(rules)


@pytest.mark.parametrize(("endpoint", "path"), _all_rules(), ids=lambda v: str(v))
def test_only_the_allowed_callers_get_through(app, matrix, csrf, endpoint, path):
    world, clients = matrix
    rule = next(r for r in app.url_map.iter_rules() if r.endpoint == endpoint and r.rule == path)
    allowed = ALLOWED.get(endpoint)
    if allowed is None:
        pytest.fail(f"{endpoint} is not in the access matrix (see the first test)")
    methods = _methods(rule)
    for method in methods:
        for actor in ACTORS:
            if actor in allowed:
                continue
            response = _call(app, clients[actor], world, actor, rule, method, csrf)
            # Their own name may show (in the page header); nothing else of the world may.
            own = world.logins[actor][1] if actor not in BROWSER_ONLY else None
            body = response.get_data(as_text=True)
            if own:
                body = body.replace(own, "")
            assert _denied(response), (
                f"{method} {path} as {actor}: {response.status_code}, expected 401/403/404"
            )
            assert SECRET not in body, f"{method} {path} as {actor} leaked data: {body[:300]}"
    for method in methods:
        for actor in sorted(allowed):
            response = _call(app, clients[actor], world, actor, rule, method, csrf)
            response.close()  # an event stream is only opened
            assert response.status_code < 500, f"{method} {path} as {actor}: a server error"
            refused = response.status_code in (401, 403, 404) or (
                response.status_code == 302 and "/login" in response.headers.get("Location", "")
            )
            assert not refused, (
                f"{method} {path} as {actor}: {response.status_code}, but {actor} may use it"
            )
