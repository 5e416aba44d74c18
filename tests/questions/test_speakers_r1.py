"""Who is speaking and who may be offered as a speaker (issue 7, teacher reading train_r1):
a pronoun after "X, a Liberal," is X; "X, the editor of the paper, The Y, said" is X; "X's
reply" is no speaker; distractors are sources that say something; survey shares are no
speakers. Own sentences; names and places invented."""

from __future__ import annotations

import importlib

from questions import analyze
from questions.generate.claims import is_claim
from questions.generate.registry import Context
from questions.generate.sources import distractors, not_a_name, source_key, story_sources

who_said = importlib.import_module("questions.generate.kinds.who_said")
fact_or_claim = importlib.import_module("questions.generate.kinds.fact_or_claim")


def _story(*paragraphs: str) -> str:
    """A story: a headline and paragraphs, a blank line between."""
    return "\n\n".join(paragraphs) + "\n"


def _ctx(text: str) -> Context:
    analysis = analyze(text)
    return Context(analysis, analysis.stories[0])


def _source_at(text: str, line: int) -> str | None:
    return next(c.source for c in analyze(text).stories[0].claims if c.line == line)


def _who_said(text: str) -> dict[str, tuple[str, list[str]]]:
    """Prompt -> (answer, wrong options) of every who_said question the builder makes."""
    out = {}
    for q in who_said.build(_ctx(text)):
        assert isinstance(q.answer, int)
        out[q.prompt] = (q.options[q.answer], [o for i, o in enumerate(q.options) if i != q.answer])
    return out


# --- 1. "she" after "Varga, a Liberal-party label," is Varga, not the label

_BRIDGE = _story(
    "Road Plan Divides Tellborough",
    "Mayor Ilse Varga says the town must act quickly on its roads because every family uses them.",
    "Varga, a Democrat, did not mention her rival Tomas Brek by name. But she said on Monday "
    "that any mayor would have to mend the old bridge before the floods.",
    "Councillor Tomas Brek said the bridge could wait another year.",
    "Nadia Orlov, who runs the feed store, said trade had fallen since the bridge closed.",
    "Engineer Piet Lumen said the repairs would take four months.",
)


def test_pronoun_after_a_party_apposition_is_the_person() -> None:
    assert _source_at(_BRIDGE, 5) == "Ilse Varga"


def test_no_explanation_calls_the_party_label_the_speaker() -> None:
    for q in fact_or_claim.build(_ctx(_BRIDGE)):
        assert "Democrat’s" not in q.explanation and "Democrat's" not in q.explanation


def test_control_an_apposition_that_names_the_speaker_still_names_them() -> None:
    text = _story(
        "Ferry Fares Rise",
        "The ferry company's new chief, Aldo Brun, said fares would rise in March.",
    )
    assert _source_at(text, 3) == "Aldo Brun"


# --- 2. "Ruth Amsel, the editor of the league's magazine, The Whistle, said": Ruth Amsel

_REFEREES = _story(
    "Referees Face New Rules",
    "The football league announced new rules for referees on Thursday.",
    "Ruth Amsel, the editor of the league's official magazine, The Whistle, said every referee "
    'was "both judge and showman" and deserved more training.',
    "Coach Pavel Dunmore said the new rules would slow the game down.",
    "Goalkeeper Tamsin Oyelaran said players had asked for the change for years.",
    "Fan club chairman Gregor Haas said ticket holders would welcome shorter breaks.",
)


def test_person_before_two_appositions_is_the_speaker() -> None:
    assert _source_at(_REFEREES, 5) == "Ruth Amsel"


def test_who_said_keys_the_editor_not_her_magazine() -> None:
    answers = {answer for answer, _ in _who_said(_REFEREES).values()}
    assert "Ruth Amsel" in answers
    assert not any("Whistle" in a for a in answers)


