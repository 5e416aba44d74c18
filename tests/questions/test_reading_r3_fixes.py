"""A teacher's third reading of train questions (issue 7): doubt cues, invitations, colon labels,
decomposed mis-decoded text, hedges inside conditions or captions, the setting of a statement
read into its content, and a description of the answer offered as a wrong option. Every sentence
here was written for these tests; none is taken from a corpus."""

from __future__ import annotations

from questions import analyze
from questions.generate import generate
from questions.generate.claims import doubted, rhetorical
from questions.generate.registry import KINDS, Context
from questions.generate.sources import distractors, source_key, story_sources
from questions.generate.validate import _mis_decoded
from questions.model import Question

HEAD = "High street plans stall\n\nDUNMORE — "
LEDE = (
    "The council approved a new parking plan on Monday after a long debate over the town "
    "centre.\n\n"
)
SOURCES = (
    "Mayor Ilse Varga said the plan would bring more visitors to the market square by the "
    "spring.\n\n"
    "Trader Tomas Bell said the market had lost about a third of its stalls since the bypass "
    "opened.\n\n"
)


def story(*paragraphs: str) -> str:
    return HEAD + LEDE + SOURCES + "".join(p + "\n\n" for p in paragraphs)


def built(text: str) -> list[Question]:
    return generate(analyze(text), thin_giveaways=False)


def spots(text: str) -> list[Question]:
    """What spot_the_cue's builder makes of a text's first story, before any share or cap."""
    analysis = analyze(text)
    return list(KINDS["spot_the_cue"].build(Context(analysis, analysis.stories[0])))


def shown(q: Question) -> str:
    return " ".join([q.prompt, q.explanation, *map(str, q.options)])


# F4: the complement of "doubt" is what the holders disbelieve, never their claim
DOUBT = (
    "Several shop owners doubt that there will be any real improvement to the high street "
    "before the winter."
)


def test_a_doubted_clause_is_never_offered_as_a_claim() -> None:
    text = story(DOUBT)
    qs = built(text)
    assert not [q for q in qs if "any real improvement" in q.prompt]
    assert not [q for q in spots(text) if "doubt" in q.evidence.text]
    # control: the plain "said" claims of the same story are still asked
    assert any("bring more visitors" in q.prompt for q in qs)


def test_doubt_cues() -> None:
    claim = next(c for c in analyze(story(DOUBT)).stories[0].claims if "improvement" in c.content)
    assert doubted(claim)
    said = next(c for c in analyze(story(DOUBT)).stories[0].claims if "visitors" in c.content)
    assert not doubted(said)


# F11: an invitation to imagine asserts nothing
PICTURE = (
    '"Picture how different things would be if someone had taught the chairman that as a boy," '
    "Councillor Ruth Abara said."
)


def test_an_invitation_to_imagine_is_not_a_claim() -> None:
    text = story(
        PICTURE, "Councillor Ruth Abara said the bridge tolls would rise by a fifth in May."
    )
    qs = built(text) + spots(text)
    assert not [q for q in qs if "Picture how" in shown(q)]
    assert any("bridge tolls" in shown(q) for q in qs)  # control


def test_rhetorical_openings() -> None:
    assert rhetorical("“Imagine a town without a single bank,")
    assert rhetorical("Just think about what the ferry costs a family")
    assert rhetorical('"Picture a square full of stalls again')
    assert not rhetorical("Picture framers in the old town have lost half their trade")
    assert not rhetorical("The plan will imagine nothing new")


# F10: "Name: 'quote'" is a list item's label, not a cue to mark
COLON_STORY = (
    "Mayors split on wetlands\n\nDUNMORE — Mayor Ada Okafor of Dunmore and Mayor Pia Lindqvist of "
    "Harlow met on Sunday to talk about the new bypass road.\n\n"
    "Ada Okafor said the road would cut the travel time between the two towns by half.\n\n"
    "Pia Lindqvist and Ada Okafor, among others, reject the plan for a car park.\n\n"
    'Okafor: "We will never pave over the wetlands for a car park." Lindqvist: "The wetlands '
    'will stay just as they are -- not a car park."\n\n'
)


def test_no_spot_the_cue_on_a_colon_label() -> None:
    qs = spots(COLON_STORY)
    assert not [q for q in qs if q.evidence.cue == ":" or "pave over" in q.evidence.text]
    assert any("travel time" in q.evidence.text for q in qs)  # control


# F12: mis-decoded text stored decomposed ("A" + combining tilde) is mis-decoded all the same
def test_decomposed_mojibake_is_found() -> None:
    assert _mis_decoded("Judge Tra\u0303\u00a9ves said".replace("a\u0303", "A\u0303"))
    assert _mis_decoded("the ministerâ€™s office")
    assert not _mis_decoded("Judge Hélène Dufrêne said")
    assert not _mis_decoded("Judge He\u0301le\u0300ne Dufre\u0302ne said")  # decomposed, not broken


