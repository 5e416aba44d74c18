"""Where a claim's words end, and how a sentence's text is cut (issue 7, session of 2026-11-30).

- The outlet's own summary after a claim (", an admission that aides repeated", ", remarks that
  were widely played", ", a claim that could not be verified") is no part of the claim's words;
  the verification statement on such a claim is still read.
- "..., Lopez said, referencing a group called Roads First": what a speaker mentioned is no
  claim (act "reference", kept in StoryAnalysis.others, never quizzed).
- "noted that A and that B" gives no fact_or_claim statement "A and that B."
- A figure's thousands comma ("$104,350") cuts no claim's words.

All sentences are invented for these tests.
"""

from __future__ import annotations

import pytest

from questions import analyze
from questions.generate import generate
from questions.generate.kinds.fact_or_claim import claim_statement
from questions.generate.registry import Context
from questions.model import Question
from tests.questions.story_kit import answer


def _claims(sentence: str) -> list[tuple[str, str, str, str]]:
    """(act, cue, source, content) of every attribution of a one-sentence story."""
    story = analyze("Harbor news\n\n" + sentence).stories[0]
    return [(c.act, c.cue or "", c.source or "", c.content) for c in story.claims + story.others]


def _content(sentence: str, cue: str) -> str:
    """The words of the one claim (act "claim") with this cue."""
    found = [c for act, k, _, c in _claims(sentence) if act == "claim" and k == cue]
    assert len(found) == 1, _claims(sentence)
    return found[0]


def _questions(text: str) -> list[Question]:
    return generate(analyze(text), thin_giveaways=False)


SUMMARIES = [
    (
        "admission",
        "Jim Ortiz said that some renters would pay “slightly more” in fees, an admission that"
        " aides to Paul Dean quickly repeated on the radio.",
        "said",
        "some renters would pay “slightly more” in fees",
    ),
    (
        "remarks_after_participle",
        "Governor Paul Dean backed the plan on Sunday, saying most residents wanted a new"
        " stadium, remarks that were widely played on local television.",
        "saying",
        "most residents wanted a new stadium",
    ),
    (
        "comment",
        "Mayor Lena Ortiz said the ferry would run all winter, a comment that surprised the"
        " harbor staff.",
        "said",
        "the ferry would run all winter",
    ),
    (
        "modified_swipe",
        "Nora Vance said the council had never read the budget, a thinly veiled swipe at her"
        " rival.",
        "said",
        "the council had never read the budget",
    ),
    (
        "bare_plural_which",
        "Tom Hale claimed that the old bridge was safe, comments which were later repeated by"
        " his aides.",
        "claimed",
        "the old bridge was safe",
    ),
    (
        "claim_disputed",
        "Ann Reed alleged that the contractor had skipped two inspections, a claim that the"
        " company denies.",
        "alleged",
        "the contractor had skipped two inspections",
    ),
]


@pytest.mark.parametrize(
    ("sentence", "cue", "content"),
    [s[1:] for s in SUMMARIES],
    ids=[s[0] for s in SUMMARIES],
)
def test_summary_appositive_ends_the_claim(sentence: str, cue: str, content: str) -> None:
    assert _content(sentence, cue) == content


CONTROLS = [
    (
        "appositive_of_the_subject",  # the appositive sits inside the clause: its verb follows
        "Ann Reed said the letter, a statement of the town's debts, was sent to every home.",
        "said",
        "the letter, a statement of the town's debts, was sent to every home",
    ),
    (
        "plural_in_a_list",
        "Ann Reed said the company had paid the claims, comments and fees on time.",
        "said",
        "the company had paid the claims, comments and fees on time",
    ),
    (
        "plain_relative",
        "Jim Ortiz said the ferry would stop at the island, which has no harbor office.",
        "said",
        "the ferry would stop at the island, which has no harbor office",
    ),
]


