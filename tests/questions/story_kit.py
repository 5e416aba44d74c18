"""Helpers shared by the tests of the own story fixtures (``data/wire_*.txt``, ``data/pol_*.txt``)
and of one-paragraph wire stories."""

from __future__ import annotations

from pathlib import Path

from questions import analyze
from questions.generate import generate
from questions.model import Question

DATA = Path(__file__).parent / "data"


def built(name: str) -> list[Question]:
    """What the kinds build from a fixture, before giveaway.py thins questions that give each
    other away."""
    return generate(analyze((DATA / name).read_text(encoding="utf-8")), thin_giveaways=False)


def answer(q: Question) -> str:
    """The keyed option's text."""
    assert isinstance(q.answer, int)
    return q.options[q.answer]


def kind_answers(qs: list[Question], kind: str) -> dict[str, str]:
    """Prompt → keyed answer of the questions of one kind."""
    return {q.prompt: answer(q) for q in qs if q.kind == kind}


def shipped(name: str) -> list[Question]:
    """What a teacher gets from a fixture: the questions after giveaway.py's thinning."""
    return generate(analyze((DATA / name).read_text(encoding="utf-8")))


def wrong_options(q: Question) -> list[str]:
    """The options that are not the keyed answer."""
    return [o for i, o in enumerate(q.options) if i != q.answer]


def verifications(text: str) -> list[tuple[str, str, str]]:
    """(by, status, object) of the verification statements of a text's first story."""
    return [(v.by, v.status, v.object) for v in analyze(text).stories[0].verification]


def wire_questions(body: str) -> list[Question]:
    """What the kinds build from one wire paragraph under a headline and a dateline, before
    giveaway.py thins questions that give each other away."""
    text = "Storm hits coast\n\nPORTA, Estarra (AP) — " + body
    return generate(analyze(text), thin_giveaways=False)


def kinds_built(text: str, *kinds: str) -> list[Question]:
    """What the named kinds build from a text, before giveaway.py thins questions that give
    each other away."""
    return [q for q in generate(analyze(text), thin_giveaways=False) if q.kind in kinds]


# Four plain claims by four other people: wrong options for who_denied and what_denied
HARBOUR_SPEAKERS = (
    "Harbour master Olav Strand said the tide would turn at noon.\n\n"
    "Fisherman Jonas Vik said his boats had stayed in port since Monday.\n\n"
    "Weather officer Greta Lune said strong winds would return on Thursday.\n\n"
    "Teacher Mira Holt said the school would stay open all week.\n"
)


def harbour_story(headline: str, body: str) -> str:
    """A wire story: the headline, a Port Elva dateline on ``body``, then ``HARBOUR_SPEAKERS``."""
    return headline + "\n\nPORT ELVA (AP) — " + body + "\n\n" + HARBOUR_SPEAKERS


# Own wire stories of a denial (the denial coverage tests): three plain claims by three other
# people, the wrong options who_denied and what_denied may draw on
DENIALS = ("who_denied", "what_denied")
DENIAL_FILLER = (
    "Weather officer Greta Lune said strong winds would return on Thursday.\n\n"
    "Teacher Lina Vos said the school gym would reopen next week.\n\n"
    "Shop owner Ines Varga said the old town market would close in June.\n"
)


def denial_story(headline: str, body: str, filler: str = DENIAL_FILLER) -> str:
    return f"{headline}\n\nTARVIK, Olmenia (AP) — {body}\n\n{filler}"


def denials_asked(text: str) -> list[tuple[str, str, str]]:
    """(kind, prompt, keyed answer) of the denial questions built, before thinning."""
    return [(q.kind, q.prompt, answer(q)) for q in kinds_built(text, *DENIALS)]


def one_denial(text: str, prompt: str) -> Question:
    """The one denial question built with this prompt."""
    found = [q for q in kinds_built(text, *DENIALS) if q.prompt == prompt]
    assert len(found) == 1, [q.prompt for q in kinds_built(text, *DENIALS)]
    return found[0]
