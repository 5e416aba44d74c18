"""cov13: clean denials of wire stories that got no denial question (own stories, invented
names, in the shapes of held-out set 13).

- A denial's channel tail ("in a short post on his social media pages", "in a statement late on
  Tuesday") is how it was made, not what it denies; a bare "the report" a denial labels is named
  by the one source the story says reported before it ("the report by the cycling magazine").
- "The military denied …" right after a governor blamed a neighbour's army: the governor (the
  accuser) and a charity's director the story ties to her named group are clearly not "the
  military", so the question has its wrong options.
- "The company also took issue with claims by a former developer …. It said the claims were
  “wholly untrue”": in a story naming two firms, the company is the one the paragraph
  just before speaks for; the claims are the former developer's.
- A quoted "That is simply not accurate" answering the one reported claim just before: asked as
  "who replied “…” to what some neighbours said?".
- "His agent, …" opening the paragraph right after the denier's own words is his side: no wrong
  option.
- bench/denials_report.py: who_denied notes why each denial gave no question.
Controls: two outlets that reported (which report?), a "the company" after a paragraph naming
two firms, a quoted reply with nothing reported before it or by its own speaker, a longer
quotation: none of these is asked in the new forms."""

from __future__ import annotations

import pytest

from questions import analyze
from questions.generate import generate
from questions.generate.kinds import who_denied
from questions.generate.registry import Context
from questions.model import Question
from tests.questions.story_kit import answer, wrong_options


def _paragraphs(text: str) -> str:
    """A story written with wrapped lines: one line per paragraph, a blank line between."""
    return " ".join(text.split("\n")).replace("  ", "\n\n").strip() + "\n"


def _denials(text: str) -> list[Question]:
    return [q for q in generate(analyze(text)) if q.kind in ("who_denied", "what_denied")]


def _who(text: str) -> list[Question]:
    return [q for q in _denials(text) if q.kind == "who_denied"]


# ---------------------------------------------------------------- channel tail, which report

DOPING = """Cyclist Marek Dovan named in doping report

A cycling magazine reported on Tuesday that the road race champion Marek Dovan had failed a test
for a banned hormone.

Anti-doping scientist Lena Vuorinen said riders were tested several times a month. Race director
Hugo Sand said the race would go ahead as planned.

Dovan DENIAL "I have always raced clean," he wrote.

AGENT

Rival rider Bruno Kell said the peloton was shocked by the news.
"""
DOPING = _paragraphs(DOPING)

AGENT = "His agent, Paola Ricci, said the rider had not been told of any positive test."


def _doping(denial: str, agent: str = AGENT) -> str:
    return DOPING.replace("DENIAL", denial).replace("AGENT", agent)


@pytest.mark.parametrize(
    ("denial", "prompt"),
    [
        (
            'dismissed the report as "pure invention" in a short post on his social media pages.',
            "According to the story, who dismissed the report by the cycling magazine as"
            " “pure invention”?",
        ),
        (
            'dismissed the report as "pure invention" in a statement on Wednesday.',
            "According to the story, who dismissed the report by the cycling magazine as"
            " “pure invention”?",
        ),
        (
            'dismissed the report as "pure invention" in a statement late on Thursday.',
            "According to the story, who dismissed the report by the cycling magazine as"
            " “pure invention”?",
        ),
        (
            "called the report false and malicious in a statement on Wednesday.",
            "According to the story, who called the report by the cycling magazine false and"
            " malicious?",
        ),
    ],
)
def test_labelled_report_is_asked_without_its_channel(denial: str, prompt: str) -> None:
    qs = _who(_doping(denial))
    assert [q.prompt for q in qs] == [prompt]
    assert answer(qs[0]) == "Marek Dovan"
    assert "Bruno Kell" in wrong_options(qs[0])


def test_agent_opening_the_next_paragraph_is_no_wrong_option() -> None:
    (q,) = _who(_doping('dismissed the report as "pure invention".'))
    assert "Paola Ricci" not in wrong_options(q)
    # the story does not say whose agent she is: a wrong option as before
    (q,) = _who(_doping('dismissed the report as "pure invention".', AGENT.replace("His ag", "Ag")))
    assert "Paola Ricci" in wrong_options(q)


def test_two_reports_name_no_report() -> None:
    # a second outlet reported too: which report? No "by …", and no bare "the report" asked
    text = _doping('dismissed the report as "pure invention".').replace(
        "Anti-doping",
        "A rival magazine reported on Wednesday that Dovan would be suspended. Anti-doping",
    )
    assert "reported on Wednesday" in text
    assert not [q for q in _who(text) if "the report" in q.prompt]


