"""Regression cases from stories the engine had not seen, each rewritten as a small story in the
same news language and named after what went wrong."""

from __future__ import annotations

import pytest
from gen_fixtures import claim, one_story  # noqa: E402

from questions.generate import generate  # noqa: E402
from questions.generate.kinds.hedge_words import signals_uncertainty  # noqa: E402
from questions.model import Question  # noqa: E402

LINES = [
    "The Zembian interior ministry spokesman said the allegation that a former officer spied for "
    "Zembia is baseless.",
    "“There are many false reports in foreign media that pursue an agenda,” Karl Brenner said at a "
    "press conference in Zembla on Monday.",
    "According to the FBI, the officer was last seen in the capital in July 2013.",
    "The Harbour Workers Union said the strike would continue until wages were raised by five "
    "percent.",
    "New Democracy said the government had failed to pass a single reform in its first year.",
    "According to ND, the budget shows that the government wanted more loans from abroad.",
    "Minister Olga Varga told the state news agency on May 9 that the army has not tested a new "
    "missile this year.",
    "The port authority reported that the ship carried 2,000 tons of grain, the agency said.",
]
TEXT = "\n".join(LINES)


def _claims() -> list:
    t, ln = TEXT, LINES
    return [
        claim(
            t,
            ln[0],
            "Zembian interior ministry spokesman",
            "The Zembian interior ministry spokesman",
            "said",
            "the allegation that a former officer spied for Zembia is baseless",
            kind="official",
        ),
        claim(
            t,
            ln[1],
            "Karl Brenner",
            "Karl Brenner",
            "said at a press conference",
            "There are many false reports in foreign media that pursue an agenda",
            quote="direct",
            kind="official",
        ),
        claim(
            t,
            ln[2],
            "FBI",
            "the FBI",
            "According to",
            "the officer was last seen in the capital in July 2013",
            kind="organisation",
        ),
        claim(
            t,
            ln[3],
            "the Harbour Workers Union",
            "The Harbour Workers Union",
            "said",
            "the strike would continue until wages were raised by five percent",
            kind="organisation",
        ),
        claim(
            t,
            ln[4],
            "New Democracy",
            "New Democracy",
            "said",
            "the government had failed to pass a single reform in its first year",
            kind="organisation",
        ),
        claim(
            t,
            ln[5],
            "ND",
            "ND",
            "According to",
            "the budget shows that the government wanted more loans from abroad",
            kind="organisation",
        ),
        claim(
            t,
            ln[5],
            "the budget",
            "the budget",
            "shows",
            "the government wanted more loans from abroad",
            kind="organisation",
        ),
        claim(
            t,
            ln[6],
            "Olga Varga",
            "Minister Olga Varga",
            "told",
            "the state news agency on May 9 that the army has not tested a new missile this year",
            kind="official",
        ),
        claim(
            t,
            ln[7],
            "the port authority",
            "The port authority",
            "reported",
            "the ship carried 2,000 tons of grain",
            kind="government",
        ),
    ]


@pytest.fixture(scope="module")
def questions() -> list[Question]:
    return generate(one_story(TEXT, _claims()))


def right(q: Question) -> str:
    assert isinstance(q.answer, int)
    return q.options[q.answer]


def test_role_only_source_is_never_an_option(questions: list[Question]) -> None:
    # "the interior ministry spokesman" may well be Karl Brenner under another name
    for q in questions:
        if q.kind == "who_said":
            assert not any("spokesman" in o for o in q.options), q.prompt


