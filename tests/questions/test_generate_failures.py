"""Regression cases for the failure categories of issue 7's reading of unseen news, end to end
(``analyze`` then ``generate``). Every story here was written for these tests in the language of
news; none is taken from a corpus. Golden tables name each case after what went wrong."""

from __future__ import annotations

import re
from types import SimpleNamespace

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
    # what the kinds build, before giveaway.py thins the questions that give each other away
    return generate(analyze(text), thin_giveaways=False)


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
        ("former secretary of state Lena Moss", "Lena Moss"),
        ("the Royal Navy", "The Royal Navy"),
        ("Ivo Sand", "Ivo Sand"),
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
        if KINDS[kind].multi:  # spot_the_cue: its share rounded down, no minimum
            assert len(mine) <= max(1 if len(mine) == len(qs) else 0, int(len(qs) * 0.3)), kind
        else:
            assert len(mine) <= max(2, int(len(qs) * KINDS[kind].share)), kind


def _fake(kind: str, n: int) -> list[Question]:
    """Stand-ins for a kind's questions: the cap reads only their answers."""
    return [SimpleNamespace(kind=kind, answer=i) for i in range(n)]  # type: ignore[misc]


@pytest.mark.parametrize(
    ("others", "spots", "kept"),
    [
        (0, 3, 1),  # nothing else to ask: the story keeps one spot_the_cue question
        (1, 3, 0),  # one other question: spot_the_cue would be half the story
        (2, 3, 0),
        (3, 3, 1),  # 30% of 4 questions
        (5, 3, 2),  # 30% of 7 questions
        (7, 3, 3),  # 30% of 10 questions
    ],
)
def test_spot_the_cue_never_outnumbers_the_other_kinds(others: int, spots: int, kept: int) -> None:
    from questions.generate import _cap_shares

    story_kinds = {"spot_the_cue": _fake("spot_the_cue", spots)}
    story_kinds["who_said"] = _fake("who_said", min(others, 2))
    story_kinds["fact_or_claim"] = _fake("fact_or_claim", max(0, others - 2))
    _cap_shares(story_kinds)
    assert len(story_kinds["spot_the_cue"]) == kept
    other = sum(len(v) for k, v in story_kinds.items() if k != "spot_the_cue")
    assert other == others and (other == 0 or kept <= other)


def test_spot_the_cue_is_at_most_thirty_percent_of_an_own_story() -> None:
    lines = [
        f"Councillor {name} Varga said the ferry to Lindholm would stop running on day {n}."
        for n, name in enumerate(("Ada", "Bela", "Csilla", "Dora", "Edit", "Flora"), start=3)
    ]
    qs = questions(story(*lines))
    spots = [q for q in qs if q.kind == "spot_the_cue"]
    assert len(qs) > len(spots) and len(spots) <= int(0.3 * len(qs))


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
    """ "he" here may be Mr. Reed, named just before it, so it is not made the speaker's name."""

    def ruin(paragraph: str) -> list[Question]:
        return [q for q in questions(story(paragraph)) if "Tom Hale had ruined" in q.prompt]

    # control: with no other name between the speaker and "he", the claim is asked with his name
    assert ruin(
        "Tom Hale turned on the coach on Monday and said that he had ruined the Westford swim "
        "team for good."
    )
    paragraph = (
        "Tom Hale turned on Mr. Reed on Monday and said that he had ruined the Westford swim "
        "team for good."
    )
    assert not ruin(paragraph)
    assert not [
        q for q in questions(story(paragraph)) if q.kind == "who_said" and "ruin" in q.prompt
    ]


def test_a_titled_name_in_the_speaker_description_makes_the_pronoun_ambiguous() -> None:
    """ "he" may be Mr. Reed, named in the speaker's own relative clause: not made Tom Hale."""

    def ruin(paragraph: str) -> list[Question]:
        return [q for q in questions(story(paragraph)) if "Tom Hale had ruined" in q.prompt]

    # control: the same sentence with no rival name in the description keeps the question
    assert ruin(
        "Tom Hale, who had argued with the board, said on Monday that he had ruined the "
        "Westford swim team for good."
    )
    assert not ruin(
        "Tom Hale, who had argued with Mr. Reed, said on Monday that he had ruined the "
        "Westford swim team for good."
    )


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
        "In one way, what the two clubs are doing is usual at the close of long seasons.",
        "usual at the close",
    ),
    (
        "spotlight",
        "At the fair on Sunday, the spotlight was on the town clerk.",
        "town clerk",
    ),
]
# the same sentence without the interpreting word is asked as a fact: the case tests the word
PLAIN_TWIN = {"spotlight": "At the fair on Sunday, the mayor was with the town clerk."}


