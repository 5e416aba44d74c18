"""Failure categories of the second teacher's reading of unseen news (issue 7, helper reading2).
Every sentence here was written for these tests, about invented people and places (Ann Reed,
Tom Hale, Lia Moss, Dunmore, Acme Corp); none is taken from a corpus."""

from __future__ import annotations

import pytest
from fakes import fake_question

from questions import analyze
from questions.generate import generate
from questions.generate.explain import claim_of, verb_span
from questions.generate.giveaway import reveals, thin
from questions.generate.kinds.fact_or_claim import CLAIM, FACT, plain_fact
from questions.generate.kinds.hedge_words import signals_uncertainty
from questions.generate.sources import _names_someone
from questions.generate.text import option_name
from questions.model import Question


def _verb(cue: str) -> str:
    s, e = verb_span(cue, (0, len(cue)))
    return cue[s:e]


# 1. A cue "went on to say" was cut at "on" as if "on …" were a channel ("said on Tuesday"), so
# spot_the_cue keyed only "He went" and the explanation's words read "He went".
@pytest.mark.parametrize(
    ("cue", "marked"),
    [
        ("went on to say", "went on to say"),
        ("went on to claim", "went on to claim"),
        ("said on Tuesday", "said"),  # controls: a time or a channel is still cut
        ("wrote on her blog", "wrote"),
        ("said in a statement", "said"),
    ],
)
def test_went_on_to_say_is_the_cue_whole(cue: str, marked: str) -> None:
    assert _verb(cue) == marked


def test_spot_the_cue_marks_went_on_to_say() -> None:
    text = (
        "Dunmore ferry to stop\n\n"
        "Tom Hale, the harbour master of Dunmore, spoke to reporters on Monday about the ferry "
        "and its debts.\n\n"
        "Hale went on to say the old ferry would stop running on May 3 for lack of money.\n\n"
        "The ferry has carried passengers across the bay since 1961.\n\n"
        "Mayor Ann Reed said the city would look for a new operator before the summer.\n\n"
        "Lia Moss, who runs a cafe by the pier, said her takings had fallen by half.\n\n"
        "Acme Corp said it had no plans to bid for the route.\n"
    )
    spots = [q for q in generate(analyze(text), thin_giveaways=False) if q.kind == "spot_the_cue"]
    spot = [q for q in spots if "went on to say" in q.evidence.text]
    assert spot, "the sentence should give a spot_the_cue question"
    keyed = [spot[0].options[i] for i in spot[0].answer]  # type: ignore[union-attr]
    assert keyed[-4:] == ["went", "on", "to", "say"]
    assert "“Hale went on to say”" in spot[0].explanation


# 2. Options carried a sentence connective read into a name ("Meanwhile <Name>"), and a name
# written "the former <Title> <Name>" stood out among bare names (once as the keyed answer).
@pytest.mark.parametrize(
    ("source", "shown"),
    [
        ("Meanwhile Lia", "Lia"),
        ("Even Tom Hale", "Tom Hale"),
        ("Then Moss", "Moss"),
        ("The former Secretary of State Ann Reed", "Ann Reed"),
        ("the former Gov. Tom Hale", "Tom Hale"),
        ("The former President Lia Moss", "Lia Moss"),
        # controls: a name that only starts like a connective, an organisation, a lone word
        ("Stillwater Bank", "Stillwater Bank"),
        ("Evenson", "Evenson"),
        ("The former Acme Corp", "The former Acme Corp"),
        ("the former top aide to Gov. Ann Reed", "The former top aide to Gov. Ann Reed"),
        ("Meanwhile", "Meanwhile"),
    ],
)
def test_an_option_drops_a_connective_and_a_former_title(source: str, shown: str) -> None:
    assert option_name(source) == shown


# 3. "X may have changed …, but …" is a concession (the writer grants a point to make another),
# yet "may" was keyed as the word that signals something is not confirmed.
@pytest.mark.parametrize(
    ("sentence", "hedged"),
    [
        ("Tom Hale may have changed his mind on taxes, but his temper has stayed the same.", False),
        ("Acme may have lost ground since 2019, but its shares still rose in May.", False),
        ("The driver may have fled the scene after the crash on Main Street.", True),
        ("The driver may have fled the scene. But police say otherwise.", True),
    ],
)
def test_a_conceding_may_is_no_hedge(sentence: str, hedged: bool) -> None:
    start = sentence.index("may")
    assert signals_uncertainty(sentence, (start, start + 3)) is hedged


