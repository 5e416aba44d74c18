"""Regression cases for the failure categories of issue 7's reading of unseen news, end to end
(``analyze`` then ``generate``). Every story here was written for these tests in the language of
news; none is taken from a corpus. Golden tables name each case after what went wrong."""

from __future__ import annotations

import re

import pytest

from questions import analyze
from questions.generate import KINDS, generate
from questions.generate.kinds.fact_or_claim import FACT
from questions.model import Question

HEAD = "Port strike enters second week\n\n"
LEDE = (
    "Dockworkers in the port of Ostra stayed away from work for a seventh day on Monday, leaving "
    "dozens of ships waiting outside the harbour and the town’s fish market nearly empty.\n\n"
)
FACT_LINE = "The port was closed to all traffic on Tuesday after the talks collapsed.\n\n"
SOURCES = (
    "Transport Minister Karl Brenner said the government would not raise its offer.\n\n"
    "Maria Lind, an economist at Ostra University, said the strike was costing the region about "
    "two million euros a day.\n\n"
    "Ferry operator Stena Line said hundreds of passengers had been stranded overnight.\n\n"
)


def story(*paragraphs: str) -> str:
    """A small story: a headline, a lede, the paragraphs under test, other sourced paragraphs."""
    return HEAD + LEDE + "".join(p + "\n\n" for p in paragraphs) + FACT_LINE + SOURCES


def questions(text: str) -> list[Question]:
    return generate(analyze(text))


def right(q: Question) -> str:
    assert isinstance(q.answer, int)
    return q.options[q.answer]


def asked_about(q: Question, needle: str) -> bool:
    """Whether a question's prompt, options or evidence holds the needle."""
    return needle in q.prompt or needle in q.evidence.text or any(needle in o for o in q.options)


# Fragments, headlines, decks, list items and furniture are never "reported as fact".
NOT_FACTS = [
    ("title_case_headline", "Harbour Chiefs Warn Of Losses As Strike Drags On.", "Harbour Chiefs"),
    ("list_item", "- The port lost three million euros in the first week of the strike.", "three"),
    ("names_list", "Anna Berg, Ivo Lund, Mira Sand and Tom Alder.", "Mira Sand"),
    ("read_the_rest", "Read the rest of the report on the harbour website here today.", "rest"),
    (
        "editors_note",
        "Editor’s note: this story was first published by the harbour gazette.",
        "note",
    ),
    (
        "seeming_to",
        "Seeming to ignore the crisis, the mayor spent the weekend at a golf tournament.",
        "golf",
    ),
    ("so_called", "The so-called rescue plan was a gift to the shipping companies.", "rescue"),
    ("of_course", "The minister, of course, had promised a quick end to the dispute.", "quick end"),
    (
        "opinion_word",
        "The mayor gave a stunning speech about the harbour on Friday night.",
        "speech",
    ),
    ("hedged", "The strike reportedly cost the town its biggest ferry contract.", "ferry contract"),
    ("prediction", "The unions won't accept anything less than a five percent rise.", "five"),
    ("first_person", "We visited the harbour on Friday and found the gates locked.", "gates"),
]


@pytest.mark.parametrize(
    ("paragraph", "needle"), [c[1:] for c in NOT_FACTS], ids=[c[0] for c in NOT_FACTS]
)
def test_never_offered_as_fact(paragraph: str, needle: str) -> None:
    qs = questions(story(paragraph))
    assert not [q for q in qs if q.kind == "fact_or_claim" and needle in q.prompt]
    facts = [q for q in qs if q.kind == "fact_or_claim" and right(q) == FACT]
    assert any("closed to all traffic" in q.prompt for q in facts)  # a plain fact still is


# Hopes, requests, urging, plans, negated cues, questions and records are not claims.
NOT_CLAIMS = [
    ("urged", "The port authority urged that both sides return to the negotiating table.", "table"),
    (
        "hopes",
        "Transport Minister Karl Brenner hoped that the dispute would end this week.",
        "this week",
    ),
    ("called_for", "The mayor called for an end to the strike before the summer season.", "summer"),
    ("have_not_said_whether", "Officials have not said that the army will be sent in.", "army"),
    ("asked_whether", "Reporters asked whether the port would reopen before Easter.", "Easter"),
    ("records_show", "City records show that the port handled 40,000 containers in May.", "40,000"),
    (
        "profile",
        "According to his LinkedIn profile, Brenner worked at the port for ten years.",
        "ten years",
    ),
    ("poll_found", "A poll by the Harbour Gazette found most residents backed the strike.", "most"),
]
WHOSE_CLAIM = ("who_said", "fact_or_claim", "spot_the_cue", "source_check", "who_denied")


@pytest.mark.parametrize(
    ("paragraph", "needle"), [c[1:] for c in NOT_CLAIMS], ids=[c[0] for c in NOT_CLAIMS]
)
def test_not_asked_as_a_claim(paragraph: str, needle: str) -> None:
    qs = questions(story(paragraph))
    assert not [q for q in qs if q.kind in WHOSE_CLAIM and asked_about(q, needle)]
    assert any(q.kind == "who_said" for q in qs)  # the story's real claims still are


def test_spot_the_cue_not_on_a_relative_clause() -> None:
    text = story(
        "The bill was opposed by Senator Anna Berg of Ostra, who had voted against a similar "
        "plan in 2019 and still disliked its pension rules."
    )
    assert not [
        q for q in questions(text) if q.kind == "spot_the_cue" and "2019" in q.evidence.text
    ]


def test_spot_the_cue_not_on_a_sentence_cut_inside_a_quotation() -> None:
    text = story('Karl Brenner said: "I think the offer is a fair one for the workers of Ostra.')
    assert not [
        q for q in questions(text) if q.kind == "spot_the_cue" and "fair" in q.evidence.text
    ]


