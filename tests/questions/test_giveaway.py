"""No question of a story gives away another's answer (``questions/generate/giveaway.py``).

Every story here is invented for these tests (Ann Reed, Tom Hale, Acme Corp)."""

from __future__ import annotations

from fakes import fake_question
from gen_fixtures import freedonia  # noqa: E402

from questions import analyze
from questions.generate import generate, generate_with_report
from questions.generate.giveaway import clash, reveals, thin
from questions.generate.kinds.fact_or_claim import CLAIM, FACT
from questions.model import Question

SENTENCE = "Ann Reed, the mayor of Dunmore, said the old bridge would close on May 3."
HEDGED = "Tom Hale said the plant would possibly reopen on June 9."
SPAN = (0, len(SENTENCE))
OTHER_SPAN = (200, 200 + len(HEDGED))


def q(
    kind: str,
    prompt: str,
    options: tuple[str, ...],
    answer: int | tuple[int, ...],
    explanation: str,
    span: tuple[int, int] = SPAN,
    cue: str | None = "said",
) -> Question:
    text = SENTENCE if span == SPAN else HEDGED
    return fake_question(
        kind, prompt, options, answer, sentence=text, span=span, explanation=explanation, cue=cue
    )


WHO_SAID = q(
    "who_said",
    "According to the story, who said that the old bridge would close on May 3?",
    ("Tom Hale", "Ann Reed", "Acme Corp"),
    1,
    f"The story says: “{SENTENCE}” — the words “Ann Reed said”: these are the words of Ann Reed.",
)
SOURCE_CHECK = q(
    "source_check",
    "According to the story, how did Ann Reed make this statement: the old bridge would close?",
    ("In a video", "At a press conference", "In a written statement"),
    1,
    f"The story says: “{SENTENCE}” — the words “Ann Reed said” tell you who the source is.",
)
FACT_OR_CLAIM = q(
    "fact_or_claim",
    "“The old bridge would close on May 3.” — Does the story report this as fact, or as "
    "someone's claim?",
    (FACT, CLAIM),
    1,
    f"The story says: “{SENTENCE}” — the words “Ann Reed said”: this is a claim by Ann Reed.",
)
SPOT = q(
    "spot_the_cue",
    "Which words in this sentence show who is making the claim, and how?",
    tuple(HEDGED.split()),
    (0, 1, 2),
    f"In “{HEDGED}” the words “Tom Hale said” show who is making the claim (Tom Hale) and how.",
    span=OTHER_SPAN,
)
HEDGE = q(
    "hedge_words",
    f"In this sentence, which word signals that something is not confirmed: “{HEDGED}”?",
    ("old", "possibly", "plant"),
    1,
    f"The story says: “{HEDGED}” — the word “possibly” signals that this has been suggested.",
    span=OTHER_SPAN,
    cue="possibly",
)


def test_a_prompt_naming_the_speaker_gives_who_said_away() -> None:
    assert reveals(SOURCE_CHECK, WHO_SAID)
    assert clash(SOURCE_CHECK, WHO_SAID)


def test_of_who_said_and_source_check_on_one_quotation_who_said_stays() -> None:
    kept, dropped = thin([SOURCE_CHECK, WHO_SAID])
    assert kept == [WHO_SAID] and dropped == [SOURCE_CHECK]


def test_fact_or_claim_and_who_said_give_each_other_away() -> None:
    # "this is a claim by Ann Reed" names the speaker; "who said that …" says it is a claim
    assert reveals(FACT_OR_CLAIM, WHO_SAID) and reveals(WHO_SAID, FACT_OR_CLAIM)
    kept, dropped = thin([WHO_SAID, FACT_OR_CLAIM])
    assert kept == [FACT_OR_CLAIM] and dropped == [WHO_SAID]


