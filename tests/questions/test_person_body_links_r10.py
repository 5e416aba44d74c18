"""A person and the body they speak for are never a who_said / who_denied question's answer and
its wrong option (each is then also right), in forms where the two share no word (round 10):

- "The theatre's general manager, Dr Ana Brel," / "The regulator's director of markets, …":
  a possessive role of a common noun, resolved to the story's body of that type (one whose
  name or description holds the noun, or else the body that spoke last before the person);
- "The company's chairman, Leo Marr," where the story names one company (a traders' guild or a
  chamber of commerce is no company, so it stays a wrong option);
- "“We have not given up …,” said Ida Varg, the search team's leader." after "North Fell
  Rescue said …": the team is the body that spoke before; "we" in her words is that body, even
  when the analysis took "North Fell Rescue" for a person;
- "Its director of markets, Femi Adeyo," several sentences after the only body named so far.

The same holds for who_denied, also when the denier is read from the denial's own words.
Controls: a spokeswoman of another body, and two unrelated people, stay wrong options; a
body of another type is not tied. Every story here is invented.
"""

from __future__ import annotations

from story_kit import answer, wrong_options

from questions import analyze
from questions.generate.kinds import who_denied, who_said
from questions.generate.registry import Context
from questions.model import Question

HEAD = (
    "Post offices to close\n\nHARLOW BAY, April 7 (Wire) - Dozens of post offices in the north "
    "will close next year under a plan published on Monday.\n\n"
)
# one person and one body besides the story's own: a person's question then needs a body
# among its wrong options
TAIL = (
    "\n\nCouncillor Ivo Brandt said the closures would hurt older residents most.\n\n"
    "The Harlow Bay Chamber of Commerce said the shops would offer some postal services.\n"
)
SORREL = (
    "\n\nLena Sorrel, an economist at Hask University, said rural branches had lost money for "
    "a decade."
)


def _asked(body: str, kinds: tuple[str, ...] = ("who_said", "who_denied")) -> list[Question]:
    """The questions of the kinds of a story made of HEAD, ``body`` and TAIL, as the kinds
    build them (before each is trimmed to its share of the story)."""
    analysis = analyze(HEAD + body + TAIL)
    ctx = Context(analysis, analysis.stories[0])
    builds = {"who_said": who_said.build, "who_denied": who_denied.build_who}
    return [q for kind in kinds for q in builds[kind](ctx)]


def _bare(option: str) -> str:
    return option.lower().removeprefix("the ")


def _never_together(qs: list[Question], person: str, body: str) -> None:
    """No question keys one of the two and offers the other as a wrong option."""
    for q in qs:
        for key, other in ((person, body), (body, person)):
            if _bare(answer(q)) == _bare(key):
                assert _bare(other) not in map(_bare, wrong_options(q)), q.options


def _keys(qs: list[Question]) -> set[str]:
    return {_bare(answer(q)) for q in qs}


THEATRE = (
    "The Calder Playhouse said a public meeting on the closures would be held in May.\n\n"
    "The theatre's general manager, Dr Ana Brel, said the hall had room for 400 people.\n\n"
    "Brel said the meeting would be held on Friday."
)


def test_the_theatres_manager_is_the_playhouses() -> None:
    qs = _asked(THEATRE)
    assert "ana brel" in _keys(qs)
    _never_together(qs, "Ana Brel", "The Calder Playhouse")


def test_the_theatres_manager_after_her_name() -> None:
    qs = _asked(
        "The Calder Playhouse said a public meeting on the closures would be held in May.\n\n"
        "Dr Ana Brel, the theatre's general manager, said the hall had room for 400 people.\n\n"
        "Brel said the meeting would be held on Friday."
    )
    assert "ana brel" in _keys(qs)
    _never_together(qs, "Ana Brel", "The Calder Playhouse")