# A wrong option is never the same speaker or the speaker's own organisation.
def test_the_speakers_organisation_is_not_a_wrong_option() -> None:
    text = story(
        "The Harbour Workers Union said the strike would go on until wages rose by five percent.",
        "Jane Doe, president of the Harbour Workers Union, said: “We will not accept a deal that "
        "cuts the pensions of our members.”",
    )
    qs = [q for q in questions(text) if q.kind == "who_said" and "pensions" in q.prompt]
    assert qs and all("Harbour Workers Union" not in o for q in qs for o in q.options)


def test_a_person_tied_to_an_organisation_elsewhere_is_never_its_foil() -> None:
    """The tie is made in a sentence of its own ("Jane Doe, president of the union, met …");
    then neither is a wrong option for the other, and "we" in her words is the union."""
    text = story(
        "Jane Doe, president of the Harbour Workers Union, met the minister on Monday.",
        "The Harbour Workers Union said the strike would go on until wages rose by five percent.",
        "“We will not accept a deal that cuts the pensions of our members,” Doe said.",
    )
    qs = [q for q in questions(text) if q.kind == "who_said"]
    pensions = [q for q in qs if "pensions" in q.prompt]
    assert pensions and all("Harbour Workers Union" not in o for q in pensions for o in q.options)
    wages = [q for q in qs if "wages" in q.prompt]
    assert all("Doe" not in o for q in wages for o in q.options)


def test_we_in_a_persons_words_keeps_groups_out_of_the_options() -> None:
    """No tie is written, but "we" may be any group of hers: only people are wrong options."""
    text = story(
        "The Harbour Workers Union said the strike would go on until wages rose by five percent.",
        "“We will stay at the gates until our demands are met in full,” said Jane Doe.",
    )
    for q in questions(text):
        if q.kind == "who_said" and "gates" in q.prompt:
            assert "The Harbour Workers Union" not in q.options
            assert "Stena Line" not in q.options  # a company: a "we" too


def test_a_union_president_is_not_a_government_official() -> None:
    text = story(
        "Jane Doe, the union’s president, said: “We will not accept a deal that cuts the pensions "
        "of our members.”"
    )
    for q in questions(text):
        if q.kind == "source_check" and "pensions" in q.prompt:
            assert right(q) != "A government or its officials"


@pytest.mark.parametrize(
    ("name", "shown"),
    [
        ("news site RTL Info", "RTL Info"),
        ("nephew Michery el Soheil", "Michery el Soheil"),
        ("former secretary of state Hillary Clinton", "Hillary Clinton"),
        ("the Royal Navy", "The Royal Navy"),
        ("Dmitry Peskov", "Dmitry Peskov"),
        # a title with an "of" complement: the department goes with the title, not the name
        ("Secretary of State Anna K. Berg", "Anna K. Berg"),
        ("State Anna K. Berg", "Anna K. Berg"),
        ("Secretary of Homeland Security Ivo Lund", "Ivo Lund"),
        ("Homeland Security Secretary Ivo Lund", "Ivo Lund"),
        ("former Secretary of Defense Mira Sand", "Mira Sand"),
        ("Harbour Authority spokesman Tom Alder", "Tom Alder"),
        # names joined by "of" or "on" are whole names, never cut to their last words
        ("Bank of Ostra", "Bank of Ostra"),
        ("Ministry of Defence", "Ministry of Defence"),
        ("Council on Harbour Relations", "Council on Harbour Relations"),
        ("University of Ostra researchers", "University of Ostra researchers"),
        (
            "Mayor of Ostra Lena Moss",
            "Mayor of Ostra Lena Moss",
        ),  # where the name starts is unclear
        ("Mayor Moss", "Mayor Moss"),  # a one-word name keeps its title
        # fifth reading round: a capitalised descriptor before a given name
        ("Rival Anna Berg", "Anna Berg"),
        ("Harbour-based Tom Alder", "Tom Alder"),
        ("Gazette’s Jane Doe", "Jane Doe"),
        ("Pollster Tom Alder", "Tom Alder"),
        ("Top Tom Alder adviser", "Top Tom Alder adviser"),  # a role: left alone
        ("Ostra Tom Alder Institute", "Ostra Tom Alder Institute"),
        ("Anna Maria Berg", "Anna Maria Berg"),
    ],
)
def test_options_drop_descriptors_before_a_name(name: str, shown: str) -> None:
    from questions.generate.text import option_name

    assert option_name(name) == shown


# A claim that the next sentence confirms is not explained as unconfirmed.
def test_claim_confirmed_by_the_next_sentence_is_not_asked() -> None:
    text = story(
        "Shipping company Maersk said the strike had cost its business two million euros in "
        "lost fees. Company accounts published on Friday confirmed the loss."
    )
    assert not [q for q in questions(text) if q.kind == "fact_or_claim" and "lost fees" in q.prompt]


# Hedge questions: wrong options are words of the sentence that do not hedge, never defensible.
HEDGED = [
    (
        "neither_confirm_nor_deny",
        "A Kremlin spokesman, Dmitry Peskov, would neither confirm nor deny reports that a senior "
        "general had quietly been dismissed.",
        "reports",
    ),
    ("alleged", "The alleged attack suddenly destroyed a bridge overnight near Ostra.", "alleged"),
    (
        "reportedly",
        "The minister reportedly met union leaders secretly on Sunday in a local hotel.",
        "reportedly",
    ),
]
_DEFENSIBLE = re.compile(r"confirm|deny|neither|not|report|claim|alleg|may|might|could|said|say")


