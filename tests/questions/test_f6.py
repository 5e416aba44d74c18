"""Denials and a verification a new reader found unasked (helper f6), on stories of our own,
with controls:

- "X had at the time denied that …", "X had earlier denied that …": a time phrase between the
  auxiliary and the cue (the subject was read as "the time");
- "X rejected the allegation that its products …": the denier's own "its" after a claim noun;
- a denier described by a long apposition ("The supplier named by Lund's lawyer, Osterby-based
  Kalvo Foods, …") is the firm, not the lawyer, and is shown without "Osterby-based";
- "The zoo denied that it had ignored …": a "the <noun>" denier ("zoo", "dairy", "bakery");
  who_denied as "who denied having ignored …?";
- "Halden denied that its own servers …" after "Halden Data Systems said …": the short name of
  a firm named in full;
- "denied a report in <outlet> that X": what is denied is X;
- "A report on <site> that X could not be independently verified": the report that X;
- wrong options: never a clause in another form of the denied clause's verb ("consistent with
  contamination" beside "were contaminated"), never "Both were …", never "the officials is …"
  from "It is …, according to officials";
- "the claim given by" a group calling itself Red Harbour: "Red Harbour", not "the itself …";
- rulings ("denied entry", "denied bail", "was denied a permit") stay no denial.
"""

from __future__ import annotations

from story_kit import answer, harbour_story, kinds_built, wrong_options

from questions import analyze
from questions.generate.claims import _unfit_option, clause_phrase
from questions.model import Question


def _text(body: str) -> str:
    return harbour_story("Trouble in the bay", body)


def _qs(body: str, *kinds: str) -> list[Question]:
    return kinds_built(_text(body), *(kinds or ("who_denied", "what_denied")))


def _kind(qs: list[Question], kind: str) -> list[Question]:
    return [q for q in qs if q.kind == kind]


def _denials(body: str) -> list[tuple[str | None, str]]:
    story = analyze(_text(body)).stories[0]
    return [(c.source, c.content) for c in story.claims if c.stance == "denies"]


# ---- a time phrase between "had" and the cue


def test_had_at_the_time_denied() -> None:
    body = (
        "Staff said they had heard rumours of job cuts for weeks. Halvik Mills had at the time "
        "denied that any decision on the mill's future had been taken."
    )
    assert ("Halvik Mills", "any decision on the mill's future had been taken") in _denials(body)
    who = _kind(_qs(body), "who_denied")
    assert [answer(q) for q in who] == ["Halvik Mills"]


def test_had_earlier_denied() -> None:
    body = "Halvik Mills had earlier denied that the mill's night shift would be cut."
    assert ("Halvik Mills", "the mill's night shift would be cut") in _denials(body)


# ---- "rejected the allegation that its …", a denier in a long apposition


LAWYER = (
    "Rower Anja Lund tested positive for a banned drug, the agency said. Her lawyer, Piet "
    "Harrow, said the result was consistent with contamination by a supplement.\n\n"
    "The agency said Lund's hearing would take place in June.\n\n"
)


def test_allegation_that_its_products_were_contaminated() -> None:
    body = LAWYER + (
        "The supplier named by Lund's lawyer, Osterby-based Kalvo Foods, rejected the "
        "allegation that its products were contaminated, saying every batch was tested."
    )
    what = _kind(_qs(body), "what_denied")
    assert [q.prompt for q in what] == ["According to the story, what did Kalvo Foods deny?"]
    assert answer(what[0]) == "That its products were contaminated"
    # the lawyer's words of contamination are part of what was denied: never a wrong option
    assert not [w for w in wrong_options(what[0]) if "contamination" in w]


def test_org_name_in_apposition_is_an_organisation() -> None:
    body = LAWYER + (
        "The supplier named by Lund's lawyer, Osterby-based Kalvo Foods, rejected the "
        "allegation that its products were contaminated."
    )
    story = analyze(_text(body)).stories[0]
    kinds = {c.source_kind for c in story.claims if "Kalvo" in (c.source or "")}
    assert kinds == {"organisation"}


# ---- "The zoo denied that it had ignored …"


ZOO = (
    "A keeper who asked not to be named said staff had reported a broken fence in May.\n\n"
    "The zoo denied that it had ignored warnings about the fence, saying every report was "
    "logged.\n\n"
    "Farmer Ivo Brandt said his sheep had been moved into barns."
)


