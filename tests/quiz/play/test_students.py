"""Reading first, one address per question, feedback without leaks, the summary and progress."""

from __future__ import annotations

import re
from datetime import timedelta

import sqlalchemy as sa

from quiz.db import db, utcnow
from quiz.models import Answer, Attempt

SECRETS = ("these are the mayor", "no source is named", "the union is the source", "name the union")


def html(client, path: str) -> str:
    return client.get(path).get_data(as_text=True)


def shown(page: str) -> int | None:
    m = re.search(r'name="question_id" value="(\d+)"', page)
    return int(m.group(1)) if m else None


def answers(app) -> list[tuple[int, object]]:
    with app.app_context():
        rows = db.session.scalars(sa.select(Answer).order_by(Answer.id))
        return [(a.question_id, a.choice) for a in rows]


def test_a_quiz_opens_with_the_story_cleanly_set(make_quiz, student):
    quiz = make_quiz()
    response = student.get(f"/play/{quiz.assignment}")
    assert response.headers["Location"] == f"/play/{quiz.assignment}/read"
    page = html(student, f"/play/{quiz.assignment}/read")
    assert "Mayor Ann Lee said the budget was fair." in page
    assert "<h3>Reactions</h3>" in page  # the crosshead stays a heading
    assert "Image:" not in page and "Advertisement" not in page  # page furniture left out
    assert "<mark" not in page and "claim stance" not in page  # nothing marked
    assert f'href="{quiz.q(0)}"' in page and "Start the questions" in page
    with student.application.app_context():
        assert db.session.scalars(sa.select(Attempt)).all() == []  # reading starts no attempt


def test_a_question_shows_its_passage_and_leaks_nothing(make_quiz, student):
    quiz = make_quiz()
    page = html(student, quiz.q(0))
    assert shown(page) == quiz.questions[0]
    passage = page[page.index('class="passage"') : page.index('id="prompt"')]
    assert "Mayor Ann Lee said the budget was fair." in passage
    assert "The union denied" not in passage  # only the paragraph holding the evidence
    assert f"/play/{quiz.assignment}/read#story-{quiz.story}" in page  # the whole story, one tap
    for secret in SECRETS:
        assert secret not in page
    assert "<mark" not in page and "right answer" not in page and 'class="right' not in page
    assert "no-store" in student.get(quiz.q(0)).headers["Cache-Control"]


def test_spot_the_cue_page_leaks_no_answer(make_quiz, student, answer):
    quiz = make_quiz()
    answer(quiz, 0, 1)
    answer(quiz, 1, 0)
    page = html(student, quiz.q(2))
    assert page.count('type="checkbox" name="choice"') == 8  # a checkbox per word
    assert "<mark" not in page and "name the union" not in page and "checked" not in page


def test_feedback_marks_source_and_cue_once_with_words_for_screen_readers(
    make_quiz, student, answer
):
    quiz = make_quiz()
    response = answer(quiz, 0, 0)
    assert response.headers["Location"] == quiz.q(0)
    page = html(student, quiz.q(0))
    assert "Not quite." in page and "✓ right answer" in page and "your answer" in page
    hidden = '<span class="visually-hidden">'
    assert f'<mark class="hl hl-source">{hidden}Source: </span>Mayor Ann Lee' in page
    assert '<mark class="hl hl-cue"><span class="visually-hidden">Cue: </span>said</mark>' in page
    assert page.count("the budget was fair.") == 1  # the evidence sentence once
    assert "*" not in page.split("<main", 1)[1]  # no emphasis markers in the text
    assert "“Mayor Ann Lee said”: these are the mayor" in page  # one explanation, no quote


def test_spot_the_cue_feedback_shows_marks_beside_the_right_words(make_quiz, student, answer):
    quiz = make_quiz()
    answer(quiz, 0, 1)
    answer(quiz, 1, 0)
    answer(quiz, 2, [1, 5])
    page = html(student, quiz.q(2))
    hidden = r'<span class="visually-hidden">'
    mine = re.findall(rf'<mark class="word-mine">{hidden}marked: </span>(\w+)', page)
    right = re.findall(rf'<mark class="word-right">{hidden}right word: </span>(\w+)', page)
    assert mine == ["union", "would"] and right == ["The", "union", "denied"]


def test_back_and_forward_show_what_each_address_names(make_quiz, student, answer):
    quiz = make_quiz()
    html(student, quiz.q(0))
    answer(quiz, 0, 1)
    back = html(student, quiz.q(0))  # back to the first question: its feedback, not a form
    assert shown(back) is None and "Right!" in back
    ahead = student.get(quiz.q(3))  # a question not yet reached goes to the one on screen
    assert ahead.status_code == 302 and ahead.headers["Location"] == quiz.q(1)
    assert shown(html(student, quiz.q(1))) == quiz.questions[1]


def test_no_answer_is_recorded_for_a_question_not_shown(app, make_quiz, student, answer):
    quiz = make_quiz()
    html(student, quiz.q(0))
    response = answer(quiz, 2, [0, 1, 2])  # a hand-made form for the third question
    assert response.headers["Location"] == quiz.q(0)
    follow = html(student, quiz.q(0))
    assert "not the question on your screen" in follow
    assert answers(app) == []