@pytest.mark.parametrize(
    ("case", "paragraph", "needle"), MORE_NOT_FACTS, ids=[c[0] for c in MORE_NOT_FACTS]
)
def test_interpretation_is_never_offered_as_fact(case: str, paragraph: str, needle: str) -> None:
    qs = questions(story(paragraph))
    assert not [q for q in qs if q.kind == "fact_or_claim" and needle in q.prompt]
    if case in PLAIN_TWIN:
        twin = questions(story(PLAIN_TWIN[case]))
        assert [q for q in twin if q.kind == "fact_or_claim" and needle in q.prompt]


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
    (  # the judging word keeps the whole paragraph from being asked as fact
        "impressive",
        "Tom Hale, a bakery owner, opened a campaign office on Main Street on Monday. He has "
        "raised an impressive sum of money.",
        "campaign office",
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


def test_without_the_judging_word_the_paragraph_is_asked_as_fact() -> None:
    """The control for the "impressive" case above: the same paragraph with a plain word."""
    paragraph = (
        "Tom Hale, a bakery owner, opened a campaign office on Main Street on Monday. He has "
        "raised a large sum of money."
    )
    qs = questions(story(paragraph))
    assert [q for q in qs if q.kind == "fact_or_claim" and "campaign office" in q.prompt]


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
    def asked(paragraph: str) -> list[Question]:
        return [q for q in questions(story(paragraph)) if asked_about(q, "Westford pool")]

    # control: what a claim verb introduces is asked about
    assert asked("Ann Reed said the Westford pool reopened on Monday after three months.")
    assert not asked(
        "Ann Reed encouraged the swimmers as the Westford pool reopened on Monday after three "
        "months."
    )


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
    def asked(verb: str) -> list[Question]:
        text = story(
            f"Ann Reed {verb} on Monday that Acme Bank had never closed the swim club's old "
            "account."
        )
        return [q for q in questions(text) if asked_about(q, "never closed")]

    assert asked("said")  # control: the same sentence with a claim verb is asked about
    assert not asked("learned")


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
        "The new tax appears to have already hurt the restaurant owners and the executive staff "
        "of Acme the most.",
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
    line = "Ann Reed, the fair director, said the Westford fair would open on Saturday, June 3."
    # control: the same line as plain reporting is asked about
    assert [q for q in questions(story(line)) if asked_about(q, "Westford fair")]
    text = story("Correction: " + line)
    assert not [q for q in questions(text) if asked_about(q, "Westford fair")]
    # and "Correction" is a label, never a source making a claim
    claims = [c for s in analyze(text).stories for c in s.claims]
    assert not [c for c in claims if c.source == "Correction"]


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


# Reading round 1 (helper "reading"): our own sentences of the shapes that failed.
def test_a_capitalised_adjective_opening_a_sentence_is_not_a_source() -> None:
    text = story(
        "Anna Berg said the harbour had lost money for three years.",
        "Private ferries cover the gap with dearer tickets, fuller decks by admitting extra "
        "foreign and local vans, smaller crews and fewer crossings. Those cuts may also harm "
        "safety, she said. Ostra has many private firms.",
    )
    for q in questions(text):
        assert "Private" not in q.options, (q.kind, q.options)


def test_a_surname_alone_takes_the_full_name_met_before() -> None:
    text = story(
        "Thomas Hallberg, a crane driver who has worked in the port for 20 years, waved at the "
        "crowd.",
        "“We will not go back until the offer is fair,” Hallberg said on Monday.",
    )
    from questions import analyze

    sources = {c.source for s in analyze(text).stories for c in s.claims}
    assert "Thomas Hallberg" in sources and "Hallberg" not in sources


def test_a_surname_shared_by_two_people_is_not_expanded() -> None:
    text = story(
        "Thomas Hallberg and his sister Eva Hallberg both drive cranes in the port.",
        "“We will not go back until the offer is fair,” Hallberg said on Monday.",
    )
    from questions import analyze

    sources = {c.source for s in analyze(text).stories for c in s.claims}
    assert "Thomas Hallberg" not in sources and "Eva Hallberg" not in sources


def test_short_shrift_is_not_a_plain_fact() -> None:
    from questions.generate.kinds.fact_or_claim import is_analysis

    assert is_analysis("The pool budget has been given short shrift by all 4 council members.")
    assert not is_analysis("The ferry left the port at 6 a.m. on Monday with 40 cars.")


def test_a_continued_quotation_is_explained_without_made_up_cue_words() -> None:
    text = story(
        "“The talks are over,” Karl Brenner said on Monday. “The government has made its last "
        "offer to the dockworkers and will not raise it again this year.”"
    )
    for q in questions(text):
        assert "quotation continued from" not in q.explanation, q.explanation


# Reading round 2 (helper "reading").
def test_a_common_noun_before_a_surname_is_not_an_option() -> None:
    text = story(
        "“The harbour is ours,” Karl Brenner said in May. The phrase Brenner cited is sung in "
        "old union songs, where workers sang about the cranes."
    )
    from questions.generate.registry import Context
    from questions.generate.sources import story_sources

    analysis = analyze(text)
    for st in analysis.stories:
        keys = story_sources(Context(analysis, st))
        assert not [k for k in keys if k.startswith("phrase")], list(keys)


def test_a_clause_opening_on_a_quoted_phrase_is_asked_as_a_clause() -> None:
    from questions.generate.kinds.who_said import prompt_for
    from questions.model import Claim

    said = "“a fair deal” can still end the strike before the summer"
    partial = Claim(
        line=1,
        sentence="Anna Berg has said that " + said + ".",
        sentence_span=(0, 10),
        source="Anna Berg",
        source_text="Anna Berg",
        source_kind="person",
        source_span=None,
        cue="has said",
        cue_span=None,
        content=said,
        content_span=(0, 10),
        quote="partial",
        stance="asserts",
    )
    assert prompt_for(partial, said).startswith("According to the story, who said that")


def test_a_statement_cut_by_its_attribution_is_not_asked() -> None:
    text = story(
        "The new law would stop the mayor from closing the port without a vote - a rule, Brenner "
        "said, that is meant to keep the council in charge of the harbour."
    )
    for q in questions(text):
        if q.kind in ("who_said", "fact_or_claim"):
            assert "a rule" not in q.prompt, q.prompt


def test_a_quotation_that_trails_off_is_not_a_claim() -> None:
    text = story(
        "“The cranes are older than any of us, and the pilots know it,” Anna Berg said on Monday.",
        "“Now that the worst of the strike is over and done with...,” she said.",
    )
    for q in questions(text):
        if q.kind in ("who_said", "spot_the_cue", "fact_or_claim"):
            assert "worst of the strike" not in q.evidence.text, (q.kind, q.prompt)


# Reading round 3 (helper "reading").
def test_she_is_never_replaced_by_a_mans_name() -> None:
    from questions.generate.text import replace_leading_pronoun

    content = "she should face no charges over the lost cargo"
    assert replace_leading_pronoun(content, "Thomas Hallberg", "official") == content
    assert replace_leading_pronoun("he should resign", "Thomas Hallberg", "official").startswith(
        "Thomas Hallberg"
    )
    text = story(
        "In May, harbour chief Thomas Hallberg called the mayor’s care of the lost cargo "
        "“sloppy,” but said she should not be fined, a view the council later shared."
    )
    for q in questions(text):
        assert "Thomas Hallberg should" not in q.prompt, q.prompt


def test_a_statement_whose_subject_was_cut_off_is_not_asked() -> None:
    text = story(
        "The harbour club’s new sauna, Ms. Lind said, “is the clearest sign of change” in the "
        "tastes of the town."
    )
    for q in questions(text):
        if q.kind in ("who_said", "fact_or_claim"):
            assert "clearest sign" not in q.prompt, q.prompt


def test_a_misspelt_name_is_never_a_wrong_option_for_the_right_one() -> None:
    from questions.generate.sources import SourceInfo, conflicts

    right = SourceInfo("anna johnson", "Anna Johnson", "person", {"anna", "johnson"})
    typo = SourceInfo("jonson", "Jonson", "person", {"jonson"})
    other = SourceInfo("maria lind", "Maria Lind", "person", {"maria", "lind"})
    assert conflicts(typo, right) and not conflicts(other, right)


def test_a_titled_surname_takes_the_full_name_with_a_middle_initial() -> None:
    text = story(
        "Eva B. Hallberg, a lawyer in Lund who advises ferry owners, has helped small firms adapt.",
        "The new terminal, Ms. Hallberg said, shows how the harbour can change. “It is a gift "
        "to us,” she said on Monday.",
    )
    sources = {c.source for s in analyze(text).stories for c in s.claims}
    assert "Eva B. Hallberg" in sources and "Hallberg" not in sources


def test_mr_is_never_expanded_to_a_womans_name() -> None:
    text = story(
        "Eva Hallberg, a lawyer in Lund, has helped small firms adapt.",
        "“The terminal is a gift to the whole town,” Mr. Hallberg said on Monday.",
    )
    sources = {c.source for s in analyze(text).stories for c in s.claims}
    assert "Eva Hallberg" not in sources


def test_a_claim_by_a_common_noun_keeps_its_article() -> None:
    from questions.generate.explain import claim_of

    assert claim_of("group", False) == "a claim made by the group"
    assert claim_of("experts", False) == "a claim made by experts"


# Reading round 4 (helper "reading").
def test_spot_the_cue_does_not_key_the_description_after_a_name() -> None:
    text = story(
        "Ivo Lund, a senior harbour pilot, warned on Monday that the strike would hurt the port "
        "for years by sending shipping lines to rival harbours."
    )
    found = False
    for q in questions(text):
        if q.kind == "spot_the_cue" and "Ivo Lund" in q.evidence.text:
            assert isinstance(q.answer, tuple)
            keyed = [q.options[i] for i in q.answer]
            assert keyed == ["Ivo", "Lund,", "warned"], keyed
            # the marked words as the pupil finds them, the description left out: "Ivo Lund …
            # warned" (words of the story in their order, not glued into "Ivo Lund warned")
            assert "“Ivo Lund … warned”" in q.explanation, q.explanation
            found = True
    assert found


# Reading round 5 (helper "reading").
def test_a_title_before_a_given_name_is_not_part_of_the_name() -> None:
    text = story(
        "Harbour Majority Whip Carl Benson (R-Ost.) replied by holding up a chart of the empty "
        "berths.",
        "“Here is what the strike really costs,” he said on Monday.",
    )
    sources = {c.source for s in analyze(text).stories for c in s.claims}
    assert "Whip Carl" not in sources and "Carl Benson" in sources, sources


def test_a_comparative_before_a_surname_is_not_a_name() -> None:
    from questions.generate.sources import not_a_name
    from questions.generate.text import option_name

    assert not_a_name(option_name("more moderate Lund"))


def test_a_participle_with_its_own_subject_is_not_the_sources() -> None:
    text = story(
        "Ostra was never far from the minds of the crowd, with many dockers and their families "
        "chanting “Pay the pilots” and “Open the gates.”"
    )
    from questions.generate.registry import Context
    from questions.generate.sources import doubtful_source, story_sources

    analysis = analyze(text)
    seen = False
    for st in analysis.stories:
        ctx = Context(analysis, st)
        assert "ostra" not in story_sources(ctx)
        for c in st.claims:
            if c.cue == "chanting" and c.source == "Ostra":
                seen = True
                assert doubtful_source(ctx, c)
    assert seen  # the analysis still reads it so; the questions must not


def test_the_other_is_not_a_stand_alone_statement() -> None:
    def statements(club: str) -> list[str]:
        text = story(
            f"Tom Hale said on Monday that the {club} club had broken the pool rules twice."
        )
        return [q.prompt for q in questions(text) if q.kind == "fact_or_claim"]

    # control: with a named club the claim is a fact_or_claim statement
    assert [p for p in statements("Acme") if p.startswith("“The Acme club")]
    assert not [p for p in statements("other") if p.startswith("“The other")]


def test_spot_the_cue_does_not_key_an_age_after_a_name() -> None:
    text = story(
        "Ivo Lund, 47, a harbour pilot from Lund, said the strike could ruin the small family "
        "firms that build boats on the quay."
    )
    keyed = [
        [q.options[i] for i in q.answer]
        for q in questions(text)
        if q.kind == "spot_the_cue"
        and "Ivo Lund" in q.evidence.text
        and isinstance(q.answer, tuple)
    ]
    assert keyed == [["Ivo", "Lund,", "said"]], keyed


# Reading round 6 (helper "reading").
def _story_keys(text: str) -> set[str]:
    from questions.generate.registry import Context
    from questions.generate.sources import story_sources

    analysis = analyze(text)
    return {k for st in analysis.stories for k in story_sources(Context(analysis, st))}


def _spot_candidates(text: str) -> list[Question]:
    """The spot_the_cue builder's questions before any kind's share of the story is capped."""
    from questions.generate.registry import Context

    analysis = analyze(text)
    return [
        q for st in analysis.stories for q in KINDS["spot_the_cue"].build(Context(analysis, st))
    ]


def test_records_named_before_which_are_not_a_source() -> None:
    from questions.generate.sources import is_record
    from questions.model import Claim

    written = "which showed he was fit for duty"
    relative = Claim(
        line=1,
        sentence=written,
        sentence_span=(0, len(written)),
        source="medical records in May",
        source_text="which",
        source_span=(0, 5),
        source_kind=None,
        cue="showed",
        cue_span=(6, 12),
        content="he was fit for duty",
        content_span=(13, len(written)),
        stance="asserts",
        quote="indirect",
    )
    assert is_record(relative)


def test_a_noun_before_a_participle_is_its_subject() -> None:
    text = story(
        "The Harbour Joe cartoon of a grumpy docker mocking bankers and tourists left out "
        "most of the port's past."
    )
    assert not [k for k in _story_keys(text) if "joe" in k]


def test_a_role_in_capitals_before_a_name_gives_the_name() -> None:
    text = story(
        "The Ostra Line's CEO, Anna Berg, said the two ferry firms had agreed on the new fares."
    )
    sources = {c.source for s in analyze(text).stories for c in s.claims}
    assert "Anna Berg" in sources and "Ostra Line's CEO" not in sources, sources


def test_spot_the_cue_skips_a_role_whose_name_follows() -> None:
    text = story(
        "In late June, Reed’s Westford pool director, Tom Park, contacted the council, writing "
        "in a letter: “We need the pool back by July.”"
    )
    assert not [q for q in _spot_candidates(text) if "Tom Park" in q.evidence.text]


def test_spot_the_cue_keys_the_verb_and_the_channel() -> None:
    # the question asks who and how: "in a recent interview" is part of the how (helper f5)
    text = story(
        "“The ferries open the season ahead of their rivals thanks to the crews the union has "
        "trained,” Anna Berg said in a recent interview."
    )
    keyed = [
        [q.options[i] for i in q.answer]
        for q in questions(text)
        if q.kind == "spot_the_cue"
        and "open the season" in q.evidence.text
        and isinstance(q.answer, tuple)
    ]
    assert keyed == [["Anna", "Berg", "said", "in", "a", "recent", "interview."]], keyed


def test_a_one_word_quotation_is_not_a_claim_to_mark() -> None:
    text = story("“Safety,” said Ivo Lund, a strike supporter.")
    assert not [q for q in _spot_candidates(text) if "Safety" in q.evidence.text]


def test_a_statement_cut_by_a_second_attribution_is_not_asked() -> None:
    text = story(
        "In a memo released on Tuesday, union leader Anna Berg acknowledged the port and the "
        "union had each won one of the first two votes, which is a result, she said, “everyone "
        "saw coming.”"
    )
    for q in questions(text):
        assert "a result?" not in q.prompt and "a result.”" not in q.prompt, q.prompt


def test_a_counterfactual_is_not_a_plain_fact() -> None:
    from questions.generate.kinds.fact_or_claim import is_analysis

    assert is_analysis(
        "If the port had not raised its fees in 2015, the ferries wouldn’t be half empty today."
    )
    assert not is_analysis("The ferry left the port at 6 a.m. on Monday with 40 cars.")


# Reading round 7 (helper "reading").
def test_a_subordinator_never_opens_an_option() -> None:
    from questions.generate.sources import not_a_name

    assert not_a_name("Although Lund") and not_a_name("Because Berg")
    assert not not_a_name("Anna Berg")


def test_who_said_prompts_drop_an_opening_but_and_keep_curly_quotes() -> None:
    from types import SimpleNamespace

    from questions.generate.kinds.who_said import prompt_for

    reported = SimpleNamespace(quote="indirect")
    prompt = prompt_for(reported, "but the port has seen a surge of new ferry lines")  # type: ignore[arg-type]
    assert (
        prompt
        == "According to the story, who said that the port has seen a surge of new ferry lines?"
    )
    prompt = prompt_for(reported, 'the strike was "a gift to the shipping firms."')  # type: ignore[arg-type]
    assert prompt.endswith("was “a gift to the shipping firms”?"), prompt


# Reading round 8 (helper "reading").
def test_a_poll_figure_is_not_someones_claim() -> None:
    from questions.generate.claims import _FIGURE_SOURCE

    assert _FIGURE_SOURCE.match("63 percent") and _FIGURE_SOURCE.match("about 40%")
    assert not _FIGURE_SOURCE.match("Anna Berg")


def test_a_description_of_a_person_is_not_an_option() -> None:
    from questions.generate.sources import _common_noun_first

    assert _common_noun_first("best friend at Lund")
    assert not _common_noun_first("host Anna Berg")
    assert not _common_noun_first("the Institute for Harbour Studies")


def test_spot_the_cue_skips_a_sentence_glued_to_a_heading() -> None:
    text = story(
        "THE MAYOR IS UNDER PRESSURE As the strike drags on, Anna Berg said the mayor has "
        "“run out of friends.”"
    )
    assert not [q for q in _spot_candidates(text) if "PRESSURE" in q.evidence.text]


# Reading round 9 (helper "reading").
def test_a_polling_average_is_evidence_not_a_speaker() -> None:
    from types import SimpleNamespace

    from questions.generate.sources import is_record

    average = SimpleNamespace(
        source_kind=None,
        source="Gazette polling average in Ostra",
        source_text="the Gazette polling average in Ostra",
    )
    assert is_record(average)  # type: ignore[arg-type]


def test_a_clause_opening_on_which_is_a_fragment() -> None:
    from questions.generate.text import not_a_sentence

    assert not_a_sentence("Which were in addition to the fees the harbour office admitted.")
    assert not not_a_sentence("Which ferry will sail first?")


def test_a_party_and_state_after_a_name_is_not_an_option() -> None:
    from questions.generate.sources import not_a_name

    assert not_a_name("Republican of Ostra") and not_a_name("Democrat of Lund")


def test_a_person_is_never_shown_with_the() -> None:
    from types import SimpleNamespace

    from questions.generate.sources import display_for

    none = SimpleNamespace(sentences=[])
    ctx = SimpleNamespace(
        story_norm="anna berg said so. the anna berg campaign bought ads.", story=none, cache={}
    )
    assert display_for(ctx, "Anna Berg") == "Anna Berg"  # type: ignore[arg-type]
    ctx = SimpleNamespace(story_norm="the harbour policy center said so.", story=none, cache={})
    assert display_for(ctx, "Harbour Policy Center") == "the Harbour Policy Center"  # type: ignore[arg-type]


def test_the_place_after_across_is_not_the_speaker() -> None:
    text = story(
        "Editors across the region, including the Harbour Gazette, warned that the strike "
        "would ruin the summer season."
    )
    for q in questions(text):
        assert "by the region" not in q.explanation and "“the region" not in q.explanation


# A plain concrete sentence, asked as a fact on its own: beside a sentence of interpretation in
# one paragraph it is not, since the paragraph is then read as analysis (``_line_ok``). Sentences
# of interpretation are often refused by plain_fact anyway (an adverb, a verb in -ed), so a test
# of a lexicon entry puts its sentence beside this one: only the entry keeps this one out.
PLAIN = "The ferry company closed its ticket office on Main Street on Monday."


def plain_asked(paragraph: str) -> bool:
    qs = questions(story(paragraph))
    return any(q.kind == "fact_or_claim" and "ticket office" in q.prompt for q in qs)


def test_the_plain_sentence_is_asked_alone() -> None:
    assert plain_asked(PLAIN)


def test_proved_that_is_an_argument_not_a_fact() -> None:
    assert not plain_asked(PLAIN + " Last week proved that the ferry boycott works.")


def test_who_said_never_asks_about_a_quotation_with_its_own_attribution() -> None:
    from questions.generate.kinds.who_said import _NESTED_SAID

    assert _NESTED_SAID.search(
        "“The port keeps sending excuses. Will it ever end?,” the judge said"
    )
    assert not _NESTED_SAID.search("the port will reopen on Monday")


def test_a_quotation_opening_on_a_question_is_not_a_claim() -> None:
    from questions.generate.text import opens_on_question

    assert opens_on_question("“Any more questions? Right, thanks to you all,”")
    assert not opens_on_question("“The port will reopen. Will it last?”")


def test_the_name_set_off_after_a_supporter_is_the_speaker() -> None:
    from types import SimpleNamespace

    from questions.generate.sources import _other_name_in_apposition

    claim = SimpleNamespace(
        source="Karl Brenner", source_text="Mr. Brenner, Ivo Lund of the Lund Ferry Club"
    )
    assert _other_name_in_apposition(claim)
    claim = SimpleNamespace(source="Ivo Lund", source_text="Ivo Lund, South Ostra director")
    assert not _other_name_in_apposition(claim)


# Reading round 10 (helper "reading").
def test_as_someone_proposes_is_not_a_claim() -> None:
    text = story(
        "A reader may well weigh up the price of a ferry levy kept for the harbour school, as Karl "
        "Brenner proposes."
    )
    assert not [q for q in questions(text) if q.kind in WHOSE_CLAIM and "ferry levy" in q.prompt]


def test_an_institution_keeps_its_whole_name_as_an_option() -> None:
    from questions.generate.text import option_name

    assert option_name("progressive Center for Harbour and Ferry Research") == (
        "Center for Harbour and Ferry Research"
    )
    assert option_name("host Anna Berg") == "Anna Berg"


def test_the_person_before_an_appositive_is_the_speaker() -> None:
    from questions.generate.sources import _person_before_apposition

    text = "Giovanni Maria Rossi, the editor of the port paper, L’Eco, said so."
    at = text.index("the editor")
    assert _person_before_apposition(text, 0, at, "L’Eco")
    text = "On Thursday, Anna Berg said so."
    assert not _person_before_apposition(text, 0, text.index("Anna"), "Anna Berg")


def test_a_panel_led_by_someone_is_not_that_person() -> None:
    text = story(
        "A panel of captains led by the Gazette’s Ivo Lund agreed on Saturday that the mayor’s "
        "ferry tax is a cheap gimmick that would never pay for the new quay."
    )
    for q in questions(text):
        if q.kind in ("who_said", "spot_the_cue") and "cheap gimmick" in q.evidence.text:
            assert q.kind != "who_said" or right(q) != "Ivo Lund", q.options
            assert q.kind != "spot_the_cue", q.explanation


def test_a_nationality_before_a_noun_is_not_a_speaker() -> None:
    from questions.generate.sources import not_a_name

    assert not_a_name("La Gazzetta in Ostra)")
    text = story(
        "In 2013, a Zembian group supporting the old regime took over the Gazette’s account "
        "and posted a false report of an explosion at the port."
    )
    assert "zembian" not in _story_keys(text)


def test_a_who_said_clause_with_its_own_said_is_not_asked() -> None:
    from questions.generate.kinds.who_said import _SAID_WORD

    assert _SAID_WORD.search("Brenner said at a press conference")
    assert not _SAID_WORD.search("the port will reopen on Monday")


def test_a_statement_cut_inside_a_noun_phrase_is_not_asked() -> None:
    from types import SimpleNamespace

    from questions.generate.kinds.fact_or_claim import _cut_short

    text = "Experts say rival ports hide fictive, harmful entries among true figures."
    cut = text.index(",")
    claim = SimpleNamespace(
        content=text[12:cut],
        content_span=(12, cut),
        sentence_span=(0, len(text)),
        cue_span=(8, 11),
        source_span=(0, 7),
    )
    assert _cut_short(text, claim)  # type: ignore[arg-type]
    text = "Experts say the port is costly, he added."
    claim.content, claim.content_span = text[12:30], (12, 30)
    claim.sentence_span = (0, len(text))
    assert not _cut_short(text, claim)  # type: ignore[arg-type]


def test_a_verbless_quotation_is_not_a_claim_to_mark() -> None:
    text = story("“All thanks to the harbour pilots,” Anna Berg added on Monday.")
    assert not [q for q in _spot_candidates(text) if "All thanks" in q.evidence.text]


def test_interpretive_framing_is_not_a_plain_fact() -> None:
    for sentence in (
        "The two clubs’ petition is part of a broader effort among Westford’s older residents to "
        "keep the port open in 2019.",
        "In 2019 the two swim clubs joined a broader effort by Westford residents to keep the "
        "pool open.",
        "The play paints an unflattering portrait of the port council and its 9 members.",
        "Maria Lopez cast herself as a friend of the port workers in a speech on June 3, 2018.",
    ):
        qs = questions(story(sentence))
        assert not [
            q
            for q in qs
            if q.kind == "fact_or_claim" and right(q) == FACT and sentence[:20] in q.prompt
        ], sentence
    # control: the same sentence without the framing word is asked as a fact
    plain = (
        "In 2019 the two swim clubs joined an effort by Westford residents to keep the pool open."
    )
    assert [
        q
        for q in questions(story(plain))
        if q.kind == "fact_or_claim" and right(q) == FACT and plain[:20] in q.prompt
    ]


# Reading round 11 (helper "reading").
def test_the_and_a_state_is_not_an_option() -> None:
    from questions.generate.sources import not_a_name

    assert not_a_name("The Ohio") and not not_a_name("The Kremlin")


def test_an_outlet_reading_a_mood_is_not_a_plain_fact() -> None:
    mood = "On Friday, the mayor was still publicly miffed over the union’s 2 new demands."
    text = story(mood)
    assert not [q for q in questions(text) if q.kind == "fact_or_claim" and "miffed" in q.prompt]
    assert not plain_asked(PLAIN + " " + mood)


def test_claims_by_another_or_a_possessive_office_read_well() -> None:
    from questions.generate.explain import claim_of
    from questions.generate.text import display_name

    assert claim_of("another Ostra Republican", False) == "a claim made by another Ostra Republican"
    assert display_name("Anna Berg’s office") == "Anna Berg’s office"
    assert display_name("Harbour Office") == "the Harbour Office"


def test_spot_the_cue_skips_his_insistence() -> None:
    text = story(
        "Part of Anna Berg’s message, naturally, is her insistence that the union will turn out "
        "crowds of angry dockworkers the old port board can never match."
    )
    assert not [q for q in _spot_candidates(text) if "insistence" in q.evidence.text]


# Reading round 12 (helper "reading").
def test_a_name_cut_at_a_misdecoded_accent_is_not_an_option() -> None:
    from questions.generate.sources import cut_in_word, not_a_name

    assert not_a_name("Ana MartA") and not not_a_name("Ronald McDonald")
    assert cut_in_word("Ana MartÃ­nez said", len("Ana Mart"))
    assert not cut_in_word("Ana Martinez said", len("Ana Martinez"))


def test_a_place_abbreviation_is_not_marked_as_the_speaker() -> None:
    text = story(
        "Federal officials familiar with the crane taken from the mayor's yard in Lund, Ost., "
        "talking on the condition that they not be named since they could not discuss the "
        "inquiry, said the crane carried two new safety locks."
    )
    for q in _spot_candidates(text):
        assert "Ost.," not in [q.options[i] for i in q.answer], q.explanation


def test_a_worry_is_not_something_said() -> None:
    text = story(
        "The Zembian government is worried that the strike could hurt foreign buyers and "
        "visitors and lead to harsher port rules in the future."
    )
    assert not [q for q in questions(text) if q.kind == "who_said" and "visitors" in q.prompt]


def test_evaluative_turns_are_not_plain_facts() -> None:
    for sentence in (
        "New cranes and 300 cameras have drastically transformed the harbour since 2010.",
        "Anna Berg edged out Karl Brenner in Tuesday’s vote, a wild turnaround from 2008.",
    ):
        qs = questions(story(sentence))
        assert not [q for q in qs if q.kind == "fact_or_claim" and sentence[:15] in q.prompt]
        assert not plain_asked(PLAIN + " " + sentence), sentence


# Reading round 13 (helper "reading").
def test_an_angered_by_opener_is_not_a_plain_fact() -> None:
    text = story("Irritated by the port fees of 2016, Anna Berg ran petitions against the board.")
    assert not [q for q in questions(text) if q.kind == "fact_or_claim" and "Irritated" in q.prompt]


def test_doubled_quotes_never_come_out_garbled() -> None:
    text = story("''Ferry crews'' have ''no wish to strand anyone,'' Karl Brenner said.")
    for q in questions(text):
        if q.kind in ("who_said", "fact_or_claim", "spot_the_cue"):
            assert "crews‘ have ’" not in q.prompt and "''" not in q.prompt, q.prompt


def test_possessives_and_documents_are_not_options() -> None:
    from questions.generate.sources import not_a_name

    assert not_a_name("Brenner's") and not_a_name("The Ninth Amendment")
    assert not not_a_name("Karl Brenner")


def test_cue_words_far_from_their_source_are_not_glued() -> None:
    text = story(
        "Lund had earlier denied rumours he was writing a memoir by tweeting that “I am "
        "bound by a silence clause with the port board.”"
    )
    for q in questions(text):
        assert "“he tweeting”" not in q.explanation, q.explanation
    from questions.generate.explain import _apart

    assert _apart((10, 12), (45, 53)) and not _apart((0, 5), (6, 10))


def test_an_expectation_is_not_a_claim() -> None:
    text = story(
        "The main point the union’s leaders expect the mayor to keep making is one he is "
        "equipped to deliver: that the port board is unfit to run the harbour."
    )
    assert not [q for q in _spot_candidates(text) if "expect" in q.evidence.text]
    from questions.generate import lexicon

    assert {"expect", "expects", "expected"} <= lexicon.words("nonclaim_cues")


def test_another_show_of_strength_is_interpretation() -> None:
    text = story(
        "Anna Berg’s candidates won 18 of 25 seats on the port board over the weekend in another "
        "show of muscle over Karl Brenner."
    )
    assert not [q for q in questions(text) if q.kind == "fact_or_claim" and "18 of 25" in q.prompt]


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
        "Port Director Lena Moss told them at the meeting that she had stayed until the strike "
        "was over."
    )
    assert any("Lena Moss had stayed" in q.prompt for q in questions(text))


