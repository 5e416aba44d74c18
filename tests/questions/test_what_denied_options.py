"""what_denied's wrong options: never what the denier says in the same sentence as the denial,
never a clause run on past a spaced dash (own-words stories)."""

from __future__ import annotations

from story_kit import answer, kinds_built, wrong_options

STORY = (
    "Harbour board shake-up in Velmar\n\n"
    "VELMAR, May 4 - Velmar's harbour board named a new chair on Thursday, the city said.\n\n"
    "Councillor Rita Olsen said the ferry fares would rise in June{dash}. Union leader Amal Berg"
    " said that dock workers could strike against the board.\n\n"
    "In a short interview, board member Tomas Reyes rejected the idea that the vote was a purge"
    " and said that the old chair was staying on as an adviser.\n"
)


def _what_denied(dash: str = "") -> list:
    return kinds_built(STORY.format(dash=dash), "what_denied")


def test_the_deniers_own_words_beside_the_denial_are_no_option() -> None:
    qs = _what_denied()
    assert qs, "the denial is asked"
    for q in qs:
        assert answer(q) == "That the vote was a purge"
        assert not [o for o in wrong_options(q) if "adviser" in o], q.options


def test_a_clause_run_on_past_a_dash_is_no_option() -> None:
    dash = " - the board then tried to calm the port with a pay offer"
    # (before the fix the run-on clause was offered; now the question has too few options)
    for q in _what_denied(dash):
        assert not [o for o in q.options if " - " in o], q.options


def test_other_sources_clauses_are_still_options() -> None:  # control
    qs = _what_denied()
    wrong = {o for q in qs for o in wrong_options(q)}
    assert wrong & {
        "That the ferry fares would rise in June",
        "That the fish market had lost half its stalls",
        "That the pier lights had been off for a month",
        "That dock workers could strike against the board",
    }
