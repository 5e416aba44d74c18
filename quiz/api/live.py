"""Live games in the API: the teacher hosts (lobby, start, next, timer, reveal, end), players join,
read the game and answer. The same services as the pages (``quiz.services.live``); the database is
the truth, so any worker answers any call.

Rights: a game's calls for the host are its class's teacher's only (another teacher: 404); a
player's are for students of the game's class (a student of another class: 404). An answer is taken
only while its question is open (409 after it closed, not scored). What a player reads never holds
the right answer before the reveal.
"""

from __future__ import annotations

from typing import Any

from flask import current_app
from sqlalchemy.exc import IntegrityError, OperationalError

from questions.contract import QuestionKind
from quiz.api.common import ApiError, bp, current, not_found
from quiz.api.fields import Choice, Id, In, Json, NoBody, Out
from quiz.api.spec import STUDENTS, TEACHERS, endpoint, rule
from quiz.boards import push
from quiz.db import db
from quiz.models import LiveGame, LiveState
from quiz.services import access, live, scoring

TRIES = 3  # an answer that loses a race is re-read and replayed, never counted twice


class OpenGameIn(In):
    team_mode: bool = False


class GameQuestion(Out):
    """The open question as the room sees it: no answer, no explanation."""

    id: int
    kind: QuestionKind
    skill: str
    prompt: str
    options: list[str]
    multi: bool
    passage: str | None


class Reveal(Out):
    """After the question closed: how the class answered, the right answer and why."""

    answer: Choice
    explanation: str
    evidence: Json | None
    counts: list[int]
    right: int
    answered: int


class BoardRow(Out):
    rank: int
    nickname: str
    score: int
    bonus: int


class TeamRow(Out):
    rank: int
    team: str
    score: int
    bonus: int


class SkillRow(Out):
    skill: str
    correct: int
    answered: int


class GameOut(Out):
    """A live game as the projector shows it (``lobby``: the first 300 nicknames that joined).

    ``question``, ``ms_left`` and ``answered`` are null outside a question; ``reveal`` is set on a
    reveal; ``board`` (top 5) from the first reveal; ``podium`` and ``skills`` at the end.
    """

    game_id: int
    assignment_id: int
    version: int
    state: LiveState
    index: int
    total: int
    players: int
    timed: bool
    paused: bool
    ms_left: int | None
    question: GameQuestion | None
    answered: int | None
    reveal: Reveal | None
    board: list[BoardRow]
    teams: list[TeamRow]
    podium: list[BoardRow]
    skills: list[SkillRow]
    lobby: list[str]


class Me(Out):
    """The player's own line."""

    attempt_id: int
    score: int
    bonus: int
    rank: int | None  # from the first reveal on
    of: int | None
    answered: bool  # this player answered the question on screen
    correct: bool | None  # only once that question is revealed


class PlayerGameOut(Out):
    """A live game as a player's phone shows it: the game without the lobby's names, and ``me``."""

    game: GameOut
    me: Me


class LiveAnswerIn(In):
    attempt_id: Id
    question_id: Id
    choice: Choice


class LiveAnswerOut(Out):
    """Recorded (201), or the same answer again (200); right or wrong is told at the reveal."""

    recorded: bool
    message: str


def _game_json(game: LiveGame, snap: dict[str, Any], *, lobby: bool) -> dict[str, Any]:
    return {
        "game_id": game.id,
        "assignment_id": game.assignment_id,
        "version": snap["version"],
        "state": snap["state"],
        "index": snap["index"],
        "total": snap["total"],
        "players": snap["players"],
        "timed": snap["timed"],
        "paused": bool(snap.get("paused")),
        "ms_left": snap.get("ms_left"),
        "question": snap.get("question"),
        "answered": snap.get("answered"),
        "reveal": snap.get("reveal"),
        "board": snap.get("board", []),
        "teams": snap.get("teams", []),
        "podium": snap.get("podium", []),
        "skills": snap.get("skills", []),
        "lobby": snap.get("lobby", []) if lobby else [],
    }


def _snapshot(game: LiveGame) -> dict[str, Any]:
    """The game's snapshot for players: this process's (the same version, at most a second
    old) or built now — 2,000 phones asking at once cost one build."""
    return push.hub(current_app._get_current_object()).current(game)


