"""Facts resting on records, a body's own figure, and the outlet's comment after a claim
(issue 7, session of 2026-11-30, expl3).

- "..., figures published by the inspectorate show.": the fact explanation names the records.
- "The council put the total at 9,800 fines.": the council's figure, never keyed as fact.
- ", a detail X did not dispute", ", an account that could not be verified": the outlet's
  comment, no part of the speaker's claim.

All sentences are invented for these tests.
"""

from __future__ import annotations

from questions import analyze
from questions.generate import generate
from questions.generate.kinds import fact_or_claim
from questions.generate.registry import Context


def _claim_contents(sentence: str) -> list[str]:
    story = analyze("Harbor news\n\n" + sentence).stories[0]
    return [c.content for c in story.claims if c.act == "claim"]


def _fact_explanations(text: str) -> dict[str, str]:
    out = {}
    for q in generate(analyze(text), thin_giveaways=False):
        if q.kind == "fact_or_claim" and q.answer == 0:
            out[q.prompt] = q.explanation
    return out


KESTREL = (
    "Kestrel Hill jail crowded\n\n"
    "Kestrel Hill jail held 2,340 people last year, figures published by the national "
    "inspectorate show. The jail was built for 1,600. The governor said a new wing would open "
    "in May."
)


def test_records_fact_explanation_names_the_records() -> None:
    expl = [e for p, e in _fact_explanations(KESTREL).items() if "Kestrel" in p]
    assert expl, _fact_explanations(KESTREL)
    assert "citing figures published by the national inspectorate" in expl[0]
    assert "no word such as" not in expl[0]


def test_plain_fact_explanation_unchanged() -> None:
    text = KESTREL.replace(", figures published by the national inspectorate show", "")
    expl = [e for p, e in _fact_explanations(text).items() if "Kestrel" in p]
    assert expl and "in its own voice" in expl[0]


def test_put_the_total_at_is_no_fact() -> None:
    for s in (
        "The council put the total at 9,800 fines.",
        "The insurer puts the cost of the repairs at about $4 million.",
    ):
        assert fact_or_claim._PUT_AT.search(s), s


def test_put_without_a_figure_is_left() -> None:
    for s in (
        "The crew put the boat at the far end of the harbor.",
        "Workers put the statue back on its plinth at 9 a.m.",
    ):
        assert not fact_or_claim._PUT_AT.search(s), s


def test_put_the_total_at_not_keyed_fact() -> None:
    # fact_statement is the gate: the story has no claim, so no fact question would be asked
    # at all and a test on the generated questions could not fail
    text = (
        "Fines rise in Norbury\n\nNorbury issued more parking fines this year than ever before. "
        "The council put the total at 9,800 fines. The new cameras were installed in March."
    )
    analysis = analyze(text)
    ctx = Context(analysis, analysis.stories[0])
    statements = [fact_or_claim.fact_statement(ctx, s) for s in analysis.stories[0].sentences]
    assert statements == [
        "Norbury issued more parking fines this year than ever before.",
        None,
        "The new cameras were installed in March.",
    ]


def test_outlet_comment_cut_from_claim() -> None:
    assert _claim_contents(
        "It said the turbines had been serviced by a contractor since 2022, a detail Baltwind "
        "did not dispute."
    ) == ["the turbines had been serviced by a contractor since 2022"]
    assert _claim_contents(
        "Police said the driver had fled the scene on foot, an account that could not be verified."
    ) == ["the driver had fled the scene on foot"]


def test_claim_without_comment_kept_whole() -> None:
    assert _claim_contents("Police said the money was paid into an account at a local bank.") == [
        "the money was paid into an account at a local bank"
    ]
    assert _claim_contents("The union said the strike would go on until Friday.") == [
        "the strike would go on until Friday"
    ]