def test_a_role_only_source_is_never_an_option_in_an_analysed_story() -> None:
    """The fixture above keeps its spokesman out by other guards too; here only the role rule
    (``is_role_only``) stands between the spokesman and the options."""
    import questions as engine

    text = (
        "Port strike enters second week\n\n"
        "Dockworkers in the port of Ostra stayed away from work for a seventh day on Monday.\n\n"
        "The Zembian interior ministry spokesman said the strike was costing the region two "
        "million euros a day.\n\n"
        "Transport Minister Karl Brenner said the government would not raise its offer.\n\n"
        "Maria Lind, an economist at Ostra University, said the strike had already cost three "
        "large ferry contracts.\n\n"
        "Ferry operator Stena Line said hundreds of passengers had been stranded overnight.\n"
    )
    asked = generate(engine.analyze(text), thin_giveaways=False)
    who = [q for q in asked if q.kind == "who_said"]
    assert who  # control: the three named sources are asked about
    assert not [q for q in who if any("spokesman" in o for o in q.options)]


def test_acronym_and_full_name_are_never_rival_options(questions: list[Question]) -> None:
    for q in questions:
        if q.kind == "who_said":
            assert not ({"ND", "New Democracy"} <= set(q.options)), q.prompt


def test_claim_nested_in_another_claim_is_not_asked_about(questions: list[Question]) -> None:
    assert not any(
        "more loans from abroad" in q.prompt for q in questions if q.kind != "spot_the_cue"
    )


def test_a_claim_inside_another_claims_content_is_not_asked() -> None:
    """The fixture above's nested claim has a common-noun source ("the budget"), never asked
    anyway; here the inner source is a name, so only ``nested`` keeps its claim out."""
    lines = [
        "Transport Minister Karl Brenner said the government would not raise its offer.",
        "Maria Lind said the strike was costing the region two million euros a day.",
        "Stena Line said hundreds of passengers had been stranded overnight.",
        "According to the Harbour Workers Union, Acme Corp said the port would stay closed "
        "until the end of June.",
    ]
    t = "\n".join(lines)
    inner = "the port would stay closed until the end of June"
    claims = [
        claim(t, lines[0], "Karl Brenner", "Transport Minister Karl Brenner", "said",
              "the government would not raise its offer", kind="official"),
        claim(t, lines[1], "Maria Lind", "Maria Lind", "said",
              "the strike was costing the region two million euros a day", kind="person"),
        claim(t, lines[2], "Stena Line", "Stena Line", "said",
              "hundreds of passengers had been stranded overnight", kind="organisation"),
        claim(t, lines[3], "the Harbour Workers Union", "the Harbour Workers Union",
              "According to", "Acme Corp said " + inner, kind="organisation"),
        claim(t, lines[3], "Acme Corp", "Acme Corp", "said", inner, kind="organisation"),
    ]  # fmt: skip
    asked = generate(one_story(t, claims), thin_giveaways=False)
    assert [q for q in asked if q.kind == "who_said"]  # control: the story is asked about
    assert not [q for q in asked if q.kind != "spot_the_cue" and "stay closed" in q.prompt]


def test_recipient_is_not_taken_for_the_content(questions: list[Question]) -> None:
    from questions.generate.claims import recipient_in_content

    assert not any("state news agency on May 9" in q.prompt for q in questions)
    # the fixture's prompts stay clean by is_clause as well; the rule itself, on its own:
    line = "Ann Reed told Acme Radio on Monday that the port would stay closed until June."
    told = claim(line, line, "Ann Reed", "Ann Reed", "told",
                 "Acme Radio on Monday that the port would stay closed until June")  # fmt: skip
    assert recipient_in_content(line, told)
    told = claim(line, line, "Ann Reed", "Ann Reed", "told",
                 "the port would stay closed until June")  # fmt: skip
    assert not recipient_in_content(line, told)


def test_second_reporting_verb_keeps_a_sentence_out_of_spot_the_cue() -> None:
    # what the kind builds, before the story's shares and giveaways trim it
    built = generate(one_story(TEXT, _claims()), thin_giveaways=False)
    spots = [q for q in built if q.kind == "spot_the_cue"]
    assert spots
    assert not any("grain" in " ".join(q.options) for q in spots)


