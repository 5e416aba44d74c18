"""Verification forms a strict teacher reading of unseen wire stories found missed (branch ver11).

Our own short wire stories, invented names. Each verification question is checked whole: the
prompt (what was checked, by whom) and the keyed answer (the status); controls must give nothing.

1. Relatives and appositives: "The claims, which the Associated Press has not independently
   verified, were made by …", "The footage, which Reuters was able to verify, shows …", "…, a
   figure that could not be independently confirmed", "…, which could not be independently
   verified", "…, something the army has not confirmed": the status and verifier of the
   clause, the matter the claim its head noun stands for.
2. "could not confirm the cause of the fire", "has yet to establish what caused the explosion":
   unverified, by the subject (already read; kept here as guards), with controls of
   appointment, identity and attendance.
3. A story was cut in two at a paragraph opening "Police have confirmed …" (a lede's form with
   no cohesion to the story before), and a short line "Police confirmed the arrests" without a
   full stop was a heading: a paragraph opening on a check never starts a story, and is no
   heading; pastes of several stories split as before.
4. "There was no immediate confirmation from the army" (of the one claim just before),
   "confirmed to The Associated Press that …", "could not immediately verify their account",
   "the report" of a clause whose "his" is its named subject's, an agent "who …" cut.
"""

from __future__ import annotations

from questions import analyze
from questions.generate import generate
from tests.questions.story_kit import DATA, harbour_story

ASK = "According to the story, "


def _asked(text: str) -> dict[str, str]:
    """Prompt (without the frame) -> keyed answer of a text's verification questions, before
    giveaway.py thins questions that give each other away."""
    qs = generate(analyze(text), thin_giveaways=False)
    return {
        q.prompt.removeprefix(ASK): q.options[q.answer]
        for q in qs
        if q.kind == "verification" and isinstance(q.answer, int)
    }


def _found(text: str) -> list[tuple[str, str, str]]:
    """(status, by, object) of the verification statements of a text's first story."""
    return [(v.status, v.by, v.object) for v in analyze(text).stories[0].verification]


# --- 1. relatives and appositives -------------------------------------------------------------


def test_claims_relative_on_the_sentence_subject() -> None:
    text = harbour_story(
        "Mill workers say wages were kept back",
        "Six former workers at the Kessel textile mill said managers had kept back three "
        "months of wages before the mill shut in March.\n\n"
        "The claims, which the Associated Press has not independently verified, were made by "
        "six people who worked on the night shift.",
    )
    assert _asked(text) == {
        "has the Associated Press verified the claim that managers had kept back three months "
        "of wages before the mill shut in March?": "The Associated Press has not verified it",
    }


def test_reports_relative_passive() -> None:
    text = harbour_story(
        "Oil reported near harbour",
        "Fishermen said on Monday that a tanker had spilled oil near the harbour mouth.\n\n"
        "The reports, which could not be independently verified, spread quickly online.",
    )
    assert _asked(text) == {
        "was the Associated Press able to verify the claim that a tanker had spilled oil near "
        "the harbour mouth?": "The Associated Press could not verify it",
    }


def test_footage_relative_verified_is_the_footage_that_shows() -> None:
    text = (
        "Video shows flooding in border town\n\n"
        "SELMA, Ostrelia (Reuters) — A video posted online on Tuesday showed brown water "
        "pouring through the main square of the border town of Kastel.\n\n"
        "The footage, which Reuters was able to verify, shows at least two cars being swept "
        "down the high street.\n\n"
        "Mayor Lena Dorn said about 400 homes had been flooded.\n"
    )
    assert _asked(text) == {
        "was Reuters able to verify the footage that shows at least two cars being swept down "
        "the high street?": "Reuters verified it",
    }


def test_video_relative_unverified_appears_to_show() -> None:
    text = harbour_story(
        "Crane falls on rail line",
        "The video, which could not be independently verified, appeared to show two workers "
        "running from the site of a collapsed crane.",
    )
    assert _asked(text) == {
        "was the Associated Press able to verify the video that appeared to show two workers "
        "running from the site of a collapsed crane?": "The Associated Press could not verify it",
    }