@pytest.mark.parametrize(
    ("paragraph", "hedge"), [c[1:] for c in HEDGED], ids=[c[0] for c in HEDGED]
)
def test_hedge_distractors_never_defensible(paragraph: str, hedge: str) -> None:
    qs = [q for q in questions(story(paragraph)) if q.kind == "hedge_words"]
    assert qs, "a hedge question is made"
    for q in qs:
        assert right(q) == hedge
        wrong = [o for o in q.options if o != hedge]
        assert not [w for w in wrong if _DEFENSIBLE.search(w)], wrong
        assert all(re.search(rf"\b{w}\b", paragraph) for w in wrong)  # words of the sentence


def test_no_hedge_question_without_foils() -> None:
    """With no modifier in the sentence to offer, no question rather than random nouns."""
    text = story("Troops fought the reported incursion from the south for a second day.")
    for q in questions(text):
        if q.kind == "hedge_words" and "incursion" in q.prompt:
            assert "troops" not in q.options and "incursion" not in q.options


# Denials become denial questions.
def test_rejected_claims_that_becomes_a_what_denied_question() -> None:
    text = story(
        "Transport Minister Karl Brenner rejected claims that the government had ordered police "
        "to break up the picket lines.",
        "The Harbour Workers Union said the strike would go on until wages rose by five percent.",
        "Port Director Lena Moss said the port had lost three million euros so far.",
    )
    qs = questions(text)
    what = [q for q in qs if q.kind == "what_denied"]
    assert what and right(what[0]).startswith("That the government had ordered police")
    assert any(q.kind == "who_denied" for q in qs)


# Verification statements become verification questions, with the right status.
def test_the_figure_could_not_be_verified_asks_about_the_claim() -> None:
    text = (
        "Drones hit border town\n\nKYIV, Ukraine (AP) — Russia’s defence ministry said on Monday "
        "that 40 Ukrainian drones had been shot down over the region overnight.\n\nThe figure "
        "could not be independently verified.\n\n" + SOURCES
    )
    (q,) = [q for q in questions(text) if q.kind == "verification"]
    assert q.prompt.startswith("According to the story, was the Associated Press able to verify")
    assert right(q) == "The Associated Press could not verify it"
    assert not q.evidence.text.startswith("KYIV")  # the dateline stays out of the evidence


def test_has_not_confirmed_is_never_confirmed() -> None:
    text = story(
        "Port Director Lena Moss said two cranes had been damaged by strikers. The State "
        "Department has not confirmed the report."
    )
    qs = [q for q in questions(text) if q.kind == "verification"]
    assert qs and all(right(q) == "The State Department has not confirmed it" for q in qs)


# Markup, evidence spans and the share of each kind.
def test_no_markup_and_evidence_spans() -> None:
    text = story(
        "Transport Minister Karl Brenner rejected claims that the government had ordered police "
        "to break up the picket lines.",
        "The alleged sabotage of two cranes was suddenly reported overnight by port staff.",
    )
    analysis = analyze(text)
    for q in generate(analysis):
        for part in (q.prompt, q.explanation, *([] if q.kind == "spot_the_cue" else q.options)):
            assert "*" not in part and "`" not in part
        ev = q.evidence.to_json()
        assert {"span", "source_span", "cue_span"} <= set(ev)
        for key in ("source_span", "cue_span"):
            if ev[key]:
                s, e = ev[key]
                assert ev["span"][0] <= s < e <= ev["span"][1]


def test_no_kind_over_its_share_of_a_story() -> None:
    lines = [
        f"Official {n} Smith said the port would reopen on day {n} of the month."
        for n in range(1, 9)
    ]
    qs = questions(story(*lines))
    for kind in KINDS:
        mine = [q for q in qs if q.kind == kind]
        assert len(mine) <= max(2, int(len(qs) * KINDS[kind].share)), kind


@pytest.mark.parametrize(
    ("name", "misread"),
    [
        ("Explores The", True),
        ("What Mexico", True),
        ("In Honolulu", True),
        ("Even Friday", True),
        ("Friday afternoon", True),
        ("It’s", True),
        ("The Democratic", True),
        ("Ashton, Md.", True),
        ("2017 America", True),
        ("Known", True),
        ("Dmitry Peskov", False),
        ("The Kremlin", False),
        ("Reuters", False),
        ("The Republican National Committee", False),
    ],
)
def test_headline_words_are_not_source_names(name: str, misread: bool) -> None:
    from questions.generate.sources import not_a_name

    assert not_a_name(name) is misread


def test_a_label_before_a_colon_is_not_a_speaker() -> None:
    text = story("The Latest: Trump’s tax returns not leaked from the state revenue office.")
    assert not [q for q in questions(text) if "Latest" in " ".join(q.options) + q.prompt]


# Datelines stay out of fact statements, prompts, explanations and evidence.
DATELINES = [
    ("agency_only", "(AP) — "),
    ("reuters_dash", "(Reuters) - "),
    ("mixed_case_place", "Ostra City (AFP) – "),
    ("caps_place_and_date", "OSTRA, March 3 (Reuters) - "),
    ("caps_place_country", "OSTRA, Norway (AP) — "),
    ("state_abbreviation", "OSTRA, Nev. (AP) — "),  # a split after "Nev." leaves "(AP) —"
]


@pytest.mark.parametrize("dateline", [c[1] for c in DATELINES], ids=[c[0] for c in DATELINES])
def test_datelines_stay_out_of_questions(dateline: str) -> None:
    text = (
        HEAD
        + dateline
        + "The harbour authority hired forty extra guards for the weekend shifts at the "
        "main gate.\n\n" + "".join(p + "\n\n" for p in NOT_A_DATELINE) + SOURCES
    )
    qs = questions(text)
    fact = [q for q in qs if q.kind == "fact_or_claim" and "forty extra guards" in q.prompt]
    assert fact, "the opening sentence is still asked about"
    mark = dateline.split("(")[-1].split(")")[0]
    for q in qs:
        for part in (q.prompt, q.explanation, q.evidence.text):
            assert f"({mark})" not in part, part


