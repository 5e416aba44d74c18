"""Attributed claims on news paragraphs written in the styles of several outlets.

Each case is one paragraph (or a few) and every claim expected in it, as
(source, source_text, a word of the cue, stance, quote). Cases are named after the construction
they exercise, not after a story, so they stand for news language in general.
"""

from __future__ import annotations

import pytest

from questions import Claim, analyze
from questions.model import UNVOUCHED_ACTS, Sentence, StoryAnalysis

Expected = tuple[str | None, str | None, str | None, str, str]

CASES: list[tuple[str, str, list[Expected]]] = [
    (
        "ap_said_on_weekday",
        "Senate Majority Leader Tom Hale said on Tuesday that the bill had no chance.",
        [
            (
                "Tom Hale",
                "Senate Majority Leader Tom Hale",
                "said",
                "asserts",
                "indirect",
            )
        ],
    ),
    (
        "inverted_said_title",
        "“This is about accountability,” said Sen. Dick Durbin, the chamber’s No. 2 Democrat.",
        [("Dick Durbin", "Sen. Dick Durbin", "said", "asserts", "direct")],
    ),
    (
        "according_to_first",
        "According to a Congressional Budget Office estimate, the plan would cost $4 billion.",
        [
            (
                "Congressional Budget Office estimate",
                "a Congressional Budget Office estimate",
                "According to",
                "asserts",
                "indirect",
            )
        ],
    ),
    (
        "according_to_last",
        "Several Republicans privately worry about the shutdown, according to two GOP aides.",
        [("two GOP aides", "two GOP aides", "according to", "asserts", "indirect")],
    ),
    (
        "told_reporters",
        "Speaking at the White House, Mr Biden told reporters he was not worried about the polls.",
        [("Biden", "Mr Biden", "told reporters", "asserts", "indirect")],
    ),
    (
        "relative_clause_subject",
        "Pelosi, who has refused to fund the wall, said on Sunday that talks would resume.",
        [("Pelosi", "Pelosi, who has refused to fund the wall", "said", "asserts", "indirect")],
    ),
    (
        "in_a_statement_leading",
        "In a statement, the Department of Homeland Security said it was reviewing the bill.",
        [
            (
                "Department of Homeland Security",
                "the Department of Homeland Security",
                "said",
                "asserts",
                "indirect",
            )
        ],
    ),
    (
        "added_with_pronoun",
        "Kellyanne Conway said the wall would be built. She added that a deal was close.",
        [
            ("Kellyanne Conway", "Kellyanne Conway", "said", "asserts", "indirect"),
            ("Kellyanne Conway", "She", "added", "asserts", "indirect"),
        ],
    ),
    (
        "tweeted_partial",
        "Schumer tweeted that Republicans had “shut down the government”.",
        [("Schumer", "Schumer", "tweeted", "asserts", "partial")],
    ),
    (
        "wrote_on_twitter",
        "Schumer wrote on Twitter that the shutdown was a mistake.",
        [("Schumer", "Schumer", "wrote on Twitter", "asserts", "indirect")],
    ),
    (
        "nested_claim_belongs_to_the_outer_one",
        "Mr Trump believes the wall is essential, aides said.",
        [("aides", "aides", "said", "asserts", "indirect")],
    ),
    (
        "belief_adjective",
        "Many Democrats are afraid that turnout will be low.",
        [("Many Democrats", "Many Democrats", "are afraid", "asserts", "indirect")],
    ),
    (
        "relative_pronoun_is_the_mention",
        "The bill was rejected by Mr Trump, who said on Wednesday that it was dead.",
        [("Trump", "who", "said", "asserts", "indirect")],
    ),
    (
        "wants_to",
        "Hale wants to build a fence along the river bank.",
        [("Hale", "Hale", "wants", "asserts", "indirect")],
    ),
    (
        "poll_shows",
        "A recent Gallup poll shows that 60 percent of Americans support more funding.",
        [("recent Gallup poll", "A recent Gallup poll", "shows", "asserts", "indirect")],
    ),
    (
        "anonymous_officials",
        "Officials familiar with the talks said negotiations had stalled.",
        [
            (
                "Officials familiar with the talks",
                "Officials familiar with the talks",
                "said",
                "asserts",
                "indirect",
            )
        ],
    ),
    (
        "accused_of",
        "Rep. Nancy Pelosi accused Republicans of holding federal workers hostage.",
        [("Nancy Pelosi", "Rep. Nancy Pelosi", "accused", "accuses", "indirect")],
    ),
    (
        "declined_to_comment",
        "The White House declined to comment on the proposal.",
        [("White House", "The White House", "declined to comment", "declines", "indirect")],
    ),
    (
        "did_not_immediately_respond",
        "Westford Council did not immediately respond to emails seeking comment.",
        [
            (
                "Westford Council",
                "Westford Council",
                "did not immediately respond",
                "declines",
                "indirect",
            )
        ],
    ),
    (
        "denied_saying_untrue",
        "Downing Street denied the report, saying it was “categorically untrue”.",
        [
            ("Downing Street", "Downing Street", "denied", "denies", "indirect"),
            ("Downing Street", "Downing Street", "saying", "denies", "partial"),
        ],
    ),
    (
        "dismissed_as",
        "The Kremlin has dismissed the allegations as “absurd”.",
        [("Kremlin", "The Kremlin", "dismissed", "denies", "partial")],
    ),
    (
        "called_label",
        "Labour leader Keir Starmer called the government’s handling of the crisis “a disgrace”.",
        [("Keir Starmer", "Labour leader Keir Starmer", "called", "characterizes", "partial")],
    ),
    (
        "apposition_before_name",
        "Ukraine’s president, Volodymyr Zelensky, urged allies to send more air defence systems.",
        [
            (
                "Volodymyr Zelensky",
                "Ukraine’s president, Volodymyr Zelensky",
                "urged",
                "asserts",
                "indirect",
            )
        ],
    ),
    (
        "said_in_video_address",
        "Zelensky said in his nightly video address that Russia had launched 100 drones.",
        [("Zelensky", "Zelensky", "said in his nightly video address", "asserts", "indirect")],
    ),
    (
        "participle_after_comma",
        "Israel’s military said it had struck dozens of targets, adding that it had killed a "
        "senior Hamas commander.",
        [
            ("Israel’s military", "Israel’s military", "said", "asserts", "indirect"),
            ("Israel’s military", "Israel’s military", "adding", "asserts", "indirect"),
        ],
    ),
    (
        "understood_passive",
        "The chancellor, Rishi Sunak, is understood to be furious about the briefings.",
        [("unnamed", None, "is understood to", "asserts", "indirect")],
    ),
    (
        "bbc_understands",
        "The BBC understands that at least 12 ministers are considering their positions.",
        [("BBC", "The BBC", "understands", "asserts", "indirect")],
    ),
    (
        "mp_told_guardian",
        "“I don’t think he can survive this,” one senior Conservative MP told the Guardian.",
        [
            (
                "senior Conservative MP",
                "one senior Conservative MP",
                "told the Guardian",
                "asserts",
                "direct",
            )
        ],
    ),
    (
        "report_found_apposition",
        "The report, published on Thursday, found that 40% of children were living in poverty.",
        [("report", "The report, published on Thursday", "found", "asserts", "indirect")],
    ),
    (
        "quote_then_continuation",
        "Pelosi told CNN: “We are not going to give in.\n“Not now, not ever.”",
        [
            ("Pelosi", "Pelosi", "told CNN", "asserts", "direct"),
            ("Pelosi", None, None, "asserts", "direct"),
        ],
    ),
    (
        "quote_paragraph_after_a_named_speakers_quote_is_theirs",
        "“We are not going to give in,” Pelosi told CNN.\n“Not now, not ever.”",
        [
            ("Pelosi", "Pelosi", "told CNN", "asserts", "direct"),
            ("Pelosi", None, None, "asserts", "direct"),
        ],
    ),
    (
        "quote_paragraph_after_a_partial_quote_ending_the_paragraph",
        "The minister declined to give details, saying only that it was “a matter for the courts”."
        "\n“We will not comment on an ongoing case.”",
        [
            ("minister", "The minister", "declined", "declines", "indirect"),
            ("minister", "The minister", "saying", "characterizes", "partial"),
            ("minister", None, None, "asserts", "direct"),
        ],
    ),
    (
        "possessive_mention_still_names_the_person_for_a_later_he",
        "Tom Hale’s remarks drew anger on Friday.\n"
        "“These are howls, not whistles,” added Rep. Jane Cole.\n"
        "Hale has record low support among young voters.\n"
        "“What is there to lose?” he said in August.",
        [
            ("Jane Cole", "Rep. Jane Cole", "added", "asserts", "direct"),
            ("Tom Hale", "he", "said", "asserts", "direct"),
        ],
    ),
    (
        "people_before_a_participle_and_a_place_are_the_source",
        "Demonstrators gathered outside the embassy said the ban would not stop them.",
        [
            (
                "Demonstrators gathered outside the embassy",
                "Demonstrators gathered outside the embassy",
                "said",
                "asserts",
                "indirect",
            )
        ],
    ),
    (
        "officials_at_a_place_are_the_source_not_the_place",
        "Officials at the embassy said the ban would stay.",
        [("Officials at the embassy", "Officials at the embassy", "said", "asserts", "indirect")],
    ),
    (
        "sentence_opening_conjunction_is_not_part_of_the_name",
        "And Senator Ruth Ames said the vote would go ahead.",
        [("Ruth Ames", "Senator Ruth Ames", "said", "asserts", "indirect")],
    ),
    (
        "quote_paragraph_after_the_outlets_own_voice_is_nobodys",
        "The council met on Tuesday to discuss the budget.\n“Not now, not ever.”",
        [],
    ),
    (
        "colon_cue_then_quotation_paragraph",
        "The governor added:\n“We will rebuild every home that was lost.”",
        [("governor", "The governor", "added", "asserts", "direct")],
    ),
    (
        "quoted_sentence_after_named_speaker",
        "“We will appeal,” Mr Sanchez said. “This ruling cannot stand.”",
        [
            ("Sanchez", "Mr Sanchez", "said", "asserts", "direct"),
            ("Sanchez", None, None, "asserts", "direct"),
        ],
    ),
    (
        "stage_direction_is_nobody_s",
        "KAINE: “We need a plan for the border.\n“(CROSSTALK.)",
        [("KAINE", "KAINE", ":", "asserts", "direct")],
    ),
    (
        "plug_after_transcript",
        "PENCE: “We will win.\n“Follow Jo Smith on Twitter @josmith.",
        [("PENCE", "PENCE", ":", "asserts", "direct")],
    ),
    (
        "unknown_cue_after_quotation_is_no_continuation",
        "Ms Reyes said: “We will not back down.\n“The bill is dead,” sighed one senior aide.",
        [("Reyes", "Ms Reyes", "said", "asserts", "direct")],
    ),
    (
        "colon_quote",
        "Asked whether he would stand down, Mr Johnson replied: “No, I will not.”",
        [("Johnson", "Mr Johnson", "replied", "asserts", "direct")],
    ),
    (
        "bare_relative_clause",
        "Democrats unveiled a plan, a move Republicans said would hamstring enforcement.",
        [("Republicans", "Republicans", "said", "asserts", "indirect")],
    ),
    (
        "two_sources_coordinated",
        "Iran has repeatedly denied seeking nuclear weapons, but Israel insists it is close.",
        [
            ("Iran", "Iran", "denied", "denies", "indirect"),
            ("Israel", "Israel", "insists", "asserts", "indirect"),
        ],
    ),
    (
        "surname_resolves_to_full_name",
        "Foreign Minister Sergei Lavrov said talks were over. Mr Lavrov added that sanctions "
        "had failed.",
        [
            ("Sergei Lavrov", "Foreign Minister Sergei Lavrov", "said", "asserts", "indirect"),
            ("Sergei Lavrov", "Mr Lavrov", "added", "asserts", "indirect"),
        ],
    ),
    (
        "inverted_says_after_comma",
        "The war will end this year, says Zelensky.",
        [("Zelensky", "Zelensky", "says", "asserts", "indirect")],
    ),
    (
        "spokesperson_for",
        "A spokesperson for the Liberal Democrats said the party would table a motion.",
        [
            (
                "spokesperson for the Liberal Democrats",
                "A spokesperson for the Liberal Democrats",
                "said",
                "asserts",
                "indirect",
            )
        ],
    ),
    (
        "experts_warned",
        "Economists warned that the plans would leave a £10bn hole in the public finances.",
        [("Economists", "Economists", "warned", "asserts", "indirect")],
    ),
    (
        "passive_with_agent",
        "The plan was criticized by Democrats as a giveaway to donors.",
        [("Democrats", "Democrats", "criticized", "characterizes", "indirect")],
    ),
    (
        "colon_after_a_speaker_in_a_headline",
        "Pat Caddell: Democrat voters are worried about the election\nThe poll was taken in May.",
        [("Pat Caddell", "Pat Caddell", ":", "asserts", "indirect")],
    ),
    (
        "colon_after_a_title_is_no_speaker",
        "The Inside Track: Mayor Ruiz says the bridge will reopen in May.\nThe vote is in June.",
        [("Mayor Ruiz", "Mayor Ruiz", "says", "asserts", "indirect")],
    ),
    (
        "colon_after_a_speaker_label_in_capitals",
        "THE CHAIR: The bridge will reopen in May.",
        [("CHAIR", "THE CHAIR", ":", "asserts", "indirect")],
    ),
    (
        "two_apostrophes_as_quotation_marks",
        "Barack Obama opened the museum on Saturday. ''A museum alone will not end poverty,'' he "
        "said.",
        [("Barack Obama", "he", "said", "asserts", "direct")],
    ),
    (
        "progressive_cue",
        "Hale is calling for a vote to choose a new coach.",
        [("Hale", "Hale", "is calling for", "asserts", "indirect")],
    ),
    (
        "quantity_of_sources",
        "A number of other members of the board echo her worries.",
        [
            (
                "number of other members of the board",
                "A number of other members of the board",
                "echo",
                "asserts",
                "indirect",
            )
        ],
    ),
    (
        "participle_opening_the_sentence",
        "Claiming the complaints are meant to sway the referees, Hale told CNN that they "
        "were rigging the game.",
        [
            ("Hale", "Hale", "Claiming", "asserts", "indirect"),
            ("Hale", "Hale", "told CNN", "asserts", "indirect"),
        ],
    ),
    (
        "several_asides_after_the_name",
        "Reed, 61, who has chaired the town council for years, told reporters it was fine.",
        [
            (
                "Reed",
                "Reed, 61, who has chaired the town council for years",
                "told reporters",
                "asserts",
                "indirect",
            )
        ],
    ),
    (
        "quotation_ends_the_sentence_before",
        "“Why isn’t the bridge open yet?” Hale demanded.",
        [("Hale", "Hale", "demanded", "asserts", "direct")],
    ),
    (
        "as_a_memo_put_it",
        'The only rule is a "clean record at work," as a Westford council memo put it.',
        [
            (
                "Westford council memo",
                "a Westford council memo",
                "put it",
                "characterizes",
                "partial",
            )
        ],
    ),
    (
        "noun_cue_with_a_possessor",
        "Trump’s claim that the vote was rigged drew criticism.",
        [("Trump", "Trump’s", "claim", "asserts", "indirect")],
    ),
    (
        "inverted_cue_before_a_colon",
        "Critics doubt the plan. Said Reed: “I don’t think he is ready for it.”",
        [
            ("Critics", "Critics", "doubt", "asserts", "indirect"),
            ("Reed", "Reed", "Said", "asserts", "direct"),
        ],
    ),
    (
        "list_of_sources",
        "Britain, France and Germany said the deal was dead.",
        [
            (
                "Britain, France and Germany",
                "Britain, France and Germany",
                "said",
                "asserts",
                "indirect",
            )
        ],
    ),
    (
        "parenthetical_said",
        "Barack Obama opened the museum. African-Americans, he said, can rock like Jimi.",
        [("Barack Obama", "he", "said", "asserts", "indirect")],
    ),
    (
        "contracted_auxiliary",
        "Though he’s heralded a plan to tax second homes, critics doubt it. Hale said so.",
        [
            ("he", "he", "’s heralded", "characterizes", "indirect"),
            ("critics", "critics", "doubt", "asserts", "indirect"),
            ("Hale", "Hale", "said", "asserts", "indirect"),
        ],
    ),
    (
        "relative_pronoun_between_dashes",
        "Maria Lopez — who’s called for higher fees on big stores — lambasted the plan.",
        [("Maria Lopez", "who", "’s called for", "asserts", "indirect")],
    ),
    (
        "evidence_with_a_participle_after_it",
        "A Westford Audit Office report released last month found that the club could not pay.",
        [
            (
                "Westford Audit Office report",
                "A Westford Audit Office report",
                "found",
                "asserts",
                "indirect",
            )
        ],
    ),
    (
        "inverted_said_descriptor_with_postmodifier",
        "“The talks are going nowhere,” said one senior diplomat at the embassy.",
        [
            (
                "senior diplomat at the embassy",
                "one senior diplomat at the embassy",
                "said",
                "asserts",
                "direct",
            )
        ],
    ),
    (
        "inverted_said_number_descriptor",
        "“Never again,” said 9/11 responder Tom Hale.",
        [("9/11 responder Tom Hale", "9/11 responder Tom Hale", "said", "asserts", "direct")],
    ),
    (
        "yells_after_quotation",
        "“Stay in the car!” the officer yells.",
        [("officer", "the officer", "yells", "asserts", "direct")],
    ),
    (
        "document_reads",
        "“The council has failed this city,” the editorial reads.",
        [("editorial", "the editorial", "reads", "asserts", "direct")],
    ),
    (
        "crowd_chanted",
        "“No more cuts,” the crowd chanted.",
        [("crowd", "the crowd", "chanted", "asserts", "direct")],
    ),
    (
        "pleads_for_relative_noun",
        "His widow pleads for an inquiry.",
        [("widow", "His widow", "pleads for", "asserts", "indirect")],
    ),
    (
        "decided_against",
        "The justice department decided against bringing charges.",
        [
            (
                "justice department",
                "The justice department",
                "decided against",
                "asserts",
                "indirect",
            )
        ],
    ),
    (
        "adverb_later_joins_the_cue",
        "The senator later wrote that the vote had been rigged.",
        [("senator", "The senator", "later wrote", "asserts", "indirect")],
    ),
    (
        "time_phrase_between_subject_and_cue",
        "Shell just this week announced that it would sell the unit.",
        [("Shell", "Shell", "announced", "asserts", "indirect")],
    ),
    (
        "source_with_coordinated_prepositional_objects",
        "Experts on trade and farm policy said the tariffs would hurt growers.",
        [
            (
                "Experts on trade and farm policy",
                "Experts on trade and farm policy",
                "said",
                "asserts",
                "indirect",
            )
        ],
    ),
    (
        "opening_adverbs_are_no_source",
        "Recently, however, the union has softened its stance, saying a deal is close.",
        [("union", "the union", "saying", "asserts", "indirect")],
    ),
    (
        "opening_participle_is_no_source",
        "Stung by the result, the mayor changed course, promising a review.",
        [("mayor", "the mayor", "promising", "asserts", "indirect")],
    ),
    (
        "support_as_a_verb",
        "Farmers support the new subsidy scheme.",
        [("Farmers", "Farmers", "support", "asserts", "indirect")],
    ),
    (
        "mocks_headline_verb",
        "Trump mocks the senator over his record.",
        [("Trump", "Trump", "mocks", "characterizes", "indirect")],
    ),
    (
        "boasts_that",
        "The minister boasts that inflation has fallen.",
        [("minister", "The minister", "boasts", "asserts", "indirect")],
    ),
    (
        "rails_against",
        "The governor rails against the tax in every speech.",
        [("governor", "The governor", "rails against", "characterizes", "indirect")],
    ),
    (
        "participle_after_a_closed_quotation",
        "The mayor has praised the deal as “historic,” telling reporters it would save jobs.",
        [
            ("mayor", "The mayor", "has praised", "characterizes", "partial"),
            ("mayor", "The mayor", "telling reporters", "asserts", "indirect"),
        ],
    ),
    (
        "dateline_is_no_source",
        "LONDON (Reuters) — The minister has changed course on the plan, saying it would fail.",
        [("minister", "The minister", "saying", "asserts", "indirect")],
    ),
    (
        "second_verb_of_a_relative_clause",
        "Protesters, who have marched through the city and called for the tapes to be released, "
        "met the mayor.",
        [("Protesters", "who", "called for", "asserts", "indirect")],
    ),
    (
        "it_shows_evidence_pronoun",
        "The footage was released on Monday. It shows an officer firing twice.",
        [("It", "It", "shows", "asserts", "indirect")],
    ),
    (
        "connective_aside_between_auxiliary_and_cue",
        "A survey of teachers has, however, revealed that most oppose the plan.",
        [
            (
                "survey of teachers",
                "A survey of teachers",
                "revealed",
                "asserts",
                "indirect",
            )
        ],
    ),
    (
        "opening_participle_ending_on_a_quotation",
        "Conceding that a deal was possible “down the line” she warned: “Not soon.”",
        [
            ("she", "she", "Conceding", "asserts", "partial"),
            ("she", "she", "warned", "asserts", "direct"),
        ],
    ),
    (
        "fraction_as_source",
        "Less than a third agreed with Acme’s new fee.",
        [("third", "a third", "agreed with", "asserts", "indirect")],
    ),
    (
        "critical_of_then_participle",
        "The senator was also critical of the plan, telling reporters it would fail.",
        [
            ("senator", "The senator", "critical", "characterizes", "indirect"),
            ("senator", "The senator", "telling reporters", "asserts", "indirect"),
        ],
    ),
    (
        "straight_quotation_closed_by_a_curly_mark",
        '"The budget is a fraud,” said Anna Weiss, a professor of economics at Yale.',
        [
            (
                "Anna Weiss",
                "Anna Weiss",
                "said",
                "asserts",
                "direct",
            )
        ],
    ),
    (
        "colon_cue_then_unquoted_transcript_paragraph",
        "The senator added:\nIt is a disgrace. She knows nothing about the border.",
        [("senator", "The senator", "added", "asserts", "indirect")],
    ),
    (
        "pronoun_refers_to_the_subject_of_the_sentence_before",
        "Senator Ann Lee met donors on Monday.\nSenator Tom Reyes said the plan was sound.\n"
        "On the eve of the vote, Lee softened her tone. “We can work together,” she said.",
        [
            ("Tom Reyes", "Senator Tom Reyes", "said", "asserts", "indirect"),
            ("Ann Lee", "she", "said", "asserts", "direct"),
        ],
    ),
    (
        "took_a_swipe_at",
        "The governor took a swipe at the senator over the budget.",
        [("governor", "The governor", "took a swipe at", "characterizes", "indirect")],
    ),
    (
        "threw_its_weight_behind",
        "The union threw its weight behind the mayor on Tuesday.",
        [("union", "The union", "threw its weight behind", "asserts", "indirect")],
    ),
    (
        "quotation_told_before_its_source_after_another_cue",
        "The statement referenced the vote: “Our members have spoken,” the union wrote.",
        [
            ("statement", "The statement", "referenced", "asserts", "indirect"),
            ("union", "the union", "wrote", "asserts", "direct"),
        ],
    ),
    (
        "belief_verb_agree",
        "Most economists agree that the tariffs will raise prices.",
        [("economists", "Most economists", "agree", "asserts", "indirect")],
    ),
    (
        "bragged_that",
        "The mayor bragged that crime had fallen.",
        [("mayor", "The mayor", "bragged", "asserts", "indirect")],
    ),
    (
        "intention_in_the_progressive",
        "The governor is planning to veto the bill.",
        [("governor", "The governor", "is planning", "asserts", "indirect")],
    ),
    (
        "straight_quotation_holding_curly_quotes",
        'The pollster continued:\n"Voters were asked: “Do you trust her?” Most said no."',
        [
            (
                "pollster",
                "The pollster",
                "continued",
                "asserts",
                "direct",
            )
        ],
    ),
]

