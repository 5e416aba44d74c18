"""Command-line tasks: ``flask --app wsgi create-teacher | load-stories | demo | jobs``.

``init-db`` lives in :mod:`quiz.db`, beside the engine it migrates.
"""

from __future__ import annotations

import os
import secrets
import sys
from pathlib import Path

import click
import sqlalchemy as sa
from flask import Flask, current_app
from flask.cli import with_appcontext

import questions
from quiz.auth.forms import username_problem
from quiz.db import db, migrate
from quiz.models import Classroom, Role, User, casefold_key
from quiz.services import passwords
from quiz.services.classes import create_class
from quiz.services.stories import ImportRefused, import_text

DEMO_USERNAME = "demo"
DEMO_CLASS = "Demo class"


def read_password() -> str:
    """Prompt for a password (twice) on a terminal; read one line from standard input when piped."""
    if sys.stdin.isatty():
        return click.prompt("Password", hide_input=True, confirmation_prompt=True)
    return sys.stdin.readline().rstrip("\r\n")


@click.command("create-teacher")
@with_appcontext
@click.argument("username")
@click.option("--admin", is_flag=True, help="Make the account an admin.")
def create_teacher_command(username: str, admin: bool) -> None:
    """Create a teacher account (the password is prompted for, or read from standard input)."""
    username = " ".join(username.split())
    if problem := username_problem(username):
        raise click.ClickException(problem)
    if db.session.scalar(User.by_username(username)) is not None:
        raise click.ClickException(f"There is already an account called {username!r}.")
    password = read_password()
    if problem := passwords.password_problem(password, username=username):
        raise click.ClickException(problem)
    user = User(
        role=Role.ADMIN if admin else Role.TEACHER,
        username=username,
        username_key=casefold_key(username),
    )
    user.set_password(password)
    db.session.add(user)
    db.session.commit()
    click.echo(f"Created {user.role.value} {username!r}.")


def _story_files(path: Path) -> list[Path]:
    if path.is_dir():
        return sorted(p for p in path.iterdir() if p.is_file() and p.suffix.lower() == ".txt")
    if path.is_file():
        return [path]
    raise click.ClickException(f"No such file or folder: {path}")


def _owner(username: str | None) -> User:
    if username:
        user = db.session.scalar(User.by_username(username))
        if user is None or not user.is_teacher:
            raise click.ClickException(f"No teacher called {username!r}.")
        return user
    teachers = db.session.scalars(sa.select(User).where(User.role != Role.STUDENT).limit(2)).all()
    if len(teachers) != 1:
        raise click.ClickException("Say whose stories these are: --owner USERNAME.")
    return teachers[0]


def load_files(owner: User, files: list[Path]) -> tuple[int, int]:
    """Import each file in its own transaction; returns (stories stored, files refused)."""
    stored = refused = 0
    for path in files:
        try:
            stories = import_text(db.session, owner, questions.read_text(path))
            db.session.commit()
        except (questions.InputError, ImportRefused) as exc:
            db.session.rollback()
            refused += 1
            click.echo(f"Skipped {path}: {exc}", err=True)
            continue
        stored += len(stories)
        click.echo(f"{path}: {len(stories)} stor{'y' if len(stories) == 1 else 'ies'}.")
    return stored, refused


@click.command("load-stories")
@with_appcontext
@click.argument("path", type=click.Path(path_type=Path))
@click.option("--owner", help="The teacher who owns the stories (default: the only teacher).")
def load_stories_command(path: Path, owner: str | None) -> None:
    """Store the stories of a text file, or of every .txt file in a folder."""
    files = _story_files(path)
    stored, refused = load_files(_owner(owner), files)
    click.echo(f"Stored {stored} stories from {len(files) - refused} file(s).")
    if refused and not stored:
        raise click.ClickException("No story could be read.")


@click.command("demo")
@with_appcontext
def demo_command() -> None:
    """Set up a demo teacher, a demo class and the seed stories; print how to sign in."""
    migrate(db.engine)
    password = os.environ.get("DEMO_PASSWORD") or secrets.token_urlsafe(9)
    teacher = db.session.scalar(User.by_username(DEMO_USERNAME))
    if teacher is None:
        teacher = User(role=Role.TEACHER, username=DEMO_USERNAME, username_key=DEMO_USERNAME)
        db.session.add(teacher)
    teacher.set_password(password)
    db.session.flush()
    classroom = db.session.scalar(
        sa.select(Classroom).where(Classroom.teacher_id == teacher.id, Classroom.name == DEMO_CLASS)
    ) or create_class(db.session, teacher, DEMO_CLASS)
    db.session.commit()
    seeds = Path(current_app.root_path).parent / "seeds"
    if seeds.is_dir():
        load_files(teacher, _story_files(seeds))
    click.echo("")
    click.echo(f"  Teacher sign-in:  username {DEMO_USERNAME!r}, password {password!r}")
    click.echo(f"  Student join code for {DEMO_CLASS!r}: {classroom.join_code}")
    click.echo("")


@click.command("jobs")
@with_appcontext
@click.option("--workers", default=1, show_default=True, help="Analyses run at once.")
def jobs_command(workers: int) -> None:
    """Run the job queue's consumer: long story analyses, outside the web workers (Ctrl-C stops)."""
    huey = current_app.extensions["jobs"].huey
    if huey.immediate:
        raise click.ClickException("JOBS_URL=immediate runs jobs at once; there is no queue.")
    click.echo(f"Job queue: {current_app.config['JOBS_URL']} ({workers} worker(s))")
    huey.create_consumer(workers=workers, worker_type="thread").run()


def init_app(app: Flask) -> None:
    for command in (create_teacher_command, load_stories_command, demo_command, jobs_command):
        app.cli.add_command(command)
