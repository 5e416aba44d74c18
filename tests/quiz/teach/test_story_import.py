"""Adding stories: saved web pages, the split preview, the same story again, edit, regenerate."""

from __future__ import annotations

import codecs
import gc
import io
import re
from datetime import date
from pathlib import Path

import pytest
import sqlalchemy as sa

from quiz.db import db
from quiz.models import Answer, Assignment, Attempt, Question, QuestionSet, SetItem, Story
from quiz.services import splits

DATA = Path(__file__).parent / "data"
PAGE = (DATA / "saved_page.html").read_bytes()
THREE = (Path(__file__).parents[2] / "questions" / "data" / "three_stories.txt").read_text()
STORY = (
    "The city council has approved a new budget that raises spending on schools by 4%.\n"
    "Mayor Jane Ortiz said the plan would “put classrooms first” and denied that taxes "
    "would rise.\n"
    "Opposition councillors claimed the figures did not add up.\n"
)


def stories(app) -> list[Story]:
    with app.app_context():
        return list(db.session.scalars(sa.select(Story).order_by(Story.id)))


@pytest.fixture
def signed_in(client, auth, teacher):
    auth.login()
    return client


def post_story(client, csrf, **fields):
    data = {"csrf_token": csrf(client, "/teach/stories/new"), "text": "", "title": ""} | fields
    return client.post("/teach/stories/new", data=data, content_type="multipart/form-data")


def post_split(client, csrf, text, starts, **extra):
    data = {"csrf_token": csrf(client, "/teach/stories/new"), "text": text, "start": starts}
    return client.post("/teach/stories/split", data=data | extra)


def test_a_saved_news_page_gives_text_and_details(app, signed_in, csrf):
    response = post_story(signed_in, csrf, upload=(io.BytesIO(PAGE), "bridge.html"))
    assert response.status_code == 302
    (story,) = stories(app)
    assert story.title == "Harbour bridge to close for repairs, council says"
    assert story.outlet == "The Coastal Courier"
    assert story.url == "https://www.coastal-courier.example/news/harbour-bridge-repairs"
    assert story.published_on == date(2026, 11, 27)
    assert "Council leader Maria Gonzales said the repairs" in story.text
    # Page furniture stays out: navigation, cookie banner, "most read", footer.
    for furniture in ("Accept all cookies", "Most read", "All rights reserved", "Weather"):
        assert furniture not in story.text
    with app.app_context():
        assert db.session.scalar(sa.select(sa.func.count()).select_from(Question)) > 0
    page = signed_in.get(response.headers["Location"]).get_data(as_text=True)
    assert "The Coastal Courier" in page and "27 November 2026" in page


def test_what_the_teacher_types_wins_over_the_page(app, signed_in, csrf):
    post_story(
        signed_in, csrf, upload=(io.BytesIO(PAGE), "bridge.htm"), title="Bridge", outlet="Courier"
    )
    (story,) = stories(app)
    assert (story.title, story.outlet) == ("Bridge", "Courier")


LATIN1_PAGE = (
    '<html><head><meta charset="iso-8859-1"><title>Réforme</title></head><body><article>'
    "<p>Le ministre a déclaré que la réforme était nécessaire pour les écoles du pays.</p>"
    "<p>Les syndicats ont affirmé que le projet coûterait des milliers d'emplois.</p>"
    "<p>Selon le gouvernement, la réforme entrera en vigueur à la rentrée prochaine.</p>"
    "</article></body></html>"
).encode("latin-1")


def test_a_page_in_its_declared_legacy_encoding_is_read(app, signed_in, csrf):
    response = post_story(signed_in, csrf, upload=(io.BytesIO(LATIN1_PAGE), "page.html"))
    assert response.status_code == 302
    assert "déclaré" in stories(app)[0].text


@pytest.mark.parametrize(
    ("data", "name", "message"),
    [
        (b"", "empty.html", "That file is empty."),
        (b"   \n\t ", "blank.html", "That file is empty."),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)), "img.html", "binary data"),
        (
            b'<html><head><meta charset="utf-8"></head><body><p>Caf\xe9</p></body></html>',
            "wrong.html",
            "says its text is in UTF-8, but it is not",
        ),
        (
            b'<html><head><meta charset="klingon-8"></head><body><p>Hi</p></body></html>',
            "odd.html",
            "an encoding we do not know",
        ),
        (b"<html><body><div><p>Sub", "broken.html", "no article text"),
        (b"<html><body><nav><a href='/'>Home</a></nav></body></html>", "nav.html", "no article"),
        (b"Just some words, not a page at all.", "notes.html", "does not look like a web page"),
        (codecs.BOM_UTF16_LE + "<p>x</p>".encode("utf-16-le")[:-1], "half.html", "UTF-16"),
        (b"%PDF-1.7 binary", "paper.pdf", "saved as .html"),
    ],
)
def test_a_bad_upload_is_explained_and_stores_nothing(app, signed_in, csrf, data, name, message):
    response = post_story(signed_in, csrf, upload=(io.BytesIO(data), name))
    assert response.status_code == 400
    assert message in response.get_data(as_text=True)
    assert stories(app) == []


