"""Attribution forms found while closing the recall gap on unseen news (issue 7).

Each case is a sentence written here in the style of a construction the engine used to miss,
with the cue and the source it must find. Controls must find no claim on the listed word.
"""

from __future__ import annotations

import pytest

from questions import analyze


def _found(text: str) -> list[tuple[str, str | None]]:
    """(cue, source text) of every attribution found, claims and others."""
    out = []
    for story in analyze(text).stories:
        for c in story.claims + story.others:
            if c.cue_span is not None:
                src = text[c.source_span[0] : c.source_span[1]] if c.source_span else None
                out.append((text[c.cue_span[0] : c.cue_span[1]], src))
    return out


FOUND = [
    (
        "two_apostrophes_inverted",
        "The tax plans are ''deeply reckless,'' said Ann Bell, a budget analyst.",
        ("said", "Ann Bell"),
    ),
    (
        "inverted_after_quotation_common_noun",
        "“Tom is a patient coach and a good friend,” said the 46-year-old, smiling.",
        ("said", "the 46-year-old"),
    ),
    (
        "inverted_after_quotation_indefinite",
        "“The lake is quieter now, and cleaner,” says a neighbour.",
        ("says", "neighbour"),
    ),
    (
        "asked_opening_the_sentence_has_no_source",
        "Asked whether she would run again next year, the mayor smiled and said nothing.",
        ("Asked", None),
    ),
    (
        "asked_about_has_no_source",
        "Asked about the new tax on fuel, the governor said nothing.",
        ("Asked", None),
    ),
    (
        "in_a_named_poll",
        "In a new Channel 9 poll released Monday, 52 percent of likely voters back the levy.",
        ("In", "a new Channel 9 poll"),
    ),
    (
        "percent_in_the_latest_survey",
        "The mayor won 45 percent support among older voters in the latest city survey.",
        ("in", "the latest city survey"),
    ),
    (
        "took_issue_with",
        "At the harbor meeting, Ann Reed took issue with the new ferry fares.",
        ("took issue with", "Ann Reed"),
    ),
    (
        "takes_aim_at",
        "Tom Hale takes aim at a rule that lets the board raise fees.",
        ("takes aim at", "Tom Hale"),
    ),
    (
        "took_some_shots_at",
        "In a radio debate, Tom Hale took some shots at his rival's record on roads.",
        ("took some shots at", "Tom Hale"),
    ),
    (
        "spoke_favorably_of",
        "In a March interview, the governor spoke favorably of the valley's new mayor.",
        ("spoke favorably of", "the governor"),
    ),
    (
        "distanced_himself_from",
        "Tom Hale distanced himself from the harbor board's plan on Monday.",
        ("distanced himself from", "Tom Hale"),
    ),
    (
        "chided",
        "Ann Reed chided the council for delaying the bridge repairs.",
        ("chided", "Ann Reed"),
    ),
    (
        "brushed_off",
        "Tom Hale brushed off the criticism of his ferry plan.",
        ("brushed off", "Tom Hale"),
    ),
    (
        "played_down",
        "The mayor, Ann Reed, played down the cost of the new bus lane.",
        ("played down", "Ann Reed"),
    ),
    (
        "foresees",
        "Ann Reed foresees a long fight over the harbor fees.",
        ("foresees", "Ann Reed"),
    ),
    (
        "hinting_participle",
        "Tom Hale spoke for an hour, hinting that he would run again.",
        ("hinting", "Tom Hale"),
    ),
    (
        "fired_back",
        "Ann Reed fired back, calling the audit a stunt.",
        ("fired back", "Ann Reed"),
    ),
    (
        "reaffirmed",
        "Tom Hale reaffirmed his support for the levy on Friday.",
        ("reaffirmed", "Tom Hale"),
    ),
    (
        "vouched_for",
        "Ann Reed vouched for the new harbor master at the hearing.",
        ("vouched for", "Ann Reed"),
    ),
    (
        "interjected",
        "“That is not true,” Tom Hale interjected.",
        ("interjected", "Tom Hale"),
    ),
    (
        "envisions",
        "Ann Reed envisions a ferry every hour by next spring.",
        ("envisions", "Ann Reed"),
    ),
    (
        "lambasted",
        "Tom Hale lambasted the board over the late audit.",
        ("lambasted", "Tom Hale"),
    ),
    (
        "as_she_puts_it",
        "The ferry, as Ann Reed puts it, is the valley's only lifeline.",
        ("puts it", "Ann Reed"),
    ),
    (
        "refers_to",
        "Tom Hale refers to the new bus lane as a costly mistake.",
        ("refers to", "Tom Hale"),
    ),
    (
        "point_out",
        "Critics of the levy point out that fares rose twice last year.",
        ("point out", "Critics of the levy"),
    ),
    (
        "considering_participle",
        "Ann Reed said nothing for a week, considering whether to run.",
        ("considering", "Ann Reed"),
    ),
    (
        "two_apostrophes_pronoun_after",
        "''We will be back next year,'' he said.",
        ("said", "he"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in FOUND], ids=[c[0] for c in FOUND])
def test_form_is_found(text: str, expected: tuple[str, str | None]) -> None:
    cue, source = expected
    found = _found(text)
    assert any(
        c.lower() == cue.lower() and (s == source or (source and s and source in s))
        for c, s in found
    ), found


@pytest.mark.parametrize(
    "text",
    [
        "Hale appears to be campaigning more openly as the town vote nears.",
        "The senator seemed to be of two minds on Tuesday night.",
    ],
)
def test_seeming_is_nobody_s_claim(text: str) -> None:
    """A hedge on the outlet's own statement names no speaker, whatever its subject."""
    assert all(s is None for _, s in _found(text)), _found(text)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Mayor leads in the polls\n\nThe mayor is leading in the polls this spring.", "in"),
        ("Interview\n\nQ: Will you run again?\n\nA: I have not decided.", ":"),
        ("Tally\n\nSmith: 547.\n\nJones: 46.", ":"),
        ("Revealed: The Plan Nobody Saw Coming\n\nThe council met on Monday.", ":"),
        ("Ann Reed’s aim at the outset was a cheaper ferry.", "aim at"),
    ],
)
def test_not_an_attribution(text: str, word: str) -> None:
    """Controls: a poll standing with no figures, interview labels, tallies, headline labels."""
    assert all(c != word for c, _ in _found(text)), _found(text)


