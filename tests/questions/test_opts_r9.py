"""Options, keys and wording (round 9). Every story here is invented.

1. A person tied to a company by "its director of operations, Sam Lee" (or "Sam Lee, its
   director …") when the sentence before only names the company ("Grellan Build won the
   contract …"), without a claim of its own there: the company is never the wrong option of a
   question keyed on the person, nor the reverse. Controls: a spokeswoman of another body stays
   a wrong option; two people of one company are kept apart as before (both speak for it).
2. spot_the_cue is keyed on a bare pronoun ("It said", "They said", "She said") only when it
   stands for a source the story names: not for "the company" or "two residents' groups".
3. A reported content of two "that" clauses whose first "that" went with the verb ("said the
   dam was safe and that repairs were due") is never shown as one statement "the dam was safe
   and that repairs were due": the explanation quotes it clause by clause, and no fact_or_claim
   statement keeps the second "that".
"""

from __future__ import annotations

import pytest
from story_kit import answer, wrong_options

from questions import analyze
from questions.generate import generate
from questions.generate.kinds import spot_the_cue
from questions.generate.kinds.fact_or_claim import claim_statement
from questions.generate.registry import Context
from questions.model import Question

HEAD = (
    "Theatre roof to be rebuilt\n\nVELMORE, March 3 (Wire) - The city's oldest stage will close "
    "for a year while its roof is rebuilt.\n\n"
)
TAIL = (
    "\n\nCouncillor Ivo Brandt said the city would pay for half of the work.\n\n"
    "Lena Sorrel, an engineer at Hask University, said the roof beams were older than the "
    "walls.\n\nThe Velmore Arts Council said it would find other stages for the season's plays.\n"
)


def _asked(body: str, kind: str = "who_said") -> list[Question]:
    """The questions of one kind of a story made of HEAD, ``body`` and TAIL, as built."""
    qs = generate(analyze(HEAD + body + TAIL), thin_giveaways=False)
    return [q for q in qs if q.kind == kind]


def _never_together(qs: list[Question], person: str, body: str) -> None:
    for q in qs:
        for key, other in ((person, body), (body, person)):
            if answer(q) == key:
                assert other not in wrong_options(q), q.options


# 1. "its director of operations, Sam Lee" -------------------------------------------------

ONLY_NAMED_BEFORE = (
    "Grellan Build won the contract after an open tender.\n\n"
    "“The crews will start work in April,” its director of operations, Sam Lee, said.\n\n"
    "Grellan Build said the price agreed with the city would not change."
)


def test_its_director_after_a_sentence_that_only_names_the_company() -> None:
    qs = _asked(ONLY_NAMED_BEFORE)
    assert {"Sam Lee", "Grellan Build"} <= {answer(q) for q in qs}
    _never_together(qs, "Sam Lee", "Grellan Build")


def test_its_director_opening_the_sentence_after_another_speakers_claim() -> None:
    qs = _asked(
        "The contract went to Grellan Build after an open tender, the council said.\n\n"
        "Its director of operations, Sam Lee, said the crews would start work in April.\n\n"
        "Grellan Build said the price agreed with the city would not change."
    )
    assert "Sam Lee" in {answer(q) for q in qs}
    _never_together(qs, "Sam Lee", "Grellan Build")


def test_name_then_its_role_after_a_sentence_that_only_names_the_company() -> None:
    qs = _asked(
        "Grellan Build won the contract after an open tender.\n\n"
        "Sam Lee, its director of operations, said the crews would start work in April.\n\n"
        "Grellan Build said the price agreed with the city would not change."
    )
    assert {"Sam Lee", "Grellan Build"} <= {answer(q) for q in qs}
    _never_together(qs, "Sam Lee", "Grellan Build")


@pytest.mark.parametrize(
    ("body", "person", "group"),
    [
        (
            "The Calder Theatre said the building had been inspected twice since the winter.\n\n"
            "Marta Ruiz, the theatre's general director, said ticket holders would be refunded "
            "in full.",
            "Marta Ruiz",
            "The Calder Theatre",
        ),
        (
            "The Velmore Tenants Association said the closure would hurt shops on the square."
            "\n\nThe association's chair, Ben Ode, said members had not been consulted about "
            "the timing.",
            "Ben Ode",
            "The Velmore Tenants Association",
        ),
    ],
)
def test_control_possessive_roles_already_tie(body: str, person: str, group: str) -> None:
    # the forms of the brief that shared words tie already: the two are never options of one
    # question (as key and wrong option, nor as two wrong options)
    qs = _asked(body)
    assert any({person, group} & set(q.options) for q in qs)
    assert not any({person, group} <= set(q.options) for q in qs)