NOT_A_DATELINE = [
    "The port was closed to all traffic on Tuesday after the talks collapsed.",
    "Ferries were sent to the northern harbour of Ostra for the rest of the week.",
]


def test_a_parenthesised_abbreviation_is_not_a_dateline() -> None:
    from questions.generate.registry import strip_dateline

    kept = "Harbour Workers (HWU) — the biggest union of the port — voted to strike."
    assert strip_dateline(kept) == kept
    assert strip_dateline("(AP) — The port closed.") == "The port closed."


# Clean denials become denial questions, also with a short object or a lower-case clause.
DENIALS_ASKED = [
    (
        "denied_any_wrongdoing",
        "Port Director Lena Moss denied any wrongdoing in the sale of the old ferry terminal.",
        "any wrongdoing in the sale of the old ferry terminal",
    ),
    (
        "dismissed_the_idea_that",
        "Port Director Lena Moss dismissed the idea that raising harbour fees would drive "
        "shipping companies away.",
        "that raising harbour fees would drive shipping companies away",
    ),
]


@pytest.mark.parametrize(
    ("paragraph", "phrase"), [c[1:] for c in DENIALS_ASKED], ids=[c[0] for c in DENIALS_ASKED]
)
def test_clean_denials_are_asked_about(paragraph: str, phrase: str) -> None:
    qs = [q for q in questions(story(paragraph)) if q.kind == "who_denied"]
    assert qs and phrase in qs[0].prompt
    assert right(qs[0]) == "Lena Moss"


@pytest.mark.parametrize(
    ("name", "misread"),
    [
        ("Photo Lena Moss", True),  # a caption's label read as part of the name
        ("Beyond", True),
        ("Two primary reasons Ostra", True),
        ("Ostra voter", True),  # a description, not a name
        ("Harbour lobbyists in general", True),
        ("Ostra’s foreign ministry", False),
        ("Brenner campaign", False),  # an organisation named by its head noun
        ("Moss administration", False),
        ("The Ostra government", False),
    ],
)
def test_garbled_names_are_not_options(name: str, misread: bool) -> None:
    from questions.generate.sources import not_a_name

    assert not_a_name(name) is misread


def test_a_denied_double_negative_is_not_asked() -> None:
    text = story(
        "Port Director Lena Moss denied that the strike had nothing to do with the sale of the "
        "old ferry terminal."
    )
    assert not [q for q in questions(text) if q.kind in ("who_denied", "what_denied")]


@pytest.mark.parametrize(
    ("phrase", "unfit"),
    [
        ("that Lena Moss did not", True),  # cut before its verb
        ("that ''we will win,'' Mr. Berg said", True),  # a quotation with its attribution
        ("that the port would react “very badly” to a lockout", False),  # quoted words are fine
        ("that the port would close on Friday", False),
        # a noun phrase with a subordinate clause is no claim of its own
        ("that the minister's remarks on wages when the strike began in March", True),
        ("that the governor's visit to the port after the storm hit the coast", True),
        ("that the minister's remarks on wages when the strike began were unfair", False),
        ("that the council approved the plan when the mayor returned", False),
        ("that the mayor, as expected, won the vote", False),
        ("that after the vote the council would meet again", False),
    ],
)
def test_garbled_clauses_are_not_wrong_options(phrase: str, unfit: bool) -> None:
    from questions.generate.claims import _unfit_option

    assert _unfit_option(phrase) is unfit


def test_a_title_keeps_its_capital_in_a_clause() -> None:
    from questions.generate.text import lower_positional

    assert lower_positional("Mr. Berg was haunted by the strike", "mr") == (
        "Mr. Berg was haunted by the strike"
    )


def test_a_pronoun_after_another_name_is_not_resolved_to_the_speaker() -> None:
    """ "he" here is the rival named just before it, not the speaker."""
    text = story(
        "Union leader Jane Doe turned tougher against Mr. Brenner on Friday, eventually saying "
        "he would be a disaster as the head of the port talks."
    )
    for q in questions(text):
        assert "Jane Doe would be a disaster" not in q.prompt
        assert not (q.kind == "who_said" and "disaster" in q.prompt)


def test_a_quantifier_is_not_part_of_a_name() -> None:
    from questions.generate.sources import not_a_name

    assert not_a_name("Most Southern") and not_a_name("Many Ostra")


@pytest.mark.parametrize(
    "name",
    ["the dockworkers’", "The Department of Harbours to help provide", "Ostra Council will decide"],
)
def test_names_cut_mid_phrase_are_not_options(name: str) -> None:
    from questions.generate.sources import not_a_name

    assert not_a_name(name)


MORE_NOT_FACTS = [
    (
        "in_one_way",
        "In one way, what the two unions are doing is common at the end of long strikes.",
        "common at the end",
    ),
    (
        "spotlight",
        "At the meeting on Thursday, the spotlight fell in a new way on the harbour master.",
        "harbour master",
    ),
]


@pytest.mark.parametrize(
    ("paragraph", "needle"), [c[1:] for c in MORE_NOT_FACTS], ids=[c[0] for c in MORE_NOT_FACTS]
)
def test_interpretation_is_never_offered_as_fact(paragraph: str, needle: str) -> None:
    qs = questions(story(paragraph))
    assert not [q for q in qs if q.kind == "fact_or_claim" and needle in q.prompt]


