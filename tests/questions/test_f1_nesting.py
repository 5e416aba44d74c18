"""Claims lost between two cues of one sentence (issue 7, train 2-fold F1 round).

Four readings that dropped an attribution the sentence plainly makes: a "that" clause opening on
a preposition read as a place after the cue; two claims each holding the other's cue, so both
were hidden; a view after a relative "which" hidden in the outer claim's words; a participle
after a quotation opened by two apostrophes. Every sentence is written here; each case has
controls that must keep the old reading.
"""

from __future__ import annotations

import pytest

from questions import analyze


def _attributions(text: str) -> list[tuple[str, str | None, str, str]]:
    """(cue, source text, act, content) of every attribution found, claims and others."""
    out = []
    for story in analyze(text).stories:
        for c in story.claims + story.others:
            if c.cue_span is not None:
                src = text[c.source_span[0] : c.source_span[1]] if c.source_span else None
                out.append((text[c.cue_span[0] : c.cue_span[1]], src, c.act, c.content))
    return out


def _claims(text: str) -> list[tuple[str, str | None, str]]:
    """(cue, source text, content) of the claims only (what questions are built on)."""
    out = []
    for story in analyze(text).stories:
        for c in story.claims:
            src = text[c.source_span[0] : c.source_span[1]] if c.source_span else None
            out.append((c.cue, src, c.content))
    return out


# --- a "that" clause opening on a preposition is what was said, not a place after the cue


@pytest.mark.parametrize(
    "text, cue, content",
    [
        (
            "“Orders are up,” said Mr. Brand, who noted that during the slump prices fell.",
            "noted",
            "during the slump prices fell",
        ),
        (
            "“Orders are up,” said Mr. Brand, who noted that in the dry years the mill shut.",
            "noted",
            "in the dry years the mill shut",
        ),
    ],
)
def test_that_clause_opening_on_preposition(text: str, cue: str, content: str) -> None:
    found = _attributions(text)
    assert ("said", "Mr. Brand", "claim", "“Orders are up,”") in found
    assert any(c == cue and body == content for c, _, _, body in found)


def test_that_clause_after_plain_cue_unchanged() -> None:
    found = _claims("Ann Reed said that in 2015 the ferry ran twice a day.")
    assert found == [("said", "Ann Reed", "in 2015 the ferry ran twice a day")]


def test_place_after_inverted_cue_still_reads_backward() -> None:
    """Control: "…, Ann Reed said in a statement." keeps the words before the speaker."""
    found = _claims("The ferry ran twice a day, Ann Reed said in a statement.")
    assert [(src, body) for _, src, body in found] == [("Ann Reed", "The ferry ran twice a day")]


# --- two claims each holding the other's cue: the later one's words come first, it is outer


@pytest.mark.parametrize(
    "text, source",
    [
        (
            "Dunmore did not complain when fuel prices rose, a harbour official said.",
            "a harbour official",
        ),
        ("Ann Reed complained when the ferry was late, her neighbour said.", "her neighbour"),
    ],
)
def test_inverted_claim_holding_an_earlier_cue_is_kept(text: str, source: str) -> None:
    found = _claims(text)
    assert len(found) == 1
    cue, src, body = found[0]
    assert (cue, src) == ("said", source)
    assert body.startswith(text.split(" ", 1)[0])


def test_earlier_claim_alone_unchanged() -> None:
    """Control: with no later speaker the complaint is the claim."""
    found = _claims("Ann Reed did not complain when the ferry was late.")
    assert [(c, s) for c, s, _ in found] == [("did not complain", "Ann Reed")]


def test_claim_inside_words_still_hidden() -> None:
    """Control: a cue inside another's words with no way back stays part of them."""
    found = _claims("Tom Hale said Ann Reed complained about the ferry.")
    assert [(c, s) for c, s, _ in found] == [("said", "Tom Hale")]


# --- a view after a relative "which": an attribution of its own, kept apart (never quizzed)


@pytest.mark.parametrize(
    "text, cue, source, content",
    [
        (
            "Reed criticized the harbour board, which he argued wastes the port's money.",
            "argued",
            "he",
            "wastes the port's money",
        ),
        (
            "Bell praised the fee cuts - moves which she said kept families in the valley.",
            "said",
            "she",
            "kept families in the valley",
        ),
    ],
)
def test_view_after_which_kept_apart(text: str, cue: str, source: str, content: str) -> None:
    found = _attributions(text)
    assert (cue, source, "aside", content) in found
    assert all(c != cue for c, _, _ in _claims(text))  # not a claim: no question rests on it


@pytest.mark.parametrize(
    "text",
    [
        "Reed praised the harbour board, which is the best in the county.",
        "Hale recalled his talks, in which he could tell stories about the mill.",
        "Reed criticized the plan that he said would close the mill.",
    ],
)
def test_which_controls_find_no_aside(text: str) -> None:
    """Controls: no speaker after "which", "which" after a preposition, a relative "that"."""
    assert not any(act == "aside" for _, _, act, _ in _attributions(text))


