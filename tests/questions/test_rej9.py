"""Rejections of a strict teacher reading of unseen news (helper rej9), each fixed in general:
a place read as the speaker, a claim the outlet also states in its own voice, a cue marked
without the agent of its document, a verification distractor the story confirms elsewhere,
sentences cut after "then-Sen." / "former Ariz.", a colon sentence asked as a claim, and a
statement opening on a bare "the move" / "the plan". Every story here was written for these
tests; each case that failed before the fix has controls that must stay as they are."""

from __future__ import annotations

import pytest

from questions import analyze
from questions.generate import generate
from questions.model import Question
from questions.sentences import paragraph_sentences
from questions.stories import Line


def built(text: str) -> list[Question]:
    """What the kinds build, before giveaway.py thins the questions that give each other away."""
    return generate(analyze(text), thin_giveaways=False)


def sources(sentence: str) -> list[str | None]:
    """The resolved sources of the claims of a one-sentence story."""
    return [c.source for c in analyze("Notes\n\n" + sentence + "\n").stories[0].claims]


def right(q: Question) -> str:
    assert isinstance(q.answer, int)
    return q.options[q.answer]


# 1. A town's region after a comma is part of the place, never the speaker -------------------

PLACE_CASES = [
    (
        "region_closes_subject",
        "A shepherd in Kerrin Flats, Victoria, said the dry spell had cost him forty ewes.",
        "Victoria",
    ),
    (
        "state_after_town_before_cue",
        "“The mill will shut,” a welder in Tallowby, Ohio, said on Friday.",
        "Ohio",
    ),
    (
        "mayor_of_town_state",
        "The mayor of Tallowby, Ohio, said the water mains would be replaced by June.",
        "Ohio",
    ),
    (
        "spokesman_for_hospital_in_town_region",
        "A spokesman for the clinic in Brantle, Georgia, said the ward was full.",
        "Georgia",
    ),
    (
        "town_region_before_role_after_cue",
        "“We lost the harvest,” said Kerrin Flats, Victoria, farmer Bess Imlay.",
        "Kerrin Flats",
    ),
]


@pytest.mark.parametrize(
    ("name", "sentence", "place"), PLACE_CASES, ids=[c[0] for c in PLACE_CASES]
)
def test_a_towns_region_is_no_speaker(name: str, sentence: str, place: str) -> None:
    found = sources(sentence)
    assert found, name
    assert all(s is not None and s != place and not s.startswith(place + ",") for s in found)


def test_named_speaker_after_town_region_is_kept() -> None:
    assert sources("“We lost the harvest,” said Kerrin Flats, Victoria, farmer Bess Imlay.") == [
        "Bess Imlay"
    ]
    assert sources("The mayor of Tallowby, Ohio, Rhea Gant, said the mains would be replaced.") == [
        "Rhea Gant"
    ]


PLACE_CONTROLS = [
    # the person of an aside that holds the place
    ("Orla Penn, a nurse from Tallowby, Ohio, said the ward was full.", "Orla Penn"),
    # an opening phrase of place, then the subject
    ("In Kerrin Flats, Victoria, police said the road was closed.", "police"),
    ("Speaking in Brantle, Nevada, Tomas Reyl said the plan was sound.", "Tomas Reyl"),
    # a country in apposition, and a state the story makes the speaker
    ("Ostrava's neighbour, Belarus, said the border would stay open.", "Belarus"),
    ("Ohio said the figures were wrong.", "Ohio"),
]


@pytest.mark.parametrize(("sentence", "speaker"), PLACE_CONTROLS)
def test_place_controls(sentence: str, speaker: str) -> None:
    assert sources(sentence) == [speaker]


def test_who_said_never_keys_the_region() -> None:
    text = (
        "Mill closure shakes town\n\n"
        "The Tallowby steel mill will close in March and 400 jobs will go, a union organiser in "
        "Tallowby, Ohio, said on Tuesday.\n\n"
        "Mayor Ivo Lund said the council would seek new employers for the mill site.\n\n"
        "Economist Greta Vall said the region had lost 2,000 mill jobs since 2015.\n\n"
        "Mill owner Brask Steel said the decision was final.\n"
    )
    for q in built(text):
        assert "Ohio" not in q.options, q.prompt


# 2. A claim the outlet states in its own voice is no "claim" key ----------------------------

