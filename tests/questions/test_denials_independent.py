"""An independent check of denials (issue 7: "independent cases of the same kinds are checked
too, 85% is the bar").

Written fresh for this check (names, places and wordings invented, none taken from a corpus),
before the engine was changed for it: each row is (sentence, the source that denies). A row
passes when some claim of the sentence has stance "denies" and a source holding that name.
Controls use a denial verb on something that is not a claim ("denied entry", "rejected the
bill", "dismissed the case") and must give no denial. Measured before the fix: 21 of 30
denials and 4 of 12 controls (59.5%); after: 29 of 30 and 12 of 12 (97.6%), see the notes.
"""

from __future__ import annotations

import pytest

from questions import analyze

CASES = [
    ("The defence ministry denied that its aircraft had struck the hospital.", "defence ministry"),
    ("Ms. Okafor has repeatedly denied taking money from the developer.", "Okafor"),
    ("The club strenuously denies any involvement in the betting scheme.", "club"),
    ("Harbour Freight Ltd rejected accusations that it had polluted the river.", "Harbour Freight"),
    (
        "The prime minister rejected as nonsense the suggestion that he had misled parliament.",
        "prime minister",
    ),
    ("Senator Ruiz dismissed the allegations as a smear campaign.", "Ruiz"),
    ("The embassy dismissed reports that the ambassador had been expelled.", "embassy"),
    (
        "Officials in Tallinn refuted claims that the border had been closed.",
        "Officials in Tallinn",
    ),
    ("The council refuted the newspaper's report point by point.", "council"),
    ("The coach rebutted suggestions that he had lost the dressing room.", "coach"),
    ("Mr. Brandt called the accusations baseless.", "Brandt"),
    ("A spokesman for the airline called the report false and misleading.", "spokesman"),
    ("The federation described the allegations as groundless.", "federation"),
    ("The reports are completely false, a spokeswoman for the palace said.", "spokeswoman"),
    (
        "“We categorically deny these allegations,” the mining company said in a statement.",
        "mining company",
    ),
    ("“This story is totally untrue,” said Colm Byrne, the party's press officer.", "Colm Byrne"),
    ("“There is no truth whatsoever in these claims,” the hospital trust said.", "hospital trust"),
    ("The general insisted there was no plan to withdraw troops.", "general"),
    ("Ms. Varga insisted that she had done nothing wrong.", "Varga"),
    ("The bank denied wrongdoing.", "bank"),
    ("The regional governor denied the allegations on Friday.", "regional governor"),
    ("Moscow has consistently denied targeting civilians.", "Moscow"),
    ("The company disputed the findings of the audit.", "company"),
    ("Lawyers for the singer said the claims were baseless.", "Lawyers"),
    ("The former minister said the accusations were untrue.", "former minister"),
    ("The police chief denied reports that officers had been told to stand down.", "police chief"),
    ("Pressed by reporters, the mayor flatly rejected the claim.", "mayor"),
    ("The ministry said the claims had no basis in fact.", "ministry"),
    ("Beijing denies the accusations.", "Beijing"),
]

# a quoted denial with no word of denial in it: read as an assertion (a known gap)
KNOWN_GAPS = [("“I have never met the man,” Governor Ellis told reporters.", "Ellis")]

CONTROLS = [
    "The border guards denied entry to the two journalists.",
    "The judge dismissed the case against the three men.",
    "Parliament rejected the bill by 310 votes to 250.",
    "The court rejected the appeal on Monday.",
    "The manager was dismissed after a string of defeats.",
    "She was denied bail.",
    "The board rejected the takeover offer.",
    "Voters rejected the proposal in a referendum.",
    "The visa application was rejected.",
    "The council denied the request for a permit.",
    "The firm dismissed 200 workers last year.",
    "The minister said the talks would resume on Monday.",
]


def _claims(text: str) -> list:
    return [c for s in analyze(text).stories for c in s.claims]


def _denies(text: str, source: str) -> bool:
    return any(
        c.stance == "denies" and source.lower() in (c.source or "").lower() for c in _claims(text)
    )


def pass_rate() -> float:
    """The share of cases (known gaps included) and controls read right."""
    rows = CASES + KNOWN_GAPS
    right = sum(_denies(t, s) for t, s in rows)
    right += sum(not any(c.stance == "denies" for c in _claims(t)) for t in CONTROLS)
    return right / (len(rows) + len(CONTROLS))


def test_pass_rate_above_the_bar() -> None:
    assert pass_rate() >= 0.85


@pytest.mark.parametrize(("text", "source"), CASES, ids=range(len(CASES)))
def test_independent_denial(text: str, source: str) -> None:
    assert _denies(text, source), [(c.source, c.cue, c.stance) for c in _claims(text)]


@pytest.mark.parametrize(("text", "source"), KNOWN_GAPS)
@pytest.mark.xfail(reason="a quoted denial with no word of denial is read as an assertion")
def test_known_gap(text: str, source: str) -> None:
    assert _denies(text, source)


@pytest.mark.parametrize("text", CONTROLS, ids=range(len(CONTROLS)))
def test_independent_control(text: str) -> None:
    assert not [c for c in _claims(text) if c.stance == "denies"]
