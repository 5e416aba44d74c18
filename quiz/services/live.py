"""Live games: the lobby, the teacher stepping through questions, the timer, and what the room sees.

The database is the only truth: every change is one UPDATE of the ``live_games`` row that also
bumps ``version``, so any worker on any machine serves any player, and the push channel
(:mod:`quiz.boards.push`) only has to watch that one number. Answers go through
:func:`quiz.services.scoring.submit_answer` like any other, which refuses them unless the game is
showing that question and its time is not up.

States: lobby → question → reveal → question → … → finished. A set setting ``timed: false``
switches the timer and the speed bonus off (the teacher advances when the room is ready).
"""

from __future__ import annotations

import json
from collections import Counter
from datetime import datetime, timedelta
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session

from quiz.db import utcnow
from quiz.models import (
    Answer,
    Assignment,
    AssignmentStatus,
    Attempt,
    LiveGame,
    LiveState,
    Membership,
    Mode,
    Question,
    User,
)
from quiz.services import access, ranking, scoring

DEFAULT_SECONDS = 20
EXTEND_SECONDS = 10
LOBBY_NAMES = 300  # the projector lists at most this many names (and the count of all)
BOARD_ROWS = 5


class GameError(ValueError):
    """A step the game cannot take in its present state (the message says why)."""


def is_timed(assignment: Assignment) -> bool:
    """Timed unless the set's settings say ``timed: false`` (no timer, no speed bonus)."""
    return (assignment.question_set.settings or {}).get("timed", True) is not False


def game_of(session: Session, assignment_id: int) -> LiveGame | None:
    return session.scalar(sa.select(LiveGame).where(LiveGame.assignment_id == assignment_id))


def open_game(session: Session, assignment: Assignment, *, team_mode: bool = False) -> LiveGame:
    """The assignment's game, opened in the lobby the first time."""
    if assignment.mode != Mode.LIVE:
        raise GameError("Only a live assignment can be played as a live game.")
    game = game_of(session, assignment.id)
    if game is None:
        game = LiveGame(
            assignment_id=assignment.id,
            state=LiveState.LOBBY,
            current_index=-1,
            version=1,
            seconds=DEFAULT_SECONDS if is_timed(assignment) else None,
            team_mode=team_mode,
        )
        session.add(game)
        session.flush()
    return game


def _bump(game: LiveGame) -> None:
    game.version = LiveGame.version + 1  # in SQL: two workers never lose a bump


def join(session: Session, game: LiveGame, student: User) -> Attempt:
    """The player's attempt: a new one, or the same one (same score) when they come back."""
    attempt = session.scalar(
        sa.select(Attempt).where(
            Attempt.assignment_id == game.assignment_id, Attempt.student_id == student.id
        )
    )
    if attempt is None:
        if game.state == LiveState.FINISHED:
            raise GameError("This game has finished.")
        # No version bump: 2,000 joins would be 2,000 pushes. The lobby's list of names moves
        # with the push channel's once-a-second refresh of a game in the lobby.
        attempt = Attempt(assignment_id=game.assignment_id, student_id=student.id)
        session.add(attempt)
        session.flush()
    return attempt


def advance(session: Session, game: LiveGame, now: datetime | None = None) -> LiveGame:
    """Show the next question (from the lobby or a reveal), or finish after the last."""
    now = now or utcnow()
    if game.state == LiveState.QUESTION:
        raise GameError("Show the answers to this question first.")
    if game.state == LiveState.FINISHED:
        raise GameError("This game has finished.")
    questions = scoring.set_questions(session, game.assignment.set_id)
    index = game.current_index + 1
    if index >= len(questions):
        return finish(session, game, now)
    game.state, game.current_index = LiveState.QUESTION, index
    game.question_id = questions[index].id
    game.question_started_at, game.paused_left_ms = now, None
    game.deadline_at = now + timedelta(seconds=game.seconds) if game.seconds else None
    _bump(game)
    return game


def reveal(session: Session, game: LiveGame, now: datetime | None = None) -> LiveGame:
    """Close the question (no more answers count) and show how the class answered."""
    if game.state != LiveState.QUESTION:
        raise GameError("There is no open question to close.")
    game.state, game.paused_left_ms = LiveState.REVEAL, None
    _bump(game)
    return game


def pause(session: Session, game: LiveGame, now: datetime | None = None) -> LiveGame:
    """Stop the clock; answers are still taken while paused."""
    now = now or utcnow()
    if game.state != LiveState.QUESTION or game.deadline_at is None:
        raise GameError("Only a running timer can be paused.")
    game.paused_left_ms = scoring.ms_left(game.deadline_at, None, now)
    game.deadline_at = None
    _bump(game)
    return game


