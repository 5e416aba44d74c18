"""characterization on the common forms of wire copy (issue 7, char9): "called X “Y”" with words
after the quotation ("… “a slap in the face” for islanders"), "described X as “Y” on both
sides", "dismissed X as “Y”" (a denial's cue, a description all the same), "branded",
"labelled"/"labeled", "dubbed", in single (‘…’) or an archive's doubled (''…'') marks, "X,
which she called “Y”", "…, calling it “Y”" and "described them as “Y”" (the thing named
earlier in the sentence), "said … and called X “Y”" (the speaker of the first verb). The
description is the whole quoted phrase, without its marks, and the describer is the subject
of the cue.

Controls: a negated or refused description ("did not call the shortage a crisis", "has never
described …", "refused to call …"), the outlet's own words (a passive with no describer, "so-
called"), a view rather than words ("sees the plan as “a trap”"), "what it called" (no thing to
ask about), "called on"/"called an emergency meeting", and a "calling it" whose "it" is an
occasion or has no object before it make no characterization question. All stories are
invented for these tests (``data/char9/``)."""

from __future__ import annotations

import re
from dataclasses import replace

import pytest
from story_kit import DATA, answer, built, shipped, wrong_options

from questions.generate.giveaway import thin
from questions.model import Question

KIND = "characterization"


def _plain(text: str) -> str:
    text = re.sub(r"^As\s+", "", text.strip())
    return text.strip("“”\"‘’' ").lower()


def _chars(name: str) -> list[Question]:
    return [q for q in built(f"char9/{name}") if q.kind == KIND]


def _asks(q: Question, source: str, thing: str, desc: str) -> bool:
    """Whether a characterization question asks how ``source`` described ``thing`` (keyed
    ``desc``) or who described ``thing`` as ``desc`` (keyed ``source``)."""
    prompt, right = q.prompt.lower().replace("'", "’"), answer(q)
    if thing.lower() not in prompt:
        return False
    if source.lower() in prompt:
        return _plain(right) == desc.lower()
    return source.lower() in right.lower() and desc.lower() in prompt


FORMS = [
    ("01_called_quote.txt", "Hilde Marsk", "the agreement", "a death sentence for family farms"),
    ("02_described_as_tail.txt", "Amir Haddad", "the dispute", "a failure of basic communication"),
    ("03_dismissed_as.txt", "Henrik Sall", "the union’s safety concerns", "scaremongering"),
    ("04_branded.txt", "Oona Felder", "the increase", "daylight robbery"),
    ("05_labelled_tail.txt", "Brian Tosh", "the decision", "a slap in the face"),
    ("06_which_called.txt", "Dana Pruitt", "the timetable", "a complete shambles"),
    (
        "07_calling_it.txt",
        "Judith Okoro",
        "the city budget",
        "a fresh start for every neighbourhood",
    ),
    (
        "08_said_and_called.txt",
        "Marta Quill",
        "the force’s account of the arrest",
        "a story invented to cover up a beating",
    ),
    (
        "09_dismissed_explanation.txt",
        "Joseph Mwangi",
        "the company’s explanation",
        "an insult to people who have fished here for generations",
    ),
    ("10_described_them.txt", "Dunwoody", "the allegations", "simply untrue"),
    ("11_labeled_us.txt", "Rhonda Pike", "the tax", "a giveaway to billionaires"),
    ("12_dubbed.txt", "Gwen Talbot", "the charges", "a tax on the sick"),
    ("13_several_descriptions.txt", "Grace Abiola", "the vote", "a betrayal of the children"),
    ("14_called_and_dismissed.txt", "Alma Reyes", "the decision", "a disgrace"),
    ("16_single_quotes.txt", "Mona Hart", "the council’s decision", "a kick in the teeth"),
    ("17_archive_quotes.txt", "Carla Brody", "the farm bill", "a gift to agribusiness"),
]


@pytest.mark.parametrize(("name", "source", "thing", "desc"), FORMS)
def test_a_common_form_makes_a_characterization(
    name: str, source: str, thing: str, desc: str
) -> None:
    qs = _chars(name)
    assert any(_asks(q, source, thing, desc) for q in qs), [(q.prompt, answer(q)) for q in qs]


