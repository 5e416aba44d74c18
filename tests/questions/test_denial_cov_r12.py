"""Coverage of denials in short wire stories (issue 7, round 12), on stories of our own:

- the accuser is a document or an inquiry ("An audit … found that …" / "The company disputed
  the figures"; "A newspaper investigation found …" / "The charity denied the claims");
- the denier speaks through a lawyer or a spokesperson ("Her lawyer said she denied the
  allegations", "A spokeswoman for Halden Foods said the company rejected the claims");
- verbs and objects: "pushed back against the report", "dismissed the criticism as politically
  motivated" (after the accusation it answers), "denied that it had …", "denied using …",
  "denied receiving …, after …", "disputed the auditor's account";
- caps: a short story of three clean denials keeps a question on each;
- controls: contesting a ruling, "denied entry", "denied bail", "was denied a permit", a lawyer
  whose pronoun is someone else's, criticism the story never reports ask no denial.
"""

from __future__ import annotations

from story_kit import (
    DENIAL_FILLER,
    DENIALS,
    answer,
    denial_story,
    denials_asked,
    one_denial,
    wrong_options,
)

from questions import analyze
from questions.generate import generate, generate_with_report

FILLER = DENIAL_FILLER
_story = denial_story
_asked = denials_asked
_one = one_denial


# 1. the accuser is a document or a body


def test_figures_found_by_an_audit_are_what_the_company_disputed() -> None:
    text = _story(
        "Firm disputes audit",
        "Prosecutors in Tarvik on Tuesday charged Brennel Logistics with fraud.\n\n"
        "An audit by the regional treasury found that the firm had overbilled the city by "
        "2 million crowns. The company disputed the figures.",
    )
    q = _one(text, "According to the story, what did Brennel Logistics deny?")
    assert answer(q) == "That the firm had overbilled the city by 2 million crowns"
    assert "An audit by the regional treasury found" in q.evidence.text
    assert not any("overbilled" in w for w in wrong_options(q))


def test_findings_of_an_audit_about_the_council_asked_with_it() -> None:
    text = _story(
        "Audit faults council",
        "An audit published on Monday found that the Velmark city council had spent housing "
        "money on office repairs. The council rejected the findings.",
    )
    q = _one(text, "According to the story, what did the council deny?")
    assert answer(q) == "That it had spent housing money on office repairs"


def test_claims_of_a_newspaper_investigation_denied_by_the_charity() -> None:
    text = _story(
        "Charity rejects claims",
        "A newspaper investigation found that the Bright Start charity had spent half its "
        "donations on salaries.\n\nThe charity denied the claims.",
    )
    q = _one(text, "According to the story, what did the charity deny?")
    assert answer(q) == "That it had spent half its donations on salaries"


def test_findings_of_an_inquiry_denied_by_the_club_it_names() -> None:
    text = _story(
        "Club denies inquiry",
        "A tax office inquiry found that FC Marden had paid its players in cash to avoid taxes. "
        "The club denied the findings and said its accounts were in order.",
    )
    q = _one(text, "According to the story, what did FC Marden deny?")
    assert answer(q) == "That it had paid its players in cash to avoid taxes"
    assert not any("accounts" in w for w in wrong_options(q))  # said beside the denial


# 2. through a lawyer or a spokesperson


def test_her_lawyer_said_she_denied_the_allegations() -> None:
    text = _story(
        "Inspector suspended",
        "Prosecutors accused inspector Rosa Danner of taking cash from food companies in "
        "return for clean reports. Her lawyer said she denied the allegations.",
    )
    q = _one(text, "According to the story, who denied the allegations made by prosecutors?")
    assert answer(q) == "Rosa Danner"
    assert "Her lawyer said she denied the allegations." in q.explanation
    titled = text.replace("inspector Rosa Danner", "Inspector Rosa Danner")
    q = _one(titled, "According to the story, who denied the allegations made by prosecutors?")
    assert answer(q) == "Rosa Danner"  # never "Inspector Rosa"


def test_a_spokeswoman_for_the_company_said_it_rejected_the_claims() -> None:
    text = _story(
        "Food firm accused",
        "Consumer group leader Ivar Stemm said Halden Foods had hidden test results showing "
        "salmonella in its chicken. A spokeswoman for Halden Foods said the company rejected "
        "the claims.",
    )
    q = _one(text, "According to the story, who rejected the claims made by Ivar Stemm?")
    assert answer(q) == "Halden Foods"
    assert "Ivar Stemm" not in wrong_options(q)


# 3. verbs and objects


def test_pushed_back_against_the_report() -> None:
    text = _story(
        "Mine rejects report",
        "A report by the environmental agency said the copper mine near Korlin had leaked acid "
        "into the Sallo river for three months.\n\nThe mine's operator, Dorven Mining, pushed "
        "back against the report, saying its water samples were clean.",
    )
    prompt = (
        "According to the story, who pushed back against the report that the copper mine near "
        "Korlin had leaked acid into the Sallo river for three months?"
    )
    assert answer(_one(text, prompt)) == "Dorven Mining"