def test_a_cue_inside_a_source_is_an_aside_not_a_claim() -> None:
    """ "X, who said ..., said ...": both are attributions; only the outer one is a claim."""
    text = "Reed, who said the bridge was checked by engineers, said she was unaware of it."
    story = analyze(text).stories[0]
    assert [c.cue for c in story.claims] == ["said"]
    assert story.claims[0].cue_span == (52, 56)
    asides = [c for c in story.others if c.act == "aside"]
    assert [(c.cue, c.cue_span) for c in asides] == [("said", (10, 14))]


def test_a_learned_passive_names_its_agent_not_its_subject() -> None:
    """ "X was introduced by Y": Y speaks; the subject of a passive is not the speaker."""
    from questions.learned import _passive, tokenize

    text = "Hale was introduced by Governor Maria Lopez, who endorsed him."
    s = text.index("introduced")
    span = (s, s + len("introduced"))
    got = _passive(text, tokenize(text, 0, span[1]), span, len(text))
    assert got is not None and got[0] is not None
    assert text[got[0].span[0] : got[0].span[1]].endswith("Maria Lopez")
    text = "Reed was asked about the bridge at a town hall."
    s = text.index("asked")
    assert _passive(text, tokenize(text, 0, s + 5), (s, s + 5), len(text)) == (None,)
    text = "Voters are convinced that the tax will pass."
    s = text.index("convinced")
    assert _passive(text, tokenize(text, 0, s + 9), (s, s + 9), len(text)) is None


def test_a_learned_participle_names_its_agent() -> None:
    """ "As reported by X", "Asked by X whether ...": the agent after "by" is the source."""
    from questions.learned import _passive, tokenize

    text = "As reported by Westford Weekly, the delegates will meet in May."
    s = text.index("reported")
    span = (s, s + len("reported"))
    got = _passive(text, tokenize(text, 0, span[1]), span, len(text))
    assert got is not None and got[0] is not None
    assert text[got[0].span[0] : got[0].span[1]] == "Westford Weekly"


