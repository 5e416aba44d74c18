"""Set imports (GIFT/JSON, page and API) refuse what the database cannot hold with a clear 422.

Found by the outside probe: a JSON file nested thousands deep raised RecursionError (500), a
lone surrogate escape (``"\\ud800"``) in a JSON string failed to encode in the database driver
(500 on SQLite and PostgreSQL), and a NUL character (a NUL byte in an uploaded file, or the
``"\\u0000"`` escape inside the JSON) passed every guard (they look at form fields and the API's
own strings, not inside an uploaded or embedded file) and reached the database (500 on
PostgreSQL). Nothing is stored in each case.
"""

from __future__ import annotations

import io
import json

import pytest
import sqlalchemy as sa

from quiz.db import db
from quiz.models import Question, QuestionSet
from tests.quiz.conftest import TEACHER_PASSWORD, csrf_token


def _set_json(prompt: str = "Is it true?", title: str = "Week 1") -> str:
    question = {
        "kind": "fact_or_claim",
        "prompt": prompt,
        "options": ["Fact", "Claim"],
        "answer": 0,
    }
    return json.dumps({"format": "fact-or-claim/set", "title": title, "questions": [question]})


DEEP = "[" * 100_000 + "]" * 100_000
NESTED = _set_json().replace('"questions": [', '"questions": [' + "[" * 50_000, 1)
SURROGATE = _set_json(prompt="Is a\\ud800b true?").replace("\\\\ud800", "\\ud800")
BAD_FILES = {
    "deeply nested": ("json", DEEP),
    "nested inside the set": ("json", NESTED),
    "lone surrogate": ("json", SURROGATE),
    "NUL escape in a prompt": ("json", _set_json(prompt="Is a\x00b true?")),
    "NUL escape in the title": ("json", _set_json(title="Week\x001")),
    "NUL byte in a GIFT file": ("gift", "::Q1::Which is right?{=Yes\x00 ~No ~Maybe}\n"),
}


def _stored(app) -> tuple[int, int]:
    with app.app_context():
        count = lambda model: db.session.scalar(sa.select(sa.func.count()).select_from(model))  # noqa: E731
        return count(QuestionSet), count(Question)


@pytest.mark.parametrize("name", BAD_FILES)
def test_a_bad_file_uploaded_on_the_page_is_a_422_and_stores_nothing(
    app, client, auth, teacher, name
):
    fmt, content = BAD_FILES[name]
    auth.login()
    before = _stored(app)
    upload = (io.BytesIO(content.encode("utf-8", "surrogatepass")), f"set.{fmt}")
    data = {"csrf_token": csrf_token(client, "/teach/sets/import"), "format": fmt, "upload": upload}
    response = client.post("/teach/sets/import", data=data, content_type="multipart/form-data")
    assert response.status_code == 422, response.status_code
    assert _stored(app) == before


@pytest.mark.parametrize("name", BAD_FILES)
def test_a_bad_file_sent_to_the_api_is_a_422_and_stores_nothing(app, client, teacher, name):
    fmt, content = BAD_FILES[name]
    if "\x00" in content and fmt == "gift":
        pytest.skip("the API's own string check refuses a raw NUL already")
    login = {"username": "ms-rivera", "password": TEACHER_PASSWORD}
    token = client.post("/api/v1/tokens", json=login).get_json()["token"]
    before = _stored(app)
    response = client.post(
        "/api/v1/sets/import",
        json={"format": fmt, "content": content},
        headers={"Authorization": f"Bearer {token}"},
    )
    assert response.status_code == 422, response.get_data(as_text=True)[:300]
    assert _stored(app) == before


def test_a_good_json_file_still_imports(app, client, auth, teacher):
    auth.login()
    upload = (io.BytesIO(_set_json().encode()), "set.json")
    data = {"csrf_token": csrf_token(client, "/teach/sets/import"), "format": "json"}
    data["upload"] = upload
    response = client.post("/teach/sets/import", data=data, content_type="multipart/form-data")
    assert response.status_code == 302
    assert _stored(app) == (1, 1)
