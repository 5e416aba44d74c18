"""Four US-political-news-style stories written for these tests (tests/questions/data/
pol_campaign_trail.txt, pol_poll.txt, pol_debate.txt, pol_analysis.txt: invented politicians,
towns, parties and polls): a campaign rally, a poll story, a debate recap with accusations and
denials, and an analysis with the outlet's own interpretation and hedges. Read question by
question as a teacher would before any change (all twelve acceptable); the tests pin what was
right and the guards that kept doubtful candidates out:

- `"Somebody has to pay for the roads," she said.` follows "Corn grower Lydia Vance said …"
  but the last named woman quoted is Tessa Lund: no who_said question may name a speaker for it,
  and the spot_the_cue explanation names nobody;
- the outlet's own reading ("a risky move", "seemed to signal", "only partly true") is never
  asked as a source's claim, and "seemed"/"appears" are the keyed hedges.
"""

from __future__ import annotations

import pytest
from story_kit import answer, built, kind_answers, shipped

from questions import analyze
from questions.model import Question

STORIES = ("pol_campaign_trail.txt", "pol_poll.txt", "pol_debate.txt", "pol_analysis.txt")


@pytest.fixture(scope="module")
def stories() -> dict[str, list[Question]]:
    return {name: built(name) for name in STORIES}


def test_every_story_gives_questions(stories: dict[str, list[Question]]) -> None:
    for name, qs in stories.items():
        assert qs, name
        for q in qs:  # no stop inside an asked clause (a hedge prompt quotes a whole sentence)
            if q.kind in ("who_said", "who_denied", "what_denied", "verification"):
                assert "." not in q.prompt.rstrip("?")[-3:], q.prompt


def test_campaign_facts_and_claims(stories: dict[str, list[Question]]) -> None:
    qs = stories["pol_campaign_trail.txt"]
    assert kind_answers(qs, "fact_or_claim") == {
        # a past event: a plan ("is scheduled to visit …") is no fact to ask (fact_or_claim r9)
        "“Brisco held a rally in Delmont on Monday.” — Does the story report this as "
        "fact, or as someone's claim?": "Reported as fact by the outlet",
        # Harlow's "she would cut the fuel tax …" is her pledge, no claim (helper f2)
        "“The cut would cost the state about $400 million a year.” — Does the story report this "
        "as fact, or as someone's claim?": "A claim the story attributes to someone",
    }


def test_campaign_she_said_after_another_woman_is_not_resolved(
    stories: dict[str, list[Question]],
) -> None:
    qs = stories["pol_campaign_trail.txt"]
    for q in qs:
        if "Somebody has to pay for the roads" in (q.evidence.text if q.evidence else ""):
            assert q.kind == "spot_the_cue", q.prompt
            assert "Lund" not in q.explanation and "Vance" not in q.explanation
    assert not [q for q in qs if q.kind == "who_said" and "roads" in q.prompt]


def test_poll_claims_and_unverified_grant_claim(stories: dict[str, list[Question]]) -> None:
    qs = stories["pol_poll.txt"]
    assert kind_answers(qs, "verification") == {
        "According to the story, was the Associated Press able to verify that the increase was "
        "mostly paid for by federal grants?": "The Associated Press could not verify it",
    }
    facts = kind_answers(qs, "fact_or_claim")
    assert (
        facts[
            "“The election is on Nov. 4.” — Does the story report this as fact, or as "
            "someone's claim?"
        ]
        == "Reported as fact by the outlet"
    )
    said = kind_answers(qs, "who_said")
    key = (
        "According to the story, who said that the results showed that residents were tired of "
        "rising property taxes?"
    )
    assert said.get(key, "Dana Whitfield") == "Dana Whitfield"


def test_debate_cue_skips_the_aside(stories: dict[str, list[Question]]) -> None:
    qs = stories["pol_debate.txt"]
    cues = [q for q in shipped("pol_debate.txt") if q.kind == "spot_the_cue"]
    assert len(cues) == 1
    (q,) = cues
    assert [q.options[i] for i in q.answer] == ["Vesk,", "said"]  # not "in turn,"
    # no question asks a denial with the wrong denier: the two candidates deny each other
    for q in qs:
        if q.kind == "who_denied":
            assert ("Vesk" in answer(q)) == ("accusation" in q.prompt), q.prompt


def test_analysis_hedges_and_outlet_reading(stories: dict[str, list[Question]]) -> None:
    qs = stories["pol_analysis.txt"]
    hedges = {q.evidence.text: answer(q) for q in qs if q.kind == "hedge_words"}
    assert hedges == {
        "The veto seemed to signal that she is willing to pick a public fight with her own "
        "party's leaders in the Assembly.": "seemed",
        "That appears to be only partly true.": "appears",
    }
    facts = kind_answers(qs, "fact_or_claim")
    assert facts == {
        "“The Assembly has 10 days to override the veto.” — Does the story report this as fact, "
        "or as someone's claim?": "Reported as fact by the outlet",
        "“The governor had ‘walked away from a fair deal.’” — Does the story report this as "
        "fact, or as someone's claim?": "A claim the story attributes to someone",
    }
    for q in qs:  # the outlet's own reading is never asked as fact or claim, nor as said
        if q.kind in ("fact_or_claim", "who_said"):
            assert "risky move" not in q.prompt and "partly true" not in q.prompt, q.prompt
    said = kind_answers(qs, "who_said")
    assert said == {
        "According to the story, who said that the governor had “walked away from a fair "
        "deal”?": "Rolf Marchetti"
    }


def _sources(text: str) -> list[str | None]:
    story = "Race heats up\n\nDELMONT, Ostrava (AP) — " + text
    return [c.source for s in analyze(story).stories for c in s.claims]


@pytest.mark.parametrize(
    ("sentence", "source"),
    [
        # a role first, the name in an apposition that opens on a lower-case descriptor
        (
            "Her opponent, former Mayor Daniel Brisco of the Unity Party, has said the cut "
            "would cost the state about $400 million a year.",
            "Daniel Brisco",
        ),
        (
            "Teller's challenger, businessman Gregor Haas, said the standoff showed the governor "
            "could not manage her own party.",
            "Gregor Haas",
        ),
        # controls: a bare name in the apposition (as before), and no single name for a group
        # "including" several people
        (
            "Brisco's campaign manager, Tessa Lund, said Harlow had voted against three farm aid "
            "bills.",
            "Tessa Lund",
        ),
        (
            "Democratic candidates, including Ann Cole and Senator Bo Reed, have said the tax "
            "should be cut.",
            "Democratic candidates",
        ),
    ],
)
def test_role_then_described_name_apposition(sentence: str, source: str) -> None:
    assert _sources(sentence) == [source]


def test_hedge_foil_is_never_part_of_the_unverified_phrase() -> None:
    from questions.generate.kinds.hedge_words import candidate_words

    # "independently" belongs to "could not be independently verified", the sign itself
    sentence = (
        "A city spokesman said the increase was mostly paid for by federal grants, a claim that "
        "could not be independently verified."
    )
    assert candidate_words(sentence, "claim") == ["mostly", "federal"]
    qs = [q for q in built("pol_poll.txt") if q.kind == "hedge_words"]
    assert all("independently" not in q.options for q in qs)
    # control: an adverb away from any verb of verification is still a foil
    assert candidate_words(
        "The fire was officially declared out on Monday, a claim residents dispute.", "claim"
    ) == ["officially"]
