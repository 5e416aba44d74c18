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
from quiz.extensions import (
    account_key,
    join_class_key,
    join_nickname_key,
    limiter,
    rejoin_key,
)
from quiz.models import Classroom, Membership, User
from quiz.services.classes import add_student

bp = Blueprint("auth", __name__)

# Sign-in limits are shared by the sign-in page and the API's token call: one budget per account
# and one per address, whichever door the tries come through.
SIGN_IN_ACCOUNT = "sign-in-account"
SIGN_IN_ADDRESS = "sign-in-address"


def _failed(response) -> bool:
    """Only failed tries count against the sign-in limits."""
    return response.status_code >= 400


def _cfg(name: str):
    return lambda: current_app.config[name]


def _has_pin() -> bool:
    return bool((request.form.get("rejoin_pin") or "").strip())


def _safe_next(target: str | None) -> str | None:
    """Only follow ``next`` to a path on this site (no open redirects)."""
    if not target:
        return None
    parts = urlsplit(target)
    if parts.scheme or parts.netloc or not target.startswith("/") or target.startswith("//"):
        return None
    return target


def start_session(user: User) -> None:
    """Sign ``user`` in on a fresh session, dropping whatever the old one held."""
    session.clear()
    login_user(user)
    session.permanent = True


@bp.route("/login", methods=["GET", "POST"])
@limiter.shared_limit(
    _cfg("LOGIN_LIMIT_PER_ACCOUNT"),
    scope=SIGN_IN_ACCOUNT,
    key_func=account_key,
    methods=["POST"],
    deduct_when=_failed,
)
@limiter.shared_limit(
    _cfg("LOGIN_LIMIT_PER_ADDRESS"), scope=SIGN_IN_ADDRESS, methods=["POST"], deduct_when=_failed
)
def login():
    """Teachers sign in with a username and password."""
    if current_user.is_authenticated and current_user.is_teacher:
        return redirect(url_for("main.index"))
    form = LoginForm()
    if not form.validate_on_submit():
        return render_template("auth/login.html", form=form), 400 if form.is_submitted() else 200
    user = db.session.scalar(User.by_username(form.username.data))
    if (
        user is None
        or not user.is_teacher
        or not user.active
        or not user.check_password(form.password.data)
    ):
        form.form_errors.append("That username and password do not match an account.")
        return render_template("auth/login.html", form=form), 401
    start_session(user)
    flash(f"Signed in as {user.username}.", "success")
    return redirect(_safe_next(request.args.get("next")) or url_for("main.index"))


@bp.post("/logout")
@login_required
def logout():
    """Sign out (a POST with the form's CSRF token, so no other site can sign you out)."""
    logout_user()
    session.clear()
    flash("You are signed out.", "success")
    return redirect(url_for("main.index"))


@bp.route("/join", methods=["GET", "POST"])
@limiter.limit(_cfg("JOIN_LIMIT_PER_ADDRESS"), methods=["POST"])
@limiter.limit(_cfg("JOIN_LIMIT_PER_CLASS"), key_func=join_class_key, methods=["POST"])
@limiter.limit(
    _cfg("JOIN_LIMIT_PER_NICKNAME"),
    key_func=join_nickname_key,
    methods=["POST"],
    exempt_when=_has_pin,  # PIN tries have their own, stricter limit below
)
@limiter.limit(
    _cfg("REJOIN_LIMIT_PER_NICKNAME"),
    key_func=rejoin_key,
    methods=["POST"],
    exempt_when=lambda: not _has_pin(),
    deduct_when=_failed,
)
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
        db.session.commit()
    except IntegrityError:  # the same nickname joined a moment ago (a double click, a race)
        db.session.rollback()
        form.nickname.errors.append(taken)
        return render_template("auth/join.html", form=form), 409
    start_session(student)
    session["new_pin"] = pin
    return redirect(url_for("auth.welcome"))


@bp.get("/welcome")
@login_required
def welcome():
    """Shows a newly joined student their rejoin PIN, once."""
    pin = session.pop("new_pin", None)
    if pin is None or not current_user.is_student:
        return redirect(url_for("main.index"))
    return render_template("auth/welcome.html", pin=pin)