def resume(session: Session, game: LiveGame, now: datetime | None = None) -> LiveGame:
    now = now or utcnow()
    if game.state != LiveState.QUESTION or game.paused_left_ms is None:
        raise GameError("The timer is not paused.")
    game.deadline_at = now + timedelta(milliseconds=game.paused_left_ms)
    game.paused_left_ms = None
    _bump(game)
    return game


def extend(session: Session, game: LiveGame, now: datetime | None = None) -> LiveGame:
    """Give EXTEND_SECONDS more (also to a question whose time just ran out)."""
    now = now or utcnow()
    if game.state != LiveState.QUESTION or not game.seconds:
        raise GameError("Only a timed open question can be extended.")
    if game.paused_left_ms is not None:
        game.paused_left_ms += EXTEND_SECONDS * 1000
    else:
        deadline = max(scoring._aware(game.deadline_at) or now, now)
        game.deadline_at = deadline + timedelta(seconds=EXTEND_SECONDS)
    _bump(game)
    return game


def finish(session: Session, game: LiveGame, now: datetime | None = None) -> LiveGame:
    """End the game: podium and results; every attempt finished, the assignment closed."""
    now = now or utcnow()
    game.state, game.question_id, game.deadline_at, game.paused_left_ms = (
        LiveState.FINISHED, None, None, None,
    )  # fmt: skip
    session.execute(
        sa.update(Attempt)
        .where(Attempt.assignment_id == game.assignment_id, Attempt.finished_at.is_(None))
        .values(finished_at=now)
    )
    game.assignment.status = AssignmentStatus.CLOSED
    _bump(game)
    return game


# --- what the room sees -------------------------------------------------------------------------


def snapshot(session: Session, game: LiveGame, now: datetime | None = None) -> dict[str, Any]:
    """The game as the projector shows it (players get :func:`for_players` of it)."""
    now = now or utcnow()
    assignment = game.assignment
    questions = scoring.set_questions(session, assignment.set_id)
    players = session.scalar(
        sa.select(sa.func.count()).where(Attempt.assignment_id == assignment.id)
    )
    out: dict[str, Any] = {
        "game": game.id,
        "version": game.version,
        "state": game.state.value,
        "index": game.current_index,
        "total": len(questions),
        "players": players,
        "timed": bool(game.seconds),
        "title": assignment.display_title if hasattr(assignment, "display_title") else "",
    }
    if game.state == LiveState.LOBBY:
        out["lobby"] = lobby_names(session, assignment.id)
    question = session.get(Question, game.question_id) if game.question_id else None
    if question is not None:
        out["question"] = question_json(question)
        out["ms_left"] = scoring.ms_left(game.deadline_at, game.paused_left_ms, now)
        out["paused"] = game.paused_left_ms is not None
        out["answered"] = _answered(session, assignment.id, question.id)
    if game.state == LiveState.REVEAL and question is not None:
        out["reveal"] = reveal_json(session, assignment, question)
    if game.state in (LiveState.REVEAL, LiveState.FINISHED):
        board = ranking.leaderboard(session, assignment.class_id, assignment.id, with_players=True)
        out["_ranks"] = {e.student_id: _row(e) | {"of": len(board)} for e in board}
        out["board"] = [_row(e) for e in board[:BOARD_ROWS]]
        if game.team_mode:
            teams = ranking.team_board(session, assignment.class_id, assignment.id)
            out["teams"] = [t.to_json() for t in teams]
    if game.state == LiveState.FINISHED:
        out["podium"] = out["board"][:3]
        out["skills"] = skills_json(session, assignment, questions)
    return out


def for_display(snap: dict[str, Any]) -> dict[str, Any]:
    """What the projector gets: everything but the per-player lines."""
    return {k: v for k, v in snap.items() if not k.startswith("_")}


def for_player(snap: dict[str, Any], student_id: int) -> dict[str, Any]:
    """What one phone gets: no list of names, but the player's own rank and score."""
    out = {k: v for k, v in snap.items() if k != "lobby" and not k.startswith("_")}
    out["me"] = snap.get("_ranks", {}).get(student_id)
    return out


def display_text(snap: dict[str, Any]) -> str:
    """:func:`for_display` as JSON text, encoded once per snapshot however many displays."""
    if "_display_text" not in snap:
        snap["_display_text"] = json.dumps(for_display(snap))
    return snap["_display_text"]


def player_text(snap: dict[str, Any], student_id: int) -> str:
    """:func:`for_player` as JSON text; encoded once per snapshot while no one has a rank."""
    if "_ranks" in snap:
        return json.dumps(for_player(snap, student_id))
    if "_player_text" not in snap:
        snap["_player_text"] = json.dumps(for_player(snap, student_id))
    return snap["_player_text"]


