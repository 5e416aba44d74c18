"""Fact or Claim: the Flask application."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from flask import Flask

ROOT = Path(__file__).resolve().parent.parent


def create_app(config: dict[str, Any] | None = None) -> Flask:
    """Build the app: configuration, extensions, blueprints — nothing else."""
    config = dict(config or {})
    app = Flask(
        __name__,
        instance_path=config.pop("INSTANCE_PATH", None) or str(ROOT / "instance"),
        template_folder=str(ROOT / "templates"),
        static_folder=str(ROOT / "static"),
    )
    from quiz.config import Config

    app.config.from_mapping(Config.from_env(app.instance_path, overrides=config))

    from quiz import api, cli, errors, jobs, security, views
    from quiz.accounts import views as accounts
    from quiz.auth import views as auth
    from quiz.boards import views as boards
    from quiz.db import db
    from quiz.extensions import csrf, limiter, login_manager
    from quiz.play import views as play
    from quiz.teach import (  # noqa: F401 - each adds its pages to teach
        authoring,
        classes,
        library,
        quizzes,
        sets,
    )
    from quiz.teach import views as teach

    security.init_app(app)  # first: its id converter and NUL check apply to every route
    db.init_app(app)
    login_manager.init_app(app)
    csrf.init_app(app)
    limiter.init_app(app)
    errors.init_app(app)
    cli.init_app(app)
    jobs.init_app(app)
    app.register_blueprint(views.bp)
    app.register_blueprint(auth.bp)
    app.register_blueprint(accounts.bp)
    app.register_blueprint(teach.bp)
    app.register_blueprint(play.bp)
    app.register_blueprint(boards.bp)
    app.register_blueprint(api.bp)
    csrf.exempt(api.bp)
    return app
