"""spot_the_cue on wire stories (round stc8). Every story here is invented.

1. A body's own plan, told with "it" after a name the story shows to be a body ("online grocer
   Norvell", "Dravo, which is owned by …", "the city's former club"), or a speaker heading
   somewhere ("she is headed to Lund next week"), is no claim to mark the cue of
   (``claims.pledge``, shared with fact_or_claim and source_check). Controls: a forecast and a
   person's "it".
2. A sentence whose source also states a stance on another point ("did not dispute that …,
   but said", "who has always maintained his innocence, said", "citing “…”, said") is not
   asked: those words are neither the cue of the claim nor the story's own; nor a cue under a
   modal ("could fight it, perhaps by arguing that …"): no claim made. Controls: the same
   sentences without it, an aside ("Ana Velde, in turn, said").
3. A document named before the source ("In its ruling, the tribunal said …") is the how, away
   from the cue: not asked. Control: a day before the source.
4. A name set after a description that is the source ("said another lawyer, Ana Cole of …"):
   not asked, as the pupil would mark the name. Control: "said Ana Cole, a lawyer …".
5. The builder puts first the sentences where finding the cue teaches something ("…, the
   regulator said", "according to", "said in a statement"), before plain "X said Y" openings;
   a story that keeps one mark-the-words question keeps such a one.
"""

from __future__ import annotations

from questions import analyze
from questions.generate import generate
from questions.generate.claims import pledge
from questions.generate.kinds import spot_the_cue
from questions.generate.registry import Context
from questions.model import Question


def _stc(text: str) -> list[Question]:
    analysis = analyze(text)
    return spot_the_cue.build(Context(analysis, analysis.stories[0]))


def _asked(qs: list[Question], words: str) -> bool:
    return any(words in q.evidence.text for q in qs)


def _story(body: str) -> str:
    return (
        "Regulator fines parcel firm over late deliveries\n\n"
        "LUNDAR, May 6 (Wire) - The Lundar Consumer Board fined online grocer Norvell "
        "1.2 million crowns on Tuesday over deliveries that arrived days late, the board said.\n\n"
        + body
    )


# 1. a body's own plan -------------------------------------------------------------------

PLAN = (
    "Norvell, last valued at about 90 million crowns in a funding round, said it would "
    "contest the fine in court."
)
PLAN_WHICH = (
    "Dravo, which is owned by two pension funds and says it serves 40,000 homes, said it "
    "would appeal."
)
PLAN_TEAM = 'The town\'s former club, which sold him last year, said it would "consider" a return.'
HEADED = "She said she is headed to Kessby next week for the board's annual hearing."


def test_body_plan_after_name_shown_a_body_not_asked() -> None:
    qs = _stc(_story(PLAN + "\n\nA board official said complaints had doubled since March."))
    assert not _asked(qs, "contest the fine")


def test_body_plan_after_which_not_asked() -> None:
    text = _story(
        "Separately, the board said it had also written to the courier Dravo.\n\n" + PLAN_WHICH
    )
    assert not _asked(_stc(text), "would appeal")


def test_club_plan_with_quoted_verb_is_a_pledge() -> None:
    analysis = analyze(_story("Winger Tomas Brekke was released in April.\n\n" + PLAN_TEAM))
    text = analysis.text
    claims = [c for c in analysis.stories[0].claims if "consider" in c.content]
    assert claims and all(pledge(text, c) for c in claims)


def test_speaker_headed_somewhere_is_a_pledge() -> None:
    body = (
        "Board chair Ana Velde said late deliveries had cost shoppers dearly.\n\n" + HEADED + "\n"
    )
    analysis = analyze(_story(body))
    claims = [c for c in analysis.stories[0].claims if "headed" in c.content]
    assert claims and all(pledge(analysis.text, c) for c in claims)
    assert not _asked(_stc(_story(body)), "headed to Kessby")


def test_forecast_and_person_it_stay_claims() -> None:
    body = (
        "Norvell said the backlog would take weeks to clear.\n\n"
        "Ola Brekke, a driver in Lundar, said it would rain on the routes all week.\n"
    )
    analysis = analyze(_story(body))
    claims = [c for c in analysis.stories[0].claims if "weeks" in c.content or "rain" in c.content]
    assert claims and not any(pledge(analysis.text, c) for c in claims)


