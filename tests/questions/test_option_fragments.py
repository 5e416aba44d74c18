"""Answer options and sources cut from a longer name (issue 7, options): a title word inside a
body's name ("General"), a body's name cut before its "of ...", the body a doctor works at
keyed as the speaker, a nationality word or a name's head word alone, a place phrase opening
the sentence, a Portuguese name joined by "do" cut to its last word.

Own stories, places and names, written for these cases.
"""

from __future__ import annotations

import pytest
from story_kit import answer, harbour_story, kinds_built

from questions import analyze
from questions.generate.registry import Context
from questions.generate.sources import not_a_name, story_sources

_HEAD = "Storm hits coast\n\nVALDORA (Reuters) — A storm hit the coast on Friday.\n\n"


def _sources(sentence: str) -> list[str | None]:
    """The sources the engine finds in one sentence under a headline and a dateline."""
    return [c.source for s in analyze(_HEAD + sentence + "\n").stories for c in s.claims]


def _shown(body: str) -> set[str]:
    """Every option of every who-said question of a story built on ``body``."""
    text = harbour_story("Harbour fire", body)
    return {o for q in kinds_built(text, "who_said", "who_denied") for o in q.options}


# --- 1. a title word inside a body's name is no title: the name stays whole ---


@pytest.mark.parametrize(
    ("sentence", "source"),
    [
        ("Harlow General Hospital said it had treated nine people.", "Harlow General Hospital"),
        ("Nine people were treated, Harlow General Hospital said.", "Harlow General Hospital"),
        ("General Motors said it would close the Lund plant.", "General Motors"),
    ],
)
def test_title_inside_a_body_name(sentence: str, source: str) -> None:
    assert _sources(sentence) == [source]


@pytest.mark.parametrize(
    ("sentence", "source"),
    [
        # controls: a real title before a person's name is still cut off
        ("General Ivo Marsh said the troops would leave.", "Ivo Marsh"),
        ("Attorney General Rosa Klein said the case was closed.", "Rosa Klein"),
        ("Harbour master Willem Janssen said the port would reopen.", "Willem Janssen"),
    ],
)
def test_title_before_a_person_still_cut(sentence: str, source: str) -> None:
    assert _sources(sentence) == [source]


# --- 2. a body's name is not cut before its "of ..." ---


@pytest.mark.parametrize(
    ("sentence", "source"),
    [
        (
            "The National Confederation of Metal Workers said 40,000 members stopped work.",
            "National Confederation of Metal Workers",
        ),
        (
            "The strike will go on, the National Confederation of Metal Workers said.",
            "National Confederation of Metal Workers",
        ),
        (
            "The Valdora Chamber of Commerce said it would remove the plaque.",
            "Valdora Chamber of Commerce",
        ),
    ],
)
def test_body_name_keeps_its_of(sentence: str, source: str) -> None:
    assert _sources(sentence) == [source]


@pytest.mark.parametrize(
    ("sentence", "source"),
    [
        # controls: a person of a group is still the person; other bodies are unchanged
        ("Ruth Alder of the Valdora Dockers said the strike would go on.", "Ruth Alder"),
        ("The Ministry of Health said six people died.", "Ministry of Health"),
        ("The Union of Dock Workers said it would strike.", "Union of Dock Workers"),
    ],
)
def test_of_controls(sentence: str, source: str) -> None:
    assert _sources(sentence) == [source]


# --- 3. "a doctor at <Name> Hospital said": the doctor speaks, not the hospital ---


@pytest.mark.parametrize(
    "sentence",
    [
        "A doctor at Ikoyi Memorial Hospital said six were in critical condition.",
        "A nurse at Ikoyi Memorial Hospital said six were in critical condition.",
    ],
)
def test_doctor_at_hospital_is_the_speaker(sentence: str) -> None:
    (source,) = _sources(sentence)
    assert source is not None and source != "Ikoyi Memorial Hospital"
    assert source.split()[0] in ("doctor", "nurse")


def test_hospital_itself_still_speaks() -> None:
    # control: the hospital as the subject is the hospital
    sentence = "Ikoyi Memorial Hospital said six were in critical condition."
    assert _sources(sentence) == ["Ikoyi Memorial Hospital"]


# --- 4. fragments that are never a speaker's name ---


@pytest.mark.parametrize(
    "name",
    [
        "Dutch",
        "The Dutch",
        "Nigerian",
        "Hospital",
        "Confederation",
        "Frente",
        "Partido",
        "Movimento",
        "Confederación",
        "Here in Lundby",
        "There in Porta",
    ],
)
def test_fragment_is_not_a_name(name: str) -> None:
    assert not_a_name(name)