def _row(e: ranking.Entry) -> dict[str, Any]:
    return {"rank": e.rank, "nickname": e.nickname, "score": e.score, "bonus": e.bonus}


def lobby_names(session: Session, assignment_id: int) -> list[str]:
    """Nicknames of the players who joined, in the order they joined (at most LOBBY_NAMES)."""
    rows = session.scalars(
        sa.select(User.nickname)
        .join(Attempt, Attempt.student_id == User.id)
        .where(Attempt.assignment_id == assignment_id)
        .order_by(Attempt.id)
        .limit(LOBBY_NAMES)
    )
    return [n or "?" for n in rows]


def question_json(q: Question) -> dict[str, Any]:
    """A question as the room sees it while it is open: no answer, no explanation."""
    passage = (q.evidence or {}).get("text") if isinstance(q.evidence, dict) else None
    return {
        "id": q.id,
        "kind": q.kind,
        "skill": q.skill,
        "prompt": q.prompt,
        "options": q.options,
        "multi": scoring.is_multi(q.kind),
        "passage": passage,
    }


def _answered(session: Session, assignment_id: int, question_id: int) -> int:
    return session.scalar(
        sa.select(sa.func.count())
        .select_from(Answer)
        .join(Attempt, Attempt.id == Answer.attempt_id)
        .where(Attempt.assignment_id == assignment_id, Answer.question_id == question_id)
    )


def reveal_json(session: Session, assignment: Assignment, q: Question) -> dict[str, Any]:
    """How the class answered one question, the right answer, and why (with the evidence)."""
    rows = session.execute(
        sa.select(Answer.choice, Answer.correct)
        .join(Attempt, Attempt.id == Answer.attempt_id)
        .where(Attempt.assignment_id == assignment.id, Answer.question_id == q.id)
    ).all()
    counts: Counter[int] = Counter()
    for choice, _ in rows:
        for index in choice if isinstance(choice, list) else [choice]:
            counts[index] += 1
    return {
        "answer": q.answer,
        "explanation": q.explanation,
        "evidence": q.evidence,
        "counts": [counts.get(i, 0) for i in range(len(q.options))],
        "right": sum(1 for _, ok in rows if ok),
        "answered": len(rows),
    }


def skills_json(session: Session, assignment: Assignment, questions: list[Question]) -> list[dict]:
    """The class's results by skill: right answers out of answers given."""
    results = scoring.assignment_results(session, assignment)
    out = []
    for skill in results.skills:
        right = sum(t.by_skill.get(skill, {}).get("correct", 0) for _, t in results.students)
        given = sum(t.by_skill.get(skill, {}).get("answered", 0) for _, t in results.students)
        out.append({"skill": skill, "correct": right, "answered": given})
    return out


def player_state(
    session: Session, game: LiveGame, student_id: int, attempt: Attempt | None = None
) -> dict[str, Any]:
    """One player's own line: score, bonus, rank, and their answer to the current question
    (``attempt``: the player's, when the caller holds it already)."""
    if attempt is None:
        attempt = session.scalar(
            sa.select(Attempt).where(
                Attempt.assignment_id == game.assignment_id, Attempt.student_id == student_id
            )
        )
    if attempt is None:
        return {"joined": False}
    out: dict[str, Any] = {"joined": True, "attempt_id": attempt.id, "score": attempt.score,
                           "bonus": attempt.bonus}  # fmt: skip
    if game.question_id:
        mine = session.scalar(
            sa.select(Answer).where(
                Answer.attempt_id == attempt.id, Answer.question_id == game.question_id
            )
        )
        out["answered"] = mine is not None
        if mine is not None and game.state != LiveState.QUESTION:
            out["correct"] = mine.correct
    if game.state in (LiveState.REVEAL, LiveState.FINISHED):
        board = ranking.leaderboard(
            session, game.assignment.class_id, game.assignment_id, with_players=True
        )
        out["rank"] = next((e.rank for e in board if e.student_id == student_id), None)
        out["of"] = len(board)
    return out


def players_game(session: Session, game_id: int, student_id: int) -> LiveGame | None:
    """The live game ``game_id`` when ``student_id`` is in its class (one read), else None."""
    if not 0 < game_id <= access.MAX_ID:
        return None
    return session.scalar(
        sa.select(LiveGame)
        .join(Assignment, Assignment.id == LiveGame.assignment_id)
        .join(
            Membership,
            (Membership.class_id == Assignment.class_id) & (Membership.user_id == student_id),
        )
        .where(LiveGame.id == game_id)
    )


def is_player_class(session: Session, game: LiveGame, student_id: int) -> bool:
    query = sa.select(Membership.id).where(
        Membership.class_id == game.assignment.class_id, Membership.user_id == student_id
    )
    return session.scalar(query) is not None
