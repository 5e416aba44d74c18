"""Imports whose analysis runs in the job queue (:mod:`quiz.jobs`), with their progress.

A text longer than ``ANALYSE_INLINE_MAX_CHARS`` is not analysed in the request: the request stores
an :class:`ImportJob` (the text and the form's details), puts its id on the queue and answers at
once; the teacher's page shows the job's progress until its stories are stored. The text stays in
the job row, so a failure loses nothing: the page shows why and gives the text back to try again.

States: ``queued`` → ``running`` (``step`` says which) → ``done`` (``story_ids``) or ``failed``
(``error``, in words for a teacher).
"""

from __future__ import annotations

import logging
from datetime import UTC, date, datetime, timedelta
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session

import questions
from quiz import jobs
from quiz.db import db, utcnow
from quiz.models import ImportJob, Story, User
from quiz.services import stories

log = logging.getLogger(__name__)

QUEUED, RUNNING, DONE, FAILED = "queued", "running", "done", "failed"
STEPS = {
    "analysing": "Finding the claims, sources and cues",
    "questions": "Writing the draft questions",
    "saving": "Saving the stories",
}
STEP_ORDER = list(STEPS)
UNEXPECTED = (
    "The analysis stopped on an unexpected error. Your text is kept below: try again, or add it "
    "in smaller pieces."
)


# At most this many texts of one account wait for the analysis (queued or running) at once, so one
# account cannot fill the single consumer's queue with 200k-character texts for everyone else.
MAX_WAITING_JOBS = 5


def check_room(session: Session, owner: User) -> None:
    """ImportRefused when ``owner`` has MAX_WAITING_JOBS texts waiting for analysis already."""
    waiting = session.scalar(
        sa.select(sa.func.count())
        .select_from(ImportJob)
        .where(ImportJob.owner_id == owner.id, ImportJob.status.in_((QUEUED, RUNNING)))
    )
    if waiting >= MAX_WAITING_JOBS:
        raise stories.ImportRefused(
            f"You have {waiting} long texts waiting for analysis already: add this one when one of "
            "them is done (or discard one on the stories page)."
        )


def create(
    session: Session, owner: User, text: str, details: dict[str, Any], *, split: bool
) -> ImportJob:
    """A queued job for ``text`` (flushed, so it has an id; the caller commits, then enqueues)."""
    published = details.get("published")
    stored = {k: v for k, v in details.items() if v and k != "published"}
    if isinstance(published, date):
        stored["published"] = published.isoformat()
    job = ImportJob(owner_id=owner.id, text=text, details=stored, split=split, status=QUEUED)
    session.add(job)
    session.flush()
    return job


def _set(job_id: int, **values: Any) -> None:
    """Write a job's state at once, in its own short transaction (the page reads it meanwhile)."""
    db.session.execute(sa.update(ImportJob).where(ImportJob.id == job_id).values(**values))
    db.session.commit()


def run(job_id: int) -> None:
    """Analyse a queued job's text and store its stories (called by the queue's consumer)."""
    job = db.session.get(ImportJob, job_id)
    if job is None or job.status not in (QUEUED, RUNNING):
        return  # deleted meanwhile, or run already
    owner = db.session.get(User, job.owner_id)
    text, split, details = job.text, job.split, dict(job.details or {})
    if details.get("published"):
        details["published"] = date.fromisoformat(details["published"])
    _set(job_id, status=RUNNING, step="analysing", started_at=utcnow())

    def progress(step: str) -> None:  # nothing of the import is written yet at these steps
        _set(job_id, step=step)

    try:
        result = stories.import_stories(
            db.session, owner, text, split=split, progress=progress, **details
        )
        ids = [s.id for s in result.stories]
        existing = [s.id for s in result.existing]
        db.session.execute(
            sa.update(ImportJob)
            .where(ImportJob.id == job_id)
            .values(
                status=DONE,
                step=None,
                story_ids=ids,
                existing_ids=existing,
                finished_at=utcnow(),
                text="",  # stored as stories now: the copy is not kept
            )
        )
        db.session.commit()
    except (stories.ImportRefused, questions.InputError) as exc:
        db.session.rollback()
        _set(job_id, status=FAILED, error=str(exc)[:500], finished_at=utcnow())
    except Exception:  # the job fails, the text stays, the consumer goes on
        log.exception("import job %s failed", job_id)
        db.session.rollback()
        _set(job_id, status=FAILED, error=UNEXPECTED, finished_at=utcnow())