# The outlet's own voice: nothing here is attributed.
OUTLET_VOICE = [
    ("so_called", "The so-called peace plan was published on Monday."),
    ("colon_title", "A Note From Home: the bridge will reopen in May."),
    ("noun_claims", "There were claims of fighters capturing a town."),
    ("reported_adjective", "Troops spent a second day fighting the reported incursion."),
    ("asked_opening", "Asked about the plan, the minister walked away."),
    ("that_said_alone", "That said, the vote will be close in both chambers."),
    ("possessive_calls", "Moscow continues to reject Zelenskyy’s calls for a ceasefire."),
    ("video_showed", "A video posted by the group showed a tank on fire."),
    ("we_know", "We know that he has been given a range of military options."),
    ("stoked_fears", "The conflict has stoked fears in Moscow that it could lose an ally."),
    ("group_called", "A militia group called the Legion crossed the border on Monday."),
    ("quote_words_masked", "The minister’s “as you know” moment went viral."),
    ("appears_hedge", "The strategy appears to be regime change from within."),
    ("passive_seen", "Steve Bannon was seen entering the White House on Thursday."),
    ("ordered_not_cue", "President Lai Ching-te on Thursday ordered units to step up patrols."),
    ("called_a_meeting", "The club called an urgent meeting to discuss the fire."),
    ("participle_after_a_bare_noun", "Lawsuits seeking information have piled up in court."),
    ("shouted_section_label", "DOUBTFUL SAFETY CLAIMS — For years, Acme has faced questions."),
    ("gerund_after_for", "Dean was criticized for suggesting drug use."),
    ("gerund_subject", "Fighting continued overnight in the east of the country."),
    ("participle_called_by", "The strike called by the union closed schools across the region."),
    ("book_titled", "Her book, titled A Promised Land, sold a million copies."),
    ("noun_decision_alone", "The decision to close the plant was taken in 2021."),
    ("expected_talks_aside", "The minister, who resigned in 2019, returned to the cabinet."),
    ("percent_support_noun", "The premier currently sits at 30 percent support in the polls."),
    ("support_noun_before_was", "Labour support was strongest in the cities."),
    ("pledge_noun", "The pledge to cut taxes was dropped in the spring."),
    ("weighed_in_at", "The rock weighed in at two tons."),
    ("talking_about_idiom", "The crowd laughed at what the senator was talking about."),
    ("yelled_without_quotation", "Fans yelled at the referee after the final whistle."),
    ("read_without_quotation", "The senator read the report on the flight home."),
]


