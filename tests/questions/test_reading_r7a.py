"""Teacher readings of round 6 (issue 7): a place from a senator's description, a document's
reader read as its speaker ("a memo obtained by the Courier said"), and a headline's common
noun ("Province says …") offered as names. Every sentence here was written for these tests;
none is taken from a corpus."""

from __future__ import annotations

from questions import analyze
from questions.generate.registry import Context
from questions.generate.sources import not_a_name, option_name, story_sources


def displays(text: str) -> list[str]:
    analysis = analyze(text)
    ctx = Context(analysis, analysis.stories[0])
    return [info.name for info in story_sources(ctx).values()]


def test_place_of_a_description_is_no_name() -> None:
    for name in ("Democrat from New Mexico", "Republican from Idaho", "Liberal from South Dakota"):
        assert not_a_name(name) or not_a_name(option_name(name)), name
    # control: a person's name with "from" and no place after it stays a name
    assert not not_a_name("Ann Cole from Marlow Dairies")
    assert not not_a_name("Owen Pike")


def test_state_from_description_not_offered() -> None:
    text = (
        "Fee cap gains ground\n\n"
        "“The old fees cannot last another year,” said Marta Lindqvist, a former budget "
        "director.\n\n"
        "Senator Hal Brook, a Democrat from New Mexico, in the hope of calming the markets, has "
        "proposed a cap on bank fees for small shops.\n\n"
        "“We will fight the cap in every committee,” said Tessa Grove, a lobbyist for the "
        "lenders.\n"
    )
    shown = displays(text)
    assert not any("New Mexico" in s for s in shown), shown
    assert any("Lindqvist" in s for s in shown)  # control


def test_document_seen_by_an_outlet_is_not_the_outlet_speaking() -> None:
    text = (
        "Bridge contract under review\n\n"
        "TARNOW — A memo obtained by the Tarnow Courier said the mayor had approved the bridge "
        "contract twice without a vote.\n\n"
        "Mayor Ilse Varga said the contract had followed every rule of the council.\n\n"
        "Councillor Tom Hale said he would ask for an inquiry next week.\n"
    )
    shown = displays(text)
    assert not any("Courier" in s for s in shown), shown
    assert any("Varga" in s for s in shown)  # control
    control = text.replace("A memo obtained by the Tarnow Courier said", "The Tarnow Courier said")
    assert any("Courier" in s for s in displays(control))


def test_headline_common_noun_is_no_name() -> None:
    text = (
        "Province says builder cheated on bridge steel\n\n"
        "LUND — Officials in the northern province accused a building firm on Tuesday of using "
        "thin steel on a new river bridge.\n\n"
        "Roads chief Ana Vell said the builder had used steel half as thick as the plans "
        "required.\n\n"
        "The firm, Ostrix Works, said the steel met every standard.\n"
    )
    shown = displays(text)
    assert "Province" not in shown, shown
    assert any("Vell" in s for s in shown)  # control


def _she_sources(text: str) -> list[str]:
    analysis = analyze(text)
    return [c.source or "" for c in analysis.stories[0].claims if c.source_text == "she"]


WATER = (
    "Water Shortage Draws Protest\n\n"
    "The town council met again to discuss the pipes.\n\n"
    "{first} was also the first council member to raise the shortage at a public meeting. "
    "On Sunday night in Marlow, Whitfield said the shortage had its roots in years of neglect.\n\n"
    '"We have a town where families have waited months for clean water," she said, adding, '
    '"If this were a richer street, the pipes would be fixed by now."\n\n'
    "The council made no reply by Friday evening.\n"
)


def test_time_phrase_is_never_a_pronouns_antecedent() -> None:
    found = _she_sources(WATER.format(first="Whitfield"))
    assert found and not any("Sunday" in s for s in found), found
    # control: with her given name the speaker was already right, and stays so
    assert set(_she_sources(WATER.format(first="Dana Whitfield"))) == {"Dana Whitfield"}


def test_time_phrase_words() -> None:
    from questions.names import _time_phrase

    assert _time_phrase("On Sunday") and _time_phrase("Friday Night") and _time_phrase("Last Week")
    # control: a surname that is a month, and names, stay
    assert not _time_phrase("March") and not _time_phrase("Dana Whitfield")
    assert not _time_phrase("On")