REGULATOR = (
    "The Fair Trading Office said on Monday an inquiry into the closures had been opened.\n\n"
    "The inquiry will look at prices in 40 towns.\n\n"
    "The regulator's director of markets, Femi Adeyo, said the operator had not consulted the "
    "towns.\n\nAdeyo said the inquiry would take six months."
)


def test_the_regulators_director_is_the_offices() -> None:
    qs = _asked(REGULATOR)
    assert "femi adeyo" in _keys(qs)
    _never_together(qs, "Femi Adeyo", "The Fair Trading Office")


def test_its_director_sentences_after_the_only_body_named() -> None:
    qs = _asked(
        "Britain's fair-trading regulator said on Monday it had opened an inquiry into the "
        "closures.\n\nThe inquiry will look at prices in 40 towns. It is expected to report in "
        "the autumn. Towns in the north have lost a third of their branches since 2015.\n\n"
        "Its director of markets, Femi Adeyo, said the operator had not consulted the towns.\n\n"
        "Adeyo said the inquiry would take six months."
    )
    assert "femi adeyo" in _keys(qs)
    _never_together(qs, "Femi Adeyo", "Britain's fair-trading regulator")


TEAM = (
    "North Fell Rescue said the volunteers relied on the post office in Fell Cross.\n\n"
    "“We have not given up on keeping it open,” said Ida Varg, the search team's leader.\n\n"
    "Varg said the team had collected 2,000 signatures."
)


def test_we_of_the_team_leader_is_not_asked_beside_the_team() -> None:
    qs = _asked(TEAM + SORREL)
    we = [q for q in qs if "“We have not given up" in q.prompt]
    assert we
    _never_together(we, "Ida Varg", "North Fell Rescue")


def test_the_team_leader_is_the_rescue_groups() -> None:
    qs = _asked(TEAM + SORREL)
    assert "ida varg" in _keys(qs)
    _never_together(qs, "Ida Varg", "North Fell Rescue")
    # nor are the two wrong options of a third speaker's question: either may be taken for
    # the other
    assert not any({"Ida Varg", "North Fell Rescue"} <= set(q.options) for q in qs)


COMPANY = (
    "Tollvik Post said the rural branches had lost money for a decade.\n\n"
    "The Harlow Bay Traders Guild said the town council had not told shopkeepers of the "
    "plan.\n\nThe company's chairman, Leo Marr, said the board had voted for the plan in March.\n\n"
    "Marr said no staff would be forced to leave."
)


def test_the_companys_chairman_is_the_one_company_not_the_guild_before() -> None:
    qs = _asked(COMPANY)
    assert "leo marr" in _keys(qs)
    _never_together(qs, "Leo Marr", "Tollvik Post")


def test_name_then_the_companys_role_is_the_one_company() -> None:
    qs = _asked(
        COMPANY.replace("The company's chairman, Leo Marr,", "Leo Marr, the company's chairman,")
    )
    assert "leo marr" in _keys(qs)
    _never_together(qs, "Leo Marr", "Tollvik Post")


def test_who_denied_keeps_the_theatres_manager_off_the_playhouses_denial() -> None:
    qs = _asked(
        "The Calder Playhouse denied that the hall had failed a fire inspection.\n\n"
        "The theatre's general manager, Dr Ana Brel, said the hall had room for 400 people.\n\n"
        "Councillor Ines Roble denied that the council had known of the plan.",
        kinds=("who_denied",),
    )
    assert "calder playhouse" in _keys(qs)
    _never_together(qs, "Ana Brel", "The Calder Playhouse")


def test_who_denied_keeps_the_playhouse_off_its_managers_denial() -> None:
    # the denier is read from the denial's own words, not from the story's sources
    qs = _asked(
        "The Calder Playhouse said a public meeting on the closures would be held in May.\n\n"
        "The theatre's general manager, Dr Ana Brel, denied that the hall had failed a fire "
        "inspection.\n\nCouncillor Ines Roble denied that the council had known of the plan.",
        kinds=("who_denied",),
    )
    assert "ana brel" in _keys(qs)
    _never_together(qs, "Ana Brel", "The Calder Playhouse")


