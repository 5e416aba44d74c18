"""Organisations typed as organisations (issue 7, "who is speaking"): not as people, whose names
make wrong options among people and "who" wording, nor as unnamed sources, which are never asked
about; and a plural noun for people the lexicon does not list as a cue's subject.

Own sentences, invented names and places.
"""

from __future__ import annotations

import pytest

from questions import analyze
from questions.generate import generate
from questions.names import kind_of

_HEADLINE = "Storm hits coast\n\n"


def _claims(text: str) -> list[tuple[str | None, str | None, str | None]]:
    """(source, source kind, cue) of every claim of a one-paragraph story."""
    return [
        (c.source, c.source_kind, c.cue)
        for s in analyze(_HEADLINE + text).stories
        for c in s.claims
    ]


@pytest.mark.parametrize(
    ("text", "source", "kind"),
    [
        # the apposition says what the name is: a company, though the name has no such word
        (
            "The water company, Pennine Water, said the reservoirs were not at risk.",
            "Pennine Water",
            "organisation",
        ),
        (
            "Pennine Water, the regional water company, said the reservoirs were safe.",
            "Pennine Water",
            "organisation",
        ),
        # words that head an institution's name
        (
            "The Reform Alliance said the council had ignored the warnings.",
            "Reform Alliance",
            "organisation",
        ),
        (
            "Kestrel Partners said the repairs would cost millions.",
            "Kestrel Partners",
            "organisation",
        ),
        (
            "Dunmore Realty said the flats would be sold by spring.",
            "Dunmore Realty",
            "organisation",
        ),
        (
            "The Marra Rowing Society said the race would go ahead.",
            "Marra Rowing Society",
            "organisation",
        ),
        (
            "The Brackwater Census Bureau said the town had grown.",
            "Brackwater Census Bureau",
            "government",
        ),
        # a word that ends an organisation's name but may be a surname ("Gazette", "Watch")
        (
            "The Tarrow Gazette reported that the bridge had closed.",
            "Tarrow Gazette",
            "organisation",
        ),
        # the head of "X of Y" is X: a federation, not teachers
        (
            "The Alden Federation of Teachers said schools would stay shut.",
            "Alden Federation of Teachers",
            "organisation",
        ),
        # controls: a role's holder, a given name, a role before the name, people of a body
        (
            "Rights group Open Ledger Watch said the trial was unfair.",
            "Open Ledger Watch",
            "organisation",
        ),
        ("The company's founder, Tova Brenck, said profits rose.", "Tova Brenck", "person"),
        ("Tova Brenck, who founded the company, said profits rose.", "Tova Brenck", "person"),
        ("Ann Church said the roof had leaked for years.", "Ann Church", "person"),
        (
            "Mira Holt, a member of the Reform Alliance, said the vote was rigged.",
            "Mira Holt",
            "person",
        ),
        (
            "Officials at the Alden Federation of Teachers said the talks had failed.",
            "Officials at the Alden Federation of Teachers",
            "unnamed",
        ),
        (
            "Bank of Tarrow economists said rates would rise.",
            "Bank of Tarrow economists",
            "unnamed",
        ),
    ],
)
def test_source_kind(text: str, source: str, kind: str) -> None:
    assert (source, kind) in [(s, k) for s, k, _ in _claims(text)]


def test_name_head_only_for_a_name_in_capitals() -> None:
    assert kind_of("Alden Federation of Teachers") == "organisation"
    assert kind_of("Union of Concerned Farmers") == "organisation"
    # controls: a lower-case head after the name, a role for the body
    assert kind_of("Bank of Tarrow economists") == "unnamed"
    assert kind_of("spokesman for the Alden Federation") == "official"


@pytest.mark.parametrize(
    ("text", "source", "cue"),
    [
        (
            "Some farmers alleged that the drainage channels had been blocked for months.",
            "Some farmers",
            "alleged",
        ),
        ("Local fishermen argue that the quota is too low.", "Local fishermen", "argue"),
    ],
)
def test_plural_people_as_subject(text: str, source: str, cue: str) -> None:
    assert [(s, c) for s, _, c in _claims(text)] == [(source, cue)]


def test_plural_things_are_no_subject() -> None:
    # "helicopters" ends like "farmers" but names things; the subject is "a look"
    assert (
        _claims("A look at the fleet's helicopters suggests that the firm is short of cash.") == []
    )


def test_participle_after_plural_still_read() -> None:
    # a participle after a bare plural ("others supporting ...") is read as before
    text = "Lena Moss called for a curfew, and others supporting a ban on night flights."
    assert "supporting" in [c for _, _, c in _claims(text)]


_FERRY = """Ferry runs aground off Lusk

LUSK, Marra (AP) — A ferry carrying 300 passengers ran aground off the island of Lusk on Sunday, \
the coast guard said.

Captain Ivo Brenner said the ship had lost power an hour before it struck the rocks. Passenger \
Tomas Vell said the crew had handed out life jackets quickly.

The Marra Sailing Society said the channel had not been dredged for years. The Lusk Rowing League \
said it had warned about the sandbank in March.

The transport ministry has denied that the channel was too shallow for the ferry.
"""


def test_who_denied_skips_groups_an_unlisted_denier_may_be() -> None:
    # "the transport ministry" may be any organisation the story names, so the two clubs are
    # no wrong options; the people named further back are, and the question is still asked
    (q,) = [q for q in generate(analyze(_FERRY), thin_giveaways=False) if q.kind == "who_denied"]
    assert q.options[q.answer] == "The transport ministry"
    assert len(q.options) >= 3
    assert not any("Society" in o or "League" in o for o in q.options)