# Helper "reading2": a positive test for facts, safe pronoun resolution, case names, quotes.
PLAIN_FACT_CASES = [
    ("Dock workers walked out on March 3 over pay.", True),
    ("There are 40 ships waiting outside the harbour.", True),
    ("More than 200 dockers attended the meeting on Friday.", True),
    ("The port board voted 5 to 4 in May to sell the ferry yard.", True),
    ("Harbour wages collided again on Friday when 300 dockers rejected the offer.", False),
    ("The harbour talks got off to a rocky start on Monday, when chaos broke out.", False),
    ("The mayor quietly dropped 12 of the port projects in March.", False),
    ("The strike is costlier than the 2019 walkout, which lasted 9 days.", False),
    ("The mayor wants the strike over by May 1.", False),
    ("The ferry yard will close in 2027.", False),
    ("It was the longest strike since 1990.", False),
    ("The union won 30 seats on Sunday in a stunning upset.", False),
    ("The new crane is bigger than the 1998 model.", False),
    ("The vote on Friday was close, but the dockers lost 12 seats.", False),
    ("Ostra became a favorite stop for 40 cruise lines in 2015.", False),
]


@pytest.mark.parametrize(("sentence", "plain"), PLAIN_FACT_CASES)
def test_plain_fact_is_a_positive_test(sentence: str, plain: bool) -> None:
    from questions.generate.kinds.fact_or_claim import plain_fact

    assert plain_fact(sentence) is plain


