"""Teachers sign in and out; students join a class with its code and a nickname."""

from __future__ import annotations

from urllib.parse import urlsplit

from flask import (
    Blueprint,
    current_app,
    flash,
    redirect,
    render_template,
    request,
    session,
    url_for,
)
from flask_login import current_user, login_required, login_user, logout_user
from sqlalchemy.exc import IntegrityError

from quiz.auth.forms import JoinForm, LoginForm
from quiz.db import db
from quiz.extensions import SESSION_KEY, join_limits, sign_in_limits
from quiz.models import Classroom, Membership, User
from quiz.services import passwords, sessions, tokens
from quiz.services.classes import add_student

bp = Blueprint("auth", __name__)


def _safe_next(target: str | None) -> str | None:
    """Only follow ``next`` to a path on this site (no open redirects)."""
    if not target:
        return None
    parts = urlsplit(target)
    if parts.scheme or parts.netloc or not target.startswith("/") or target.startswith("//"):
        return None
    return target


def start_session(user: User, new_pin: str | None = None, *, commit: bool = True) -> None:
    """Sign ``user`` in on a fresh session, dropping whatever the old one held.

    The session is a server-side row (``quiz.services.sessions``); the cookie keeps only its
    secret, so signing out ends it for good, and a new student's PIN never rides in the cookie.
    ``commit=False``: the caller commits (the row goes in the caller's transaction).
    """
    session.clear()
    secret = sessions.start(db.session, user, new_pin)
    if commit:
        db.session.commit()
    session[SESSION_KEY] = secret
    login_user(user)
    session.permanent = True


@bp.route("/login", methods=["GET", "POST"])
@sign_in_limits
def login():
    """Teachers sign in with a username and password."""
    if current_user.is_authenticated and current_user.is_teacher:
        return redirect(url_for("main.index"))
    form = LoginForm()
    if not form.validate_on_submit():
        return render_template("auth/login.html", form=form), 400 if form.is_submitted() else 200
    user = passwords.check_sign_in(db.session, form.username.data, form.password.data)
    if user is None:
        form.form_errors.append("That username and password do not match an account.")
        return render_template("auth/login.html", form=form), 401
    start_session(user)
    flash(f"Signed in as {user.username}.", "success")
    return redirect(_safe_next(request.args.get("next")) or url_for("main.index"))


@bp.post("/logout")
@login_required
def logout():
    """Sign out (a POST with the form's CSRF token, so no other site can sign you out)."""
    sessions.end(db.session, session.get(SESSION_KEY))
    db.session.commit()
    logout_user()
    session.clear()
    flash("You are signed out.", "success")
    return redirect(url_for("main.index"))


@bp.post("/logout/everywhere")
@login_required
def logout_everywhere():
    """Sign out on every device: every session and API token of this account ends, this one too."""
    ended = sessions.end_all(db.session, current_user)
    tokens.revoke_all(db.session, current_user)
    db.session.commit()
    logout_user()
    session.clear()
    flash(f"You are signed out on every device ({ended} session{'s' * (ended != 1)}).", "success")
    return redirect(url_for("main.index"))


@bp.route("/join", methods=["GET", "POST"])
@join_limits
def join():
    """Students join a class with its code and a nickname, or come back with their PIN."""
    form = JoinForm(join_code=request.args.get("code", ""))
    if not form.validate_on_submit():
        return render_template("auth/join.html", form=form), 400 if form.is_submitted() else 200
    classroom = db.session.scalar(Classroom.by_code(form.join_code.data))
    if classroom is None:
        form.join_code.errors.append("No class has that code. Check it with your teacher.")
        return render_template("auth/join.html", form=form), 404
    if form.rejoin_pin.data:
        return _rejoin(form, classroom)
    return _join_new(form, classroom)


def _member(classroom: Classroom, nickname: str) -> Membership | None:
    return db.session.scalar(Membership.by_nickname(classroom.id, nickname))


def _rejoin(form: JoinForm, classroom: Classroom):
    member = _member(classroom, form.nickname.data)
    if member is None or not member.user.check_pin(form.rejoin_pin.data):
        form.form_errors.append("That nickname and PIN do not match anyone in this class.")
        return render_template("auth/join.html", form=form), 401
    start_session(member.user)
    flash(f"Welcome back, {member.user.nickname}.", "success")
    return redirect(url_for("main.index"))


def _join_new(form: JoinForm, classroom: Classroom):
    nickname = form.nickname.data
    taken = (
        "That nickname is taken in this class. Pick another, or enter your rejoin PIN if it is you."
    )
    if _member(classroom, nickname) is not None:
        form.nickname.errors.append(taken)
        return render_template("auth/join.html", form=form), 409
    student, pin = add_student(db.session, classroom, nickname)
    try:
        # The student, their membership and their session in one transaction (one commit a join).
        start_session(student, new_pin=pin, commit=False)
        db.session.commit()
    except IntegrityError:  # the same nickname joined a moment ago (a double click, a race)
        db.session.rollback()
        logout_user()  # the session that was being started is not kept
        session.clear()
        form.nickname.errors.append(taken)
        return render_template("auth/join.html", form=form), 409
    return redirect(url_for("auth.welcome"))


@bp.get("/welcome")
@login_required
def welcome():
    """Shows a newly joined student their rejoin PIN, once."""
    pin = sessions.take_new_pin(
        db.session, session.get(SESSION_KEY), current_app.permanent_session_lifetime
    )
    db.session.commit()
    if pin is None or not current_user.is_student:
        return redirect(url_for("main.index"))
    return render_template("auth/welcome.html", pin=pin)
