"""Denials whose object is a noun pointing back to an accusation reported paragraphs before
(issue 7): "Rebel commander Ivo Stesk accused the army of shelling three villages …" and, five
paragraphs later, "The army dismissed the accusations as propaganda." Asked by whom the
accusation was made ("who dismissed the accusations made by Ivo Stesk?"), with both sentences
in the evidence and the explanation, and never the accuser as a wrong option. Controls: two
accusations, the denier's own earlier claim, criticism of a decision, a denial of something no
one claimed, "rejected the offer", a report with no owner. Stories of our own."""

from __future__ import annotations

from story_kit import answer, kinds_built, wrong_options

from questions import analyze
from questions.generate import generate
from questions.generate.validate import validate
from questions.model import Question


def _story(headline: str, dateline: str, *paragraphs: str) -> str:
    return headline + "\n\n" + dateline + " (AP) — " + "\n\n".join(paragraphs) + "\n"


def _who(text: str) -> list[Question]:
    return kinds_built(text, "who_denied")


def _denied(text: str) -> list[Question]:
    return kinds_built(text, "who_denied", "what_denied")


SHELLING = _story(
    "Villages shelled near border",
    "KORLA, Dravia",
    "Rebel commander Ivo Stesk accused the army of shelling three villages near the border on "
    "Tuesday.",
    "Aid worker Nadia Kress said hundreds of families had fled the villages overnight.",
    "Shelling in the border villages has forced hundreds of families from their homes this week.",
    "Teacher Marta Senn said the village school had been closed since Monday.",
    "Farmer Aron Pell said the harvest would be lost if the fighting went on.",
    "The army dismissed the accusations as propaganda.",
)
BANK = _story(
    "Bank shares fall on fraud case",
    "MERLO, Ostria",
    "Prosecutors alleged on Monday that Harwick Bank had hidden losses from regulators for two "
    "years.",
    "Shares in the lender fell 9 percent in early trading.",
    "Analyst Mia Trent of Castell Research said investors were worried about the case.",
    "Finance minister Olga Brandt said the government was following the case closely.",
    "Harwick Bank denied the allegations and said it would fight the case in court.",
)
MINISTER = _story(
    "Minister faces calls to resign",
    "TALLO, Vessia",
    "Opposition leader Mara Quint claimed that Finance Minister Paul Dorn had ordered tax files "
    "destroyed before an audit.",
    "The row has dominated parliament this week.",
    "Speaker Ana Holm said a debate on the matter would be held on Thursday.",
    "Political analyst Tomas Reed said the government's majority was not at risk.",
    "Dorn denied the charges in a brief statement.",
)
RIVER = _story(
    "River pollution row",
    "RESKA, Norva",
    "Environmental group Clearwater charged that Norvik Mining had dumped waste into the Resk "
    "river for months.",
    "Fishermen said catches near the town had fallen sharply since spring.",
    "Local official Piet Varn said water samples were being tested in the capital.",
    "Weather officer Greta Lune said strong winds would return on Thursday.",
    "Norvik Mining rejected the charge.",
)
WAGES = _story(
    "Club in wage dispute",
    "LINDA, Ostria",
    "The players' union said that FC Marden had withheld wages from twelve players since March.",
    "The club is bottom of the league after losing its last six games.",
    "League chairman Erik Salo said the league would look into the dispute.",
    "Supporters club secretary Nils Dahl said fans would protest outside the stadium on Saturday.",
    "FC Marden rejected the claims, saying all wages had been paid.",
)
HOSPITAL = _story(
    "Hospital under scrutiny",
    "BRENN, Ostria",
    "Health inspector Lena Moss suggested that Brennford Hospital had turned away ambulances "
    "during last week's storm.",
    "Dozens of patients were taken to hospitals in neighbouring towns.",
    "Paramedic union leader Jon Kell said crews had waited for hours in the snow.",
    "Taxi driver Eva Brun said the roads out of the town had been closed for two days.",
    "Brennford Hospital rejected the suggestion.",
)
AIRLINE = _story(
    "Airline crews complain",
    "SOLA, Vessia",
    "Pilots' representative Karl Endt accused Vessair of forcing crews to fly beyond their legal "
    "hours.",
    "The airline carried 12 million passengers last year.",
    "Aviation regulator spokeswoman Ida Rune said the agency had received no formal complaint.",
    "Passenger group chair Hugo Lind said delays at Sola airport had doubled this summer.",
    "Vessair has denied the accusation.",
)
PORT = _story(
    "Port strike spreads",
    "HAVEN, Ostria",
    "Dock workers' leader Sven Halt alleged that the Port Authority had hired replacement crews "
    "to break the strike.",
    "The strike entered its third week on Monday.",
    "Shipping agent Clara Voss said dozens of vessels were waiting outside the harbour.",
    "Transport minister Rolf Brenn said the government would not step in.",
    "The Port Authority rejected the allegation, calling it baseless.",
)
FERRY = _story(
    "Ferry firm criticised",
    "VELMA, Ostria",
    "The Harbour Safety Board said in a report on Monday that Calder Lines had skipped engine "
    "inspections on four ferries.",
    "The company runs ferries to six islands.",
    "Mayor Ilse Varga said the town would hold a meeting on ferry safety on Sunday.",
    "Ferry passenger Tomas Breck said he had seen smoke from an engine room in May.",
    "Fisherman Jonas Vik said the harbour had been busy all summer.",
    "Calder Lines rejected the findings.",
)

