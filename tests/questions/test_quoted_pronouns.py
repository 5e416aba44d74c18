"""A pronoun inside a quotation is someone the speaker speaks of, never the speaker, on stories
of our own, with controls:

- fact_or_claim rewrote the opening "he"/"she"/"it" of a quotation into the speaker's name
  ("“Ana is a rock,” said Tina Wells. “She stepped in when nobody else would.”" was asked as
  "Tina Wells stepped in when nobody else would."): such a quotation is not asked as a
  statement, since its pronoun has no antecedent in the statement alone;
- controls: a reported clause ("Moody said he had worked …") and a partial quotation whose
  pronoun stands outside the quotation marks keep the speaker's name; a quotation that names
  its subject is still asked; who_said and who_denied keep a quotation verbatim.
"""

from __future__ import annotations

from story_kit import HARBOUR_SPEAKERS, answer, kinds_built

from questions import analyze
from questions.generate import KINDS
from questions.generate.kinds.fact_or_claim import claim_statement
from questions.generate.registry import Context


def _statements(text: str) -> dict[str, str | None]:
    """Each claim's content → its fact_or_claim statement (None: not asked)."""
    analysis = analyze(text)
    story = analysis.stories[0]
    ctx = Context(analysis, story)
    return {c.content.strip(' "“”,.'): claim_statement(ctx, c) for c in story.claims}


def _story(body: str) -> str:
    return (
        "Council names hall after nurse\n\n"
        "GRANVILLE, Ohio (Wire) — The Granville council voted on Tuesday to name a new hall "
        "after Ana Ferris, a retired nurse who ran the town shelter for 20 years.\n\n"
        + body
        + "\n"
        + HARBOUR_SPEAKERS
    )


_ROCK = (
    '"Ana is a rock," said Tina Wells, the council chairwoman. "She stepped in when nobody '
    'else would."\n'
)
_HARBOUR = (
    '"Jim Reese is a good man," said Carl Moody, the harbour master. "He has worked these waters '
    'for 30 years."\n'
)
_LAWYER = (
    'The board suspended coach Darren Kole on Monday. "He has done nothing wrong," said Paul '
    'Dent, the coach\'s lawyer. "He has followed every rule of the league."\n'
)
_FIRM = '"It has never been safer," the Granville Bridge Company said of the old river bridge.\n'


def test_she_in_quotation_is_not_the_speaker() -> None:
    said = _statements(_story(_ROCK))
    assert said["She stepped in when nobody else would"] is None
    assert not any(s and s.startswith("Tina Wells") for s in said.values())


def test_he_in_quotation_is_not_the_speaker_of_the_same_gender() -> None:
    said = _statements(_story(_HARBOUR))
    assert said["He has worked these waters for 30 years"] is None
    assert not any(s and s.startswith("Carl Moody") for s in said.values())


def test_lawyer_quotation_about_client() -> None:
    said = _statements(_story(_LAWYER))
    assert said["He has followed every rule of the league"] is None
    qs = kinds_built(_story(_LAWYER), "fact_or_claim", "who_said", "who_denied", "what_denied")
    for q in qs:
        shown = " ".join([q.prompt, q.explanation, *map(str, q.options)])
        assert "Paul Dent has" not in shown and "Dent has followed" not in shown


def test_it_in_a_firm_quotation_is_not_the_firm() -> None:
    said = _statements(_story(_FIRM))
    assert not any(s and "Company has never been safer" in s for s in said.values())


def test_who_denied_keeps_the_quotation_verbatim() -> None:
    qs = kinds_built(_story(_LAWYER), "who_denied")
    denied = [q for q in qs if "done nothing wrong" in q.prompt]
    assert denied and all("“He has done nothing wrong”" in q.prompt for q in denied)
    assert {answer(q) for q in denied} == {"Paul Dent"}


# ---- controls


def test_control_reported_clause_keeps_the_speaker() -> None:
    said = _statements(_story("Carl Moody said he had worked these waters for 30 years.\n"))
    assert said["he had worked these waters for 30 years"] == (
        "Carl Moody had worked these waters for 30 years."
    )


def test_control_partial_quotation_pronoun_outside_the_marks() -> None:
    body = 'Carl Moody said he had "worked these waters for 30 years."\n'
    statements = [s for s in _statements(_story(body)).values() if s]
    assert statements and statements[0].startswith("Carl Moody had")


def test_control_quotation_naming_its_subject_is_still_asked() -> None:
    said = _statements(_story(_HARBOUR))
    assert said["Jim Reese is a good man"] == "Jim Reese is a good man."


# ---- a chain of "he says … He adds …" whose head is doubtful


_VIDEO = (
    "Mayor appears in rebel video\n\n"
    "LUNDHAVEN, Ostland (Wire) — A rebel group has put out a video that uses a clip of Mayor "
    "Tom Reed, the group's new recruiting film shows.\n\n"
    'Reed is seen at a rally last month, saying, "Lundhaven will close its gates to every '
    'stranger until we know who they are." The crowd cheers his words.\n\n'
    "Marsh Front.\n\n"
    'Footage of Omar Qadir appears again. "The city will turn on its own people," he says. He '
    'adds that young men in the city have two choices: "You leave or you fight." Qadir praises '
    "a man who bombed a ferry in 2019.\n\n"
)
_BERG = (
    "Police chief Anna Berg said on Friday that officers were studying the video. She added "
    "that the force had asked the host site to take the film down by Monday.\n"
)


def _cue_explanations(text: str) -> list[str]:
    """The explanations of every spot_the_cue question the kind builds (before any share cap)."""
    analysis = analyze(text)
    ctx = Context(analysis, analysis.stories[0])
    return [q.explanation for q in KINDS["spot_the_cue"].build(ctx)]


def test_pronoun_chain_with_a_doubtful_head_names_no_one() -> None:
    for why in _cue_explanations(_VIDEO + _BERG):
        assert "“He” is" not in why and "Marsh Front" not in why, why


def test_control_pronoun_chain_of_a_named_speaker() -> None:
    whys = _cue_explanations(_VIDEO + _BERG)
    assert any("(“She” is Anna Berg)" in why for why in whys), whys
