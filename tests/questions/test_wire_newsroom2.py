"""Five more wire-style stories written for these tests, read as a teacher would before the
engine was changed for them (tests/questions/data/wire_market_shelling.txt, wire_river_flood.txt,
wire_port_bribery.txt, wire_mountain_quake.txt, wire_disputed_vote.txt: invented places, people
and outlets), and one-sentence regressions of our own for each fix they and the first set's
leftovers led to:

- an occupation before a name ("Seismologist Greta Vall") stayed in the option;
- "report" of "said in a preliminary report that …" was keyed as the hedge;
- "“We categorically deny every charge …,” X said", "called the accusations baseless",
  "insisted there was no …", "The education ministry / election commission denied …" gave no
  denial question; "dismissed the report as biased" was asked as "who denied that the report as
  biased";
- a firm named in a denial sentence that the analysis did not read was a wrong option of
  "who denied …";
- "the location and date of the video could not be confirmed" was cut to "date of the video";
  "…, which the BBC was unable to confirm" after a clause was no verification;
- "the casualty figures" after a quotation without a figure were asked as that quotation's;
- "Police said …" was offered as "The Police"; "Dorn's wife, Alena" as "Alena"; "Holt" beside
  "Mira Holt"; an opposition party beside the candidate who speaks of "her party";
- "he said" after a paragraph opened by "The army chief, General Ivo Dask, …" was the earlier
  speaker's.
"""

from __future__ import annotations

import pytest
from story_kit import DATA
from story_kit import answer as _answer
from story_kit import built as _questions
from story_kit import kind_answers as _kind
from story_kit import verifications as _verification
from story_kit import wire_questions as _story_questions

from questions import analyze
from questions.generate import generate
from questions.generate.kinds.hedge_words import signals_uncertainty
from questions.generate.registry import Context
from questions.generate.sources import story_sources
from questions.generate.text import option_name
from questions.model import Question

STORIES = (
    "wire_market_shelling.txt",
    "wire_river_flood.txt",
    "wire_port_bribery.txt",
    "wire_mountain_quake.txt",
    "wire_disputed_vote.txt",
)


@pytest.fixture(scope="module")
def stories() -> dict[str, list[Question]]:
    return {name: _questions(name) for name in STORIES}


# ---- the stories


def test_every_story_gives_questions_and_no_bad_option(stories: dict[str, list[Question]]) -> None:
    for name, qs in stories.items():
        assert len(qs) >= 8, name
        for q in qs:
            for option in q.options if q.kind != "spot_the_cue" else ():  # words, not options
                assert not option.startswith(("Seismologist", "Hydrologist", "The Police")), option
                assert option not in ("Holt", "Vey", "Alena"), (q.prompt, option)
            assert "as biased?" not in q.prompt or "that the" not in q.prompt


def test_shelling_denials_and_verification(stories: dict[str, list[Question]]) -> None:
    qs = stories["wire_market_shelling.txt"]
    denied = _kind(qs, "who_denied")
    assert denied["According to the story, who denied targeting civilians?"] == (
        "Varnia's defence ministry"
    )
    assert _kind(qs, "verification") == {
        # the outlet's own check, asked as its own since branch ver10
        "According to the story, was the Associated Press able to confirm the existence of a "
        "fuel depot near the town?": "The Associated Press could not confirm it",
    }  # "The casualty figures could not be …" follows a quotation that gives no figure


def test_flood_quoted_company_denial(stories: dict[str, list[Question]]) -> None:
    denied = _kind(stories["wire_river_flood.txt"], "who_denied")
    prompt = (
        "Who made this denial: “We categorically deny that any water was released without notice”?"
    )
    assert denied[prompt] == "The company"
    said = _kind(stories["wire_river_flood.txt"], "who_said")
    key = (
        "According to the story, who said that the river's banks had been narrowed by building "
        "over the past 30 years?"
    )
    # kept unless the kind's share of the story trims it: since round 9 the story has one
    # verification question fewer ("The figure" after two figures is not asked), and with it
    # one who_said question fewer
    assert said.get(key, "Pieter Lund") == "Pieter Lund"


