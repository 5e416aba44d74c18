"""Who is speaking (issue 7, readers' reports of session 3): surnames, pronouns, role words and
source kinds. Own sentences; names and places invented."""

from __future__ import annotations

import importlib

from questions import analyze
from questions.generate.registry import Context

who_said = importlib.import_module("questions.generate.kinds.who_said")
source_check = importlib.import_module("questions.generate.kinds.source_check")
spot_the_cue = importlib.import_module("questions.generate.kinds.spot_the_cue")


def _story(*paragraphs: str) -> str:
    """A story: a headline and paragraphs, a blank line between."""
    return "\n\n".join(paragraphs) + "\n"


def _sources(text: str) -> list[tuple[int, str | None, str | None]]:
    """(line, resolved source, source kind) of every claim."""
    return [(c.line, c.source, c.source_kind) for s in analyze(text).stories for c in s.claims]


def _source_at(text: str, line: int) -> str | None:
    return next(source for at, source, _ in _sources(text) if at == line)


# --- 1. a bare surname goes to the person named in full before it, not to a later titled one


_MILL = _story(
    "Mill Plan Splits Valley Town.",
    "Nora Quint argued on Monday that the town could lower water rates and still fix the bridge.",
    "At a hearing on Wednesday, Quint said the old paper mill would open again in June.",
    "Council member Peter Vale said the plan would cost farmers more.",
    "Quint and her husband, former President Walter Quint, often walk along the river.",
)


def test_surname_goes_to_the_speaker_named_before_not_a_later_title() -> None:
    assert _source_at(_MILL, 5) == "Nora Quint"


def test_surname_after_both_stays_with_the_first_speaker() -> None:
    # the husband is named in passing; the story's "Quint" is still the woman it quotes
    text = _MILL + "\nLater, Quint said the mill would hire 40 workers.\n"
    assert _source_at(text, 11) == "Nora Quint"


def test_surname_in_a_headline_still_takes_the_titled_name_below() -> None:
    # control: nothing named before the headline, so the titled mention below names it
    text = _story(
        "Varga Says Talks Will Go On.",
        "Talks between the two ports will go on next month, government spokesman Imre "
        "Varga said on Friday.",
        "Varga said both sides wanted a deal before winter.",
    )
    assert [source for _, source, _ in _sources(text)] == ["Imre Varga"] * 3


def test_surname_after_a_name_in_its_own_paragraph() -> None:
    # control: the paragraph itself names the other person just before ("Otto Renn ... Renn said")
    text = _story(
        "Election Day In Greenfield.",
        "Paula Renn said on Monday that she expected to win the county by a wide margin.",
        "Her husband, former Governor Otto Renn, visited a polling station on Tuesday. "
        'Renn said, "I hope nobody minds a handshake."',
        "Poll workers said the lines were short.",
    )
    assert _source_at(text, 3) == "Paula Renn"
    assert _source_at(text, 5) == "Otto Renn"


# --- 2. a pronoun is not resolved past a person named in passing in its paragraph


_COLUMN = _story(
    "Rent Row Grows.",
    '"Tenants in this town have had it easy for years," writes Hugo Brand, a '
    "columnist at the Lake Ledger.",
    'Brand concludes: "Nobody made these choices for them."',
    "Many readers wrote back. For {reader}, Brand is only repeating an old landlord "
    'line. "The town has not failed its tenants," {pronoun} mocks. "The tenants '
    'have failed the town."',
    "Ivo Dane said the rent vote would come next week.",
    "Rita Sol said the vote could slip again.",
    '"We will keep pushing for lower rents," said Lev Orta, who leads a tenants group.',
)


def _who_said(text: str) -> dict[str, str]:
    """Prompt -> keyed answer of every who_said question the kind builds (before any cap)."""
    analysis = analyze(text)
    qs = who_said.build(Context(analysis, analysis.stories[0]))
    return {q.prompt: q.options[q.answer] for q in qs}


def test_pronoun_after_a_person_named_in_passing_asks_nothing() -> None:
    # "he" is Tom Ferris, who is no source: neither quotation is asked as Hugo Brand's
    asked = _who_said(_COLUMN.format(reader="Tom Ferris", pronoun="he"))
    assert not [p for p in asked if "failed" in p]


def test_pronoun_of_the_other_gender_still_asks() -> None:
    # control: "she" cannot be Tom Ferris; a woman named in passing is no rival for "he"
    for reader, speaker, pronoun in (("Tom Ferris", "Nina", "she"), ("Ann Ferris", "Hugo", "he")):
        text = _COLUMN.format(reader=reader, pronoun=pronoun).replace("Hugo", speaker)
        asked = _who_said(text)
        assert asked.get("Who said this: “The tenants have failed the town”?") == (
            f"{speaker} Brand"
        ), (reader, pronoun)


def test_pronoun_after_a_person_named_in_passing_is_not_named_in_explanations() -> None:
    # spot_the_cue names who a pronoun stands for, or does not ask (helper e7): "he mocks" has
    # no sure antecedent here, so it is not asked; it never names Hugo Brand
    analysis = analyze(_COLUMN.format(reader="Tom Ferris", pronoun="he"))
    qs = spot_the_cue.build(Context(analysis, analysis.stories[0]))
    assert not [q for q in qs if "he mocks" in q.explanation]
    assert not [q for q in qs if "Hugo Brand" in q.explanation and "mocks" in q.explanation]