# See test_stories.py: the test client's spooled body is collected with this test.
@pytest.mark.filterwarnings("ignore::pytest.PytestUnraisableExceptionWarning")
@pytest.mark.filterwarnings("ignore::ResourceWarning")
def test_a_huge_page_is_refused(app, signed_in, csrf):
    big = b"<html><body>" + b"<p>word</p>" * 250_000 + b"</body></html>"
    response = post_story(signed_in, csrf, upload=(io.BytesIO(big), "big.html"))
    assert response.status_code == 413 and "too large" in response.get_data(as_text=True)
    assert stories(app) == []
    del response
    gc.collect()


def test_the_same_story_again_says_it_is_in_the_library_and_links_to_it(app, signed_in, csrf):
    first = post_story(signed_in, csrf, text=STORY)
    story_id = int(first.headers["Location"].rsplit("/", 1)[1])
    again = post_story(signed_in, csrf, text="\r\n" + STORY.replace("\n", "\r\n"))
    assert again.status_code == 302 and again.headers["Location"].endswith(f"/{story_id}")
    page = signed_in.get(again.headers["Location"]).get_data(as_text=True)
    assert "Already in your library" in page
    assert f'<a href="/teach/stories/{story_id}">' in page
    assert "Story added" not in page
    assert len(stories(app)) == 1


def test_a_split_paste_names_the_stories_already_in_the_library(app, signed_in, csrf):
    parts = splits.parts(THREE, splits.proposed_starts(THREE))
    assert len(parts) == 3
    first_story = "\n".join(p.text for p in parts[0].paragraphs) + "\n"
    post_story(signed_in, csrf, text=first_story)
    response = post_split(signed_in, csrf, THREE, [str(p.start) for p in parts], action="save")
    page = signed_in.get(response.headers["Location"]).get_data(as_text=True)
    assert "2 stories added." in page and "Already in your library" in page
    assert len(stories(app)) == 3


def test_split_preview_then_move_a_boundary_and_merge(app, signed_in, csrf):
    shown = post_story(signed_in, csrf, text=THREE).get_data(as_text=True)
    assert "This text holds 3 stories" in shown and stories(app) == []
    starts = splits.proposed_starts(THREE)
    assert starts == [1, 14, 26]
    later = post_split(signed_in, csrf, THREE, [str(s) for s in starts], later="14")
    assert later.status_code == 200
    assert 'value="15" checked' in later.get_data(as_text=True)
    assert 'value="14" checked' not in later.get_data(as_text=True)
    merged = post_split(signed_in, csrf, THREE, ["14", "26"], merge="26")
    assert "This text holds 2 stories" in merged.get_data(as_text=True)
    saved = post_split(signed_in, csrf, THREE, ["14"], action="save")
    assert saved.status_code == 302
    kept = stories(app)
    assert len(kept) == 2
    assert "Bank of England" in kept[1].text and "Maria Santos" in kept[1].text
    assert "---" not in kept[1].text


def test_a_start_ticked_by_hand_splits_there_and_nowhere_else(app, signed_in, csrf):
    response = post_split(signed_in, csrf, STORY, ["3"], action="save")
    assert response.status_code == 302
    texts = [s.text for s in stories(app)]
    assert texts == [STORY.splitlines()[0] + "\n" + STORY.splitlines()[1], STORY.splitlines()[2]]


def test_a_split_form_without_its_token_saves_nothing(app, signed_in):
    response = signed_in.post(
        "/teach/stories/split", data={"text": THREE, "start": ["14"], "action": "save"}
    )
    assert response.status_code == 400 and stories(app) == []


@pytest.mark.parametrize(
    ("starts", "line", "step", "expected"),
    [
        ([1, 14, 26], 14, -1, [1, 13, 26]),
        ([1, 14, 26], 26, 1, [1, 14, 27]),
        ([1, 14, 15], 15, -1, [1, 14, 15]),  # never onto the start above
        ([1, 14, 15], 14, 1, [1, 14, 15]),  # nor onto the one below
        ([1, 14], 1, 1, [1, 14]),  # the first story always starts first
        ([1, 14], 99, 1, [1, 14]),  # not a start: nothing moves
    ],
)
def test_moving_a_start(starts, line, step, expected):
    assert splits.move(THREE, starts, line, step) == expected


