"""Regression cases for six failure categories of a teacher's reading of unseen news (issue 7),
end to end (``analyze`` then ``generate``). Every sentence here was written for these tests;
none is taken from a corpus."""

from __future__ import annotations

from questions import analyze
from questions.generate import generate
from questions.generate.kinds.hedge_words import signals_uncertainty
from questions.model import Question

HEAD = "Harbour talks resume\n\n"
LEDE = (
    "Negotiators for the river towns met again on Monday in Ostra, a week after the talks on the "
    "shared harbour broke down over fishing quotas.\n\n"
)
SOURCES = (
    "Transport Minister Karl Brenner said the government would not raise its offer.\n\n"
    "Maria Lind, an economist at Ostra University, said the strike was costing the region about "
    "two million euros a day.\n\n"
)


def story(*paragraphs: str) -> str:
    return HEAD + LEDE + "".join(p + "\n\n" for p in paragraphs) + SOURCES


def questions(text: str) -> list[Question]:
    return generate(analyze(text))


def claims(text: str):  # noqa: ANN201 - a list of Claim
    return [c for s in analyze(text).stories for c in s.claims]


# 1. Mis-decoded text (UTF-8 read as Latin-1, perhaps twice) is shown nowhere in a question.
def test_mis_decoded_names_are_never_in_a_question() -> None:
    text = story(
        "Mayor AndrÃÂ© Roux said the harbour would reopen to ferries by the end of the month.",
        "Councillor Zoe BÃ©rard said the quota deal had been settled on the night before the vote.",
    )
    for q in questions(text):
        shown = [q.prompt, q.explanation, q.evidence.text, *q.options]
        assert not any("Ã" in t or "Â" in t for t in shown), q


def test_validate_refuses_a_mis_decoded_explanation_or_evidence() -> None:
    from dataclasses import replace

    from questions.generate.validate import validate

    text = story("Mayor Ana Roux said the harbour would reopen to ferries by the end of the month.")
    analysis = analyze(text)
    q = next(q for q in generate(analysis) if q.kind == "who_said")
    st = analysis.stories[q.story]
    assert validate(q, analysis, st) == []
    broken = replace(q, explanation=q.explanation + " (FranÃÂ§ois)")
    assert "explanation or evidence holds mis-decoded characters" in validate(broken, analysis, st)


# 2. spot_the_cue keys the title with the name, or does not ask: never "French President [X]".
def test_spot_the_cue_never_leaves_a_title_before_its_source() -> None:
    from questions.generate.kinds.spot_the_cue import _title_left_out

    text = "On Monday Harbour President Ana Roy said the ferries would run."
    assert _title_left_out(text, 0, text.index("Ana"))
    assert not _title_left_out(text, 0, text.index("Harbour"))
    assert not _title_left_out("Mr. Ana Roy said so.", 0, 4)  # an honorific is no title


def test_spot_the_cue_keys_titles_with_names() -> None:
    text = story(
        "Northern Premier Greta Vollmer said the talks on the river treaty would resume in Basel "
        "after a long pause.",
        "Harbour Chancellor Paul Dufresne said the treaty would be signed by the end of summer.",
    )
    for q in questions(text):
        if q.kind != "spot_the_cue":
            continue
        assert isinstance(q.answer, tuple)
        marked = [q.options[i] for i in q.answer]
        for title in ("Premier", "Chancellor", "Minister"):
            if title in q.options:
                i = q.options.index(title)
                assert (i in q.answer) == (i + 1 in q.answer), marked


# 3. A statement is never cut at the comma between two adjectives of one noun phrase.
def test_content_keeps_a_list_of_adjectives_whole() -> None:
    text = story(
        "Ivo Lund said that Anna Berg is a longtime, dedicated champion of the river towns."
    )
    contents = [c.content for c in claims(text) if c.source == "Ivo Lund"]
    assert contents == ["Anna Berg is a longtime, dedicated champion of the river towns"]
    for q in questions(text):
        assert "longtime?" not in q.prompt, q.prompt


# 4. "reports of <an event>" that date an established event are no hedge; "before" is no foil.
def test_reports_as_a_time_frame_are_no_hedge() -> None:
    s = "Following initial reports of the blast, crews closed the bridge for the night."
    assert not signals_uncertainty(s, (s.index("reports"), s.index("reports") + 7))
    s = "Hours after reports of the fire, the mayor visited the dock."
    assert not signals_uncertainty(s, (s.index("reports"), s.index("reports") + 7))
    s = "Amid reports of a secret deal, the council postponed its vote."
    assert signals_uncertainty(s, (s.index("reports"), s.index("reports") + 7))
    text = story(
        "Following initial reports of the blast at the dock, but before harbour officials had "
        "given any explanation, several ferries turned back to the northern pier."
    )
    for q in questions(text):
        if q.kind == "hedge_words":
            assert "reports" not in q.options and "before" not in q.options, q.options


# 5. A chief economist speaking for his own bank's report is the bank's, no independent expert.
def test_an_organisation_officer_is_no_independent_expert() -> None:
    text = story(
        "Harbour Bank chief economist Jon Bell said the report showed exports would shrink next "
        "year.",
        "The coastal institute's economist, Tove Ries, said wages would rise by two percent.",
    )
    for q in questions(text):
        if q.kind == "source_check":
            assert q.options[q.answer] != "An independent expert", q.explanation  # type: ignore[index]


# 6. "X likened A to B in an interview": an attributed characterisation, never the outlet's fact.
def test_likened_in_an_interview_is_attributed() -> None:
    text = story(
        "Mr. Voss likened the new ferry tax to a toll on an empty road in an interview with the "
        "Ostra Gazette last week."
    )
    assert any(c.cue == "likened" and c.source == "Voss" for c in claims(text))
    for q in questions(text):
        if q.kind == "fact_or_claim" and "likened" in q.prompt:
            assert q.answer == 1, q.explanation
