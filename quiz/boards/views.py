"""Boards for teachers and students, the teacher's live-game controls, and the projector display.

Views are thin: each checks who may see what (``quiz.services.access`` / ``boards``), calls one
service, and renders or redirects. Push streams release their database session before streaming.
"""

from __future__ import annotations

import json
from datetime import datetime
from functools import lru_cache, wraps

import segno
import sqlalchemy as sa
from flask import (
    Blueprint,
    Response,
    abort,
    current_app,
    flash,
    jsonify,
    redirect,
    render_template,
    request,
    session,
    url_for,
)
from flask_login import current_user, login_required
from flask_login.utils import _create_identifier
from flask_wtf import FlaskForm
from flask_wtf.csrf import ValidationError, validate_csrf
from sqlalchemy.exc import IntegrityError, OperationalError

from quiz.boards import push
from quiz.boards.forms import BoardSettingsForm, OpenGameForm
from quiz.db import db
from quiz.errors import or_404
from quiz.extensions import SESSION_KEY
from quiz.models import Assignment, Classroom, LiveGame, LiveState, Mode, QuestionSet
from quiz.services import access, boards, live, ranking, scoring, sessions

bp = Blueprint("boards", __name__)

TEACHER_ACTIONS = {
    "advance": live.advance,
    "reveal": live.reveal,
    "pause": live.pause,
    "resume": live.resume,
    "extend": live.extend,
    "finish": live.finish,
}
ANSWER_TRIES = 3  # an answer that loses a race is re-read and replayed, never counted twice
DISPLAY_STREAM_SECONDS = 60  # a display re-checks its link at least this often
DISPLAY_ROWS = 10  # the projector's board: the top 10 (or the teacher's top N)
NO_STORE = {"Cache-Control": "no-store"}


def signed_in(view):
    @wraps(view)
    @login_required
    def wrapped(*args, **kwargs):
        return view(*args, **kwargs)

    return wrapped


def teacher_only():
    if not current_user.is_teacher:
        abort(403)


def visible_class(class_id: int) -> Classroom:
    """A class the viewer may see the boards of (its teacher, its students), or 404."""
    row = db.session.get(Classroom, class_id) if 0 < class_id < access.MAX_ID else None
    if row is None or not access.may_see_class(db.session, current_user, row):
        abort(404)
    return row


def own_game(game_id: int) -> LiveGame:
    """A live game of one of the teacher's classes, or 404."""
    teacher_only()
    game = db.session.get(LiveGame, game_id) if 0 < game_id < access.MAX_ID else None
    if game is None or game.assignment.classroom.teacher_id != current_user.id:
        abort(404)
    return game


def my_game(game_id: int) -> LiveGame:
    """A live game of one of the student's classes, or 404."""
    if not current_user.is_student:
        abort(403)
    game = live.players_game(db.session, game_id, current_user.id)
    if game is None:
        abort(404)
    return game


# --- class boards -------------------------------------------------------------------------------


@bp.get("/boards/classes/<int:class_id>")
@signed_in
def class_board(class_id: int):
    """The class board (all time or this week), an assignment's, or the teams'."""
    classroom = visible_class(class_id)
    scope = request.args.get("scope", "all")
    scope = scope if scope in (*boards.SCOPES, "teams") else "all"
    assignment_id = request.args.get("assignment", type=int)
    assignment = None
    if assignment_id:
        assignment = db.session.get(Assignment, assignment_id)
        if assignment is None or assignment.class_id != classroom.id:
            abort(404)
    teacher = current_user.is_teacher
    board = boards.view(
        db.session,
        classroom.id,
        scope="all" if scope == "teams" else scope,
        assignment_id=assignment.id if assignment else None,
        viewer_id=current_user.id,
        teacher=teacher,
    )
    teams = []
    if scope == "teams" and (teacher or not board.hidden):
        until = None if teacher else board.frozen_at
        teams = ranking.team_board(db.session, classroom.id, until=until)
    form = None
    if teacher:
        form = BoardSettingsForm(
            hidden=board.hidden, frozen=board.frozen_at is not None, top_n=board.top_n
        )
    assignments = db.session.scalars(
        sa.select(Assignment).where(Assignment.class_id == classroom.id).order_by(Assignment.id)
    ).all()
    return render_template(
        "boards/class.html",
        classroom=classroom,
        board=board,
        teams=teams,
        scope=scope,
        assignment=assignment,
        assignments=assignments,
        form=form,
        display_url=session.pop("display_url", None),
        has_display=boards.settings(db.session, classroom.id).display_key_hash is not None,
    )


