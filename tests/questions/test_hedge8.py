"""hedge_words on wire stories whose hedged sentence holds none of the listed foils (issue 7,
set 8), on stories of our own:

- a clear hedge in the outlet's voice ("Most of the grant was allegedly spent …"): the sentence's
  quantity word, even when it opens the sentence, and its plain verbs are the wrong options;
- a hedge in an attributed sentence with a second hedge ("The clerk said … allegedly rented …
  supposedly held …"): keyed on the first, the second, and "said", never an option;
- a long court sentence with a quotation and "according to" ("citing … sheets that had
  apparently been signed …"): the verbs outside the quotation are the options, never "according";
- controls: a modal of the sentence is never a wrong option ("could", "would"); nor "about" of
  "About 300", "more" of "More than 40", "many" of "As many as 40"; nor "most" of "most likely";
  nor a word of a cue ("spoke publicly about", "did not immediately respond"); nor a word in
  quotation marks; nor a framing verb ("bills painted as …").
"""

from __future__ import annotations

from pathlib import Path

from story_kit import answer, kinds_built, wrong_options

from questions.cues import CUES
from questions.generate.kinds.hedge_words import plain_words
from questions.model import Question

LEXICONS = Path(__file__).resolve().parents[2] / "questions" / "lexicons"


def _story(lead: str, hedged: str, last: str) -> str:
    return f"Harbour fund under scrutiny\n\nTARVIK, Olmenia (AP) — {lead}\n\n{hedged}\n\n{last}\n"


def _hedge_questions(text: str, start: str) -> list[Question]:
    return [q for q in kinds_built(text, "hedge_words") if f"“{start}" in q.prompt]


def _one(text: str, start: str) -> Question:
    found = _hedge_questions(text, start)
    assert len(found) == 1, [q.prompt for q in kinds_built(text, "hedge_words")]
    return found[0]


# 1. the outlet's own hedge, a quantity word opening the sentence

GRANT = _story(
    "A harbour board in Tarvik on Monday suspended its treasurer after auditors found gaps in "
    "its accounts.",
    "Most of the grant was allegedly spent on a villa and two cars in Porto Feliz.",
    "Board chairman Ivo Marsh said the treasurer would stay suspended until a hearing in May.",
)


def test_outlet_hedge_gets_quantity_word_and_plain_verb() -> None:
    q = _one(GRANT, "Most of the grant")
    assert answer(q) == "allegedly"
    assert sorted(wrong_options(q)) == ["most", "spent"]  # never "grant", a noun in -ant


# 2. an attributed sentence with two hedges


LEDGER = _story(
    "A union in Tarvik asked regulators on Friday to look into a training college.",
    "The clerk said the ledger listed payments for a hall in Corvana that was allegedly rented "
    "for meetings on the days a seminar was supposedly held there.",
    "College director Anna Pell said the seminars had taken place as planned.",
)


def test_attributed_sentence_with_two_hedges() -> None:
    q = _one(LEDGER, "The clerk said")
    assert answer(q) == "allegedly"
    wrong = set(wrong_options(q))
    assert wrong <= {"rented", "held", "days"} and len(wrong) == 3
    assert not wrong & {"supposedly", "said", "listed"}


# 3. a long court sentence with a quotation and "according to"

TRIBUNAL = _story(
    "A court in Tarvik on Wednesday fined a crane operator 2 million crowns over a collapse "
    "that injured four workers.",
    'In its judgment, the tribunal said the operator had "shrugged off the warnings," citing '
    "maintenance sheets that had apparently been signed and filed ahead of time for shifts on "
    "which, according to gate records, the mechanic was not at work.",
    "The operator said it would appeal.",
)


def test_court_sentence_with_quotation_and_according_to() -> None:
    q = _one(TRIBUNAL, "In its judgment")
    assert answer(q) == "apparently"
    assert sorted(wrong_options(q)) == ["filed", "signed"]


# 4. controls: modals, approximations, phrases of doubt


CARGO = _story(
    "Customs officers in Tarvik on Tuesday seized a ship's papers after a tip from a port worker.",
    "Much of the cargo was allegedly sold at a port where inspectors could not board ships.",
    "Port director Ilse Brandt said the ship would stay in dock.",
)