def test_an_inverted_learned_speaker_may_carry_a_relative_clause() -> None:
    from questions.learned import _fallback_source

    text = "“We are on time,” said a strategist who spoke on condition of anonymity."
    s = text.index("said")
    got = _fallback_source(text, 0, len(text), (s, s + 4))
    assert got is not None and text[got.span[0] : got.span[1]] == "a strategist"


def test_a_speech_act_with_no_words_given_is_a_bare_attribution() -> None:
    """ "Ann Reed told reporters outside the town hall.": an attribution, never a claim.

    The speech act is kept apart (act "bare") and does not take its sentence out of the
    outlet's voice.
    """
    text = "Ann Reed told reporters outside the town hall."
    story = analyze(text).stories[0]
    assert story.claims == []
    bare = [c for c in story.others if c.act == "bare"]
    assert [(c.cue, c.source_text) for c in bare] == [("told reporters", "Ann Reed")]
    assert not any(s.attributed for s in story.sentences)


@pytest.mark.parametrize(
    "text",
    [
        "The inspectors saw the site on Monday.",  # a view cue with no view
        "Ann Reed declined.",  # an intention cue with no intention
    ],
)
def test_a_flagged_cue_with_no_content_is_no_bare_attribution(text: str) -> None:
    assert [c.act for s in analyze(text).stories for c in s.others if c.act == "bare"] == []


def test_a_colon_cue_is_not_also_a_bare_attribution() -> None:
    """ "Tom Hale added:" then the quotation below: one claim, no bare speech act besides."""
    story = analyze("Tom Hale added:\n\n“We will open the bridge in June.”").stories[0]
    assert [(c.cue, c.act) for c in story.claims + story.others] == [("added", "claim")]


def test_a_bare_speech_act_s_speaker_is_remembered_for_a_later_pronoun() -> None:
    """ "... Tom Hale argues." has no content, yet names the man a later "he says" refers to."""
    text = (
        "Mayor Jim Bell met the board on Monday.\n\n"
        "Ann Reed is the ablest candidate Tom Hale argues.\n\n"
        "“She listens to farmers,” he says."
    )
    story = analyze(text).stories[0]
    assert [(c.cue, c.source) for c in story.claims] == [("says", "Tom Hale")]
    assert [(c.cue, c.act) for c in story.others] == [("argues", "bare")]


# ---- norecall round: forms read by rules (sentences invented here)


@pytest.mark.parametrize(
    "text",
    [
        "“Not this year,” Ann Reed said when asked about the ferry fares.",
        "Tom Hale told a radio host he would wait, when asked whether he would run.",
        "“We will see,” the mayor said, asked about the new bus lane.",
        "When asked why, the treasurer shrugged.",
    ],
)
def test_asked_with_no_asker_named_is_a_question_kept_apart(text: str) -> None:
    """ "..., she said when asked about ...": a question put by no one named, never a claim."""
    story = analyze(text).stories[0]
    asked = [c for c in story.others if c.cue == "asked"]
    assert [(c.source_span, c.act) for c in asked] == [(None, "asked")], story.others
    assert all(c.cue != "asked" for c in story.claims)


@pytest.mark.parametrize(
    "text",
    [
        "Ann Reed asked about the ferry fares at the meeting.",  # the asker is named
        "The council asked residents to conserve water.",
        "She was asked to leave the room.",
    ],
)
def test_asked_with_its_asker_named_is_no_unnamed_question(text: str) -> None:
    story = analyze(text).stories[0]
    assert all(
        not (c.cue == "asked" and c.source == "unnamed") for c in story.claims + story.others
    )


@pytest.mark.parametrize(
    "text",
    [
        "The ferry plan is widely seen as a gift to the harbor towns.",
        "Both counties are viewed as safe for the governor this fall.",
        "The vote had long been regarded as a test of the new mayor.",
        "The new ferry schedule was announced on Tuesday.",
        "The councilman was booed at the harbor meeting.",
        "Two clerks were charged with taking bribes from a builder.",
        "Old Pete, as the ferry captain was known, retired in May.",
    ],
)
def test_a_passive_view_with_no_holder_is_kept_apart(text: str) -> None:
    """ "is widely seen as", "was announced": held or reported by no one named; an attribution,
    never a claim."""
    story = analyze(text).stories[0]
    assert story.claims == []
    views = [c for c in story.others if c.act == "unnamed"]
    assert len(views) == 1 and views[0].source_span is None, story.others
    assert not any(s.attributed for s in story.sentences)


