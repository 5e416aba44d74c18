"""Two failure categories teacher-readers found (helper e1), fixed in general form.

1. **A wrong option that is also right because it is on the answer's side.** A minister or
   spokeswoman of a government is never a wrong option when the answer is that government, a
   body of it or the country's name used for it ("Moscow", "Russia"), nor the reverse, even when
   the analysis typed the person a plain person ("Ana Petrov, the foreign minister"); a person
   who speaks for a body the story names only by a common noun ("a spokeswoman for the group",
   "who heads the doctors' body") is never a wrong option beside that body. Controls: a
   minister of another, known country stays a fine wrong option; so does a union's spokeswoman
   beside a government, and two governments of different countries beside each other.
2. **A source typed with the wrong kind in source_check.** The kind comes from the head noun of
   the source's name and its apposition: an association, a federation, a society or a union is
   no government even when a government's word stands before the head ("the Police
   Federation", "the Government Doctors' Association"); a council or a board may or may not be
   one, so no government question; words taken from a document ("a report by the Health
   Ministry said", "said in its annual report", "a study by economist …") give no kind question.
   Controls: "The Health Ministry said", "Health Minister … said", an economist who said
   something herself.

Every story here is invented: names, places and sentences.
"""

from __future__ import annotations

from story_kit import answer, wrong_options

from questions import analyze
from questions.generate import generate
from questions.generate.kinds import source_check, who_denied, who_said
from questions.generate.registry import Context
from questions.model import Question
from questions.names import kind_of

HEAD = "Border talks stall\n\nVELMAR, March 4 (Wire) - "
# three more speakers of no government, so that a question has wrong options to choose from
OTHERS = (
    "\n\nAnalyst Tomas Weller of the Brenning Institute said both sides were trying to avoid "
    "a war. Farmer Greta Holm said her fields near the river had been empty for weeks. "
    "Fisherman Piet Larsen said the boats had stayed in the harbour since Sunday.\n"
)


def _ctx(body: str) -> Context:
    analysis = analyze(HEAD + body + OTHERS)
    return Context(analysis, analysis.stories[0])


def _who_said(body: str, words: str) -> Question:
    found = [q for q in who_said.build(_ctx(body)) if words in q.prompt]
    assert found, [q.prompt for q in who_said.build(_ctx(body))]
    return found[0]


def _who_denied(body: str) -> Question:
    found = who_denied.build_who(_ctx(body))
    assert found, "no who_denied question"
    return found[0]


# --- 1. a wrong option on the answer's side ------------------------------------------------


def test_a_minister_named_before_her_role_is_no_wrong_option_for_her_government() -> None:
    body = (
        "The Ostran government said on Monday that no troops had crossed the northern border."
        "\n\nAna Petrov, the foreign minister, told reporters in Velmar that the talks with "
        "Kessland would resume next week."
    )
    q = _who_said(body, "no troops had crossed")
    assert answer(q) == "The Ostran government"
    assert "Ana Petrov" not in wrong_options(q)
    # and the reverse: the government is no wrong option for the minister's words
    q = _who_said(body, "talks with Kessland")
    assert answer(q) == "Ana Petrov"
    assert not any("Ostran" in o for o in wrong_options(q))


def test_a_minister_is_no_wrong_option_for_the_countrys_name() -> None:
    body = (
        "Russia said on Monday that no troops had crossed the northern border.\n\n"
        "Oleg Varin, the foreign minister, told reporters in Velmar that the talks would "
        "resume next week."
    )
    q = _who_said(body, "no troops had crossed")
    assert answer(q) == "Russia"
    assert "Oleg Varin" not in wrong_options(q)


def test_a_capital_that_denied_is_not_offered_beside_its_minister() -> None:
    body = (
        "Moscow denied that any troops had crossed the northern border.\n\n"
        "Oleg Varin, the foreign minister, told reporters in Velmar that the talks would "
        "resume next week."
    )
    q = _who_denied(body)
    assert answer(q) == "Moscow"
    assert "Oleg Varin" not in wrong_options(q)


def test_the_government_that_denied_is_not_offered_beside_its_minister() -> None:
    body = (
        "The government has denied that any troops had crossed the northern border.\n\n"
        "Ana Petrov, the foreign minister, told reporters in Velmar that the talks would "
        "resume next week."
    )
    q = _who_denied(body)
    assert answer(q) == "The government"
    assert "Ana Petrov" not in wrong_options(q)