# 2. a second stance of the source -------------------------------------------------------

DISPUTE = (
    "The board did not dispute that the depot had been cleaned promptly, but said the firm "
    "could not show who had handled the parcels during the delay."
)
PLAIN = (
    "The board said the firm could not show who had handled the parcels during the delay "
    "because its scanners had not been working."
)


def test_non_denial_beside_the_claim_not_asked() -> None:
    qs = _stc(_story(DISPUTE + "\n"))
    assert not _asked(qs, "did not dispute")
    for q in qs:
        assert "did not dispute" not in q.explanation


def test_plain_claim_of_the_same_source_asked() -> None:
    assert _asked(_stc(_story(PLAIN + "\n")), "scanners had not been working")


def test_stance_in_the_source_description_not_asked() -> None:
    body = (
        "The driver, who has always maintained his innocence, said he felt "
        "relieved that the case was over.\n"
    )
    assert not _asked(_stc(_story(body)), "felt relieved")


def test_plain_source_description_asked() -> None:
    body = (
        "The driver, who turned 40 in March, said he had delivered every parcel he was "
        "given on time.\n"
    )
    assert _asked(_stc(_story(body)), "every parcel")


# 3. a document before the source --------------------------------------------------------


def test_document_before_source_not_asked() -> None:
    body = (
        "In its ruling, the tribunal said Norvell had waited six weeks before telling "
        "customers about the delays.\n"
    )
    assert not _asked(_stc(_story(body)), "waited six weeks")


def test_day_before_source_asked() -> None:
    body = (
        "On Monday, the tribunal said Norvell had waited six weeks before telling customers "
        "about the delays.\n"
    )
    assert _asked(_stc(_story(body)), "waited six weeks")


# 4. a name after a description ----------------------------------------------------------


def test_name_after_description_not_asked() -> None:
    body = (
        '"The fine is small next to what the delays cost families," said another '
        "consumer lawyer, Ana J. Cole of the firm Brandt Vos.\n"
    )
    assert not _asked(_stc(_story(body)), "what the delays cost")


def test_name_then_description_asked() -> None:
    body = (
        '"The fine is small next to what the delays cost families," said Ana Cole, '
        "a consumer lawyer in Lundar.\n"
    )
    assert _asked(_stc(_story(body)), "what the delays cost")


# 5. which sentences come first ----------------------------------------------------------

ORDER_BODY = (
    "Board chair Ana Velde said late deliveries had cost shoppers about 3 million crowns.\n\n"
    "Norvell's own figures showed a third of orders arriving late in January, "
    "the board said.\n"
)


def test_inverted_cue_comes_first() -> None:
    qs = _stc(_story(ORDER_BODY))
    late = [i for i, q in enumerate(qs) if "a third of orders" in q.evidence.text]
    plain = [i for i, q in enumerate(qs) if "cost shoppers" in q.evidence.text]
    assert late and plain and late[0] < plain[0]


def test_story_keeps_the_telling_question() -> None:
    body = (
        "Norvell's own figures showed a third of orders arriving late in January, "
        "the board said.\n\n"
        "Board chair Ana Velde said late deliveries had cost shoppers about 3 million crowns.\n"
    )
    kept = [q for q in generate(analyze(_story(body))) if q.kind == "spot_the_cue"]
    assert kept  # "…, the board said": the lead or the figures, not the plain opening
    assert not any("cost shoppers" in q.evidence.text for q in kept)


def test_cue_under_a_modal_not_asked() -> None:
    body = (
        "Norvell could fight the fine, perhaps by arguing that the storms in January had "
        "closed its depots.\n"
    )
    assert not _asked(_stc(_story(body)), "storms in January")


def test_quoting_words_between_source_and_cue_not_asked() -> None:
    body = (
        'Ana Velde, citing "a pattern of broken promises," said the firm had missed '
        "its delivery targets for a year.\n"
    )
    assert not _asked(_stc(_story(body)), "delivery targets")


def test_aside_between_source_and_cue_asked() -> None:
    body = "Ana Velde, in turn, said the firm had missed its delivery targets for a year.\n"
    assert _asked(_stc(_story(body)), "delivery targets")
