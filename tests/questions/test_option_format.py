"""Options whose format gives the answer away (reading train_r4, F9, F10, F13, F14, F17, F3,
F18): a keyed bare surname among full names, a keyed option with its title folded in, "One" as a
source, "DNC" without its "the", "the some leaders".

Own sentences and names, written for these cases (given names the lexicon does not list:
"Torvild", "Kelda", "Ysolde").
"""

from __future__ import annotations

import pytest

from questions import analyze


def _sources(text: str) -> list[str | None]:
    return [c.source for s in analyze(text).stories for c in s.claims]


# --- (a) a titled surname takes the full name met before it, listed given name or not ---------


@pytest.mark.parametrize(
    ("text", "full"),
    [
        (
            "The report was written by Ana Reyes of Dunmore College; Torvild Okafor, a lecturer"
            " at Westbrook; and Lena Schultz of Halden University. “Cheap imports hurt the"
            " moderates,” Mr. Okafor said.",
            "Torvild Okafor",
        ),
        (
            "Kelda Lind, a senior adviser to the mayor, will run the campaign. In a short"
            " interview, Ms. Lind rejected the idea that the move was a demotion.",
            "Kelda Lind",
        ),
    ],
)
def test_titled_surname_takes_full_name(text: str, full: str) -> None:
    assert full in _sources(text)


def test_untitled_surname_and_cut_name_stay() -> None:
    # control: with no title the surname may be anything ("Lind said" stays Lind); and a name
    # cut from a longer one ("Torvild Yan Okafor" holds no whole "Yan Okafor") names no one
    text = (
        "Kelda Lind, a senior adviser to the mayor, will run the campaign. Lind said the move"
        " was no demotion."
    )
    assert "Kelda Lind" not in _sources(text)
    text = (
        "The panel heard Torvild Yan Okafor, a lecturer at Westbrook. “Cheap imports hurt the"
        " moderates,” Mr. Okafor said."
    )
    assert "Yan Okafor" not in _sources(text)


# --- (b) a role written in capitals before a name is not shown in the option ----------------


@pytest.mark.parametrize(
    ("source", "shown"),
    [
        ("Riverside County Ombudsman Tara Nwosu", "Tara Nwosu"),
        ("Lakeview County Public Advocate Tara Nwosu", "Tara Nwosu"),
        ("Harbour Finance Ranking Democrat Ysolde Marr", "Ysolde Marr"),
        # controls: an institution's own name, a plain name, an "of" title stay as written
        ("Harbour Republican Party", "Harbour Republican Party"),
        ("Senate Democrat Policy Center", "Senate Democrat Policy Center"),
        ("Tara Nwosu", "Tara Nwosu"),
        ("Mayor of Port Ellis Tara Nwosu", "Mayor of Port Ellis Tara Nwosu"),
    ],
)
def test_capital_role_not_in_option(source: str, shown: str) -> None:
    from questions.generate.text import option_name

    assert option_name(source) == shown


# --- (c) people's options in one form -------------------------------------------------------

_MIXED = (
    "Port Ellis voted on the ferry plan on Tuesday.\n\n"
    "“The ferry will lose money every winter,” said Ana Reyes, a councillor.\n\n"
    "“We will need a second boat by spring,” said Lena Schultz, the harbour master.\n\n"
    "“Fares should stay as they are,” said Tom Hale, who runs the bakery.\n\n"
    "The plan was drawn up by Torvild Okafor, a lecturer at Westbrook College.\n\n"
    "“The numbers were checked twice,” Okafor said.\n"
)


def _who_said(text: str) -> list:
    from questions.generate import generate

    return [q for q in generate(analyze(text), thin_giveaways=False) if q.kind == "who_said"]


def test_people_in_one_form() -> None:
    # "Okafor" (a bare surname of no known kind) beside "Ana Reyes", "Lena Schultz", "Tom Hale":
    # shown by the full name the story gives, "Torvild Okafor"
    qs = [q for q in _who_said(_MIXED) if "Torvild Okafor" in q.options]
    assert qs, "a question offers Okafor"
    for q in qs:
        assert all(len(o.split()) == 2 for o in q.options), q.options
    # with no given name written for him ("Dr. Okafor" only), every person is shown by surname
    text = _MIXED.replace("Torvild Okafor, a lecturer", "Dr. Okafor, a lecturer")
    qs = [q for q in _who_said(text) if "Okafor" in q.options]
    assert qs, "a question offers Okafor"
    for q in qs:
        assert all(len(o.split()) == 1 for o in q.options), q.options


def test_full_names_stay_when_all_are_full() -> None:
    # control: a question whose people are all named in full keeps their full names
    qs = [q for q in _who_said(_MIXED) if "Torvild Okafor" not in q.options]
    assert qs
    assert all(len(o.split()) >= 2 for q in qs for o in q.options), [q.options for q in qs]