_LEFT_OUT = UNVOUCHED_ACTS | {"aside"}


def _claims(text: str) -> list[Claim]:
    """The rules' attributions: claims, and hopes, requests, plans and questions (others).

    Which of them are claims is tested in test_not_claims.py; learned cues, asides (cues inside
    another claim's source), bare speech acts (a cue with no words given), views and questions
    held or put by no one named ("is seen as", "when asked about"), tested in
    test_recall_forms.py, are left out here.
    """
    found = []
    for story in analyze(text).stories:
        found += story.claims + [c for c in story.others if c.act not in _LEFT_OUT]
    return sorted(found, key=lambda c: c.cue_span or c.content_span)


def _row(c: Claim) -> tuple[str | None, str | None, str, str]:
    return (c.source, c.source_text, c.stance, c.quote)


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_claims_of_news_paragraphs(text: str, expected: list[Expected]) -> None:
    found = _claims(text)
    assert [_row(c) for c in found] == [(e[0], e[1], e[3], e[4]) for e in expected]
    for claim, exp in zip(found, expected, strict=True):
        assert (claim.cue is None) == (exp[2] is None)
        if exp[2] is not None:
            assert claim.cue is not None and exp[2].lower() in claim.cue.lower()


@pytest.mark.parametrize("text", [c[1] for c in OUTLET_VOICE], ids=[c[0] for c in OUTLET_VOICE])
def test_outlet_voice_is_not_a_claim(text: str) -> None:
    assert _claims(text) == []


