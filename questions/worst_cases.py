"""Pathological inputs for the analysis: each must be analysed in time linear in its length.

Shared by the bench (``bench/bench_analyze.py --worst``) and the linearity test, so both measure
the same texts. Each case repeats a unit to the requested number of characters: endless
attribution chains on one line, thousands of quotations or ``---`` separators, unclosed quotes,
abbreviations, an unbroken word.
"""

from __future__ import annotations

WORST_CASES: dict[str, str] = {
    "said chain (one line)": "Tom said Ann said ",
    "it said chain": "it said ",
    "according to chain": "according to Tom according to ",
    "quotations (one line)": '"Yes," Tom said. ',
    "quoted paragraphs": "“I am here,” he said.\n“We are there.”\n",
    "separators": "Tom said it rains.\n---\n",
    "pronouns (one line)": "He said it. ",
    "colon leads": "Tom added:\n",
    "relative clauses": "Tom, who said ",
    "dashes": "Tom -- the official -- said ",
    "unclosed quotation": "“Yes, Tom said ",
    "abbreviations": "Gov. Tom Jr. said. ",
    "commas": "Tom, Ann, ",
    "one word": "a",
    "told clauses verified": "the claim that the ferry sank could not be verified, and ",
    "apposed denials": "Tom said the port was shelled, a claim Ann denies, and ",
    "surnames (one line)": "Ann Reed said it rained. Reed said it snowed. ",
    "pronoun verifiers": (
        "Inspector Tom Berg said the pier was safe. Mayor Juno Adeyemi said boats were moored. "
        "He declined to confirm the report. "
    ),
}


def worst_text(unit: str, chars: int) -> str:
    """``unit`` repeated and cut to exactly ``chars`` characters."""
    return (unit * (chars // len(unit) + 1))[:chars]