@pytest.mark.parametrize(
    ("paragraph", "needle"),
    [
        ("Harbour wages collided again on Friday when 300 dockers rejected the offer.", "collided"),
        ("The harbour talks got off to a rocky start on Monday, when chaos broke out.", "rocky"),
        ("The mayor quietly dropped 12 of the port projects in March.", "quietly"),
    ],
)
def test_interpretive_outlet_sentences_are_not_facts(paragraph: str, needle: str) -> None:
    qs = questions(story(paragraph))
    assert not [q for q in qs if q.kind == "fact_or_claim" and needle in q.prompt]
    facts = [q for q in qs if q.kind == "fact_or_claim" and right(q) == FACT]
    assert any("closed to all traffic" in q.prompt for q in facts)  # a plain fact still is


def test_who_said_skips_a_pronoun_with_two_candidates() -> None:
    text = story(
        "Ivo Lund, a harbour pilot, said the strike had emptied the berths.",
        "On Monday Ivo Lund met Karl Brenner at the harbour office.",
        "“We have nothing more to put on the table,” he said.",
    )
    for q in questions(text):
        assert not (q.kind == "who_said" and "nothing more to put" in q.prompt), q.prompt


def _pronoun_checks(*paragraphs: str) -> dict[str, bool]:
    """Whether each pronoun-sourced claim of the story passes who_said's resolution check."""
    from questions.generate.kinds.who_said import _resolved_safely
    from questions.generate.registry import Context
    from questions.generate.sources import source_key, story_sources

    analysis = analyze(story(*paragraphs))
    out = {}
    for st in analysis.stories:
        ctx = Context(analysis, st)
        sources = story_sources(ctx)
        for c in st.claims:
            info = sources.get(source_key(c.source or ""))
            if info and c.source_text in ("he", "she", "He", "She"):
                out[c.content] = _resolved_safely(ctx, c, info)
    return out