def test_the_zoo_denied_that_it_had_ignored() -> None:
    qs = _qs(ZOO)
    assert [answer(q) for q in _kind(qs, "what_denied")] == [
        "That it had ignored warnings about the fence"
    ]
    who = _kind(qs, "who_denied")
    assert [q.prompt for q in who] == [
        "According to the story, who denied having ignored warnings about the fence?"
    ]
    assert answer(who[0]) == "The zoo"


def test_it_had_been_is_not_asked_as_having() -> None:
    # control: "it had been lost" may be the thing's, not the denier's
    body = ZOO.replace("that it had ignored warnings about the fence", "that it had been lost")
    for q in _qs(body):
        assert "having" not in q.prompt


# ---- the short name of a firm named in full


def test_short_name_of_a_firm_denies_its_own() -> None:
    body = (
        "The council's software supplier, Halden Data Systems, said the attackers had used a "
        "contractor's password. Halden denied that its own servers had been breached, saying "
        "other councils were not affected."
    )
    what = _kind(_qs(body), "what_denied")
    assert [answer(q) for q in what] == ["That its own servers had been breached"]


def test_short_name_of_a_person_keeps_its_pronoun_out() -> None:
    # control: a one-word name with no firm of that name in the story: "its" is not asked
    body = "Halden denied that its own servers had been breached, saying others were fine."
    assert not _kind(_qs(body), "what_denied")


# ---- "denied a report in <outlet> that X"


def test_denied_a_report_in_a_named_newspaper() -> None:
    body = (
        "Bakery owner Tomas Reyke said he was shocked. The bakery denied a report in the local "
        "paper Elva Tidende that inspectors had found mould on the ovens in March."
    )
    what = _kind(_qs(body), "what_denied")
    assert [answer(q) for q in what] == ["That inspectors had found mould on the ovens in March"]
    assert [q.prompt for q in what] == ["According to the story, what did the bakery deny?"]


# ---- a report on a site that could not be verified


def test_report_on_a_site_could_not_be_verified() -> None:
    body = (
        "A report on the news website Harbour Wire that two ferries had been grounded after the "
        "storm could not be independently verified."
    )
    ver = _kind(_qs(body, "verification"), "verification")
    assert [q.prompt for q in ver] == [
        "According to the story, was the Associated Press able to verify the report that two "
        "ferries had been grounded after the storm?"
    ]


def test_report_without_outlet_still_unverified() -> None:
    # control: the form without an outlet was asked before and stays as it was
    body = "The report that two ferries had been grounded could not be independently verified."
    ver = _kind(_qs(body, "verification"), "verification")
    assert [q.prompt for q in ver] == [
        "According to the story, was the Associated Press able to verify the report that two "
        "ferries had been grounded?"
    ]


# ---- wrong options that say nothing alone or were built wrong


def test_no_option_opens_on_both() -> None:
    assert _unfit_option("that Both were unharmed and back in their pen")
    assert _unfit_option("that all were unharmed")
    # control: a quantifier before a noun is a subject of its own
    assert not _unfit_option("that both goats were unharmed and back in their pen")


def test_it_before_according_to_is_not_the_source() -> None:
    body = "It is the second storm in the bay in 18 months, according to regional authorities."
    story = analyze(_text(body)).stories[0]
    claim = next(c for c in story.claims if "storm" in c.content)
    assert clause_phrase(claim, _text(body)) is None  # never "that the regional authorities is …"
    # control: a pronoun of the source's own, before "said", still stands for the source
    body = "Olav Strand said he would retire in June."
    story = analyze(_text(body)).stories[0]
    claim = next(c for c in story.claims if "retire" in c.content)
    assert clause_phrase(claim, _text(body)) == "that Olav Strand would retire in June"


def test_calling_itself_is_no_part_of_the_name() -> None:
    body = (
        "A criminal gang calling itself Red Harbour claimed responsibility for the hack on its "
        "website and said it had copied 40 gigabytes of files. The claim could not be "
        "independently verified."
    )
    ver = _kind(_qs(body, "verification"), "verification")
    # after f1 types "a gang calling itself X" as an organisation, "The claim" resolves to the
    # claim of the sentence before; either way the name is "Red Harbour", never "itself …"
    assert [q.prompt for q in ver] == [
        "According to the story, was the Associated Press able to verify the claim that Red "
        "Harbour had copied 40 gigabytes of files?"
    ]


# ---- rulings stay no denial


def test_rulings_stay_out() -> None:
    for body in (
        "The reporter had at the time been denied entry to the port.",
        "The skipper had earlier been denied bail by the court.",
        "The bakery was denied a permit in the town of Vell to open a second shop.",
    ):
        assert not _denials(body)
        assert not _qs(body)
