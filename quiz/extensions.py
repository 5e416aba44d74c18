"""The Flask extensions, created once and bound to each app in ``create_app``."""

from __future__ import annotations

import json

from flask import current_app, request, session
from flask_limiter import Limiter
from flask_limiter.util import get_remote_address
from flask_login import LoginManager
from flask_wtf import CSRFProtect

from quiz.db import db
from quiz.models import NICKNAME_KEY_MAX, USERNAME_KEY_MAX, User, casefold_key, code_key
from quiz.services import sessions

login_manager = LoginManager()
login_manager.login_view = "auth.login"
login_manager.login_message = "Please sign in to see that page."
login_manager.login_message_category = "info"
login_manager.session_protection = "strong"

csrf = CSRFProtect()

limiter = Limiter(key_func=get_remote_address)


SESSION_KEY = "sid"  # the secret of the server-side session row (quiz.services.sessions)


@login_manager.user_loader
def load_user(user_id: str) -> User | None:
    """The signed-in user of this session, while its server-side row is on and the user active."""
    if not user_id.isdigit() or len(user_id) > 10:
        return None
    lifetime = current_app.permanent_session_lifetime
    return sessions.user_of(db.session, session.get(SESSION_KEY), int(user_id), lifetime)


def request_field(name: str) -> str:
    """A text field of the request, from a form or a JSON object body; "" when absent.

    For rate-limit keys, which run before the view: never raises, whatever the body holds.
    """
    value = request.form.get(name) if request.form else None
    if value is None and request.is_json:
        try:
            body = json.loads(request.get_data(cache=True) or b"null")
        except (ValueError, RecursionError):  # not JSON, or "[[[[…" nested thousands deep
            body = None
        value = body.get(name) if isinstance(body, dict) else None
    return value if isinstance(value, str) else ""


def account_key() -> str:
    """Sign-in tries on one account from one address (page and API share it).

    A stranger who guesses wrong from their own address uses up only their own budget, so they
    cannot lock the teacher out; ``any_address_key`` caps the account's total much higher.
    """
    name = casefold_key(request_field("username"))[:USERNAME_KEY_MAX]
    return f"account:{name}:{client_address()}"


def any_address_key() -> str:
    """Sign-in tries on one account from every address together (a high ceiling)."""
    return f"account-all:{casefold_key(request_field('username'))[:USERNAME_KEY_MAX]}"


def rejoin_key() -> str:
    """Rejoin PIN guesses on one nickname of one class, whichever door (page or API) they use and
    however the code and nickname are spelled."""
    code = code_key(request_field("join_code"))[:16]
    nick = casefold_key(request_field("nickname"))[:NICKNAME_KEY_MAX]
    return f"rejoin:{code}:{nick}"


def client_address() -> str:
    """The address limits are counted against (the proxy-fixed remote address)."""
    return get_remote_address() or "-"


def _cfg(name: str):
    return lambda: current_app.config[name]


def _failed(response) -> bool:
    """Only failed tries count against the sign-in and PIN limits."""
    return response.status_code >= 400


def _has_pin() -> bool:
    return bool(request_field("rejoin_pin").strip())


def sign_in_limits(view):
    """The sign-in limits of the sign-in page and the API's token call: one set of budgets,
    whichever door the tries come through (the scopes are shared). Only POSTs count."""
    post = ["POST"]
    for limit, scope, key in (
        ("LOGIN_LIMIT_PER_ACCOUNT", "sign-in-account", account_key),
        ("LOGIN_LIMIT_PER_ACCOUNT_ANY_ADDRESS", "sign-in-account-all", any_address_key),
        ("LOGIN_LIMIT_PER_ADDRESS", "sign-in-address", client_address),
    ):
        view = limiter.shared_limit(
            _cfg(limit), scope=scope, key_func=key, methods=post, deduct_when=_failed
        )(view)
    return view


def join_class_key() -> str:
    """Joins into one class code, from every address together (page and API, any spelling)."""
    return f"join-class:{code_key(request_field('join_code'))[:16]}"


def join_nickname_key() -> str:
    """Tries of one nickname in one class (new joins), any spelling."""
    return "join-" + rejoin_key()


def join_limits(view):
    """The join limits of the join page and the API's join call, shared the same way: joins per
    address and per class code, new joins per nickname of a class, and rejoin PIN guesses per
    nickname of a class (tries with a PIN only)."""
    post = ["POST"]
    for limit, scope, key in (
        ("JOIN_LIMIT_PER_CLASS", "join-class", join_class_key),
        ("JOIN_LIMIT_PER_NICKNAME", "join-nickname", join_nickname_key),
    ):
        view = limiter.shared_limit(
            _cfg(limit), scope=scope, key_func=key, methods=post, exempt_when=_has_pin
        )(view)
    view = limiter.shared_limit(
        _cfg("REJOIN_LIMIT_PER_NICKNAME"),
        scope="rejoin-pin",
        key_func=rejoin_key,
        methods=post,
        exempt_when=lambda: not _has_pin(),
        deduct_when=_failed,
    )(view)
    return limiter.shared_limit(
        _cfg("JOIN_LIMIT_PER_ADDRESS"), scope="join-address", key_func=client_address, methods=post
    )(view)
