"""Failures a teacher-reader met in fresh wire stories (issue 7, helper f5), on invented stories
of the same forms.

1. A spaced ellipsis (". . .") is never three "." options of spot_the_cue: bare punctuation is
   kept with the word before it.
2. "It continued: …" after a person's words is the document, never the person: with a person as
   the only antecedent (even a bare surname, shown a person by "X, a detective with …"), no
   question names a person for "it".
3. spot_the_cue keys the channel said right after the cue ("said in an interview"): the
   question asks who and how.
4. Banter ("joked", "shot back with a laugh") is no claim.
5. A confidence about what is to come ("was confident that X would …") is no claim.
6. A source who spoke to a named outlet ("told the Associated Press") is never asked with "A
   news agency" as a wrong kind of source.
7. A figure the outlet states itself ("As we reported earlier", or the same "1.2 million" in its
   own voice) is not asked as a data site's claim; a statement whose subject is a bare kinship
   definite ("The father has given …") is not asked.
"""

from __future__ import annotations

from questions import analyze
from questions.generate.kinds.fact_or_claim import bare_role_subject
from questions.generate.kinds.spot_the_cue import word_spans
from questions.generate.registry import KINDS, Context
from questions.model import Question


def _built(text: str, kind: str) -> list[Question]:
    """What one kind builds from a text's first story, before shares and thinning."""
    analysis = analyze(text)
    return KINDS[kind].build(Context(analysis, analysis.stories[0]))


def _keyed(q: Question) -> list[str]:
    assert isinstance(q.answer, tuple)
    return [q.options[i] for i in q.answer]


CHARGE = (
    "Shop worker charged after store fight.\n\n"
    "A grocery clerk in Lakeview was charged on Wednesday after a fight with a "
    "customer last week.\n\n"
    "Leo Tran, 27, faces one count of assault. He was released without bail.\n\n"
    "The charge is laid out in a complaint signed by Abara, a detective with the "
    "Lakeview Police Department.\n\n"
    '"Tran . . . threw a chair at the customer, striking her on the arm," Abara wrote'
    ' in the complaint. It continued: "There is probable cause to charge Leo Tran . .'
    ' . with one count of assault."\n\n'
    "The store has declined to comment.\n"
)

FERRY = (
    "Ferry service cut for winter.\n\n"
    "Velto Ferries will run fewer boats between the islands from November.\n\n"
    'The company blamed rising fuel costs for the change. It said: "We cannot keep '
    'every crossing going while fuel costs this much."\n\n'
    "About 900 people use the ferries each day.\n"
)

FOOD_BANK = (
    "Charity's books under review.\n\n"
    "Auditors are examining the accounts of the Riverside Food Bank after a donor "
    "raised questions.\n\n"
    "Greta Hall, the food bank's treasurer, said in an interview on Thursday that no "
    "money was missing from the accounts.\n\n"
    "The food bank feeds about 400 families each week.\n"
)

FOOD_BANK_PLAIN = (
    "Charity's books under review.\n\n"
    "Auditors are examining the accounts of the Riverside Food Bank after a donor "
    "raised questions.\n\n"
    "Greta Hall, the food bank's treasurer, said on Thursday that no money was "
    "missing from the accounts.\n\n"
    "The food bank feeds about 400 families each week.\n"
)

PUMPKINS = (
    "Old rivals share a bench at the county fair.\n\n"
    "Two retired farmers spent Saturday at the county fair judging the pumpkin contest.\n\n"
    "Walt Hollis, 80, and Gene Marsh, 78, have argued about pumpkins for forty years.\n\n"
    '"His pumpkins are grown with store-bought fertilizer and nothing else," Hollis '
    "joked as the judges walked past.\n\n"
    '"Walt has never grown a pumpkin bigger than a softball," Marsh shot back with a laugh.\n\n'
    "The winning pumpkin weighed 612 pounds.\n"
)

PUMPKINS_PLAIN = (
    "Old rivals share a bench at the county fair.\n\n"
    "Two retired farmers spent Saturday at the county fair judging the pumpkin contest.\n\n"
    "Walt Hollis, 80, and Gene Marsh, 78, have argued about pumpkins for forty years.\n\n"
    '"His pumpkins are grown with store-bought fertilizer and nothing else," Hollis '
    "said as the judges walked past.\n\n"
    '"Walt has never grown a pumpkin bigger than a softball," Marsh replied.\n\n'
    "The winning pumpkin weighed 612 pounds.\n"
)

LIBRARY = (
    "Council split over new library site.\n\n"
    "Councilwoman Rita Ocampo said on Tuesday that she met Mayor Dan Kessler about "
    'the library plan and that the vote was "close to even."\n\n'
    "Ms. Ocampo, who chairs the budget committee, said she was confident that Mr. "
    'Kessler would "find a way forward."\n\n'
    "The old library on Pine Street closed in January after a pipe burst in its basement.\n\n"
    "Councilman Omar Reyes said the new site would cost the city less than repairing "
    "the old building.\n\n"
    "About 1,200 people visited the old library each week.\n"
)