def test_keyed_odd_form_skipped_when_surnames_are_ambiguous() -> None:
    # the story gives "Hale" to two people: the options cannot all be surnames, and the keyed
    # bare "Hale" would stand out among full names, so no such question is asked
    text = _MIXED.replace("Torvild Okafor", "Torvild Hale").replace("Okafor said", "Hale said")
    text = text.replace("said Tom Hale, who runs the bakery", "said Tom Hale, who bakes")
    for q in _who_said(text):
        assert q.options[q.answer] != "Hale", q.options


def test_uniform_people_renders_surnames_or_skips() -> None:
    from questions.generate.options import _surname

    assert _surname("Ann B. Reed") == "Reed"
    assert _surname("Tom Hale Jr.") == "Hale"
    assert _surname("Bill de Vries") == "De Vries"
    assert _surname("Okafor") == "Okafor"


def _uniform(text: str, options: tuple[str, ...], answer: int):
    from questions.generate.options import uniform_people
    from questions.generate.registry import Context
    from questions.model import Evidence, Question

    analysis = analyze(text)
    ctx = Context(analysis, analysis.stories[0])
    q = Question(
        "x",
        0,
        "who_said",
        "Attribution",
        1,
        "Who said this?",
        options,
        answer,
        "",
        Evidence(1, (0, 4), text[:4]),
    )
    return uniform_people(ctx, q)


def test_uniform_people_direct() -> None:
    options = ("Ana Reyes", "Okafor", "Lena Schultz", "Tom Hale")
    q = _uniform(_MIXED, options, 1)
    assert q is not None and q.options == (
        "Ana Reyes",
        "Torvild Okafor",
        "Lena Schultz",
        "Tom Hale",
    )
    text = _MIXED.replace("Torvild Okafor, a lecturer", "Dr. Okafor, a lecturer")
    q = _uniform(text, options, 1)
    assert q is not None and q.options == ("Reyes", "Okafor", "Schultz", "Hale")
    # two people of one surname in the story: keyed bare "Okafor" stands out, no surname form
    text = _MIXED + "\nMia Okafor, his sister, said nothing.\n"
    assert _uniform(text, options, 1) is None
    # ... but a distractor of odd form leaves the question as built
    q = _uniform(text, options, 0)
    assert q is not None and q.options == options


# --- F13, F3, F18: "One" as a source, "the" before an acronym, a quantified source --------------


def test_one_is_no_source_name() -> None:
    from questions.generate.sources import not_a_name

    assert not_a_name("One")
    assert not_a_name("Another")
    assert not not_a_name("Forbes")  # control
    assert not not_a_name("One Harbour Trust")  # control: a name that opens with "One"


def _ctx(text: str):
    from questions.generate.registry import Context

    analysis = analyze(text)
    return Context(analysis, analysis.stories[0])


def test_acronym_takes_the_as_the_story_writes_it() -> None:
    from questions.generate.sources import display_for

    text = (
        "In a statement on Friday night, the NFU said the cuts were a betrayal of growers.\n\n"
        "The NFU’s chief said the union would fight them.\n"
    )
    assert display_for(_ctx(text), "NFU") == "the NFU"
    # control: an acronym the story writes bare, and one only seen as a modifier ("the NFU
    # chief"), take no "the"
    text = "NATO said the drill would go ahead. A NATO spokesman said the ships had left.\n"
    assert display_for(_ctx(text), "NATO") == "NATO"
    text = "The NFU chief said the cuts were a betrayal of growers.\n"
    assert display_for(_ctx(text), "NFU") == "NFU"


@pytest.mark.parametrize(
    ("name", "shown"),
    [
        ("some party elders", "some party elders"),
        ("several party elders", "several party elders"),
        ("many growers", "many growers"),
        ("party elders", "the party elders"),  # control: a plain common noun takes "the"
    ],
)
def test_quantified_source_takes_no_the(name: str, shown: str) -> None:
    from questions.generate.text import display_name

    assert display_name(name) == shown


@pytest.mark.parametrize(
    ("name", "says"),
    [
        ("several party elders", "a claim made by several party elders"),
        ("some Harbour leaders", "a claim made by some Harbour leaders"),
        ("party elders", "a claim made by the party elders"),  # control: a plain noun takes "the"
    ],
)
def test_quantified_source_in_explanation(name: str, says: str) -> None:
    # a control of the explanation wording (claim_of has read quantities since before the fix in
    # display_name, tested above); a whole story was used here before, and it made no question
    # at all, so the test could not fail
    from questions.generate.explain import claim_of

    assert claim_of(name, usable=False) == says
