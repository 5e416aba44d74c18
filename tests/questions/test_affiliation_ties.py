"""A person and the organisation they speak for are never a question's answer and its wrong
option (teacher reading wire_r5, "distractor also right"), and two forms found beside them.

* A bare officer's role ("Chief executive Arno Vist", "Research chief Dr. Ada Kesk") ties the
  person to the story's company named in their paragraph or the one before; a police rank
  ("Sergeant Mila Orr") ties its holder to "the police"; an anaphoric "the company" is the
  story's company, so the two are never offered together.
* An outlet's name that ends on "Today" or "Now" ("Falls Today", "Harbour Now") is read whole,
  and its descriptor ("Community paper") is not shown.
* Another source's view set after a claim (", a stance the college described as …") ends the
  claim: those are not the speaker's words.
Every story here is invented.
"""

from __future__ import annotations

from story_kit import answer, wrong_options

from questions import analyze
from questions.generate.kinds import who_denied, who_said
from questions.generate.registry import Context
from questions.model import Question

HEAD = "Port strike deepens\n\nLUNDMOOR, June 3 (Wire) - "

OTHERS = (
    "\n\nUnion organiser Pia Strand said the dock owners had refused every offer made since April. "
    "Professor Olaf Brenn of Kell University said the port had lost a third of its cargo "
    "traffic. Harbour councillor Dina Marsh said the city would lose trade to its rival ports."
)


def _built(text: str, kind: str = "who_said") -> list[Question]:
    """Every question the kind's builder makes of the story (no limit per story applied)."""
    analysis = analyze(text)
    ctx = Context(analysis, analysis.stories[0])
    return who_said.build(ctx) if kind == "who_said" else who_denied.build_who(ctx)


def _who(text: str, words: str) -> Question:
    found = [q for q in _built(text) if words in q.prompt]
    assert found, [q.prompt for q in _built(text)]
    return found[0]


def test_a_chief_executive_is_not_offered_beside_her_company() -> None:
    text = (
        HEAD + "Pellmoor Insurance said on Friday its systems had been breached.\n\n"
        "Chief executive Arno Vist told a news conference that no medical records had been "
        "accessed." + OTHERS + "\n"
    )
    q = _who(text, "no medical records")
    assert answer(q) == "Arno Vist"
    assert "Pellmoor Insurance" not in wrong_options(q)


def test_a_research_chief_is_not_offered_beside_the_drugmaker() -> None:
    text = (
        HEAD + "Drugmaker Tolvin Labs said its vaccine missed its main goal. "
        "Research chief Dr. Ada Kesk argued that the vaccine had worked well in young children."
        + OTHERS
        + "\n"
    )
    q = _who(text, "worked well in young children")
    assert "Tolvin Labs" not in " ".join(q.options)


def test_the_company_is_the_storys_company() -> None:
    text = (
        HEAD + "Drugmaker Okari Pharma said on Monday that its new asthma drug had failed to "
        "beat a placebo in a large trial.\n\n"
        "A former trial nurse, who spoke on condition of anonymity, alleged that several "
        "clinics had skipped safety checks. Okari denied that, saying all clinics had been "
        'audited. The company called the allegation "unfounded and irresponsible."' + OTHERS + "\n"
    )
    asked = [q for q in _built(text, "who_denied") if answer(q) == "The company"]
    assert asked
    for q in asked:
        assert not any("Okari" in o for o in q.options)


def test_a_sergeant_is_not_offered_for_the_police() -> None:
    text = (
        HEAD + "Police said the fire appeared to have started in the kitchen. "
        "Sergeant Mila Orr said forensic teams were at the scene." + OTHERS + "\n"
    )
    q = _who(text, "started in the kitchen")
    assert answer(q) == "The police"
    assert not any("Orr" in o for o in q.options)


def test_control_an_unrelated_company_is_still_offered() -> None:
    # the union organiser's words: the insurer, named paragraphs away, is a fair wrong option
    text = (
        HEAD + "Pellmoor Insurance said on Friday its systems had been breached.\n\n"
        "Union organiser Pia Strand said the dock owners had refused every offer made since "
        "April.\n\n"
        "Professor Olaf Brenn of Kell University said the port had lost a third of its "
        "cargo traffic. Harbour councillor Dina Marsh said the city would lose trade to its rival "
        "ports.\n"
    )
    q = _who(text, "refused every offer")
    assert answer(q) == "Pia Strand"
    assert "Pellmoor Insurance" in wrong_options(q)


def test_control_a_named_police_officer_is_still_offered_for_other_words() -> None:
    text = (
        HEAD + "Police said the fire appeared to have started in the kitchen. "
        "Sergeant Mila Orr said forensic teams were at the scene." + OTHERS + "\n"
    )
    q = _who(text, "lose trade")
    assert any("Mila Orr" in o for o in wrong_options(q)) or "The police" in wrong_options(q)


def test_an_outlet_ending_on_now_is_read_whole() -> None:
    text = HEAD + "Community paper Harbour Now reported that the pier had been closed.\n"
    sources = [c.source for c in analyze(text).stories[0].claims]
    assert "Community paper Harbour Now" in sources


def test_an_outlet_ending_on_today_is_offered_whole() -> None:
    text = (
        HEAD + "Local news site Falls Today reported that the pier had been closed." + OTHERS + "\n"
    )
    options = {o for q in _built(text) for o in q.options}
    assert "Falls Today" in options
    assert not any(o.startswith("Local news site") for o in options)


def test_control_a_time_word_after_a_name_is_no_part_of_it() -> None:
    text = HEAD + "Residents said today that the pier had been closed.\n"
    sources = [c.source for c in analyze(text).stories[0].claims]
    assert sources == ["Residents"]


def test_another_sources_stance_ends_the_claim() -> None:
    text = (
        HEAD + "Guild chair Rosa Ient insisted the boycott would go on until fees were cut, "
        "a stance the college described as \u201creckless.\u201d\n"
    )
    claims = [c for c in analyze(text).stories[0].claims if c.source and "Ient" in c.source]
    assert [c.content for c in claims] == ["the boycott would go on until fees were cut"]


def test_control_an_appositive_of_the_speakers_own_stays() -> None:
    text = HEAD + "Rosa Ient said the college would hire a new dean, a position vacant since May.\n"
    claims = [c for c in analyze(text).stories[0].claims if c.source and "Ient" in c.source]
    assert [c.content for c in claims] == [
        "the college would hire a new dean, a position vacant since May"
    ]
