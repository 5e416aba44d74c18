"""Explanations that name what is claimed, and prompts that stand alone (helper explain, issue 7):
spot_the_cue quotes the claim's content instead of "the rest" and names the story's own words
around it; characterizations told with "sees … as" are the story's account of a view; source
channels offered side by side never name the same act; quotations that lean on the sentence
before them are no prompt. Every story is made up."""

# ruff: noqa: E501 - the stories are written one paragraph a line, as the engine reads them

from __future__ import annotations

from questions import analyze
from questions.generate import generate
from questions.generate.claims import said_phrase
from questions.generate.registry import KINDS, Context
from questions.generate.text import leans_on_before, opens_on_bare_pronoun
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


# --- 1. spot_the_cue names what is claimed, and the story's own words apart from it -------------

KNITTING = """Singer stuns fans.

Readers nearly dropped their phones after singer Mara Quell revealed her husband had taken up competitive knitting.

Finally, Governor Okafor said visiting students would soon be allowed to work part-time during their studies, something most are currently barred from doing.

Union leader Tomas Brek said the new hall would open before the winter storms arrive.

"The harbour will be closed for three weeks in March," harbour master Ines Dahl said.
"""


def test_spot_the_cue_names_the_claim_and_the_outlets_framing():
    (q,) = about(built(KNITTING, "spot_the_cue"), "knitting")
    assert "the rest is what is claimed" not in q.explanation
    assert "what is claimed is “her husband had taken up competitive knitting”." in q.explanation
    assert (
        "The words “Readers nearly dropped their phones after” are the story’s own, not part of the claim."
        in q.explanation
    )


def test_spot_the_cue_leaves_a_trailing_summary_out_of_the_claim():
    (q,) = about(built(KNITTING, "spot_the_cue"), "part-time")
    assert (
        "what is claimed is “visiting students would soon be allowed to work part-time during"
        " their studies”." in q.explanation
    )
    assert "The words “something most are currently barred from doing” are the story’s own" in (
        q.explanation
    )
    assert "Finally" not in q.explanation.split("” the words")[1]  # a linking word is not named


def test_spot_the_cue_plain_sentences_name_only_the_claim():  # control
    (said,) = about(built(KNITTING, "spot_the_cue"), "winter storms")
    assert said.explanation.endswith(
        "what is claimed is “the new hall would open before the winter storms arrive”."
    )
    (quote,) = about(built(KNITTING, "spot_the_cue"), "harbour master")
    assert quote.explanation.endswith(
        "what is claimed is “The harbour will be closed for three weeks in March”."
    )


BUDGET = """Westby council fights over budget.

The Westby council met on Tuesday to debate next year's budget.

Councillor Ada Vance said the new budget would bankrupt the whole city – unless the auditors look the other way, of course.

The last man to run the harbour office says the budget leaves nothing for repairs.

Councillor Per Lund denied that the council had hidden any costs from the voters.

Lund told reporter Ines Dahl the vote had been rushed through the council.

Mayor Ola Brandt described the sale as a fair deal for every taxpayer in town.
"""


def test_spot_the_cue_skips_sentences_whose_claim_is_not_clean():
    qs = built(BUDGET, "spot_the_cue")
    assert about(qs, "of course") == []  # the writer's dashed aside
    assert about(qs, "The last man") == []  # the source cut from its noun phrase
    assert about(qs, "reporter Ines Dahl") == []  # the person told, read as the claim
    assert about(qs, "described the sale") == []  # an object and a description, no statement


def test_spot_the_cue_says_what_is_denied():
    (q,) = about(built(BUDGET, "spot_the_cue"), "denied")
    assert q.explanation.endswith(
        "what is denied is “the council had hidden any costs from the voters”."
    )


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


# --- 4. quotations that lean on the sentence before are no prompt -------------------------------


def test_leaning_quotations():
    for text in (
        "And I did it better than anyone in the county",
        "But that was before the flood came",
        "So the town should have acted first",
        "It's very curious what's happens with the treaty",
        "I'll tell you what fair is",
    ):
        assert leans_on_before(text), text
    for text in (  # controls
        "So far the plan has worked for everyone",
        "Andrew ran the depot for ten years",
        "The harbour will be closed for three weeks",
    ):
        assert not leans_on_before(text), text