def _acts(text: str) -> list[tuple[str | None, str]]:
    """(cue, act) of every attribution found, claims and others, in text order."""
    story = analyze(text).stories[0]
    found = sorted(story.claims + story.others, key=lambda c: c.cue_span or (0, 0))
    return [(c.cue, c.act) for c in found]


def test_a_claim_in_the_words_of_a_conditional_or_question_is_part_of_it() -> None:
    """A cue in the words of "says if ..." or "asked whether ..." asserts nothing of its own."""
    assert _acts("The mayor says if residents believe the plan will fail, they should object.") == [
        ("says", "question")
    ]
    assert _acts("Councillor Diaz asked whether voters think the levy is fair.") == [
        ("asked", "question")
    ]
    # control: the same claim outside the question is still found
    assert ("think", "claim") in _acts(
        "Councillor Diaz asked about the levy. Voters think it fair."
    )


def test_a_hope_in_the_words_of_a_sourceless_cue_is_part_of_it() -> None:
    assert _acts("It is reported that the harbour chief wants to retire.") == [
        ("reported", "learned")
    ]
    # control: the hope on its own is still found
    assert _acts("The harbour chief wants to retire.") == [("wants", "hope")]


def test_a_claim_whose_speaker_opens_a_learned_cue_s_words_is_part_of_it() -> None:
    """A learned "has since said she would support ..." reports her support: the inner
    cue is no claim of its own; a claim further inside the words is still one."""
    assert _acts("The mayor has since said she would support a fare increase.") == [
        ("said", "learned")
    ]
    # control: a claim whose speaker does not open the learned cue's words is still found
    assert ("say", "claim") in _acts(
        "The mayor has since said the budget, which auditors say is short, will pass."
    )