RENTS = (
    "Rising rents could decide the city race.\n\n"
    "Rents in the city have climbed faster this year than in any year since 2010, "
    "which could shape the race for mayor.\n\n"
    "Average rent for a two-bedroom flat reached $2,100 in June.\n\n"
    '"Housing is the issue voters feel every single month," urban economist Tariq '
    'Bell told the Associated Press on Friday. "Candidates who ignore it will lose."\n'
)

RENTS_FORUM = (
    "Rising rents could decide the city race.\n\n"
    "Rents in the city have climbed faster this year than in any year since 2010, "
    "which could shape the race for mayor.\n\n"
    "Average rent for a two-bedroom flat reached $2,100 in June.\n\n"
    '"Housing is the issue voters feel every single month," urban economist Tariq '
    'Bell said at a forum on Friday. "Candidates who ignore it will lose."\n'
)

PLAYBOOK_ASIDE = (
    "Reyes keeps the same playbook.\n\n"
    "Luis Reyes won the party's nomination in April. He is now running the same race "
    "in the fall.\n\n"
    "Reyes won the nomination by promising to cut the sales tax and by attacking his "
    "four rivals.\n\n"
    "Almost 800,000 people voted for him in the primary, far more than anyone else.\n\n"
    '"I won by being myself," Reyes told supporters on Friday.\n\n'
    "As we reported earlier, Reyes won almost 800,000 votes in the primary, or "
    "790,412 to be exact, according to VoteTally.\n\n"
    "The general election is on Nov. 5.\n"
)

PLAYBOOK_ECHO = (
    "Reyes keeps the same playbook.\n\n"
    "Luis Reyes won the party's nomination in April. He is now running the same race "
    "in the fall.\n\n"
    "Reyes won the nomination by promising to cut the sales tax and by attacking his "
    "four rivals.\n\n"
    "Almost 1.2 million people voted for him in the primary, far more than anyone else.\n\n"
    '"I won by being myself," Reyes told supporters on Friday.\n\n'
    "Reyes won almost 1.2 million votes in the primary, or 1.19 million to be exact, "
    "according to VoteTally.\n\n"
    "The general election is on Nov. 5.\n"
)

PLAYBOOK_NO_ECHO = (
    "Reyes keeps the same playbook.\n\n"
    "Luis Reyes won the party's nomination in April. He is now running the same race "
    "in the fall.\n\n"
    "Reyes won the nomination by promising to cut the sales tax and by attacking his "
    "four rivals.\n\n"
    "Turnout in the primary was the highest in a decade.\n\n"
    '"I won by being myself," Reyes told supporters on Friday.\n\n'
    "Reyes won almost 1.2 million votes in the primary, or 1.19 million to be exact, "
    "according to VoteTally.\n\n"
    "The general election is on Nov. 5.\n"
)

GIFTS = (
    "Coach cannot name father's gifts to his youth league.\n\n"
    'Last month, Owen Pratt said his youth league had received "large sums" from his '
    "father, the builder Carl Pratt.\n\n"
    "Now Owen Pratt says he cannot point to a single gift.\n\n"
    "\"I'm sure there were some, but I don't keep a list,\" Owen Pratt wrote on Friday "
    "to The Courier.\n\n"
    "He made the remarks in answer to questions from The Courier - which has been "
    "looking for proof of his father's assertion that he had given new swings to "
    "every city park over the years.\n\n"
    "Since 2009, Carl Pratt has pledged the profits of two towers to charity. Those "
    "pledges add up to about $3 million.\n\n"
    "The league, set up in 2011, has raised about $2 million, mostly from raffles.\n\n"
    "The league runs 40 teams for children in the east side of the city.\n"
)


# 1. spaced ellipsis


def test_spaced_ellipsis_is_kept_with_the_word_before() -> None:
    text = "Tran . . . threw a chair . . . at the clerk"
    words = [text[a:b] for a, b in word_spans(text, 0)]
    assert words == ["Tran . . .", "threw", "a", "chair . . .", "at", "the", "clerk"]


def test_bare_punctuation_at_the_start_joins_the_next_word() -> None:
    text = "— and then it rained"
    assert [text[a:b] for a, b in word_spans(text, 0)] == ["— and", "then", "it", "rained"]


def test_plain_words_are_unchanged() -> None:  # control
    text = "Ann Reed said the plan, in short, would fail."
    assert [text[a:b] for a, b in word_spans(text, 0)] == text.split()


def test_no_option_is_bare_punctuation() -> None:
    qs = _built(CHARGE, "spot_the_cue")
    assert qs
    for q in qs:
        for option in q.options:
            assert any(ch.isalnum() for ch in option), q.options


