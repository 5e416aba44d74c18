"""Options that glue a description to a name, and places offered as speakers (issue 7, helper
f3). Every sentence here was written for these tests, about invented people, firms and places
(Tova Rusk, Quellmart, Dorrin, Lindale Falls); none is taken from a corpus."""

# ruff: noqa: E501 - the stories are written one paragraph a line, as the engine reads them

from __future__ import annotations

import pytest

from questions import analyze
from questions.generate import generate
from questions.generate.registry import Context
from questions.generate.sources import SourceInfo, place_stance, story_sources
from questions.generate.text import description_len, display_name, option_name


# 1. A description glued to a name: a place with "-based", a common noun capitalised only by the
# sentence's start, or a place and title before a person's name with "the".
@pytest.mark.parametrize(
    ("source", "shown"),
    [
        ("Dorrin-based Quellmart Foods", "Quellmart Foods"),
        ("Port Avel-based Nettle Works", "Nettle Works"),
        ("Grocer Quellmart", "Quellmart"),
        ("Tourist Benno Aaltje", "Benno Aaltje"),
        ("Commuter Ysolde Farr", "Ysolde Farr"),
        ("The Lindale Falls Mayor Ravi Guardian", "Ravi Guardian"),
        # controls: names left whole
        ("Fair Transit", "Fair Transit"),
        ("New York Times", "New York Times"),
        ("Bank of Dorrin", "Bank of Dorrin"),
        ("Hunter Biden", "Hunter Biden"),
        ("Giant Eagle", "Giant Eagle"),
        ("The Manchester Guardian", "The Manchester Guardian"),
        ("Doctors without Borders", "Doctors without Borders"),
    ],
)
def test_option_name_drops_descriptions(source: str, shown: str) -> None:
    assert option_name(source) == shown


@pytest.mark.parametrize(
    ("source", "kept"),
    [
        ("Museum critic Tova Rusk", "Tova Rusk"),
        ("Cyclists' club Open Road", "Open Road"),
        ("Grocer Quellmart", "Quellmart"),
        ("Dorrin-based Quellmart Foods", "Quellmart Foods"),
        ("Bank of Dorrin", "Bank of Dorrin"),  # controls
        ("Doctors without Borders", "Doctors without Borders"),
        ("Lindale Falls Mayor Ravi Guardian", "Lindale Falls Mayor Ravi Guardian"),
    ],
)
def test_description_len(source: str, kept: str) -> None:
    words = source.split()
    assert " ".join(words[description_len(words) :]) == kept


def test_person_named_guardian_takes_no_the() -> None:
    assert display_name("Lindale Falls Mayor Ravi Guardian") == "Lindale Falls Mayor Ravi Guardian"
    assert display_name("Guardian") == "the Guardian"  # control: the paper


_SHOP = """Bakery chain pulls bread after glass found

DORRIN, June 3 — A bakery chain withdrew 9,000 loaves on Monday after a customer found a sliver of glass in a slice, the food safety office said.

The office said two other complaints had reached it since May. "Nobody should eat these loaves," office head Petra Munk said.

The bakery, Dorrin-based Hollin Bakes, rejected the claim that its ovens were faulty, saying each line was checked every morning.

Grocer Quellmart said it had taken the loaves off its shelves on Sunday night.

Shopper Benno Aaltje said he had thrown away two loaves. Museum critic Tova Rusk said the scare showed how little buyers knew about food checks.

"We will work with the office on every step," Hollin Bakes manager Lars Fenn said.
"""


def _options_and_explanations(text: str) -> tuple[list[str], list[str]]:
    qs = generate(analyze(text))
    options = [
        o for q in qs if q.kind in ("who_said", "who_denied", "verification") for o in q.options
    ]
    return options, [q.explanation for q in qs]


def test_story_options_name_without_descriptions() -> None:
    options, explanations = _options_and_explanations(_SHOP)
    glued = ("Dorrin-based", "Grocer ", "Shopper ", "critic Tova", "Museum critic")
    assert options and not [o for o in options if any(g in o for g in glued)]
    assert not [e for e in explanations if "words of Museum critic" in e or "of Dorrin-based" in e]
    assert any(o in ("Hollin Bakes", "Tova Rusk", "Benno Aaltje") for o in options)


# 2. A country whose only "claim" is a stance ("sees itself as …") is no speaker to offer.
_WIND = """Solar farms spread slowly along the fjords

Denmark views itself as a pioneer of solar power. Yet new farms have been slow to open.

"Most coastal towns are choosing to copy the Danish approach," said Mira Tolk, a planner at Dunmere College.

"The grid cannot carry much more power without new cables," said Ivo Brant, an engineer at Sunline.

"Permits take longer than the building itself," said Alma Rook, who runs a small installer firm.

"It is a slow business," Ms. Tolk said.
"""

_WIND_SPEAKS = _WIND.replace(
    "Denmark views itself as a pioneer of solar power.",
    "Denmark said on Monday that it would double its solar capacity by 2030.",
)


def _who_said_options(text: str) -> list[str]:
    qs = generate(analyze(text))
    return [o for q in qs if q.kind == "who_said" for o in q.options]


def _sources(text: str) -> dict[str, SourceInfo]:
    analysis = analyze(text)
    return story_sources(Context(analysis, analysis.stories[0]))


def test_country_with_only_a_stance_is_no_option() -> None:
    options = _who_said_options(_WIND)
    assert "Mira Tolk" in options and "Denmark" not in options
    assert "denmark" not in _sources(_WIND)


@pytest.mark.parametrize(
    "verb", ["sees itself as", "has long regarded itself as", "considers itself"]
)
def test_other_stance_verbs(verb: str) -> None:
    text = _WIND.replace("views itself as", verb)
    assert "denmark" not in _sources(text)


def test_country_that_speaks_stays_a_source() -> None:  # control
    assert "denmark" in _sources(_WIND_SPEAKS)
    claims = [c for s in analyze(_WIND_SPEAKS).stories for c in s.claims if c.source == "Denmark"]
    assert claims and not place_stance(claims[0])
