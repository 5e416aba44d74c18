"""Denials of ordinary political news (branch den13), own stories with invented names:
"rejected the notion that A, or B, or even C, had prompted …" (a subject of several parts
set off by commas), "rejected rumours that Name might …, either through …" (a modal after a
name, the adjunct of how cut) and "the government in <capital> has denied any role in …" (a
denier no source list holds), and "denied that waterboarding amounts to torture" (a gerund
subject and a verb in the present, which the clause reader missed). Each keys the right
denier; controls make no such question."""

from __future__ import annotations

import pytest

from questions import analyze
from questions.generate import generate
from questions.model import Question
from tests.questions.story_kit import answer, wrong_options

DENIALS = ("who_denied", "what_denied")


def _denials(text: str) -> list[Question]:
    return [q for q in generate(analyze(text)) if q.kind in DENIALS]


PLANT = (
    "Workers count the cost as Brenner moves its plant\n\n"
    "Brenner Pumps will close its factory in Ostfeld next spring and move the work to a new"
    " plant in Vardo, the company said on Tuesday.\n\n"
    "Union organiser Lena Marsh said more than 600 jobs would be lost in the town.\n\n"
    "Mayor Tomas Reuter said the town had offered the company lower rents to stay.\n\n"
    "{denial}\n\n"
    "Economist Ivo Lantz said several rivals had moved their plants to Vardo in recent years.\n\n"
    "The plant in Ostfeld opened in 1962."
)
LISTED = (
    "Brenner chief executive Karl Osswald rejected the notion that pressure from lenders, or"
    " union demands, or even tax policy, had prompted the move to Vardo."
)


def test_notion_with_a_listed_subject_is_asked() -> None:
    qs = _denials(PLANT.format(denial=LISTED))
    assert [answer(q) for q in qs if q.kind == "who_denied"] + [
        q.prompt for q in qs if q.kind == "what_denied"
    ] in (["Karl Osswald"], ["According to the story, what did Karl Osswald deny?"])
    if qs[0].kind == "who_denied":
        assert qs[0].prompt == (
            "According to the story, who denied that pressure from lenders, or union demands,"
            " or even tax policy, had prompted the move to Vardo?"
        )
        assert set(wrong_options(qs[0])) <= {"Lena Marsh", "Tomas Reuter", "Ivo Lantz"}


@pytest.mark.parametrize(
    "denial",
    [
        # no verb after the list: no clause, nothing denied
        "Brenner chief executive Karl Osswald rejected the notion of pressure from lenders, or"
        " union demands, or even tax policy.",
        # the clause needs "they" resolved: whose?
        "Brenner chief executive Karl Osswald rejected the notion that they, or the union, or"
        " even the town, had prompted the move to Vardo.",
    ],
)
def test_notion_controls_make_no_denial(denial: str) -> None:
    assert _denials(PLANT.format(denial=denial)) == []


RALLY = (
    "Candidates court voters at farm fair\n\n"
    "Three candidates for governor spoke at the state farm fair in Dunmore on Saturday.\n\n"
    "Senator Clara Voss said farm subsidies would be her first priority.\n\n"
    "Pavel Kirsch, a businessman, said he would cut the fuel tax by half.\n\n"
    "Former judge Ruth Amsel said the state needed a new water plan.\n\n"
    "{denial}\n\n"
    "About 40,000 people visited the fair over the weekend."
)
RUMOURS = (
    "Kirsch also rejected rumours that Governor Alan Brody might call an early election, either"
    " through a decree or a referendum."
)


def test_rumours_with_might_are_asked_without_the_adjunct() -> None:
    qs = _denials(RALLY.format(denial=RUMOURS))
    who = [q for q in qs if q.kind == "who_denied"]
    what = [q for q in qs if q.kind == "what_denied"]
    assert len(who) + len(what) == 1
    if who:
        assert who[0].prompt == (
            "According to the story, who denied that Governor Alan Brody might call an early"
            " election?"
        )
        assert answer(who[0]) == "Pavel Kirsch"
        assert set(wrong_options(who[0])) <= {"Clara Voss", "Ruth Amsel"}
    else:
        assert answer(what[0]) == "That Governor Alan Brody might call an early election"


@pytest.mark.parametrize(
    "denial",
    [
        # "he": Kirsch or the governor?
        "Kirsch also rejected rumours that he might call an early election, either through a"
        " decree or a referendum.",
        # a modal after a lower-case noun: no named subject
        "Kirsch also rejected rumours that the party might call an early election, either"
        " through a decree or a referendum.",
    ],
)
def test_rumours_controls_make_no_denial(denial: str) -> None:
    assert _denials(RALLY.format(denial=denial)) == []


BORDER = (
    "Senators press for answers on border raid\n\n"
    "Senators on Thursday demanded an inquiry into last month's raid on a border post at"
    " Tessel, in which four guards were killed.\n\n"
    "Senator Hugo Brandt said the attackers had crossed from Vessia at night.\n\n"
    "Defence analyst Mira Coll said the raid had been planned for weeks.\n\n"
    "{denial}\n\n"
    "Senator Ines Falk said the inquiry should report by the summer.\n\n"
    "The border post has since been reopened."
)
GOVERNMENT = (
    "Although the attackers came from Vessia, the government in Korlin has firmly denied"
    " any role in the raid."
)


def test_government_in_a_capital_is_the_denier() -> None:
    qs = [q for q in _denials(BORDER.format(denial=GOVERNMENT)) if q.kind == "who_denied"]
    assert [(q.prompt, answer(q)) for q in qs] == [
        ("According to the story, who denied any role in the raid?", "The government in Korlin")
    ]
    assert set(wrong_options(qs[0])) <= {"Hugo Brandt", "Mira Coll", "Ines Falk"}


@pytest.mark.parametrize(
    "denial",
    [
        "Although the attackers came from Vessia, the people in Korlin have denied any role in"
        " the raid.",
        "Although the attackers came from Vessia, the government there has denied any role in"
        " the raid.",
    ],
)
def test_government_controls_make_no_denial(denial: str) -> None:
    assert [q for q in _denials(BORDER.format(denial=denial)) if q.kind == "who_denied"] == []


DEBATE = (
    "Candidates clash over interrogation in debate\n\n"
    "Four candidates for the party's nomination met for a debate in Larsby on Sunday.\n\n"
    "Senator Clara Voss said she would close the military prison at Hollin Bay.\n\n"
    "Governor Alan Brody said the state could not afford new prisons.\n\n"
    "Former judge Ruth Amsel said the courts should decide such cases.\n\n"
    "{denial}\n\n"
    "The next debate will be held in March."
)


def test_gerund_subject_in_the_present_is_asked() -> None:
    text = DEBATE.format(denial="Pavel Kirsch denied that waterboarding amounts to torture.")
    qs = _denials(text)
    who = [q for q in qs if q.kind == "who_denied"]
    what = [q for q in qs if q.kind == "what_denied"]
    assert len(who) + len(what) == 1
    if who:
        assert who[0].prompt == (
            "According to the story, who denied that waterboarding amounts to torture?"
        )
        assert answer(who[0]) == "Pavel Kirsch"
    else:
        assert answer(what[0]) == "That waterboarding amounts to torture"


@pytest.mark.parametrize(
    "denial",
    [
        # no verb: "rising numbers of migrants" is no clause
        "Pavel Kirsch denied that rising numbers of migrants at the border.",
        # a double negative is never asked
        "Pavel Kirsch denied that waterboarding amounts to nothing less than torture.",
    ],
)
def test_gerund_controls_make_no_denial(denial: str) -> None:
    assert _denials(DEBATE.format(denial=denial)) == []