# --- a participle after a quotation closed by two apostrophes


@pytest.mark.parametrize(
    "text, content",
    [
        (
            "Mr. Hale said of the fight, ''I can't stand it,'' adding that the crowd was angry.",
            "the crowd was angry",
        ),
        (
            "Ann Reed told farmers the fears were ''overblown,'' adding that prices would hold.",
            "prices would hold",
        ),
    ],
)
def test_participle_after_two_apostrophe_quotation(text: str, content: str) -> None:
    found = _claims(text)
    assert any(c == "adding" and body == content for c, _, body in found)
    first = found[0][2]
    assert "adding" not in first


def test_participle_after_curly_quotation_unchanged() -> None:
    """Control: curly marks were read this way already."""
    text = "Mr. Hale said of the fight, “I can't stand it,” adding that the crowd was angry."
    assert [c for c, _, _ in _claims(text)] == ["said", "adding"]


def test_two_apostrophes_without_comma_unchanged() -> None:
    """Control: no comma before the closing marks, no participle clause is split off."""
    text = "Ann Reed said the fears were ''overblown'' adding that prices would hold."
    assert [c for c, _, _ in _claims(text)] == ["said"]


# --- "her" before a noun is the speaker's possessive, not an object pronoun


@pytest.mark.parametrize(
    "text, source, content",
    [
        ("The ferry was late again, her lawyer said.", "her lawyer", "The ferry was late again"),
        ("“We will appeal,” her spokeswoman said.", "her spokeswoman", "“We will appeal,”"),
    ],
)
def test_her_before_noun_opens_the_speaker(text: str, source: str, content: str) -> None:
    assert _claims(text) == [("said", source, content)]


def test_her_as_object_unchanged() -> None:
    """Control: "told her" keeps "her" as the addressee."""
    assert _claims("Tom Hale told her the ferry was late.") == [
        ("told her", "Tom Hale", "the ferry was late")
    ]


# --- a quotation closing on a comma ends a claim before a later speaker's clause


@pytest.mark.parametrize(
    "text, later",
    [
        (
            "But even as Hale claimed on Tuesday that “the mill is safe,” one of the "
            "inspectors said the two cases were different.",
            ("said", "one of the inspectors", "the two cases were different"),
        ),
        (
            "Reed said the lake was ''clean again,'' the anglers argued it was not.",
            ("argued", "the anglers", "it was not"),
        ),
    ],
)
def test_quoted_comma_ends_claim_before_later_speaker(text: str, later: tuple) -> None:
    found = _claims(text)
    assert later in found
    assert found[0][2].endswith(("safe,”", "again,''"))


def test_quoted_word_inside_claim_unchanged() -> None:
    """Control: a quotation closing with no comma runs on in the claim's words."""
    text = "Hale said the mill was “safe” for the inspectors who came."
    assert _claims(text) == [("said", "Hale", "the mill was “safe” for the inspectors who came")]


def test_inverted_reading_holds_nothing_back() -> None:
    """Control: a cue read with its speaker after it ("… continues to lead") is no outer claim."""
    text = "The coach labeled “a man who never loses, ever” continues to lead the league, winning."
    assert _claims(text) == []


# --- a plural noun alone after "told" is the addressee: the words are the quotation before


def test_plural_addressee_after_quotation() -> None:
    text = "“We will win the seat,” he told friends."
    assert [(c, body) for c, _, body in _claims(text)] == [("told", "“We will win the seat,”")]


def test_told_plural_then_that_clause() -> None:
    """The "that" clause after the addressee is what was said, the addressee left out."""
    text = "Ann Reed told investors that the mill would close."
    assert _claims(text) == [("told", "Ann Reed", "the mill would close")]


def test_told_plural_object_unchanged() -> None:
    """Control: a plural noun with more words after it is no addressee ("told stories about")."""
    text = "The mayor told stories about the old mill."
    assert _claims(text) == [("told", "The mayor", "stories about the old mill")]


# --- a share of those polled saying the same: an attribution of its own, kept apart


def test_share_who_say_kept_apart() -> None:
    text = "Most voters say they trust Reed, compared with 30 percent who say the same of Bell."
    found = _attributions(text)
    assert ("say", "who", "aside", "the same of Bell") in found
    assert [c for c, _, _ in _claims(text)] == ["say"]


def test_people_who_said_still_hidden() -> None:
    """Control: "the voters who said …" inside a claim's words stays part of them."""
    text = "Reed said the voters who said they liked Bell were wrong."
    assert [(c, s, a) for c, s, a, _ in _attributions(text)] == [("said", "Reed", "claim")]