def test_a_decomposed_mis_decoded_name_is_in_no_question() -> None:
    name = "Marc BrA\u0303\u00a9val"
    text = story(
        f'But back then, as investigating judge {name} put it, "there was nothing at all to '
        'charge the driver with at the time."',
        f"{name} said the inquiry into the harbour fire would end before the summer.",
    )
    for q in built(text):  # validated questions
        assert "A\u0303" not in shown(q) and "\u00c3" not in shown(q)


HEDGED = (
    "The stolen paintings were presumably moved to a private warehouse near the eastern border "
    "last winter."
)


# F16 and F7: hedge_words skips captions and hedges inside a condition or under another hedge
def test_no_hedge_question_on_a_figure_caption() -> None:
    text = story(
        "12,000.",
        "The number of seats the club essentially gave away Saturday, apparently to show doubtful "
        "sponsors that the new stadium can be filled.",
        HEDGED,
    )
    hedges = [q for q in built(text) if q.kind == "hedge_words"]
    assert not [q for q in hedges if "seats" in q.prompt]
    assert any("stolen paintings" in q.prompt for q in hedges)  # control


def test_no_hedge_key_inside_a_condition_or_under_another_hedge() -> None:
    text = story(
        "The coach is likely to stress that the team would rest its captain quickly if he appears "
        "to be tiring and that the club will end its run of friendlies early.",
        "The council will close the pier unless it appears to be safe after the storm on Friday.",
        HEDGED,
    )
    hedges = [q for q in built(text) if q.kind == "hedge_words"]
    assert not [q for q in hedges if "captain" in q.prompt or "pier" in q.prompt]
    assert any("stolen paintings" in q.prompt for q in hedges)  # control


# F2: the setting of a statement ("on Tuesday's edition of …") read into its content
def test_no_spot_the_cue_when_the_setting_ends_the_content() -> None:
    text = story(
        "Councillor Ruth Abara stated that the debate over the bridge tolls has shifted on "
        'Tuesday\'s edition of "City Talk."',
        "Councillor Pia Holm stated that the debate over the ferry fares has shifted since the "
        "vote.",
    )
    qs = spots(text)
    assert not [q for q in qs if "City Talk" in q.evidence.text]
    assert any("ferry fares" in q.evidence.text for q in qs)  # control


# F8: a description the story uses for the answer ("the former chief executive of …") is no
# wrong option
DESCRIBED = (
    "Noor Feld: 'The mayor is fair game.'\n\n"
    "Piet Anker is right to go after the mayor of Harlow, Noor Feld said on Tuesday. But, the"
    " former chief executive of Orbis-Lund added, it is not the way to win.\n\n"
    '"Of course the mayor is fair game. He ran the port for ten years," Feld told "Morning '
    'Ostland," reminding the hosts that Anker has often attacked the last governor.\n\n'
    'The mayor of Harlow will play the "outsider card," Feld said, adding that the way to beat '
    'him "is to talk about his record."\n\n'
    "Governor Piet Anker said the state budget had been balanced for the third year in a row.\n\n"
)


def test_a_description_of_a_person_is_no_wrong_option() -> None:
    analysis = analyze(DESCRIBED)
    ctx = Context(analysis, analysis.stories[0])
    sources = story_sources(ctx)
    offered = set()
    for claim in analysis.stories[0].claims:
        info = sources.get(source_key(claim.source or ""))
        if info is not None:
            offered |= {d.name for d in distractors(ctx, info, claim)}
    assert not [o for o in offered if "Orbis" in o]
    assert "Piet Anker" in offered  # control: a named speaker still is


def test_a_hedge_in_its_own_clause_after_an_expected_one_is_still_asked() -> None:
    text = story(
        "The harbour office is expected to reopen once the repairs end, and officials say the "
        "ferry will return in May - though it is unclear whether the old timetable will be kept "
        "for the northern route."
    )
    hedges = [q for q in built(text) if q.kind == "hedge_words"]
    assert any("harbour office" in q.prompt for q in hedges)


def test_a_named_person_with_a_description_is_not_a_description() -> None:
    from questions.generate.sources import SourceInfo, _described_person

    def described(name: str) -> bool:
        return _described_person(SourceInfo(key=name.lower(), name=name, kind="person"))

    assert described("the former chief executive of Orbis-Lund")
    assert described("Orbis's chief executive")
    assert not described("the venture capitalist Ana Roy")
    assert not described("Orbis campaign chairman Piet Anker")
    assert not described("Ana Roy")
