"""A person the story ties to a body by a role written apart from their claim ("Jonas Feld, a
lawyer at Amsel Partners, filed …", "Marta Ruiz, who represents Sindicato Rojo, led …",
"Sindicato Rojo's spokeswoman, Marta Ruiz, …", "Marta Ruiz, a spokeswoman for the union, …"
with "The union, Sindicato Rojo, said …") and the body are never a question's answer and its
wrong option: each is then also defensibly right. Controls: unrelated people and bodies stay
options, and a spokeswoman may stand beside a different body. Every story here is invented.
"""

from __future__ import annotations

from story_kit import answer, wrong_options

from questions import analyze
from questions.generate import generate
from questions.model import Question

HEAD = (
    "Dispute at the docks\n\nPORTAVEL, May 4 (Wire) - Dock workers in Portavel stopped work on "
    "Monday after talks on pay broke down.\n\n"
)
TAIL = (
    "\n\nEconomist Hana Vrba of Tellmark University said similar strikes had lasted weeks in "
    "other ports.\n\nMayor Tomas Bellido told reporters the city could not afford the raise the "
    "workers wanted.\n"
)


def _asked(body: str) -> list[Question]:
    """The who_said questions of a story made of HEAD, ``body`` and TAIL, as shown."""
    qs = generate(analyze(HEAD + body + TAIL), thin_giveaways=False)
    return [q for q in qs if q.kind == "who_said"]


def _never_together(qs: list[Question], person: str, body: str) -> None:
    """No question keys one of the two and offers the other as a wrong option."""
    for q in qs:
        for key, other in ((person, body), (body, person)):
            if answer(q) == key:
                assert other not in wrong_options(q), q.options


def test_a_lawyer_at_a_firm_is_not_offered_beside_the_firm() -> None:
    qs = _asked(
        "Jonas Feld, a lawyer at Amsel Partners, filed the suit in the city court on Monday.\n\n"
        "Feld said the port authority had broken a signed agreement.\n\n"
        "Amsel Partners said in a statement that it would ask for an early hearing."
    )
    assert any(answer(q) == "Jonas Feld" for q in qs)
    _never_together(qs, "Jonas Feld", "Amsel Partners")


def test_a_person_who_represents_a_body_is_not_offered_beside_it() -> None:
    qs = _asked(
        "Marta Ruiz, who represents Sindicato Rojo, led the march to the harbour office.\n\n"
        "Ruiz said more than 900 members had joined the walkout.\n\n"
        "Sindicato Rojo said the port authority had ignored three written offers since March."
    )
    assert any(answer(q) == "Sindicato Rojo" for q in qs)
    _never_together(qs, "Marta Ruiz", "Sindicato Rojo")


def test_the_bodys_own_spokeswoman_is_not_offered_beside_it() -> None:
    qs = _asked(
        "Sindicato Rojo's spokeswoman, Marta Ruiz, led the march to the harbour office.\n\n"
        "Ruiz said more than 900 members had joined the walkout.\n\n"
        "Sindicato Rojo said the port authority had ignored three written offers since March."
    )
    assert any(answer(q) == "Sindicato Rojo" for q in qs)
    _never_together(qs, "Marta Ruiz", "Sindicato Rojo")


def test_a_spokeswoman_for_the_union_is_not_offered_beside_the_union() -> None:
    qs = _asked(
        "Marta Ruiz, a spokeswoman for the union, led the march to the harbour office.\n\n"
        "Ruiz said more than 900 members had joined the walkout.\n\n"
        "The union, Sindicato Rojo, said the port authority had ignored three written offers "
        "since March."
    )
    assert any(answer(q) == "Sindicato Rojo" for q in qs)
    _never_together(qs, "Marta Ruiz", "Sindicato Rojo")


def test_control_unrelated_people_and_bodies_stay_options() -> None:
    qs = _asked(
        "Jonas Feld, a lawyer at Amsel Partners, filed the suit in the city court on Monday.\n\n"
        "Feld said the port authority had broken a signed agreement.\n\n"
        "Amsel Partners said in a statement that it would ask for an early hearing."
    )
    mayor = next(q for q in qs if answer(q) == "Tomas Bellido")
    assert "Hana Vrba" in wrong_options(mayor)
    assert "Amsel Partners" in wrong_options(mayor) or "Jonas Feld" in wrong_options(mayor)


def test_control_a_union_spokeswoman_stands_beside_a_different_body() -> None:
    qs = _asked(
        "The union, Sindicato Rojo, said the port authority had ignored three written offers "
        "since March.\n\n"
        "Marta Ruiz, a spokeswoman for the union, said more than 900 members had joined the "
        "walkout.\n\n"
        "The Portavel Harbour Board said the strike was illegal and would cost the port dearly."
    )
    union = next(q for q in qs if answer(q) == "Sindicato Rojo")
    assert "The Portavel Harbour Board" in wrong_options(union)
    mayor = next(q for q in qs if answer(q) == "Tomas Bellido")
    assert {"Marta Ruiz", "The Portavel Harbour Board"} <= set(wrong_options(mayor))