def _host_game(game_id: int) -> LiveGame:
    """A game of one of the teacher's classes (another teacher's looks like none: 404)."""
    game = db.session.get(LiveGame, game_id)
    if game is None or game.assignment.classroom.teacher_id != current().id:
        raise not_found("That live game")
    return game


def _player_game(game_id: int) -> LiveGame:
    """A game of one of the student's classes (another class's looks like none: 404)."""
    game = live.players_game(db.session, game_id, current().id)
    if game is None:
        raise not_found("That live game")
    return game


def _host_out(game: LiveGame) -> dict[str, Any]:
    """The host's view, built now (one host; players share the process's cached snapshot)."""
    return _game_json(game, live.snapshot(db.session, game), lobby=True)


def _player_out(game: LiveGame) -> dict[str, Any]:
    state = live.player_state(db.session, game, current().id)
    if not state["joined"]:
        raise ApiError(409, "Join the game first (POST /assignments/{id}/live/join).")
    me = {
        "attempt_id": state["attempt_id"],
        "score": state["score"],
        "bonus": state["bonus"],
        "rank": state.get("rank"),
        "of": state.get("of"),
        "answered": bool(state.get("answered")),
        "correct": state.get("correct"),
    }
    return {"game": _game_json(game, _snapshot(game), lobby=False), "me": me}


# --- the host -----------------------------------------------------------------------------------

HOST_ERRORS = {409: "The game cannot take that step now (the message says why)."}


@endpoint(
    bp,
    "POST",
    "/assignments/{assignment_id}/live",
    roles=TEACHERS,
    body=OpenGameIn,
    responses={201: GameOut, 200: GameOut},
    errors={409: "The assignment is not a live one."},
)
def live_open(assignment_id: int, body: OpenGameIn):
    """Open the live game of a live assignment in its lobby (201), or return to it (200)."""
    assignment = access.own_assignment(db.session, current(), assignment_id)
    if assignment is None:
        raise not_found("That assignment")
    existing = live.game_of(db.session, assignment.id)
    if existing is not None:
        return _host_out(existing), 200
    try:
        game = live.open_game(db.session, assignment, team_mode=body.team_mode)
        db.session.commit()
    except live.GameError as exc:
        db.session.rollback()
        raise ApiError(409, str(exc)) from None
    except IntegrityError:  # opened a moment ago by another call
        db.session.rollback()
        return _host_out(live.game_of(db.session, assignment.id)), 200
    return _host_out(game), 201


@endpoint(bp, "GET", "/live/{game_id}", roles=TEACHERS, response=GameOut)
def live_game(game_id: int):
    """The game as the projector shows it, with the lobby's names (the host's view)."""
    return _host_out(_host_game(game_id))


def _step(game_id: int, action, *, only_from: LiveState | None = None) -> dict[str, Any]:
    game = _host_game(game_id)
    if only_from is not None and game.state != only_from:
        raise ApiError(409, "The game has started already.")
    try:
        action(db.session, game)
        db.session.commit()
    except live.GameError as exc:
        db.session.rollback()
        raise ApiError(409, str(exc)) from None
    db.session.refresh(game)
    return _host_out(game)


@endpoint(
    bp, "POST", "/live/{game_id}/start", roles=TEACHERS, body=NoBody, response=GameOut,
    errors=HOST_ERRORS,
)  # fmt: skip
def live_start(game_id: int, body: NoBody):
    """Start the game from its lobby: the first question opens (its timer runs)."""
    return _step(game_id, live.advance, only_from=LiveState.LOBBY)


@endpoint(
    bp, "POST", "/live/{game_id}/advance", roles=TEACHERS, body=NoBody, response=GameOut,
    errors=HOST_ERRORS,
)  # fmt: skip
def live_advance(game_id: int, body: NoBody):
    """The next question (after a reveal), or the podium after the last one."""
    return _step(game_id, live.advance)


@endpoint(
    bp, "POST", "/live/{game_id}/reveal", roles=TEACHERS, body=NoBody, response=GameOut,
    errors=HOST_ERRORS,
)  # fmt: skip
def live_reveal(game_id: int, body: NoBody):
    """Close the open question (no more answers count) and show how the class answered."""
    return _step(game_id, live.reveal)


