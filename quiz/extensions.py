"""The Flask extensions, created once and bound to each app in ``create_app``."""

from __future__ import annotations

from flask import request
from flask_limiter import Limiter
from flask_limiter.util import get_remote_address
from flask_login import LoginManager
from flask_wtf import CSRFProtect

from quiz.db import db
from quiz.models import User

login_manager = LoginManager()
login_manager.login_view = "auth.login"
login_manager.login_message = "Please sign in to see that page."
login_manager.login_message_category = "info"
login_manager.session_protection = "strong"

csrf = CSRFProtect()

limiter = Limiter(key_func=get_remote_address)


@login_manager.user_loader
def load_user(user_id: str) -> User | None:
    """The signed-in user of this session, if still active."""
    if not user_id.isdigit():
        return None
    user = db.session.get(User, int(user_id))
    return user if user is not None and user.active else None


def account_key() -> str:
    """Rate-limit key for sign-in attempts on one account, whatever address they come from."""
    name = (request.form.get("username") or "").strip().casefold()
    if not name and request.is_json:
        try:
            body = request.get_json(silent=True)
        except RecursionError:  # absurdly nested JSON: no account to count against
            body = None
        name = str(body.get("username", "")).strip().casefold() if isinstance(body, dict) else ""
    return "account:" + name[:64]


def rejoin_key() -> str:
    """Rate-limit key for rejoin PIN guesses on one nickname of one class."""
    code = (request.form.get("join_code") or "").strip().upper()
    nick = " ".join((request.form.get("nickname") or "").split()).casefold()
    return f"rejoin:{code[:12]}:{nick[:32]}"


def join_class_key() -> str:
    """Rate-limit key for joins into one class code, from every address together."""
    code = "".join((request.form.get("join_code") or "").split()).upper().replace("-", "")
    return f"join-class:{code[:12]}"


def join_nickname_key() -> str:
    """Rate-limit key for tries of one nickname in one class (new or rejoin)."""
    return "join-" + rejoin_key()
