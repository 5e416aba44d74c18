"""Question wording that must not contradict the story or misquote it (helper hg, issue 7):
hedge questions on claims the story refutes or confirms, cue words quoted as the story has them,
promises asked as claims, "Then there is X." offered as a fact, spot_the_cue answers with trailing
punctuation, ironic hedges. Every story is made up."""

# ruff: noqa: E501 - the stories are written one paragraph a line, as the engine reads them

from __future__ import annotations

import re
from dataclasses import replace

import pytest

from questions import analyze
from questions.generate import generate
from questions.model import Question


def built(text: str) -> list[Question]:
    """The questions the kinds build from a text, before giveaway.py thins them."""
    return generate(analyze(text), thin_giveaways=False)


def of_kind(text: str, kind: str) -> list[Question]:
    return [q for q in built(text) if q.kind == kind]


def answer(q: Question) -> str:
    assert isinstance(q.answer, int)
    return q.options[q.answer]


# --- 1. hedge questions whose "not confirmed" the story contradicts -----------------------------

STRIKER = """Is the new striker really the fastest ever?

The club chairman said on Friday that no player in the club's history had run faster than the new striker.

He scored twenty goals in 2011, 2013 and 2016.

While the chairman may win praise from supporters with his claim of the striker's record speed, {rest}.
"""


def test_hedge_refuted_later_in_its_sentence_is_not_asked():
    text = STRIKER.format(rest="his words are both plainly and factually false")
    assert of_kind(text, "hedge_words") == []


def test_hedge_not_refuted_is_still_asked():
    text = STRIKER.format(rest="his words were loudly and warmly cheered at the stadium")
    (q,) = of_kind(text, "hedge_words")
    assert answer(q) == "claim"


FERRY = """Ferry service shrinks.

The news got worse on Tuesday, when the Harbor Line ferry company, which first became famous for its night boats, appeared to scale back its plan to sail to the outer islands.

{next} four of its nine boats, including its oldest boat, the Gull.

Islanders said they were unhappy with the change.
"""


def test_hedge_confirmed_by_the_party_in_the_next_sentence_is_not_asked():
    text = FERRY.format(next="The company announced that as part of a new budget it was selling")
    assert of_kind(text, "hedge_words") == []


def test_hedge_not_confirmed_next_is_still_asked():
    (q,) = of_kind(FERRY.format(next="Workers painted"), "hedge_words")
    assert answer(q) == "appeared"


# --- 2. the cue words quoted to the pupil are words of the story, as it has them ----------------

HARBOR = """Harbor wall repairs delayed.

Town Hall did not object when the port spent money on the wall last year, a city engineer said, adding that the price of new stone was hard to guess.

Divers checked the old wall last month.

Boats must use the western pier until the wall is fixed.
"""

_CUE_WORDS = re.compile(r"\bthe words? “([^“”]+)”")


def _findable(words: str, sentence: str) -> bool:
    """Whether quoted cue words are words of the sentence, in order, each part ("Ann Reed …
    said") found as written."""
    flat = " ".join(sentence.split())
    at = 0
    for part in words.split(" … "):
        at = flat.find(part, at)
        if at < 0:
            return False
        at += len(part)
    return True


def test_cue_words_apart_are_quoted_with_the_words_between():
    qs = [q for q in built(HARBOR) if "price of new stone" in q.evidence.text]
    assert qs
    for q in qs:
        assert "a city engineer adding" not in q.explanation, q.explanation
    from questions.generate.explain import claim_cue_words
    from questions.generate.registry import Context

    analysis = analyze(HARBOR)
    story = analysis.stories[0]
    (claim,) = [c for c in story.claims if c.cue == "said"]
    at = HARBOR.index("adding")
    # the claim of "…, a city engineer said, adding that …" as the "adding" cue carries it
    adding = replace(claim, cue="adding", cue_span=(at, at + len("adding")))
    ctx = Context(analysis, story)
    assert claim_cue_words(ctx, adding) == "a city engineer said, adding"
    assert claim_cue_words(ctx, claim) == "a city engineer said"