# 2. "it" after a person's words


def test_it_after_a_bare_surname_shown_a_person_is_not_resolved() -> None:
    qs = _built(CHARGE, "spot_the_cue")
    assert not [q for q in qs if "It continued" in q.explanation], [q.explanation for q in qs]
    assert [q for q in qs if "Abara wrote" in q.explanation]  # control: her own words stay


def test_it_for_a_company_named_by_a_description_is_not_keyed() -> None:
    # round 9: "It said" is keyed only for a source the story names ("the company" is none)
    qs = [q for q in _built(FERRY, "spot_the_cue") if "It said" in q.explanation]
    assert not qs


# 3. the channel is part of the how


def test_channel_after_the_cue_is_keyed() -> None:
    qs = [q for q in _built(FOOD_BANK, "spot_the_cue") if "no money" in q.explanation]
    assert [_keyed(q) for q in qs] == [["Greta", "Hall,", "said", "in", "an", "interview"]]


def test_no_channel_keys_the_verb_only() -> None:  # control
    qs = [q for q in _built(FOOD_BANK_PLAIN, "spot_the_cue") if "no money" in q.explanation]
    assert [_keyed(q) for q in qs] == [["Greta", "Hall,", "said"]]


# 4. banter


def test_banter_is_no_claim() -> None:
    for kind in ("spot_the_cue", "fact_or_claim", "source_check"):
        for q in _built(PUMPKINS, kind):
            assert "pumpkin" not in q.prompt + q.explanation, (kind, q.explanation)


def test_plain_speech_is_still_a_claim() -> None:  # control
    qs = _built(PUMPKINS_PLAIN, "spot_the_cue")
    assert [q for q in qs if "Hollis said" in q.explanation]


# 5. confidence about the future


def test_confidence_about_the_future_is_no_claim() -> None:
    for kind in ("spot_the_cue", "fact_or_claim"):
        for q in _built(LIBRARY, kind):
            assert "confident" not in q.prompt + q.explanation, (kind, q.explanation)
    claims = [q for q in _built(LIBRARY, "fact_or_claim") if q.answer == 1]
    assert [q for q in claims if "new site would cost" in q.prompt]  # control


# 6. words given to an outlet


def _kind_question(text: str) -> Question:
    qs = [q for q in _built(text, "source_check") if q.prompt.startswith("What kind")]
    assert len(qs) == 1
    return qs[0]


def test_told_a_news_agency_offers_no_news_agency() -> None:
    q = _kind_question(RENTS)
    assert "A news agency" not in q.options
    assert q.options[q.answer] == "An independent expert"  # type: ignore[index]


def test_said_at_a_forum_still_offers_a_news_agency() -> None:  # control
    assert "A news agency" in _kind_question(RENTS_FORUM).options


# 7. the outlet's own figure; a bare kinship subject


def _claim_prompts(text: str) -> list[str]:
    return [q.prompt for q in _built(text, "fact_or_claim") if q.answer == 1]


def test_writer_aside_is_not_a_data_sites_claim() -> None:
    assert not [p for p in _claim_prompts(PLAYBOOK_ASIDE) if "votes" in p]


def test_figure_the_outlet_states_is_not_a_data_sites_claim() -> None:
    assert not [p for p in _claim_prompts(PLAYBOOK_ECHO) if "votes" in p]


def test_figure_the_outlet_does_not_state_is_still_a_claim() -> None:  # control
    assert [p for p in _claim_prompts(PLAYBOOK_NO_ECHO) if "1.2 million votes" in p]


def test_bare_kinship_subject_is_not_asked() -> None:
    assert not [p for p in _claim_prompts(GIFTS) if "father" in p.lower()]


def test_bare_role_subject() -> None:
    assert bare_role_subject("The father has given large amounts to city parks.")
    assert bare_role_subject("The official had not seen the letter.")
    assert not bare_role_subject("The father of the bride, Ted Ames, paid for the hall.")
    assert not bare_role_subject("The fathers' group met on Monday.")
    assert not bare_role_subject("The city has given large amounts to parks.")


# a source cut to a bare determiner ("According to an old copy of …")

SPONSORS = (
    "Golf charity's sponsor levels questioned.\n\n"
    "The Lakeside Golf Charity has held a tournament every spring since 2008.\n\n"
    "According to an archived copy of the charity's web page from 2012, "
    '"Gold Patron" was the top level of sponsorship that year.\n\n'
    "The charity gave $40,000 to the county hospital in 2015.\n\n"
    "The tournament drew 120 players last year.\n"
)


def test_source_cut_to_a_determiner_is_no_claim() -> None:
    assert not [p for p in _claim_prompts(SPONSORS) if "Gold Patron" in p]