@endpoint(
    bp, "POST", "/live/{game_id}/pause", roles=TEACHERS, body=NoBody, response=GameOut,
    errors=HOST_ERRORS,
)  # fmt: skip
def live_pause(game_id: int, body: NoBody):
    """Stop the question's timer (answers are still taken while paused)."""
    return _step(game_id, live.pause)


@endpoint(
    bp, "POST", "/live/{game_id}/resume", roles=TEACHERS, body=NoBody, response=GameOut,
    errors=HOST_ERRORS,
)  # fmt: skip
def live_resume(game_id: int, body: NoBody):
    """Run the paused timer again from where it stopped."""
    return _step(game_id, live.resume)


@endpoint(
    bp, "POST", "/live/{game_id}/extend", roles=TEACHERS, body=NoBody, response=GameOut,
    errors=HOST_ERRORS,
)  # fmt: skip
def live_extend(game_id: int, body: NoBody):
    """Give the open question 10 seconds more (also just after its time ran out)."""
    return _step(game_id, live.extend)


@endpoint(
    bp, "POST", "/live/{game_id}/end", roles=TEACHERS, body=NoBody, response=GameOut,
    errors=HOST_ERRORS,
)  # fmt: skip
def live_end(game_id: int, body: NoBody):
    """End the game now: podium and results by skill; the assignment closes."""
    return _step(game_id, live.finish)


# --- the players --------------------------------------------------------------------------------


@endpoint(
    bp,
    "POST",
    "/assignments/{assignment_id}/live/join",
    roles=STUDENTS,
    body=NoBody,
    responses={201: PlayerGameOut, 200: PlayerGameOut},
    errors={409: "No live game is open for this assignment, or it finished before you joined."},
)
def live_join(assignment_id: int, body: NoBody):
    """Join the assignment's live game (201), or come back to it with the same score (200)."""
    assignment = access.class_assignment(db.session, current(), assignment_id)
    if assignment is None:
        raise not_found("That assignment")
    game = live.game_of(db.session, assignment.id)
    if game is None:
        raise ApiError(409, "No live game is open for this assignment yet.")
    status = 200
    try:
        if live.player_state(db.session, game, current().id)["joined"] is False:
            status = 201
        live.join(db.session, game, current())
        db.session.commit()
    except live.GameError as exc:
        db.session.rollback()
        raise ApiError(409, str(exc)) from None
    except (IntegrityError, OperationalError):  # joined a moment ago by another call
        db.session.rollback()
        status = 200
    return _player_out(game), status


@endpoint(bp, "GET", "/live/{game_id}/me", roles=STUDENTS, response=PlayerGameOut)
def live_state(game_id: int):
    """The game as this player sees it now, with their own score, answer and (from the first
    reveal) rank — what the push stream sends, for clients that poll."""
    return _player_out(_player_game(game_id))


@endpoint(
    bp,
    "POST",
    "/live/{game_id}/answers",
    roles=STUDENTS,
    body=LiveAnswerIn,
    responses={201: LiveAnswerOut, 200: LiveAnswerOut},
    errors={
        409: "Another answer already stands, or the question is closed or its time is up "
        "(not scored).",
        503: "Busy; send the same answer again.",
    },
)
def live_answer(game_id: int, body: LiveAnswerIn):
    """Answer the open question (once: the same answer again is 200 and counted once)."""
    for _ in range(TRIES):
        try:
            done = scoring.submit_answer(
                db.session, current().id, body.attempt_id, body.question_id, body.choice,
                live=True, game_id=game_id,
            )  # fmt: skip
            db.session.commit()
        except scoring.Refused as exc:
            db.session.rollback()
            if exc.status == 404:
                raise not_found("That game or attempt") from None
            if exc.status == 422:
                raise rule(exc.field or "choice", exc.message) from None
            raise ApiError(exc.status, exc.message) from None
        except (IntegrityError, OperationalError):  # lost a race: read what the winner wrote
            db.session.rollback()
            continue
        if done.status == 409:
            raise ApiError(409, "You already answered this question; your first answer stands.")
        if done.status == 201:
            return {"recorded": True, "message": "Answer recorded."}, 201
        return {"recorded": False, "message": "The same answer again: counted once."}, 200
    raise ApiError(503, "The server is busy; send the same answer again.", "unavailable")