ECHO_STORY = (
    "Storm batters Selby harbour\n\n"
    "Part of the old Selby harbour wall collapsed during a storm on Sunday night, harbour "
    "officials said.\n\n"
    "The wall collapsed during the storm as waves reached six metres.\n\n"
    "Harbour master Olav Strand said the harbour would stay closed until Friday.\n\n"
    "Fisherman Jonas Vik said his boats had stayed in the harbour since Saturday.\n\n"
    "The Selby lifeboat was called out three times on Sunday night.\n\n"
    "The harbour ferry was cancelled on Monday for the first time since 2019.\n"
)


def fact_or_claim_keys(text: str) -> dict[str, str]:
    return {
        q.prompt.split("”")[0].lstrip("“"): right(q)
        for q in built(text)
        if q.kind == "fact_or_claim"
    }


def test_claim_the_outlet_contradicts_stays_a_claim() -> None:
    # the same subject and verb in the outlet's voice, another complement: "claim" is right
    text = ECHO_STORY.replace(
        "The wall collapsed during the storm as waves reached six metres.",
        "The wall collapsed during repairs in 2019, the year the harbour reopened.",
    )
    keys = fact_or_claim_keys(text)
    assert any("wall collapsed" in s and k.startswith("A claim") for s, k in keys.items()), keys


def test_claim_the_outlet_also_states_is_not_asked_as_claim() -> None:
    keys = fact_or_claim_keys(ECHO_STORY)
    assert not any("wall collapsed" in s and k.startswith("A claim") for s, k in keys.items())
    # control: a claim the outlet does not state itself is still asked
    assert any("closed until Friday" in s and k.startswith("A claim") for s, k in keys.items()), (
        keys
    )


# 3. A cue marked without the agent of its document -----------------------------------------

CUE_FILL = (
    "Mayor Ivo Lund said the council would seek new employers.\n\n"
    "Economist Greta Vall said the region had lost 2,000 jobs since 2015.\n"
)


def cue_questions(sentence: str) -> list[Question]:
    text = "Plant closure hits town\n\n" + sentence + "\n\n" + CUE_FILL
    return [q for q in built(text) if q.kind == "spot_the_cue" and "plant" in q.evidence.text]


def test_cue_left_without_its_documents_agent_is_not_asked() -> None:
    sentence = "The plant will close in March, Tom Rue said in guidance issued by the regulator."
    assert cue_questions(sentence) == []


def test_cue_with_its_whole_channel_is_asked() -> None:
    qs = cue_questions("The plant will close in March, Tom Rue said in a statement on Tuesday.")
    assert len(qs) == 1 and "said in a statement" in qs[0].explanation


# 4. A verification distractor the story itself makes true ----------------------------------

VER_FILL = (
    "Fisherman Jonas Vik said his boats had stayed in port since Monday.\n\n"
    "Teacher Ana Holt said the school would stay open all week.\n\n"
    "Harbour master Olav Strand said the tide would turn at noon on Friday.\n"
)
VER_LEAD = (
    "Ferry sinks off Porta\n\nPORTA, Estarra (AP) — A ferry carrying 80 passengers sank off the "
    "coast of Porta on Sunday, the coast guard said.\n\n"
)


def verification_questions(middle: str) -> list[Question]:
    return [q for q in built(VER_LEAD + middle + "\n\n" + VER_FILL) if q.kind == "verification"]


def test_distractor_confirmed_later_drops_the_question() -> None:
    middle = (
        "Police have not confirmed the identity of the ferry's pilot.\n\n"
        "Police later confirmed the identity of the ferry's pilot, naming him as Ivo Brenn, 52."
    )
    assert verification_questions(middle) == []


def test_distractor_denied_later_drops_the_question() -> None:
    middle = (
        "Local media reported that the pilot had been drinking. Police have not confirmed the "
        "report.\n\nPolice denied the report on Monday, calling it false."
    )
    assert verification_questions(middle) == []


def test_verification_with_no_other_outcome_is_asked() -> None:
    middle = (
        "Local media reported that the pilot had been drinking. Police have not confirmed the "
        "report."
    )
    qs = verification_questions(middle)
    assert len(qs) == 1 and right(qs[0]) == "The police have not confirmed it"


# 5. Sentences after titles and state abbreviations; a colon sentence ------------------------


def split(paragraph: str) -> list[str]:
    line = Line(1, 0, len(paragraph), paragraph)
    return [s.text for s in paragraph_sentences(paragraph, line)]