def test_others_in_a_colon_cue_s_words_running_over_sentences_are_part_of_it() -> None:
    """A transcript line's words run on to the end of the paragraph: a hope in a later sentence
    is the speaker's words, not an attribution of its own; a claim there is still kept."""
    assert _acts("OKAFOR: Our neighbours are tired. They hope the council listens.") == [
        (":", "claim")
    ]
    assert _acts("OKAFOR: They want quiet roads. They want wider paths. The mayor said no.") == [
        (":", "claim"),
        ("said", "claim"),
    ]
    # control: the same hope with no colon line above it is still found
    assert _acts("Our neighbours are tired. They hope the council listens.") == [("hope", "hope")]


def test_a_shouted_cue_is_kept_out_by_the_matcher() -> None:
    """A label in capitals ("DOCTORS SAY ACME FAILED —") makes no claim: the cue matcher never
    matches a word in all capitals (a phrase's first word must be as listed or capitalised), so
    no cue of the lexicon or the learned model can open with one."""
    from questions.cues import CUES, PhraseMatcher
    from questions.learned import cue_model

    text = "DOCTORS SAY ACME FAILED. Doctors say so. Say it again."
    found = PhraseMatcher(["say"]).finditer(text, 0, len(text))
    assert [m.group() for m in found] == ["say", "Say"]
    model = cue_model()
    for phrase in list(CUES) + sorted(model.vocab if model else ()):
        first = phrase.split()[0]
        assert any(ch.islower() for ch in first.capitalize()), phrase