@pytest.mark.parametrize(
    "name",
    [
        # controls: real one-word bodies, whole foreign names, a nationality with its noun
        "Reuters",
        "Hamas",
        "Greenpeace",
        "Dutch police",
        "The Dutch government",
        "Frente Amplio Popular",
        "Partido Verde Andino",
        "Movimento Terra Livre",
        "Confederación de Trabajadores del Sur",
        "Harlow General Hospital",
        "Ministry of Health",
        "Hereford Borough Council",
    ],
)
def test_whole_name_is_a_name(name: str) -> None:
    assert not not_a_name(name)


# --- 5. options over whole stories ---


def test_no_fragment_options_in_story() -> None:
    body = (
        "Harlow General Hospital said it had treated nine people for burns.\n\n"
        "The National Confederation of Metal Workers said the dock fire had closed two "
        "warehouses.\n\n"
        "The Dutch said the ship had been flying their flag.\n\n"
        "Dutch police said the fire had started in a storage tank near the quay.\n\n"
        "Greenpeace said fuel had reached the river mouth.\n"
    )
    shown = _shown(body)
    assert shown
    assert not {"Hospital", "National Confederation", "Dutch", "The Dutch"} & shown
    # controls: whole names and real one-word bodies stay
    assert "Greenpeace" in shown
    assert {"Dutch police", "The Dutch police"} & shown
    assert "Harlow General Hospital" in shown


def test_place_opener_is_no_option() -> None:
    # "Here in <town>, <name> ..., saying, ...": the town phrase opens the sentence, never speaks
    body = (
        "Ana Ruiz spoke to a crowd of nurses on Sunday.\n\n"
        "Here in Lundby, Ruiz pressed her case against the plan, saying, "
        '"Every family in this valley needs the clinic doors to stay open."'
    )
    shown = _shown(body)
    assert shown
    assert "Here in Lundby" not in shown
    assert "Olav Strand" in shown  # control: the plain speakers stay


# --- 6. a Portuguese name joined by "do" is one name, never cut to its last word ---


@pytest.mark.parametrize(
    ("sentence", "source"),
    [
        ("Diario do Sul said the land was sold cheaply.", "Diario do Sul"),
        ("The land was sold cheaply, Diario do Sul reported.", "Diario do Sul"),
        ("Partido do Povo said it would vote against the bill.", "Partido do Povo"),
        ("The Banco do Sul said the loan was approved.", "Banco do Sul"),
    ],
)
def test_do_joins_a_name(sentence: str, source: str) -> None:
    assert _sources(sentence) == [source]


@pytest.mark.parametrize(
    ("sentence", "source"),
    [
        # controls: the verb "do" after a subject still ends it
        ("Valdora Farmers do say the price is too low.", "Valdora Farmers"),
        ("Ana Ruiz said the Lund farmers do trust the mayor.", "Ana Ruiz"),
        ("Movimento dos Sem Terra said farmers had not been paid.", "Movimento dos Sem Terra"),
    ],
)
def test_do_controls(sentence: str, source: str) -> None:
    assert _sources(sentence) == [source]


def test_place_opener_in_no_kind() -> None:
    # no kind names "Here in Lundby" as the speaker: not spot_the_cue's marked words either
    body = (
        "Ana Ruiz spoke to a crowd of nurses on Sunday.\n\n"
        "Here in Lundby, Ruiz pressed her case against the plan, saying, "
        '"Every family in this valley needs the clinic doors to stay open."'
    )
    kinds = ("who_said", "spot_the_cue", "source_check", "characterization", "who_denied")
    qs = kinds_built(harbour_story("Harbour fire", body), *kinds)
    assert qs
    assert not [q for q in qs if "Here in" in answer(q) or "Here in Lundby" in q.options]


# --- 7. a one-word newspaper the story writes after "the" each time keeps its "the" ---


def test_one_word_paper_keeps_its_the() -> None:
    text = harbour_story(
        "Harbour fire",
        "Last week the Beacon, a weekly paper in Valdora, said the quay had been closed "
        "twice this year.\n\n"
        "Greenpeace said fuel had reached the river mouth.\n\n"
        "The Taliban said nothing about the ship. Hamas said nothing either.\n",
    )
    analysis = analyze(text)
    names = [i.name for i in story_sources(Context(analysis, analysis.stories[0])).values()]
    assert {"the Beacon", "the Taliban"} <= set(names)
    assert not {"Beacon", "Taliban"} & set(names)
    # controls: one-word bodies written bare stay bare
    assert {"Greenpeace", "Hamas"} <= set(names)
