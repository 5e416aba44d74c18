"""An independent check of verification forms (issue 7: "independent cases of the same kinds are
checked too, 85% is the bar").

Written fresh for this check, in new wording (outlets, tenses and word orders not used in
test_verification_forms.py), before the engine was changed for it; each row is (sentence,
verifier, status, a phrase the object must hold). A row passes when exactly one verification
statement is found with that verifier (compared case-insensitively, "the" ignored), that status
and an object holding the phrase. Controls must find nothing. The pass rate before and after the
fix is in the notes and docs/engine-questions.md; the test asks for 100% now that it is fixed,
so a regression shows.
"""

from __future__ import annotations

import pytest

from questions import analyze

OUTLET = "the outlet"

CASES = [
    # negated active / "yet to" / "declined to": unverified
    (
        "The coast guard has not confirmed the sinking of the second vessel.",
        "coast guard",
        "unverified",
        "sinking",
    ),
    (
        "Hospital officials did not verify the number of injured.",
        "Hospital officials",
        "unverified",
        "number of injured",
    ),
    (
        "The regional police force has yet to confirm the identity of the driver.",
        "regional police force",
        "unverified",
        "identity of the driver",
    ),
    (
        "Defence officials declined to confirm the location of the strike.",
        "Defence officials",
        "unverified",
        "location of the strike",
    ),
    ("The palace has so far not confirmed the engagement.", "palace", "unverified", "engagement"),
    (
        "Al Jazeera could not independently verify the casualty toll.",
        "Al Jazeera",
        "unverified",
        "casualty toll",
    ),
    (
        "The Guardian was unable to confirm the authenticity of the memo.",
        "Guardian",
        "unverified",
        "authenticity of the memo",
    ),
    (
        "Prosecutors have not verified the allegations against the coach.",
        "Prosecutors",
        "unverified",
        "allegations",
    ),
    (
        "The airline would not confirm how many passengers were on board.",
        "airline",
        "unverified",
        "how many passengers",
    ),
    (
        "Local authorities have yet to verify whether the dam was breached.",
        "Local authorities",
        "unverified",
        "whether the dam was breached",
    ),
    (
        "The Associated Press could not verify the photos.",
        "Associated Press",
        "unverified",
        "photos",
    ),
    (
        "Military officials refused to verify the claim.",
        "Military officials",
        "unverified",
        "claim",
    ),
    # passive with no agent: the outlet
    (
        "The authenticity of the letter has not been independently verified.",
        OUTLET,
        "unverified",
        "authenticity of the letter",
    ),
    ("The death toll could not immediately be confirmed.", OUTLET, "unverified", "death toll"),
    ("These accounts could not be independently corroborated.", OUTLET, "unverified", "accounts"),
    ("The video's origin could not be verified.", OUTLET, "unverified", "origin"),
    (
        "Casualty figures from both sides cannot be independently confirmed.",
        OUTLET,
        "unverified",
        "Casualty figures",
    ),
    ("The footage has not yet been authenticated.", OUTLET, "unverified", "footage"),
    (
        "It could not be independently established who was behind the attack.",
        OUTLET,
        "unverified",
        "who was behind the attack",
    ),
    ("It was not immediately possible to confirm the figures.", OUTLET, "unverified", "figures"),
    (
        "The rebels' statement could not be verified independently.",
        OUTLET,
        "unverified",
        "statement",
    ),
    # relative and appositive
    (
        "The militia said it had downed a helicopter, a claim that could not be independently "
        "confirmed.",
        OUTLET,
        "unverified",
        "downed a helicopter",
    ),
    (
        "Residents said dozens of homes were flattened, an account that could not be verified.",
        OUTLET,
        "unverified",
        "homes were flattened",
    ),
    (
        "The photographs, which the BBC has not been able to verify, show a burning warehouse.",
        "BBC",
        "unverified",
        "photographs",
    ),
    (
        "The figures, which could not be independently verified, were posted online on Tuesday.",
        OUTLET,
        "unverified",
        "figures",
    ),
    # passive with agent
    (
        "The shooting was confirmed by the county sheriff's office.",
        "county sheriff's office",
        "confirmed",
        "shooting",
    ),
    (
        "The deaths were confirmed by the health ministry on Thursday.",
        "health ministry",
        "confirmed",
        "deaths",
    ),
    (
        "The location of the video was verified by researchers at Bellingcat.",
        "researchers at Bellingcat",
        "verified",
        "location of the video",
    ),
    ("The resignation was later confirmed by the club.", "club", "confirmed", "resignation"),
    (
        "The crash was confirmed by the airline in a brief statement.",
        "airline",
        "confirmed",
        "crash",
    ),
    # able to: verified
    ("The New York Times was able to verify the footage.", "New York Times", "verified", "footage"),
    (
        "Reporters were able to confirm the identity of one of the victims.",
        "Reporters",
        "verified",
        "identity of one of the victims",
    ),
    (
        "CNN was able to geolocate the video to a checkpoint outside the city.",
        "CNN",
        "verified",
        "video",
    ),
    (
        "The agency managed to verify the satellite images.",
        "agency",
        "verified",
        "satellite images",
    ),
    # neither confirm nor deny
    (
        "The Foreign Office would neither confirm nor deny the arrest.",
        "Foreign Office",
        "neither confirmed nor denied",
        "arrest",
    ),
    (
        "A police spokesman declined to either confirm or deny the report.",
        "police spokesman",
        "neither confirmed nor denied",
        "report",
    ),
    (
        "The ministry did not confirm or deny that the minister had resigned.",
        "ministry",
        "neither confirmed nor denied",
        "minister had resigned",
    ),
    (
        "Officials have neither confirmed nor denied the existence of the program.",
        "Officials",
        "neither confirmed nor denied",
        "existence of the program",
    ),
    (
        "The company refused to confirm or deny reports of layoffs.",
        "company",
        "neither confirmed nor denied",
        "layoffs",
    ),
    # still unverified
    ("The reports remain unconfirmed.", "no one named", "unverified", "reports"),
    ("The claim was still unverified late on Sunday.", OUTLET, "unverified", "claim"),
    # confirmation by a source's claim
    (
        "The fire brigade confirmed that two people had died in the blaze.",
        "fire brigade",
        "confirmed",
        "two people had died",
    ),
    (
        "The ministry has confirmed the death of a second soldier.",
        "ministry",
        "confirmed",
        "death of a second soldier",
    ),
    (
        "Police have confirmed that a man was arrested at the scene.",
        "Police",
        "confirmed",
        "a man was arrested",
    ),
]