def test_cue_words_next_to_each_other_are_quoted_as_before():
    text = HARBOR.replace(
        "Town Hall did not object when the port spent money on the wall last year, a city "
        "engineer said, adding",
        "A city engineer said",
    )
    (q,) = [q for q in built(text) if "stone" in q.evidence.text]
    assert "the words “A city engineer said”" in q.explanation, q.explanation


def test_a_description_with_a_capitalised_adjective_takes_its_article():
    from questions.generate.explain import claim_of

    assert claim_of("Ostran official", True) == "the Ostran official’s claim"
    assert claim_of("Town Hall officials", True) == "the Town Hall officials’ claim"
    # controls: names stay as they are
    assert claim_of("Ann Reed", True) == "Ann Reed’s claim"
    assert claim_of("Ministry of Health", True) == "Ministry of Health’s claim"


# --- 3. a promise is not a claim -----------------------------------------------------------------

PROMISE = """Town meeting ends with a budget fight.

The town board met on Tuesday night to debate next year's spending.

Mayor Rosa Valde spoke to the crowd for an hour about the new bus line. She {cue} that "every library would get longer opening hours by the spring."

The board will vote on the spending plan next month.
"""

_CLAIM_KINDS = ("who_said", "fact_or_claim", "spot_the_cue")


@pytest.mark.parametrize("cue", ["vowed", "promised", "pledged"])
def test_a_promise_is_not_asked_as_a_claim(cue: str):
    text = PROMISE.format(cue=cue)
    asked = [q for q in built(text) if q.kind in _CLAIM_KINDS and "library" in q.evidence.text]
    assert asked == [], [q.explanation for q in asked]
    story = analyze(text).stories[0]
    assert not [c for c in story.claims if "library" in c.content]
    assert [c.act for c in story.others if "library" in c.content] == ["plan"]


def test_a_statement_in_the_same_place_is_still_asked():
    (q,) = [q for q in built(PROMISE.format(cue="said")) if q.kind == "spot_the_cue"]
    assert q.explanation.startswith("In “She said that")


# --- 4. "Then there is X." is no fact ------------------------------------------------------------


@pytest.mark.parametrize(
    ("statement", "fact"),
    [
        ("Then there is five-time champion Ada Lin.", False),
        ("And then there was three-time winner Bo Ek.", False),
        ("But there are the old docks of Lund.", False),
        # controls
        ("Then Ada Lin won five titles in 1990.", True),
        ("There are 12 seats left on the town board.", True),
    ],
)
def test_a_linking_word_before_a_vague_opener(statement: str, fact: bool):
    from questions.generate.kinds.fact_or_claim import plain_fact

    assert plain_fact(statement) is fact


COACHES = """Is the new manager really the best ever?

The club owner said on Monday that nobody in the club's history was better prepared than the new manager.

That does not hold up. Look at the managers of the past.

Then there is five-time champion Ada Lindqvist. She led the club to titles in 1991, 1995 and 1999.

A former player, Tomas Ortega, said the new manager had never run a club before.

Records from the league office show the new manager had 14 wins in 2017.

The owner may like his choice, but his words are simply wrong.
"""


def test_then_there_is_is_not_offered_as_a_fact():
    facts = [q for q in built(COACHES) if q.kind == "fact_or_claim"]
    assert not [q for q in facts if "Then there is" in q.prompt]


# --- 5. spot_the_cue answers without the sentence's punctuation ----------------------------------

DEPOT = """Depot to reopen.

The bus depot closed in March after a fire.

"The depot will open again before the winter starts," said Elias Berg, who runs the depot.

Workers cleaned the yard on Monday.
"""


def test_spot_the_cue_answer_is_shown_without_trailing_punctuation():
    from questions.generate import format_report

    analysis = analyze(DEPOT)
    qs = generate(analysis)
    (q,) = [q for q in qs if q.kind == "spot_the_cue"]
    # the marked words themselves are the sentence's words, punctuation and all
    assert [q.options[i] for i in q.answer] == ["said", "Elias", "Berg,"]
    report = format_report(analysis, qs)
    assert "Answer: said Elias Berg\n" in report, report
    assert "**said Elias Berg**, who runs" in report, report
    assert "the words “said Elias Berg” show" in q.explanation


