"""Branch speed4: cheap tests standing in front of slower ones must say what those say.

Each faster form below replaces or guards a slower one; the analysis must not change, so each is
checked against the form it stands for (the byte-identity of the whole analysis is checked apart).
"""

from __future__ import annotations

import itertools
import random
import re

from questions.attribution import _mask, _mask_chars
from questions.content import _may_hold_stance_phrase
from questions.cues import CONTENT_STANCE, CONTENT_STANCE_MATCHER
from questions.names import Namer
from questions.quotes import quote_intervals
from questions.sources import POSSESSIVE, Mention, is_possessive
from questions.verification import _SEEN_BY_RE, _THIS_PAPER_RE, _TOLD_OUTLET_RE, _unseen_word


def test_possessive_test_is_the_regex_search() -> None:
    """``is_possessive`` reads a word's end as ``POSSESSIVE.search`` does, a final newline too."""
    marks = ["s", "S", "’", "'", "\n", "x", " "]
    for size in range(6):
        for chars in itertools.product(marks, repeat=size):
            word = "".join(chars)
            assert is_possessive(word) == (POSSESSIVE.search(word) is not None), repr(word)


def test_every_stance_phrase_passes_the_cheap_test() -> None:
    """A content holding any listed stance phrase, in any case, is read by the matcher."""
    for phrase in CONTENT_STANCE:
        for written in (phrase, phrase.upper(), phrase.title()):
            content = f"the mayor said the plan {written} and more"
            assert _may_hold_stance_phrase(content), written
    # letters that a case-blind regex takes for ASCII ones, which lower() does not give
    assert _may_hold_stance_phrase("the report was \u017fimply UNTRUE")
    assert next(CONTENT_STANCE_MATCHER.finditer("it is untrue", 0, 12), None) is not None


def test_contents_with_no_stance_word_skip_the_matcher() -> None:
    """Where the cheap test says no, the matcher finds nothing either (invented contents)."""
    contents = [
        "the bridge would reopen in the spring after repairs",
        "“We will keep the library open,” and the council agreed",
        "turnout in the Dellmoor ward had doubled since the last vote",
    ]
    for content in contents:
        assert not _may_hold_stance_phrase(content)
        assert next(CONTENT_STANCE_MATCHER.finditer(content, 0, len(content)), None) is None


def test_masked_copy_from_slices_is_the_one_written_in_turn() -> None:
    """``_mask`` (slices) equals ``_mask_chars`` (character by character) on real quotation
    intervals and on arbitrary, overlapping ones."""
    rng = random.Random(4)
    alphabet = ["“", "”", "'", "''", "‘", "’", '"', "«", "»", "a", " ", ",", "."]
    for _ in range(20000):
        para = "".join(rng.choice(alphabet) for _ in range(rng.randrange(0, 12)))
        assert _mask(para, quote_intervals(para)) == _mask_chars(para, quote_intervals(para))
        if para:
            spans = sorted(
                (rng.randrange(len(para)), rng.randrange(len(para) + 2))
                for _ in range(rng.randrange(3))
            )
            assert _mask(para, spans) == _mask_chars(para, spans), (para, spans)
    para = "''Not now,'' Ina Vell said, “It holds,“ said Reed."
    assert _mask(para, quote_intervals(para)) == _mask_chars(para, quote_intervals(para))


def test_resolved_name_is_the_name_of_name() -> None:
    """``Namer.resolved`` gives ``Namer.name(...)[0]`` (only the kind is left unread), a full
    name for a surname and for introduced initials alike."""
    namer = Namer()
    namer.learn_full("Orla Brenck", 0)
    intro = "the Harbour Workers Union (HWU) said"
    namer.learn_acronyms(intro, 0, len(intro))
    mention = Mention((0, 7), (0, 7))
    assert namer.resolved("The HWU", mention) == "Harbour Workers Union"
    assert namer.resolved("Brenck", Mention((0, 6), (0, 6))) == "Orla Brenck"
    for written in ["Senator Orla Brenck", "Ms. Brenck", "Brenck", "the mayor", "The HWU"]:
        mention = Mention((0, len(written)), (0, len(written)))
        namer.at = 100
        assert namer.resolved(written, mention) == namer.name(written, mention)[0]


def test_outlet_regexes_find_what_the_boundary_forms_find() -> None:
    """The outlet regexes open on their word with its boundary looked behind; they match where
    the forms opening on ``\\b`` match, and not inside a longer word."""
    plain = {
        _TOLD_OUTLET_RE: _TOLD_OUTLET_RE.pattern.replace("told(?<!\\wtold)", "\\btold", 1),
        _THIS_PAPER_RE: _THIS_PAPER_RE.pattern.replace("this(?<!\\wthis)", "\\bthis", 1),
        _SEEN_BY_RE: re.sub(r"(\w+)\(\?<!\\w\1\)", r"\1", _SEEN_BY_RE.pattern).replace(
            "(?:seen", "\\b(?:seen", 1
        ),
    }
    text = (
        "told the Harbour Post that; retold the Harbour Post that; Two aides told The Ledger."
        " A memo seen by Reuters and foreseen by Nobody, obtained by the Dellmoor Courier, as"
        " this newspaper reported; unthis paper. told\tthe Vale Star, seen by"
    )
    for fast, slow in plain.items():
        assert fast.pattern != slow
        for pos in range(0, len(text), 3):
            assert [(m.span(), m.groups()) for m in fast.finditer(text, pos)] == [
                (m.span(), m.groups()) for m in re.compile(slow).finditer(text, pos)
            ]


def test_unseen_word_test_is_the_regex_search() -> None:
    """``_unseen_word`` answers as ``_UNSEEN_WORDS.search`` (a cheap substring test first)."""
    from questions.verification import _UNSEEN_WORDS

    for text in ["had not seen it", "preview", "overseen", "a review", "examined", "none", "SEEN"]:
        assert _unseen_word(text) == (_UNSEEN_WORDS.search(text) is not None), text
