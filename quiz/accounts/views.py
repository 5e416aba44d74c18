"""Teacher accounts: sign up with an invite code, change a password, and the admin's pages."""

from __future__ import annotations

from functools import wraps

from flask import (
    Blueprint,
    Response,
    abort,
    current_app,
    flash,
    redirect,
    render_template,
    request,
    url_for,
)
from flask_login import current_user, login_required
from flask_wtf import FlaskForm

from quiz.accounts.forms import InviteForm, PasswordForm, SignUpForm
from quiz.auth.views import start_session
from quiz.db import db
from quiz.extensions import limiter
from quiz.models import Invite, Role
from quiz.services import accounts, sessions, tokens
from quiz.services.access import MAX_ID

bp = Blueprint("accounts", __name__)


def admin_required(view):
    """Only signed-in admins; everyone else gets a 403."""

    @wraps(view)
    @login_required
    def wrapped(*args, **kwargs):
        if current_user.role != Role.ADMIN:
            abort(403)
        return view(*args, **kwargs)

    return wrapped


def _refused(form: FlaskForm, exc: accounts.AccountRefused) -> None:
    field = getattr(form, exc.field, None) if exc.field else None
    (field.errors if field is not None else form.form_errors).append(str(exc))


@bp.route("/signup", methods=["GET", "POST"])
@limiter.limit(
    lambda: current_app.config.get("SIGNUP_LIMIT_PER_ADDRESS", "20 per 5 minutes"),
    methods=["POST"],
    deduct_when=lambda response: response.status_code >= 400,
)
def signup():
    """A new teacher signs up with an invite code and is signed in."""
    if current_user.is_authenticated and current_user.is_teacher:
        return redirect(url_for("main.index"))
    form = SignUpForm(code=request.args.get("code", ""))
    if not form.validate_on_submit():
        status = 400 if form.is_submitted() else 200
        return render_template("accounts/signup.html", form=form), status
    try:
        user = accounts.sign_up(db.session, form.code.data, form.username.data, form.password.data)
    except accounts.AccountRefused as exc:
        db.session.rollback()
        _refused(form, exc)
        return render_template("accounts/signup.html", form=form), 400
    db.session.commit()
    start_session(user)
    flash(f"Welcome, {user.username}! Your teacher account is ready.", "success")
    return redirect(url_for("main.index"))


@bp.route("/account", methods=["GET", "POST"])
@login_required
def account():
    """A teacher's account: change the password (the current one is asked for)."""
    if not current_user.is_teacher:
        abort(403)
    form = PasswordForm()
    if not form.validate_on_submit():
        status = 400 if form.is_submitted() else 200
        return render_template("accounts/account.html", form=form), status
    try:
        accounts.change_password(current_user, form.current.data, form.new.data)
    except accounts.AccountRefused as exc:
        db.session.rollback()
        _refused(form, exc)
        return render_template("accounts/account.html", form=form), 400
    # A new password ends every other session and every API token (a stolen cookie or a token
    # issued with the old password dies with it).
    user = current_user._get_current_object()
    sessions.end_all(db.session, user)
    tokens.revoke_all(db.session, user)
    start_session(user)  # commits, and keeps this device signed in
    flash("Your password is changed. Other devices are signed out.", "success")
    return redirect(url_for("accounts.account"))


@bp.get("/admin/teachers")
@admin_required
def teachers():
    """Every teacher account, and the invite codes not used yet."""
    return render_template(
        "accounts/teachers.html",
        rows=accounts.teachers(db.session),
        invites=accounts.open_invites(db.session),
        form=InviteForm(),
    )


@bp.post("/admin/invites")
@admin_required
def new_invite():
    """Make an invite code; it is shown on this answer only."""
    form = InviteForm()
    if not form.validate_on_submit():
        return render_template(
            "accounts/teachers.html",
            rows=accounts.teachers(db.session),
            invites=accounts.open_invites(db.session),
            form=form,
        ), 400
    invite, code = accounts.make_invite(db.session, current_user, form.note.data)
    db.session.commit()
    link = url_for("accounts.signup", code=code, _external=True)
    page = render_template("accounts/invite.html", invite=invite, code=code, link=link)
    return Response(page, headers={"Cache-Control": "no-store"})


@bp.post("/admin/invites/<int:invite_id>/revoke")
@admin_required
def revoke_invite(invite_id: int):
    invite = db.session.get(Invite, invite_id) if 0 < invite_id <= MAX_ID else None
    if invite is None:
        abort(404)
    if not FlaskForm().validate_on_submit():
        abort(400)
    accounts.revoke_invite(invite)
    db.session.commit()
    flash("Invite withdrawn; its code no longer works.", "success")
    return redirect(url_for("accounts.teachers"))