POSITIVE = [
    (SHELLING, "who dismissed the accusations made by Ivo Stesk?", "the army", "Ivo Stesk"),
    (BANK, "who denied the allegations made by prosecutors?", "Harwick Bank", "Prosecutors"),
    (MINISTER, "who denied the charges made by Mara Quint?", "Paul Dorn", "Mara Quint"),
    (RIVER, "who rejected the charge made by Clearwater?", "Norvik Mining", "Clearwater"),
    (WAGES, "who rejected the claims made by the players' union?", "FC Marden", "union"),
    (HOSPITAL, "who rejected the suggestion made by Lena Moss?", "Brennford Hospital", "Moss"),
    (AIRLINE, "who denied the accusation made by Karl Endt?", "Vessair", "Karl Endt"),
    (PORT, "who rejected the allegation made by Sven Halt?", "the Port Authority", "Sven Halt"),
    (FERRY, "who rejected the findings of the Harbour Safety Board?", "Calder Lines", "Harbour"),
]


def test_an_earlier_accusation_is_asked_by_whom_it_was_made() -> None:
    for text, prompt, right, accuser in POSITIVE:
        qs = _who(text)
        assert [q.prompt for q in qs] == ["According to the story, " + prompt], prompt
        (q,) = qs
        assert answer(q).lower() == right.lower(), prompt
        # the accuser is no wrong option: it made the accusation, it did not deny it
        assert not any(accuser.lower() in w.lower() for w in wrong_options(q)), prompt
        assert len(wrong_options(q)) >= 2


def test_the_evidence_and_the_why_hold_the_accusation_and_the_denial() -> None:
    for text, prompt, _, _ in POSITIVE:
        an = analyze(text)
        (q,) = [q for q in generate(an, thin_giveaways=False) if q.kind == "who_denied"]
        ev = q.evidence
        accusation = text.split(" (AP) — ", 1)[1].split("\n", 1)[0]
        assert ev.earlier_text == accusation, prompt
        assert ev.text == text.rstrip().rsplit("\n", 1)[1], prompt
        assert ev.earlier_span is not None and an.text[slice(*ev.earlier_span)] == accusation
        assert accusation in q.explanation and ev.text in q.explanation, prompt
        assert q.explanation.index(accusation) < q.explanation.index(ev.text)
        assert validate(q, an, an.stories[0]) == [], prompt
        json = ev.to_json()
        assert json["earlier_text"] == accusation and json["earlier_span"] == list(ev.earlier_span)


BANK_RICH = BANK.replace(
    "Analyst Mia Trent of Castell Research said investors were worried about the case.",
    "Analyst Mia Trent said the lender's chief executive had resigned in January.",
).replace(
    "Finance minister Olga Brandt said the government was following the case closely.",
    "Finance minister Olga Brandt said the government would publish new rules for lenders in "
    "May.\n\nUnion official Karin Lot said that staff at the head office had been told to work "
    "from home.",
)


def test_what_denied_of_an_earlier_accusation_with_it_for_the_denier() -> None:
    (q,) = kinds_built(BANK_RICH, "what_denied")
    assert q.prompt == "According to the story, what did Harwick Bank deny?"
    assert answer(q) == "That it had hidden losses from regulators for two years"
    assert sorted(wrong_options(q)) == [
        "That the government would publish new rules for lenders in May",
        "That the lender's chief executive had resigned in January",
    ]
    assert q.evidence.earlier_text and q.evidence.earlier_text in q.explanation


def test_no_what_denied_of_an_accusation_of_doing_something() -> None:
    # "accused the army of shelling …": no "that" clause to offer beside the others
    assert not kinds_built(SHELLING, "what_denied")


# ---- controls: nothing asked


def test_two_accusations_against_the_denier_ask_nothing() -> None:
    text = SHELLING.replace(
        "Teacher Marta Senn said the village school had been closed since Monday.",
        "Teacher Marta Senn said soldiers of the army had burned the village school.",
    )
    assert _denied(text) == []


def test_two_accusations_by_one_accuser_ask_who_made_them_only() -> None:
    # den7: the prompt names who made the accusations, not what they say, so two of them by
    # one accuser ask "who"; "what did the army deny?" would have two answers and is not asked
    text = SHELLING.replace(
        "Shelling in the border villages has forced hundreds of families from their homes "
        "this week.",
        "Stesk also claimed that the army had looted shops in Korla.",
    )
    qs = _denied(text)
    assert [(q.kind, q.prompt, answer(q)) for q in qs] == [
        (
            "who_denied",
            "According to the story, who dismissed the accusations made by Ivo Stesk?",
            "The army",
        )
    ]
    assert not any("Stesk" in w for w in wrong_options(qs[0]))