def test_person_named_in_an_earlier_paragraph_is_no_rival() -> None:
    # control: "Tom Ferris" stands in the paragraph before; "he" opens on Brand's own paragraph
    text = _story(
        "Rent Row Grows.",
        "Tom Ferris, a reader, sent a long letter to the paper on Monday.",
        'Hugo Brand, a columnist at the Lake Ledger, answered him the next day. "The '
        'town has not failed its tenants," he said.',
        "Ivo Dane said the rent vote would come next week.",
        "Rita Sol said the vote could slip again.",
        '"We will keep pushing for lower rents," said Lev Orta, who leads a tenants group.',
    )
    assert _who_said(text).get("Who said this: “The town has not failed its tenants”?") == (
        "Hugo Brand"
    )


# --- 3. a surname that is also an adverb, and role words in lower case before a name


def _claims(text: str) -> list[tuple[str | None, str | None, str | None]]:
    """(source, source kind, cue) of every claim."""
    return [(c.source, c.source_kind, c.cue) for s in analyze(text).stories for c in s.claims]


def test_surname_that_is_an_adverb_stays_in_the_name() -> None:
    text = "Council member Ann Long said the vote could be delayed again."
    assert _claims(text) == [("Ann Long", "official", "said")]
    text = "The plan will fail, Sen. Tom Still said on Monday."
    assert _claims(text)[0][0] == "Tom Still"


def test_adverb_before_a_cue_still_joins_it() -> None:
    # controls: "has long said" and a headline in capitals keep their adverb in the cue
    assert _claims("Ann Reed has long said the dam was unsafe.") == [
        ("Ann Reed", "person", "has long said")
    ]
    assert _claims("Residents have long argued that the dam leaks.")[0][2] == "have long argued"


def test_role_words_in_lower_case_are_not_the_name() -> None:
    text = "Radio host Tom Baird said the vote could be delayed again."
    assert _claims(text) == [("Tom Baird", "person", "said")]
    text = "Lakeside councilwoman Rita Sol said the vote could be delayed again."
    assert _claims(text)[0][:2] == ("Rita Sol", "official")
    text = "At the fair, 64-year-old Rita Sol said the vote could be delayed again."
    assert _claims(text)[0][:2] == ("Rita Sol", "person")


# --- 4. "The 45-year-old scientist" just after a person is named is that person, no expert


_RALLY = _story(
    "Governor Visits Mill Town.",
    "Governor Paul Hart spoke to mill workers in Easton on Friday.",
    "About 80 protesters stood outside the gates with banners.",
    'Lena Park held up a banner saying "Jobs Here." The 38-year-old scientist says she seldom '
    "marches because she works nights.",
    "But she said she had been angered by the governor excusing and apparently encouraging "
    "layoffs at the mill, and what she calls his neglect of small towns.",
    '"We deserve better than this," said Park, an Easton resident.',
)


def test_age_epithet_names_the_person_just_named() -> None:
    found = [(line, source, kind) for line, source, kind in _sources(_RALLY) if line >= 7]
    assert found and all(source == "Lena Park" and kind == "person" for _, source, kind in found)


def test_age_epithet_asks_no_expert_question() -> None:
    # a protester's job ("scientist") does not make her words an expert's
    analysis = analyze(_RALLY)
    qs = source_check.build(Context(analysis, analysis.stories[0]))
    assert not [q for q in qs if "expert" in q.options[q.answer]]


def test_age_epithet_with_no_one_before_stays_itself() -> None:
    # control: no person named before it: the epithet is its own source
    text = "The 38-year-old scientist said the mill would close in May."
    assert _sources(text)[0][1:] == ("The 38-year-old scientist", "expert")


# --- the reporter's gloss of what a speaker meant is not what the speaker said


def test_referencing_gloss_is_not_asked_as_said() -> None:
    text = _story(
        "Harbor Plan Divides City.",
        "Mayor Nora Quint argued on Monday that the city could cut harbor fees.",
        '"Two rich builders set up a group and they are running ads against me now," Quint '
        "said, referencing a group called Roads First funded by Tom Reed and Sam Hale.",
        "Council member Peter Vale said the plan would raise costs for fishermen.",
        '"This plan will hurt every family on the waterfront," said Ann Moss, who runs a bakery.',
    )
    assert not [p for p in _who_said(text) if "Roads First" in p]


def test_expert_speaking_of_herself_is_not_asked_as_an_expert() -> None:
    # "The scientist Lena Park said she had been angered ...": her own feelings, not her field
    text = _story(
        "Governor Visits Mill Town.",
        "Governor Paul Hart spoke to mill workers in Easton on Friday.",
        "About 80 protesters stood outside the gates with banners.",
        "The scientist Lena Park said she had been angered by the governor excusing and "
        "apparently encouraging layoffs at the mill, and what she calls his neglect.",
        '"We deserve better than this," said Tom Reed, a mill worker.',
    )
    analysis = analyze(text)
    qs = source_check.build(Context(analysis, analysis.stories[0]))
    assert not [q for q in qs if "expert" in q.options[q.answer]]
    # control: an expert's claim about her field is still asked as an expert's
    field = text.replace("she had been angered", "the mill had been harmed")
    analysis = analyze(field)
    qs = source_check.build(Context(analysis, analysis.stories[0]))
    assert [q for q in qs if "expert" in q.options[q.answer]]