@bp.post("/boards/classes/<int:class_id>/settings")
@signed_in
def board_settings(class_id: int):
    """Hide, freeze or cut the board to the top N (for students and the projector)."""
    teacher_only()
    classroom = visible_class(class_id)
    form = BoardSettingsForm()
    if not form.validate_on_submit():
        flash("; ".join(e for errs in form.errors.values() for e in errs), "error")
        return redirect(url_for("boards.class_board", class_id=classroom.id))
    boards.update(
        db.session,
        classroom.id,
        hidden=form.hidden.data,
        frozen=form.frozen.data,
        top_n=form.top_n.data,
    )
    db.session.commit()
    flash("Board settings saved.", "success")
    return redirect(url_for("boards.class_board", class_id=classroom.id))


@bp.post("/boards/classes/<int:class_id>/display")
@signed_in
def renew_display(class_id: int):
    """A new projector link (the old one stops working); shown to the teacher once."""
    teacher_only()
    classroom = visible_class(class_id)
    if not FlaskForm().validate_on_submit():
        abort(400)
    key = boards.renew_display_key(db.session, classroom.id)
    db.session.commit()
    session["display_url"] = url_for("boards.display", key=key, _external=True)
    flash("New display link made; the old one no longer works.", "success")
    return redirect(url_for("boards.class_board", class_id=classroom.id))


@bp.post("/boards/classes/<int:class_id>/display/revoke")
@signed_in
def revoke_display(class_id: int):
    teacher_only()
    classroom = visible_class(class_id)
    if not FlaskForm().validate_on_submit():
        abort(400)
    boards.revoke_display_key(db.session, classroom.id)
    db.session.commit()
    flash("Display link revoked: it shows nothing now.", "success")
    return redirect(url_for("boards.class_board", class_id=classroom.id))


# --- live games: the teacher --------------------------------------------------------------------


@bp.get("/live")
@signed_in
def live_list():
    """The teacher's live assignments, with their games."""
    teacher_only()
    rows = db.session.execute(
        sa.select(Assignment, QuestionSet.title, LiveGame)
        .join(Classroom, Classroom.id == Assignment.class_id)
        .join(QuestionSet, QuestionSet.id == Assignment.set_id)
        .outerjoin(LiveGame, LiveGame.assignment_id == Assignment.id)
        .where(Classroom.teacher_id == current_user.id, Assignment.mode == Mode.LIVE)
        .order_by(Assignment.id.desc())
    ).all()
    return render_template("boards/live_list.html", rows=rows, form=OpenGameForm())


@bp.post("/live/assignments/<int:assignment_id>/open")
@signed_in
def open_game(assignment_id: int):
    """Open the assignment's game in the lobby (or go back to it)."""
    teacher_only()
    assignment = or_404(access.own_assignment(db.session, current_user, assignment_id))
    form = OpenGameForm()
    if not form.validate_on_submit():
        abort(400)
    try:
        game = live.open_game(db.session, assignment, team_mode=form.team_mode.data)
        db.session.commit()
    except live.GameError as exc:
        db.session.rollback()
        flash(str(exc), "error")
        return redirect(url_for("boards.live_list"))
    except IntegrityError:  # opened a moment ago in another tab
        db.session.rollback()
        game = or_404(live.game_of(db.session, assignment.id))
    return redirect(url_for("boards.host", game_id=game.id))


@bp.get("/live/<int:game_id>/host")
@signed_in
def host(game_id: int):
    """The teacher's controls, with what the projector shows."""
    game = own_game(game_id)
    snap = live.for_display(live.snapshot(db.session, game))
    classroom = game.assignment.classroom
    return render_template(
        "boards/host.html", game=game, snap=snap, classroom=classroom, form=FlaskForm()
    )