def test_a_conceding_may_gives_no_hedge_question() -> None:
    text = (
        "Dunmore mayor stays in the race\n\n"
        "Mayor Ann Reed may have changed her view on the harbour tax twice since 2019, but her "
        "support among older voters has stayed firm.\n\n"
        "The city council meets again on May 3 to vote on the budget.\n"
    )
    hedges = [q for q in generate(analyze(text), thin_giveaways=False) if q.kind == "hedge_words"]
    assert not [q for q in hedges if "may" in q.options]


# 4. A fact_or_claim question on a quotation that carries on the speaker's words (no cue in its
# sentence), beside a source_check on the same quotation: "What kind of source does the story
# give for these words" tells the student the answer is "claim".
QUOTE = "“The bridge will not reopen before winter.”"
SPAN = (300, 300 + len(QUOTE))


def _q(kind: str, prompt: str, options: tuple[str, ...], answer: int, **kw: object) -> Question:
    span = kw.get("span", SPAN)
    assert isinstance(span, tuple)
    return fake_question(
        kind,
        prompt,
        options,
        answer,
        sentence=QUOTE,
        span=span,
        explanation=str(kw.get("explanation", "The story says so.")),
        cue=kw.get("cue"),  # type: ignore[arg-type]
        qid=f"{kind}-{span[0]}-{prompt[:10]}",
    )


FC_CLAIM = _q(
    "fact_or_claim",
    f"{QUOTE} — Does the story report this as fact, or as someone's claim?",
    (FACT, CLAIM),
    1,
    explanation="The quotation carries on Ann Reed’s words from just before it.",
)
SOURCE_KIND = _q(
    "source_check",
    f"What kind of source does the story give for these words: {QUOTE}?",
    ("An independent expert", "A government or its officials", "Anonymous sources"),
    1,
)


def test_asking_for_a_source_gives_away_a_claim_with_no_cue() -> None:
    assert reveals(SOURCE_KIND, FC_CLAIM)
    kept, dropped = thin([SOURCE_KIND, FC_CLAIM])
    assert kept == [FC_CLAIM] and dropped == [SOURCE_KIND]


def test_a_fact_answer_or_a_hedge_question_gives_nothing_away() -> None:
    fact = _q(
        "fact_or_claim",
        f"{QUOTE} — Does the story report this as fact, or as someone's claim?",
        (FACT, CLAIM),
        0,
    )
    hedge = _q(
        "hedge_words",
        f"In this sentence, which word signals that something is not confirmed: {QUOTE}?",
        ("possibly", "old"),
        0,
    )
    assert not reveals(SOURCE_KIND, fact)
    assert not reveals(hedge, FC_CLAIM)


# 5. who_denied and what_denied on one denial always give each other away (each prompt holds
# the other's answer), so one survived, always who_denied; what_denied almost never reached a
# quiz. A story that already keeps two who_said questions now gets its denial as "what".
DENIAL = "Tom Hale denied that the plant had leaked oil into the bay."
DSPAN = (100, 100 + len(DENIAL))


def _denials() -> list[Question]:
    who = _q(
        "who_denied",
        "According to the story, who denied that the plant had leaked oil into the bay?",
        ("Tom Hale", "Lia Moss", "Acme Corp"),
        0,
        span=DSPAN,
        explanation=f"The story says: “{DENIAL}” — it is Tom Hale who denies this.",
    )
    what = _q(
        "what_denied",
        "According to the story, what did Tom Hale deny?",
        ("That the plant had leaked oil into the bay", "That the pier was sold", "That rates rose"),
        0,
        span=DSPAN,
        explanation=f"The story says: “{DENIAL}” — it is Tom Hale who denies this.",
    )
    return [who, what]


def _who_said(n: int) -> Question:
    # two speakers (one speaker's second question in a paragraph is thinned as a repeat)
    speaker = ("Reed", "Moss")[n % 2]
    return _q(
        "who_said",
        f"According to the story, who said that the pier {n} would be sold?",
        ("Ann Reed", "Lia Moss", "Tom Hale"),
        n % 2,
        span=(400 + 100 * n, 450 + 100 * n),
        explanation=f"The story says: “{speaker} said the pier would be sold.”",
    )