def test_the_deniers_own_earlier_claim_is_no_accusation() -> None:
    text = SHELLING.replace(
        "Rebel commander Ivo Stesk accused the army of shelling three villages near the border on "
        "Tuesday.",
        "Army spokesman Piet Rask said the army had pulled its troops back from the border.",
    )
    # no accusation is named ("who dismissed the accusations as propaganda?" is asked as before)
    assert all("made by" not in q.prompt and q.evidence.earlier_span is None for q in _denied(text))


def test_criticism_of_a_decision_asks_nothing() -> None:
    text = _story(
        "School to close",
        "ELM, Ostria",
        "Parents criticised the town council's decision to close the Elm Street school in June.",
        "The school has 140 pupils.",
        "Head teacher Rosa Lind said the pupils would move to a school in Velma.",
        "Bus driver Otto Kern said the trip to Velma would take forty minutes.",
        "The town council rejected the criticism.",
    )
    assert _denied(text) == []


def test_a_denial_of_what_no_one_claimed_asks_nothing() -> None:
    text = AIRLINE.replace(
        "Pilots' representative Karl Endt accused Vessair of forcing crews to fly beyond their "
        "legal hours.",
        "Pilots at Sola airport held a meeting on Monday about working hours.",
    )
    assert _denied(text) == []


def test_rejected_the_offer_asks_nothing() -> None:
    text = PORT.replace(
        "The Port Authority rejected the allegation, calling it baseless.",
        "The dock workers' union rejected the offer.",
    ).replace(
        "Dock workers' leader Sven Halt alleged that the Port Authority had hired replacement "
        "crews to break the strike.",
        "The Port Authority said it had offered dock workers a 4 percent pay rise.",
    )
    assert _denied(text) == []


def test_a_report_with_no_owner_asks_nothing() -> None:
    text = FERRY.replace(
        "The Harbour Safety Board said in a report on Monday that",
        "A report published on Monday found that",
    )
    assert _denied(text) == []


def test_the_claim_just_before_is_still_the_one_asked() -> None:
    # the sentence just before in the denial's own paragraph holds a claim: that one is meant
    text = RIVER.replace(
        "\n\nNorvik Mining rejected the charge.",
        " Norvik Mining rejected the charge.",
    )
    assert all("made by Clearwater" not in q.prompt for q in _who(text))


def test_a_student_reads_the_accusation_and_the_denial() -> None:
    # what the app shows: both paragraphs above the question, both sentences as the evidence
    from types import SimpleNamespace

    from quiz.services import reading

    an = analyze(AIRLINE)
    (q,) = [q for q in generate(an) if q.kind == "who_denied"]
    story = SimpleNamespace(text=an.text, analysis={}, claims=[])
    evidence = q.evidence.to_json()
    shown = [b.text for b in reading.passage(story, evidence)]  # type: ignore[arg-type]
    assert shown == [
        AIRLINE.split(" (AP) — ", 1)[0].split("\n")[-1] + " (AP) — " + q.evidence.earlier_text,
        "…",  # the three paragraphs in between are left out, and the page says so
        "Vessair has denied the accusation.",
    ]
    assert [b.kind for b in reading.passage(story, evidence)] == ["p", "gap", "p"]  # type: ignore[arg-type]
    segments = reading.evidence_segments(story, evidence)  # type: ignore[arg-type]
    text = "".join(s.text for s in segments)
    assert text == q.evidence.earlier_text + " … " + q.evidence.text
    assert [s.text for s in segments if s.mark] == ["Vessair", "has denied"]
    assert reading.explanation(q.explanation).startswith("“the accusation” points back to")


def test_no_gap_is_shown_between_neighbouring_paragraphs() -> None:
    from types import SimpleNamespace

    from quiz.services import reading

    an = analyze(AIRLINE)
    (q,) = [q for q in generate(an) if q.kind == "who_denied"]
    story = SimpleNamespace(text=an.text, analysis={}, claims=[])
    evidence = q.evidence.to_json()
    # the accusation's paragraph given as the one just before the denial's: nothing left out
    paragraphs = [b for b in reading.blocks(story) if b.kind == "p"]  # type: ignore[arg-type]
    before = paragraphs[-2]
    evidence["earlier_span"] = [before.start, before.end]
    shown = reading.passage(story, evidence)  # type: ignore[arg-type]
    assert [b.kind for b in shown] == ["p", "p"]
    assert shown[0].text == before.text


def test_an_accuser_named_by_a_pronoun_or_vague_words_asks_nothing() -> None:
    lead = (
        "Pilots' representative Karl Endt accused Vessair of forcing crews to fly beyond their "
        "legal hours."
    )
    by_pronoun = AIRLINE.replace(
        lead,
        "Pilots' representative Karl Endt spoke at a rally on Monday. He accused Vessair of "
        "forcing crews to fly beyond their legal hours.",
    )
    by_officials = AIRLINE.replace(
        lead, "Officials alleged that Vessair had forced crews to fly beyond their legal hours."
    )
    for text in (by_pronoun, by_officials):
        assert all("made by" not in q.prompt for q in _denied(text))
