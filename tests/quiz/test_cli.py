"""The command-line tasks: init-db, create-teacher, load-stories, demo."""

from __future__ import annotations

from pathlib import Path

import sqlalchemy as sa

from quiz.db import db
from quiz.models import Classroom, Question, Role, Story, User

SEED = Path(__file__).resolve().parents[2] / "seeds" / "000_7b7fc36af96453cb.txt"


def count(app, model) -> int:
    with app.app_context():
        return db.session.scalar(sa.select(sa.func.count()).select_from(model))


def test_init_db_twice(make_app):
    app = make_app()
    runner = app.test_cli_runner()
    for _ in range(2):
        result = runner.invoke(args=["init-db"])
        assert result.exit_code == 0, result.output
        assert "up to date" in result.output
    with app.app_context():
        assert "users" in sa.inspect(db.engine).get_table_names()


def test_create_teacher_reads_the_password_from_stdin(make_app):
    app = make_app()
    runner = app.test_cli_runner()
    runner.invoke(args=["init-db"])
    result = runner.invoke(args=["create-teacher", "Ms Rivera"], input="a long enough password\n")
    assert result.exit_code == 0, result.output
    with app.app_context():
        user = db.session.scalar(User.by_username("ms rivera"))
        assert user.role == Role.TEACHER
        assert user.password_hash != "a long enough password"
        assert user.check_password("a long enough password")
        assert not user.check_password("wrong")


def test_create_teacher_refuses_short_passwords_and_duplicates(runner, app):
    short = runner.invoke(args=["create-teacher", "kim"], input="short\n")
    assert short.exit_code != 0
    assert "at least 8" in short.output
    assert count(app, User) == 0
    assert runner.invoke(args=["create-teacher", "kim"], input="long password 1\n").exit_code == 0
    dup = runner.invoke(args=["create-teacher", "KIM"], input="long password 2\n")
    assert dup.exit_code != 0
    assert "already" in dup.output
    assert count(app, User) == 1


def test_create_teacher_admin_flag(runner, app):
    assert (
        runner.invoke(
            args=["create-teacher", "head", "--admin"], input="long password 1\n"
        ).exit_code
        == 0
    )
    with app.app_context():
        assert db.session.scalar(User.by_username("head")).role == Role.ADMIN


def test_load_stories_splits_the_seed_and_is_idempotent(runner, app, teacher):
    result = runner.invoke(args=["load-stories", str(SEED)])
    assert result.exit_code == 0, result.output
    assert count(app, Story) == 4
    again = runner.invoke(args=["load-stories", str(SEED.parent)])
    assert again.exit_code == 0, again.output
    assert count(app, Story) == 4, "the same stories are not stored twice"
    with app.app_context():
        stories = db.session.scalars(sa.select(Story).order_by(Story.id)).all()
        for story in stories:
            assert story.analysis["start_line"] == 1
            for claim in story.claims:
                s, e = claim.content_span
                assert story.text[s:e] == claim.content
        assert db.session.scalar(sa.select(sa.func.count()).select_from(Question)) > 0


def test_load_stories_refuses_unreadable_files_and_keeps_nothing(runner, app, teacher, tmp_path):
    binary = tmp_path / "photo.txt"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 8)
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    for path in (binary, empty):
        result = runner.invoke(args=["load-stories", str(path)])
        assert result.exit_code != 0
        assert "Traceback" not in result.output
        assert "Skipped" in result.output
    assert count(app, Story) == 0
    missing = runner.invoke(args=["load-stories", str(tmp_path / "nope.txt")])
    assert missing.exit_code != 0 and "No such file" in missing.output


def test_load_stories_needs_an_owner_when_there_are_several_teachers(runner, app):
    for name in ("a-teacher", "b-teacher"):
        runner.invoke(args=["create-teacher", name], input="long password 1\n")
    result = runner.invoke(args=["load-stories", str(SEED)])
    assert result.exit_code != 0 and "--owner" in result.output
    ok = runner.invoke(args=["load-stories", str(SEED), "--owner", "b-teacher"])
    assert ok.exit_code == 0, ok.output
    with app.app_context():
        owners = set(db.session.scalars(sa.select(Story.owner_id)))
        assert owners == {db.session.scalar(User.by_username("b-teacher")).id}


def test_demo_sets_up_a_teacher_a_class_and_the_seeds(make_app, monkeypatch):
    monkeypatch.setenv("DEMO_PASSWORD", "demo password 123")
    app = make_app()
    runner = app.test_cli_runner()
    first = runner.invoke(args=["demo"])
    assert first.exit_code == 0, first.output
    second = runner.invoke(args=["demo"])
    assert second.exit_code == 0, second.output
    with app.app_context():
        classroom = db.session.scalars(sa.select(Classroom)).one()
        teacher = db.session.scalar(User.by_username("demo"))
        assert teacher.check_password("demo password 123")
        assert classroom.teacher_id == teacher.id
    assert classroom.join_code in first.output and classroom.join_code in second.output
    assert "'demo'" in first.output
    assert count(app, Story) == 4
