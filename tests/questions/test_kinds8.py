"""Bodies whose names end on an organisation's head word ("Health", "Rescue", "Toys", "Energy",
"Capital") or that a firm's trade introduces ("Toymaker …", "Fintech …") are organisations,
not people: no "he"/"she" refers to them and they are never shown with a person's kind.

Controls: people whose family names are such words ("Grace Power", "Jo Care") stay people when
the name has two words, and a given name after a trade ("Toymaker Ann Reed", "Builder Tomas
Grell") names a person. Every story here is invented.
"""

from __future__ import annotations

from questions import analyze
from questions.names import PERSON_KINDS

HEAD = "Night clinic to close\n\nHARLEN, May 4 (Wire) - "


def _sources(body: str) -> list[tuple[str | None, str | None]]:
    """(source, kind) of each claim of a one-story text."""
    claims = analyze(HEAD + body + "\n").stories[0].claims
    return [(c.source, c.source_kind) for c in claims]


def _kind(body: str, name: str) -> str | None:
    kinds = {k for s, k in _sources(body) if s == name}
    assert len(kinds) == 1, _sources(body)
    return kinds.pop()


def test_a_health_network_is_an_organisation() -> None:
    body = "Eastbrook Coast Health said on Monday it would shut its night clinic in Tarrow."
    assert _kind(body, "Eastbrook Coast Health") == "organisation"


def test_she_after_a_health_network_is_the_nurse_named_before() -> None:
    body = (
        "Nurse Ola Brant said the night ward had been full all winter.\n\n"
        "Eastbrook Coast Health said on Monday the Tarrow clinic would close at night from "
        "June. She said staff had not been consulted."
    )
    found = _sources(body)
    assert found[-1] == ("Ola Brant", "person"), found
    assert ("Eastbrook Coast Health", "organisation") in found


def test_a_mountain_rescue_team_is_an_organisation() -> None:
    body = "Kestrel Moor Rescue said its volunteers had found the two walkers late on Sunday."
    assert _kind(body, "Kestrel Moor Rescue") == "organisation"


def test_energy_and_capital_firms_are_organisations() -> None:
    body = (
        "Dunmore Energy said household bills would rise in June. Velling Capital said it "
        "would buy more shares in the utility."
    )
    assert _kind(body, "Dunmore Energy") == "organisation"
    assert _kind(body, "Velling Capital") == "organisation"


def test_a_toymaker_is_an_organisation_named_without_its_trade() -> None:
    body = "Toymaker Pellgrove Toys said it would recall 20,000 wooden trains."
    assert _kind(body, "Pellgrove Toys") == "organisation"


def test_a_fintech_is_an_organisation() -> None:
    body = "Fintech Lumora Pay said no customer data had been taken in the attack."
    assert _kind(body, "Lumora Pay") == "organisation"


def test_a_surname_head_ends_a_body_of_three_words() -> None:
    body = (
        "Eastfold Care Trust said the care home would stay open. Harlen Valley Water said "
        "the pipes had been flushed overnight."
    )
    assert _kind(body, "Eastfold Care Trust") == "organisation"
    assert _kind(body, "Harlen Valley Water") == "organisation"


# controls: people


def test_a_woman_named_power_stays_a_person() -> None:
    body = "Grace Power said she had warned the council twice. She denied taking any payment."
    assert [k for _, k in _sources(body)] == ["person", "person"]


def test_a_woman_named_care_stays_a_person() -> None:
    body = "Jo Care, a nurse, said the ward was short of staff."
    assert _kind(body, "Jo Care") in PERSON_KINDS


def test_a_given_name_after_a_trade_names_a_person() -> None:
    body = "Toymaker Ann Reed said her workshop would close after forty years."
    assert _kind(body, "Ann Reed") == "person"


def test_a_builder_with_a_name_stays_a_person() -> None:
    body = "Builder Tomas Grell said the scaffold had been checked that morning."
    kinds = {k for _, k in _sources(body)}
    assert kinds == {"person"}


def test_a_partnership_was_already_an_organisation() -> None:
    body = "Ostrava Bay Partners said it had sold its stake in the port."
    assert _kind(body, "Ostrava Bay Partners") == "organisation"