@pytest.mark.parametrize(
    ("sentence", "cue", "content"),
    [s[1:] for s in CONTROLS],
    ids=[s[0] for s in CONTROLS],
)
def test_content_goes_on_past_other_commas(sentence: str, cue: str, content: str) -> None:
    assert _content(sentence, cue) == content


def test_bare_plural_verb_is_no_summary() -> None:
    """ "..., claims that the port loses money": a verb in a list, not the outlet's summary."""
    sentence = (
        "Tom Hale questions the ferry budget, fights with the harbor unions, claims that the"
        " port loses money."
    )
    assert _content(sentence, "questions").endswith("claims that the port loses money")


def test_unverified_claim_aside_still_read() -> None:
    """ "..., a claim that could not be independently verified": the claim's words end before
    it, and the verification statement on those words is read as before."""
    sentence = (
        "The mill owner, Tom Reed, said the fire was started on purpose by a former worker, a"
        " claim that could not be independently verified."
    )
    assert _content(sentence, "said") == "the fire was started on purpose by a former worker"
    story = analyze("Harbor news\n\n" + sentence).stories[0]
    assert [(v.by, v.status, v.object) for v in story.verification] == [
        ("the outlet", "unverified", "the fire was started on purpose by a former worker")
    ]


STADIUM = "\n\n".join(
    [
        "Candidates Clash Over Stadium.",
        "Jim Ortiz and Paul Dean argued for two hours on Tuesday night.",
        'Ortiz said that some renters would pay "slightly more" in fees, an admission '
        "that aides to Dean quickly repeated on the radio.",
        "Paul Dean said the budget vote would come next week.",
        "Sara Bell said the city could not afford the stadium.",
    ]
)

GOVERNOR = "\n\n".join(
    [
        "Governor Backs Stadium Plan.",
        "The city council met on Monday for three hours. The stadium would cost about "
        "$400 million. The old arena closed in 2019.",
        "On Sunday, Governor Paul Dean even echoed the mayor's defense of the plan, "
        "saying most residents wanted a new stadium, remarks that were widely played on "
        "local television.",
        '"We will keep fighting for lower rents," said Ann Moss, who leads a tenants group.',
        "Sara Bell said the city could not afford the stadium.",
        "The council held a public hearing on Friday.",  # a plan ("is set for") is no fact
    ]
)


def test_who_said_leaves_out_the_outlets_summary() -> None:
    qs = _questions(STADIUM)  # the story of rb_x6 less Ann Moss's line: who_said asks Ortiz's
    assert not any("an admission" in q.prompt for q in qs)
    asked = [q for q in qs if q.kind == "who_said" and "slightly more" in q.prompt]
    assert len(asked) == 1, [q.prompt for q in qs]
    assert asked[0].prompt.rstrip("?").endswith("in fees")
    assert answer(asked[0]) == "Jim Ortiz"


def test_fact_or_claim_leaves_out_the_outlets_summary() -> None:
    qs = _questions(GOVERNOR)
    assert not any("remarks that" in q.prompt for q in qs)
    stated = [q.prompt for q in qs if q.kind == "fact_or_claim" and "new stadium" in q.prompt]
    assert stated == [
        "“Most residents wanted a new stadium.” — Does the story report this as fact, or as"
        " someone's claim?"
    ]


HARBOR = "\n\n".join(
    [
        "Mayor Faces Questions Over Harbor Plan.",
        "Maria Lopez argued on Monday that the city could cut harbor fees while spending "
        "more on roads.",
        '"Two rich developers started a group and they are running ads against me right '
        'now," Lopez said, referencing a group called Roads First funded by Tom Reed and '
        "Sam Hale.",
        "Council member Peter Grant said the plan would raise costs for fishermen.",
        '"This plan will hurt every family on the waterfront," said Ann Moss, who runs a '
        "bakery near the docks.",
        "Sara Bell said the harbor would reopen in May.",
    ]
)