def test_who_said_keeps_a_pronoun_with_one_candidate() -> None:
    checks = _pronoun_checks(
        "Peter Lund, a harbour pilot, said the strike had emptied the berths.",
        "Anna Berg, the harbour mayor, said the port office was closed on Monday.",
        "She said the town could not wait another month for the ships.",
        "Peter Lund met Karl Brenner at the harbour office on Tuesday.",
        "He said the pilots would stay at home.",
    )
    one = [ok for content, ok in checks.items() if "another month" in content]
    two = [ok for content, ok in checks.items() if "stay at home" in content]
    assert one == [True] and two == [False], checks


def test_a_party_to_a_court_case_is_no_speaker() -> None:
    text = story(
        "The union pointed to the ruling in Ostra Ferries v. Holm, which held that strikes at "
        "the port were lawful.",
        "Ivo Lund, a harbour pilot, said the strike had emptied the berths.",
    )
    for q in questions(text):
        if q.kind == "who_said":
            assert "Holm" not in q.options, q.options


def test_source_check_prompts_curl_archive_quotes() -> None:
    from questions.generate.kinds.source_check import _how_prompt
    from questions.generate.text import curly_quotes

    prompt = _how_prompt("Ivo Lund", "the ''harbour people'' had waited for days")
    assert "''" not in prompt and "“harbour people”" in prompt, prompt
    assert curly_quotes('a "fair deal" now') == "a “fair deal” now"


