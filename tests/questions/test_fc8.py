"""fact_or_claim on dense wire stories, on stories of our own (invented names and places).

Wire copy packs attribution around its plain facts, and a few of the outlet's own facts were lost
to words read as opinion where they are names of things:

- the month "May" ("gave way in May 2023") was read as the modal "may", so its paragraph was
  taken for analysis; the modal stays analysis ("The cradle may have been overloaded.");
- "an extraordinary meeting" (a body's formal, called meeting) was read as the writer's
  "extraordinary"; "an extraordinary decision" stays a verdict;
- a judge's or court's step in the hearing ("Judge Mara Tenn adjourned the hearing to Nov. 4.")
  after a party's indirect argument in its paragraph is the outlet's report of the hearing, not
  the party's account; any other sentence after an indirect "X said" stays unasked;
- "pleaded", "adjourned" and "remanded" are plain court events.

Controls: a court's ruling or finding ("The court ruled that …") is never asked as a fact; a
verdict ("was found guilty of passive bribery") stays out; a story with one fact and several
claims asks one of each.
"""

from __future__ import annotations

from questions import analyze
from questions.generate.kinds import fact_or_claim
from questions.generate.registry import Context
from questions.model import Claim

_BOARD = "\n\n".join(
    [
        "DORNFIELD, Ostria (Wire) — The head of Dornfield's water utility has been put on paid "
        "leave while inspectors examine how 3 million crowns in repair money was spent, the "
        "utility's board said on Friday.",
        "Board members voted 9 to 4 at an extraordinary meeting on Thursday night to suspend "
        "Karel Vost, who has run the utility since 2020. The board stressed that the step was "
        '"a neutral act" and did not imply any finding of wrongdoing.',
        "Board chair Lina Brandt said the board had referred the matter to the state auditor. "
        '"Customers are entitled to know where their money went," she said.',
        "Vost's lawyer, Teo Marsh, said his client had signed every contract on the advice of "
        "the utility's engineers.",
        "A local plumber, Jonas Reel, said repairs on his street had been left unfinished for "
        "two years.",
    ]
)

_HEADED = "Water board suspends director pending audit of repair fund\n\n" + _BOARD.replace(
    "DORNFIELD, Ostria (Wire) — The head of Dornfield's water utility has been put on paid leave",
    "DORNFIELD, Ostria (Wire) — The director of the Dornfield water board has been put on paid "
    "leave",
).replace("3 million crowns in repair money", "3 million crowns from its repair fund").replace(
    "the utility's board said on Friday.",
    "the board said on Friday.\n\nThe utility was founded in 1968.",
)

_HEADED_OTHER = _HEADED.replace("the board said on Friday.", "a union official said on Friday.")

_BOARD_VERDICT = _BOARD.replace("an extraordinary meeting", "an extraordinary decision")

_CRADLE = "\n\n".join(
    [
        "KERRO, Ostria (Wire) — A court in Kerro on Monday fined a cleaning contractor 400,000 "
        "crowns over the deaths of two window cleaners, prosecutors said.",
        "The two cleaners, aged 29 and 47, fell about 12 metres when their cradle on the eighth "
        "floor of an office tower broke loose in May 2023.",
        "The firm's lawyers said the cradle had passed an inspection a month earlier. Its owner, "
        "Arne Holt, said the company had since replaced all its equipment.",
        "A union official, Rita Sandor, said the firm had ignored three written warnings.",
    ]
)

_CRADLE_MODAL = _CRADLE.replace(
    "broke loose in May 2023.", "broke loose, and the cradle may have been overloaded."
)

_BAIL = "\n\n".join(
    [
        "LUSK, Ostria (Wire) — Two former managers of a Lusk savings bank were held in custody "
        "on Tuesday on charges of stealing depositors' money.",
        "The two men, Oren Vale and Piet Dunn, pleaded not guilty to 11 counts of fraud and theft.",
        "Defence lawyer Hanna Roos said her clients had gone to the police voluntarily in March.",
        "Prosecutors argued that the two men could flee the country. Judge Mara Tenn adjourned "
        "the bail hearing to Nov. 4.",
        "Prosecutors said the men had moved the money abroad. Investigators traced 2 million "
        "crowns to a bank in Varn.",
        "The bank said in a statement that all savings accounts were safe.",
        "The bank's new chief executive, Ilse Mohr, said about 400 customers had closed their "
        "accounts since June.",
        "A depositor, Greta Lind, said the bank had stopped paying interest in April.",
    ]
)

_RULING = "\n\n".join(
    [
        "VARN, Ostria (Wire) — A court in Varn on Friday jailed a former harbour official for "
        "three years for taking bribes from a shipping firm.",
        "The court ruled that Tomas Ilves had received 90,000 crowns through his cousin's company.",
        "Tomas Ilves, 61, was found guilty of passive bribery.",
        "His lawyer, Eda Saar, said Ilves would appeal.",
        "The shipping firm said in a statement that it had changed its management in 2022.",
    ]
)


def _ctx(text: str) -> Context:
    analysis = analyze(text)
    return Context(analysis, analysis.stories[0])


def _fact(text: str, start: str) -> str | None:
    ctx = _ctx(text)
    sent = next(s for s in ctx.story.sentences if s.text.lstrip().startswith(start))
    return fact_or_claim.fact_statement(ctx, sent)


def _asked(text: str) -> list[tuple[str, str]]:
    out = []
    for q in fact_or_claim.build(_ctx(text)):
        out.append((q.options[q.answer], q.prompt))
    return out


