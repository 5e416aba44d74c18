"""Attribution precision fixes of branch attr2 (issue 7, train 2-fold F1), from audited errors.

Three readings: a view or report named inside the question someone was asked ("Asked if he
thought the levy went too far, Vance said ...") is part of the question, not a claim of its own;
"Hope" as a first name before a surname ("spokeswoman Hope Ellis said") is no hope; a day name
the learned model takes for a cue ("said Sunday") is no cue of its own. Every sentence is written
here; each case has controls that must keep the old reading.
"""

from __future__ import annotations

import pytest

from questions import analyze
from questions.learned import cue_model


def _attributions(text: str) -> list[tuple[str, str | None, str, str]]:
    """(cue, source text, act, content) of every attribution found, claims and others."""
    out = []
    for story in analyze(text).stories:
        for c in story.claims + story.others:
            if c.cue_span is not None:
                src = text[c.source_span[0] : c.source_span[1]] if c.source_span else None
                out.append((text[c.cue_span[0] : c.cue_span[1]], src, c.act, c.content))
    return out


def _cues(text: str) -> list[str]:
    return [cue for cue, _, _, _ in _attributions(text)]


_HEAD = "Council weighs river levy\n\n"


# --- a view named inside the question put to a speaker


@pytest.mark.parametrize(
    "sentence, inner",
    [
        (
            "Asked if he thought the levy went too far, Mayor Tom Vance said the council "
            "would look at it again.",
            "thought",
        ),
        (
            "When asked whether she believed the rival camp had hired the firm, Ann Reed said "
            "she did not know.",
            "believed",
        ),
        (
            "Asked about his claims that the bridge was unsafe, Vance said the engineers' "
            "report was clear.",
            "claims",
        ),
        (
            "Asked why the board decided to close the depot, a spokesman for the port said "
            "costs had doubled.",
            "decided",
        ),
        (
            "A young voter asked the mayor why he thought the levy was fair, and Vance said "
            "the river had to be paid for.",
            "thought",
        ),
    ],
)
def test_view_inside_asked_question_is_no_claim(sentence: str, inner: str) -> None:
    found = _attributions(_HEAD + sentence)
    assert inner not in [cue for cue, _, _, _ in found]
    assert any(cue == "said" and act == "claim" for cue, _, act, _ in found)


@pytest.mark.parametrize(
    "sentence, inner",
    [
        ("We asked our readers what they thought of the new bridge.", "thought"),
        ("A farmer asked Vance whether he believed the levy was fair.", "believed"),
    ],
)
def test_view_inside_named_question_is_no_claim(sentence: str, inner: str) -> None:
    assert inner not in _cues(_HEAD + sentence)


@pytest.mark.parametrize(
    "sentence, inner",
    [
        # the view is in the next sentence, after the question's answer
        (
            "Asked about the levy, Mayor Tom Vance said it went too far. He thought the "
            "council would agree.",
            "thought",
        ),
        # the answer after the question's comma
        (
            "Ann Reed asked the mayor whether he thought the levy went too far, and Vance "
            "argued that it did not.",
            "argued",
        ),
        # a question with its asker named in the same sentence as a view of its own
        (
            "Reporters asked about the levy, and Vance argued that it went too far.",
            "argued",
        ),
        # a new clause after the question: "when"
        (
            "A reporter was trying to ask about the levy when Vance shot back that it was fair.",
            "shot back",
        ),
        # a topic asked about, then the asker's own words after "and"
        (
            "Ann Reed asked about the depot and said it would close in May.",
            "said",
        ),
    ],
)
def test_view_outside_asked_question_kept(sentence: str, inner: str) -> None:
    assert inner in _cues(_HEAD + sentence)


# --- "Hope" as a first name


@pytest.mark.parametrize(
    "sentence, source",
    [
        ("Port spokeswoman Hope Ellis said the ferry would sail on Friday.", "Hope Ellis"),
        ("Campaign aide Hope Marlow declined to discuss the ferry on Friday.", "Hope Marlow"),
    ],
)
def test_hope_as_first_name_is_no_hope(sentence: str, source: str) -> None:
    found = _attributions(_HEAD + sentence)
    assert "Hope" not in [cue for cue, _, _, _ in found]
    assert any(src is not None and source in src for _, src, _, _ in found)


@pytest.mark.parametrize(
    "sentence",
    [
        "Farmers hope the council will drop the levy.",
        "Hope Springs Voters Hope To Keep Their Bridge",  # a title-case headline's verb
    ],
)
def test_hope_verb_kept(sentence: str) -> None:
    assert any(cue.lower() == "hope" for cue in _cues(_HEAD + sentence + "\n\nMore text here."))


# --- a day name is no learned cue


def test_day_name_is_no_learned_cue(monkeypatch: pytest.MonkeyPatch) -> None:
    model = cue_model()
    assert model is not None
    # a model that has learned to score "Sunday" as a cue (a fold model of PolNeAR train did)
    weights = dict(model.weights) | {"w=sunday": 5.0, "w=tuesday": 5.0}
    from questions import learned

    monkeypatch.setattr(learned, "cue_model", lambda: learned.CueModel(weights))
    text = _HEAD + "Mayor Tom Vance said Sunday that the plan had failed."
    assert _cues(text) == ["said"]
    # control: the stub still scores its other words as before
    weights["w=pushed"] = 5.0
    text = _HEAD + "Mayor Tom Vance pushed the plan through the council."
    assert "pushed" in _cues(text)


# --- a hedge verb and the verb it hedges are one learned cue


def _stub(monkeypatch: pytest.MonkeyPatch, **extra: float) -> None:
    model = cue_model()
    assert model is not None
    weights = dict(model.weights) | {f"w={w}": v for w, v in extra.items()}
    from questions import learned

    monkeypatch.setattr(learned, "cue_model", lambda: learned.CueModel(weights))


def test_seemed_to_suggest_is_one_cue(monkeypatch: pytest.MonkeyPatch) -> None:
    _stub(monkeypatch, seemed=5.0, hum=5.0)
    cues = _cues(_HEAD + "Mayor Tom Vance seemed to hum approval of the levy.")
    assert "seemed to hum" in cues and "hum" not in cues


def test_hedge_apart_from_its_verb_kept_apart() -> None:
    model = cue_model()
    assert model is not None
    from questions import learned

    stub = learned.CueModel(dict(model.weights) | {"w=seemed": 5.0, "w=hum": 5.0})
    joined = "Mayor Tom Vance seemed to hum approval of the levy."
    assert [joined[a:b] for a, b in stub.cues(joined, 0, len(joined), [])] == ["seemed to hum"]
    # a word between the hedge and "to": no join
    apart = "Mayor Tom Vance seemed keen to hum approval of the levy."
    assert all("keen" not in apart[a:b] for a, b in stub.cues(apart, 0, len(apart), []))