def test_a_story_asking_who_said_twice_asks_what_was_denied() -> None:
    qs = [*_denials(), _who_said(0), _who_said(1)]
    kept, dropped = thin(qs)
    assert [q.kind for q in kept] == ["what_denied", "who_said", "who_said"]
    assert [q.kind for q in dropped] == ["who_denied"]


def test_a_story_asking_who_said_once_keeps_who_denied() -> None:
    kept, dropped = thin([*_denials(), _who_said(0)])
    assert [q.kind for q in kept] == ["who_denied", "who_said"]
    assert [q.kind for q in dropped] == ["what_denied"]


# 6. "Hale consultant Ivo Lund, …, took up the thread. “…,” he said. “… .”": the analysis read
# "he" as Hale, whose name is in the sentence before only as the modifier of Lund's role, and
# who_said keyed Hale for Lund's words (and for the bare quotation carrying them on).
BRIDGE = (
    "Dunmore opens its new bridge\n\n"
    "Mayor Tom Hale opened the new bridge over the Dun river on Monday, with a crowd of about "
    "2,000 people watching.\n\n"
    "Hale himself seemed to sense the weight of the day. “This is the moment the town will "
    "remember,” he said in his speech.\n\n"
    "Hale consultant Ivo Lund, the best-known town planner in the county, spoke in the same vein "
    "later that day. “The bridge will change how the town lives, quite frankly, more than "
    "any road,” he said. “People will still be crossing it in a hundred years.”\n\n"
    "Lia Moss, who runs a cafe by the pier, said her takings had doubled since the spring.\n\n"
    "Acme Corp, which built the bridge, said the work had cost 40 million euros.\n\n"
    "The council approved the plan by a vote of 6-1 on April 12, 2019.\n"
)


def test_a_name_seen_only_as_a_role_modifier_is_no_antecedent() -> None:
    qs = generate(analyze(BRIDGE), thin_giveaways=False)
    for q in qs:
        for quote in ("change how the town lives", "crossing it in a hundred years"):
            if quote in q.evidence.text:
                assert "Tom Hale" not in q.explanation, (q.kind, q.explanation)
                assert q.kind not in ("who_said", "source_check", "fact_or_claim"), q.kind


@pytest.mark.parametrize(
    ("window", "names"),
    [
        ("Hale consultant Ivo Lund, a planner, took up the thread.", False),
        ("Hale aide Ivo Lund spoke next.", False),
        # controls: Hale himself, a verb or a preposition after the name
        ("Hale himself seemed to sense it.", True),
        ("Hale told Ivo Lund about the plan.", True),
        ("Hale sent Lund a letter.", True),
        ("Hale after Lund spoke next.", True),
        ("Hale consultant Ivo Lund met Hale at noon.", True),
    ],
)
def test_a_role_modifier_is_not_a_mention(window: str, names: bool) -> None:
    assert _names_someone(window, "Hale") is names


# 7. A fact_or_claim explanation named a source that is only a determiner ("One firm says …,
# while another says …" -> "this is the another’s claim") or a group opening on a possessive
# without its article ("a claim made by county's biggest farmers").
@pytest.mark.parametrize(
    ("name", "shown"),
    [
        ("another", "a claim by an unnamed source"),
        ("the another", "a claim by an unnamed source"),
        ("the other", "a claim by an unnamed source"),
        ("county's biggest farmers", "a claim made by the county's biggest farmers"),
        # controls
        ("some farmers", "a claim made by some farmers"),
        ("officials", "a claim made by officials"),
        ("Ann Reed", "Ann Reed’s claim"),
    ],
)
def test_a_claim_of_a_determiner_or_a_possessive_group_reads_right(name: str, shown: str) -> None:
    assert claim_of(name, True) == shown


# 8. "One ranking pegs <Name> as the 10th-richest …" was offered as the outlet's own fact: the
# figure is the ranking's (and a hyphenated superlative is a ranking too).
@pytest.mark.parametrize(
    ("statement", "plain"),
    [
        ("One ranking puts the Acme founder Tom Hale at 4 billion euros in 2023.", False),
        ("A new survey places Dunmore as the third busiest port in 2022.", False),
        ("Dunmore became the 3rd-largest port of the coast in 2022.", False),
        # controls
        ("The mill closed on May 3, 2019.", True),
        ("The poll was taken on May 3 among 900 voters.", True),
        ("Acme listed 40 stores in 2019.", True),
    ],
)
def test_a_documents_figure_is_no_plain_fact(statement: str, plain: bool) -> None:
    assert plain_fact(statement) is plain