def test_edit_a_storys_details(app, signed_in, csrf):
    location = post_story(signed_in, csrf, text=STORY).headers["Location"]
    story_id = int(location.rsplit("/", 1)[1])
    url = f"/teach/stories/{story_id}/edit"
    form = signed_in.get(url).get_data(as_text=True)
    assert "The city council has approved" in form
    token = csrf(signed_in, url)
    bad = signed_in.post(url, data={"csrf_token": token, "title": "", "url": "nope"})
    assert bad.status_code == 400 and "Give the story a title." in bad.get_data(as_text=True)
    ok = signed_in.post(
        url,
        data={
            "csrf_token": token,
            "title": "Budget vote",
            "outlet": "Town Gazette",
            "url": "https://gazette.example/budget",
            "published": "2026-11-20",
        },
    )
    assert ok.status_code == 302
    (story,) = stories(app)
    assert (story.title, story.outlet, story.url, story.published_on) == (
        "Budget vote",
        "Town Gazette",
        "https://gazette.example/budget",
        date(2026, 11, 20),
    )
    assert story.text == STORY.strip()


def test_regenerate_keeps_answered_and_set_questions(app, signed_in, csrf, teacher, classroom):
    bank = "\n".join(THREE.splitlines()[13:25]) + "\n"  # the second story: four questions
    location = post_story(signed_in, csrf, text=bank).headers["Location"]
    story_id = int(location.rsplit("/", 1)[1])
    with app.app_context():
        qs = list(db.session.scalars(sa.select(Question).where(Question.story_id == story_id)))
        assert len(qs) >= 3
        answered, in_set = qs[0], qs[1]
        answered.prompt = "Edited by the teacher"
        qset = QuestionSet(owner_id=teacher, title="Week 1")
        db.session.add(qset)
        db.session.flush()
        db.session.add(SetItem(set_id=qset.id, question_id=in_set.id, position=0))
        assignment = Assignment(class_id=classroom, set_id=qset.id)
        db.session.add(assignment)
        db.session.flush()
        from quiz.models import Role, User

        kid = User(role=Role.STUDENT, nickname="Sam")
        db.session.add(kid)
        db.session.flush()
        attempt = Attempt(assignment_id=assignment.id, student_id=kid.id)
        attempt.answers = [Answer(question_id=answered.id, choice=0, correct=True)]
        db.session.add(attempt)
        db.session.commit()
        keep_ids = {answered.id, in_set.id}
        before = {q.engine_id for q in qs}
    token = csrf(signed_in, location)
    response = signed_in.post(f"/teach/stories/{story_id}/regenerate", data={"csrf_token": token})
    assert response.status_code == 302
    page = signed_in.get(location).get_data(as_text=True)
    assert "Questions regenerated" in page and "2 kept" in page
    with app.app_context():
        after = list(db.session.scalars(sa.select(Question).where(Question.story_id == story_id)))
        ids = {q.id for q in after}
        assert keep_ids <= ids
        assert db.session.get(Question, answered.id).prompt == "Edited by the teacher"
        engine_ids = [q.engine_id for q in after]
        assert len(engine_ids) == len(set(engine_ids))  # no question twice
        assert set(engine_ids) == before  # the same engine, the same questions
        assert db.session.scalar(sa.select(sa.func.count()).select_from(Answer)) == 1


def test_story_routes_refuse_another_teacher(app, client, auth, teacher, make_teacher, csrf):
    other = make_teacher("mr-other")
    with app.app_context():
        story = Story(owner_id=other, title="Theirs", text=STORY, text_hash=Story.hash_text(STORY))
        db.session.add(story)
        db.session.commit()
        sid = story.id
    auth.login()
    token = csrf(client, "/teach/stories/new")
    assert client.get(f"/teach/stories/{sid}/edit").status_code == 404
    assert client.get(f"/teach/stories/{sid}/map").status_code == 404
    edit = client.post(f"/teach/stories/{sid}/edit", data={"csrf_token": token, "title": "Mine"})
    assert edit.status_code == 404
    regen = client.post(f"/teach/stories/{sid}/regenerate", data={"csrf_token": token})
    assert regen.status_code == 404 and "Theirs" not in regen.get_data(as_text=True)
    assert stories(app)[0].title == "Theirs"


def test_the_claims_map_marks_each_claim_by_stance_with_its_source(app, signed_in, csrf):
    location = post_story(signed_in, csrf, upload=(io.BytesIO(PAGE), "bridge.html")).headers[
        "Location"
    ]
    page = signed_in.get(location + "/map").get_data(as_text=True)
    assert "<h1>Harbour bridge to close for repairs, council says</h1>" in page
    marked = re.findall(r'<mark class="claim stance-denies">(.*?)</mark>', page)
    assert any(
        "it had delayed the work to save money" in m and "council denied" in m for m in marked
    )
    assert "<dt>Maria Gonzales</dt>" in page and "<strong>said</strong>: the repairs" in page
    assert "Checked or not" in page
    assert 'href="/static/style.css"' in page and "<script" not in page
