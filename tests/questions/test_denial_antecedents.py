"""Denials and verification statements that name what they are about only by a noun standing
for claims the story has just reported (issue 7), on sentences of our own, with controls:

- "X has denied the claim." / "X denied the charge, saying …": what is denied is the one claim
  of the sentence before, asked only when that antecedent is unambiguous;
- a denial read only by the learned cue model, whose subject opens the sentence ("The coast
  guard denied …", "The operator, Calder Lines, has rejected …");
- co-deniers ("A and B have rejected claims that …"): neither is offered as a wrong option;
- "Neither claim could be verified." after two attributed claims: each unverified by the outlet;
  "None of the …" / "No … could be verified" is never read as verified.
"""

from __future__ import annotations

from story_kit import answer, kinds_built, verifications, wrong_options

from questions.model import Question

# sources enough for wrong options, none of them about the ferry's papers
FILLER = (
    "Mayor Ilse Varga said the town would hold a memorial on Sunday. "
    "Police chief Anton Reyes said divers had found the ship's bell. "
    "Union leader Tomas Breck said the crew had worked long shifts."
)


def _text(body: str) -> str:
    return "Ferry row deepens\n\nVELMA, Ostria (AP) — " + body + "\n\n" + FILLER + "\n"


def _questions(body: str, *kinds: str) -> list[Question]:
    return kinds_built(_text(body), *kinds)


def _verification(body: str) -> list[tuple[str, str, str]]:
    return verifications(_text(body))


CLAIM = "The harbour board said the ferry Santo Marin had sailed without a safety certificate."
CERTIFICATE = "that the ferry Santo Marin had sailed without a safety certificate"


# ---- "X has denied the claim."


def test_denied_the_claim_asks_the_claim_before() -> None:
    qs = _questions(CLAIM + " Calder Lines has denied the claim.", "who_denied", "what_denied")
    who = [q for q in qs if q.kind == "who_denied"]
    what = [q for q in qs if q.kind == "what_denied"]
    prompt = f"According to the story, who denied the claim {CERTIFICATE}?"
    assert [q.prompt for q in who] == [prompt]
    assert answer(who[0]) == "Calder Lines"
    assert [q.prompt for q in what] == ["According to the story, what did Calder Lines deny?"]
    assert answer(what[0]) == "T" + CERTIFICATE[1:]
    assert answer(what[0]) not in wrong_options(what[0])
    # the evidence holds both sentences: the claim and the denial that names it "the claim"
    for q in who + what:
        assert q.evidence.text.startswith("The harbour board said")
        assert q.evidence.text.endswith("has denied the claim.")
        assert "“the claim” is the claim of the harbour board that" in q.explanation


def test_rejected_the_claim_keeps_the_verb() -> None:
    body = CLAIM + " The operator, Calder Lines, has rejected the claim."
    (who,) = _questions(body, "who_denied")
    assert who.prompt == f"According to the story, who rejected the claim {CERTIFICATE}?"
    assert answer(who) == "Calder Lines"


def test_a_learned_denier_is_known_by_its_name_not_its_description() -> None:
    # "ferry" of "The ferry's captain" is in what is denied: no giveaway, since the option is
    # the name alone
    body = CLAIM + " The ferry's captain, Olaf Berg, has denied the claim."
    (who,) = _questions(body, "who_denied")
    assert who.prompt == f"According to the story, who denied the claim {CERTIFICATE}?"
    assert answer(who) == "Olaf Berg"


def test_denied_the_charge_saying() -> None:
    body = (
        "Port inspector Rena Dovik said two lifeboats were missing from the vessel. "
        "The coast guard denied the charge, saying its crews had checked the boat in March."
    )
    (what,) = _questions(body, "what_denied")
    assert what.prompt == "According to the story, what did the coast guard deny?"
    assert answer(what) == "That two lifeboats were missing from the vessel"


def test_no_antecedent_question_when_it_is_ambiguous() -> None:
    bodies = [
        # two claims in the sentence before: which one is "the claim"?
        "The harbour board said the ferry had sailed without a certificate and Rena Dovik said "
        "two lifeboats were missing. Calder Lines has denied the claim.",
        # a plural noun may gather claims from anywhere in the story
        CLAIM + " Calder Lines has denied the allegations.",
        # a source taking back its own claim is no denial of another's
        "Calder Lines said the ferry Santo Marin had sailed without a safety certificate. "
        "Calder Lines later denied the claim.",
        # no claim in the sentence before
        "The ferry Santo Marin sank on Friday. Calder Lines has denied the claim.",
    ]
    for body in bodies:
        assert _questions(body, "who_denied", "what_denied") == [], body