CONTROLS = [
    "Passengers must verify their identity at the gate.",
    "The Senate confirmed the new ambassador on Tuesday.",
    "Her confirmation hearing lasted five hours.",
    "The committee voted to confirm the nominee for attorney general.",
    "Please verify your account by clicking the link.",
    "The bank will confirm the transfer within two days.",
    "Inspectors are verifying the ballots this week.",
    "She asked the clerk to confirm her booking.",
    "The nominee was confirmed by a vote of 52 to 48.",
    "Officials plan to verify the count on Monday.",
    "The results confirmed what pollsters had predicted.",
    "Users can confirm their subscription by email.",
    "The bishop was confirmed in his post last year.",
    "The study is being verified by outside experts.",
    "He has been trying to confirm the date of the meeting with his staff.",
]


def _norm(name: str) -> str:
    words = name.lower().replace("’", "'").split()
    return " ".join(w for w in words if w != "the")


def _passes(text: str, by: str, status: str, phrase: str) -> bool:
    found = [v for s in analyze(text).stories for v in s.verification]
    return (
        len(found) == 1
        and _norm(found[0].by) == _norm(by)
        and found[0].status == status
        and phrase.lower() in found[0].object.lower()
    )


def pass_rate() -> tuple[float, list[str]]:
    """The share of cases and controls read right, and the sentences read wrong."""
    missed = [t for t, by, st, ph in CASES if not _passes(t, by, st, ph)]
    missed += [t for t in CONTROLS if any(s.verification for s in analyze(t).stories)]
    total = len(CASES) + len(CONTROLS)
    return (total - len(missed)) / total, missed


@pytest.mark.parametrize(("text", "by", "status", "phrase"), CASES, ids=range(len(CASES)))
def test_independent_case(text: str, by: str, status: str, phrase: str) -> None:
    found = [(v.by, v.status, v.object) for s in analyze(text).stories for v in s.verification]
    assert _passes(text, by, status, phrase), found


@pytest.mark.parametrize("text", CONTROLS, ids=range(len(CONTROLS)))
def test_independent_control(text: str) -> None:
    assert not [v for s in analyze(text).stories for v in s.verification]


if __name__ == "__main__":
    rate, wrong = pass_rate()
    print(f"{rate:.1%} of {len(CASES)} cases and {len(CONTROLS)} controls")
    for t in wrong:
        print("  missed:", t)
