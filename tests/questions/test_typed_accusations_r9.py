"""Denials of accusations whose maker the story named earlier, while the accusation calls the
denier by a role or a description (issue 7, den7): "Prosecutors in Dijon charged a wine dealer
with fraud …" and, paragraphs later, "Marchand denied the charges." When the denial's noun is
of the type of an earlier cue ("the charges" / "charged", "the allegations" / "alleging", "the
accusations" / "accused", "the claims" / "claimed", "the suggestion" / "suggested") and one
source alone made accusations before it, ask who denied the accusations of that source ("who
denied the charges brought by prosecutors in Dijon?"), with both sentences as the evidence,
never the accuser as a wrong option, and no what_denied (which of its accusations?). Controls:
two accusers, the denier's own claim or its lawyer's, another cue type, someone else named in
the charge, an accuser as a pronoun or a vague "residents", criticism, an offer. Stories of our
own."""

from __future__ import annotations

from story_kit import answer, kinds_built, wrong_options

from questions import analyze
from questions.generate import generate
from questions.generate.validate import validate


def _story(headline: str, dateline: str, *paragraphs: str) -> str:
    return headline + "\n\n" + dateline + " (AP) — " + "\n\n".join(paragraphs) + "\n"


WINE = _story(
    "Wine dealer charged",
    "DIJON, France",
    "Prosecutors in Dijon charged a wine dealer with fraud on Monday, accusing him of selling "
    "cheap table wine as grand cru to restaurants in three countries.",
    "The dealer, Luc Marchand, has run a shop in the old town since 1994.",
    "Restaurant owner Clara Dufay said she had bought forty cases from the shop last year.",
    "Wine critic Henri Vasse said the case would hurt the region's reputation.",
    "Marchand denied the charges.",
)
VOTE = _story(
    "Court asked to annul vote",
    "ABUJA, Nigeria",
    "The runner-up in the governor's election has asked a court to annul the vote, alleging "
    "that campaign workers for the winning candidate filled in ballots in four districts.",
    "Governor-elect Samuel Okafor won by about 40,000 votes, according to official results.",
    "Electoral commission official Grace Eze said the count had been checked twice.",
    "Vote monitor Tunde Bello said turnout had been low in the north of the state.",
    "Okafor rejected the allegations.",
)
BANKER = _story(
    "Former bank manager charged",
    "GRAZ, Austria",
    "Police charged a former bank manager with embezzlement on Friday.",
    "Tomas Lind, 52, ran the bank's branch in the city centre until last year.",
    "Customer Eva Gruber said her savings account had been frozen for a month.",
    "Banking analyst Kurt Maier said small lenders were under pressure across the country.",
    "Lind denied the charges through his lawyer.",
)
PRISON = _story(
    "Rights group report",
    "TUNIS, Tunisia",
    "A human rights group accused prison guards of beating detainees at a jail near the capital, "
    "citing the accounts of six former inmates.",
    "The Justice Ministry runs 27 prisons across the country.",
    "Lawyer Samir Haddad said two of his clients had been moved to another jail.",
    "Parliament member Leila Ben Ali said a committee would visit the prison next month.",
    "Prison director Karim Sassi dismissed the accusations as lies.",
)
BRIDGE = _story(
    "Bridge costs soar",
    "PORTO, Portugal",
    "Opposition lawmakers claimed that the transport minister had misled parliament about the "
    "cost of the new bridge.",
    "The bridge is due to open in 2027, two years late, and the opposition wants an inquiry.",
    "Engineer Rui Costa said the steel had arrived from Germany in March.",
    "Commuter Ines Lopes said traffic on the old bridge was worse than ever.",
    "Minister Joao Vidal dismissed the claims as nonsense.",
)
LEAK = _story(
    "Data leak inquiry",
    "NAIROBI, Kenya",
    "A parliamentary committee suggested on Tuesday that the head of the tax agency had known "
    "about the data leak for weeks.",
    "The leak exposed the records of two million taxpayers.",
    "Security researcher Amina Otieno said the files had been posted on a public website.",
    "Opposition leader Paul Mwangi said the government should apologise.",
    "Agency head Daniel Kiprop rejected the suggestion.",
)
MINE = _story(
    "Spill alleged at mine",
    "LIMA, Peru",
    "Environmental activists alleged that the owners of the Cerro Alto mine had hidden a toxic "
    "spill from regulators.",
    "The mine employs about 3,000 people and has paid environmental fines before.",
    "Farmer Rosa Quispe said her cattle had fallen ill after drinking from the river.",
    "Geologist Luis Paredes said the river water was being tested.",
    "Mine manager Jorge Salas rejected the allegations.",
)
COACH = _story(
    "Coach under fire",
    "LYON, France",
    "A former assistant at the club accused its head coach of bullying young players and "
    "ignoring injuries.",
    "Coach Marc Brandt has led the team since 2019.",
    "Player agent Sophie Lenoir said three of her clients had asked to leave.",
    "Sports writer Anne Morel said the team had lost five of its last six games.",
    "Brandt denied the accusations.",
)
# two accusations by the one accuser: "charged" and "also alleged"
TWICE = _story(
    "Wine dealer charged",
    "DIJON, France",
    "Prosecutors in Dijon charged a wine dealer with fraud on Monday.",
    "The dealer, Luc Marchand, has run a shop in the old town since 1994.",
    "Prosecutors also alleged that Marchand had forged labels from three famous estates.",
    "Restaurant owner Clara Dufay said she had bought forty cases from the shop last year.",
    "Wine critic Henri Vasse said the case would hurt the region's reputation.",
    "Marchand denied the charges.",
)