def test_dismissed_the_criticism_after_the_accusation_it_answers() -> None:
    text = _story(
        "Council under fire",
        "Tenants' leader Anna Koss accused the council of leaving families in damp flats for "
        "four years. Council leader Piet Haller dismissed the criticism as politically "
        "motivated.",
    )
    q = _one(text, "According to the story, who dismissed the criticism as politically motivated?")
    assert answer(q) == "Piet Haller"


def test_denied_that_it_had_is_asked_as_having() -> None:
    text = _story(
        "Mine denies dumping",
        "Fisherman Olek Barra said the river had turned orange in May. Dorven Mining denied "
        "that it had dumped waste into the river.",
    )
    q = _one(text, "According to the story, who denied having dumped waste into the river?")
    assert answer(q) == "Dorven Mining"


def test_denied_that_she_had_with_her_name_put_in_is_asked_as_having() -> None:
    text = _story(
        "Director denies signing",
        "Managing director Ilse Marrow denied that she had signed the invoices.",
    )
    q = _one(text, "According to the story, who denied having signed the invoices?")
    assert answer(q) == "Ilse Marrow"


def test_denied_using_city_cars() -> None:
    text = _story(
        "Mayor denies", "Mayor Clara Wendt on Tuesday denied using city cars for holidays."
    )
    q = _one(text, "According to the story, who denied using city cars for holidays?")
    assert answer(q) == "Clara Wendt"


def test_denied_receiving_payments_after_a_report_is_cut_at_after() -> None:
    text = _story(
        "Minister denies",
        "Transport minister Petra Valen on Thursday denied receiving payments from a road "
        "builder, after a newspaper reported that she had accepted cash.",
    )
    q = _one(text, "According to the story, who denied receiving payments from a road builder?")
    assert answer(q) == "Petra Valen"


def test_the_auditors_account_keeps_its_possessive() -> None:
    text = _story(
        "Mayor disputes audit",
        "A city auditor said the council's drivers had logged 9,000 kilometres on private "
        "trips. Mayor Clara Wendt disputed the auditor's account.",
    )
    prompts = [p for _, p, _ in _asked(text)]
    assert any(
        p.startswith("According to the story, who disputed the auditor’s account")
        or p.startswith("According to the story, who disputed the auditor's account")
        for p in prompts
    ), prompts


# 4. caps


def test_three_clean_denials_in_a_short_story_are_all_asked() -> None:
    text = (
        "Ferry crew deny safety lapses\n\nPORT ELVA, Estarra (AP) — Ferry captain Jonas Fell "
        "denied that he had ignored the storm warning.\n\nDeckhand Olaf Berg denied receiving "
        "any pay for the extra shifts.\n\nShip's cook Maria Ruiz denied selling alcohol to "
        "passengers.\n\nWeather officer Greta Lune said strong winds would return on Thursday."
        "\n\nHarbour pilot Nina Dorn said the ferry had sailed with broken lifeboats.\n"
    )
    qs, report = generate_with_report(analyze(text))
    got = sorted(answer(q) for q in qs if q.kind in DENIALS)
    assert got == ["Jonas Fell", "Maria Ruiz", "Olaf Berg"]
    assert not report.trimmed["who_denied"]


# controls


def test_rulings_entry_bail_and_permits_ask_no_denial() -> None:  # control
    text = _story(
        "Court upholds fine",
        "A court on Wednesday upheld a fine against ferry operator Calder Lines. Calder Lines "
        "contested the ruling and said it would appeal.\n\nThe ferry was denied entry to the "
        "harbour at Norsa last month. Its captain, Jonas Fell, was denied bail after his "
        "arrest.\n\nA local shipyard was denied a permit to repair the vessel.",
    )
    assert not [q for q in generate(analyze(text)) if q.kind in DENIALS]


def test_a_lawyer_whose_pronoun_is_someone_elses_asks_nothing() -> None:  # control
    text = _story(
        "Inspector suspended",
        "Prosecutors accused inspector Rosa Danner of taking cash from food companies. His "
        "lawyer said she denied the allegations.",
    )
    assert not _asked(text)
    two = _story(
        "Inspectors suspended",
        "Prosecutors accused inspectors Rosa Danner and Maria Holt of taking cash. Her lawyer "
        "said she denied the allegations.",
    )
    assert not _asked(two)


def test_criticism_the_story_never_reports_asks_nothing() -> None:  # control
    text = _story(
        "Council under fire",
        "Tenants' leader Anna Koss said the flats would be painted in May. Council leader Piet "
        "Haller dismissed the criticism as politically motivated.",
    )
    assert not _asked(text)
    alone = _story("Council under fire", "Council leader Piet Haller rejected the criticism.")
    assert not _asked(alone)


def test_pushed_back_against_a_plan_asks_nothing() -> None:  # control
    text = _story(
        "Mine plan",
        "The environment minister said the copper mine near Korlin would close in May.\n\n"
        "Dorven Mining pushed back against the plan.",
    )
    assert not _asked(text)
    pronoun = _story(
        "Mine report",
        "A report by the environmental agency said the copper mine near Korlin had leaked acid "
        "into the Sallo river for three months. He pushed back against the report.",
    )
    assert not _asked(pronoun)
