"""Denials made through someone else, written after the matter (issue 7, helper den5), on
sentences of our own, with controls:

- "Kalamis denied any wrongdoing through his lawyer", "… via their attorney", "… through a
  representative": the channel is no part of what was denied ("who denied any wrongdoing?");
- controls: "Through his lawyer, X denied …" at the start still asks; "denied entry", "was
  denied bail", "dismissed the criticism as politically motivated" ask nothing.
"""

from __future__ import annotations

from story_kit import answer, kinds_built

from questions.model import Question

FILLER = (
    "Harbour master Olga Brandt said the quay would reopen on Monday. "
    "Fire chief Nils Ostrow said two crews had stayed overnight. "
    "Teacher Paulo Dente said pupils had been sent home early."
)


def _questions(body: str, *kinds: str) -> list[Question]:
    text = "Row on the quay\n\nFENWICK, Tarlandia (AP) — " + FILLER + "\n\n" + body + "\n"
    return kinds_built(text, *kinds)


def _who(body: str) -> list[tuple[str, str]]:
    return [(q.prompt, answer(q)) for q in _questions(body, "who_denied")]


def test_through_his_lawyer_at_the_end_is_cut() -> None:
    got = _who("Harbour minister Petros Kalamis denied any wrongdoing through his lawyer.")
    assert got == [("According to the story, who denied any wrongdoing?", "Petros Kalamis")]


def test_via_their_attorney_and_through_a_representative_are_cut() -> None:
    got = _who("Ferry captain Rosa Lintz denied any wrongdoing via her attorney.")
    assert got == [("According to the story, who denied any wrongdoing?", "Rosa Lintz")]
    got = _who("Dock owner Anton Berle denied any wrongdoing through a representative.")
    assert got == [("According to the story, who denied any wrongdoing?", "Anton Berle")]


def test_through_his_lawyer_at_the_start_still_asks() -> None:  # control
    got = _who("Through his lawyer, harbour minister Petros Kalamis denied any wrongdoing.")
    assert got == [("According to the story, who denied any wrongdoing?", "Petros Kalamis")]


def test_denied_entry_bail_and_dismissed_criticism_ask_nothing() -> None:  # control
    assert not _who("The trawler was denied entry to the harbour through the night.")
    assert not _who("Deckhand Ivo Marek was denied bail through his lawyer's error.")
    assert not _who(
        "Mayor Clara Wendt dismissed the criticism as politically motivated through a spokesman."
    )


def _charged(body: str) -> list[tuple[str, str, str]]:
    return [(q.prompt, answer(q), q.explanation) for q in _questions(body, "who_denied")]


def test_the_charges_through_his_lawyer_are_the_accusers() -> None:
    got = _charged(
        "Prosecutors accused harbour minister Petros Kalamis of taking bribes from a shipyard. "
        "Kalamis denied the charges through his lawyer."
    )
    assert [(p, a) for p, a, _ in got] == [
        ("According to the story, who denied the charges made by prosecutors?", "Petros Kalamis")
    ]
    assert "through his lawyer" not in got[0][2].split("—", 1)[1]


def test_charges_a_reporter_relays_from_someone_else_ask_nothing() -> None:  # control
    assert not _charged(
        "Columnist Edda Varn reported that the shipyard paid a clerk who said Petros Kalamis "
        "had taken bribes. Kalamis denied the charges through his lawyer."
    )