NOT_QUEUED = (
    "The analysis queue could not be reached, so the analysis has not started. Your text is kept "
    "below: try again in a moment."
)


def submit(
    session: Session, owner: User, text: str, details: dict[str, Any], *, split: bool
) -> int:
    """Store ``text`` as a job, commit, and hand it to the queue; the job's id.

    ImportRefused (nothing stored) when the text is too long or the owner has too many waiting.
    When the queue's storage cannot be reached, the job is marked failed with its text kept."""
    stories.check_size(text)
    check_room(session, owner)
    job_id = create(session, owner, text, details, split=split).id
    session.commit()
    try:
        jobs.jobs().enqueue(job_id)
    except Exception:  # the queue's storage is unreachable: the job says so, the text stays
        log.exception("could not queue import job %s", job_id)
        session.rollback()
        mark_unqueued(session, job_id)
    return job_id


def mark_unqueued(session: Session, job_id: int) -> None:
    """A job the queue would not take: failed, with its text kept."""
    session.execute(
        sa.update(ImportJob)
        .where(ImportJob.id == job_id)
        .values(status=FAILED, error=NOT_QUEUED, finished_at=utcnow())
    )
    session.commit()


# The engine takes seconds at the import cap (linear in its input); a job "running" far longer was
# left behind by a consumer that stopped mid-analysis (Huey does not hand it out again).
STALE_RUNNING = timedelta(minutes=10)
STALE = (
    "The analysis stopped before it finished (the analysis worker was restarted). Your text is "
    "kept below: add it again."
)
SLOW_QUEUE = timedelta(minutes=2)


def own(session: Session, user: User, job_id: int) -> ImportJob | None:
    """The user's own job, or None (another teacher's job is not found). A job left running by a
    stopped consumer is marked failed here, its text kept."""
    job = session.get(ImportJob, job_id)
    if job is None or job.owner_id != user.id:
        return None
    started = _aware(job.started_at)
    if job.status == RUNNING and started and utcnow() - started > STALE_RUNNING:
        job.status, job.error, job.finished_at = FAILED, STALE, utcnow()
        session.commit()
    return job


def waiting_long(job: ImportJob) -> bool:
    """Queued for minutes: the analysis worker may not be running."""
    created = _aware(job.created_at)
    return job.status == QUEUED and created is not None and utcnow() - created > SLOW_QUEUE


def _aware(moment: datetime | None) -> datetime | None:
    if moment is not None and moment.tzinfo is None:  # SQLite hands back naive UTC times
        return moment.replace(tzinfo=UTC)
    return moment


def pending(session: Session, user: User) -> list[ImportJob]:
    """The user's jobs not done: waiting, running, or failed (their text is kept), newest first."""
    return list(
        session.scalars(
            sa.select(ImportJob)
            .where(ImportJob.owner_id == user.id, ImportJob.status != DONE)
            .order_by(ImportJob.id.desc())
        )
    )


def stories_of(session: Session, job: ImportJob) -> list[Story]:
    ids = job.story_ids or []
    rows = {s.id: s for s in session.scalars(sa.select(Story).where(Story.id.in_(ids)))}
    return [rows[i] for i in ids if i in rows]


def state(job: ImportJob) -> dict[str, Any]:
    """The job's progress as the page and its poll show it."""
    step = job.step if job.status == RUNNING else None
    number = STEP_ORDER.index(step) + 1 if step in STEPS else 0
    return {
        "id": job.id,
        "status": job.status,
        "step": STEPS.get(step or "", None),
        "step_number": number,
        "steps": len(STEPS),
        "error": job.error,
        "story_ids": job.story_ids or [],
        "characters": len(job.text),
        "waiting_long": waiting_long(job),
    }


def title_of(job: ImportJob) -> str:
    """What the teacher recognises the job by: the title they gave, or the text's first line."""
    given = (job.details or {}).get("title")
    if given:
        return str(given)
    first = next((line.strip() for line in job.text.splitlines() if line.strip()), "")
    return first[:80] + ("…" if len(first) > 80 else "")
