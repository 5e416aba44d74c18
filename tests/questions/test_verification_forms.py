"""Verification in its common forms: golden tables of (sentence, [(by, status, object)]).

Every sentence here was written for these tests in the language of wire news; none is taken from
a corpus the engine is tuned or judged on. Controls must find nothing.
"""

from __future__ import annotations

import pytest

from questions import analyze

# an active verb under negation, "yet to", "declined to": unverified, never confirmed
NEGATED_ACTIVE = [
    (
        "Officials have not confirmed the reports of a second explosion.",
        [("Officials", "unverified", "the reports of a second explosion")],
    ),
    ("The Pentagon has not yet confirmed the deaths.", [("Pentagon", "unverified", "the deaths")]),
    (
        "Police did not confirm the number of arrests.",
        [("Police", "unverified", "the number of arrests")],
    ),
    ("The company hasn't confirmed the figures.", [("company", "unverified", "the figures")]),
    (
        "The White House did not immediately confirm the meeting.",
        [("White House", "unverified", "the meeting")],
    ),
    (
        "Israeli officials have yet to verify the footage.",
        [("Israeli officials", "unverified", "the footage")],
    ),
    (
        "The ministry has yet to confirm how many people were killed.",
        [("ministry", "unverified", "how many people were killed")],
    ),
    (
        "The regional governor declined to confirm the casualty figures.",
        [("regional governor", "unverified", "the casualty figures")],
    ),
    ("A spokeswoman refused to confirm the report.", [("spokeswoman", "unverified", "the report")]),
    (
        "The army could not confirm whether the commander was among the dead.",
        [("army", "unverified", "whether the commander was among the dead")],
    ),
    (
        "The outlet was unable to independently verify the images.",
        [("outlet", "unverified", "the images")],
    ),
    ("CNN could not immediately verify the video.", [("CNN", "unverified", "the video")]),
    (
        "Investigators have not been able to verify the claims.",
        [("Investigators", "unverified", "the claims")],
    ),
]

# a negated passive with no agent: the outlet could not verify
PASSIVE_NO_AGENT = [
    (
        "The claims could not be independently verified.",
        [("the outlet", "unverified", "the claims")],
    ),
    (
        "It was not possible to independently verify the casualty figures.",
        [("the outlet", "unverified", "the casualty figures")],
    ),
    (
        "The authenticity of the recording could not be verified.",
        [("the outlet", "unverified", "the authenticity of the recording")],
    ),
    (
        "The report has not been independently confirmed.",
        [("the outlet", "unverified", "the report")],
    ),
    (
        "The figures cannot be independently verified.",
        [("the outlet", "unverified", "the figures")],
    ),
    (
        "The account could not immediately be corroborated.",
        [("the outlet", "unverified", "the account")],
    ),
    ("The video has yet to be authenticated.", [("the outlet", "unverified", "the video")]),
    (
        "It could not immediately be determined whether anyone was hurt.",
        [("the outlet", "unverified", "whether anyone was hurt")],
    ),
    (
        "It was not immediately clear who fired first, and it could not be established "
        "whether the drone was armed.",
        [("the outlet", "unverified", "whether the drone was armed")],
    ),
]

# relative and appositive forms: what the claim restates, or the noun it hangs on
RELATIVE_APPOSITIVE = [
    (
        "The group said it had killed 12 soldiers, a claim that could not be independently "
        "verified.",
        [("the outlet", "unverified", "it had killed 12 soldiers")],
    ),
    (
        "Activists said 30 civilians died, figures that could not be confirmed.",
        [("the outlet", "unverified", "30 civilians died")],
    ),
    (
        "The rebels released the images, which Reuters has not been able to verify, late "
        "on Friday.",
        [("Reuters", "unverified", "the images")],
    ),
]

# a passive with an agent: confirmed or verified by the agent
PASSIVE_WITH_AGENT = [
    ("The death was confirmed by the hospital.", [("hospital", "confirmed", "the death")]),
    (
        "The explosion, which damaged two homes, was confirmed by police on Sunday.",
        [("police", "confirmed", "the explosion")],
    ),
    ("The arrests were confirmed by police in Leeds.", [("police", "confirmed", "the arrests")]),
    (
        "The strike was verified by satellite imagery analysts at Maxar.",
        [("satellite imagery analysts at Maxar", "verified", "the strike")],
    ),
    (
        "The footage was independently verified by BBC Verify.",
        [("BBC Verify", "verified", "the footage")],
    ),
]

# "was able to verify / confirm / geolocate": verified
ABLE_TO = [
    (
        "Reuters was able to verify the location of the video.",
        [("Reuters", "verified", "the location of the video")],
    ),
    (
        "The Washington Post was able to confirm the authenticity of the letter.",
        [("Washington Post", "verified", "the authenticity of the letter")],
    ),
    (
        "Analysts were able to geolocate the footage to a village near Kherson.",
        [("Analysts", "verified", "the footage to a village near Kherson")],
    ),
]

