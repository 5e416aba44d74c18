"""The learned cue detector: weights only, its finds kept apart from the rules' claims."""

from __future__ import annotations

import pytest

from questions import analyze
from questions.learned import MODEL_PATH, CueModel, cue_model, read_weights


def test_weights_are_features_not_text() -> None:
    weights = read_weights(MODEL_PATH)
    assert len(weights) > 1000
    # a feature names at most two words and their shapes, never a passage of an article
    assert max(len(f.split()) for f in weights) <= 3
    assert max(len(f) for f in weights) < 80


def test_model_loads_with_a_vocabulary() -> None:
    model = cue_model()
    assert model is not None
    assert {"said", "argued"} <= model.vocab


def test_learned_cue_is_an_attribution_not_a_claim() -> None:
    text = "The governor applauded the new rules on Monday."
    story = analyze(text).stories[0]
    assert story.claims == []
    learned = [c for c in story.others if c.act == "learned"]
    assert [c.cue for c in learned] == ["applauded"]
    assert learned[0].source == "governor"
    assert analyze(text).to_json()["stories"][0]["claims"] == []  # not in the JSON contract


def test_learned_cue_never_hides_a_rule_claim() -> None:
    text = "Democrats unveiled a plan, a move Republicans said would hamstring enforcement."
    story = analyze(text).stories[0]
    assert [(c.source, c.cue) for c in story.claims] == [("Republicans", "said")]


def test_plain_fact_stays_in_the_outlets_voice() -> None:
    text = "The city council has approved a new budget that raises spending on schools by 4%."
    story = analyze(text).stories[0]
    assert story.claims == []
    assert not any(s.attributed for s in story.sentences)


def _toy_model() -> CueModel:
    # "knows" scores -0.5 (below the threshold), "likes" -2.0 (below the second chance)
    return CueModel({"w=knows": -0.5, "w=likes": -2.0, "w=praised": 1.0})


def test_second_chance_takes_the_best_candidate_of_a_sentence_with_no_cue() -> None:
    text = "He knows the state well and likes the coast."
    assert list(_toy_model().cues(text, 0, len(text), [])) == [(3, 8)]


def test_no_second_chance_below_its_score_or_beside_another_cue() -> None:
    text = "He likes the coast."
    assert list(_toy_model().cues(text, 0, len(text), [])) == []
    text = "She praised the plan; he knows the state."
    assert list(_toy_model().cues(text, 0, len(text), [])) == [(4, 11)]  # praised only
    text = "He knows the state well."
    assert list(_toy_model().cues(text, 0, len(text), [(20, 24)])) == []  # a rule cue is busy


def test_an_unplaced_listed_cue_alone_in_its_sentence_is_an_attribution(monkeypatch) -> None:
    """A listed cue the rules could not place is taken when nothing else in the sentence is
    a cue and the model scores it well enough (here a toy model's -1.5: under the second
    chance, over ``UNPLACED_CHANCE``); never a claim."""
    import questions.learned as learned

    toy = CueModel({"w=support": -1.5})
    monkeypatch.setattr(learned, "cue_model", lambda: toy)
    text = "The mayor has the support of the union."
    story = analyze(text).stories[0]
    assert story.claims == []
    assert [(c.cue, c.act) for c in story.others] == [("support", "learned")]
    monkeypatch.setattr(learned, "UNPLACED_CHANCE", -1.0)  # the toy's score no longer enough
    assert analyze(text).stories[0].others == []


def test_best_unplaced_takes_the_best_score_above_the_floor() -> None:
    import questions.learned as learned

    text = "Ann backs it and Tom urges it."
    model = CueModel({"b": 0.0, "w=backs": -1.5, "w=urges": -0.5, "w=said": 1.0})
    backs, urges = (4, 9), (21, 26)
    assert model.best_unplaced(text, 0, len(text), [backs, urges]) == urges
    assert model.best_unplaced(text, 0, len(text), [backs]) == backs  # -1.5 > -2
    saved = learned.UNPLACED_CHANCE
    try:
        learned.UNPLACED_CHANCE = -1.0
        assert model.best_unplaced(text, 0, len(text), [backs]) is None
    finally:
        learned.UNPLACED_CHANCE = saved