def test_a_minister_who_denied_is_not_offered_beside_her_government() -> None:
    body = (
        "Ana Petrov, the foreign minister, denied that any troops had crossed the northern "
        "border.\n\nThe Ostran government said on Monday that the talks would resume next week."
    )
    q = _who_denied(body)
    assert answer(q) == "Ana Petrov"
    assert not any("Ostran" in o for o in wrong_options(q))


def test_a_spokeswoman_for_the_group_is_no_wrong_option_for_the_group() -> None:
    body = (
        "The Ostran Medical Association said on Monday that the clinics had run out of "
        "vaccine.\n\nLina Ode, a spokeswoman for the group, told reporters that the waiting "
        "lists had doubled since March."
    )
    q = _who_said(body, "run out of vaccine")
    assert answer(q) == "The Ostran Medical Association"
    assert "Lina Ode" not in wrong_options(q)
    q = _who_said(body, "waiting lists")
    assert answer(q) == "Lina Ode"
    assert not any("Medical Association" in o for o in wrong_options(q))


def test_the_head_of_the_doctors_body_is_no_wrong_option_for_it() -> None:
    body = (
        "The Ostran Medical Association said on Monday that the clinics had run out of "
        "vaccine.\n\nMarta Kell, who heads the doctors' body, told reporters that the waiting "
        "lists had doubled since March."
    )
    q = _who_said(body, "run out of vaccine")
    assert "Marta Kell" not in wrong_options(q)


def test_a_finding_of_a_document_is_asked_as_nobodys_saying() -> None:
    """ "A 2019 inquiry by X concluded …": the inquiry concluded it; "who said" has no answer."""
    for lead in (
        "A 2019 inquiry by the independent Harbour Reform League concluded",
        "An audit by the Harbour Reform League said",
    ):
        body = f"{lead} that the port had lost a third of its cargo traffic since 2010."
        prompts = [q.prompt for q in who_said.build(_ctx(body))]
        assert not any("cargo traffic" in p for p in prompts), prompts
    # control: the body itself said it, in a report of its own
    body = (
        "The Harbour Reform League said in its annual report that the port had lost a third of "
        "its cargo traffic since 2010."
    )
    assert answer(_who_said(body, "cargo traffic")) == "The Harbour Reform League"


# controls: these stay fine wrong options


def test_control_a_minister_of_another_known_country_stays_a_wrong_option() -> None:
    """(The form the analysis types an official was held back by its kind alone before.)"""
    for minister in (
        "French Foreign Minister Jean Morel told reporters",  # typed an official
        "Jean Morel, the French foreign minister, told reporters",  # typed a person
    ):
        body = (
            "Moscow said on Monday that no troops had crossed the northern border.\n\n"
            f"{minister} in Velmar that the talks would resume next week."
        )
        q = _who_said(body, "no troops had crossed")
        assert answer(q) == "Moscow"
        assert "Jean Morel" in wrong_options(q), q.options


def test_the_countrys_ministry_is_no_wrong_option_for_its_capital() -> None:
    body = (
        "Moscow said on Monday that no troops had crossed the northern border.\n\n"
        "The Foreign Ministry said the talks would resume in Velmar next week."
    )
    q = _who_said(body, "no troops had crossed")
    assert answer(q) == "Moscow"
    assert not any("Foreign Ministry" in o for o in wrong_options(q))


def test_control_a_minister_of_a_country_named_in_her_role_stays_an_option() -> None:
    """ "Mongolia's foreign minister" is of no country gen_name_groups.tsv lists, and every
    name of Russia is listed there: she is not Russia's."""
    body = (
        "Russia said on Monday that no troops had crossed the northern border.\n\n"
        "Dana Orlova, Mongolia's foreign minister, told reporters in Velmar that the talks "
        "would resume next week."
    )
    q = _who_said(body, "no troops had crossed")
    assert "Dana Orlova" in wrong_options(q), q.options


def test_control_an_opposition_leader_is_an_option_for_the_government() -> None:
    """The analysis types "Opposition leader Dan Vik" an official; his role says he is not
    the government's (before: held back by his kind alone)."""
    body = (
        "The Ostran government said on Monday that no troops had crossed the northern border."
        "\n\nOpposition leader Dan Vik told reporters that the army had been on alert for a "
        "week."
    )
    q = _who_said(body, "no troops had crossed")
    assert "Dan Vik" in wrong_options(q), q.options


def test_control_two_governments_of_different_countries_stay_options() -> None:
    body = (
        "Moscow said on Monday that no troops had crossed the northern border.\n\n"
        "Kyiv said its patrols had seen armoured columns near the river."
    )
    q = _who_said(body, "no troops had crossed")
    assert "Kyiv" in wrong_options(q)