def test_a_second_reporting_verb_alone_keeps_a_sentence_out_of_spot_the_cue() -> None:
    """In the fixture above the grain line comes after three other spot_the_cue sentences, so
    the kind's limit keeps it out whatever the rule says; here it is one of two."""
    lines = [
        "Transport Minister Karl Brenner said the government would not raise its offer.",
        "The port authority reported that the ship carried 2,000 tons of grain, the agency said.",
    ]
    t = "\n".join(lines)
    claims = [
        claim(t, lines[0], "Karl Brenner", "Transport Minister Karl Brenner", "said",
              "the government would not raise its offer", kind="official"),
        claim(t, lines[1], "the port authority", "The port authority", "reported",
              "the ship carried 2,000 tons of grain", kind="government"),
    ]  # fmt: skip
    built = generate(one_story(t, claims), thin_giveaways=False)
    marked = [q.evidence.text for q in built if q.kind == "spot_the_cue"]
    assert any("Karl Brenner" in m for m in marked)  # control: the plain line is asked
    assert not any("grain" in m for m in marked)


def test_press_conference_channel(questions: list[Question]) -> None:
    q = next(q for q in questions if q.kind == "source_check" and "Karl Brenner" in q.prompt)
    assert right(q) == "At a press conference"


@pytest.mark.parametrize(
    ("sentence", "word", "hedge"),
    [
        ("Kyiv portrayed the alleged incursion as an uprising.", "alleged", True),
        ("Troops fought the reported incursion for a second day.", "reported", True),
        ("There is confusion over reports of an armed raid.", "reports", True),
        ("The strategy appears to be regime change from within.", "appears", True),
        ("The group claimed to have been involved in the attack.", "claimed", True),
        ("The American media reported on Tuesday.", "reported", False),
        ("They appeared recently and alleged the presence of troops.", "appeared", False),
        ("There are many such reports in the media.", "reports", False),
        ("Russia said it had taken the town.", "said", False),
    ],
)
def test_signals_uncertainty(sentence: str, word: str, hedge: bool) -> None:
    start = sentence.index(word)
    assert signals_uncertainty(sentence, (start, start + len(word))) is hedge


# Regressions found reading questions from unseen US political news (a campaign story).
CAMPAIGN = (
    "Mayoral candidate removed from forum hall by police.\n"
    "Independent mayoral candidate Ann Rowe was walked out of the Westford library on "
    "Tuesday evening, an hour before the town forum was due to open.\n"
    "Rowe spokeswoman Mara Diaz said the candidate had come to the library to meet voters. "
    "Diaz said Rowe obeyed the officers and went home quietly.\n"
    "The forum started at 7pm before a crowd of roughly 300 residents.\n"
)


def _campaign_questions() -> list[Question]:
    import questions

    return generate(questions.analyze(CAMPAIGN))


def test_telegraphic_headline_is_not_a_fact_statement() -> None:
    import questions

    prompts = [q.prompt for q in _campaign_questions() if q.kind == "fact_or_claim"]
    assert not any("removed from forum hall" in p for p in prompts)
    # that headline is no plain concrete fact anyway; this one is, so only _headline keeps it out
    headline = "Police close Westford library for 3 hours on Tuesday."
    text = headline + "\n" + CAMPAIGN.split("\n", 1)[1]
    prompts = [q.prompt for q in generate(questions.analyze(text)) if q.kind == "fact_or_claim"]
    assert any("Ann Rowe was walked out" in p for p in prompts)  # control: the lede is asked
    assert not any("Police close" in p for p in prompts)


def test_campaign_spokeswoman_is_not_called_a_government_official() -> None:
    import questions

    def kind_answers(title: str) -> list[str]:
        text = (
            "Mayor Ann Rowe opens re-election bid at library.\n"
            "Mayor Ann Rowe opened her bid for a third term at the Westford library on Tuesday "
            "evening.\n"
            f"Mayor Ann Rowe’s {title} Mara Diaz said more than 300 residents had signed up to "
            "attend the event.\n"
            "The event started at 7pm before a crowd of roughly 300 residents.\n"
        )
        built = generate(questions.analyze(text), thin_giveaways=False)
        return [
            q.options[q.answer]
            for q in built
            if q.kind == "source_check" and "kind of source" in q.prompt
        ]

    # control: the mayor's own spokeswoman does speak for the town's government
    assert kind_answers("spokeswoman") == ["A government or its officials"]
    assert "A government or its officials" not in kind_answers("campaign spokeswoman")