def test_bribery_denials(stories: dict[str, list[Question]]) -> None:
    qs = stories["wire_port_bribery.txt"]
    denied = {q.prompt: q for q in qs if q.kind == "who_denied"}
    quoted = denied[
        "Who made this denial: “We categorically deny every charge in this indictment”?"
    ]
    assert _answer(quoted) == "Hanna Brisk"
    in_court = denied["According to the story, who denied the allegations in court?"]
    assert _answer(in_court) == "Viktor Amsel"  # the full name the story gives, as the others
    for q in denied.values():
        assert not {"Gremar Lines", "Ostvik Freight"} & set(q.options), q.prompt
    said = _kind(qs, "who_said")
    key = (
        "According to the story, who said that the court would hear from 40 witnesses over the "
        "next two months?"
    )
    assert said.get(key) in (None, "Anna Prell")


def test_quake_hedge_denial_and_coordinated_object(stories: dict[str, list[Question]]) -> None:
    qs = stories["wire_mountain_quake.txt"]
    (hedge,) = [q for q in qs if q.kind == "hedge_words"]
    # "may have been followed by more than 50 aftershocks" is not asked: "more" of "more than
    # 50" is an approximation, no fair wrong option (hedge8); the photographs' "appeared" is
    assert _answer(hedge) == "appeared" and "report" not in hedge.options
    assert sorted(hedge.options) == ["appeared", "collapsed", "partly"]
    denied = _kind(qs, "who_denied")
    assert denied["According to the story, who denied that any school buildings collapsed?"] == (
        "The education ministry"
    )
    # "verify the location and date of the images": which images, the prompt does not say (r10)
    assert not any("of the images?" in p for p in _kind(qs, "verification"))


def test_vote_options_and_denials(stories: dict[str, list[Question]]) -> None:
    qs = stories["wire_disputed_vote.txt"]
    rigged = [q for q in qs if q.kind == "who_said" and "was rigged" in q.prompt]
    for q in rigged:
        assert _answer(q) == "Belmora's main opposition party"
        assert "Sonja Vey" not in q.options  # "observers from her party": the party may be hers
    denied = _kind(qs, "who_denied")
    assert denied["According to the story, who dismissed the observers' report as biased?"] == (
        "Danil Korr"
    )
    assert denied["According to the story, who denied that observers had been kept out?"] == (
        "The election commission"
    )
    what = _kind(qs, "what_denied")
    assert what["According to the story, what did the election commission deny?"] == (
        "That observers had been kept out"
    )


def test_vote_pronoun_after_a_role_apposition() -> None:
    text = (DATA / "wire_disputed_vote.txt").read_text(encoding="utf-8")
    claims = analyze(text).stories[0].claims
    (barracks,) = [c for c in claims if "barracks" in c.content]
    assert barracks.source == "Ivo Dask"


# ---- one-sentence regressions


@pytest.mark.parametrize(
    ("name", "shown"),
    [
        ("Geologist Tomas Hrin", "Tomas Hrin"),
        ("Seismologist Greta Vall", "Greta Vall"),
        ("Economist Ivo Marsh", "Ivo Marsh"),
        ("Ostra Geologist Society", "Ostra Geologist Society"),  # control: no name after it
        ("Engineer Ivo Marsh Institute", "Engineer Ivo Marsh Institute"),  # an institution
    ],
)
def test_occupation_before_a_name_is_dropped(name: str, shown: str) -> None:
    assert option_name(name) == shown


def _signals(sentence: str, word: str) -> bool:
    at = sentence.index(word)
    return signals_uncertainty(sentence, (at, at + len(word)))


def test_in_a_report_is_no_hedge() -> None:
    sentence = (
        "The weather office said in a short report that the storm may have damaged 300 homes."
    )
    assert not _signals(sentence, "report")
    assert _signals(sentence, "may")


def test_amid_reports_is_still_a_hedge() -> None:  # control
    assert _signals(
        "The port closed on Monday amid reports that 300 homes were damaged.", "reports"
    )


def _denials(body: str) -> dict[str, str]:
    return _kind(_story_questions(body), "who_denied")


_OTHERS = (
    "Tom Hale, a farmer, said the river rose overnight. Ann Reed, a nurse, said 12 people "
    "were hurt. Ivo Marsh, a teacher, said the school was closed.\n\n"
)


def test_quoted_denial_in_the_denier_s_words() -> None:
    found = _denials(
        _OTHERS + '"We firmly deny that the gates were opened without warning," Nora Falk said.\n'
    )
    prompt = "Who made this denial: “We firmly deny that the gates were opened without warning”?"
    assert found == {prompt: "Nora Falk"}