def test_a_stale_tab_or_double_click_counts_once(app, make_quiz, student, answer):
    quiz = make_quiz()
    for choice in (1, 1, 0):  # a double click, then the old tab with another choice
        answer(quiz, 0, choice)
    assert answers(app) == [(quiz.questions[0], 1)]
    with app.app_context():
        assert db.session.scalars(sa.select(Attempt)).one().score == 100


def test_summary_lists_every_answer_with_the_claims_map(make_quiz, student, answer):
    quiz = make_quiz()
    answer(quiz, 0, 0)
    early = html(student, f"/play/{quiz.assignment}/summary")
    assert "Claims map" not in early  # the map would answer the questions still to come
    answer(quiz, 1, 0)
    answer(quiz, 2, [0, 1, 2])
    answer(quiz, 3, 1)
    page = html(student, f"/play/{quiz.assignment}/summary")
    assert "got <strong>3</strong> right" in page
    assert page.count("Your answer</dt>") == 4 and "Right answer</dt><dd>Ann Lee" in page
    assert "the union is the source" in page
    hidden = '<span class="visually-hidden">'
    assert f'<mark class="claim stance-denies">{hidden}[The union denied: </span>jobs would' in page
    assert "<dt>Ann Lee</dt>" in page and "<strong>denied</strong>: jobs would be cut" in page
    assert "Not verified" in page
    assert "Claims you spotted as claims: <strong>1</strong> of 1" in page


def test_feedback_at_the_end_keeps_answers_until_the_quiz_is_over(make_quiz, student, answer):
    quiz = make_quiz({"feedback": "end"})
    response = answer(quiz, 0, 0)
    assert response.headers["Location"] == quiz.q(1)
    saved = html(student, quiz.q(0))
    assert "Answer saved" in saved and "Not quite" not in saved
    for secret in SECRETS:
        assert secret not in saved
    assert "these are the mayor" not in html(student, f"/play/{quiz.assignment}/summary")
    answer(quiz, 1, 0)
    answer(quiz, 2, [0, 1, 2])
    answer(quiz, 3, 1)
    assert "Not quite." in html(student, quiz.q(0))
    assert "these are the mayor" in html(student, f"/play/{quiz.assignment}/summary")


def test_confidence_is_asked_before_the_answer_and_summed_up(app, make_quiz, student, answer):
    quiz = make_quiz({"confidence": 3})
    page = html(student, quiz.q(0))
    assert "How sure are you?" in page and page.count('name="confidence"') == 3
    answer(quiz, 0, 1)  # no confidence: refused
    assert answers(app) == []
    answer(quiz, 0, 1, confidence=3)
    answer(quiz, 1, 1, confidence=3)
    with app.app_context():
        assert [a.confidence for a in db.session.scalars(sa.select(Answer))] == [3, 3]
    summary = html(student, f"/play/{quiz.assignment}/summary")
    assert "How sure you were" in summary


def test_a_late_answer_is_refused_with_a_clear_message(app, make_quiz, student, answer):
    quiz = make_quiz({"time_limit_s": 60})
    page = html(student, quiz.q(0))
    assert 'class="countdown" data-deadline=' in page and "countdown.js" in page
    assert "<script>" not in page  # no inline script
    with app.app_context():
        attempt = db.session.scalars(sa.select(Attempt)).one()
        attempt.started_at = utcnow() - timedelta(minutes=5)
        db.session.commit()
    response = answer(quiz, 0, 1)
    assert answers(app) == []
    follow = student.get(response.headers["Location"], follow_redirects=True)
    page = follow.get_data(as_text=True)
    assert "Time is up" in page
    # the quiz is over: every question is listed, the unanswered ones with their right answer
    assert page.count("Not answered</strong>") == 4 and "Right answer</dt><dd>Ann Lee" in page
    assert "Claims map" in page


def test_progress_page_draws_a_chart_with_a_text_alternative(make_quiz, student, answer):
    quiz = make_quiz()
    assert "No answers yet" in html(student, "/play/progress")
    answer(quiz, 0, 1)
    answer(quiz, 1, 0)
    answer(quiz, 2, [0, 1, 2])
    answer(quiz, 3, 1)
    page = html(student, "/play/progress")
    assert '<svg class="progress-chart"' in page and 'role="img"' in page and "<title" in page
    assert "Attribution: 2 of 2 right" in page and "Fact or claim: 2 of 2 right" in page
    assert "Telling facts from claims (d′): 1.35" in page


def test_services_give_the_api_its_reading_text_and_passages(app, make_quiz):
    from quiz.models import Question, Story
    from quiz.services import reading

    quiz = make_quiz()
    with app.app_context():
        story = db.session.get(Story, quiz.story)
        data = reading.story_json(story)
        assert data["outlet"] == "Town Gazette"
        assert data["paragraphs"][0] == "Council approves budget after a long night"
        assert "Advertisement" not in data["paragraphs"] and "Reactions" in data["paragraphs"]
        question = db.session.get(Question, quiz.questions[0])
        assert reading.passage_text(question) == "Mayor Ann Lee said the budget was fair."