# ---------------------------------------------------------------- "the military" after blame

SHELLING = """Shelling hits village market in northern Vellmar

Shelling hit a market in the northern village of Osk on Friday, killing at least six people,
according to the village's only clinic.

Provincial governor Teodor Brask blamed the army of neighbouring Calvia, which has fought border
skirmishes with local militias since April. DENIAL

Medical charity Helping Hands, which runs the village clinic, said it had treated 22 wounded
people. "Our nurses have worked through the night," the group's field coordinator, Rania Dosse,
said.

Farmers in the valley said the harvest had been left in the fields.
"""
SHELLING = _paragraphs(SHELLING)


@pytest.mark.parametrize(
    ("denial", "prompt", "body"),
    [
        (
            "The military denied carrying out any shelling near Osk on Friday and said its units"
            " had stayed in their barracks.",
            "According to the story, who denied carrying out any shelling near Osk on Friday?",
            "The military",
        ),
        (
            "The army denied firing any shells near the village and said its guns had been"
            " silent all week.",
            "According to the story, who denied firing any shells near the village?",
            "The army",
        ),
        (
            "The military denied conducting any strikes in the area on Friday.",
            "According to the story, who denied conducting any strikes in the area on Friday?",
            "The military",
        ),
    ],
)
def test_the_military_after_blame_has_wrong_options(denial: str, prompt: str, body: str) -> None:
    qs = _who(SHELLING.replace("DENIAL", denial))
    assert [(q.prompt, answer(q), set(wrong_options(q))) for q in qs] == [
        (prompt, body, {"Teodor Brask", "Rania Dosse"})
    ]


def test_director_of_an_unnamed_group_stays_out() -> None:
    # "the group's field coordinator" with no group named: hers may be any body, the military's
    # too; she is no wrong option
    text = SHELLING.replace(
        "Medical charity Helping Hands, which runs the village clinic, said",
        "Aid workers said",
    ).replace("DENIAL", "The military denied conducting any strikes in the area on Friday.")
    assert "Aid workers said" in text
    assert not [q for q in _who(text) if "Rania Dosse" in wrong_options(q)]


# ---------------------------------------------------------------- "It said the claims were …"

LEAK = """Parking firm Veltro looks into possible leak of driver data

Parking firm Veltro said on Monday it was looking into "unusual activity" after a hacking crew
claimed to have copied the details of about 2 million drivers.

The crew published a sample of the records on a forum, according to security firm Kestrel Works.
Kestrel Works researcher Ola Brandvik said the sample held names and car registration numbers.

A Veltro spokesman denied a claim on a motoring blog that the app had paid the hackers. "We have
not paid anyone," he said.

The company also took issue with claims by a former developer, posted in a video on a streaming
site, that staff had been told about a weak password policy last spring. DENIAL

The national privacy office said it had opened an inquiry.
"""
LEAK = _paragraphs(LEAK)


@pytest.mark.parametrize(
    ("denial", "said"),
    [
        (
            'It said the claims were "wholly untrue" and that the policy had been changed in 2021.',
            "“wholly untrue”",
        ),
        ("It said the claims were false.", "false"),
        ('It said the claims were "completely untrue".', "“completely untrue”"),
        ("It said the claims were untrue and that staff had never been warned.", "untrue"),
    ],
)
def test_it_of_the_company_just_spoken_for(denial: str, said: str) -> None:
    assert "\n\nThe company also" in LEAK
    prompt = f"According to the story, who said that the claims by a former developer were {said}?"
    qs = [q for q in _who(LEAK.replace("DENIAL", denial)) if q.prompt == prompt]
    assert len(qs) == 1
    assert answer(qs[0]) == "Veltro"
    assert "the company the paragraph just before speaks for" in qs[0].explanation


def test_it_after_a_paragraph_of_two_firms_is_not_resolved() -> None:
    # the paragraph before names both firms: which company? Not asked
    text = LEAK.replace(
        "A Veltro spokesman denied", "Kestrel Works said a Veltro spokesman had denied"
    ).replace("DENIAL", "It said the claims were false.")
    assert not [q for q in _who(text) if "former developer" in q.prompt]


# ---------------------------------------------------------------- a quoted "not accurate" reply

