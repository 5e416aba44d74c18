"""The question kinds: importing a module registers its kinds in ``registry.KINDS``.

The order in which kinds are generated and reported is ``KIND_ORDER`` in ``questions.generate``.
"""

from questions.generate.kinds import (  # noqa: F401 - imported to register the kinds
    characterization,
    fact_or_claim,
    hedge_words,
    source_check,
    spot_the_cue,
    verification,
    who_denied,
    who_said,
)