def test_control_a_union_spokeswoman_stays_a_wrong_option_for_the_government() -> None:
    body = (
        "The Ostran government said on Monday that no troops had crossed the northern border."
        "\n\nAna Roy, a spokeswoman for the dockers' union, told reporters that the port had "
        "been closed since Friday."
    )
    q = _who_said(body, "no troops had crossed")
    assert "Ana Roy" in wrong_options(q), q.options


def test_control_a_spokeswoman_for_the_group_stays_an_option_for_another_speaker() -> None:
    body = (
        "The Ostran Medical Association said on Monday that the clinics had run out of "
        "vaccine.\n\nLina Ode, a spokeswoman for the group, told reporters that the waiting "
        "lists had doubled since March."
    )
    q = _who_said(body, "boats had stayed")
    assert answer(q) == "Piet Larsen"
    assert "Lina Ode" in wrong_options(q)


# --- 2. the kind of a source in source_check -----------------------------------------------

CLINICS = "Clinic funds questioned\n\nVELMAR, March 4 (Wire) - "
EXPERT = (
    "\n\nFarmer Greta Holm said her village clinic had closed in May. Professor Tomas Weller "
    "of Kell University said that the clinics had been short of money for years.\n"
)


def _kinds(body: str) -> dict[str, str]:
    """The what-kind-of-source questions of a story: the claim's words -> the keyed kind."""
    analysis = analyze(CLINICS + body + EXPERT)
    qs = source_check.build(Context(analysis, analysis.stories[0]))
    return {q.prompt: answer(q) for q in qs if q.prompt.startswith("What kind")}


def _government_asked(body: str) -> bool:
    return "A government or its officials" in _kinds(body).values()


def test_an_association_with_a_government_word_is_no_government() -> None:
    for body in (
        "The Government Doctors' Association said that the clinics had run out of vaccine.",
        "The Police Federation said that the clinics had run out of vaccine.",
        "The Army Nurses Society said that the clinics had run out of vaccine.",
    ):
        assert not _government_asked(body), body
    # the expert's question is still asked beside it
    assert "An independent expert" in _kinds(body).values()


def test_a_body_headed_by_an_association_is_typed_an_organisation() -> None:
    assert kind_of("the Police Federation") == "organisation"
    assert kind_of("the Government Doctors' Association") == "organisation"
    assert kind_of("the Health Ministry") == "government"  # control
    assert kind_of("Health Ministry spokeswoman Ana Roy") == "official"  # control


def test_words_from_a_document_give_no_kind_question() -> None:
    for body in (
        "A report by the Health Ministry said that the clinics had spent 4 million euros on "
        "consultants.",
        "The Health Ministry said in its annual report that the clinics had spent 4 million "
        "euros on consultants.",
        "A 2019 review by the Better Clinics Association found that the clinics had spent 4 "
        "million euros on consultants.",
    ):
        assert not _government_asked(body), body
    body = (
        "A study by economist Ana Roy of Kell University found that the clinics had spent 4 "
        "million euros on consultants."
    )
    assert not any("4 million euros" in p for p in _kinds(body)), _kinds(body)


def test_control_a_ministry_and_a_minister_are_still_a_government() -> None:
    for body in (
        "The Health Ministry said that the clinics had spent 4 million euros on consultants.",
        "Health Minister Ana Roy said that the clinics had spent 4 million euros on consultants.",
        "Health Minister Ana Roy said in a radio interview that the clinics had spent 4 million "
        "euros on consultants.",
    ):
        assert _government_asked(body), body


def test_control_an_economist_speaking_herself_is_still_an_expert() -> None:
    body = (
        "Economist Ana Roy of Kell University said the clinics had spent 4 million euros on "
        "consultants."
    )
    kinds = _kinds(body)
    assert any("4 million euros" in p and k == "An independent expert" for p, k in kinds.items())


def test_the_generated_questions_hold_no_doubtful_kind() -> None:
    """End to end: a story of a doctors' association, an audit and a ministry gives a
    government question for the ministry only."""
    text = (
        CLINICS + "The Government Doctors' Association said that the clinics had run out of "
        "vaccine.\n\nAn audit by the National Audit Office found that the clinics had spent 4 "
        "million euros on consultants.\n\nThe Health Ministry said on Tuesday that the clinics had "
        "received new doses in April." + EXPERT
    )
    qs = [q for q in generate(analyze(text), thin_giveaways=False) if q.kind == "source_check"]
    government = [q for q in qs if answer(q) == "A government or its officials"]
    assert government, [q.prompt for q in qs]
    # (not "it had ordered new doses": a body's own deed is an announcement, never asked)
    assert all("received new doses" in q.prompt for q in government), [q.prompt for q in government]