def test_spans_point_at_their_strings() -> None:
    text = "\n".join(c[1] for c in CASES)
    for claim in _claims(text):
        assert text[slice(*claim.content_span)] == claim.content
        assert text[slice(*claim.sentence_span)] == claim.sentence
        if claim.source_span:
            assert text[slice(*claim.source_span)] == claim.source_text
        if claim.cue_span:
            assert text[slice(*claim.cue_span)] == claim.cue


def test_cue_span_stays_on_the_cue_words() -> None:
    text = "“It is over,” Mr Peskov said in an interview at the Constantine Palace."
    (claim,) = _claims(text)
    assert claim.cue == "said in an interview"
    assert claim.channel == "an interview"
    assert claim.content == "“It is over,”"


def test_channel_twitter() -> None:
    (claim,) = _claims("It said on Twitter it had “completely liberated” the town.")
    assert claim.channel == "Twitter"
    assert claim.quote == "partial"


def test_find_claims_on_a_hand_built_story() -> None:
    """The stage runs on any StoryAnalysis, without the rest of the pipeline."""
    from questions.attribution import find_claims

    text = "Russia says 70 attackers were killed.\nKyiv denied any involvement."
    sentences = []
    start = 0
    for number, line in enumerate(text.split("\n"), 1):
        sentences.append(Sentence(number, (start, start + len(line)), line))
        start += len(line) + 1
    story = StoryAnalysis(0, 1, 2, "", (0, len(text)), sentences=sentences)
    claims = find_claims(text, story)
    assert [(c.source, c.stance, c.line) for c in claims] == [
        ("Russia", "asserts", 1),
        ("Kyiv", "denies", 2),
    ]