def test_a_figure_that_could_not_be_confirmed_keeps_its_speaker() -> None:
    text = harbour_story(
        "Rebels claim capture of airport",
        "Rebel commanders said on Monday that their fighters had killed 120 government soldiers "
        "in a battle for the Torvik airport, a figure that could not be independently confirmed.",
    )
    assert _asked(text) == {
        "was the Associated Press able to confirm the claim by rebel commanders that their "
        "fighters had killed 120 government soldiers in a battle for the Torvik airport?": (
            "The Associated Press could not confirm it"
        ),
    }


def test_which_on_the_whole_clause() -> None:
    text = harbour_story(
        "Rebels say helicopter downed",
        "Rebels said on Monday that they had shot down an army helicopter over the hills, "
        "which could not be independently verified.",
    )
    assert _asked(text) == {
        "was the Associated Press able to verify the claim that rebels had shot down an army "
        "helicopter over the hills?": "The Associated Press could not verify it",
    }


def test_something_the_army_has_not_confirmed() -> None:
    text = harbour_story(
        "Rebels say helicopter downed",
        "Rebels said on Monday that they had shot down an army helicopter over the hills, "
        "something the army has not confirmed.",
    )
    assert _asked(text) == {
        "did the army confirm the claim that rebels had shot down an army helicopter over the "
        "hills?": "The army has not confirmed it",
    }


def test_a_toll_after_a_report_no_claim_was_read_for() -> None:
    # "Local media reported that …" is no claim the attribution reads: the matter is what was
    # reported, never "that Local media reported that …"
    text = harbour_story(
        "Blast at market",
        "A gas blast shook the fish market on Monday. Local media reported that four people had "
        "been killed in the blast, a toll that could not be independently confirmed.",
    )
    assert _asked(text) == {
        "was the Associated Press able to confirm that four people had been killed in the "
        "blast?": "The Associated Press could not confirm it",
    }


def test_a_claim_the_army_has_denied_is_no_verification() -> None:
    text = harbour_story(
        "Rebels claim villages",
        "Rebel commanders said their fighters had captured three villages near the river, a "
        "claim that the army has denied.",
    )
    assert _asked(text) == {}


# --- 2. the cause, and controls that are no verification ----------------------------------------


def test_could_not_confirm_the_cause() -> None:
    text = harbour_story(
        "Blaze destroys warehouse",
        "A fire destroyed a furniture warehouse on the edge of the port on Sunday night.\n\n"
        "Officials were unable to confirm the cause of the fire.",
    )
    assert _asked(text) == {
        "did officials confirm the cause of the fire?": "Officials have not confirmed it",
    }


def test_has_yet_to_establish_what_caused() -> None:
    text = harbour_story(
        "Gas blast levels house",
        "An explosion destroyed a house in the village of Dunmore on Tuesday.\n\n"
        "Police have yet to establish what caused the explosion.",
    )
    assert _asked(text) == {
        "were the police able to establish what caused the explosion?": (
            "The police could not establish it"
        ),
    }


def test_appointments_identity_and_attendance_are_no_verification() -> None:
    text = harbour_story(
        "Senate panel questions judge",
        "A Senate panel questioned judge Mira Falk for six hours on Tuesday during a "
        "confirmation hearing.\n\n"
        "Senators could not confirm the nominee before the recess, party leaders said.\n\n"
        "Border officers were unable to verify their identity at the crossing.\n\n"
        "Minister Olaf Berg confirmed his attendance at the harbour festival on Friday.\n\n"
        "The ministry confirmed on Monday the appointment of a new ambassador to Kessia.",
    )
    assert _found(text) == []
    assert _asked(text) == {}


# --- 3. a paragraph opening on a check starts no story ------------------------------------------