FIRE = """Warehouse fire in Carrick

A warehouse owned by the textile firm Dunmore Weaving burned down overnight in the town of
Carrick, fire crews said.

Harbour councillor Ethan Pryce said the town's fire station had been left without a night crew
since January. "We warned about this for months," he said.

Some neighbours told a local paper that they had called the fire station twice, and that the
first engine had taken an hour to arrive. REPLY

Union organiser Delia Marsh said the warehouse had failed two safety inspections last year.

Insurance assessor Kofi Mensah said the damage would run to several million pounds.
"""
FIRE = _paragraphs(FIRE)


@pytest.mark.parametrize(
    ("reply", "quote", "who"),
    [
        (
            '"That is simply not accurate," a spokesman for the Carrick Fire Brigade said, adding'
            " that the first engine arrived within nine minutes.",
            "“That is simply not accurate”",
            "A spokesman for the Carrick Fire Brigade",
        ),
        ('"That is not true," fire chief Alma Rusk said.', "“That is not true”", "Alma Rusk"),
        (
            '"That is false," fire chief Alma Rusk told reporters.',
            "“That is false”",
            "Alma Rusk",
        ),
    ],
)
def test_quoted_reply_to_the_claim_before(reply: str, quote: str, who: str) -> None:
    qs = _who(FIRE.replace("REPLY", reply))
    prompt = f"According to the story, who replied {quote} to what some neighbours said?"
    assert [(q.prompt, answer(q)) for q in qs] == [(prompt, who)]
    assert "Some neighbours" not in wrong_options(qs[0])
    assert "“That” in the quotation is what some neighbours said" in qs[0].explanation


@pytest.mark.parametrize(
    "text",
    [
        # nothing reported just before: the outlet's own words
        FIRE.replace(
            "Some neighbours told a local paper that they had called",
            "Neighbours called",
        )
        .replace(", and that the first engine had taken", ". The first engine took")
        .replace("REPLY", '"That is not true," fire chief Alma Rusk said.'),
        # more than "that is not so": a quotation of its own
        FIRE.replace(
            "REPLY",
            '"That is not true, and we will publish the call log," fire chief Alma Rusk said.',
        ),
    ],
)
def test_no_reply_without_a_claim_answered(text: str) -> None:
    assert not [q for q in _who(text) if " replied " in q.prompt]


def test_reply_by_the_claims_own_speaker_is_no_denial() -> None:
    text = FIRE.replace(
        "Some neighbours told a local paper that",
        "Fire chief Alma Rusk told a local paper that",
    ).replace("REPLY", '"That is not true," fire chief Alma Rusk said.')
    assert not [q for q in _who(text) if " replied " in q.prompt]


# ---------------------------------------------------------------- why no question: the notes


def test_denials_report_notes_why_no_question() -> None:
    # too few other speakers: the denial is noted with the check that dropped it
    text = (
        "Harbour land sale disputed\n\n"
        "Mayor Ines Calloway denied that the city had sold the harbour land to a developer.\n\n"
        "Residents said the land was fenced off in May.\n"
    )
    an = analyze(text)
    ctx = Context(an, an.stories[0])
    assert not who_denied.build_who(ctx)
    notes = who_denied.denial_drops(ctx)
    assert [(stage, why.split(" (")[0]) for stage, _, why in notes if stage == "who"] == [
        ("who", "too few wrong options")
    ]


# ---------------------------------------------------------------- left for later


@pytest.mark.xfail(
    reason="a quotation between the denier and 'denied' (“Dovan — “…,” he told reporters — "
    "denied that …”) is not read by the analysis: no denial to ask",
    strict=True,
)
def test_denial_with_a_quote_between_speaker_and_verb() -> None:
    text = DOPING.replace(
        "Dovan DENIAL",
        'Dovan - "I have never taken anything," he told reporters after the stage - denied that'
        " he had failed any test and said all his samples had been clean.",
    ).replace("AGENT", "")
    assert [q for q in _who(text) if "failed any test" in q.prompt]


@pytest.mark.xfail(
    reason="an aside denial of 'any wrongdoing' (“X, who denies any wrongdoing, said …”) is not "
    "asked: what the wrongdoing is the story says only paragraphs before",
    strict=True,
)
def test_aside_denial_of_wrongdoing() -> None:
    text = DOPING.replace(
        "Dovan DENIAL",
        "Dovan, who denies any wrongdoing, said he would ask for his second sample to be tested.",
    ).replace("AGENT", "")
    assert [q for q in _who(text) if "wrongdoing" in q.prompt]
