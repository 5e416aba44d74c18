"""Names of speakers as options and explanations show them (helper e8, issue 7): a given name
that is also a word ("Will", "May", "Hope", "June") kept before its surname, an outlet's
possessive dropped before a person whose given name no lexicon lists ("CNBC's Nell Swift"), a
job written before a name that no lexicon lists ("City manager Ruth Ebbers"), and cue words
quoted apart when a description stands between the name and the verb. Every story is made up."""

# ruff: noqa: E501 - the stories are written one paragraph a line, as the engine reads them

from __future__ import annotations

import pytest

from questions import analyze
from questions.generate import generate
from questions.generate.text import option_name
from questions.model import Claim, Question

HEAD = "Tuition rises again at state colleges\n\n"


def claims(text: str) -> list[Claim]:
    return [c for s in analyze(text).stories for c in s.claims]


def sources(body: str) -> list[str | None]:
    return [c.source for c in claims(HEAD + body + "\n")]


def built(text: str) -> list[Question]:
    return generate(analyze(text), thin_giveaways=False)


def answer(q: Question) -> str:
    assert isinstance(q.answer, int)
    return q.options[q.answer]


# ---- 1. a given name that is also a word

COLLEGE = """Tuition rises again at state colleges

Tuition at state colleges rose again this year, squeezing families across the state.

"I work two jobs and I still owe $40,000," said Tara Quill, a recent graduate. "I live with my parents."

Several factors drive the cost of college, said Grace Holm, a loan analyst who has written books on the subject.

"It's a costly business model," said Will Benson, a professor of education at Northgate University. "Staff costs are the biggest thing."

The trend over the past decade has been to move the bill from the state onto families, Holm said. That is a problem when wages are flat.

Benson said each year of college adds about 9% to a graduate's income.

Student Omar Reyes said he won a grant for one year, but his parents earned too much for any more.
"""


def test_will_before_a_surname_is_a_given_name_in_every_option() -> None:
    qs = [q for q in built(COLLEGE) if q.kind == "who_said"]
    assert qs
    options = {o for q in qs for o in q.options}
    assert "Benson" not in options, options
    assert "Will Benson" in options, options


@pytest.mark.parametrize("given", ["Will", "May", "Hope", "June", "April"])
@pytest.mark.parametrize(
    "body",
    [
        "{g} Benson said the cost is rising.",
        "The cost is rising, said {g} Benson.",
        "The cost is rising, {g} Benson said.",
        '"It is costly," said {g} Benson, a professor at Northgate University.',
        "{g} Benson, a professor at Northgate University, said the cost is rising.",
    ],
)
def test_a_word_given_name_stays_in_the_speakers_name(given: str, body: str) -> None:
    assert sources(body.format(g=given)) == [f"{given} Benson"]


@pytest.mark.parametrize(
    "body, expected",
    [
        ("In May Benson said the cost is rising.", ["Benson"]),  # a month after "in"
        ("Last June Benson said the cost is rising.", ["Benson"]),
        ("Will Benson say the cost is rising? Nobody knows.", ["Benson"]),  # a modal's question
        ("Benson will say the cost is rising.", ["Benson"]),
        ("The cost is rising, Benson said May 5.", ["Benson"]),
        ("Mark Benson said the cost is rising.", ["Mark Benson"]),
        ("Officials will say the cost is rising.", ["officials"]),
    ],
)
def test_controls_modal_and_month_stay_words(body: str, expected: list[str]) -> None:
    assert [s.lower() if s else s for s in sources(body)] == [e.lower() for e in expected]


# ---- 2. an outlet's possessive before a person


DEBATE = """Caught out, these candidates stay defiant

The candidates in the Senate race have grown used to being corrected, and they rarely back down.

"I never said that," Dunmore said, after KTVX's Nell Swift said the senator had called his rival a "puppet" of oil companies.

"My apologies," Swift said later. In fact, the remark was real: it was on Dunmore's campaign website.

Moderator Paul Ortega seemed surprised and mentioned that Dunmore's photo had been on the oil company's website.

"He says what's on his mind," said Jim Hale, 53, a voter from Kent. "That's why people like him."
"""


