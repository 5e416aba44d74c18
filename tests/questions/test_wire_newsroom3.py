"""Four more wire-style stories written for these tests (tests/questions/data/
wire_chemical_spill.txt, wire_prison_riot.txt, wire_stadium_contract.txt,
wire_airline_crash.txt: invented places, people and firms), mixing verification statements,
denials, hedges, quoted and reported speech, read question by question as a teacher would
before the engine was changed for them, and a fifth (wire_trawler_collision.txt) written after
the fixes and read unchanged, as a held-out check. What the reading found, and the tests below:

- "Kessler Chem has denied the claim.", "The justice ministry denied the charge, saying …",
  "Skyline Freight has denied the claim." gave no denial question: now the one claim of the
  sentence before is asked ("who denied the claim that …"), and only then (not after a
  paragraph of several sentences, nor after a quotation);
- "Neither claim could be independently verified." after two claims gave nothing: each is now
  unverified by the outlet;
- "…, calling the accusations “a campaign of lies.”" was asked as "who denied the accusations
  “a campaign of lies.”?";
- "the Kessler Chem plant" made a wrong option "The Kessler Chem"; "Witness Emil Korr" kept
  the word "Witness" in its option.
"""

from __future__ import annotations

import pytest
from story_kit import answer, built, kind_answers, wrong_options

from questions.model import Question

STORIES = (
    "wire_chemical_spill.txt",
    "wire_prison_riot.txt",
    "wire_stadium_contract.txt",
    "wire_airline_crash.txt",
    "wire_trawler_collision.txt",  # written after the fixes, read as a held-out check
)


@pytest.fixture(scope="module")
def stories() -> dict[str, list[Question]]:
    return {name: built(name) for name in STORIES}


def test_every_story_gives_questions_and_no_bad_option(stories: dict[str, list[Question]]) -> None:
    for name, qs in stories.items():
        assert len(qs) >= 4, name
        for q in qs:
            for option in q.options if q.kind != "spot_the_cue" else ():  # words, not options
                assert not option.startswith(("The Kessler", "Witness ")), (q.prompt, option)
            if q.kind != "hedge_words":  # which quotes its whole sentence, stop and all
                assert "." not in q.prompt.rstrip("?")[-3:], q.prompt  # no stop inside the prompt


def test_spill_outlet_and_agency_have_not_verified(stories: dict[str, list[Question]]) -> None:
    qs = stories["wire_chemical_spill.txt"]
    assert kind_answers(qs, "verification") == {
        "According to the story, was the Associated Press able to verify the number of dead "
        "animals?": "The Associated Press could not verify it",
        "According to the story, did the agency confirm how much solvent may have reached the "
        "stream?": "The agency has not confirmed it",
    }
    # "Kessler Chem has denied the claim." follows a paragraph of two sentences, the last a
    # quotation: what "the claim" is (the villagers' leak) is not the sentence before
    assert not [q for q in qs if q.kind in ("who_denied", "what_denied")]
    said = kind_answers(qs, "who_said")
    key = (
        "According to the story, who said that the plant had been fined twice in the past five "
        "years?"
    )
    assert said[key] == "Clean Rivers"


def test_riot_charge_denied_and_neither_claim(stories: dict[str, list[Question]]) -> None:
    qs = stories["wire_prison_riot.txt"]
    (what,) = [q for q in qs if q.kind == "what_denied"]
    assert what.prompt == "According to the story, what did the justice ministry deny?"
    assert answer(what) == (
        "That guards had fired live rounds into a crowd of inmates in the main yard"
    )
    assert what.evidence.text.startswith("Prisoners' rights group Open Cell said")
    assert "“the charge” is the claim of Open Cell that" in what.explanation
    assert kind_answers(qs, "verification") == {
        "According to the story, was the Associated Press able to verify the claim that the "
        "hostages had been freed unharmed late on Saturday?": (
            "The Associated Press could not verify it"
        ),
        "According to the story, was the Associated Press able to verify the claim that the two "
        "guards were released only after negotiators agreed to move 30 inmates to another "
        "prison?": "The Associated Press could not verify it",
    }
    # "her account": an anonymous relative's, asked of no one
    assert not [q for q in qs if "account" in q.prompt]