@pytest.mark.xfail(reason="attribution by a prepositional phrase with no cue verb is not read")
def test_known_gap_message_conveyed_through() -> None:
    text = "In a message conveyed through his press secretary, he is giving diplomacy two weeks."
    assert [c.cue for c in _claims(text)] == ["In a message conveyed through"]


@pytest.mark.xfail(
    reason="a source named only inside a passive 'Asked ...' clause is not a claim yet"
)
def test_known_gap_asked_without_source() -> None:
    text = "Asked to describe the device, the commissioner declined."
    assert any(c.cue == "Asked" for c in _claims(text))


# A place or occasion after the cue (and its addressee) is where it was said, not what was said:
# the content is the "that" clause after it, or the quotation before the source.
PLACE_AFTER_CUE = [
    (
        "“We will not back down,” she told reporters outside the gates.",
        "“We will not back down,”",
    ),
    (
        "“We will not back down,” she told reporters outside the gates on Friday.",
        "“We will not back down,”",
    ),
    (
        "The mayor told reporters in Geneva on Monday that the talks had failed.",
        "the talks had failed",
    ),
    (
        "Senator Ruth Calloway told a rally in Ohio that the tariffs would be lifted.",
        "the tariffs would be lifted",
    ),
    ("“The tariffs will go,” Calloway told a rally in Ohio.", "“The tariffs will go,”"),
    (
        "The minister said at a news conference in Tirana that the border would reopen.",
        "the border would reopen",
    ),
    (
        "The minister said on Tuesday at a press briefing that prices would fall.",
        "prices would fall",
    ),
    (
        "Governor Lena Marsh told supporters at a rally in Dover that she would win.",
        "she would win",
    ),
    ("The mayor told the committee that the budget was balanced.", "the budget was balanced"),
    ("“It is over,” the coach told the team after the match.", "“It is over,”"),
    (
        "The envoy told the Security Council in New York that the ceasefire was holding.",
        "the ceasefire was holding",
    ),
    (
        "Senator Bo Lind said in Marston, Vermont, that he was hoping for rain.",
        "he was hoping for rain",
    ),
    (
        "Ms Ortiz said at a town hall, “Nobody in this room will pay more tax.”",
        "“Nobody in this room will pay more tax.”",
    ),
    (
        "“The plan is dead,” Ortiz said at a town hall, “and everybody knows it.”",
        "“The plan is dead,”",
    ),
]


@pytest.mark.parametrize(("text", "content"), PLACE_AFTER_CUE)
def test_place_after_the_cue_is_not_the_content(text: str, content: str) -> None:
    assert [c.content for c in _claims(text)][:1] == [content]


def test_place_after_the_cue_with_nothing_said_is_no_claim() -> None:
    assert _claims("The mayor told reporters outside the town hall.") == []
    assert _claims("On Friday, the senator told a joke at the county fair.") == []


def test_relative_that_after_a_place_is_not_the_content() -> None:
    # "a film that showed ...": a relative clause, so the quotation stays the content
    (claim, *_) = _claims("“It is like new,” Mr Vance said in a film that showed the hangar.")
    assert claim.content == "“It is like new,”"


def test_complement_phrase_keeps_its_content() -> None:
    # "agrees with", "declined to comment on": the phrase is what the cue is about
    (claim,) = _claims("A hospital spokeswoman declined to comment on the report.")
    assert claim.content != ""
    assert "the report" in claim.content or claim.content == "declined to comment"


# A source is a whole noun phrase, whatever follows its head: never the place inside it.
WHOLE_SOURCES = [
    (
        "Villagers near the border said the soldiers had burned three houses.",
        "Villagers near the border",
    ),
    ("Fishermen outside the harbour said the ferry had sunk.", "Fishermen outside the harbour"),
    ("Residents of the town said the water had been cut off for a week.", "Residents of the town"),
    (
        "Officials at the ministry said the contract had been cancelled.",
        "Officials at the ministry",
    ),
    (
        "A spokesman for the airline said the flight was delayed by a storm.",
        "A spokesman for the airline",
    ),
    ("Farmers in the valley said the drought had ruined their crops.", "Farmers in the valley"),
    (
        "Neighbours of the family said the boy had been missing since June.",
        "Neighbours of the family",
    ),
]


@pytest.mark.parametrize(("text", "source"), WHOLE_SOURCES)
def test_source_is_the_whole_noun_phrase(text: str, source: str) -> None:
    (claim,) = _claims(text)
    assert claim.source_text == source


def test_relative_clause_content_ends_before_the_next_item_of_a_list() -> None:
    text = (
        "Voters may ask whether candidates like Ms Ortiz, who claimed that the river was "
        "poisoned, and Tom Berg, who said the mill should close, are ready."
    )
    (ortiz, *_) = [c for c in _claims(text) if c.source == "Ortiz"]
    assert ortiz.content == "the river was poisoned"