POSITIVE = [
    (WINE, "who denied the charges brought by prosecutors in Dijon?", "Luc Marchand", "rosecut"),
    (
        VOTE,
        "who rejected the allegations made by the runner-up in the governor's election?",
        "Samuel Okafor",
        "runner",
    ),
    (BANKER, "who denied the charges brought by the police?", "Tomas Lind", "police"),
    (
        PRISON,
        "who dismissed the accusations made by the human rights group?",
        "Karim Sassi",
        "group",
    ),
    (BRIDGE, "who dismissed the claims made by opposition lawmakers?", "Joao Vidal", "lawmakers"),
    (
        LEAK,
        "who rejected the suggestion made by the parliamentary committee?",
        "Daniel Kiprop",
        "committee",
    ),
    (MINE, "who rejected the allegations made by environmental activists?", "Jorge Salas", "activ"),
    (
        COACH,
        "who denied the accusations made by a former assistant at the club?",
        "Marc Brandt",
        "assistant",
    ),
    (TWICE, "who denied the charges brought by prosecutors in Dijon?", "Luc Marchand", "rosecut"),
]


def _first_paragraph(text: str) -> str:
    return text.split(" (AP) — ", 1)[1].split("\n", 1)[0]


def test_the_one_accusers_charges_are_asked_by_whom_they_were_made() -> None:
    for text, prompt, right, accuser in POSITIVE:
        qs = kinds_built(text, "who_denied", "what_denied")
        assert [q.prompt for q in qs] == ["According to the story, " + prompt], prompt
        (q,) = qs
        assert answer(q) == right, prompt
        assert not any(accuser in w.lower() for w in wrong_options(q)), prompt
        assert len(wrong_options(q)) >= 2, prompt


def test_the_evidence_holds_the_charge_and_the_denial() -> None:
    for text, prompt, _, _ in POSITIVE:
        an = analyze(text)
        (q,) = [q for q in generate(an, thin_giveaways=False) if q.kind == "who_denied"]
        ev = q.evidence
        assert ev.earlier_text == _first_paragraph(text), prompt
        assert ev.text == text.rstrip().rsplit("\n", 1)[1], prompt
        assert ev.earlier_text in q.explanation and ev.text in q.explanation, prompt
        assert validate(q, an, an.stories[0]) == [], prompt


# ---- controls: no accuser is named


def _named(text: str) -> list[str]:
    """The prompts of who_denied and what_denied that name an accuser or rest on an earlier
    sentence."""
    return [
        q.prompt
        for q in kinds_built(text, "who_denied", "what_denied")
        if " made by " in q.prompt or " brought by " in q.prompt or q.evidence.earlier_span
    ]