def test_a_hedge_word_and_the_cue_of_its_sentence_both_stay() -> None:
    # neither the hedge question nor its explanation points at "Tom Hale said"; the cue
    # question never points at "possibly"
    assert not reveals(HEDGE, SPOT) and not reveals(SPOT, HEDGE)
    kept, dropped = thin([HEDGE, SPOT])
    assert kept == [HEDGE, SPOT] and not dropped


def test_questions_on_different_sentences_are_never_compared() -> None:
    elsewhere = q(
        "source_check",
        "According to the story, how did Ann Reed make this statement: the plant would reopen?",
        ("In a video", "At a press conference", "In a written statement"),
        1,
        "The story says: “Ann Reed spoke at a press conference.”",
        span=OTHER_SPAN,
    )
    assert reveals(elsewhere, WHO_SAID)  # it names her, but rests on another sentence
    kept, dropped = thin([WHO_SAID, elsewhere])
    assert kept == [WHO_SAID, elsewhere] and not dropped


def test_a_denial_keeps_one_of_who_denied_and_what_denied() -> None:
    # the made-up story of gen_fixtures has one denial: who_denied names what was denied,
    # what_denied names the denier; who_denied is kept
    built = generate(freedonia(), thin_giveaways=False)
    kept = generate(freedonia())
    denials = [x for x in built if x.kind in ("who_denied", "what_denied")]
    assert len(denials) == 2 and clash(*denials)
    assert [x.kind for x in kept if x.kind in ("who_denied", "what_denied")] == ["who_denied"]


def _denial(kind: str, n: int) -> Question:
    said = ("the plant had leaked oil", "the pier had been sold")[n]
    who = ("Tom Hale", "Ann Reed")[n]
    sentence = f"{who} denied that {said}."
    span = (500 + 100 * n, 500 + 100 * n + len(sentence))
    if kind == "who_denied":
        prompt, options = f"According to the story, who denied that {said}?", (who, "Lia Moss")
    else:
        prompt, options = f"According to the story, what did {who} deny?", (f"That {said}", "X")
    return fake_question(
        kind,
        prompt,
        options,
        0,
        sentence=sentence,
        span=span,
        explanation=f"The story says: “{sentence}” — it is {who} who denies this.",
        cue="denied",
        skill="Denials",
        qid=f"{kind}{n}",
    )


def test_two_denials_keep_one_question_of_each_denial_kind() -> None:
    # within a tier the kind the story has fewer of wins once it has two fewer
    qs = [_denial("who_denied", 0), _denial("who_denied", 1)]
    qs += [_denial("what_denied", 0), _denial("what_denied", 1)]
    kept, dropped = thin(qs)
    assert sorted(x.kind for x in kept) == ["what_denied", "who_denied"]
    assert len(dropped) == 2 and not clash(*kept)


STORY = (
    "Dunmore Bridge to Close\n\n"
    "Dunmore’s old bridge will close for repairs, the city said.\n\n"
    "Ann Reed, the mayor of Dunmore, said on Tuesday that the bridge would close on May 3.\n\n"
    "Tom Hale, a spokesman for Acme Corp, said the company had won the repair contract in "
    "April.\n\n"
    "The council approved the contract by a vote of 6-1 on April 12.\n\n"
    "“We expect traffic to be heavy for weeks,” said Lia Moss, the city’s traffic chief.\n\n"
    "The bridge was built in 1931 and carries 9,000 cars a day.\n"
)


def test_no_kept_question_gives_away_another_in_a_story() -> None:
    built, _ = generate_with_report(analyze(STORY), thin_giveaways=False)
    kept, report = generate_with_report(analyze(STORY))
    pairs = [(a, b) for i, a in enumerate(kept) for b in kept[i + 1 :]]
    assert not any(clash(a, b) for a, b in pairs)
    # something was thinned, and only what clashed with a kept question on its sentence
    gone = [x for x in built if x.id not in {k.id for k in kept}]
    assert sum(report.thinned.values()) >= 1
    assert all(any(clash(g, k) for k in kept) for g in gone if g.kind in report.thinned)