@bp.post("/live/<int:game_id>/<any(advance, reveal, pause, resume, extend, finish):action>")
@signed_in
def control(game_id: int, action: str):
    """One step of the game: next question, show answers, pause, resume, +10 s, end."""
    game = own_game(game_id)
    if not FlaskForm().validate_on_submit():
        abort(400)
    try:
        TEACHER_ACTIONS[action](db.session, game)
        db.session.commit()
    except live.GameError as exc:
        db.session.rollback()
        flash(str(exc), "error")
    return redirect(url_for("boards.host", game_id=game.id))


@bp.get("/live/<int:game_id>/host/events")
@signed_in
def host_events(game_id: int):
    game = own_game(game_id)
    return _stream(game, live.display_text)


# --- live games: the players --------------------------------------------------------------------


@bp.get("/live/play/<int:assignment_id>")
@signed_in
def play(assignment_id: int):
    """A student's door into the live game of an assignment: join, then play on this page."""
    if not current_user.is_student:
        abort(403)
    assignment = or_404(access.class_assignment(db.session, current_user, assignment_id))
    game = live.game_of(db.session, assignment.id)
    if game is None:
        return render_template("boards/wait.html", assignment=assignment), 200
    try:
        attempt = live.join(db.session, game, current_user)
        db.session.commit()
    except live.GameError as exc:
        db.session.rollback()
        flash(str(exc), "info")
        return redirect(url_for("main.index"))
    except (IntegrityError, OperationalError):  # joined a moment ago in another tab
        db.session.rollback()
        attempt = live.join(db.session, game, current_user)
    me = live.player_state(db.session, game, current_user.id)
    shared = push.hub(current_app._get_current_object()).current(game)
    snap = live.for_player(shared, current_user.id)
    return render_template(
        "boards/player.html", game=game, attempt=attempt, snap=snap, me=me, form=FlaskForm()
    )


@bp.post("/live/<int:game_id>/answers")
def answer(game_id: int):
    """A player's answer: JSON from the page's script, or the plain form without script.

    The fast path of a live game (2,000 phones answer within seconds): the signed cookie names
    the session and the user; the attempt's one context read (``scoring.submit_answer``) checks
    that session is on, the attempt is this student's and in this game — no read comes before
    it. Anything that does not fit goes the ordinary way (``current_user``), which answers
    exactly as every signed-in page does.
    """
    fast = _cookie_player()
    if fast is None:
        if not current_user.is_authenticated:
            return current_app.login_manager.unauthorized()
        if not current_user.is_student:
            abort(403)
        user_id, signed_in = current_user.id, None
    else:
        user_id, signed_in = fast
    try:
        validate_csrf(request.form.get("csrf_token"))
    except ValidationError:
        abort(400)
    attempt_id = request.form.get("attempt_id", type=int) or 0
    question_id = request.form.get("question_id", type=int) or 0
    raw = [int(v) for v in request.form.getlist("choice") if v.isdigit()]
    choice = raw if request.form.get("multi") == "1" else (raw[0] if raw else None)
    status, message = 201, "Answer recorded."
    for _ in range(ANSWER_TRIES):
        try:
            done = scoring.submit_answer(
                db.session, user_id, attempt_id, question_id, choice,
                live=True, game_id=game_id, signed_in=signed_in,
            )  # fmt: skip
            db.session.commit()
            status = done.status
            if status == 409:
                message = "You already answered this question; your first answer stands."
            break
        except scoring.Refused as exc:
            db.session.rollback()
            if exc.status == 404 and signed_in is not None:
                # Not found through the cookie's session: ask the ordinary way who this is.
                if not current_user.is_authenticated:
                    return current_app.login_manager.unauthorized()
                if not current_user.is_student:
                    abort(403)
                user_id, signed_in = current_user.id, None
                continue
            status, message = exc.status, exc.message
            break
        except (IntegrityError, OperationalError):
            db.session.rollback()
            status, message = 503, "The server is busy; send the same answer again."
    if status == 404:
        my_game(game_id)  # a game not of the player's class: a plain 404, as for every page
    if request.accept_mimetypes.best == "application/json" or request.is_json:
        return jsonify(status=status, message=message), 200 if status < 300 else status
    flash(message, "success" if status < 300 else "error")
    game = my_game(game_id)
    return redirect(url_for("boards.play", assignment_id=game.assignment_id))