def test_a_subject_that_does_not_open_the_sentence_is_no_learned_denier() -> None:
    body = CLAIM + " Mayor Ilse Varga and her deputy denied the claim."
    for q in _questions(body, "who_denied", "what_denied"):
        assert "deputy" not in q.prompt and "Deputy" not in answer(q)


# ---- co-deniers


def test_co_deniers_are_one_answer_and_neither_is_a_wrong_option() -> None:
    body = (
        "Calder Lines said the ferry was safe. Calder Lines and Halvard Mutual have rejected "
        "claims that the crew was overworked. Halvard Mutual said it would pay the families."
    )
    (who,) = _questions(body, "who_denied")
    assert who.prompt == "According to the story, who denied that the crew was overworked?"
    assert answer(who) == "Calder Lines and Halvard Mutual"
    wrong = wrong_options(who)
    assert not any("Calder" in o or "Halvard" in o for o in wrong), wrong


def test_what_a_co_denier_denied_is_no_wrong_option_of_its_other_denial() -> None:
    body = (
        CLAIM + " Calder Lines has denied the claim. Union official Rena Dovik said the crew "
        "was overworked. Calder Lines and Halvard Mutual have rejected claims that the crew "
        "was overworked."
    )
    for q in _questions(body, "what_denied"):
        if q.prompt == "According to the story, what did Calder Lines deny?":
            assert not any("overworked" in o for o in q.options), q.options


# ---- "Neither claim could be verified."

TWO = (
    "The Keltian army said its troops had shot down three drones near Vesk. Rebel commander "
    "Piet Aldan said the rebels had captured an army outpost on Tuesday."
)


def test_neither_claim_is_each_claim_unverified_by_the_outlet() -> None:
    found = _verification(TWO + " Neither claim could be independently verified.")
    assert found == [
        ("The Associated Press", "unverified", "its troops had shot down three drones near Vesk"),
        (
            "The Associated Press",
            "unverified",
            "the rebels had captured an army outpost on Tuesday",
        ),
    ]
    qs = _questions(TWO + " Neither claim could be independently verified.", "verification")
    assert {q.prompt: answer(q) for q in qs} == {
        "According to the story, was the Associated Press able to verify the claim that the "
        "Keltian army’s troops had shot down three drones near Vesk?": (
            "The Associated Press could not verify it"
        ),
        "According to the story, was the Associated Press able to verify the claim that the "
        "rebels had captured an army outpost on Tuesday?": (
            "The Associated Press could not verify it"
        ),
    }
    for q in qs:  # the cue is the whole statement, never "could be independently verified" alone
        assert "“Neither claim could be independently verified”" in q.explanation
        assert q.evidence.text.endswith(" Neither claim could be independently verified.")
        assert q.evidence.text.startswith(("The Keltian army said", "Rebel commander"))


def test_neither_claim_controls() -> None:
    one = "The Keltian army said its troops had shot down three drones near Vesk."
    three = TWO + " Mayor Ilse Varga said the town was calm."  # which two does "neither" mean?
    third_before = "Mayor Ilse Varga said the town was calm. " + TWO
    agent = TWO + " Neither claim has been confirmed by the defence ministry."
    assert _verification(one + " Neither claim could be independently verified.") == []
    assert _verification(three + " Neither claim could be independently verified.") == []
    assert _verification(third_before + " Neither claim could be verified.") == []
    assert _verification(agent) == []  # an agent's silence on two claims is left unread


def test_no_and_none_of_are_never_verified() -> None:
    for sentence in (
        "None of the claims could be independently verified.",
        "No casualty figures could be independently verified.",
        "The army gave figures, but none of the reports could be independently verified.",
    ):
        found = _verification(TWO + " " + sentence)
        assert found and all(status == "unverified" for _, status, _ in found), sentence
    # control: a "No" that opens another clause leaves the passive as it is
    found = _verification(
        TWO + " No one disputes that the figures could be independently verified."
    )
    assert [status for _, status, _ in found] == ["verified"]