MUSEUM = (
    "Paintings stolen from harbour museum\n\n"
    "VELDT, Ostrelia (AP) — Thieves broke into the maritime museum in the port city of Veldt "
    "early on Sunday and took four oil paintings of sailing ships, the museum's director said.\n\n"
    "Director Marta Engel said the thieves had climbed through a skylight and switched off the "
    "alarm system before taking the paintings from the main gallery.\n\n"
    "The paintings, by the 19th-century painter Hendrik Vos, had been lent to the museum by a "
    "private collector for a summer exhibition.\n\n"
    "Engel said the museum would stay closed for the rest of the week.\n\n"
    "{check}\n\n"
    "A spokesman for the border guard said officers at every crossing with Kessia had been "
    "given descriptions of two men seen leaving the motel.\n\n"
    "The van had been rented in Kessia a week earlier, the border guard spokesman said.\n\n"
    "Motel owner Rudi Falk said the two men had paid in cash and had asked about the road to "
    "Kessia.\n\n"
    "Officers searched the motel rooms for several hours on Monday night, Falk said.\n"
)


def _stories(text: str) -> list[tuple[int, int]]:
    return [(s.start_line, s.end_line) for s in analyze(text).stories]


def test_a_paragraph_opening_on_police_have_confirmed_starts_no_story() -> None:
    check = (
        "Police have confirmed that two men were arrested on Monday afternoon at a roadside "
        "motel near the northern border crossing with Kessia, and that a rented van was being "
        "searched by officers."
    )
    assert _stories(MUSEUM.format(check=check)) == [(1, 19)]


def test_a_paragraph_opening_on_police_confirmed_starts_no_story() -> None:
    check = (
        "Police confirmed two men were arrested on Monday afternoon at a roadside motel near "
        "the northern border crossing with Kessia, and that a rented van was being searched."
    )
    text = MUSEUM.format(check=check)
    assert _stories(text) == [(1, 19)]
    assert _asked(text)  # the check is asked, in the one story
    assert any(v.by == "Police" for v in analyze(text).stories[0].verification)


def test_a_short_check_without_a_full_stop_is_no_heading() -> None:
    text = MUSEUM.format(check="Police confirmed the arrests of two men at a roadside motel")
    analysis = analyze(text)
    assert [(s.start_line, s.end_line) for s in analysis.stories] == [(1, 19)]
    assert analysis.stories[0].headings == [1]


def test_a_headline_that_checks_in_the_present_stays_a_heading() -> None:
    text = (
        "Police confirm arrests in museum theft\n\n"
        "Two men were held at a roadside motel on Monday, police said.\n"
    )
    assert analyze(text).stories[0].headings == [1]


def test_pastes_of_several_stories_split_as_before() -> None:
    for name, starts in [
        ("three_stories.txt", [1, 14, 26]),
        ("four_styles.txt", [1, 8, 19, 27]),
        ("us_wire.txt", [1, 8, 14]),
    ]:
        text = (DATA / name).read_text(encoding="utf-8")
        assert [s.start_line for s in analyze(text).stories] == starts, name


# --- 4. other wire forms -------------------------------------------------------------------------


def test_no_immediate_confirmation_from_after_the_claim() -> None:
    text = harbour_story(
        "Oil reported near harbour",
        "Fishermen said on Monday that a tanker had spilled oil near the harbour mouth.\n\n"
        "There was no immediate confirmation from the harbour authority.",
    )
    assert _asked(text) == {
        "did the harbour authority confirm the claim that a tanker had spilled oil near the "
        "harbour mouth?": "The harbour authority has not confirmed it",
    }


def test_no_immediate_comment_or_confirmation_in_the_same_sentence() -> None:
    for joint in ("; there was", ", but there was", ". There was"):
        text = harbour_story(
            "Rebels say helicopter downed",
            "Rebels said they had shot down an army helicopter over the hills"
            f"{joint} no immediate comment or confirmation from the army.",
        )
        assert _asked(text) == {
            "did the army confirm the claim that rebels had shot down an army helicopter over "
            "the hills?": "The army has not confirmed it",
        }, joint


def test_no_immediate_confirmation_after_two_sources_is_not_asked() -> None:
    text = harbour_story(
        "Drones over the border",
        "The army said it had shot down four drones overnight. Rebels said they had lost no "
        "aircraft. There was no immediate confirmation from the defence ministry.",
    )
    assert _found(text) == []