def _facts_asked(text: str) -> list[str]:
    return [p for a, p in _asked(text) if a == fact_or_claim.FACT]


# --- an extraordinary meeting ---------------------------------------------------------------


def test_vote_at_an_extraordinary_meeting_is_a_fact() -> None:
    st = _fact(_BOARD, "Board members voted")
    assert st is not None and st.startswith("Board members voted 9 to 4")
    assert any("voted 9 to 4" in p for p in _facts_asked(_BOARD))


def test_extraordinary_as_a_verdict_stays_out() -> None:
    assert _fact(_BOARD_VERDICT, "Board members voted") is None
    assert not fact_or_claim.is_analysis("The board met on Friday.")
    assert fact_or_claim.is_analysis("It was an extraordinary decision.")


def test_lead_announcing_the_headlines_act_is_not_asked_as_a_claim() -> None:
    asked = _asked(_HEADED)
    assert asked, "the story asks its other facts and claims"
    assert not any("paid leave" in p for _a, p in asked)


def test_lead_of_another_source_is_still_a_claim() -> None:
    claims = [p for a, p in _asked(_HEADED_OTHER) if a != fact_or_claim.FACT]
    assert any("paid leave" in p for p in claims)


# --- the month May ----------------------------------------------------------------------------


def test_fall_in_may_is_a_fact() -> None:
    st = _fact(_CRADLE, "The two cleaners")
    assert st is not None and "May 2023" in st
    assert any("fell about 12 metres" in p for p in _facts_asked(_CRADLE))


def test_modal_may_stays_analysis() -> None:
    assert _fact(_CRADLE_MODAL, "The two cleaners") is None
    assert fact_or_claim.is_analysis("The cradle may have been overloaded.")
    assert not fact_or_claim.is_analysis("The cradle broke loose in May 2023.")
    assert not fact_or_claim.is_analysis("The tower opened on May 4.")


# --- a court's step after a party's argument --------------------------------------------------


def test_judge_adjourning_after_prosecutors_argued_is_a_fact() -> None:
    st = _fact(_BAIL, "Judge Mara Tenn")
    assert st == "Judge Mara Tenn adjourned the bail hearing to Nov. 4."


def test_plea_is_a_fact() -> None:
    st = _fact(_BAIL, "The two men, Oren Vale")
    assert st is not None and "pleaded not guilty" in st
    facts = _facts_asked(_BAIL)
    assert any("pleaded not guilty" in p for p in facts)


def test_other_sentence_after_indirect_said_stays_out() -> None:
    assert _fact(_BAIL, "Investigators traced") is None


# --- court rulings and verdicts are not facts -------------------------------------------------


def test_court_ruling_is_not_a_fact() -> None:
    assert _fact(_RULING, "The court ruled that") is None
    facts = _facts_asked(_RULING)
    assert not any("ruled that" in p or "found guilty" in p for p in facts)


def test_one_fact_and_several_claims_ask_one_of_each() -> None:
    assert fact_or_claim._balance(1, 3) == (1, 1)
    assert fact_or_claim._balance(3, 1) == (1, 1)


def test_rulings_and_findings_are_never_facts() -> None:
    lead = "VARN, Ostria (Wire) — A court in Varn on Friday jailed a former harbour official.\n\n"
    tail = "\n\nHis lawyer, Eda Saar, said the official had never met the firm's owners.\n"
    for ruling in (
        "A panel of three judges ruled that the official had received 90,000 crowns in 2021.",
        "The judges found that the firm had paid the bribes in cash in 2021.",
        "The court held that the contract was void from 2019.",
        "The court found the firm had paid the bribes in cash in 2021.",
    ):
        ctx = _ctx(lead + ruling + tail)
        sent = ctx.story.sentences[1]
        assert sent.text.startswith(ruling[:20])
        st = fact_or_claim.fact_statement(ctx, sent)
        assert st is None or not fact_or_claim.plain_fact(st), ruling
        assert not any(ruling[:20] in p for p in _facts_asked(lead + ruling + tail))
    # the court's finding the analysis reads as attributed stays the court's claim
    ctx = _ctx(lead + "The court found the firm had paid the bribes in cash in 2021." + tail)
    statements = [fact_or_claim.claim_statement(ctx, c) for c in ctx.story.claims]
    assert "The firm had paid the bribes in cash in 2021." in statements


def test_plans_forecasts_and_reactions_stay_out() -> None:
    for text in (
        "Residents and local officials reacted angrily on Tuesday.",
        "Deputy director Hanna Lo will take over Vost's duties on an interim basis from Monday.",
        "The audit is expected to report by June 2027.",
        "A first hearing is scheduled for October.",
    ):
        assert not fact_or_claim.plain_fact(text), text


def test_a_learned_vote_cue_does_not_keep_the_vote_from_being_a_fact() -> None:
    # the learned cue model may read "voted" as a stance (PolNeAR marks votes so): the vote is
    # still the outlet's report of an event; any other learned cue keeps the sentence out
    from dataclasses import replace

    vote = Claim(
        line=3,
        sentence="",
        sentence_span=(0, 1),
        source="Board members",
        source_text=None,
        source_span=None,
        source_kind="unnamed",
        cue="voted",
        cue_span=None,
        content="",
        content_span=(0, 1),
        stance="asserts",
        quote="indirect",
        channel=None,
        act="learned",
    )
    assert fact_or_claim._recorded_vote(vote)
    assert not fact_or_claim._recorded_vote(replace(vote, cue="argued"))
    assert not fact_or_claim._recorded_vote(replace(vote, act="claim"))