def test_has_not_said_whether_is_not_a_claim() -> None:
    text = story("The port authority has not said whether the army will be sent to the gates.")
    assert not [q for q in questions(text) if "army" in q.prompt]


@pytest.mark.parametrize(
    "paragraph",
    [
        "An analysis by the Harbour Gazette shows that ship traffic fell by a third in May.",
        "Data from the harbour office show that ship traffic fell by a third in May.",
    ],
)
def test_the_newspapers_own_analysis_is_not_someones_claim(paragraph: str) -> None:
    qs = questions(story(paragraph))
    assert not [q for q in qs if q.kind in WHOSE_CLAIM and asked_about(q, "a third")]


def test_a_source_name_cut_in_two_is_never_an_answer_or_option() -> None:
    """The analysis may read "The Harbour Policy Center says" as "Center says"."""
    text = story(
        "The Harbour Policy Center says the strike has cost the region more than forty million "
        "euros."
    )
    for q in questions(text):
        if q.kind != "spot_the_cue":
            assert "Center" not in q.options, q.options
        elif "Policy" in q.evidence.text:
            assert [q.options[i] for i in q.answer][:1] != ["Center"]


def test_a_pronoun_of_the_other_gender_is_not_the_named_speaker() -> None:
    """ "he said" cannot be Anna Berg: no who-said question names her for it."""
    text = story(
        "Anna Berg, the port director, praised her deputy on Monday for his work during the "
        "strike. The harbour would reopen within a week, he said."
    )
    for q in questions(text):
        if "reopen within a week" in q.prompt and q.kind != "fact_or_claim":
            assert right(q) != "Anna Berg"


# Found reading PolNeAR train questions as a teacher would (our own sentences of the same shape).
READING_NOT_FACTS = [
    (
        "impressive",
        "Lena Moss, a harbour pilot and political newcomer, has pulled in an impressive amount "
        "of cash.",
        "amount of cash",
    ),
    (
        "update_label",
        "UPDATE: 5/12 — The harbour office has removed the notice from its website.",
        "removed the notice",
    ),
    (
        "glued_item",
        "So, who was right? - The harbour office notes that traffic fell in the first week.",
        "traffic fell",
    ),
]


@pytest.mark.parametrize(
    ("paragraph", "needle"),
    [c[1:] for c in READING_NOT_FACTS],
    ids=[c[0] for c in READING_NOT_FACTS],
)
def test_reading_round_not_plain_facts(paragraph: str, needle: str) -> None:
    qs = questions(story(paragraph))
    assert not [
        q for q in qs if q.kind in ("fact_or_claim", "spot_the_cue") and asked_about(q, needle)
    ]


def test_a_statement_cut_before_its_reason_is_not_asked() -> None:
    text = story(
        "The mayor went to that meeting, and he will probably go to the next one on Friday, "
        "because, according to the mayor, the unions would call him a coward if he did not."
    )
    assert not [q for q in questions(text) if q.prompt.startswith("“") and "because.”" in q.prompt]


def test_what_someone_thought_in_a_question_asked_is_not_a_claim() -> None:
    text = story(
        "We asked our readers what they thought the port was doing better than the unions to "
        "win public support."
    )
    assert not [q for q in questions(text) if asked_about(q, "public support")]


def test_encouraging_is_not_a_claim() -> None:
    text = story("The last time he encouraged a strike was after the harbour fire in 2019.")
    assert not [q for q in questions(text) if asked_about(q, "harbour fire")]


def test_hedge_foils_are_not_nouns_in_ly() -> None:
    from questions.generate.kinds.hedge_words import candidate_words

    words = candidate_words(
        "The union held a rally in an apparent effort to quickly win over the family firms.",
        "apparent",
    )
    assert "rally" not in words and "family" not in words and "quickly" in words


@pytest.mark.parametrize(
    ("name", "misread"),
    [
        ("N.Y.", True),  # a place's abbreviation
        ("Harbourites", True),  # a group the speaker may belong to
        ("Applicants", True),
        ("Republicans", True),
        ("Worth member of the Harbour Club", True),  # a description cut from its sentence
        ("Reuters", False),
        ("Lena Moss", False),
    ],
)
def test_second_reading_round_names(name: str, misread: bool) -> None:
    from questions.generate.sources import not_a_name

    assert not_a_name(name) is misread


def test_announcing_a_programme_is_an_act_not_a_claim_to_mark() -> None:
    text = story(
        "Karl Brenner announced a programme to retrain dockworkers of undocumented status who had "
        "worked in the port for at least five years."
    )
    assert not [
        q for q in questions(text) if q.kind == "spot_the_cue" and "programme" in q.evidence.text
    ]


def test_a_long_source_span_is_not_marked() -> None:
    text = story(
        "Karl Brenner, appearing on harbour radio right after the meeting on Friday, said the "
        "unions had failed to address the concerns of ferry passengers."
    )
    for q in questions(text):
        if q.kind == "spot_the_cue" and "radio" in q.evidence.text:
            assert len(q.answer) <= 8


def test_a_prediction_is_not_reported_as_fact() -> None:
    text = story("One final step in the dispute will be bringing the mayor in for questioning.")
    assert not [
        q for q in questions(text) if q.kind == "fact_or_claim" and "final step" in q.prompt
    ]


# Fourth reading round (our own sentences of the same shapes).
def test_a_cue_negated_three_words_back_is_not_a_claim() -> None:
    text = story(
        "At the time, Lena Moss didn’t come out and say the director should be replaced by "
        "the board."
    )
    assert not [q for q in questions(text) if asked_about(q, "should be replaced")]


def test_a_polls_share_is_not_a_speaker() -> None:
    text = story(
        "Dockworkers are more likely to back the strike: 45% of dockworkers, 28% of clerks and "
        "12% of managers say they would join the picket lines."
    )
    assert not [q for q in questions(text) if q.kind == "spot_the_cue" and "45%" in q.evidence.text]