def test_referencing_is_no_claim() -> None:
    story = analyze(HARBOR).stories[0]
    refs = [c for c in story.others if c.cue == "referencing"]
    assert [(c.act, c.content) for c in refs] == [
        ("reference", "a group called Roads First funded by Tom Reed and Sam Hale")
    ]
    assert not any(c.cue == "referencing" for c in story.claims)
    said = [c for c in story.claims if c.line == 5]
    assert [c.cue for c in said] == ["said"]  # the quotation stays Lopez's claim
    assert not any("Roads First" in q.prompt for q in _questions(HARBOR))


@pytest.mark.parametrize("cue", ["referenced", "references"])
def test_referenced_is_no_claim(cue: str) -> None:
    acts = [(a, k) for a, k, _, _ in _claims(f"Nora Vance {cue} an old report on the harbor.")]
    assert ("reference", cue) in acts
    assert not any(a == "claim" for a, _ in acts)


def test_adding_stays_a_claim() -> None:
    """Control: a participle that reports words ("adding that ...") is still a claim."""
    sentence = (
        '"The docks are safe," Lopez said, adding that the harbor would reopen in May after'
        " repairs."
    )
    assert _content(sentence, "adding") == "the harbor would reopen in May after repairs"


RULING = "\n\n".join(
    [
        "Judge Orders Records Released.",
        "The company sold seminars in six states. It closed its last office in 2012. The "
        "case was filed in 2013.",
        "In her ruling, Judge Ann Moss noted that the company had grown quickly over the "
        'course of the case and that its owner had "ignored the court\'s deadlines."',
        '"We will appeal this decision," said Jim Ortiz, a lawyer for the company.',
        "Sara Bell said the records would be posted online.",
        "The records total about 1,000 pages.",
    ]
)


def test_two_complements_make_no_fact_or_claim_statement() -> None:
    qs = _questions(RULING)
    statements = [q.prompt for q in qs if q.kind == "fact_or_claim"]
    assert statements, [q.prompt for q in qs]
    assert not any("and that" in s for s in statements)
    # the claim is still asked as a whole by who_said, where "said that A and that B" reads well
    whole = [q for q in qs if q.kind == "who_said" and "grown quickly" in q.prompt]
    assert [answer(q) for q in whole] == ["Ann Moss"]


def _statements(text: str) -> dict[str, str | None]:
    """Cue → fact_or_claim's statement of that claim (None: no clean statement)."""
    analysis = analyze(text)
    story = analysis.stories[0]
    ctx = Context(analysis, story)
    return {c.cue or "": claim_statement(ctx, c) for c in story.claims}


NOTED = RULING.replace(
    'had "ignored the court\'s deadlines."', "had ignored the court's deadlines."
)


def test_second_that_clause_gives_no_statement() -> None:
    assert _statements(NOTED)["noted"] is None


def test_joined_clauses_without_that_still_make_a_statement() -> None:
    """Control: "A and B" (no second "that") is one sentence, still a statement."""
    text = NOTED.replace("and that its owner", "and its owner")
    assert _statements(text)["noted"] == (
        "The company had grown quickly over the course of the case and its owner had ignored"
        " the court's deadlines."
    )


FUNDS = (
    "Filings show the $104,350 that Ortiz has raised from developers is well above what his"
    " rivals took in, according to the City Money Project."
)


def test_thousands_comma_cuts_no_claim() -> None:
    content = _content(FUNDS, "according to")
    assert "$104,350 that Ortiz has raised" in content
    assert not content.startswith("350")


def test_asked_whether_keeps_its_figure() -> None:
    sentence = (
        "The mill will close, Tom Hale said when asked whether the 2,400 workers at the mill"
        " would be paid, and left."
    )
    asked = [c for a, _, _, c in _claims(sentence) if a == "asked"]
    assert asked == ["whether the 2,400 workers at the mill would be paid"], _claims(sentence)