@pytest.mark.parametrize(("name", "source", "thing", "desc"), FORMS)
def test_wrong_options_are_wrong(name: str, source: str, thing: str, desc: str) -> None:
    for q in _chars(name):
        if not _asks(q, source, thing, desc):
            continue
        for w in wrong_options(q):
            assert _plain(w) != desc.lower()
            assert source.lower() not in w.lower()
            assert "“" not in w and '"' not in w, w  # a description shown without its marks


def test_several_descriptions_are_the_wrong_options_of_how() -> None:
    qs = _chars("13_several_descriptions.txt")
    how = [
        q
        for q in qs
        if q.prompt.startswith(("According to the story, how", "According to the story, what"))
    ]
    assert how, [q.prompt for q in qs]
    descs = {
        "a betrayal of the children",
        "the only sensible option",
        "a school fit for the next fifty years",
    }
    for q in how:
        assert {_plain(o) for o in q.options} <= descs


@pytest.mark.parametrize(
    "name",
    [
        "20_negated.txt",
        "21_outlet_words.txt",
        "22_refused_to_call.txt",
        "23_attitude.txt",
        "24_what_it_called.txt",
        "25_called_on.txt",
        "26_calling_it_controls.txt",  # "it": the occasion, or no object before it
    ],
)
def test_controls_make_no_characterization(name: str) -> None:
    assert [q.prompt for q in _chars(name)] == []


@pytest.mark.parametrize(
    "name", ["03_dismissed_as.txt", "09_dismissed_explanation.txt", "14_called_and_dismissed.txt"]
)
def test_a_denial_and_a_characterization_on_one_sentence_do_not_both_ship(name: str) -> None:
    qs = shipped(f"char9/{name}")
    chars = [q for q in qs if q.kind == KIND]
    denials = [q for q in qs if q.kind in ("who_denied", "what_denied")]
    for c in chars:
        for d in denials:
            (s1, e1), (s2, e2) = c.evidence.span, d.evidence.span
            assert not (s1 < e2 and s2 < e1), (c.prompt, d.prompt)


def test_the_fixtures_are_there() -> None:
    assert len(list((DATA / "char9").glob("*.txt"))) >= 20


@pytest.mark.parametrize(
    ("name", "tail"),
    [
        ("02_described_as_tail.txt", "on both sides"),
        ("05_labelled_tail.txt", "for islanders"),
        ("11_labeled_us.txt", "before voting"),
    ],
)
def test_the_description_is_the_quoted_phrase_without_what_follows(name: str, tail: str) -> None:
    qs = _chars(name)
    assert qs
    for q in qs:
        assert tail not in q.prompt and all(tail not in o for o in q.options), q.prompt


def test_a_pronoun_thing_takes_the_object_named_before_it() -> None:
    prompts = " ".join(q.prompt for q in _chars("07_calling_it.txt"))
    assert "the city budget" in prompts and " it " not in prompts.replace("“", " ")


def test_a_denial_question_on_the_sentence_outranks_the_characterization() -> None:
    """ "called the reports “false …”" is a denial too: a who_denied or what_denied question on
    the same sentence (as the denial kinds may make) and the characterization give each other
    away, and the denial is kept."""
    (char,) = _chars("15_called_reports_false.txt")
    assert "Tomas Varga" in answer(char) or "Tomas Varga" in char.prompt
    who = replace(
        char, id="w", kind="who_denied", prompt="According to the story, who denied the reports?"
    )
    what = replace(
        char,
        id="x",
        kind="what_denied",
        prompt="According to the story, what did Tomas Varga deny?",
        options=("The reports", "That no talks had taken place", "The truth about any contacts"),
        answer=0,
    )
    for denial in (who, what):
        kept, dropped = thin([char, denial])
        assert kept == [denial] and dropped == [char]


def test_the_prompt_keeps_the_cues_spelling() -> None:
    """ "labeled" (American) is asked as "who labeled …", not "who labelled …"."""
    prompts = [q.prompt for q in _chars("11_labeled_us.txt")]
    assert prompts and not any("labelled" in p for p in prompts), prompts
