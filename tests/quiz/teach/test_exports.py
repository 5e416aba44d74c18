"""GIFT, Moodle XML and JSON: out of a set and back in, special characters intact."""

from __future__ import annotations

import io
from xml.etree import ElementTree as ET

import pytest
import sqlalchemy as sa

from questions.contract import QuestionKind
from quiz.db import db
from quiz.models import Question, QuestionSet, QuestionStatus, SetItem
from quiz.services import exports, imports, sets

APPROVED = {"status": QuestionStatus.APPROVED}
TRICKY = "Who said “{50%} ~ = # : \\ <b>&amp;</b>” was fair?"
# Moodle's own list of question types an XML file may hold.
MOODLE_TYPES = {
    "category", "multichoice", "truefalse", "shortanswer", "matching", "cloze", "essay",
    "numerical", "description", "calculated", "calculatedsimple", "calculatedmulti",
    "ddwtos", "gapselect", "ddimageortext", "ddmarker", "randomsamatch", "multianswer",
}  # fmt: skip


@pytest.fixture
def full_set(app, teacher, make_story):
    """A set holding a tricky choice question, a fact_or_claim and a spot_the_cue."""
    _, ids = make_story(
        teacher,
        {
            "kind": "who_said",
            "skill": "Attribution",
            "prompt": TRICKY,
            "options": ["The mayor {x}", "A ~ b = c", "C # d \\ e:"],
            "answer": 1,
            "explanation": "Line one\nline two & <i>",
        }
        | APPROVED,
        {
            "kind": "fact_or_claim",
            "skill": "Fact or claim",
            "prompt": "The mayor said it was fair. Fact or claim?",
            "options": [
                "Reported as fact by the outlet",
                "A claim the story attributes to someone",
            ],
            "answer": 1,
            "explanation": "",
        }
        | APPROVED,
        {
            "kind": "spot_the_cue",
            "skill": "Attribution",
            "prompt": "Which words show who made the claim?",
            "options": "The mayor said: the {budget} was fair.".split(),
            "answer": [1, 2],
            "explanation": "The mayor said.",
        }
        | APPROVED,
    )
    with app.app_context():
        qset = QuestionSet(owner_id=teacher, title="Week <1> & {2}", settings={"feedback": "end"})
        qset.items = [SetItem(question_id=q, position=n) for n, q in enumerate(ids)]
        db.session.add(qset)
        db.session.commit()
        return qset.id


def fields(q: Question) -> tuple:
    return (q.kind, " ".join(q.prompt.split()), list(q.options), q.answer, q.explanation)


def questions_of(app, set_id):
    with app.app_context():
        return [
            fields(q) for q in sets.set_questions(db.session, db.session.get(QuestionSet, set_id))
        ]


def do_import(client, csrf, fmt, content, filename="set.txt"):
    data = {
        "csrf_token": csrf(client, "/teach/sets/import"),
        "format": fmt,
        "upload": (io.BytesIO(content), filename),
    }
    return client.post("/teach/sets/import", data=data, content_type="multipart/form-data")


@pytest.mark.parametrize("fmt", ["gift", "json"])
def test_export_imports_back_to_the_same_questions(app, client, auth, csrf, full_set, fmt):
    auth.login()
    response = client.get(f"/teach/sets/{full_set}/export?format={fmt}")
    assert response.status_code == 200 and "attachment" in response.headers["Content-Disposition"]
    back = do_import(client, csrf, fmt, response.get_data())
    assert back.status_code == 302, back.get_data(as_text=True)
    new_id = int(back.headers["Location"].rsplit("/", 1)[1])
    assert new_id != full_set
    before, after = questions_of(app, full_set), questions_of(app, new_id)
    if fmt == "gift":  # GIFT keeps line breaks in explanations as \n; the prompt is folded anyway
        assert [a[:4] for a in after] == [b[:4] for b in before]
        assert after[0][4] == "Line one\nline two & <i>"
    else:
        assert after == before
    with app.app_context():
        copy = db.session.get(QuestionSet, new_id)
        assert copy.title == "Week <1> & {2}"
        if fmt == "json":
            assert sets.settings_of(copy)["feedback"] == "end"


def test_moodle_xml_is_well_formed_with_moodle_types_only(app, client, auth, full_set):
    auth.login()
    response = client.get(f"/teach/sets/{full_set}/export?format=moodle_xml")
    assert response.mimetype == "application/xml"
    root = ET.fromstring(response.get_data())
    assert root.tag == "quiz"
    types = [q.get("type") for q in root.findall("question")]
    assert set(types) <= MOODLE_TYPES and types.count("multichoice") == 3
    tricky, foc, cue = root.findall("question")[1:]
    # format="html": the text is HTML, so the special characters come back after two unescapes
    import html

    assert html.unescape(tricky.find("questiontext/text").text) == TRICKY
    assert [html.unescape(a.find("text").text) for a in tricky.findall("answer")] == [
        "The mayor {x}",
        "A ~ b = c",
        "C # d \\ e:",
    ]
    assert [a.get("fraction") for a in tricky.findall("answer")] == ["0", "100", "0"]
    assert tricky.find("single").text == "true" and cue.find("single").text == "false"
    assert [a.get("fraction") for a in cue.findall("answer")][:3] == ["-50", "50", "50"]
    assert len(foc.findall("answer")) == 2


def test_gift_escapes_every_reserved_character(app, client, auth, full_set):
    auth.login()
    gift = client.get(f"/teach/sets/{full_set}/export?format=gift").get_data(as_text=True)
    assert "\\{50%\\} \\~ \\= \\# \\: \\\\ <b>&amp;</b>" in gift
    assert "####Line one\\nline two & <i>" in gift
    assert "~%50%mayor" in gift and "~%-50%The" in gift