def test_second_chance_reaches_lower_in_a_sentence_holding_a_quotation() -> None:
    """A quotation with no cue is seldom no one's words: its sentence's best candidate is
    taken down to QUOTED_SECOND_CHANCE, lower than SECOND_CHANCE elsewhere."""
    import questions.learned as learned

    model = CueModel({"b": 0.0, "w=beamed": -2.0})
    assert learned.QUOTED_SECOND_CHANCE < -2.0 < learned.SECOND_CHANCE
    quoted = "“\x01\x01\x01\x01,” Ann Reed beamed."
    plain = "Ann Reed beamed at the crowd."
    assert [quoted[s:e] for s, e in model.cues(quoted, 0, len(quoted), [])] == ["beamed"]
    assert list(model.cues(plain, 0, len(plain), [])) == []


def test_fast_score_equals_the_sum_of_the_features_weights() -> None:
    """``score_at`` adds the same weights in the same order as ``score(features(...))``."""
    from questions.learned import features

    model = cue_model()
    assert model is not None
    masked = (
        "Ann Reed, who leads Acme Corp, insisted \x01\x01\x01 and Tom Hale argued that the plan"
        " was flawed, noting the cost. Critics lamented it; Hale is convinced."
    )
    spans = list(model.candidates(masked, 0, len(masked)))
    assert len(spans) >= 3
    for lo, hi in ((0, len(masked)), (10, 90)):
        for s, e in spans:
            if lo <= s and e <= hi:
                for quoted in (True, False):
                    slow = model.score(features(masked, lo, hi, s, e, quoted))
                    assert model.score_at(masked, lo, hi, s, e, quoted) == slow


@pytest.mark.parametrize(
    ("text", "cue", "source"),
    [
        # a time between the speaker and the cue is no speaker
        (
            "Councillor Tom Hale on Thursday evening applauded the new rules.",
            "applauded",
            "Tom Hale",
        ),
        # an article before a noun cue: the clause's subject speaks, not the article
        ("Ann Reed, a farmer, rebounded with a call to arms at the fair.", "call", "Ann Reed"),
        ("And he made the suggestion that the fair move to May.", "suggestion", "he"),
        # a quantifier is a subject
        ("Some applauded the new rules on Monday.", "applauded", "Some"),
        # one connective opening the sentence without a comma is skipped
        (
            "Then she shattered the old record, pledging that the mill would reopen.",
            "pledging",
            "she",
        ),
    ],
)
def test_the_speaker_of_a_cue_is_no_time_article_or_connective(
    text: str, cue: str, source: str
) -> None:
    story = analyze(text).stories[0]
    assert [(c.cue, c.source) for c in story.claims + story.others] == [(cue, source)]


def test_a_lone_adverb_is_no_learned_cue() -> None:
    """A manner adverb on its own ("has repeatedly missed") reports no one's words; an adverb
    joined to its verb and an evidential adverb ("reportedly") still do."""

    def learned(text: str) -> list[str | None]:
        story = analyze(text).stories[0]
        return [c.cue for c in story.claims + story.others if c.act == "learned"]

    assert learned("The ferry firm has repeatedly missed its own deadlines.") == []
    # controls: still found
    assert learned("The club reportedly signed a new striker.") == ["reportedly"]
    assert learned("The mayor quickly pivoted to talking about bus fares.") == ["quickly pivoted"]


def test_a_lone_contraction_is_no_learned_cue(monkeypatch: pytest.MonkeyPatch) -> None:
    """A pronoun with its verb ("he's") or a negated auxiliary ("doesn't") scored as a cue on its
    own names no act; a word the same model scores is still a cue."""
    import questions.learned as learned

    toy = CueModel({"w=he's": 2.0, "w=doesn't": 2.0, "w=praised": 2.0})
    monkeypatch.setattr(learned, "cue_model", lambda: toy)

    def cues(text: str) -> list[str | None]:
        story = analyze(text).stories[0]
        return [c.cue for c in story.claims + story.others]

    assert cues("The pilot doesn't drink tea in the morning.") == []
    assert cues("Give the pilot a break, he's flying tonight.") == []
    assert cues("The pilot praised the tea in the morning.") == ["praised"]  # control