ONE_SENTENCE = [
    "The gap was narrower in 2008, when then-Sen. Ada Morrow led the race.",
    "The bill was written by ex-Gov. Tomas Reyl and two aides.",
    "The letter reached New Halden\u00a0Gov. Rhea Gant on Monday.",
    "Polls show Morrow tied with former Ariz. Gov. Lyle Penn at 41 percent.",
    "Voters in Brantle met the candidate—Mr. Penn arrived late.",
]


@pytest.mark.parametrize("paragraph", ONE_SENTENCE)
def test_titles_and_state_modifiers_do_not_end_a_sentence(paragraph: str) -> None:
    assert split(paragraph) == [paragraph]


TWO_SENTENCES = [
    ("A flood hit Brantle, Ariz. The dam held.", 2),  # a state after its town ends a sentence
    ("The shares went to Halden Corp. The sale closed in May.", 2),
    ("Penn met Ada Morrow Jr. on Monday.", 1),
    ("The case went to Dr. Ilse Varn. She said no.", 2),
]


@pytest.mark.parametrize(("paragraph", "n"), TWO_SENTENCES)
def test_sentence_split_controls(paragraph: str, n: int) -> None:
    assert len(split(paragraph)) == n


def test_sentence_ending_in_colon_is_no_fact_or_claim_statement() -> None:
    text = (
        "Harbour plan approved\n\n"
        "Mayor Ivo Lund said the council had agreed on three steps for the harbour on Monday:\n\n"
        "- rebuilding the old wall by 2027;\n\n"
        "- dredging the ferry channel.\n\n"
        "Economist Greta Vall said the region had lost 2,000 jobs since 2015.\n\n"
        "The harbour ferry was cancelled on Monday for the first time since 2019.\n\n"
        "Teacher Ana Holt said the school would stay open all week.\n\n"
        "The Selby lifeboat was called out three times on Sunday night.\n"
    )
    keys = fact_or_claim_keys(text)
    assert keys, "the story's other statements are asked"
    assert not any("three steps" in s for s in keys), keys


# 6. A statement opening on a bare "the move", "the plan" ----------------------------------


@pytest.mark.parametrize(
    "asked",
    [
        "The move came after two storms flooded the fish market.",
        "who said that the plan would cost 40 million euros?",
        "The ad was paid for by a group of harbour traders.",
    ],
)
def test_bare_back_subject_found(asked: str) -> None:
    from questions.generate.text import bare_back_subject

    assert bare_back_subject(asked)


@pytest.mark.parametrize(
    "asked",
    [
        "who said that the plan to rebuild the wall would raise local taxes?",
        "The council approved a plan on Monday, and the plan would cost 40 million euros.",
        "The move order was signed on Monday.",
        "The mayor said the deal with Ostra was signed.",  # not the subject; identified anyway
        "The harbour was closed on Monday.",
    ],
)
def test_bare_back_subject_controls(asked: str) -> None:
    from questions.generate.text import bare_back_subject

    assert bare_back_subject(asked) is None


def test_statement_on_bare_the_move_is_not_asked() -> None:
    text = (
        "Ostra rebuilds harbour wall\n\n"
        "The Ostra city council approved a plan on Monday to rebuild the old harbour wall.\n\n"
        "Council treasurer Ivo Lund said the plan would cost 40 million euros by 2030.\n\n"
        "The deal was signed on Tuesday by the mayor and two harbour firms.\n\n"
        "The move was approved by 7 votes to 2 on Monday evening.\n\n"
        "Opposition leader Mira Sand said the plan to rebuild the wall would raise local taxes.\n\n"
        "Fisherman Jonas Vik said his boats had stayed in port since Monday.\n\n"
        "The harbour ferry was cancelled on Monday for the first time since 2019.\n\n"
        "Teacher Ana Holt said the school would stay open all week.\n"
    )
    qs = built(text)
    keys = fact_or_claim_keys(text)
    for bare in ("The deal was signed", "The move was approved", "The plan would cost"):
        assert not any(s.startswith(bare) for s in keys), keys
    # controls: "the plan to rebuild the wall" says which plan; a prompt framed "According to
    # the story, who said …" may point into the story
    assert any(s.startswith("The plan to rebuild the wall") for s in keys), keys
    assert any("the plan would cost" in q.prompt and q.kind == "who_said" for q in qs)
