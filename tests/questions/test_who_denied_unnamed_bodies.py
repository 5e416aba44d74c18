"""who_denied on short wire stories: unnamed bodies the story quotes ("the league", "a
ramblers' union", "police") may be wrong options when too few named sources are left, never one
that may be the answer's body or another option's, never one that denied anything (own-words
stories)."""

from __future__ import annotations

from story_kit import answer, kinds_built, wrong_options

CHESS = (
    "Chess club fined over unpaid prize money\n\n"
    "MORWICK (Reuters) - The league on Tuesday fined third-tier chess club Morwick Knights for"
    " failing to pay prize money to its players for two seasons.\n\n"
    "The league said in a statement that the club could lose its place in the division.\n\n"
    "The players' association said several members had waited more than a year for their"
    " winnings.\n\n"
    "Knights president Osric Pellanby denied that the club owed any player money.\n\n"
    "Club captain Wenna Trask declined to comment when asked about the fine.\n"
)


def _who(story: str) -> list:
    return kinds_built(story, "who_denied")


def test_unnamed_bodies_quoted_by_the_story_fill_the_options() -> None:
    qs = _who(CHESS)
    assert qs, "the denial is asked"
    q = qs[0]
    assert answer(q) == "Osric Pellanby"
    assert {"the league", "the players' association"} <= set(wrong_options(q)), q.options


def test_an_unnamed_body_that_denied_is_no_option() -> None:  # control
    story = CHESS.replace(
        "The league said in a statement that",
        "The league denied that it had been slow to act and said",
    )
    qs = _who(story)
    assert qs, "the denial is asked, the players' association still an option"
    for q in qs:
        assert "the league" not in wrong_options(q), q.options
        assert "the players' association" in wrong_options(q), q.options


KITES = (
    "Kite maker's fleet grounded over safety papers\n\n"
    "PELLOW (Reuters) - The country's gliding regulator on Monday grounded all gliders built by"
    " kite maker Zephyrine Craft, saying the firm had failed to file safety papers.\n\n"
    "The Gliding Safety Board said inspectors had found gaps in the papers of six gliders.\n\n"
    "Zephyrine chief Ottilie Brask denied that any glider was unsafe to fly.\n\n"
    "A ramblers' union said its members had seen the gliders fly low over the hills.\n\n"
    "The regulator said the ban would stay until every paper had been checked.\n"
)


def test_the_regulator_never_stands_beside_the_board_it_may_be() -> None:  # control
    qs = _who(KITES)
    assert qs, "the denial is asked, the board and the ramblers' union as options"
    for q in qs:
        assert "a ramblers' union" in wrong_options(q), q.options
        assert "the regulator" not in wrong_options(q), q.options
        assert "the Gliding Safety Board" in wrong_options(q), q.options  # no capital "The"


def test_a_regulator_named_in_apposition_is_no_option() -> None:  # control
    story = KITES.replace("The Gliding Safety Board said", "The regulator, Skyward Checks, said")
    story += "\nFlight instructor Pim Arvo said the gliders had flown well all summer.\n"
    qs = _who(story)
    assert qs, "the denial is asked"
    for q in qs:
        assert "the regulator" not in wrong_options(q), q.options


POLICE = (
    "Fair stall fire in Brellow\n\n"
    "BRELLOW (Reuters) - A fire destroyed three stalls at the Brellow spring fair on Sunday.\n\n"
    "Police said the fire had started in a generator behind the cheese stall.\n\n"
    "{officer} said two stall holders had been treated for smoke.\n\n"
    "Fair organiser Minna Castrell denied that the generator had been left running"
    " overnight.\n\n"
    "The traders' union said stall holders had complained about the wiring for years.\n"
)


def test_police_beside_a_named_officer_are_no_option() -> None:  # control
    qs = _who(POLICE.format(officer="Inspector Halvard Oyen"))
    assert qs, "the denial is asked"
    for q in qs:
        assert "police" not in wrong_options(q), q.options
        assert "the traders' union" in wrong_options(q), q.options