def test_control_a_spokeswoman_of_another_body_stays_a_wrong_option() -> None:
    qs = _asked(
        ONLY_NAMED_BEFORE
        + "\n\nNina Park, a spokeswoman for the Velmore Arts Council, said the season would "
        "move to the Corn Hall."
    )
    company = next(q for q in qs if answer(q) == "Grellan Build")
    assert "Nina Park" in wrong_options(company)


def test_control_two_people_of_one_company_are_kept_apart() -> None:
    # Ada Moss did not say Lee's words, but both speak for Grellan Build: the engine keeps the
    # company's people apart, as it does the company and each of them (a lost option, no doubt)
    qs = _asked(
        ONLY_NAMED_BEFORE + "\n\nAda Moss, Grellan Build's chief engineer, said the old beams "
        "would be kept where possible."
    )
    _never_together(qs, "Sam Lee", "Ada Moss")


# 2. spot_the_cue on a bare pronoun ------------------------------------------------------

RAIL = "Rail line shut\n\nLUNDAR, May 2 (Wire) - "


def _marked(text: str) -> list[list[str]]:
    """The words each spot_the_cue question of a story keys, as the kind builds them (before
    the kind is trimmed to its share of the story)."""
    analysis = analyze(RAIL + text)
    qs = spot_the_cue.build(Context(analysis, analysis.stories[0]))
    return [[q.options[i] for i in q.answer] for q in qs]


def test_it_said_for_a_description_is_not_keyed() -> None:
    marked = _marked(
        "The company said on Monday it had closed the northern line.\n\n"
        "It said the bridge over the Lund river was no longer safe for heavy trains.\n"
    )
    assert ["It", "said"] not in marked
    assert ["The", "company", "said"] in marked


def test_they_said_for_a_description_is_not_keyed() -> None:
    marked = _marked(
        "Two rights groups wrote to the governor on Monday about the new prison rules. The "
        "groups said the rules broke the law.\n\n"
        "They argue that Governor Ann Reed should 'lead by example.'\n\n"
        "Mayor Tom Hale said the rules were fair.\n"
    )
    assert ["They", "argue"] not in marked
    assert ["Mayor", "Tom", "Hale", "said"] in marked


def test_control_it_said_for_a_named_body_stays() -> None:
    text = (
        "The shipping firm Ostmark Lines said the crane had been checked in May. It said no "
        "dockers had been hurt when it fell.\n\n"
        "Docker Aron Veld said the crane had been shaking for weeks.\n"
    )
    analysis = analyze(RAIL + text)
    qs = spot_the_cue.build(Context(analysis, analysis.stories[0]))
    keyed = [q for q in qs if [q.options[i] for i in q.answer] == ["It", "said"]]
    assert len(keyed) == 1 and "(“It” is Ostmark Lines)" in keyed[0].explanation


def test_control_she_said_for_a_named_person_stays() -> None:
    marked = _marked(
        "Mayor Ann Reed said on Monday the closure was a blow to the town.\n\n"
        "She said the replacement buses would run every ten minutes until the line reopened.\n\n"
        "Velto Rail said the bridge over the Lund river was no longer safe for heavy trains.\n"
    )
    assert ["She", "said"] in marked


# 3. "… and that …" with the first "that" gone --------------------------------------------

DAM = (
    "Dam checked\n\nKESSLING, June 9 (Wire) - Engineers finished a week-long check of the "
    "Kessling dam on Friday.\n\n"
)


def test_two_that_clauses_are_quoted_one_by_one() -> None:
    qs = generate(
        analyze(
            DAM + "Otto Krall, the site manager, said the dam was safe and that repairs were "
            "due in the autumn.\n"
        ),
        thin_giveaways=False,
    )
    cue = next(q for q in qs if q.kind == "spot_the_cue")
    assert "what is claimed is “the dam was safe” and “repairs were due in the autumn”" in (
        cue.explanation
    )
    for q in qs:
        assert "“the dam was safe and that" not in q.explanation + q.prompt


def test_no_statement_keeps_a_second_that_before_a_plain_noun() -> None:
    for said in (
        "Vantor Energy said the dam was safe and that repairs were due in the autumn.",
        "The regulator said the dam had cracked in two places and that water levels had fallen "
        "by a metre since May.",
    ):
        analysis = analyze(DAM + said + "\n")
        ctx = Context(analysis, analysis.stories[0])
        assert [claim_statement(ctx, c) for c in ctx.story.claims] == [None]


def test_that_clauses_part_second_complements_only() -> None:
    from questions.generate.text import that_clauses

    assert that_clauses("one of the problems is jobs, and that is my job") == [
        ("", "one of the problems is jobs, and that is my job")
    ]
    assert that_clauses("the dam was safe, that the pumps were new and that repairs were due") == [
        ("", "the dam was safe"),
        (",", "the pumps were new"),
        ("and", "repairs were due"),
    ]
