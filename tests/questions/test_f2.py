"""The speaker's own pledges and intentions, and requests inside what was said, are no claims
(issue 7, helper f2), on invented stories.

* A content whose subject is the speaker ("she would not close …" after a person, "it will
  cut …" after a body, "“We will rebuild …”" in the speaker's quotation) with a future or
  volitional modal and an action verb is an intention: spot_the_cue, source_check and
  fact_or_claim's claim items (which call it "the claim") are not built on it. Predictions about
  other things ("the bridge would reopen in May") and the speaker's past stay claims.
* A request inside what was said ("…, but we ask residents to …", "Please …", "Stay away from
  …") is not claimed: spot_the_cue shows what is claimed without it, or is not asked.
"""

from __future__ import annotations

import pytest

from questions import analyze
from questions.generate.claims import pledge, request_start
from questions.generate.kinds.fact_or_claim import claim_statement
from questions.generate.registry import KINDS, Context
from questions.model import Claim, Question

TOWN = (
    "Candidates meet voters in Brackwell\n\n"
    "Mayor Ruth Kale and councillor Piet Olsen spoke at the Brackwell market hall on"
    " Thursday.\n\n"
    "Kale has said she would not close the library on Sundays. Olsen said he had not voted"
    " for the parking fees.\n\n"
    "“We will rebuild the pier before the summer season,” Olsen added.\n\n"
    "The ferry firm Seaway said it would cut two sailings a day from June. The firm said"
    " fuel costs had doubled since the winter.\n\n"
    "Engineer Ana Holt said the old bridge would reopen in May. Economist Lars Veen said"
    " prices at the market will rise this autumn.\n\n"
    "Coach Dana Pike said she plans to rest three players before the final.\n"
)

FERRY = (
    "Ferry timetable cut in Brackwell\n\n"
    "The ferry firm Seaway said in a statement that it would cut two sailings a day from June."
    " Harbour master Ola Brenn told reporters that the harbour would stay open all summer.\n\n"
    "Headteacher Mona Ruud said she is going to close the school canteen on Fridays.\n\n"
    "Councillor Ida Fenn said on Twitter that the ferry had been late on most days in May.\n"
)

UTILITY = (
    "Water main bursts in Carnby\n\n"
    "A water main burst under Mill Street in Carnby on Sunday, the water company said.\n\n"
    "“The water is safe to drink, but we ask residents to report any odd smell,” utility"
    " manager Ivo Marsh said.\n\n"
    "“Please keep your taps closed until the crews have finished the repair work,” Marsh"
    " said.\n\n"
    "“Stay away from the flooded cellars. The ground there could still give way,” fire"
    " officer Lena Brandt said.\n\n"
    "“We asked the council for a new main last year, and nothing happened,” shop owner"
    " Tom Reeve said.\n"
)


def _context(text: str) -> Context:
    analysis = analyze(text)
    return Context(analysis, analysis.stories[0])


def _built(text: str, kind: str) -> list[Question]:
    """What one kind builds from a text's first story, before shares and thinning."""
    return KINDS[kind].build(_context(text))


def _about(questions: list[Question], words: str) -> list[Question]:
    return [q for q in questions if words in q.explanation or words in q.prompt]


def _claim(text: str, words: str) -> tuple[Context, Claim]:
    ctx = _context(text)
    found = [c for c in ctx.story.claims if words in c.content]
    assert len(found) == 1, [c.content for c in ctx.story.claims]
    return ctx, found[0]


@pytest.mark.parametrize(
    "words",
    [
        "would not close the library",  # "she" after a person: her pledge
        "We will rebuild the pier",  # "we" in the speaker's quotation
        "would cut two sailings",  # "it" after a body: its plan
    ],
)
def test_pledge_is_no_spot_the_cue(words: str) -> None:
    assert not _about(_built(TOWN, "spot_the_cue"), words)


def test_going_to_is_no_spot_the_cue() -> None:
    found = _built(FERRY, "spot_the_cue")
    assert not _about(found, "going to close the school canteen")
    assert not _about(found, "would cut two sailings")
    assert _about(found, "the harbour would stay open")  # control: about the harbour
    assert _about(found, "had been late on most days")  # control


