"""Question wording that must not contradict the story or misquote it (helper hg, issue 7):
hedge questions on claims the story refutes or confirms, cue words quoted as the story has them,
promises asked as claims, "Then there is X." offered as a fact, spot_the_cue answers with trailing
punctuation, ironic hedges. Every story is made up."""

# ruff: noqa: E501 - the stories are written one paragraph a line, as the engine reads them

from __future__ import annotations

import pytest

from questions import analyze
from questions.generate import generate
from questions.model import Question


def built(text: str) -> list[Question]:
    """The questions the kinds build from a text, before giveaway.py thins them."""
    return generate(analyze(text), thin_giveaways=False)


def of_kind(text: str, kind: str) -> list[Question]:
    return [q for q in built(text) if q.kind == kind]


def answer(q: Question) -> str:
    assert isinstance(q.answer, int)
    return q.options[q.answer]


# --- 1. hedge questions whose "not confirmed" the story contradicts -----------------------------

STRIKER = """Is the new striker really the fastest ever?

The club chairman said on Friday that no player in the club's history had run faster than the new striker.

He scored twenty goals in 2011, 2013 and 2016.

While the chairman may win praise from supporters with his claim of the striker's record speed, {rest}.
"""


def test_hedge_refuted_later_in_its_sentence_is_not_asked():
    text = STRIKER.format(rest="his words are both plainly and factually false")
    assert of_kind(text, "hedge_words") == []


def test_hedge_not_refuted_is_still_asked():
    text = STRIKER.format(rest="his words were loudly and warmly cheered at the stadium")
    (q,) = of_kind(text, "hedge_words")
    assert answer(q) == "claim"


FERRY = """Ferry service shrinks.

The news got worse on Tuesday, when the Harbor Line ferry company, which first became famous for its night boats, appeared to scale back its plan to sail to the outer islands.

{next} four of its nine boats, including its oldest boat, the Gull.

Islanders said they were unhappy with the change.
"""


def test_hedge_confirmed_by_the_party_in_the_next_sentence_is_not_asked():
    text = FERRY.format(next="The company announced that as part of a new budget it was selling")
    assert of_kind(text, "hedge_words") == []


def test_hedge_not_confirmed_next_is_still_asked():
    (q,) = of_kind(FERRY.format(next="Workers painted"), "hedge_words")
    assert answer(q) == "appeared"


# --- 4. "Then there is X." is no fact ------------------------------------------------------------


@pytest.mark.parametrize(
    ("statement", "fact"),
    [
        ("Then there is five-time champion Ada Lin.", False),
        ("And then there was three-time winner Bo Ek.", False),
        ("But there are the old docks of Lund.", False),
        # controls
        ("Then Ada Lin won five titles in 1990.", True),
        ("There are 12 seats left on the town board.", True),
    ],
)
def test_a_linking_word_before_a_vague_opener(statement: str, fact: bool):
    from questions.generate.kinds.fact_or_claim import plain_fact

    assert plain_fact(statement) is fact


COACHES = """Is the new manager really the best ever?

The club owner said on Monday that nobody in the club's history was better prepared than the new manager.

That does not hold up. Look at the managers of the past.

Then there is five-time champion Ada Lindqvist. She led the club to titles in 1991, 1995 and 1999.

A former player, Tomas Ortega, said the new manager had never run a club before.

Records from the league office show the new manager had 14 wins in 2017.

The owner may like his choice, but his words are simply wrong.
"""


def test_then_there_is_is_not_offered_as_a_fact():
    facts = [q for q in built(COACHES) if q.kind == "fact_or_claim"]
    assert not [q for q in facts if "Then there is" in q.prompt]