def test_trim_run_keeps_what_belongs_to_the_words():
    from questions.generate.text import marked_words, trim_run

    assert trim_run("she added.") == ("", "she added", ".")
    assert trim_run("Reed.”") == ("", "Reed", ".”")
    assert trim_run("said John Doe Jr.") == ("", "said John Doe Jr.", "")
    assert trim_run("Sen. Ann Reed (D-Ost.),") == ("", "Sen. Ann Reed (D-Ost.)", ",")
    assert trim_run("Reed:") == ("", "Reed:", "")  # "Reed: …": the colon is the cue
    assert trim_run("Reed wrote:") == ("", "Reed wrote", ":")
    words = ("Ivo", "Lund,", "a", "pilot,", "warned", "on", "Monday")
    assert marked_words(words, {0, 1, 4}) == "Ivo Lund … warned"


PILOT = """Port strike enters its second week.

Ships waited outside the harbour on Sunday as the strike went on.

Ivo Lund, a senior harbour pilot, warned on Monday that the strike would hurt the port for years by sending shipping lines to rival harbours.

The port board will meet on Friday.
"""


# --- every quoted cue can be found in its sentence ----------------------------------------------


@pytest.mark.parametrize(
    "text",
    [HARBOR, DEPOT, COACHES, PROMISE.format(cue="said"), PILOT],
    ids=["harbor", "depot", "coaches", "said", "pilot"],
)
def test_quoted_cue_words_are_found_in_the_sentence(text: str):
    for q in built(text):
        for words in _CUE_WORDS.findall(q.explanation):
            assert _findable(words, q.evidence.text), (words, q.evidence.text)


# --- 6. a hedge word used in mockery is not "not confirmed" ---------------------------------------

RALLY = """Parents Rally At Town Hall.

{first}

The town board met on Tuesday for two hours.

"We will keep fighting for more buses," said Nora Quist, who leads a parents group.

Ida Marsh said the town could not afford new buses.
"""


def test_an_ironic_alleged_is_not_asked():
    first = (
        "In the local version of a famous detective film, the alleged culprits are retired "
        "teachers who committed the so-called crime of backing the mayor's opponent loudly and "
        "openly."
    )
    assert of_kind(RALLY.format(first=first), "hedge_words") == []


def test_a_plain_alleged_is_still_asked():
    first = (
        "Police said on Monday that the alleged culprits were retired teachers who were seen "
        "backing the mayor's opponent loudly and openly."
    )
    (q,) = of_kind(RALLY.format(first=first), "hedge_words")
    assert answer(q) == "alleged"


# --- the cue words are plural: "the words … tell you" -------------------------------------------

FERRY_BACK = """Ferry service to resume.

The island ferry stopped running in January after a storm damaged the pier.

Harbour master Olle Berg told the Island Times that the ferry would run again in May.

Repairs to the pier cost about 2 million crowns, according to a report by the county auditors.

Mayor Stina Falk said in a statement that the town would pay for half of the work.

Workers finished the new pier deck last week.
"""


def test_source_check_explanation_agrees_with_the_words():
    qs = of_kind(FERRY_BACK, "source_check")
    assert qs
    for q in qs:
        assert "” tells you" not in q.explanation or "the word “" in q.explanation, q.explanation
    assert any("the words “Mayor Stina Falk said” tell you who" in q.explanation for q in qs)


# --- 1b. the sentence itself puts the hedged claim right ----------------------------------------

BRIDGE = """Bridge costs questioned.

The new bridge over the Lund river opened in June after two years of work.

The town paper pointed to the mayor's recent claim that the bridge had cost only 3 million crowns{rest}.

Workers painted the railings last week.
"""


def test_hedge_put_right_in_its_sentence_is_not_asked():
    rest = " (the actual figure is closer to 9 million crowns, according to the county auditors)"
    assert of_kind(BRIDGE.format(rest=rest), "hedge_words") == []


def test_hedge_not_put_right_is_still_asked():
    (q,) = of_kind(BRIDGE.format(rest=" quickly and widely"), "hedge_words")
    assert answer(q) == "claim"
