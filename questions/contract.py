"""The engine's contract values as enums: what the web app and its API may rely on.

The engine itself keeps its plain tuples (``questions.model``) and its registry of kinds
(``questions.generate.registry``); these enums name the same values once for everyone else (the
API's models, the pages' forms). ``tests/questions/test_contract.py`` keeps the two in step: a new
kind or stance must be added here too. The web app imports this module; the engine never imports
the web app.
"""

from __future__ import annotations

import enum


class QuestionKind(enum.StrEnum):
    """Every kind of question, in the order reports list them."""

    FACT_OR_CLAIM = "fact_or_claim"
    WHO_SAID = "who_said"
    WHO_DENIED = "who_denied"
    WHAT_DENIED = "what_denied"
    VERIFICATION = "verification"
    SOURCE_CHECK = "source_check"
    HEDGE_WORDS = "hedge_words"
    CHARACTERIZATION = "characterization"
    SPOT_THE_CUE = "spot_the_cue"


class Skill(enum.StrEnum):
    """What a question tests (a kind tests exactly one skill)."""

    FACT_OR_CLAIM = "Fact or claim"
    ATTRIBUTION = "Attribution"
    DENIALS = "Denials"
    VERIFICATION = "Verification"
    SOURCES = "Sources"
    HEDGING = "Hedging"


# The skill of each kind (the registry says the same; the contract test compares them).
KIND_SKILL: dict[QuestionKind, Skill] = {
    QuestionKind.FACT_OR_CLAIM: Skill.FACT_OR_CLAIM,
    QuestionKind.WHO_SAID: Skill.ATTRIBUTION,
    QuestionKind.WHO_DENIED: Skill.DENIALS,
    QuestionKind.WHAT_DENIED: Skill.DENIALS,
    QuestionKind.VERIFICATION: Skill.VERIFICATION,
    QuestionKind.SOURCE_CHECK: Skill.SOURCES,
    QuestionKind.HEDGE_WORDS: Skill.HEDGING,
    QuestionKind.CHARACTERIZATION: Skill.ATTRIBUTION,
    QuestionKind.SPOT_THE_CUE: Skill.ATTRIBUTION,
}

# Kinds answered by marking several options (the words of a sentence), not by picking one.
MULTI_KINDS = frozenset({QuestionKind.SPOT_THE_CUE})


class Stance(enum.StrEnum):
    """How a source stands to what it says."""

    ASSERTS = "asserts"
    DENIES = "denies"
    ACCUSES = "accuses"
    CONFIRMS = "confirms"
    DECLINES = "declines"
    CHARACTERIZES = "characterizes"


class QuoteKind(enum.StrEnum):
    DIRECT = "direct"
    PARTIAL = "partial"
    INDIRECT = "indirect"


class SourceKind(enum.StrEnum):
    GOVERNMENT = "government"
    OFFICIAL = "official"
    ORGANISATION = "organisation"
    PERSON = "person"
    EXPERT = "expert"
    NEWS_AGENCY = "news agency"
    RECORD = "record"  # records, data, a poll, the outlet's own analysis: evidence
    ANONYMOUS = "anonymous"
    UNNAMED = "unnamed"


class VerificationStatus(enum.StrEnum):
    UNVERIFIED = "unverified"
    VERIFIED = "verified"
    CONFIRMED = "confirmed"
    NEITHER = "neither confirmed nor denied"
