"""Explanations that name what is claimed, and prompts that stand alone (helper explain, issue 7):
spot_the_cue quotes the claim's content instead of "the rest" and names the story's own words
around it; characterizations told with "sees … as" are the story's account of a view; source
channels offered side by side never name the same act; quotations that lean on the sentence
before them are no prompt. Every story is made up."""

# ruff: noqa: E501 - the stories are written one paragraph a line, as the engine reads them

from __future__ import annotations

from questions import analyze
from questions.generate.registry import KINDS, Context
from questions.model import Question


def built(text: str, kind: str) -> list[Question]:
    """The questions one kind builds from a text, before shares and thinning."""
    analysis = analyze(text)
    return [q for st in analysis.stories for q in KINDS[kind].build(Context(analysis, st))]


def about(qs: list[Question], words: str) -> list[Question]:
    return [q for q in qs if words in q.evidence.text]


def answer(q: Question) -> str:
    assert isinstance(q.answer, int)
    return q.options[q.answer]


# --- 2. "sees … as": the story's account of a view, not the source's words ---------------------

HARBOUR = """Westby council under fire.

The Westby council voted on Monday to sell the old harbour to a hotel group.

Ms. Harlan sees the council as captured by developers who block every reform.

Mayor Ola Brandt described the sale as a fair deal for every taxpayer in town.

Union leader Tomas Brek branded the hotel group a band of speculators with no plan at all.

Ms. Harlan, a teacher who has lived in Westby all her life, said she would run against the mayor.
"""


def test_characterization_of_a_view_is_the_storys_account():
    (q,) = about(built(HARBOUR, "characterization"), "sees the council")
    assert "describes it" not in q.explanation
    assert "this is the story’s own account of how Harlan sees it" in q.explanation
    assert "not words Harlan is quoted saying" in q.explanation


def test_characterization_of_a_description_keeps_its_wording():  # control
    (q,) = about(built(HARBOUR, "characterization"), "described the sale")
    assert "this is how Ola Brandt describes it; the description is Ola Brandt’s" in q.explanation


def test_characterization_of_a_view_with_quoted_words_is_not_asked():
    text = HARBOUR.replace(
        "captured by developers who block every reform", "“a club for developers and their friends”"
    )
    assert about(built(text, "characterization"), "sees the council") == []


# --- 3. source channels that may name the same act are never offered together ------------------

DAM = """Dam vote returns to haunt Farrow.

Councillor Jon Farrow is running for mayor of Westby this spring.

"I was right on the dam vote and I would cast the same vote again," Mr. Farrow told the Westby Herald on Tuesday.

His rival, Councillor Ines Dahl, said in a statement that the dam had cost the town far more than planned.

Treasurer Mila Roos told the Westby Gazette in an email that the council's auditors had made a mistake in the accounts.
"""


def test_speaking_to_an_outlet_is_not_offered_beside_video_interview_or_briefing():
    (q,) = about(built(DAM, "source_check"), "Westby Herald")
    assert answer(q) == "Speaking to the Westby Herald"
    assert not {"In a video", "In an interview", "At a press conference"} & set(q.options)
    assert len(q.options) == 3


def test_an_outlet_told_in_writing_gets_no_channel_question():
    assert about(built(DAM, "source_check"), "in an email") == []


def test_a_statement_keeps_its_three_wrong_channels():  # control
    (q,) = about(built(DAM, "source_check"), "in a statement")
    assert answer(q) == "In a statement" and len(q.options) == 4


def test_the_outlet_named_leaves_the_day_out():
    from questions.generate.kinds.source_check import _TOLD

    m = _TOLD.search("told Channel News Tuesday")
    assert m and m.group(1) == "Channel News"
    m = _TOLD.search("told The Westby Herald")  # control
    assert m and m.group(1) == "The Westby Herald"