def _cookie_player() -> tuple[int, tuple[str, datetime]] | None:
    """(user id, session check) as the signed cookie states them, when it states them as
    Flask-Login left them on this device; None sends the request the ordinary way."""
    user_id, secret = session.get("_user_id"), session.get(SESSION_KEY)
    if not (isinstance(user_id, str) and user_id.isdigit() and len(user_id) <= 10):
        return None
    if session.get("_id") != _create_identifier():  # Flask-Login's session protection decides
        return None
    check = sessions.signed_in_check(secret, current_app.permanent_session_lifetime)
    return None if check is None else (int(user_id), check)


@bp.get("/live/<int:game_id>/events")
@signed_in
def player_events(game_id: int):
    """The player's push stream: the game's snapshots, each with the player's own line."""
    game = my_game(game_id)
    student_id = current_user.id
    shape = lambda snap: live.player_text(snap, student_id)  # noqa: E731
    return _stream(game, shape, tick_every=push.PLAYER_TICK_SECONDS)


# --- the projector ------------------------------------------------------------------------------


def display_class(key: str) -> Classroom:
    classroom = boards.class_for_display(db.session, key)
    if classroom is None:
        abort(404)
    return classroom


def current_game(classroom: Classroom) -> LiveGame | None:
    """The class's newest live game (a finished one still shows its podium)."""
    return db.session.scalar(
        sa.select(LiveGame)
        .join(Assignment, Assignment.id == LiveGame.assignment_id)
        .where(Assignment.class_id == classroom.id)
        .order_by(LiveGame.id.desc())
        .limit(1)
    )


def join_qr(classroom: Classroom) -> tuple[str, str]:
    """The join link of the class and its QR code as inline SVG (no script, no style)."""
    url = url_for("auth.join", code=classroom.join_code, _external=True)
    return url, qr_svg(url)


@lru_cache(maxsize=512)
def qr_svg(url: str) -> str:
    """The QR code of ``url`` as inline SVG, made once per link (a few ms each time otherwise)."""
    return segno.make(url, error="m").svg_inline(
        scale=6, dark="#000", light="#fff", omitsize=True, title="Scan to join the class"
    )


@bp.get("/display/<key>")
def display(key: str):
    """The projector: read-only, no sign-in, reached by the class's unguessable display link."""
    classroom = display_class(key)
    game = current_game(classroom)
    snap = live.for_display(live.snapshot(db.session, game)) if game else None
    board = None
    if game is None or game.state == LiveState.FINISHED:
        board = boards.view(db.session, classroom.id, limit=DISPLAY_ROWS)
    url, svg = join_qr(classroom)
    html = render_template(
        "boards/display.html",
        key=key,
        classroom=classroom,
        game=game,
        snap=snap,
        snap_json=json.dumps(snap) if snap else "",
        board=board,
        join_url=url,
        qr_svg=svg,
    )
    return Response(html, headers=NO_STORE | {"Referrer-Policy": "no-referrer"})


@bp.get("/display/<key>/current")
def display_current(key: str):
    """Which game the projector should follow now (it asks every few seconds when idle)."""
    classroom = display_class(key)
    game = current_game(classroom)
    return jsonify(game=game.id if game else None, state=game.state.value if game else None)


@bp.get("/display/<key>/events")
def display_events(key: str):
    classroom = display_class(key)
    game = current_game(classroom)
    if game is None:
        abort(404)
    return _stream(game, live.display_text, DISPLAY_STREAM_SECONDS)


def _stream(
    game: LiveGame,
    shape,
    max_seconds: float | None = None,
    tick_every: float = push.REBUILD_OPEN_QUESTION_SECONDS,
) -> Response:
    owner = push.hub(current_app._get_current_object())
    listener = owner.listen(game, tick_every)
    db.session.remove()  # hold no connection while the stream stays open
    body = push.stream(owner, listener, shape, max_seconds)
    headers = {"Cache-Control": "no-store", "X-Accel-Buffering": "no"}
    return Response(body, mimetype="text/event-stream", headers=headers)