def test_the_outlets_possessive_is_no_part_of_a_persons_option() -> None:
    qs = [q for q in built(DEBATE) if q.kind == "who_said"]
    options = {o for q in qs for o in q.options}
    assert "Nell Swift" in options, options
    assert not any("KTVX" in o for o in options), options
    for q in qs:
        assert "words of KTVX" not in q.explanation, q.explanation


@pytest.mark.parametrize(
    "name, shown",
    [
        ("CNBC's Nell Swift", "Nell Swift"),  # "Nell" is in no lexicon
        ("KTVX's Tova H. Quick", "Tova H. Quick"),
        ("CNBC's Helen Marsh", "Helen Marsh"),  # control: done before
        # controls: institutions and titles stay whole
        ("Moody's Investors Service", "Moody's Investors Service"),
        ("Dick's Sporting Goods", "Dick's Sporting Goods"),
        ("Women's Health Network", "Women's Health Network"),
        ("People's Liberation Army", "People's Liberation Army"),
        ("Ostra's Harbour Authority", "Ostra's Harbour Authority"),
        ("Ostra's Labour Party", "Ostra's Labour Party"),
        ("Britain's Prime Minister", "Britain's Prime Minister"),
        ("Russia's Black Sea Fleet", "Russia's Black Sea Fleet"),
    ],
)
def test_option_name_of_an_owners_person(name: str, shown: str) -> None:
    assert option_name(name) == shown


# ---- 3. a job before a name


TOWN = """Town weighs new bus routes

The town of Harlow will add two bus routes next year, officials said on Monday.

City manager Ruth Ebbers said the routes would cost about $2 million a year.

"People have waited too long for this," said Tom Pell, a bus driver. "It is about time."

Council member Ann Long said the money would come from the parking fund.

Town clerk Ivo Marsh said the first buses would run in March.

Police chief Dan Ortiz said the routes would ease traffic near the schools.
"""


def test_a_job_before_a_name_is_not_the_name() -> None:
    by = {c.source_text: c.source for c in claims(TOWN)}
    assert by["City manager Ruth Ebbers"] == "Ruth Ebbers"
    assert by["Town clerk Ivo Marsh"] == "Ivo Marsh"
    assert by["Council member Ann Long"] == "Ann Long"  # control: done before
    assert by["Police chief Dan Ortiz"] == "Dan Ortiz"  # control
    for q in built(TOWN):
        assert "words of City manager" not in q.explanation, q.explanation
        assert "(City manager" not in q.explanation, q.explanation


@pytest.mark.parametrize(
    "body, expected",
    [
        # controls: no job before the name
        ("Another Ruth Ebbers said the cost is rising.", None),
        ("Grace Holm and Ruth Ebbers said the cost is rising.", None),
    ],
)
def test_controls_no_job_before_the_name(body: str, expected: str | None) -> None:
    found = sources(body)
    assert "Ruth Ebbers" not in found or len(found) > 1 or expected is None
    assert found != ["Ebbers"]


# ---- 4. cue words quoted as the story writes them


HARBOR = """Harbor plan splits the council

The harbor plan drew a crowd to City Hall on Tuesday night.

Brian Abernathy, the port director who drafted the plan, said the new docks would create 300 jobs.

Moderator Paul Ortega, looking surprised, mentioned that the docks had been approved once before.

"We need this," said Mia Park, a dock worker. "My family depends on it."

Ann Vico, who runs a bakery near the harbor, told reporters the plan would hurt small shops.
"""


def test_cue_words_apart_in_the_story_are_quoted_apart() -> None:
    qs = [q for q in built(HARBOR) if q.kind == "who_said"]
    text = " ".join(q.explanation for q in qs)
    assert "“Brian Abernathy said”" not in text
    assert "“Ann Vico told reporters”" not in text
    apart = ("“Brian Abernathy … said”", "“Ann Vico … told reporters”")
    assert any(words in text for words in apart), text


def test_cue_words_side_by_side_stay_glued() -> None:  # control
    qs = [q for q in built(HARBOR) if q.kind == "who_said"]
    text = " ".join(q.explanation for q in qs)
    # a short aside: the whole run as the story writes it
    assert "“Moderator Paul Ortega, looking surprised, mentioned”" in text, text
    # "said Mia Park": next to each other
    for q in built(COLLEGE):
        assert "Holm … said" not in q.explanation