def test_control_who_denied_keeps_the_companys_chairman_and_the_company_apart() -> None:
    qs = _asked(
        "Tollvik Post denied that the network had hidden losses from the regulator.\n\n"
        "The Harlow Bay Traders Guild said the town council had not told shopkeepers of the "
        "plan.\n\nThe company's chairman, Leo Marr, said the board had voted for the plan in "
        "March.\n\nCouncillor Ines Roble denied that the council had known of the plan.",
        kinds=("who_denied",),
    )
    assert "tollvik post" in _keys(qs)
    _never_together(qs, "Leo Marr", "Tollvik Post")


# controls ---------------------------------------------------------------------------------


def test_the_guild_stays_a_wrong_option_for_the_chairman() -> None:
    # the guild spoke just before "the company's chairman", but is no company
    qs = _asked(COMPANY)
    marr = [q for q in qs if answer(q) == "Leo Marr"]
    assert marr and any("The Harlow Bay Traders Guild" in wrong_options(q) for q in marr)


def test_control_unrelated_people_stay_wrong_options() -> None:
    qs = _asked(THEATRE + SORREL)
    brel = [q for q in qs if answer(q) == "Ana Brel"]
    assert brel and all({"Ivo Brandt", "Lena Sorrel"} <= set(wrong_options(q)) for q in brel)


def test_control_a_spokeswoman_of_another_body_stays_a_wrong_option() -> None:
    qs = _asked(
        COMPANY + "\n\nNina Park, a spokeswoman for the Velmore Arts Council, said the council "
        "would lend its hall for meetings."
    )
    company = [q for q in qs if _bare(answer(q)) == "tollvik post"]
    assert company and any("Nina Park" in wrong_options(q) for q in company)


def test_control_the_regulators_director_is_not_tied_to_the_chamber() -> None:
    qs = _asked(REGULATOR)
    adeyo = [q for q in qs if answer(q) == "Femi Adeyo"]
    assert adeyo and any("The Harlow Bay Chamber of Commerce" in wrong_options(q) for q in adeyo)


def test_control_a_named_persons_we_keeps_people_as_wrong_options() -> None:
    qs = _asked(TEAM + SORREL)
    we = next(q for q in qs if "“We have not given up" in q.prompt)
    assert {"Ivo Brandt", "Lena Sorrel"} <= set(wrong_options(we))


def test_control_a_spokeswoman_for_an_unnamed_union_is_not_the_company_before() -> None:
    # "the postal workers' union" is a union the story does not name, not the company that
    # spoke just before
    qs = _asked(
        "Tollvik Post said the rural branches had lost money for a decade.\n\n"
        "Ana Roy, a spokeswoman for the postal workers' union, said staff had been told of the "
        "plan by text message."
    )
    company = [q for q in qs if _bare(answer(q)) == "tollvik post"]
    assert company and any("Ana Roy" in wrong_options(q) for q in company)


def test_control_a_far_its_after_another_body_named_is_not_the_one_that_spoke() -> None:
    # "its" is the party named just before, which makes no claim, not the guild that spoke
    # four sentences earlier: the two stay each other's wrong options
    qs = _asked(
        "The Velmore Traders Guild said the town council had not told shopkeepers of the "
        "plan.\n\nThe plan was first drawn up in 2019. Two leaders of the Velmar Unity Party "
        "lost their seats in the spring. Both had backed the plan.\n\n"
        "Omar Tesk, its acting chairman, said the plan had been drawn up in the capital."
    )
    pairs = [(answer(q), o) for q in qs for o in wrong_options(q)]
    assert ("Omar Tesk", "The Velmore Traders Guild") in pairs or (
        "The Velmore Traders Guild",
        "Omar Tesk",
    ) in pairs
