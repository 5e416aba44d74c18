"""Sentence boundaries and quotations."""

from __future__ import annotations

import pytest

from questions import Analysis, Claim, Sentence, analyze
from questions.model import UNVOUCHED_ACTS
from questions.pipeline import mark_attributed
from questions.sentences import paragraph_sentences, quote_intervals
from questions.stories import Line


def split(para: str) -> list[str]:
    return [s.text for s in paragraph_sentences(para, Line(1, 0, len(para), para))]


def quoted(para: str) -> list[bool]:
    return [s.in_quote for s in paragraph_sentences(para, Line(1, 0, len(para), para))]


SPLITS = [
    ("One. Two.", ["One.", "Two."]),
    ("Mr Peskov said so. Dr Smith agreed.", ["Mr Peskov said so.", "Dr Smith agreed."]),
    ("Mr. Peskov said so.", ["Mr. Peskov said so."]),
    ("Gen. Gerasimov arrived. He spoke.", ["Gen. Gerasimov arrived.", "He spoke."]),
    (
        "Prices rose 3.5% to 1,000 pounds. Then fell.",
        ["Prices rose 3.5% to 1,000 pounds.", "Then fell."],
    ),
    ("Troops left the U.S. base today.", ["Troops left the U.S. base today."]),
    ("He met U.S. officials.", ["He met U.S. officials."]),
    ("He flew to the U.S. The talks began.", ["He flew to the U.S.", "The talks began."]),
    ("J. K. Rowling wrote it.", ["J. K. Rowling wrote it."]),
    ("It was signed on Jan. 5 in Paris.", ["It was signed on Jan. 5 in Paris."]),
    ("Apple Inc. said profits fell.", ["Apple Inc. said profits fell."]),
    ("It rose in 2015. The next year it fell.", ["It rose in 2015.", "The next year it fell."]),
    ("Why? Nobody knows!", ["Why?", "Nobody knows!"]),
    ("It is up to the No. 10 team.", ["It is up to the No. 10 team."]),
    ("Sens. Jon Tester and David Vitter spoke.", ["Sens. Jon Tester and David Vitter spoke."]),
    (
        "From Plessy v. Ferguson to Brown v. Board of Education.",
        ["From Plessy v. Ferguson to Brown v. Board of Education."],
    ),
    ("“Why is this not proof?” Vitter demanded.", ["“Why is this not proof?” Vitter demanded."]),
    ("“We will win,” he said. “They will lose.”", ["“We will win,” he said.", "“They will lose.”"]),
    (
        "“[Regime change] is unimaginable. It should be unacceptable for everyone,” "
        "Mr Peskov said, in a veiled reference.",
        [
            "“[Regime change] is unimaginable. It should be unacceptable for everyone,” "
            "Mr Peskov said, in a veiled reference."
        ],
    ),
    (
        "“Now we have an advantage. Why should we lose it? We are advancing,” Mr Peskov said.",
        ["“Now we have an advantage. Why should we lose it? We are advancing,” Mr Peskov said."],
    ),
    ('"We are ready. We will go," she said.', ['"We are ready. We will go," she said.']),
    (
        "“Why should we stop?” he asked. Nobody answered.",
        ["“Why should we stop?” he asked.", "Nobody answered."],
    ),
    (
        "“It would lead to moods inside Iran. They will open the box.”",
        ["“It would lead to moods inside Iran.", "They will open the box.”"],
    ),
    ("The word ‘dead’. The plan ended.", ["The word ‘dead’.", "The plan ended."]),
    ("“Why should we stop?” Mr Peskov asked.", ["“Why should we stop?” Mr Peskov asked."]),
    (
        "“It will not happen.” Mr Peskov said. Talks end.",
        ["“It will not happen.” Mr Peskov said.", "Talks end."],
    ),
    ("“We won.” The crowd cheered loudly.", ["“We won.”", "The crowd cheered loudly."]),
    ("“We won.” The crowd said nothing.", ["“We won.”", "The crowd said nothing."]),
    ("“No.” Said the minister.", ["“No.” Said the minister."]),
    ("“Why? Why now?” he asked. Then he left.", ["“Why? Why now?” he asked.", "Then he left."]),
    (
        "“Why? Why now?” Nobody knew. Then he left.",
        ["“Why?", "Why now?”", "Nobody knew.", "Then he left."],
    ),
    (
        "“We won.” The crowd cheered and the mayor said it was a great day.",
        ["“We won.”", "The crowd cheered and the mayor said it was a great day."],
    ),
    ("No full stop at the end", ["No full stop at the end"]),
    ("  Padded text.  ", ["Padded text."]),
    ("Wait... What happened next?", ["Wait...", "What happened next?"]),
    ("Smith (pictured) left. Jones stayed.", ["Smith (pictured) left.", "Jones stayed."]),
    ("He left (as expected.) Jones stayed.", ["He left (as expected.)", "Jones stayed."]),
]


