"""Issue 7, helper "plans2", on invented stories and clauses.

* A body's own next step, told by one who speaks for it, is its plan, not "the claim": the
  body as subject with a step of procedure or a time ("the club would hand its payment records
  to the league panel", "The labour department will invite both unions to talks on Monday"),
  "it" after a health trust ("it would write to every patient within the next fortnight") and
  a passive plan with a date ("Fresh question sheets would be printed and the exam sat again
  on 14 May"). What the body says of the past, forecasts and a third party's fate stay claims.
* A clause's capital that only marked a sentence start is lowered after "that" and after a
  number ("that readings taken …", "312 homes were …"), and "the" before a source never reads
  "the Figures from …"; names keep theirs.
* A channel question whose key names a statement never asks "how did X make this statement".
"""

from __future__ import annotations

import pytest

from questions import analyze
from questions.generate.claims import pledge
from questions.generate.kinds.fact_or_claim import claim_statement
from questions.generate.kinds.source_check import _how_prompt
from questions.generate.registry import KINDS, Context
from questions.generate.text import display_name, lower_positional
from questions.model import Claim, Question

STEPS = (
    "Harlow Rovers face wage inquiry\n\n"
    "The football club Harlow Rovers is under investigation by the league over unpaid wages."
    " Club spokesman Dev Amani said on Monday the club had done nothing wrong. He said the club"
    " would hand its payment records to the league panel.\n\n"
    "The Harlow Rovers club said the midfielder Ivo Brann had been paid in full.\n\n"
    "A maths exam paper was leaked online in Sorland on Tuesday. Fresh question sheets would be"
    " printed and the exam sat again on 14 May, the education ministry said.\n\n"
    "The Velm health trust said it would write to every patient within the next fortnight."
    " Bank analysts said prices would rise. Police said the driver would be charged.\n\n"
    "The labour department will invite both unions to talks on Monday, a spokesman said.\n"
)


def _contexts(text: str) -> list[Context]:
    analysis = analyze(text)
    return [Context(analysis, story) for story in analysis.stories]


def _claim(text: str, words: str) -> tuple[Context, Claim]:
    found = [(ctx, c) for ctx in _contexts(text) for c in ctx.story.claims if words in c.content]
    assert len(found) == 1, [c.content for _, c in found]
    return found[0]


def _about(kind: str, words: str) -> list[Question]:
    built = [q for ctx in _contexts(STEPS) for q in KINDS[kind].build(ctx)]
    return [q for q in built if words in q.explanation or words in q.prompt]


_STEPS = [
    "the club would hand its payment records",  # the club's spokesman, the club as subject
    "the exam sat again on 14 May",  # a passive plan with a date
    "it would write to every patient",  # "it" after a health trust
    "will invite both unions to talks on Monday",  # a spokesman, the department as subject
]


@pytest.mark.parametrize("words", _STEPS)
def test_body_step_is_a_pledge(words: str) -> None:
    ctx, claim = _claim(STEPS, words)
    assert pledge(ctx.text, claim)
    assert claim_statement(ctx, claim) is None


@pytest.mark.parametrize("words", _STEPS)
def test_body_step_is_no_spot_the_cue_or_source_check(words: str) -> None:
    for kind in ("spot_the_cue", "source_check"):
        assert not _about(kind, words), kind


@pytest.mark.parametrize(
    "words",
    [
        "the midfielder Ivo Brann had been paid in full",  # the club on the past
        "prices would rise",  # a forecast
        "the driver would be charged",  # a third party's fate
        "the club had done nothing wrong",
    ],
)
def test_body_past_forecast_and_third_party_stay_claims_control(words: str) -> None:
    ctx, claim = _claim(STEPS, words)
    assert not pledge(ctx.text, claim)


OTHER_BODY = (
    "Dispute at the Omsby works\n\n"
    "Union officials said the company would cut 300 jobs at the Omsby works next year.\n\n"
    "Union leader Kai Fenn said the company had ignored safety rules.\n"
)


def test_another_bodys_step_stays_a_claim_control() -> None:
    ctx, claim = _claim(OTHER_BODY, "the company would cut 300 jobs")
    assert not pledge(ctx.text, claim)  # the union on the company: a claim to weigh


TEXT = (
    "Leak at the Corvell plant\n\n"
    "Readings taken at the plant were normal, the company said. Reuters had reported the leak"
    " first. Lake Orva lies two miles away, and Reuters said Lake Orva was clean.\n"
)


@pytest.mark.parametrize(
    ("clause", "want"),
    [
        ("Readings taken at the plant were normal", "readings taken at the plant were normal"),
        ("312 Homes were flooded in the night", "312 homes were flooded in the night"),
        ("Figures from the council show a rise", "figures from the council show a rise"),
        ("Reuters had reported the leak first", "Reuters had reported the leak first"),  # control
        ("Lake Orva was clean", "Lake Orva was clean"),  # control: a place
        ("312 Reuters reporters", "312 Reuters reporters"),  # control: a name after a number
    ],
)
def test_sentence_capital_lowered_names_kept(clause: str, want: str) -> None:
    assert lower_positional(clause, TEXT) == want


@pytest.mark.parametrize(
    ("source", "want"),
    [
        ("Figures from the district council", "the figures from the district council"),
        ("Harbour Council", "the Harbour Council"),  # control: a name keeps its capitals
        ("port authority", "the port authority"),  # control
    ],
)
def test_the_before_a_source_lowers_a_sentence_capital(source: str, want: str) -> None:
    assert display_name(source) == want


def test_statement_key_never_named_in_the_prompt() -> None:
    prompt = _how_prompt("Ada Zorn", "“The harbour will stay open”", "In a statement")
    assert "statement" not in prompt
    assert "how did Ada Zorn say this: “The harbour will stay open”" in prompt


def test_other_keys_keep_the_statement_prompt_control() -> None:
    prompt = _how_prompt("Ada Zorn", "“The harbour will stay open”", "In an interview")
    assert "make this statement" in prompt


REPAINT = (
    "Depot works in Tarrow\n\n"
    "The transport agency will repaint the Tarrow depot on Friday, a spokeswoman said.\n\n"
    "The transport agency would repaint the old Tarrow sheds, a spokeswoman said.\n"
)


def test_body_step_with_a_weekday_is_a_pledge() -> None:
    ctx, claim = _claim(REPAINT, "repaint the Tarrow depot on Friday")
    assert pledge(ctx.text, claim)


def test_body_step_without_time_or_procedure_stays_control() -> None:
    ctx, claim = _claim(REPAINT, "repaint the old Tarrow sheds")
    assert not pledge(ctx.text, claim)  # neither a time nor a step of procedure: kept narrow