def test_learning_something_is_not_claiming_it() -> None:
    text = story(
        "It was not until she applied for a job years later that Anna Berg learned the harbour "
        "had never paid her pension at all."
    )
    assert not [
        q for q in questions(text) if q.kind == "fact_or_claim" and "never paid" in q.prompt
    ]


def test_the_outlets_own_we_is_not_a_cue_to_mark() -> None:
    text = story(
        "We are the kind of folks who read the latest harbour office reports on Friday nights, "
        "so this is the newsletter for you."
    )
    assert not [
        q for q in questions(text) if q.kind == "spot_the_cue" and "folks" in q.evidence.text
    ]


def test_a_trailing_comma_inside_a_quotation_is_not_in_the_prompt() -> None:
    from questions.generate.claims import _TRAILING_COMMA_QUOTE

    assert _TRAILING_COMMA_QUOTE.sub(r"\1", 'the sides have "very different goals,"') == (
        'the sides have "very different goals"'
    )


def test_a_name_cut_before_a_title_is_not_an_option() -> None:
    from questions.generate.sources import not_a_name

    assert not_a_name("Investigation undercut many of Mrs.")


# Fifth reading round (our own sentences of the same shapes).
def test_hedge_foils_are_not_nouns_in_ant_or_ive() -> None:
    from questions.generate.kinds.hedge_words import candidate_words

    words = candidate_words(
        "The new fee appears to have already hit the restaurant trade and the executive suites "
        "of the port the hardest.",
        "appears",
    )
    assert "restaurant" not in words and "executive" not in words and "already" in words


def test_a_source_after_and_is_cut_and_not_marked() -> None:
    text = story(
        "Anna Berg, president and chief executive of the Harbour Traders Association, stated: "
        "“It is not a political problem, it is a money problem.”"
    )
    for q in questions(text):
        if q.kind == "spot_the_cue" and "Traders" in q.evidence.text:
            marked_words = [q.options[i] for i in q.answer]
            assert marked_words[:1] != ["chief"], marked_words


@pytest.mark.parametrize(
    ("name", "headline"),
    [("Compares Brenner", True), ("Phrase Moss", True), ("Lena Moss", False), ("De Vries", False)],
)
def test_a_headlines_words_are_not_a_speakers_name(name: str, headline: bool) -> None:
    from questions.generate.registry import Context
    from questions.generate.sources import _headline_word_first

    analysis = analyze(story("Karl Brenner said the strike would end on Friday at noon."))
    assert _headline_word_first(Context(analysis, analysis.stories[0]), name) is headline


def test_called_the_charges_false_reads_without_that() -> None:
    text = story(
        "The Harbour Workers Union called the charges unfounded and fabricated by a former "
        "manager of the port.",
        "Port Director Lena Moss said the port had lost three million euros so far.",
    )
    for q in questions(text):
        if q.kind == "who_denied" and "charges" in q.prompt:
            assert "called that" not in q.prompt
            assert "called the charges unfounded" in q.prompt


# Seventh reading round (our own sentences of the same shapes).
@pytest.mark.parametrize(
    ("name", "shown"),
    [
        ("Ivo Lund.", "Ivo Lund"),
        ("Ivo Lund Jr.", "Ivo Lund Jr."),
        ("Ostra Ferries Inc.", "Ostra Ferries Inc."),
    ],
)
def test_an_option_keeps_no_stray_full_stop(name: str, shown: str) -> None:
    from questions.generate.text import option_name

    assert option_name(name) == shown


def test_joking_about_something_is_not_a_claim() -> None:
    text = story(
        "In a later interview with the Harbour Gazette, Lena Moss joked about moving to the "
        "islands if the strike went on all summer."
    )
    assert not [q for q in questions(text) if "claim that about" in q.prompt]
    assert not [q for q in questions(text) if q.kind == "source_check" and "islands" in q.prompt]


def test_the_outlets_aside_is_not_a_cue_to_mark() -> None:
    text = story(
        "Looks like someone told Karl Brenner that without the ferry vote he is finished in the "
        "port elections."
    )
    assert not [
        q for q in questions(text) if q.kind == "spot_the_cue" and "Looks" in q.evidence.text
    ]


# Fifth reading round: the outlet's figurative or interpretive sentences are not plain fact, even
# with a date in them; and a sentence with no figure or date to anchor it is not offered as fact.
FIGURATIVE_NOT_FACTS = [
    ("simile", "The mayor's harbour plan landed like a lead balloon on Tuesday.", "lead balloon"),
    (
        "swinging_at",
        "The harbour master kept swinging at the dockers' leaders all through Friday's meeting.",
        "kept swinging",
    ),
    (
        "mind_reading",
        "On Monday the port director was trying to convince the dockers that the offer was final.",
        "offer was final",
    ),
    (
        "stark_contrast",
        "Thursday's talks showed a stark gap between the two unions.",
        "stark gap",
    ),
    (
        "a_sign_of",
        "Ferry traffic fell by a third in May, a sign of the strike's long shadow over the town.",
        "a third",
    ),
    ("momentum", "After three days of talks the dockworkers have all the momentum.", "momentum"),
    ("no_anchor", "The unions hold every card in this dispute.", "every card"),
    (
        "manner_adverb",
        "The harbour board enthusiastically approved the new ferry timetable on 3 March.",
        "ferry timetable",
    ),
    (
        "colon_list",
        "Three harbours closed on Monday: Ostra; Lund, which had stayed open; and Bern.",
        "Lund",
    ),
    (
        "evaluative_adjectives",
        "The mayor began a determined tour of the docks on Monday after a gruelling week of talks.",
        "tour of the docks",
    ),
    (
        "personified",
        "As the pilots walked past the 40-metre cranes, their anger soon revealed itself.",
        "anger",
    ),
    ("no_anchor_mood", "Nobody in the harbour expects a quick end to the quarrel.", "quick end"),
]


