"""Pathological inputs for question generation: each must be generated in time linear in its
length, up to the app's 200,000-character cap (issue 7).

The analysis's own worst cases (``questions.worst_cases``: one huge line of "Tom said Ann said",
thousands of quotations or separators, ...) mostly yield no question; these yield many candidate
questions per story, many sources, denials, verification statements and hedges, so that every
kind's builder, the option choosers and the validator are exercised at scale. All text here was
written for these cases. Shared by the bench (``bench/bench_generate.py --worst``) and the
linearity test (``tests/questions/test_linear.py``).
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterator

from questions.worst_cases import WORST_CASES, worst_text

NEWS = (
    "Transport Minister Karl Brenner denied that the government had ordered police to break up "
    "the picket lines. Maria Lind, an economist at Ostra University, said the strike was costing "
    "the region about two million euros a day, a figure that could not be independently "
    "verified. The alleged sabotage of two cranes was reported overnight by port staff. “We will "
    "not accept a deal that cuts the pensions of our members,” union leader Jane Doe told "
    "reporters. The port was closed to all traffic on Tuesday after the talks collapsed.\n\n"
)
VERIFICATION = (
    "The harbour ministry said 40 containers had been lost overnight. The figure could not be "
    "independently verified. Officials confirmed that two cranes were damaged, the ministry said. "
)
DENIALS = (
    "Port Director Lena Moss rejected claims that the harbour had been sold to a private fund. "
    "“We categorically deny these allegations,” the union said in a statement. "
)
ANAPHORIC_DENIALS = (
    "Ann Reed's campaign accused the Harbour Party of taking money from a shipping firm. "
    "The Harbour Party denied the accusation. Rebel commander Ivo Kran claimed that rebel units "
    "had taken the bridge. The army said the claim was false and that its troops held the bridge. "
)
REFUSALS = (
    "Buyers sent reports of cracked lids. A fitter said she had warned of the flaw in an "
    "internal memo report. The maker neither confirmed nor denied the existence of the report. "
    "A man was held at the dock. Police declined to confirm his identity. The cause of the "
    "leak has not been confirmed. The dose was small, his coach argued. The panel declined to "
    "confirm the dose. "
)
# one named outlet checking claim after claim (its name looked up in the story each time, once
# per statement, before branch ver9b: 17 s at 200,000 characters)
OUTLET_CHECKS = (
    "Rebels said they had taken 12 towns, and Reuters could not verify the figure. There was no "
    "independent confirmation of the claim. Footage was posted online. Reuters was able to "
    "verify the footage. It could not confirm whether the footage was recent.\n\n"
)
HEDGES = "The reported incursion allegedly damaged a bridge and possibly a ferry near Ostra. "
_SYLLABLES = ("ka", "lo", "mi", "ren", "sa", "tor", "vu", "bel", "dan", "fi", "gor", "hal")


def _names() -> Iterator[str]:
    """Distinct made-up names ("Kaka Lokason", ...), never digits (those are not names)."""
    for a, b, c, d in itertools.product(_SYLLABLES, repeat=4):
        yield f"{(a + b).capitalize()} {(c + d + 'son').capitalize()}"


def many_sources(chars: int) -> str:
    """Paragraphs of claims by thousands of different people, to ``chars`` characters."""
    out: list[str] = []
    size = 0
    speakers = zip(_names(), itertools.islice(_names(), 7, None), strict=False)
    for n, (one, two) in enumerate(speakers):
        out.append(
            f"{one} said the harbour would reopen within {n % 9 + 2} weeks after repairs. "
            f"{two} denied that the cranes had been damaged by strikers on pier {n % 7 + 1}.\n\n"
        )
        size += len(out[-1])
        if size > chars:
            break
    return "".join(out)[:chars]


def _repeated(unit: str) -> Callable[[int], str]:
    return lambda chars: worst_text(unit, chars)


GENERATION_CASES: dict[str, Callable[[int], str]] = {
    **{name: _repeated(unit) for name, unit in WORST_CASES.items()},
    "news paragraphs": _repeated(NEWS),
    "news on one line": _repeated(NEWS.replace("\n", " ")),
    "news stories and ---": _repeated("Port strike goes on\n\n" + NEWS + "---\n"),
    "thousands of sources": many_sources,
    "verification statements": _repeated(VERIFICATION),
    "denials": _repeated(DENIALS),
    "anaphoric denials": _repeated(ANAPHORIC_DENIALS),
    "refusals and unnamed verifiers": _repeated(REFUSALS),
    "one outlet's checks": _repeated(OUTLET_CHECKS),
    "hedges (one line)": _repeated(HEDGES),
}