@pytest.mark.parametrize(
    "text",
    [
        "The mayor was seen leaving the town hall at noon.",  # seen, not seen as
        "Critics see the ferry plan as a gift to the harbor towns.",  # the holder is named
        "It remains to be seen whether the bridge will open in June.",
        "The new ferry schedule was announced by the harbor board.",  # the agent is named
        "The ferry captain is well known in the valley.",  # "well", not an adverb in -ly
    ],
)
def test_no_passive_view_without_as_or_with_a_named_holder(text: str) -> None:
    assert all(c.act != "unnamed" for s in analyze(text).stories for c in s.others)


def test_a_poll_is_read_even_when_its_respondents_said_so() -> None:
    """ "In a Channel 9 poll, 40 percent of voters said ...": the poll is an attribution too."""
    text = "In a Channel 9 poll released Friday, 40 percent of voters said the levy was too high."
    found = _found(text)
    assert found == [("In", "a Channel 9 poll")], found  # the respondents' "said" is its content


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "FERRY FARES DRIVE THE VOTE - Ann Reed and Tom Hale: “Our county data show a shift.”",
            "Ann Reed and Tom Hale",
        ),
        (
            "Why the bridge vote matters - More from Reed: “Turnout in the valley rose.”",
            "Reed",
        ),
    ],
)
def test_a_quotation_under_a_topic_line_after_a_dash(text: str, source: str) -> None:
    story = analyze(text).stories[0]
    assert [(c.cue, c.source_text) for c in story.claims] == [(":", source)], story.claims


def test_a_topic_line_claim_ends_at_the_dash_before_a_speaker() -> None:
    """ "Riders agree - Ann Reed: “...”": two claims; the quotation is Reed's alone."""
    text = "Riders agree - Ann Reed: “The ferry is late, and the fares keep rising.”"
    story = analyze(text).stories[0]
    got = [(c.cue, c.source_text, c.content) for c in story.claims]
    assert (":", "Ann Reed", "“The ferry is late, and the fares keep rising.”") in got, got
    assert all(c.content == "" or "Reed" not in c.content for c in story.claims if c.cue != ":")


@pytest.mark.parametrize(
    "text",
    [
        "The vote - a close one: 52 to 48.",  # no quotation after the colon
        "FERRY FARES - what the data say: turnout rose in the valley.",
    ],
)
def test_no_dash_colon_speaker_without_a_name_and_a_quotation(text: str) -> None:
    assert all(c.cue != ":" for s in analyze(text).stories for c in s.claims + s.others)


@pytest.mark.parametrize(
    "text",
    [
        "Her hints about the budget were vague.",  # a noun: "hints" before "about"
        "The archer took aim at the target and missed.",  # no speaker: the rule needs a source
        "The new ferry will be remembered as a bargain.",  # no one remembers: a passive
        "Considering the cost, the bridge is a bargain.",  # a preposition, not a participle
    ],
)
def test_no_rule_claim_on_a_listed_phrase_used_otherwise(text: str) -> None:
    assert [c.cue for s in analyze(text).stories for c in s.claims] == []


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "Most riders said the fares were fair, and one in four said they were too high.",
            "one in four",
        ),
        (
            "Six in 10 voters back the levy, while more than 3 in 10 say it is too costly.",
            "more than 3 in 10",
        ),
        (
            "The ferry poll closed on Monday. Two-thirds said the schedule should change.",
            "Two-thirds",
        ),
    ],
)
def test_a_share_of_those_polled_is_a_source(text: str, source: str) -> None:
    """ "..., and one in four said ...": a share of respondents speaks after a clause boundary."""
    found = _found(text)
    assert any(s == source for _, s in found), found


def test_a_number_inside_a_phrase_is_no_share_subject() -> None:
    """ "The vote was 52 to 48 said ...": no clause boundary before the number, no rule source."""
    text = "The vote was 52 to 48 said the clerk on the steps."
    story = analyze(text).stories[0]
    assert all(c.source_text != "48" for c in story.claims)