def test_stadium_calling_and_wrongdoing(stories: dict[str, list[Question]]) -> None:
    qs = stories["wire_stadium_contract.txt"]
    assert kind_answers(qs, "who_denied") == {
        "According to the story, who called the accusations “a campaign of lies”?": "Dana Reske",
        "According to the story, who denied any wrongdoing?": "Brant Construction",
    }
    said = kind_answers(qs, "who_said")
    key = (
        "According to the story, who said that the mayor had spent two holidays at a villa owned "
        "by the head of Brant Construction?"
    )
    assert said[key] == "Tomas Wend"


def test_crash_claim_denied_by_the_operator(stories: dict[str, list[Question]]) -> None:
    qs = stories["wire_airline_crash.txt"]
    warned = "that ground crews had warned managers about the aircraft's condition last month"
    (who,) = [q for q in qs if q.kind == "who_denied"]
    assert who.prompt == f"According to the story, who denied the claim {warned}?"
    assert answer(who) == "Skyline Freight"
    (what,) = [q for q in qs if q.kind == "what_denied"]
    assert answer(what) == "T" + warned[1:]
    assert not any("engine fault" in o or "warned" in o for o in wrong_options(what))
    assert "Emil Korr" in {o for q in qs if q.kind == "who_said" for o in q.options}
    assert kind_answers(qs, "verification") == {
        "According to the story, did the authority confirm that the plane had reported an engine "
        "fault to the control tower two minutes after take-off?": "The authority confirmed it",
        # "Local media reported that X, but that could not be confirmed": X (test_verification_e5)
        "According to the story, was the Associated Press able to confirm the claim that the "
        "cargo included medical supplies?": "The Associated Press could not confirm it",
    }


def test_trawler_held_out(stories: dict[str, list[Question]]) -> None:
    qs = stories["wire_trawler_collision.txt"]
    assert kind_answers(qs, "verification") == {
        # the outlet's own check, asked as its own since branch ver10
        "According to the story, was the Associated Press able to confirm how many crew members "
        "were hurt?": "The Associated Press could not confirm it",
        "According to the story, was the Associated Press able to verify the claim that Ostmark's "
        "coast guard had no vessels in the area on Thursday?": "The Associated Press could not "
        "verify it",
    }
    # "The Baltrian navy rejected the allegation." after a claim whose "it" (the trawler) is
    # not resolved: no question; "The navy and the defence ministry have denied …": the navy
    # is never a wrong option of a question about that denial
    for q in qs:
        if q.kind == "who_denied":
            assert not any("navy" in o.lower() for o in wrong_options(q)), q.prompt


# ---- one-sentence regressions of our own for the general fixes


def _story(body: str) -> list[Question]:
    from questions import analyze
    from questions.generate import generate

    text = "Plant row\n\nMORVIK, Estland (AP) — " + body + "\n"
    return generate(analyze(text), thin_giveaways=False)


_OTHERS = (
    " Mayor Ilse Varga said the town would hold a meeting on Sunday. Union leader Tomas Breck "
    "said the workers had been sent home. Doctor Ana Pell said two people had been treated."
)


def test_the_before_a_name_that_a_sentence_opens_bare() -> None:
    body = (
        "Villagers near the Orlen Paper mill said the river smelled of bleach. Orlen Paper said "
        "its filters had been replaced in June." + _OTHERS
    )
    options = {o for q in _story(body) if q.kind == "who_said" for o in q.options}
    assert "Orlen Paper" in options and "The Orlen Paper" not in options
    # control: a name the story writes only with "the" keeps it
    body = (
        "The Lindberg Institute said the river smelled of bleach. Experts at the Lindberg "
        "Institute said the filters had failed." + _OTHERS
    )
    options = {o for q in _story(body) if q.kind == "who_said" for o in q.options}
    assert "The Lindberg Institute" in options


def test_calling_participle_is_asked_as_called() -> None:
    body = (
        "Councillor Tomas Wend said the mayor had taken gifts from a builder. Mayor Dana Reske "
        "rejected claims that the contract was rigged, calling the accusations “a pack of "
        "lies.”" + _OTHERS
    )
    prompts = [q.prompt for q in _story(body) if q.kind == "who_denied"]
    assert "According to the story, who called the accusations “a pack of lies”?" in prompts
    assert not any("denied the accusations" in p for p in prompts)