# "neither confirm nor deny" and its variants
NEITHER = [
    (
        "The Kremlin would neither confirm nor deny the reports.",
        [("Kremlin", "neither confirmed nor denied", "the reports")],
    ),
    (
        "A spokesman neither confirmed nor denied that the talks had taken place.",
        [("spokesman", "neither confirmed nor denied", "the talks had taken place")],
    ),
    (
        "The embassy did not confirm or deny reports that the ambassador had been recalled.",
        [
            (
                "embassy",
                "neither confirmed nor denied",
                "reports that the ambassador had been recalled",
            )
        ],
    ),
    (
        "The minister declined to confirm or deny the account.",
        [("minister", "neither confirmed nor denied", "the account")],
    ),
    (
        "The company would not confirm or deny that it had been hacked.",
        [("company", "neither confirmed nor denied", "it had been hacked")],
    ),
    (
        "Police refused to confirm or deny whether a second suspect was held.",
        [("Police", "neither confirmed nor denied", "whether a second suspect was held")],
    ),
]

# "remains unverified", "still unconfirmed"
STILL_UNVERIFIED = [
    ("The claim remains unverified.", [("the outlet", "unverified", "the claim")]),
    (
        # "unconfirmed", unlike "unverified", is no check of the outlet's own: no one named
        "The reports were still unconfirmed on Monday evening.",
        [("no one named", "unverified", "the reports")],
    ),
]

# paperwork, appointments, plans and requests: no verification statement
CONTROLS = [
    ("The Senate voted to confirm the nominee.", []),
    ("Voters must verify their identity before casting a ballot.", []),
    ("Please confirm your email address.", []),
    ("A confirmation hearing is set for next week.", []),
    ("The Senate has not yet confirmed the nominee.", []),
    ("The committee will verify the results next week.", []),
    ("He asked officials to verify the list.", []),
    ("The hotel confirmed the booking.", []),
    ("The judge was confirmed by the Senate in 2019.", []),
    ("Customers can verify their orders online.", []),
    ("The state sought to confirm their status as residents.", []),
    ("Officials are working to verify the data.", []),
    ("It is possible to verify the data online.", []),
    ("The judge, who is 61, was confirmed by the Senate in May.", []),
    ("It would be possible to confirm the figures next week.", []),
]

FORMS = {
    "negated_active": NEGATED_ACTIVE,
    "passive_no_agent": PASSIVE_NO_AGENT,
    "relative_appositive": RELATIVE_APPOSITIVE,
    "passive_with_agent": PASSIVE_WITH_AGENT,
    "able_to": ABLE_TO,
    "neither": NEITHER,
    "still_unverified": STILL_UNVERIFIED,
    "control": CONTROLS,
}
CASES = [(name, text, want) for name, rows in FORMS.items() for text, want in rows]


def _found(text: str) -> list[tuple[str, str, str]]:
    return [(v.by, v.status, v.object) for s in analyze(text).stories for v in s.verification]


@pytest.mark.parametrize(
    ("text", "expected"),
    [c[1:] for c in CASES],
    ids=[f"{c[0]}-{k}" for k, c in enumerate(CASES)],
)
def test_verification_form(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert _found(text) == expected


@pytest.mark.parametrize("text", [t for t, _ in NEGATED_ACTIVE])
def test_negation_is_never_confirmed(text: str) -> None:
    assert all(status != "confirmed" for _, status, _ in _found(text))


def test_state_department_has_not_confirmed_is_unverified() -> None:
    assert _found("The State Department has not confirmed the report.") == [
        ("State Department", "unverified", "the report")
    ]


def test_the_outlet_names_itself_by_its_agency_credit() -> None:
    text = (
        "KYIV, Ukraine (AP) — Russia said it had killed 70 fighters near the border.\n\n"
        "The figure could not be independently verified."
    )
    assert _found(text) == [("The Associated Press", "unverified", "the figure")]


def test_the_outlet_names_itself_when_it_has_verified_before() -> None:
    text = (
        "Sky News has been unable to verify the reports coming out of the city.\n\n"
        "Officials said two drones were shot down, a claim that could not be verified."
    )
    found = _found(text)
    assert [(by, status) for by, status, _ in found] == [
        ("Sky News", "unverified"),
        ("Sky News", "unverified"),
    ]
    assert found[1][2] == "two drones were shot down"


def test_pronoun_verifier_is_the_speaker_of_its_claim() -> None:
    text = "The Reuters news agency said it was unable to verify the footage."
    assert _found(text) == [("Reuters", "unverified", "the footage")]


def test_spans_hold_the_statement() -> None:
    text = "Officials said two drones were shot down. The claim could not be independently checked."
    text = text.replace("checked", "verified")
    (v,) = [v for s in analyze(text).stories for v in s.verification]
    assert text[v.span[0] : v.span[1]] == "The claim could not be independently verified"