def test_control_a_paper_named_in_its_own_apposition_stays_the_paper() -> None:
    text = _story(
        "Referees Face New Rules",
        "The league's official magazine, The Whistle, said every referee deserved more training.",
    )
    assert _source_at(text, 3) == "Whistle"


# --- 3. "Mrs. Doyle's response" is no speaker and never an option

_FRAUD = _story(
    "Fraud Case Shadows Pratt Campaign",
    "Rivals of Edwin Pratt have long weighed using the former mayor's past and Mrs. Doyle's "
    "response to the traders who claimed heavy losses.",
    "Nora Doyle said on Tuesday that she would not discuss her husband's record.",
    '"I will talk about schools and roads, nothing else," Doyle told supporters in Fenmoor.',
    "Campaign manager Ivo Lantz said the team expected more attacks before the vote.",
    "Trader Olga Semyonova said she had lost her savings in the scheme.",
)


def test_possessive_and_a_common_noun_is_no_source_option() -> None:
    names = [info.name for info in story_sources(_ctx(_FRAUD)).values()]
    assert not any("response" in n for n in names)
    assert "Nora Doyle" in names


def test_owned_thing_is_not_a_name_but_a_campaign_or_lawyers_are() -> None:
    assert not_a_name("Doyle's response")
    assert not_a_name("Reed’s memoir")
    for name in ("Reed's campaign", "Reed's lawyers", "Reed's backers", "Reed's office"):
        assert not not_a_name(name), name


# --- 4. distractors are sources that say something; a quote naming the answer's body by its
# initials is not asked

_FIRE = _story(
    "Fire at Market Hall Leaves Dozens Hurt",
    "A fire at the Alder market hall on Sunday injured 30 people, police said.",
    "Kurt Bessel, who set the fire, also posted messages on Facebook the night before. He died "
    "at the scene.",
    "A group called the Black Lantern claimed responsibility for the fire.",
    "Nine of the injured remained in hospital on Monday, two of them in serious condition, "
    "according to St. Brenna's Hospital.",
    "Governor Mara Quell said the state would pay for the repairs to the hall.",
    "Fire chief Oskar Lind said the sprinklers in the hall had failed.",
    "Councillor Jonas Feld said the market would reopen within a month.",
)


def test_the_arsonist_and_the_group_claiming_the_fire_are_no_options() -> None:
    questions = _who_said(_FIRE)
    assert questions
    for answer, wrong in questions.values():
        assert "Kurt Bessel" not in wrong and "The Black Lantern" not in wrong, (answer, wrong)


def test_control_speakers_are_still_offered() -> None:
    ctx = _ctx(_FIRE)
    sources = story_sources(ctx)
    claim = next(c for c in ctx.story.claims if c.source == "Oskar Lind")
    wrong = {w.name for w in distractors(ctx, sources[source_key("Oskar Lind")], claim)}
    assert wrong == {"Mara Quell", "Jonas Feld", "St. Brenna's Hospital"}


_WATER = _story(
    "Towns Reject Water Deal",
    "Three river towns rejected a new water deal on Friday.",
    '"The WSA is ready to help by resuming its inspections as soon as the three towns agree," '
    "said Ilan Morrow, head of the Water Safety Authority.",
    '"Every well in the valley has been tested twice this year," Morrow said.',
    "Lidia Brandt, who is running for mayor of Kessel, said the towns had been right to say no.",
    "Oskar Feldt, a farmer near Ostra, said the deal would have raised water bills.",
    "Rosa Timm said she would reopen the talks after the vote.",
)


def test_quote_naming_the_speakers_body_by_initials_is_not_asked() -> None:
    assert not any("WSA" in prompt for prompt in _who_said(_WATER))


def test_control_the_same_speakers_other_quote_is_asked() -> None:
    questions = _who_said(_WATER)
    assert any("Every well" in p and a == "Ilan Morrow" for p, (a, _) in questions.items())


# --- 5. "majorities in all three towns say", by a survey: its figures, not a claim