def test_acts_and_unresolved_pronouns_are_not_spot_the_cue_questions() -> None:
    import questions

    text = (
        "The senator spoke at length on Tuesday about the history of the conflict.\n"
        "Twenty years ago the rebel leader declared war on the government in the capital.\n"
        "Their fans are so sure of the result that they actually believe they are ahead.\n"
        "Senator Ruth Ames said the talks would resume next week.\n"
    )
    built = generate(questions.analyze(text), thin_giveaways=False)  # before giveaway.py
    sentences = [q.evidence.text for q in built if q.kind == KIND_STC]
    assert not any("declared war" in s or "actually believe" in s for s in sentences)
    assert any("Ruth Ames said" in s for s in sentences)


KIND_STC = "spot_the_cue"


# Regressions found reading questions from unseen US news (a veto fight, a police shooting).
VETO = (
    "The state senate is due to vote on the bill this month.\n"
    "However, in recent weeks, the Lopez administration has promised a veto and tried "
    "to make the case to lawmakers in both chambers that the bill is a mistake.\n"
    "The White House said the president would not sign the bill in its current form.\n"
    "Senator Ruth Ames said the votes were there to override a veto.\n"
    "Activist Lee Park said the bill would at last let the tenants sue the landlords.\n"
    "The video released on Saturday shows the deputies walking toward the truck.\n"
    "It also does not show whether the driver held a knife, as police have said.\n"
)


def _veto_questions() -> list[Question]:
    import questions

    return generate(questions.analyze(VETO))


def test_no_statement_or_prompt_loses_its_subject() -> None:
    for q in _veto_questions():
        assert "a veto and tried" not in q.prompt, q.prompt


def test_a_pronoun_before_an_inverted_cue_is_not_the_speaker() -> None:
    for q in _veto_questions():
        assert "police also does not show" not in q.prompt.lower(), q.prompt


def test_the_white_house_and_the_administration_are_never_rivals() -> None:
    import questions

    for q in _veto_questions():
        opts = {o.lower() for o in q.options}
        assert not {"the white house", "the lopez administration"} <= opts, q.prompt
    # the VETO story builds no who_said question at all; this one does, with both speaking
    text = (
        "The state senate is due to vote on the rent bill this month.\n"
        "The Lopez administration said the bill would raise rents across the state by a tenth.\n"
        "The White House said the president would not sign the bill in its current form.\n"
        "Senator Ruth Ames said the votes were there to override a veto.\n"
        "Activist Lee Park said the bill would at last let the tenants sue the landlords.\n"
        "Acme Realty said the bill would cost landlords two million dollars a year.\n"
    )
    # every who_said question the kind builds, before the share cap picks among them
    import importlib

    from questions.generate.registry import Context

    analysis = questions.analyze(text)
    who_said = importlib.import_module("questions.generate.kinds.who_said")
    who = who_said.build(Context(analysis, analysis.stories[0]))
    assert any("The White House" in q.options for q in who)  # control
    for q in who:
        opts = {o.lower() for o in q.options}
        assert not {"the white house", "the lopez administration"} <= opts, q.prompt


@pytest.mark.parametrize(
    ("fragment", "clause"),
    [
        ("a veto and tried to make the case to both chambers", False),
        ("Hale and seemed to think the offer was fake", False),
        ("one filmed by a store security camera", False),
        ("the talks collapsed on Friday", True),
        ("Smith and Jones agreed to meet again", True),
    ],
)
def test_is_clause_needs_a_subject(fragment: str, clause: bool) -> None:
    from questions.generate.text import is_clause

    assert is_clause(fragment) is clause
