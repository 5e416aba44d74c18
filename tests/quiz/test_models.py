"""What the database itself guarantees: hashed secrets, one answer per question, nicknames."""

from __future__ import annotations

import pytest
import sqlalchemy as sa
from sqlalchemy.exc import IntegrityError

from quiz.db import db
from quiz.models import (
    Answer,
    ApiToken,
    Assignment,
    Attempt,
    Classroom,
    Membership,
    Question,
    QuestionSet,
    Role,
    User,
)


def student(name: str) -> User:
    return User(role=Role.STUDENT, nickname=name)


def test_api_tokens_are_stored_only_as_hashes(app, teacher):
    with app.app_context():
        row, secret = ApiToken.issue(db.session.get(User, teacher))
        db.session.add(row)
        db.session.commit()
        stored = db.session.scalars(sa.select(ApiToken.token_hash)).one()
    assert secret not in stored and len(secret) >= 40
    assert stored == ApiToken.hash(secret)


def test_one_answer_per_attempt_and_question(app, teacher, classroom):
    with app.app_context():
        q = Question(
            owner_id=teacher,
            kind="fact_or_claim",
            skill="Fact or claim",
            prompt="?",
            options=["a", "b"],
            answer=0,
        )
        qs = QuestionSet(owner_id=teacher, title="Set")
        assignment = Assignment(class_id=classroom, question_set=qs)
        pupil = student("Sam")
        db.session.add_all([q, qs, assignment, pupil])
        db.session.flush()
        attempt = Attempt(assignment_id=assignment.id, student_id=pupil.id)
        db.session.add(attempt)
        db.session.flush()
        db.session.add(Answer(attempt_id=attempt.id, question_id=q.id, choice=0, correct=True))
        db.session.commit()
        db.session.add(Answer(attempt_id=attempt.id, question_id=q.id, choice=1, correct=False))
        with pytest.raises(IntegrityError):
            db.session.commit()
        db.session.rollback()
        assert db.session.scalar(sa.select(sa.func.count()).select_from(Answer)) == 1


def test_nickname_is_unique_within_a_class(app, classroom):
    with app.app_context():
        db.session.add(Membership(class_id=classroom, user=student("Sam"), nickname_key="sam"))
        db.session.commit()
        db.session.add(Membership(class_id=classroom, user=student("SAM"), nickname_key="sam"))
        with pytest.raises(IntegrityError):
            db.session.commit()
        db.session.rollback()


def test_deleting_a_class_removes_its_memberships(app, classroom):
    with app.app_context():
        db.session.add(Membership(class_id=classroom, user=student("Sam"), nickname_key="sam"))
        db.session.commit()
        db.session.delete(db.session.get(Classroom, classroom))
        db.session.commit()
        assert db.session.scalars(sa.select(Membership)).all() == []