def test_bare_pronoun_subjects():
    for text in ("It is going well so far", "This is not what the town wanted", "That's enough"):
        assert opens_on_bare_pronoun(text), text
    for text in (  # controls: a determiner, or an "it" standing for the clause after it
        "This budget is late again",
        "It's clear that the roads need work",
        "It is hard to find a nurse in Westby",
    ):
        assert not opens_on_bare_pronoun(text), text


SUPPLIER = """Pratt defends his deals.

In a text message, Mr. Pratt said the partnership with the Lund yard was purely commercial.

"It was my job to get on with every single supplier in the region," Mr. Pratt wrote.

"And I did it better than anyone in the whole county," Mr. Pratt wrote.

"It's very curious what's happens with the treaty now," Mr. Pratt said at one point.

"Lund Shipyard has paid every single bill on time for ten years," Mr. Pratt wrote.
"""


def test_leaning_quotation_is_neither_prompt_nor_spot_the_cue_sentence():
    analysis = analyze(SUPPLIER)
    claims = {c.content.strip('"“”, '): c for c in analysis.stories[0].claims}
    better = next(c for k, c in claims.items() if k.startswith("And I did"))
    assert said_phrase(better, analysis.text) is None
    spots = built(SUPPLIER, "spot_the_cue")
    assert about(spots, "And I did") == [] and about(spots, "what's happens") == []
    qs = generate(analysis, thin_giveaways=False)
    assert not [q for q in qs if "And I did" in q.prompt or "what's happens" in q.prompt]


def test_self_contained_quotation_is_still_a_prompt():  # control
    analysis = analyze(SUPPLIER)
    bills = next(c for c in analysis.stories[0].claims if "has paid every single bill" in c.content)
    assert (
        said_phrase(bills, analysis.text)
        == "“Lund Shipyard has paid every single bill on time for ten years”"
    )
    assert about(built(SUPPLIER, "spot_the_cue"), "has paid every single bill")


# --- 5. spot_the_cue skips sentences whose spans cannot be trusted ------------------------------

SPANS = """Westby harbour row.

Mayor Ola Brandt met the Westby council on Tuesday to debate the harbour.

"I think it's very odd," Brandt said, "because the harbour, unlike the ferry, has never made a loss in forty years."

Such a sale could anger the fishing families, Brandt allies believe — families the mayor will need in May.

Ines Dahl of Lundby, Ostland says the harbour office has lost track of its accounts for years.

Councillor Per Lund, after first saying the harbour was safe - the town owns the quay outright - voted to sell it.

Lund denied that the accounts were wrong and goes on to blame the auditors for the delay.

Ana Ruiz, 59, of Lundby, said the harbour had been the heart of the town for a century.
"""


def test_spot_the_cue_skips_split_quotes_and_misread_spans():
    qs = built(SPANS, "spot_the_cue")
    assert about(qs, "I think it's very odd") == []  # the speaker's words on both sides of the cue
    assert about(qs, "Such a sale") == []  # the claim comes before "aides believe"
    # the source once read as the place: now read as the person (speakers branch), so asked
    # with the person and her place marked
    assert all(
        "Ines" in [q.options[i] for i in q.answer]  # type: ignore[union-attr]
        for q in about(qs, "Ines Dahl of Lundby")
    )
    assert about(qs, "after first saying") == []  # a dashed aside in the content
    assert about(qs, "goes on to blame") == []  # the denial runs on into another act


def test_spot_the_cue_leaves_the_speakers_description_unnamed():  # control
    (q,) = about(built(SPANS, "spot_the_cue"), "Ana Ruiz")
    assert q.explanation.endswith(
        "what is claimed is “the harbour had been the heart of the town for a century”."
    )


def test_a_claim_going_on_after_its_cue():
    from questions.generate.kinds.spot_the_cue import _GOES_ON

    assert _GOES_ON.match(", including April and May")  # "X, the Gazette said, including …"
    assert not _GOES_ON.match(", eliciting jeers from the crowd")  # control: the writer's words