def test_no_immediate_confirmation_of_nothing_named_is_not_read() -> None:
    text = harbour_story(
        "Rebels say helicopter downed",
        "Rebels said they had shot down an army helicopter over the hills. There was no "
        "immediate confirmation.",
    )
    assert _found(text) == []


def test_no_confirmation_of_the_spill_from_the_authority_is_the_authority_s() -> None:
    text = harbour_story(
        "Oil reported near harbour",
        "Fishermen said on Monday that a tanker had spilled oil near the harbour mouth. There "
        "was no immediate confirmation of the spill from the harbour authority.",
    )
    assert _found(text) == [("unverified", "harbour authority", "the spill")]


def test_confirmed_to_the_outlet_that() -> None:
    for to in (
        "to The Associated Press",
        "to the AP on Monday",
        "to local broadcaster Kanal 5",
        "in an email",
    ):
        text = harbour_story(
            "Tanker aground",
            f"A harbour pilot confirmed {to} that the tanker had run aground on a sandbank.",
        )
        assert _asked(text) == {
            "did the harbour pilot confirm that the tanker had run aground on a sandbank?": (
                "The harbour pilot confirmed it"
            ),
        }, to


def test_confirmed_to_the_outlet_that_read_as_a_claim() -> None:
    text = harbour_story(
        "Club sells striker",
        "Portview United has agreed to sell striker Janos Kell to a club in Spain, two people "
        "familiar with the deal said.\n\n"
        "A club spokesman confirmed to the outlet that talks with the Spanish club were in a "
        "final stage.",
    )
    assert _asked(text) == {
        "did the club spokesman confirm that talks with the Spanish club were in a final "
        "stage?": "The club spokesman confirmed it",
    }


def test_the_man_that_was_arrested_is_no_recipient() -> None:
    # a clause without "that", read whole: "the man" is no one it was confirmed to
    text = harbour_story("Arrest", "Police confirmed the man that was arrested had died.")
    assert _found(text) == [("confirmed", "Police", "the man that was arrested had died")]


def test_their_account_of_a_group() -> None:
    text = harbour_story(
        "Oil reported near harbour",
        "Fishermen said on Monday that a tanker had spilled oil near the harbour mouth. The "
        "Associated Press could not immediately verify their account.",
    )
    assert _asked(text) == {
        "was the Associated Press able to verify the claim that a tanker had spilled oil near "
        "the harbour mouth?": "The Associated Press could not verify it",
    }


def test_their_account_of_one_body_is_not_asked() -> None:
    text = harbour_story(
        "Union says wages late",
        "The dockers' union said on Monday that wages had been paid two weeks late. The "
        "Associated Press could not immediately verify their account.",
    )
    assert _asked(text) == {}


def test_the_report_whose_his_is_the_named_subject() -> None:
    text = harbour_story(
        "Protest leader reported detained",
        "Opposition activists said on Saturday that protest leader Paul Weiss had been detained "
        "by plainclothes police outside his home.\n\n"
        "The Associated Press could not immediately verify the report.",
    )
    assert _asked(text) == {
        "was the Associated Press able to verify the claim that protest leader Paul Weiss had "
        "been detained by plainclothes police outside his home?": (
            "The Associated Press could not verify it"
        ),
    }


def test_the_report_whose_her_may_be_another_is_not_asked() -> None:
    # "her" after a man's name, or after a name of no known sex: whose, the prompt cannot say
    text = harbour_story(
        "Protest leader reported detained",
        "Opposition activists said on Saturday that protest leader Paul Weiss had been detained "
        "by plainclothes police outside her home.\n\n"
        "The Associated Press could not immediately verify the report.",
    )
    assert _asked(text) == {}
    assert _asked(text.replace("Paul Weiss", "Arno Weiss").replace("her home", "his home")) == {}


def test_an_agent_who_did_something_is_the_agent() -> None:
    text = harbour_story(
        "Oil reported near harbour",
        "Fishermen said on Monday that a tanker had spilled oil near the harbour mouth. The "
        "account was independently verified by a coast guard pilot who flew over the area.",
    )
    assert [(s, by) for s, by, _ in _found(text)] == [("verified", "a coast guard pilot")]