_MARKET = _story(
    "Market Vote Splits Three Towns",
    "About half of the shoppers polled Saturday favour a Sunday market, but majorities in all "
    "three towns say they want parking kept free. That is according to a survey done for the "
    "Harbour Gazette by Polder Research.",
    "Councillor Tomas Brek said most shoppers would gladly pay for parking.",
)


def test_share_of_those_polled_saying_is_no_claim() -> None:
    ctx = _ctx(_MARKET)
    claim = next(c for c in ctx.story.claims if c.line == 3 and c.cue == "say")
    assert not is_claim(ctx, claim)


def test_control_a_named_speaker_talking_about_shares_still_claims() -> None:
    ctx = _ctx(_MARKET)
    claim = next(c for c in ctx.story.claims if c.source == "Tomas Brek")
    assert is_claim(ctx, claim)


def test_control_the_most_senior_official_is_no_share() -> None:
    text = _story(
        "Port Strike Ends",
        "The most senior official at the port said the strike had ended on Sunday night.",
        "A survey of dockers last week found wide support for the strike.",
    )
    ctx = _ctx(text)
    claim = next(c for c in ctx.story.claims if c.cue == "said")
    assert is_claim(ctx, claim)


def test_an_italian_given_name_before_a_middle_name_is_kept() -> None:
    # "Giovanni Maria Rossi" is one name, not the descriptor "Giovanni" before "Maria Rossi"
    from questions.generate.text import option_name

    assert option_name("Giovanni Maria Rossi") == "Giovanni Maria Rossi"
    assert option_name("Pollster Maria Rossi") == "Maria Rossi"  # control


# --- 6. "Stacy Moor of Lund, East Ostra says": Stacy Moor, not the region after the comma


def test_person_of_a_town_and_region_is_the_speaker() -> None:
    text = _story(
        "Voters Line Up in Harbour County",
        "Stacy Moor of Lund, East Ostra says she really thinks Brek can win if he keeps "
        '"doing what he\'s doing."',
        "Councillor Tomas Brek said the count would finish by midnight.",
    )
    assert _source_at(text, 3) == "Stacy Moor"


def test_control_a_list_of_places_still_speaks_together() -> None:
    text = _story(
        "Ports Agree on Fees",
        "Lund, Ostra and Fenmoor said they would charge the same harbour fees next year.",
    )
    assert _source_at(text, 3) == "Lund, Ostra and Fenmoor"


def test_no_option_is_named_in_the_words_asked_about() -> None:
    # "who said that Councillor Feld had misled the hall's owners?": not Feld himself
    text = _FIRE + "\nOskar Lind said Feld had misled the owners of the hall for years.\n"
    for prompt, (_, wrong) in _who_said(text).items():
        if "Feld" in prompt:
            assert "Jonas Feld" not in wrong
    ctx = _ctx(text)
    claim = next(c for c in ctx.story.claims if "misled" in c.content)
    wrong = {w.name for w in distractors(ctx, story_sources(ctx)[source_key("Oskar Lind")], claim)}
    assert "Jonas Feld" not in wrong and "Mara Quell" in wrong


# --- 7. "said Lund Mayor Otto Brand in a telephone interview": the channel is not in the name


def test_channel_after_a_named_source_is_cut_from_the_name() -> None:
    text = _story(
        "Harbour Plan Gets Mixed Reviews",
        '"We have made mistakes for fifty years," said Lund Mayor Otto Brand in a telephone '
        "interview.",
        "Brand said he understood why the governor would visit the harbour.",
    )
    sources = [c.source or "" for c in analyze(text).stories[0].claims]
    assert sources and all(s.endswith("Otto Brand") for s in sources), sources


def test_control_a_name_with_in_stays_whole() -> None:
    text = _story(
        "Harbour Plan Gets Mixed Reviews",
        "The Friends of the Harbour in Lund said the plan would drain the marsh.",
    )
    assert _source_at(text, 3) == "Friends of the Harbour in Lund"