@pytest.mark.parametrize(
    ("paragraph", "needle"),
    [c[1:] for c in FIGURATIVE_NOT_FACTS],
    ids=[c[0] for c in FIGURATIVE_NOT_FACTS],
)
def test_figurative_or_unanchored_sentences_are_not_facts(paragraph: str, needle: str) -> None:
    qs = questions(story(paragraph))
    assert not [q for q in qs if q.kind == "fact_or_claim" and needle in q.prompt]
    facts = [q for q in qs if q.kind == "fact_or_claim" and right(q) == FACT]
    assert any("closed to all traffic" in q.prompt for q in facts)  # a plain fact still is


@pytest.mark.parametrize(
    "sentence",
    [
        "The port was closed to all traffic on Tuesday after the talks collapsed.",
        "Forty ships were waiting outside the harbour.",
        "The union has 2,400 members.",
        "The ferry company cancelled its evening sailings last week.",
    ],
)
def test_concrete_sentences_can_be_facts(sentence: str) -> None:
    from questions.generate.kinds.fact_or_claim import is_concrete

    assert is_concrete(sentence)


def test_a_descriptor_before_a_name_is_not_shown_as_part_of_it() -> None:
    """ "Harbour-based Tom Alder said" names Tom Alder, in options and explanations alike."""
    text = story(
        "“The strike will end this week,” Harbour-based Tom Alder said on Monday.",
        "“Nobody is talking to anybody,” shipping analyst Jane Doe said.",
    )
    qs = questions(text)
    assert any("Tom Alder" in q.explanation for q in qs)
    for q in qs:  # the sentence quoted in an explanation keeps its words; the name does not
        shown = q.explanation.replace("Harbour-based Tom Alder said", "")
        assert "Harbour-based" not in shown, q.explanation
        if q.kind != "spot_the_cue":  # whose options are the sentence's own words
            assert not [o for o in q.options if "Harbour-based" in o]


# A pronoun whose resolved name is in neither its sentence nor the one before (and not the
# chain of one speaker) may be the wrong source: no question names it.
FAR_PRONOUN = story(
    "The Harbour Workers Union has long argued that pilots should be paid more than deckhands.",
    "The port authority changed course on Tuesday, putting out a new statement. In the case of "
    "pilots, it said, “the pay will rise by ten percent.”",
)


def test_a_pronoun_far_from_its_name_is_not_named_as_the_source() -> None:
    for q in questions(FAR_PRONOUN):
        if "ten percent" in q.prompt or "ten percent" in q.evidence.text:
            assert "Harbour Workers Union" not in q.explanation, (q.kind, q.explanation)
            assert "Harbour Workers Union" not in q.prompt


def test_the_chain_of_one_speaker_is_still_asked() -> None:
    text = story(
        "“The port must reopen,” Anna Berg said on Monday.",
        "“Nobody wins a long strike.” She added that the talks would resume on Thursday morning.",
    )
    qs = [q for q in questions(text) if q.kind == "who_said" and "resume" in q.prompt]
    assert qs and right(qs[0]) == "Anna Berg"


@pytest.mark.parametrize(
    ("paragraph", "cut"),
    [
        ("Most dockworkers in Ostra, Lund and Bern said they felt cheated by the port.", "Lund"),
        (
            "The angry, pro-union harbour newsletter reads: “The port authority has betrayed "
            "every worker.”",
            "pro-union",
        ),
    ],
    ids=["end_of_a_list", "after_an_adjective"],
)
def test_spot_the_cue_is_not_keyed_on_a_cut_source(paragraph: str, cut: str) -> None:
    for q in questions(story(paragraph)):
        if q.kind == "spot_the_cue" and q.evidence.text.startswith(paragraph[:20]):
            assert q.options[q.answer[0]] != cut, q.explanation


def test_a_correction_notice_is_not_a_fact() -> None:
    text = story(
        "Correction: An earlier version of this story gave the wrong date for Monday's talks."
    )
    assert not [q for q in questions(text) if "wrong date" in q.prompt]


def test_a_claim_cut_at_a_comma_is_not_a_statement() -> None:
    """ "X happened because of the “delay,” Doe said, that …": the content stops at a comma."""
    text = story(
        "The ferry was taken off the Lund route because of the “delay,” Anna Berg said, that the "
        "strike had caused all week."
    )
    assert not [q for q in questions(text) if q.kind == "fact_or_claim" and ",’." in q.prompt]
    assert not [q for q in questions(text) if q.kind == "fact_or_claim" and ",”." in q.prompt]


def test_a_role_described_for_someone_is_not_a_name() -> None:
    from questions.generate.sources import not_a_name

    assert not_a_name("Representative for Mr. Brenner")
    assert not_a_name("Spokeswoman for Anna Berg")
    assert not not_a_name("Secretary of State Anna Berg")


def test_the_outlet_quoting_someone_is_not_the_speaker() -> None:
    """ "The Gazette quoted an official as saying X": the official said X, not the Gazette."""
    text = story(
        "The Harbour Gazette quoted a port official as saying that the pilots had been paid "
        "twice in May."
    )
    for q in questions(text):
        if q.kind in ("who_said", "source_check") and "paid twice" in q.prompt:
            assert right(q) != "The Harbour Gazette", q.options
        if q.kind == "fact_or_claim" and "paid twice" in q.prompt:
            assert "Gazette’s claim" not in q.explanation