@pytest.mark.parametrize(("para", "expected"), SPLITS)
def test_sentence_split(para: str, expected: list[str]) -> None:
    assert split(para) == expected


IN_QUOTE = [
    ("“It will lead only to another circle of confrontation.”", [True]),
    ("“An enlargement is potentially even more dangerous.", [True]),
    ("“The situation is tense,” Mr Peskov said in an interview.", [False]),
    ("He said it was “unacceptable”.", [False]),
    ("“One thing. Another thing.” The minister left.", [True, True, False]),
    ('"We are ready," she said. "We will go."', [False, True]),
    ("“But America is not saying that ‘we’ll quit’. Britain is not saying that.”", [True, True]),
]


@pytest.mark.parametrize(("para", "expected"), IN_QUOTE)
def test_in_quote(para: str, expected: list[bool]) -> None:
    assert quoted(para) == expected


def test_quote_intervals_curly_straight_and_single() -> None:
    assert quote_intervals("“a” and “b") == [(0, 2), (8, 10)]
    assert quote_intervals('say "yes" now') == [(4, 8)]
    assert quote_intervals("it’s the ‘plan’, and Russia’s") == [(9, 14)]


def test_multi_paragraph_quote_in_the_seed(seed_analysis: Analysis) -> None:
    """Lines 36-38: a quote opened at 36 continues at 37 (unclosed) and ends at 38."""
    by_line = {s.line: s for story in seed_analysis.stories for s in story.sentences}
    assert not by_line[36].in_quote  # “…,” Mr Peskov said in an interview …
    assert by_line[37].in_quote
    assert by_line[38].in_quote
    assert by_line[20].in_quote  # “Or was it as much a surprise …


@pytest.mark.parametrize("line", [44, 58, 36, 16, 19])
def test_seed_quote_with_attribution_is_one_sentence(
    seed_text: str, seed_analysis: Analysis, line: int
) -> None:
    sentences = [s for story in seed_analysis.stories for s in story.sentences if s.line == line]
    assert [s.text for s in sentences] == [seed_text.split("\n")[line - 1].strip()]
    assert not sentences[0].in_quote


def test_sentence_spans_index_the_text(seed_text: str, seed_analysis: Analysis) -> None:
    for story in seed_analysis.stories:
        for s in story.sentences:
            assert seed_text[s.span[0] : s.span[1]] == s.text
            assert s.text == s.text.strip() and s.text


def test_crlf_text_spans_are_into_the_given_text() -> None:
    text = "Mr Smith said so. Dr Jones agreed.\r\n\r\nIt rained.\r\n"
    analysis = analyze(text)
    sentences = analysis.stories[0].sentences
    assert [s.text for s in sentences] == ["Mr Smith said so.", "Dr Jones agreed.", "It rained."]
    assert [s.line for s in sentences] == [1, 1, 3]
    assert all(text[s.span[0] : s.span[1]] == s.text for s in sentences)


def _claim(sentence_span: tuple[int, int], content_span: tuple[int, int]) -> Claim:
    return Claim(
        1,
        "",
        sentence_span,
        None,
        None,
        None,
        None,
        None,
        None,
        "",
        content_span,
        "asserts",
        "indirect",
    )


def test_mark_attributed_by_overlap() -> None:
    sentences = [
        Sentence(1, (a, b), "x" * (b - a)) for a, b in ((0, 10), (11, 20), (21, 30), (31, 40))
    ]
    claims = [_claim((0, 10), (5, 10)), _claim((31, 40), (25, 33)), _claim((12, 12), (12, 12))]
    marked = mark_attributed(sentences, claims)
    assert [s.attributed for s in marked] == [True, False, True, True]
    assert [s.span for s in marked] == [s.span for s in sentences]


def test_seed_attributed_sentences_match_brute_force(seed_analysis: Analysis) -> None:
    for story in seed_analysis.stories:
        found = story.claims + [c for c in story.others if c.act not in UNVOUCHED_ACTS]
        spans = [s for c in found for s in (c.sentence_span, c.content_span) if s[0] < s[1]]
        for sentence in story.sentences:
            a, b = sentence.span
            assert sentence.attributed == any(s < b and a < e for s, e in spans)
