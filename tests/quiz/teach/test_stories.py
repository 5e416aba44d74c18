"""Teachers add stories by pasting or uploading, read them, and delete them after confirming."""

from __future__ import annotations

import gc
import html
import io

import pytest
import sqlalchemy as sa

from quiz.db import db
from quiz.models import Question, QuestionSet, SetItem, Story

STORY = (
    "The city council has approved a new budget that raises spending on schools by 4%.\n"
    "Mayor Jane Ortiz said the plan would “put classrooms first” and denied that taxes "
    "would rise.\n"
    "Opposition councillors claimed the figures did not add up.\n"
)
OTHER = (
    "Heavy rain closed the coastal road for a second day on Tuesday.\n"
    "The transport agency said repairs would take at least a week.\n"
)


def story_count(app) -> int:
    with app.app_context():
        return db.session.scalar(sa.select(sa.func.count()).select_from(Story))


@pytest.fixture
def signed_in(client, auth, teacher):
    auth.login()
    return client


def post_story(client, csrf, **fields):
    data = {"csrf_token": csrf(client, "/teach/stories/new"), "text": "", "title": ""} | fields
    return client.post("/teach/stories/new", data=data, content_type="multipart/form-data")


def test_paste_a_story_and_read_its_analysis(app, signed_in, csrf):
    response = post_story(signed_in, csrf, text=STORY, outlet="Town Gazette")
    assert response.status_code == 302
    page = signed_in.get(response.headers["Location"]).get_data(as_text=True)
    assert "The city council has approved a new budget" in page
    assert "Town Gazette" in page
    with app.app_context():
        story = db.session.scalars(sa.select(Story)).one()
        assert story.text == STORY.strip() and story.outlet == "Town Gazette"


def test_several_stories_in_one_paste_are_shown_split_then_become_several(app, signed_in, csrf):
    response = post_story(signed_in, csrf, text=STORY + "---\n" + OTHER)
    assert response.status_code == 200
    assert "This text holds 2 stories" in response.get_data(as_text=True)
    assert story_count(app) == 0  # nothing is saved before the teacher says so
    token = csrf(signed_in, "/teach/stories/new")
    saved = signed_in.post(
        "/teach/stories/split",
        data={
            "csrf_token": token,
            "text": STORY + "---\n" + OTHER,
            "start": ["5"],
            "action": "save",
        },
    )
    assert saved.status_code == 302 and saved.headers["Location"].endswith("/teach/stories")
    assert story_count(app) == 2


def test_upload_a_latin1_file(app, signed_in, csrf):
    data = "Le ministre a déclaré que la réforme était nécessaire, selon l'agence.\n".encode(
        "latin-1"
    )
    response = post_story(signed_in, csrf, upload=(io.BytesIO(data), "story.txt"))
    assert response.status_code == 302
    with app.app_context():
        assert "déclaré" in db.session.scalars(sa.select(Story.text)).one()


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        ({"text": ""}, "Paste the story text"),
        ({"text": "   \n\n  "}, "Paste the story text"),
        ({"text": "Advertisement\nImage: a caption. Pic: AP\n"}, "No story text was found"),
        ({"upload": (io.BytesIO(b"\x89PNG\r\n\x1a\n\x00\x00binary"), "a.txt")}, "could not read"),
        ({"upload": (io.BytesIO(b"hello"), "story.pdf")}, "saved as .html"),
        ({"text": STORY, "url": "not a url"}, "full web address"),
        ({"upload": (io.BytesIO(b"A long line of words. " * 10_000), "long.txt")}, "too long"),
    ],
)
def test_bad_input_is_explained_and_nothing_is_stored(app, signed_in, csrf, fields, message):
    response = post_story(signed_in, csrf, **fields)
    assert response.status_code == 400
    assert message in response.get_data(as_text=True)
    assert story_count(app) == 0


def test_a_double_submit_stores_the_story_once(app, signed_in, csrf):
    post_story(signed_in, csrf, text=STORY)
    response = post_story(signed_in, csrf, text=STORY)
    assert response.status_code == 302
    assert story_count(app) == 1


# Werkzeug's test client spools a large multipart body to a temporary file that it does not close
# when the app refuses the body unread; collect it here so the warning stays with this test.
@pytest.mark.filterwarnings("ignore::pytest.PytestUnraisableExceptionWarning")
@pytest.mark.filterwarnings("ignore::ResourceWarning")
def test_a_huge_upload_is_refused_with_413(app, signed_in, csrf):
    big = b"word " * (500_000)
    response = post_story(signed_in, csrf, upload=(io.BytesIO(big), "big.txt"))
    assert response.status_code == 413
    assert "too large" in response.get_data(as_text=True)
    assert story_count(app) == 0
    del response
    gc.collect()