def test_a_company_inside_a_whose_clause_is_not_the_speaker() -> None:
    text = story(
        "Mr. Holm, whose newest firm, Cranetech, builds harbour cranes, said the strike had cost "
        "him two orders."
    )
    for q in questions(text):
        if q.kind == "who_said" and "two orders" in q.prompt:
            assert right(q) != "Cranetech", q.options
        if q.kind == "who_said":
            assert "Cranetech" not in q.options, q.options


def test_a_bare_word_without_a_speech_verb_is_no_option() -> None:
    text = story(
        "Ostra showed a slow but hopeful change for the dockers.",
        "Ivo Lund, a harbour pilot, said the strike had emptied the berths.",
    )
    for q in questions(text):
        if q.kind == "who_said":
            assert "Ostra" not in q.options, q.options


def test_mis_decoded_characters_are_never_shown() -> None:
    text = story(
        "“There is some doubt among dockers - or maybe mere naÃ¯vetÃ© - that the port can "
        "reopen,” said Ivo Lund, a harbour pilot."
    )
    for q in questions(text):
        assert "Ã" not in q.prompt and not any("Ã" in o for o in q.options), q.prompt


def test_who_said_skips_a_quoted_noun_phrase_with_a_relative_clause() -> None:
    text = story(
        "Anna Berg, the harbour mayor, said the strike had cost the town dearly.",
        "She was answering critics on the port board, but admitted “two or three cases” where "
        "the harbour fund may have “lost track of the money.”",
    )
    for q in questions(text):
        if q.kind == "who_said":
            assert "two or three cases" not in q.prompt, q.prompt
    from questions.generate.kinds.who_said import _QUOTE_THEN_RELATIVE

    assert _QUOTE_THEN_RELATIVE.match("“two or three cases” where the fund may have lost track")
    assert not _QUOTE_THEN_RELATIVE.match("“a fair deal” is close")


def test_an_all_caps_outlet_name_is_not_cut() -> None:
    text = story(
        "OSTRA HERALD reported last month that the union had paid for 40 trips abroad.",
        "Ivo Lund, a harbour pilot, said the strike had emptied the berths.",
    )
    for q in questions(text):
        if q.kind == "who_said":
            assert "OSTRA" not in q.options and "Ostra" not in q.options, q.options
    from questions.generate.sources import _caps_run_goes_on

    assert _caps_run_goes_on("OSTRA HERALD reported", 5)
    assert not _caps_run_goes_on("Ostra Herald reported", 5)


def test_a_pronoun_after_a_participle_cue_is_not_replaced_by_the_source() -> None:
    text = story(
        "The Westford council had long opposed the club's plan for a new pool, fearing it would "
        "turn into a burden for the taxpayers."
    )
    for q in questions(text):
        assert not q.prompt.startswith("“The Westford council would turn"), q.prompt
    from questions.generate.kinds.fact_or_claim import _OPENING_PRONOUN, _PARTICIPLE_CUE

    assert _PARTICIPLE_CUE.search("fearing") and _OPENING_PRONOUN.match(
        "it would turn into a burden"
    )


def test_a_fact_about_everyone_else_leans_on_the_sentence_before() -> None:
    from questions.generate.kinds.fact_or_claim import plain_fact

    assert not plain_fact("Everyone else is at 3 percent or below.")


# Helper "mix": plain facts brought back (counts, plain event verbs) and advice never a fact.
MIX_PLAIN_FACT_CASES = [
    ("The dockers' union has held at least 14 board seats since the 2021 vote.", True),
    ("Crane drivers in Ostra earned 2,000 euros or less a month in 2023.", True),
    ("Councillor Ada Varga picked up 12 votes in the second round on Friday.", True),
    ("Harbour members caucused in Dalby on 12 March.", True),
    ("The ferry board and the union tied at 9 seats each after the 2018 vote.", True),
    ("Pilot Ivo Lund obtained a ferry licence in 2001 after he escaped a dock fire in 1998.", True),
    ("The port board sponsored a 5 km harbour run in May.", True),
    ("Port workers accounted for 2,000 of the 8,000 votes cast in March.", True),
    ("A harbour survey in Dalby found that 60 percent of crews sleep on board.", False),
    ("The talks on Monday were one of the longest rounds since 1990.", False),
    ("Mayor Ada Varga gave an interesting speech at the 40th ferry festival on Friday.", False),
    ("Despite the new cranes, the port lost 12 ships to Dalby in March.", False),
    ("Dockers held a sit-in on Friday, demanding that the yard close by June 1.", False),
    ("The union worked hard on the 2019 port law.", False),
]