def test_two_accusers_ask_nothing() -> None:
    named_rival = WINE.replace(
        "Restaurant owner Clara Dufay",
        "Rival dealer Paul Girard accused Marchand of copying his labels.\n\nRestaurant owner "
        "Clara Dufay",
    )
    other_rivals = WINE.replace(
        "Restaurant owner Clara Dufay",
        "Rival dealers accused the region's wine board of ignoring fraud for years.\n\n"
        "Restaurant owner Clara Dufay",
    )
    # before den7, the rival's accusation, the only one naming Marchand, was asked:
    # "who denied the charges made by Paul Girard?", though the prosecutors charged him
    assert _named(named_rival) == []
    assert _named(other_rivals) == []


def test_the_deniers_own_claim_or_its_lawyers_asks_nothing() -> None:
    own = BRIDGE.replace(
        "Opposition lawmakers claimed that the transport minister had misled parliament about "
        "the cost of the new bridge.",
        "Minister Joao Vidal claimed that opposition lawmakers had inflated the cost of the new "
        "bridge.",
    ).replace("Minister Joao Vidal dismissed", "Vidal dismissed")
    lawyer = WINE.replace(
        _first_paragraph(WINE),
        "Marchand's lawyer, Paul Roux, alleged that investigators had ignored evidence from the "
        "shop's records.",
    ).replace("denied the charges", "denied the allegations")
    assert _named(own) == []
    assert _named(lawyer) == []


def test_a_cue_of_another_type_asks_nothing() -> None:
    # "charged" and "accusing": neither is an allegation nor a suggestion
    for denial in ("Marchand denied the allegations.", "Marchand rejected the suggestion."):
        assert _named(WINE.replace("Marchand denied the charges.", denial)) == [], denial


def test_a_charge_naming_someone_else_asks_nothing() -> None:
    text = BANKER.replace(
        "Police charged a former bank manager with embezzlement on Friday.",
        "Police charged Tom Hale, a former bank manager, with embezzlement on Friday.",
    )
    assert _named(text) == []


def test_an_accuser_as_a_pronoun_or_vague_words_asks_nothing() -> None:
    pronoun = PRISON.replace(
        "A human rights group accused prison guards", "He accused prison guards"
    )
    residents = _story(
        "Flood town angry",
        "MIRA, Spain",
        "Residents claimed that the council had ignored warnings about the river for years.",
        "Water rose to the first floor of dozens of homes on Sunday.",
        "Firefighter Pablo Gil said crews had rescued 40 people.",
        "Meteorologist Elena Ros said more rain was expected on Wednesday.",
        "The mayor, Ana Ruiz, rejected the claims.",
    )
    assert _named(pronoun) == []
    assert _named(residents) == []


def test_criticism_and_an_offer_ask_nothing() -> None:
    criticism = _story(
        "Flood town angry",
        "MIRA, Spain",
        "Residents say the council ignored warnings about the river for years.",
        "Water rose to the first floor of dozens of homes on Sunday.",
        "Firefighter Pablo Gil said crews had rescued 40 people.",
        "Meteorologist Elena Ros said more rain was expected on Wednesday.",
        "The mayor, Ana Ruiz, rejected the criticism.",
    )
    offer = _story(
        "Port strike goes on",
        "HAVEN, Ostria",
        "Union leader Sven Halt accused the port authority of breaking the strike.",
        "The Port Authority said it had offered dock workers a 4 percent pay rise.",
        "Shipping agent Clara Voss said dozens of vessels were waiting outside the harbour.",
        "Transport minister Rolf Brenn said the government would not step in.",
        "The dock workers' union rejected the offer.",
    )
    assert kinds_built(criticism, "who_denied", "what_denied") == []
    assert _named(offer) == []


def test_a_claim_before_the_denial_in_its_sentence_asks_nothing() -> None:
    text = VOTE.replace(
        "Okafor rejected the allegations.",
        "Party chairman Musa Bala said the vote had been fair, and Okafor rejected the "
        "allegations.",
    )
    assert _named(text) == []
