"""Denials and quotations that hold a pronoun whose antecedent is plain (sentences of our own,
with controls that must stay unasked):

- what_denied of a denial whose clause opens on the denier's own pronoun or possessive ("Mayor
  Ana Lind denied that her office had lost …", "The army denied that its drones had struck …"):
  the clause keeps its pronoun, since the prompt names the denier; who_denied is not asked;
- "denied it happened": "it" is the event, never the denier put in for it;
- "denied any links to …", "any ties to …": specific denials, as "any involvement in …" is;
- who_said of a quotation whose "she"/"he" refers to the one person it names before it ("“Dr Ana
  Lund told us she would resign,” said …").
"""

from __future__ import annotations

import pytest
from story_kit import answer, kinds_built, wrong_options

from questions.generate.claims import clause_phrase
from questions.generate.text import replace_leading_pronoun
from questions.model import Claim, Question

# sources enough for wrong options, none of them about the depot's files or drones
FILLER = (
    "Tomas Brandt, a farmer, said the blast had been heard twenty kilometres away. "
    "Elena Moss, who lives nearby, said the fire had started in a storage tank. "
    "Paul Okafor, a trader, said the depot had failed two safety checks last year."
)


def _text(body: str) -> str:
    return "Depot fire\n\nVELMARA, Ostrana (AP) — " + FILLER + "\n\n" + body + "\n"


def _denials(body: str) -> list[Question]:
    return kinds_built(_text(body), "who_denied", "what_denied")


def _what(qs: list[Question]) -> dict[str, str]:
    return {q.prompt: answer(q) for q in qs if q.kind == "what_denied"}


# ---- what_denied of a clause with the denier's own pronoun


@pytest.mark.parametrize(
    ("body", "denier", "denied"),
    [
        (
            "Mayor Ana Lind denied that her office had lost the inspection files.",
            "Ana Lind",
            "That her office had lost the inspection files",
        ),
        (  # a title gives the gender
            "Mrs. Lind denied that her office had lost the inspection files.",
            "Lind",
            "That her office had lost the inspection files",
        ),
        (
            "Judge Karl Ostby denied that his ruling had delayed the repairs.",
            "Karl Ostby",
            "That his ruling had delayed the repairs",
        ),
        (  # a denier no list of sources holds: "The army"; a day named before it
            "On Monday, the army denied that its drones had struck the depot.",
            "the army",
            "That its drones had struck the depot",
        ),
        (
            "Kaldovan officials denied that their troops had crossed the river.",
            "Kaldovan officials",
            "That their troops had crossed the river",
        ),
    ],
)
def test_own_pronoun_asked_as_written(body: str, denier: str, denied: str) -> None:
    qs = _denials(body)
    prompt = f"According to the story, what did {denier} deny?"
    assert _what(qs) == {prompt: denied}
    (q,) = qs if len(qs) == 1 else [q for q in qs if q.kind == "what_denied"]
    assert all(w.startswith("That ") and " her " not in w for w in wrong_options(q))
    # "who denied that her office …": whose office? never asked
    assert [q for q in qs if q.kind == "who_denied"] == []


@pytest.mark.parametrize(
    "body",
    [
        # "his" of a woman: someone else's
        "Mrs. Lind denied that his office had lost the inspection files.",
        "Mayor Ana Lind denied that his office had lost the inspection files.",
        # another person named between the denier and the clause
        "Mayor Ana Lind, asked about Ms. Vera Holm, denied that her office had lost the files.",
        # the one she speaks for: Lind's office?
        "Lind's spokeswoman, Eva Berg, denied that her office had lost the inspection files.",
        # another body named between: whose radio?
        "The army, citing the ferry's log, denied that its radio had failed for two hours.",
        # "it" may be the ferry as well as the coast guard
        "The coast guard denied that it had been lost at sea for two hours.",
        # "their" of one body, "its" of a group
        "The army denied that their drones had struck the depot.",
        "Kaldovan officials denied that its drones had struck the depot.",
        # a request turned down, no clause
        "Mayor Ana Lind denied her request for a hearing on the matter.",
        # a double negative
        "Mayor Ana Lind denied that her office had not kept the inspection files.",
    ],
)
def test_own_pronoun_controls(body: str) -> None:
    assert _what(_denials(body)) == {}


def test_plain_clause_still_asked_both_ways() -> None:  # control: no pronoun, as before
    qs = _denials("The army denied that a drone had struck the depot.")
    assert _what(qs) == {
        "According to the story, what did the army deny?": "That a drone had struck the depot"
    }
    who = [q for q in qs if q.kind == "who_denied"]
    assert [q.prompt for q in who] == [
        "According to the story, who denied that a drone had struck the depot?"
    ]


