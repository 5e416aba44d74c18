"""Golden examples of every question kind, on a made-up story in ordinary news language."""

from __future__ import annotations

import pytest
from gen_fixtures import FREEDONIA, freedonia, one_story  # noqa: E402

from questions.generate import KINDS, generate, generate_with_report  # noqa: E402
from questions.generate.kinds.fact_or_claim import CLAIM, FACT, fact_statement, is_analysis  # noqa: E402
from questions.generate.registry import Context  # noqa: E402
from questions.model import SKILLS, Question  # noqa: E402


@pytest.fixture(scope="module")
def questions() -> list[Question]:
    # what each kind builds, before questions that give each other away are thinned
    # (tests/questions/test_giveaway.py tests the thinning)
    return generate(freedonia(), thin_giveaways=False)


def right(q: Question) -> str:
    assert isinstance(q.answer, int)
    return q.options[q.answer]


def of_kind(questions: list[Question], kind: str) -> list[Question]:
    return [q for q in questions if q.kind == kind]


def test_every_kind_is_registered_with_a_known_skill() -> None:
    assert set(KINDS) >= {
        "fact_or_claim",
        "who_said",
        "who_denied",
        "what_denied",
        "verification",
        "source_check",
        "hedge_words",
        "characterization",
        "spot_the_cue",
    }
    assert all(spec.skill in SKILLS for spec in KINDS.values())


def test_every_kind_present_and_nothing_dropped() -> None:
    qs, report = generate_with_report(freedonia(), thin_giveaways=False)
    assert {q.kind for q in qs} == set(KINDS)
    assert report.dropped_total == 0 and not report.errors


def test_thinning_keeps_the_denial_and_drops_only_giveaways() -> None:
    # the story's one denial gives a who_denied and a what_denied that name each other's
    # answer: who_denied stays; spot_the_cue and source_check rest on sentences that carry a
    # question of a higher tier (fact_or_claim, who_said) giving theirs away or given away;
    # one source_check stays since "built in the province" (no province named) is not asked
    # as a fact alone, so the fact_or_claim balance shifts (helper f4)
    qs, report = generate_with_report(freedonia())
    assert {q.kind for q in qs} == set(KINDS) - {"what_denied", "spot_the_cue"}
    assert set(report.thinned) == {"what_denied", "spot_the_cue", "source_check", "who_said"}
    assert report.dropped_total == 0 and not report.errors


@pytest.mark.parametrize(
    ("statement", "answer"),
    [
        ("“The Ostra city council opened three new schools in the town last year.”", FACT),
        ("“The border between the two countries was closed to all traffic in March.”", FACT),
        ("“More than 40 soldiers were killed in the border town of Ostra on Sunday.”", CLAIM),
        ("“About 2,000 people had crossed the border since Friday.”", CLAIM),
        ("“The rebel group’s fighters had captured two villages near the river.”", CLAIM),
    ],
)
def test_fact_or_claim_golden(questions: list[Question], statement: str, answer: str) -> None:
    found = [q for q in of_kind(questions, "fact_or_claim") if q.prompt.startswith(statement)]
    assert len(found) == 1
    q = found[0]
    assert right(q) == answer
    assert q.options == (FACT, CLAIM)
    assert q.prompt.endswith("?")


def test_fact_or_claim_is_balanced(questions: list[Question]) -> None:
    fc = of_kind(questions, "fact_or_claim")
    facts = sum(right(q) == FACT for q in fc)
    assert fc and max(facts, len(fc) - facts) <= 0.6 * len(fc)


def test_fact_or_claim_never_offers_the_hedged_sentence(questions: list[Question]) -> None:
    assert not any("bridge" in q.prompt for q in of_kind(questions, "fact_or_claim"))


def test_fact_or_claim_explanation_names_the_cue(questions: list[Question]) -> None:
    q = next(q for q in of_kind(questions, "fact_or_claim") if "40 soldiers" in q.prompt)
    assert "“The government of Freedonia says”" in q.explanation and "*" not in q.explanation
    assert "does not state it as fact" in q.explanation


@pytest.mark.parametrize(
    ("needle", "answer"),
    [
        ("more than 40 soldiers", "The government of Freedonia"),
        ("We are doing everything", "Tomas Berg"),
        ("unlikely to end", "Maria Lind"),
    ],
)
def test_who_said_golden(questions: list[Question], needle: str, answer: str) -> None:
    q = next(q for q in of_kind(questions, "who_said") if needle in q.prompt)
    assert right(q) == answer
    assert 3 <= len(q.options) <= 4
    assert answer.split()[-1] not in q.prompt


def test_who_said_never_offers_the_same_side(questions: list[Question]) -> None:
    q = next(q for q in of_kind(questions, "who_said") if "40 soldiers" in q.prompt)
    assert "Anna Kovac" not in q.options  # Freedonia's defence minister speaks for Freedonia


def test_who_denied_and_what_denied(questions: list[Question]) -> None:
    who = of_kind(questions, "who_denied")
    what = of_kind(questions, "what_denied")
    assert [right(q) for q in who] == ["Anna Kovac"]
    assert (
        who[0].prompt
        == "According to the story, who denied that the army had shelled civilian areas?"
    )
    assert [right(q) for q in what] == ["That the army had shelled civilian areas"]
    assert what[0].prompt == "According to the story, what did Anna Kovac deny?"


def test_verification_golden(questions: list[Question]) -> None:
    (q,) = of_kind(questions, "verification")
    assert q.prompt == (
        "According to the story, was the BBC able to verify the claims about the captured villages?"
    )
    assert right(q) == "The BBC could not verify them"  # a plural matter


def test_source_check_channels_and_kinds(questions: list[Question]) -> None:
    answers = {right(q) for q in of_kind(questions, "source_check")}
    assert {"On Telegram", "Speaking to the BBC", "An independent expert"} <= answers
    telegram = next(q for q in of_kind(questions, "source_check") if right(q) == "On Telegram")
    assert "On social media" not in telegram.options  # the same channel under another name


def test_hedge_words_golden(questions: list[Question]) -> None:
    (q,) = of_kind(questions, "hedge_words")
    assert right(q) == "alleged"
    sentence = FREEDONIA.split("\n")[10]
    assert all(opt in sentence for opt in q.options)


def test_characterization_golden(questions: list[Question]) -> None:
    (q,) = of_kind(questions, "characterization")
    assert "described the rebel offensive as a desperate attempt" in q.prompt
    assert right(q) == "The government of Freedonia"


def test_spot_the_cue_golden(questions: list[Question]) -> None:
    q = next(
        q for q in of_kind(questions, "spot_the_cue") if q.options[:2] == ("The", "government")
    )
    assert isinstance(q.answer, tuple)
    assert [q.options[i] for i in q.answer] == ["The", "government", "of", "Freedonia", "says"]


@pytest.mark.parametrize(
    ("sentence", "analysis"),
    [
        ("It is not clear what “whether or not to go” entails.", True),
        ("Militarily, the strike would be hard to carry out.", True),
        ("This is the most significant statement from the president in days.", True),
        ("Who was behind the alleged attack?", True),
        ("We know that he has been given a spectrum of options.", True),
        ("The two-week window – assuming it lasts that long – also gives space.", True),
        ("The strait is contested between Taiwan and China, which split in 1949.", False),
        ("US navy ships sail through the strait around once every two months.", False),
    ],
)
def test_is_analysis(sentence: str, analysis: bool) -> None:
    a = one_story(sentence)
    ctx = Context(a, a.stories[0])
    offered = fact_statement(ctx, a.stories[0].sentences[0]) is not None
    assert is_analysis(sentence) or not offered if analysis else offered