@pytest.mark.parametrize(("sentence", "plain"), MIX_PLAIN_FACT_CASES)
def test_counts_and_plain_event_verbs_are_plain_facts(sentence: str, plain: bool) -> None:
    from questions.generate.kinds.fact_or_claim import plain_fact

    assert plain_fact(sentence) is plain


ADVICE = [
    "Save 20 euros on the ferry fare by booking 30 days ahead.",
    "Call your harbour office before March 3 to register a berth.",
    "Sign up for the 5 km harbour walk on Sunday.",
    "Please bring 2 cans of food to the dock hall on Friday.",
    "Don't miss the 8 p.m. fireworks over the harbour on May 4.",
    "Be sure to renew the 12-month parking permit by June 1.",
    "Pick up forms at the port library by June 1.",
    "Visit the ferry museum, open daily from 9 a.m. to 5 p.m.",
]


@pytest.mark.parametrize("sentence", ADVICE)
def test_advice_to_the_reader_is_never_a_fact(sentence: str) -> None:
    from questions.generate.kinds.fact_or_claim import imperative, plain_fact

    assert imperative(sentence) and not plain_fact(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Vote counting began at 8 p.m. on Tuesday in all 12 districts.",
        "Turnout reached 61 percent in Dalby on Sunday.",
        "Councillor Ada Varga won 52 percent of the vote on Tuesday.",
        "Order returned to the harbour on Friday after 3 days of protests.",
    ],
)
def test_statements_opening_on_a_noun_are_not_advice(sentence: str) -> None:
    from questions.generate.kinds.fact_or_claim import imperative

    assert not imperative(sentence)


def test_advice_in_a_story_is_not_asked_as_a_fact() -> None:
    text = story(
        "Save 20 euros on the ferry fare by booking 30 days ahead.",
        "Call your harbour office before March 3 to register a berth.",
    )
    for q in questions(text):
        if q.kind == "fact_or_claim":
            assert "Save 20 euros" not in q.prompt and "Call your" not in q.prompt, q.prompt


def test_a_plain_fact_is_bounded_in_characters_too() -> None:
    from questions.generate.kinds.fact_or_claim import plain_fact

    assert not plain_fact("The port counted " + "1," * 5000 + "2 ships or more.")


def test_a_person_tied_by_a_who_clause_is_never_the_organisations_foil() -> None:
    """ "Ann Reed, who helped found Green Harbour, …" ties her to the group, as "president of"
    would: the group is no wrong option for her words. A clause that ties nothing ("who ran
    against Karl Brenner") leaves the rival an option."""
    from questions.generate.registry import Context
    from questions.generate.sources import distractors, source_key, story_sources

    text = (
        "Port strike enters second week\n\n"
        "Green Harbour, a campaign group, said the strike had cut pollution in the bay by a "
        "third.\n\n"
        "Ann Reed, who helped found Green Harbour, joined the pickets at the north gate on "
        "Monday.\n\n"
        "Tom Hale, who ran against Karl Brenner in 2020, spoke at the same rally.\n\n"
        "“The owners of the port should worry about the next few weeks,” Reed said.\n\n"
        "Hale said the strike would be over by the end of the month.\n\n"
        "Transport Minister Karl Brenner said the government would not raise its offer.\n\n"
    )
    analysis = analyze(text)
    st = analysis.stories[0]
    ctx = Context(analysis, st)
    sources = story_sources(ctx)

    def foils(needle: str) -> list[str]:
        claim = next(c for c in st.claims if needle in c.content)
        assert claim.source
        return [s.name for s in distractors(ctx, sources[source_key(claim.source)], claim)]

    reed = foils("worry")
    assert reed and "Green Harbour" not in reed
    assert "Karl Brenner" in foils("end of the month")


@pytest.mark.parametrize(
    ("paragraph", "key"),
    [
        (
            "At a rally on Monday, Reed’s party rival Sen. Tom Hale said the plan would cost "
            "the town two million euros.",
            "Sen. Tom Hale said",
        ),
        (
            "Tom Hale, Reed’s deputy at the port authority, said the ships would leave the "
            "harbour on Monday.",
            "Tom Hale, said",
        ),
    ],
    ids=["possessive_description_before_the_name", "possessive_apposition_after_the_name"],
)
def test_spot_the_cue_keys_the_name_not_a_description(paragraph: str, key: str) -> None:
    """The words to mark are the speaker's title and name and the verb: not another person's
    possessive before the name ("Reed’s party rival"), nor an apposition after it that opens
    on one ("Reed’s deputy")."""
    from questions.generate.registry import Context

    analysis = analyze(HEAD + LEDE + paragraph + "\n\n")
    spots = [
        q
        for st in analysis.stories
        for q in KINDS["spot_the_cue"].build(Context(analysis, st))
        if "Hale" in q.evidence.text
    ]
    assert spots
    for q in spots:
        assert isinstance(q.answer, tuple)
        assert " ".join(q.options[i] for i in q.answer) == key
        assert f"“{key.replace(',', ' …')}”" in q.explanation  # "Tom Hale … said"


def test_spot_the_cue_skips_a_source_that_is_the_description_after_a_name() -> None:
    """When the analysis takes the description ("a farmer from Lund") for the source of "Tom
    Hale, a farmer from Lund, says …", the marked words would leave the name out: not asked."""
    from dataclasses import replace

    from questions.generate.kinds.spot_the_cue import _description_of_name_before

    text = HEAD + LEDE + "Tom Hale, a farmer from Lund, says the price of feed has doubled.\n\n"
    claim = next(c for st in analyze(text).stories for c in st.claims if "feed" in c.content)
    start = text.index("a farmer")
    description = replace(
        claim,
        source="Lund",
        source_text="a farmer from Lund",
        source_span=(start, start + len("a farmer from Lund")),
    )
    assert _description_of_name_before(text, claim.sentence_span[0], description)
    assert not _description_of_name_before(text, claim.sentence_span[0], claim)
    # "In Lund, the farmers’ union says …": a place, not a name, before the source
    text = HEAD + LEDE + "In Lund, the farmers’ union says the price of feed has doubled.\n\n"
    claim = next(c for st in analyze(text).stories for c in st.claims if "feed" in c.content)
    start = text.index("the farmers")
    union = replace(
        claim,
        source_text="the farmers’ union",
        source_span=(start, start + len("the farmers’ union")),
    )
    assert not _description_of_name_before(text, claim.sentence_span[0], union)


@pytest.mark.parametrize(
    ("source_text", "skipped"),
    [
        ("a sharp widening of Reed’s familiar", True),
        ("the latest version of Hale's", True),
        ("the cities of Lund and Dalby", False),
        ("Reed’s deputy campaign manager", False),
    ],
)
def test_spot_the_cue_skips_a_phrase_whose_possessor_is_the_source(
    source_text: str, skipped: bool
) -> None:
    """ "That was a sharp widening of Reed’s familiar claims that …": the source is Reed, not the
    phrase the analysis took; marking "a sharp widening of" would teach the wrong words."""
    from questions.generate.kinds.spot_the_cue import _HEAD_OF_POSSESSOR

    assert bool(_HEAD_OF_POSSESSOR.match(source_text)) is skipped