@pytest.mark.parametrize(
    "words",
    [
        "the old bridge would reopen in May",  # a prediction about a thing
        "prices at the market will rise",  # a prediction about prices
        "he had not voted for the parking fees",  # the speaker's past: a claim
        "fuel costs had doubled",
    ],
)
def test_prediction_and_past_stay_control(words: str) -> None:
    assert _about(_built(TOWN, "spot_the_cue"), words)


def test_pledge_is_no_source_check() -> None:
    found = _built(FERRY, "source_check")
    assert not _about(found, "cut two sailings")
    assert _about(found, "the ferry had been late")  # control: a claim of the past


def test_pledge_is_no_fact_or_claim_item() -> None:
    for words in ("would not close the library", "would cut two sailings"):
        ctx, claim = _claim(TOWN, words)
        assert claim_statement(ctx, claim) is None


def test_prediction_is_a_fact_or_claim_item_control() -> None:
    ctx, claim = _claim(TOWN, "the old bridge would reopen")
    assert claim_statement(ctx, claim) is not None


def test_request_is_cut_from_what_is_claimed() -> None:
    found = _about(_built(UTILITY, "spot_the_cue"), "utility manager Ivo Marsh")
    assert len(found) == 1
    assert "what is claimed is “The water is safe to drink”." in found[0].explanation
    assert "report any odd smell”." not in found[0].explanation.split("what is claimed")[1]


@pytest.mark.parametrize("words", ["Please keep your taps", "Stay away from the flooded"])
def test_request_alone_is_not_asked(words: str) -> None:
    assert not _about(_built(UTILITY, "spot_the_cue"), words)


def test_past_asking_stays_control() -> None:
    found = _about(_built(UTILITY, "spot_the_cue"), "shop owner Tom Reeve")
    assert len(found) == 1
    assert "nothing happened”." in found[0].explanation


def test_request_is_no_fact_or_claim_item() -> None:
    ctx, claim = _claim(UTILITY, "Stay away from the flooded")
    assert claim_statement(ctx, claim) is None


def _content(content: str, quote: str = "indirect", source: str = "Ann Reed") -> Claim:
    kind = "organisation" if source.startswith("the ") else "person"
    return Claim(
        line=0,
        sentence=content,
        sentence_span=(0, len(content)),
        source=source,
        source_text=source,
        source_span=None,
        source_kind=kind,
        cue="said",
        cue_span=None,
        content=content,
        content_span=(0, len(content)),
        stance="asserts",
        quote=quote,
    )


@pytest.mark.parametrize(
    ("content", "quote", "source", "want"),
    [
        ("she is going to appeal the ruling", "indirect", "Ann Reed", True),
        ("she would never sign such a deal", "indirect", "Ann Reed", True),
        ("“I'll veto any bill that does this,”", "direct", "Ann Reed", True),
        ("it intends to sell the depot", "indirect", "the bus company", True),
        ("he would not sign it", "indirect", "Ann Reed", False),  # "he": not Ann
        ("she would win the vote easily", "indirect", "Ann Reed", False),  # a prediction
        ("it would take months to repair", "indirect", "the bus company", False),
        ("“I would say the plan is sound,”", "direct", "Ann Reed", False),  # a hedge
        ("she would have voted for it", "indirect", "Ann Reed", False),  # a counterfactual
        ("“He will never sign it,”", "direct", "Ann Reed", False),  # someone else
        ("“I was going to stay home, but I voted,”", "direct", "Ann Reed", False),  # her past
        ("“I would point out that the vote was fair,”", "direct", "Ann Reed", False),
    ],
)
def test_pledge_forms(content: str, quote: str, source: str, want: bool) -> None:
    assert pledge("", _content(content, quote, source)) is want


@pytest.mark.parametrize(
    ("content", "direct", "want"),
    [
        ("The road is open again, but we urge drivers to take care", True, 22),
        ("We are asking everyone to stay indoors", True, 0),
        ("the risk is low, and please do not feed the ducks", False, 15),
        ("The risk is low. Don't feed the ducks.", True, 15),
        ("We asked for help and nobody came", True, None),  # the past: a claim
        ("the plan would please nobody", False, None),
        ("Keep in mind that we were pleased with the result", False, None),
        ("I just shouted, ‘Please let us through,’ and ran", True, None),  # words told
    ],
)
def test_request_forms(content: str, direct: bool, want: int | None) -> None:
    assert request_start(content, direct) == want