BAD_GIFT = """// kind: who_said
Who said it was fair?{=The mayor ~The council ~The police}

Grant is buried in Grant's tomb.{FALSE}

// kind: who_said
who said it{=The mayor ~The mayor ~The police}
"""


def test_bad_gift_stores_nothing_and_names_the_lines(app, client, auth, csrf, teacher):
    auth.login()
    response = do_import(client, csrf, "gift", BAD_GIFT.encode())
    page = response.get_data(as_text=True)
    assert response.status_code == 422
    assert "Line 4: a true/false question" in page
    assert "Line 7: prompt: End the question with a question mark." in page
    assert "Line 7: options: Two options are the same" in page
    assert "Line 2" not in page
    with app.app_context():
        assert db.session.scalar(sa.select(sa.func.count()).select_from(Question)) == 0
        assert db.session.scalar(sa.select(sa.func.count()).select_from(QuestionSet)) == 0


def test_plain_moodle_gift_imports(app, client, auth, csrf, teacher):
    gift = (
        "$CATEGORY: $course$/top/News\n\n"
        "::Q1:: Who reported the figures first? {\n  =The agency#right\n  ~The blog#no\n"
        "  ~The rival paper\n  ####The agency published them on Monday.\n}\n\n"
        "Which words name the source? {~%50%The ~%50%minister ~%-50%spoke}\n"
    )
    auth.login()
    response = do_import(client, csrf, "gift", gift.encode())
    assert response.status_code == 302, response.get_data(as_text=True)
    new_id = int(response.headers["Location"].rsplit("/", 1)[1])
    (q1, q2) = questions_of(app, new_id)
    assert q1 == (
        "who_said",
        "Who reported the figures first?",
        ["The agency", "The blog", "The rival paper"],
        0,
        "The agency published them on Monday.",
    )
    assert q2[0] == "spot_the_cue" and q2[3] == [0, 1]


def test_bad_json_names_the_problem(app, client, auth, csrf, teacher):
    auth.login()
    response = do_import(client, csrf, "json", b'{"format": "fact-or-claim/set",\n  "title": }')
    assert response.status_code == 422 and "Line 2: not valid JSON" in response.get_data(
        as_text=True
    )


def test_export_of_another_teachers_set_is_not_found(app, csrf, another, make_teacher, full_set):
    make_teacher("mr-other")
    other, other_auth = another()
    other_auth.login("mr-other")
    for fmt in ("gift", "moodle_xml", "json"):
        response = other.get(f"/teach/sets/{full_set}/export?format={fmt}")
        assert response.status_code == 404 and "mayor" not in response.get_data(as_text=True)


def test_share_matches_moodle_fractions():
    assert [exports.share(n) for n in (1, 2, 3, 6, 12)] == [
        "100",
        "50",
        "33.33333",
        "16.66667",
        "8.33333",
    ]


def test_a_bad_pasted_gift_keeps_the_text_in_the_form(app, client, auth, csrf, teacher):
    """Nothing is lost: the pasted file comes back in the form, the problems named by line."""
    auth.login()
    data = {"csrf_token": csrf(client, "/teach/sets/import"), "format": "gift", "text": BAD_GIFT}
    response = client.post("/teach/sets/import", data=data)
    page = response.get_data(as_text=True)
    assert response.status_code == 422 and "Line 4: a true/false question" in page
    assert "Grant is buried in Grant&#39;s tomb.{FALSE}" in page
    with app.app_context():
        assert db.session.scalar(sa.select(sa.func.count()).select_from(QuestionSet)) == 0


@pytest.mark.parametrize("kind", [k.value for k in QuestionKind])
def test_gift_keeps_every_kind_and_its_special_characters(kind):
    """Every kind the engine makes goes out as GIFT and comes back as the same question."""
    multi = kind == "spot_the_cue"
    options = ["A {b} ~c", "d = e # f", "g: \\h", "i\nj"] if not multi else TRICKY.split()
    answer = [1, 3] if multi else 2
    q = Question(
        kind=kind,
        prompt=TRICKY,
        options=options,
        answer=answer,
        explanation="Why: {x} ~ = # : \\ and\na new line",
    )
    qset = QuestionSet(title="All {kinds} & <more>")
    title, parsed, errors = imports.parse_gift(exports.to_gift(qset, [q]))
    assert errors == [] and title == "All {kinds} & <more>"
    (back,) = [p.draft for p in parsed]
    assert (back.kind, back.prompt, back.options, back.answer, back.explanation) == (
        kind,
        TRICKY,
        options,
        answer,
        q.explanation,
    )


def test_moodle_xml_stays_well_formed_with_control_characters():
    """XML 1.0 cannot carry most control characters, even escaped: left out, the rest stays."""
    q = Question(
        kind="who_said",
        prompt="Who said\x01 it?\x0b",
        options=["The mayor\x1f", "A\x00 judge", "Tab\tkept"],
        answer=0,
        explanation="Because\x08 \ufffe.",
    )
    text = exports.to_moodle_xml(QuestionSet(title="Week\x02 1"), [q])
    root = ET.fromstring(text.encode())
    (question,) = root.findall("question")[1:]
    assert question.find("questiontext/text").text == "Who said it?"
    assert [a.find("text").text for a in question.findall("answer")] == [
        "The mayor",
        "A judge",
        "Tab\tkept",
    ]
    assert question.find("generalfeedback/text").text == "Because ."