def _doubtful_as(text: str, needle: str, **changes: object) -> bool:
    """Whether the claim holding ``needle``, with its source changed as given (the analysis's
    possible misreading), is doubtful to name."""
    from dataclasses import replace

    from questions.generate.registry import Context
    from questions.generate.sources import doubtful_source

    analysis = analyze(text)
    for st in analysis.stories:
        for c in st.claims:
            if needle in c.content:
                return doubtful_source(Context(analysis, st), replace(c, **changes))
    raise AssertionError(f"no claim holds {needle!r}")


def test_a_pronoun_is_never_the_one_it_speaks_to() -> None:
    """ "“…,” he told Reed" resolved to Ann Reed: the one spoken to is not the speaker."""
    text = story(
        "Ann Reed interviewed Tom Hale at the north gate of the port on Friday.",
        "“The ships will be back at work by the end of the month,” he told Reed.",
    )
    assert _doubtful_as(text, "end of the month", source="Ann Reed")
    assert not _doubtful_as(text, "end of the month", source="Tom Hale")


def test_a_quotation_paragraph_continues_only_its_own_speaker() -> None:
    """ "“…,” Hale said. “… .”" then "“…,” he said." is Hale's chain: "he" resolved to a name
    from further back (Karl Brenner) is doubtful, resolved to Hale it is not."""
    text = story(
        "“The strike will end soon,” Tom Hale said. “We are very close to a deal. I think so.”",
        "“I am proud of every one of the workers at the port,” he said.",
    )
    assert _doubtful_as(text, "proud of every", source="Karl Brenner")
    assert not _doubtful_as(text, "proud of every", source="Tom Hale")


@pytest.mark.parametrize(
    ("paragraph", "needle", "misread", "doubtful"),
    [
        (
            "The Ostra Herald, like the Harbour Gazette, which was the first paper to do so, "
            "reported that the port would close on Monday.",
            "would close",
            "Harbour Gazette",
            True,
        ),
        (
            "Tom Hale, who lives on a farm outside the capital, Lund, said the price of feed had "
            "doubled since March.",
            "price of feed",
            "Lund",
            True,
        ),
        (
            "Tom Hale, who runs a farm outside Lund, said the price of feed had doubled since "
            "March.",
            "price of feed",
            "Tom Hale",
            False,
        ),
    ],
    ids=["like_the_other_paper", "place_inside_a_who_clause", "control_the_name_before_who"],
)
def test_a_name_that_is_not_the_subject_is_doubtful(
    paragraph: str, needle: str, misread: str, doubtful: bool
) -> None:
    """ ", like the Gazette," and a place at the end of a "who" clause are not the subject of the
    cue: a source read there is never named (the subject before them is)."""
    text = story(paragraph)
    analysis = analyze(text)
    claim = next(c for st in analysis.stories for c in st.claims if needle in c.content)
    start = text.index(misread)
    assert (
        _doubtful_as(
            text,
            needle,
            source=misread,
            source_text=misread,
            source_span=(start, start + len(misread)),
        )
        is doubtful
    ), claim


def test_an_archive_quotation_cut_by_a_sentence_is_not_asked() -> None:
    """''…'' quotations of two sentences leave the second one ending on a lone closing '':
    no prompt carries it ("who said that there is no room …, or this town,''?")."""
    from questions.generate.text import quotes_balanced

    assert not quotes_balanced("there is no room for bullying in the port, or this town,''")
    assert quotes_balanced("''There is no room for bullying in the port,'' she said.")
    text = story(
        "''Karl Brenner should resign. There is no room for bullying in the port, or this "
        "town,'' Ann Reed said on Twitter."
    )
    for q in questions(text):
        if q.kind != "spot_the_cue":
            assert "''" not in q.prompt and ",?" not in q.prompt, q.prompt


@pytest.mark.parametrize(
    ("sentence", "plain"),
    [
        ("Ominously for the mayor, the odds of a strike rose by 20 points on Monday.", False),
        ("Remarkably, the port handled 40 ships on Monday.", False),
        ("Donnelly won 52 percent of the vote on Tuesday.", True),
    ],
)
def test_an_opening_evaluative_adverb_is_no_plain_fact(sentence: str, plain: bool) -> None:
    """The outlet's judgement at the head of a sentence ("Ominously for the mayor, …") is read
    like one inside it; a surname in -ly that opens a sentence is not an adverb."""
    from questions.generate.kinds.fact_or_claim import plain_fact

    assert plain_fact(sentence) is plain


@pytest.mark.parametrize(
    ("clause", "lowered"),
    [
        (
            "Twenty-three of the 53 ships stayed in port",
            "twenty-three of the 53 ships stayed in port",
        ),
        ("Forty ships left the harbour on Monday", "forty ships left the harbour on Monday"),
        (
            "Seven Seas Line cut its fares by 10 percent",
            "Seven Seas Line cut its fares by 10 percent",
        ),
    ],
)
def test_a_number_word_opening_a_reported_clause_is_lower_cased(clause: str, lowered: str) -> None:
    """ "who said that Twenty-three of the 53 …?": a number word's capital only marked the
    sentence start (a name opening on one, "Seven Seas Line", keeps it)."""
    from questions.generate.text import lower_positional

    assert lower_positional(clause, clause + ", the harbour office said.") == lowered


@pytest.mark.parametrize(
    ("source", "shown"),
    [
        ("the evangelist Tom Hale", "Tom Hale"),
        ("the conservative writer Ann Reed", "Ann Reed"),
        ("the rival Jane Doe", "Jane Doe"),
        (
            "the nonpartisan Harbour Policy Association",
            "The nonpartisan Harbour Policy Association",
        ),
        ("the former Ostra Gazette", "The former Ostra Gazette"),
    ],
)
def test_an_option_drops_the_article_and_descriptor_before_a_persons_name(
    source: str, shown: str
) -> None:
    """ "The evangelist Tom Hale" beside "Ann Reed" is a tell and no name: the option is the
    person's name. An organisation's own words ("the nonpartisan … Association") stay."""
    from questions.generate.text import option_name

    assert option_name(source) == shown


@pytest.mark.parametrize(
    ("source", "refused"),
    [
        ("the way around Cafe Lund", True),
        ("the count by the Harbour Gazette", True),
        ("the global head of the Ostra Ferry Company", True),
        ("particularly Govs. Ann Reed and Tom Hale", True),
        ("way around Cafe Lund", True),
        ("former secretary of state Jane Doe", False),
        ("the government of Ostra", False),
        ("the Bank of Ostra", False),
        ("the mayor of Lund", False),
    ],
)
def test_a_noun_phrase_or_an_aside_is_no_option(source: str, refused: bool) -> None:
    """ "The way around Cafe Lund", "the count by the Gazette": a phrase around a name, read as
    a source, is never offered; nor is an aside opening on an adverb ("particularly …")."""
    from questions.generate.sources import not_a_name

    assert not_a_name(source) is refused


def test_a_side_clause_before_an_inverted_cue_is_not_asked() -> None:
    """ "Because of how the timetable was drawn, explained Tom Hale, “…”": the words before the
    cue are no claim ("who said that because of how …?" asks nothing)."""
    from dataclasses import replace

    from questions.generate.claims import said_phrase

    text = story(
        "Because of how the port authority planned the new timetable, explained Tom Hale, "
        "“the ferries will lose money this year, since the season will be so much shorter.”"
    )
    claims = [c for st in analyze(text).stories for c in st.claims]
    side = next(c for c in claims if c.content.startswith("Because of how"))
    assert said_phrase(side, text) is None
    plain = "the ferries will lose money because the season is much shorter"
    assert said_phrase(replace(side, content=plain), text)