# ---- "denied it happened"


def _claim(content: str, source: str, kind: str) -> Claim:
    text = f"{source} denied {content}."
    start = len(source) + len(" denied ")
    return Claim(
        sentence=text,
        source=source,
        source_kind=kind,
        source_text=source,
        cue="denied",
        content=content,
        stance="denies",
        quote="indirect",
        line=0,
        sentence_span=(0, len(text)),
        content_span=(start, start + len(content)),
        source_span=(0, len(source)),
        cue_span=(len(source) + 1, start - 1),
    )


@pytest.mark.parametrize(
    "clause",
    ["it happened during the night shift", "it was true that the depot had been sold"],
)
def test_it_of_an_event_is_not_the_source(clause: str) -> None:
    assert replace_leading_pronoun(clause, "Calder Lines", "organisation") == clause
    text = f"Calder Lines denied {clause}."
    assert clause_phrase(_claim(clause, "Calder Lines", "organisation"), text) is None


def test_it_of_the_source_still_named() -> None:  # control
    clause = "it had paid the harbour fees late"
    assert replace_leading_pronoun(clause, "Calder Lines", "organisation") == (
        "Calder Lines had paid the harbour fees late"
    )


# ---- "any links to …"


@pytest.mark.parametrize(
    ("body", "prompt"),
    [
        (
            "Kaldovan officials denied any links to the armed groups in the north.",
            "According to the story, who denied any links to the armed groups in the north?",
        ),
        (
            "The ministry denied any ties to the bank that sold the depot.",
            "According to the story, who denied any ties to the bank that sold the depot?",
        ),
    ],
)
def test_any_links_is_a_specific_denial(body: str, prompt: str) -> None:
    who = [q for q in _denials(body) if q.kind == "who_denied"]
    assert [q.prompt for q in who] == [prompt]


def test_any_contact_alone_is_not_asked() -> None:  # control: what contact, with whom?
    assert [q for q in _denials("The ministry denied any contact.") if q.kind == "who_denied"] == []


# ---- who_said of a quotation naming its pronoun's antecedent

SPEAKERS = (
    "Union leader Tom Hale said staff had not been paid for two months. Ann Reed, a parent, "
    "said the ward had closed twice this year."
)


def _who_said(quote: str, speaker: str = "said nurse Eva Brun") -> list[str]:
    text = (
        "Hospital row\n\nDALMORE, Estarra (AP) — " + f"“{quote},” {speaker}.\n\n" + SPEAKERS + "\n"
    )
    return [
        answer(q) for q in kinds_built(text, "who_said") if q.prompt == f"Who said this: “{quote}”?"
    ]


@pytest.mark.parametrize(
    "quote",
    [
        "Dr Ana Lund told us she would resign if the money did not come",
        "Dr Lund told us she would resign if the money did not come",
        "Mr Berg told us on Monday that he would close the ward",
    ],
)
def test_quoted_pronoun_with_its_antecedent_inside(quote: str) -> None:
    assert _who_said(quote) == ["Eva Brun"]


@pytest.mark.parametrize(
    "quote",
    [
        "Lund told us she would resign if the money did not come",  # a surname: a woman?
        "Dr Lund told the minister she would resign if the money did not come",  # which one?
        "Dr Lund and Dr Berg told us she would resign in the spring",
        "Tom Berg told us she would resign if the money did not come",  # a man: not "she"
        "She told us Dr Ana Lund would resign if the money did not come",  # antecedent after
        "Dr Ana Lund told us they would resign if the money did not come",
    ],
)
def test_quoted_pronoun_controls(quote: str) -> None:
    assert _who_said(quote) == []


def test_resolved_in_quote() -> None:
    from questions.generate.text import resolved_in_quote

    assert resolved_in_quote("Mr Berg told Ms Lund he would fire her") == (
        "Mr Berg told Ms Lund x would fire x"
    )
    assert resolved_in_quote("Ana Lind’s mother said she was fine") == (
        "Ana Lind’s mother said she was fine"
    )
    # two people of one surname, told apart by their given names
    assert resolved_in_quote("Tom Vell praised Ana Vell and she smiled") == (
        "Tom Vell praised Ana Vell and x smiled"
    )
    # a lone given name opening a sentence may be a word ("May she …"): no antecedent
    assert resolved_in_quote("Ana told us she was tired") == "Ana told us she was tired"