def test_phrase_matcher_finds_whole_words_at_their_places() -> None:
    """Each first word is found where it stands as a whole word, never inside another word,
    nor in a word cut by the segment's start; its segment's word list is reused by later
    matchers (cues, hedges) and must not depend on the text around the segment."""
    from questions.cues import PhraseMatcher

    matcher = PhraseMatcher(["said", "according to", "told"])
    text = "Unsaid, Ann said: according to Tom, toldness told; said according"
    got = [(m.group(), m.start()) for m in matcher.finditer(text, 0, len(text))]
    assert got == [
        ("said", 12),
        ("according to", 18),
        ("told", 45),
        ("said", 51),
    ]  # "according" at the very end opens no phrase
    # a segment starting inside "Unsaid" does not read its tail "said" as a word
    assert [m.start() for m in matcher.finditer(text, 2, 20)] == [12]
    # the same words in another text, with a word character just before the segment
    other = "xsaid, Ann said"
    assert [m.start() for m in matcher.finditer(other, 1, len(other))] == [11]
    assert [m.start() for m in matcher.finditer(" " + other[1:], 1, len(other))] == [1, 11]
    # a word cut by the segment's end is still a word there (the segment ends the text)
    assert [m.group() for m in matcher.finditer("Tom told", 0, 7)] == []
    assert [m.group() for m in matcher.finditer("Tom saidx", 0, 8)] == ["said"]


def test_name_regexes_match_as_their_lookbehind_first_forms() -> None:
    """The name regexes put their capital before the look-behind (faster); they must match
    exactly what the plain forms match, at a string's start, after a hyphen or apostrophe,
    and from a position inside a text."""
    import re

    from questions.cues import _NAME_RUN_RE, THE_ROLE_RE
    from questions.names import PERSON_NAME_RE

    plain = {
        PERSON_NAME_RE: r"(?<![\w’'-])" + PERSON_NAME_RE.pattern.replace(r"(?<![\w’'-][A-Z])", ""),
        _NAME_RUN_RE: r"(?<![\w’'-])" + _NAME_RUN_RE.pattern.replace(r"(?<![\w’'-][A-Z])", ""),
        THE_ROLE_RE: r"\b" + THE_ROLE_RE.pattern.replace(r"(?<!\w[Tt])", ""),
    }
    texts = [
        "Ann Reed said the mayor of Acme, Tom Hale, and The Governor Sam Ode met.",
        "x-Ann Reed, o'Tom Hale and AnnReed Tom Hale; theThe mayor. Other mayor Jo Ng",
        "The spokesman Ivo Lund, Mr. Ed Cole, Sen. Ada Marsh (D-Ore.) and Jo-Ann Bay.",
    ]
    for fast, pattern in plain.items():
        slow = re.compile(pattern)
        assert slow.pattern != fast.pattern
        for text in texts:
            for pos in range(0, len(text), 3):
                got = [m.span() for m in fast.finditer(text, pos)]
                assert got == [m.span() for m in slow.finditer(text, pos)]
                m1, m2 = fast.match(text, pos), slow.match(text, pos)
                assert (m1 and m1.span()) == (m2 and m2.span())


def test_word_before_a_name_is_what_the_regex_finds() -> None:
    """``_word_before`` reads the title word before a name without a regex search; it must
    find what ``_WORD_BEFORE_RE`` finds, and where."""
    from questions.cues import _WORD_BEFORE_RE, _word_before

    cases = [
        "said Gov. ",
        "the spokeswoman  ",
        "Sen.\u00a0",
        "by Dr ",
        "x-ray ",
        "Acme’s chief ",
        "chief",
        "Gov . ",
        "2020 ",
        "Mayor.. ",
        "a Président ",
        "",
        "  ",
        "deputy\n",
    ]
    for before in cases:
        m = _WORD_BEFORE_RE.search(before)
        expected = (m.group(1), m.start(1)) if m else ("", 0)
        assert _word_before(before) == expected, before


def test_token_regex_reads_states_as_without_its_capital_lookahead() -> None:
    """TOKEN_RE's state branch opens with a look-ahead for a capital (faster); the tokens must
    be those of the plain pattern, states and look-alikes included."""
    import re

    from questions.sources import TOKEN_RE

    plain = re.compile(TOKEN_RE.pattern.replace("(?=[A-Z])", "", 1))
    assert plain.pattern != TOKEN_RE.pattern
    text = (
        "Ann Reed of Helena, Mont., said; Tom Hale (D-Calif.) and la. Ala.x Ga. Pa.-based"
        " x-Tex. o'Ore. \x01\x01 U.S. Gov. Ed Cole met wis. officials in Va."
    )
    for pos in range(0, len(text), 2):
        assert [m.span() for m in TOKEN_RE.finditer(text, pos)] == [
            m.span() for m in plain.finditer(text, pos)
        ]


def test_word_runs_are_those_of_the_lookbehind_regex_at_every_cut() -> None:
    """``_runs`` scans without ``_RUN``'s look-behind (faster) and drops a first run that is the
    tail of a word the segment cuts: the words must be ``_RUN.findall``'s for every segment."""
    from questions.cues import _RUN, _RUN_MARKS, _runs

    text = (
        "Ann Reed's well-known o'clock talk__x: Tom Hale’s 42-year-old \x01\x01 co-op -- 'Acme' x"
    )
    for start in range(len(text) + 1):
        before = start > 0 and (text[start - 1].isalnum() or text[start - 1] in _RUN_MARKS)
        for end in range(start, len(text) + 1, 3):
            assert _runs(text, start, end, before) == _RUN.findall(text, start, end), (start, end)