def test_long_quotation_without_a_denial_word_is_no_denial() -> None:  # control
    found = _denials(
        _OTHERS + '"The gates were opened at noon and everyone had been told," Nora Falk said.\n'
    )
    assert found == {}


def test_called_the_accusations_baseless() -> None:
    found = _denials(_OTHERS + "Nora Falk called the accusations baseless.\n")
    assert found == {"According to the story, who called the accusations baseless?": "Nora Falk"}


def test_dismissed_as_a_label_is_no_that_clause() -> None:
    found = _denials(_OTHERS + "Nora Falk dismissed the inspectors' report as biased.\n")
    assert found == {
        "According to the story, who dismissed the inspectors' report as biased?": "Nora Falk"
    }


def test_insisted_there_was_no() -> None:
    qs = _story_questions(
        _OTHERS + "Nora Falk insisted there was no delay in warning the villages.\n"
    )
    assert _kind(qs, "who_denied") == {
        "According to the story, who insisted that there was no delay in warning the villages?": (
            "Nora Falk"
        )
    }
    assert not [q for q in qs if q.kind == "what_denied" and "Nora Falk" in q.prompt]


def test_denied_there_was_no_is_still_skipped() -> None:  # control: a double negative
    assert _denials(_OTHERS + "Nora Falk denied that there was no warning.\n") == {}


def test_the_education_ministry_denier() -> None:
    found = _denials(_OTHERS + "The education ministry denied that any school had collapsed.\n")
    prompt = "According to the story, who denied that any school had collapsed?"
    assert found == {prompt: "The education ministry"}


def test_firm_in_a_denial_sentence_is_no_wrong_option(stories: dict[str, list[Question]]) -> None:
    # "Two of the shipping firms …, Gremar Lines and Ostvik Freight, have rejected claims …": the
    # analysis reads no denial of theirs, yet they deny; so they are no wrong "who denied" option
    qs = stories["wire_port_bribery.txt"]
    (q,) = [
        q for q in qs if q.prompt == "According to the story, who denied the allegations in court?"
    ]
    assert "Gremar Lines" not in q.options and "Ostvik Freight" not in q.options


def test_coordinated_verification_object() -> None:
    found = _verification(
        "The army released a video on Monday of what it said was a captured tank. The location "
        "and date of the video could not be confirmed.\n"
    )
    assert [o for _, _, o in found] == ["the location and date of the video"]


def test_uncoordinated_object_unchanged() -> None:  # control
    found = _verification(
        "The army released a video on Monday of a tank and a truck. The date of the video "
        "could not be confirmed.\n"
    )
    assert [o for _, _, o in found] == ["the date of the video"]


def test_which_after_a_clause_is_a_verification() -> None:
    found = _verification(
        "Officials said 40 people had been detained in the port after the protest, which the "
        "BBC was unable to confirm.\n"
    )
    assert found == [
        ("BBC", "unverified", "40 people had been detained in the port after the protest")
    ]


def test_which_after_a_clause_without_verifying_is_nothing() -> None:  # control
    assert _verification("Ann Reed said the vote was delayed, which surprised many.\n") == []


def test_figures_after_a_quotation_without_one_are_not_asked() -> None:
    qs = _story_questions(
        "Shells hit the market on Tuesday, killing 14 people, the governor said.\n\n"
        'Governor Tom Hale said the shells came from the river. "They aimed at the stalls," '
        "Hale said.\n\nThe casualty figures could not be independently verified.\n"
    )
    assert not [q for q in qs if q.kind == "verification" and "figures" in q.prompt]


def test_police_at_a_sentence_start_is_the_police() -> None:
    qs = _story_questions(
        "Two men were arrested in the port on Monday.\n\n"
        "Police said the men were aged 19 and 23. Anna Kell, a shop owner, said she had seen "
        "them run past at 9 pm. Tom Hale, a neighbour, said the street had been quiet all week. "
        "Ivo Brant, the local councillor, said residents wanted more patrols.\n"
    )
    options = {o for q in qs for o in q.options}
    assert "The police" in options and "The Police" not in options