def test_modal_is_never_a_wrong_option() -> None:
    q = _one(CARGO, "Much of the cargo")
    assert answer(q) == "allegedly"
    assert sorted(wrong_options(q)) == ["much", "sold"]
    sentence = "Several lorries were allegedly driven to a depot that would later be sold."
    assert not {"would", "could", "may", "might"} & set(plain_words(sentence, "allegedly"))
    modal = _story(
        "Customs officers in Tarvik on Tuesday seized a ship's papers.",
        sentence,
        "Port director Ilse Brandt said the ship would stay in dock.",
    )
    for q in _hedge_questions(modal, "Several lorries"):
        assert "would" not in q.options


def _rice(opening: str) -> str:
    return _story(
        "Police in Tarvik on Thursday arrested two warehouse managers.",
        f"{opening} were allegedly moved overnight to a warehouse in Dunmere.",
        "Police spokesman Karel Vinter said both men would appear before a judge on Friday.",
    )


def test_about_300_is_never_a_wrong_option() -> None:
    q = _one(_rice("About 300 sacks of rice"), "About 300")
    assert answer(q) == "allegedly"
    assert sorted(wrong_options(q)) == ["moved", "overnight"]


def test_more_than_and_as_many_as_are_never_wrong_options() -> None:
    for opening in ("More than 40 sacks of rice", "As many as 40 sacks of rice"):
        q = _one(_rice(opening), opening)
        assert sorted(wrong_options(q)) == ["moved", "overnight"]
    sentence = "Officials said 40 or more sacks, many as heavy as a man, were allegedly moved."
    assert plain_words(sentence, "allegedly") == ["moved"]
    sentence = "The plant was all but closed, more or less emptied and allegedly sold."
    assert plain_words(sentence, "allegedly") == ["closed", "emptied", "sold"]
    sentence = "The firm apparently used much the same trick and sold the ship."
    assert plain_words(sentence, "apparently") == ["used", "sold"]


def test_word_before_a_sign_of_doubt_is_no_option() -> None:
    fire = _story(
        "A fire destroyed a grain store in Tarvik on Sunday.",
        "The fire was most likely started in a storeroom that had allegedly been locked for weeks.",
        "Fire chief Hanna Lind said nobody was hurt.",
    )
    q = _one(fire, "The fire was most likely")
    assert sorted(wrong_options(q)) == ["locked", "weeks"]


# 5. controls: cues and quotations


def test_word_of_a_cue_is_never_an_option() -> None:
    spoke = _story(
        "The harbour fund's board met in Tarvik on Monday.",
        "Mayor Ines Varga spoke publicly about the allegedly rigged tender for the first time on "
        "Monday, a week after the contract was signed.",
        "Fund chairman Ivo Marsh said the fund would answer questions at a hearing in May.",
    )
    q = _one(spoke, "Mayor Ines Varga")
    assert sorted(wrong_options(q)) == ["first", "signed"]  # never "publicly" of the cue
    silent = _story(
        "Customs officers in Tarvik on Tuesday seized a ship's papers.",
        "The shipping line did not immediately respond to emailed queries on the cargo, which was "
        "allegedly sold twice in recent weeks.",
        "Port director Ilse Brandt said the ship would stay in dock.",
    )
    q = _one(silent, "The shipping line")
    assert "immediately" not in q.options


def test_quoted_words_and_framing_verbs_are_no_plain_options() -> None:
    sentence = 'The ferry, which crews said was "used and moved every night," allegedly sank.'
    assert plain_words(sentence, "allegedly") == []
    sentence = "Several states have apparently rejected bills painted as harmful and sold tickets."
    assert plain_words(sentence, "apparently") == ["several", "sold"]


def test_verb_foils_are_no_cue_words() -> None:
    verbs = {
        w
        for ln in (LEXICONS / "gen_hedge_verb_foils.txt").read_text().splitlines()
        if not ln.startswith("#")
        for w in ln.split()
    }
    cue_words = {w for cue in CUES for w in cue.lower().split()}
    assert verbs and not verbs & cue_words