def test_he_said_is_never_a_newspaper() -> None:
    text = story(
        "The Ostra Star reported on Monday that the strike had ended after six days. “We cannot "
        "pay the pilots any more than that,” he said."
    )
    for q in questions(text):
        if "pilots any more" in q.evidence.text or "pilots any more" in q.prompt:
            assert "Ostra Star" not in q.explanation, (q.kind, q.explanation)
            if q.kind == "who_said":
                assert right(q) != "The Ostra Star"


def test_announcing_a_measure_is_an_act_not_a_claim() -> None:
    text = story(
        "In March, the harbour office announced a new 40% fee on foreign trawlers being moored in "
        "the port."
    )
    assert not [q for q in questions(text) if "40% fee" in q.prompt and q.kind != "spot_the_cue"]


def test_a_statement_keeps_one_full_stop_after_a_quotation() -> None:
    from questions.generate.text import statement_from_content

    content = "none of the old cranes were ''fit for the ships' needs.''"  # newspaper '' quotes
    statement = statement_from_content(content, None, None)
    assert statement.endswith("needs.”"), statement


@pytest.mark.parametrize(
    "name",
    ["Veteran Ostra union leader", "Rep. Anna Berg’s chief of staff", "The Ostra Republican"],
)
def test_roles_standing_for_a_person_are_not_options(name: str) -> None:
    from questions.generate.sources import is_role_only, not_a_name

    assert is_role_only(name) or not_a_name(name)


def test_the_person_someone_was_referring_to_is_not_a_claim() -> None:
    text = story(
        "The official Brenner kept referring to is Tom Alder, a pilot who grew up in Lund and "
        "has worked in the port since 2009."
    )
    qs = questions(text)
    assert not [q for q in qs if q.kind == "spot_the_cue" and "grew up in Lund" in q.evidence.text]


def test_declaring_a_need_is_an_act_not_a_claim() -> None:
    text = story("In her speech, Anna Berg declared the need for patience, courage and new cranes.")
    assert not [q for q in questions(text) if q.kind == "who_said" and "patience" in q.prompt]


def test_a_role_left_after_a_misread_is_not_an_answer() -> None:
    """An option is checked as shown: "partial support for the Ostra Republican" shows as
    "Ostra Republican", a role."""
    from questions.generate.sources import not_a_name
    from questions.generate.text import option_name

    assert not_a_name(option_name("partial support for the Ostra Republican"))


def test_a_fragment_is_not_a_wrong_option_of_what_denied() -> None:
    # "said the minister's remarks on wages when ...": a fragment, never offered as a claim
    text = story(
        "Transport Minister Karl Brenner rejected claims that the government had ordered police "
        "to break up the picket lines.",
        "Union leader Ana Pell said the minister's remarks on wages when the strike began in "
        "March.",
        "Port Director Lena Moss said the port had lost three million euros so far.",
    )
    what = [q for q in questions(text) if q.kind == "what_denied"]
    assert what
    assert right(what[0]).startswith("That the government had ordered police")
    assert not any("remarks on wages" in o for q in what for o in q.options)


# Deniers the story names by no name of their own: offered only in a clean, whole form.
def _who_denied(*paragraphs: str) -> list[Question]:
    return [q for q in questions(story(*paragraphs)) if q.kind == "who_denied"]


def test_unlisted_group_denier_is_offered_whole() -> None:
    (q,) = _who_denied(
        "Kaldovan officials denied that the smuggling ring had used the northern port."
    )
    assert right(q) == "Kaldovan officials"
    assert "Karl Brenner" not in q.options  # an official of the story may be one of them
    assert len(set(q.options)) == len(q.options) >= 3


def test_unlisted_role_of_a_named_principal_is_offered_whole() -> None:
    (q,) = _who_denied(
        "Aides to Governor Ana Soto denied that the budget had been leaked to reporters."
    )
    assert right(q) == "Aides to Governor Ana Soto"  # not "Ana Soto": she denied nothing
    assert "Ana Soto" not in q.options


def test_unlisted_role_of_the_principal_may_be_a_named_source() -> None:
    # "the shipping firm" may be Stena Line, a source of the story: no question
    assert not _who_denied(
        "Lawyers for the shipping firm denied that the captain had been drinking."
    )


def test_unlisted_institution_is_never_offered_beside_organisations() -> None:
    # "the university" may be Ostra University (Maria Lind's): only people could be wrong options
    for q in _who_denied(
        "The university denied that the dean had accepted money from the shipping firm."
    ):
        assert "Maria Lind" not in q.options and "Stena Line" not in q.options


def test_unlisted_denier_with_a_pronoun_of_someone_else_is_not_asked() -> None:
    qs = questions(story("Aides to Governor Ana Soto denied that she had met the developer."))
    assert not [q for q in qs if q.kind in ("who_denied", "what_denied")]


def test_a_name_with_a_particle_is_a_denier_to_offer() -> None:
    (q,) = _who_denied(
        "Mayor Bill de Blasio rejected claims that the city had hidden the flood report."
    )
    assert right(q) == "Bill de Blasio"


def test_a_pronoun_after_the_one_told_is_not_the_source() -> None:
    # "telling her … that she should resign": "she" is the one told, not Vera Holm
    text = story(
        "Vera Holm, the union's former leader, confronted her at the meeting, telling her in "
        "front of the members that she should resign before the vote."
    )
    assert not any("Vera Holm should resign" in q.prompt for q in questions(text))


def test_a_pronoun_of_another_number_than_the_one_told_is_the_source() -> None:
    text = story(
        "Port Director Lena Moss told them at the meeting that she would stay until the strike "
        "was over."
    )
    assert any("Lena Moss would stay" in q.prompt for q in questions(text))