def test_relative_named_by_first_name_is_no_option() -> None:
    # "Dorn's wife, Alena, said …" (the first set's court story): "Alena" alone is no option
    qs = generate(analyze((DATA / "wire_court_ruling.txt").read_text(encoding="utf-8")))
    assert [q.prompt for q in qs if q.kind != "spot_the_cue" and "Alena" in q.options] == []


def _sources(body: str) -> dict[str, str]:
    analysis = analyze("Envoys meet in Brensk\n\nBRENSK, Kaldova (AP) — " + body)
    ctx = Context(analysis, analysis.stories[0])
    return {key: info.name for key, info in story_sources(ctx).items()}


def test_surname_source_shown_in_full() -> None:
    names = _sources(
        "Talks resumed on Monday.\n\nThe ministry said its envoy, Mira Holt, had met the "
        "president. Holt told reporters that both sides wanted a deal before 3 May. She said "
        "the talks would go on until Friday.\n"
    )
    assert names.get("holt") == "Mira Holt"


def test_surname_of_two_people_stays() -> None:  # control
    names = _sources(
        "Talks resumed on Monday.\n\nMira Holt said the talks had begun. Ivo Holt said a deal "
        "was close. Holt told reporters that 12 envoys took part.\n"
    )
    assert names.get("holt", "Holt") == "Holt"


def _verification_questions(text: str) -> dict[str, str]:
    return _kind(generate(analyze(text), thin_giveaways=False), "verification")


_BYLINE_STORY = (
    "River floods valley\n\nBy Ada Brun, Westmoor Radio\n\n"
    "Farmer Tom Hale said 300 sheep had drowned overnight. The figure could not be confirmed.\n\n"
    "Westmoor Radio has been unable to verify claims, shared widely online, that a dam had "
    "been opened without warning.\n"
)


def test_claims_with_an_aside_and_the_outlet_of_the_byline() -> None:
    found = _verification_questions(_BYLINE_STORY)
    assert found == {
        "According to the story, was Westmoor Radio able to verify claims that a dam had been "
        "opened without warning?": "Westmoor Radio could not verify them",
        "According to the story, was Westmoor Radio able to confirm the claim that 300 sheep had "
        "drowned overnight?": ("Westmoor Radio could not confirm it"),
    }


def test_byline_outlet_that_verifies_nothing_stays_the_outlet() -> None:  # control
    text = _BYLINE_STORY.replace(
        "Westmoor Radio has been unable to verify claims, shared widely online,",
        "Ann Reed, a farmer, said",
    )
    found = _verification_questions(text)
    assert found == {
        "According to the story, was the outlet able to confirm the claim that 300 sheep had "
        "drowned overnight?": ("The outlet could not confirm it")
    }


def test_which_after_a_clause_of_the_outlet_s_own_is_nothing() -> None:
    # "put the number at": no claim's words, so what could not be confirmed is unclear
    found = _verification(
        "The opposition put the number at more than 300, which the BBC was unable to confirm.\n"
    )
    assert found == []


def test_outlet_written_with_the_keeps_it_in_a_passive() -> None:
    text = (
        "Vote count disputed\n\nBy Ada Brun, BBC News, Rovna\n\n"
        "The BBC has not been able to verify the opposition's claims. Videos appear to show "
        "ballots dropped into a box on Sunday, but the location and date of the ballot footage "
        "could not be confirmed.\n"
    )
    found = _verification_questions(text)
    key = (
        "According to the story, was the BBC able to confirm the location and date of the ballot "
        "footage?"
    )
    assert found[key] == "The BBC could not confirm it"


_THREE = (
    "Ann Reed said the plan was sound.\n\nTom Hale said 40 people had lost their jobs. Ivo Marsh, "
    "a teacher, said the school had closed in May.\n\n"
)


def test_self_denial_keeps_its_pronoun() -> None:
    qs = _story_questions(
        _THREE + "Nora Falk, the mayor, denied that she had been told of the closure in advance. "
        "Ida Brant said the council met on 3 May.\n"
    )
    what = _kind(qs, "what_denied")
    assert what == {
        "According to the story, what did Nora Falk deny?": (
            "That she had been told of the closure in advance"
        )
    }


def test_it_of_an_organisation_is_not_taken_as_itself() -> None:  # control
    qs = _story_questions(
        _THREE + "The coast guard denied that it had been lost at sea for two hours.\n"
    )
    assert _kind(qs, "what_denied") == {}
