"""Verification statements and hedges on news paragraphs."""

from __future__ import annotations

import pytest

from questions import analyze
from questions.model import Hedge, Sentence, StoryAnalysis, Verification

VERIFICATION_CASES = [
    (
        "outlet_unable_to_verify",
        "Sky News has been unable to verify the reports coming out of Belgorod.",
        [("Sky News", "unverified", "the reports coming out of Belgorod")],
    ),
    (
        "agency_could_not_independently_verify",
        "Reuters could not independently verify the footage.",
        [("Reuters", "unverified", "the footage")],
    ),
    (
        "able_to_identify",
        "The Reuters news agency said it was able to identify one of the men as Ilya Bogdanov.",
        [("Reuters", "verified", "one of the men as Ilya Bogdanov")],
    ),
    (
        "confirmed_that",
        "The ministry confirmed that two soldiers had been killed.",
        [("ministry", "confirmed", "two soldiers had been killed")],
    ),
    (
        "neither_confirmed_nor_denied",
        "The spokesman said the attack was over. He did not confirm or deny that troops were "
        "involved.",
        [("spokesman", "neither confirmed nor denied", "troops were involved")],
    ),
    (
        "cookie_banner_is_not_news",
        "Unfortunately we have been unable to verify if you have consented to cookies.",
        [],
    ),
    ("no_verification", "Russia says more than 70 attackers have been killed.", []),
]

HEDGE_CASES = [
    ("alleged_incursion", "Kyiv portrayed the alleged incursion as an uprising.", ["alleged"]),
    ("reported_adjective", "Troops fought the reported incursion for a second day.", ["reported"]),
    (
        "reported_cue_is_not_hedge",
        "Governor Vyacheslav Gladkov reported that saboteurs had entered the town.",
        [],
    ),
    ("claims_noun", "There is confusion over claims of fighters capturing a town.", ["claims"]),
    ("appears", "The Israeli strategy appears to be regime change.", ["appears"]),
    ("it_is_not_clear", "It is not clear what the order entails.", ["It is not clear"]),
    ("reportedly", "The envoy reportedly met the minister in Geneva.", ["reportedly"]),
    ("plain_fact", "The strait is contested between Taiwan and China.", []),
]


def _verification(text: str) -> list[Verification]:
    return [v for story in analyze(text).stories for v in story.verification]


def _hedges(text: str) -> list[Hedge]:
    return [h for story in analyze(text).stories for h in story.hedges]


@pytest.mark.parametrize(
    ("text", "expected"),
    [c[1:] for c in VERIFICATION_CASES],
    ids=[c[0] for c in VERIFICATION_CASES],
)
def test_verification(text: str, expected: list[tuple[str, str, str]]) -> None:
    found = _verification(text)
    assert [(v.by, v.status, v.object) for v in found] == expected
    for v in found:
        assert text[v.span[0] : v.span[1]].endswith(v.object)


@pytest.mark.parametrize(
    ("text", "expected"), [c[1:] for c in HEDGE_CASES], ids=[c[0] for c in HEDGE_CASES]
)
def test_hedges(text: str, expected: list[str]) -> None:
    found = _hedges(text)
    assert [h.word for h in found] == expected
    for h in found:
        assert text[h.span[0] : h.span[1]] == h.word


def test_hedges_in_crossheads_are_found() -> None:
    from questions.verification import find_hedges

    text = "Who was behind the alleged attack?\nRussia says 70 attackers were killed."
    line2 = text.index("Russia")
    story = StoryAnalysis(
        0,
        1,
        2,
        "",
        (0, len(text)),
        headings=[1],
        sentences=[Sentence(2, (line2, len(text)), text[line2:])],
    )
    assert [(h.line, h.word) for h in find_hedges(text, story)] == [(1, "alleged")]


def test_known_gap_passive_could_not_be_verified() -> None:
    found = _verification("The claims could not be independently verified.")
    assert [(v.by, v.status) for v in found] == [("the outlet", "unverified")]
