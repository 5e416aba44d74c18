"""Denials of short wire stories left unasked (issue 7, helper den4), on sentences of our own,
with controls:

- "Carvel Terminals denied that its staff …": a two-word name ending in a business word
  ("Terminals", "Freight") names a body, so "its" is the denier's own;
- "Rovers categorically denied owing the player money": a gerund of two letters before "-ing";
- "Dessa, 41, denies any wrongdoing in a tax case brought by …": the noun phrase, not "that …";
- "The actor, who lives in Madrid, denies any wrongdoing" after "charged actor Bram Tollen":
  the one name the story writes after the role (none when two actors are named, or none);
- controls: "denied entry", "was denied bail", "refused to comment", "disputed territory",
  "dismissed the criticism as politically motivated", and "Ann Church" kept a person.
"""

from __future__ import annotations

from story_kit import answer, kinds_built

from questions.model import Question
from questions.names import org_name

FILLER = (
    "Harbour master Olga Brandt said the quay would reopen on Monday. "
    "Fire chief Nils Ostrow said two crews had stayed overnight. "
    "Teacher Paulo Dente said pupils had been sent home early."
)


def _questions(body: str, *kinds: str) -> list[Question]:
    text = "Row on the quay\n\nFENWICK, Tarlandia (AP) — " + FILLER + "\n\n" + body + "\n"
    return kinds_built(text, *kinds)


def _prompts(body: str, kind: str = "who_denied") -> list[str]:
    return [q.prompt for q in _questions(body, kind)]


def test_terminals_and_freight_name_bodies() -> None:
    assert org_name("Carvel Terminals")
    assert org_name("Ludmoor Freight")
    assert not org_name("Ann Church")  # a given name first: a person


def test_body_denies_its_staff() -> None:
    body = (
        "Crane drivers said they had worked double shifts for a month.\n\n"
        "Carvel Terminals denied that its staff were working unsafe hours."
    )
    (what,) = _questions(body, "what_denied")
    assert what.prompt == "According to the story, what did Carvel Terminals deny?"
    assert answer(what) == "That its staff were working unsafe hours"


def test_freight_firm_denies_its_cuts() -> None:
    body = (
        "Fans said the stand had been crowded for weeks.\n\n"
        "The ground's owner, Ludmoor Freight, denied that it had cut the number of stewards."
    )
    prompts = [q.prompt for q in _questions(body, "who_denied", "what_denied")]
    assert any("Ludmoor Freight" in p for p in prompts)


def test_control_ann_church_stays_a_person() -> None:
    body = "Ann Church, a resident, denied that she had been paid to complain."
    (what,) = _questions(body, "what_denied")
    assert what.prompt == "According to the story, what did Ann Church deny?"


def test_categorically_denied_owing() -> None:
    body = (
        "Winger Tavi Orusco said the club still owed him six months of wages.\n\n"
        "Club chairman Berend Hollis categorically denied owing the player money."
    )
    (who,) = _questions(body, "who_denied")
    assert who.prompt == "According to the story, who denied owing the player money?"
    assert answer(who) == "Berend Hollis"


def test_age_apposition_any_wrongdoing_is_a_noun_phrase() -> None:
    body = (
        "Prosecutors charged builder Maria Dessa with tax fraud on Monday.\n\n"
        "Dessa, 41, denies any wrongdoing in a tax case brought by prosecutors last year."
    )
    (who,) = _questions(body, "who_denied")
    assert who.prompt == (
        "According to the story, who denied any wrongdoing in a tax case brought by prosecutors "
        "last year?"
    )
    assert answer(who) == "Maria Dessa"


def test_controls_are_not_denials_asked() -> None:
    body = (
        "Tourists were denied entry to the harbour.\n\n"
        "A deckhand arrested at the scene was denied bail.\n\n"
        "The port authority refused to comment.\n\n"
        "Both navies patrol the disputed territory.\n\n"
        "The ministry dismissed the criticism as politically motivated."
    )
    assert _prompts(body) == []
    assert _prompts(body, "what_denied") == []


ACTOR = "Prosecutors charged actor Bram Tollen with reckless driving after a crash.\n\n"


def test_the_actor_who_lives_abroad_is_the_named_actor() -> None:
    body = ACTOR + "The actor, who lives in Madrid, denies any wrongdoing."
    (who,) = _questions(body, "who_denied")
    assert who.prompt == "According to the story, who denied any wrongdoing?"
    assert answer(who) == "Bram Tollen"


def test_control_two_actors_no_one_is_the_actor() -> None:
    body = (
        ACTOR + "Police also questioned actor Lena Sorvik.\n\n"
        "The actor, who lives in Madrid, denies any wrongdoing."
    )
    assert _prompts(body) == []


def test_control_the_actor_never_named() -> None:
    body = "The actor, who lives in Madrid, denies any wrongdoing."
    assert _prompts(body) == []