def test_titles_are_escaped(app, signed_in, csrf):
    post_story(signed_in, csrf, text=STORY, title="<script>alert(1)</script>")
    page = signed_in.get("/teach/stories").get_data(as_text=True)
    assert "<script>alert(1)" not in page and "&lt;script&gt;alert(1)" in page


def test_list_is_paginated_with_an_empty_state(app, signed_in, teacher):
    assert "Your library is empty" in signed_in.get("/teach/stories").get_data(as_text=True)
    with app.app_context():
        for i in range(25):
            text = f"Story number {i} is here.\n"
            db.session.add(
                Story(
                    owner_id=teacher,
                    title=f"Story {i:02d}",
                    text=text,
                    text_hash=Story.hash_text(text),
                )
            )
        db.session.commit()
    first = signed_in.get("/teach/stories").get_data(as_text=True)
    second = signed_in.get("/teach/stories?page=2").get_data(as_text=True)
    assert first.count('class="story-link"') == 20
    assert "Page 2 of 2" in second and "Story 00" in second and "Story 24" not in second
    assert "No stories on this page" in signed_in.get("/teach/stories?page=9").get_data(
        as_text=True
    )


def test_other_teachers_stories_are_invisible(app, client, auth, teacher, make_teacher, csrf):
    other = make_teacher("mr-other")
    with app.app_context():
        story = Story(owner_id=other, title="Theirs", text=OTHER, text_hash=Story.hash_text(OTHER))
        db.session.add(story)
        db.session.commit()
        story_id = story.id
    auth.login()
    assert client.get(f"/teach/stories/{story_id}").status_code == 404
    assert "Theirs" not in client.get("/teach/stories").get_data(as_text=True)
    token = csrf(client, "/teach/stories/new")
    response = client.post(f"/teach/stories/{story_id}/delete", data={"csrf_token": token})
    assert response.status_code == 404
    assert story_count(app) == 1


def test_students_are_kept_out(client, auth, classroom):
    auth.join()
    assert client.get("/teach/stories").status_code == 403
    assert client.get("/teach/stories/new").status_code == 403


def test_anonymous_visitors_are_sent_to_sign_in(client):
    response = client.get("/teach/stories")
    assert response.status_code == 302 and "/login" in response.headers["Location"]


def test_delete_asks_first_then_deletes(app, signed_in, csrf):
    location = post_story(signed_in, csrf, text=STORY).headers["Location"]
    story_id = int(location.rsplit("/", 1)[1])
    confirm = signed_in.get(f"/teach/stories/{story_id}/delete")
    assert "cannot be undone" in confirm.get_data(as_text=True)
    assert story_count(app) == 1
    token = csrf(signed_in, f"/teach/stories/{story_id}/delete")
    response = signed_in.post(f"/teach/stories/{story_id}/delete", data={"csrf_token": token})
    assert response.status_code == 302
    assert story_count(app) == 0
    with app.app_context():
        assert db.session.scalar(sa.select(sa.func.count()).select_from(Question)) == 0


def test_delete_without_csrf_deletes_nothing(app, signed_in, csrf):
    location = post_story(signed_in, csrf, text=STORY).headers["Location"]
    story_id = int(location.rsplit("/", 1)[1])
    assert signed_in.post(f"/teach/stories/{story_id}/delete").status_code == 400
    assert story_count(app) == 1


def test_a_story_whose_questions_are_in_a_set_is_kept(app, signed_in, csrf, teacher):
    location = post_story(signed_in, csrf, text=STORY).headers["Location"]
    story_id = int(location.rsplit("/", 1)[1])
    with app.app_context():
        q = Question(
            owner_id=teacher,
            story_id=story_id,
            kind="fact_or_claim",
            skill="Fact or claim",
            prompt="Fact or claim?",
            options=["Fact", "Claim"],
            answer=0,
        )
        qs = QuestionSet(owner_id=teacher, title="Week 1")
        db.session.add_all([q, qs])
        db.session.flush()
        db.session.add(SetItem(set_id=qs.id, question_id=q.id, position=0))
        db.session.commit()
    token = csrf(signed_in, f"/teach/stories/{story_id}/delete")
    response = signed_in.post(f"/teach/stories/{story_id}/delete", data={"csrf_token": token})
    assert response.status_code == 409
    assert "Remove them from the sets first" in response.get_data(as_text=True)
    assert story_count(app) == 1


def test_a_refused_paste_keeps_the_text_in_the_form(app, signed_in, csrf):
    response = post_story(signed_in, csrf, text=STORY, url="not a url", title="Kept title")
    page = response.get_data(as_text=True)
    assert response.status_code == 400 and "full web address" in page
    first_line = STORY.strip().splitlines()[0]
    assert html.escape(first_line, quote=True) in page and "Kept title" in page
    assert story_count(app) == 0
