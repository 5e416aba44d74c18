"""Input a browser can send is refused before the database with a clear 400/404/413, never a 500:
NUL bytes in any form field or query, ids and page numbers past a column's range, bodies over
2 MB sent chunked (refused, not cut)."""

from __future__ import annotations

import io

import pytest

TWO_MB = 2 * 1024 * 1024


@pytest.mark.parametrize(
    ("path", "field"),
    [("/login", "username"), ("/login", "password"), ("/join", "nickname"), ("/join", "join_code")],
)
def test_a_nul_byte_in_a_form_field_is_a_clear_400(client, csrf, classroom, teacher, path, field):
    data = {"username": "ms-rivera", "password": "x", "join_code": "ABC234", "nickname": "Sam"}
    data |= {field: "Sa\x00m", "csrf_token": csrf(client, path)}
    response = client.post(path, data=data)
    assert response.status_code == 400
    assert "NUL" in response.get_data(as_text=True)


def test_a_nul_byte_in_a_signed_in_form_is_a_clear_400(client, auth, csrf, teacher):
    auth.login()
    token = csrf(client, "/")
    response = client.post("/classes", data={"name": "Year\x009", "csrf_token": token})
    assert response.status_code == 400
    assert "NUL" in response.get_data(as_text=True)


def test_a_nul_byte_in_the_query_string_is_a_clear_400(client):
    response = client.get("/join?code=AB%00C")
    assert response.status_code == 400


def test_a_nul_byte_in_a_multipart_field_is_a_clear_400(client, auth, csrf, teacher):
    auth.login()
    token = csrf(client, "/teach/stories/new")
    data = {"csrf_token": token, "text": "A story.\x00", "file": (io.BytesIO(b""), "")}
    response = client.post("/teach/stories/new", data=data, content_type="multipart/form-data")
    assert response.status_code == 400


@pytest.mark.parametrize(
    "path",
    [
        "/play/1/feedback/2147483648",
        "/play/2147483648",
        "/play/9223372036854775808/summary",
        "/teach/stories/99999999999999999999",
        "/teach/questions/2147483648/edit",
        "/teach/assignments/2147483648",
    ],
)
def test_an_id_past_the_column_range_is_a_404(client, auth, teacher, path):
    auth.login()
    assert client.get(path).status_code == 404


def test_ids_past_the_range_are_404_for_students_too(client, auth, classroom):
    auth.join()
    assert client.get("/play/1/feedback/2147483648").status_code == 404
    assert client.get("/play/2147483647/feedback/1").status_code == 404


@pytest.mark.parametrize("page", ["9223372036854775807", "2147483648", "-5", "x", "0"])
def test_a_page_number_past_the_range_is_a_page(client, auth, teacher, page):
    auth.login()
    response = client.get(f"/teach/stories?page={page}")
    assert response.status_code == 200


def test_a_question_id_past_the_range_in_a_form_is_a_404(client, auth, csrf, classroom):
    auth.join()
    token = csrf(client, "/")
    response = client.post(
        "/play/1/answer", data={"csrf_token": token, "question_id": "99999999999999999999"}
    )
    assert response.status_code == 404


def _chunked(client, path, body: bytes, content_type: str):
    return client.post(
        path,
        input_stream=io.BytesIO(body),
        headers={"Transfer-Encoding": "chunked", "Content-Type": content_type},
    )


def test_a_chunked_body_over_2_mb_is_refused_not_cut(client, teacher):
    body = b'{"username": "ms-rivera", "password": "' + b"x" * (TWO_MB + 10) + b'"}'
    response = _chunked(client, "/api/v1/tokens", body, "application/json")
    assert response.status_code == 413
    assert response.get_json()["error"]["code"] == "too_large"


def test_a_chunked_form_over_2_mb_is_refused_not_cut(client, teacher):
    body = b"username=ms-rivera&password=" + b"x" * (TWO_MB + 10)
    response = _chunked(client, "/login", body, "application/x-www-form-urlencoded")
    assert response.status_code == 413


def test_a_small_chunked_body_is_read_whole(client, teacher):
    body = b'{"username": "ms-rivera", "password": "correct horse battery"}'
    response = _chunked(client, "/api/v1/tokens", body, "application/json")
    assert response.status_code == 201
