"""Fixes from the r6 teacher readings (own invented wording)."""

from questions.generate.kinds.hedge_words import candidate_words


def test_hedge_adverb_beside_key_is_no_wrong_option():
    sentence = (
        "The harbour master quietly left the meeting early, a move he is widely "
        "believed to regret, and ordered a formal review."
    )
    words = candidate_words(sentence, "believed")
    assert "widely" not in words
    # control: other -ly words away from the key stay as foils
    assert "quietly" in words and "formal" in words


def test_hedge_adverb_after_key_is_no_wrong_option():
    words = candidate_words(
        "The mayor quietly signed the plan, which was believed widely to be costly.", "believed"
    )
    assert "widely" not in words and "quietly" in words


from questions import analyze  # noqa: E402
from questions.generate.registry import KINDS, Context  # noqa: E402
from questions.verification import _forms  # noqa: E402


def _built(kind: str, text: str):
    analysis = analyze(text)
    return list(KINDS[kind].build(Context(analysis, analysis.stories[0])))


def test_trailing_participle_stays_with_the_unverified_noun_phrase():
    found = _forms("The number of ferry passengers affected could not be independently verified.")
    assert [f.obj for f in found] == ["The number of ferry passengers affected"]
    found = _forms(
        "The number of pupils sickened and hurt by the gas leak could not be independently "
        "verified, and the count of lambs injured by the storm could not be independently "
        "verified either."
    )
    assert any(f.obj == "the count of lambs injured by the storm" for f in found)


def test_trailing_participle_in_verification_prompt():
    text = (
        "Storm floods Kelby valley\n\nKELBY (Wire) - Heavy rain flooded farms across the Kelby "
        "valley overnight, the regional office said on Tuesday.\n\n"
        "The valley has about 4,000 households. The number of households affected could not "
        "be independently verified.\n\n"
        "Farmer Nils Aberg said his barn had been under water since midnight.\n"
    )
    prompts = [q.prompt for q in _built("verification", text)]
    assert any("the number of households affected" in p for p in prompts), prompts
    assert not any(p.rstrip("?").endswith("number of households") for p in prompts)


def test_no_participle_control():
    found = _forms("The casualty figure could not be independently verified.")
    assert [f.obj for f in found] == ["The casualty figure"]


CARE = (
    "Council weighs dementia care fund\n\nHOLMBY (Wire) - The Holmby council on Tuesday debated "
    "a plan to spend $40 million on dementia research over ten years.\n\n"
    "Researchers at the Holmby Institute say the money would pay for itself within five years.\n\n"
    "{next}\n\n"
    "The county has about 12,000 residents living with dementia, up from 9,000 a decade ago.\n\n"
    "The council will vote on the plan in March.\n\n"
    "Councillor Ana Pereira said the county could not afford to wait.\n"
)


def _fact_prompts(text: str) -> list[str]:
    return [q.prompt for q in _built("fact_or_claim", text)]


def test_fact_pointing_back_to_an_attributed_argument_is_not_asked():
    prompts = _fact_prompts(
        CARE.format(next="The alternative is about $800 million in care costs by 2060.")
    )
    assert not any("alternative" in p for p in prompts), prompts
    prompts = _fact_prompts(CARE.format(next="That would spare the county $800 million by 2060."))
    assert not any("spare the county" in p for p in prompts), prompts


def test_fact_after_an_attributed_sentence_not_pointing_back_is_still_asked():
    text = CARE.format(
        next="The county has about 14,000 residents living with dementia, up from 9,000 in 2010."
    )
    text = text.replace(
        "The county has about 12,000 residents living with dementia, up from 9,000 a decade "
        "ago.\n\n",
        "",
    )
    prompts = _fact_prompts(text)
    assert any("14,000 residents" in p for p in prompts), prompts


def test_points_back_openers():
    from questions.generate.kinds.fact_or_claim import points_back

    assert points_back("The alternative is a fee of $90.")
    assert points_back("This would cost the county $8 million.")
    assert not points_back("This week the county opened two clinics.")
    assert not points_back("The county opened two clinics.")


FISH = (
    "Portugal rejects fishing charge\n\nLISBON (Wire) - Portugal on Monday rejected a charge from "
    "a neighbouring state that its trawlers had fished inside a closed zone.\n\n"
    "Speaking in Lisbon, Foreign Ministry spokesman Rui Tavares repeated that Portugal rejected "
    'the charge. Critics should bring evidence instead of hints like "possibly," he told '
    "reporters.\n\n"
    "The fleet association said its boats had kept to the agreed limits all season.\n\n"
    "Fisherman Joao Lima said the quota had been cut twice in three years.\n"
)


def _kind_questions(text: str):
    return [q for q in _built("source_check", text) if "kind of source" in q.prompt]


def test_source_kind_pronoun_is_named_with_its_role():
    qs = [q for q in _kind_questions(FISH) if "evidence" in q.prompt]
    assert qs
    q = qs[0]
    assert "the claim that critics should" in q.prompt
    assert (
        "“he told reporters” — “he” being Foreign Ministry spokesman Rui Tavares —" in q.explanation
    )


def test_source_kind_pronoun_without_a_named_person_is_skipped():
    text = (
        "Leader to speak on trade\n\nOSTERBY (Wire) - The long-serving prime minister will address "
        "parliament on Thursday, according to excerpts released by his office.\n\n"
        '"Nobody who has not carried this office knows its weight," the prime minister will say. '
        '"Our ports must stay open to every honest trader," he will say.\n\n'
        "Trader Ilse Marsh said the port fees had doubled since spring.\n"
    )
    for q in _kind_questions(text):
        assert "“he will say”" not in q.explanation, q.explanation


def test_source_kind_named_in_sentence_control():
    text = FISH.replace(
        'Critics should bring evidence instead of hints like "possibly," he told reporters.',
        'Critics should bring evidence instead of hints like "possibly," Tavares told reporters.',
    )
    qs = [q for q in _kind_questions(text) if "evidence" in q.prompt]
    assert qs and "“Tavares told reporters”" in qs[0].explanation


def test_clean_said_keeps_names_and_lowers_common_words():
    from questions.generate.kinds.source_check import _clean_said

    assert _clean_said("Critics should act", frozenset()) == "critics should act"
    assert _clean_said("Farmers lost money", frozenset({"farmers"})) == "farmers lost money"
    assert _clean_said("Portugal should act", frozenset()) == "Portugal should act"
    assert _clean_said("Bill Ames lost money", frozenset({"bill"})) == "Bill Ames lost money"
