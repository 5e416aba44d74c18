"""Ids no database could hold, or other people's objects, answer 404 on every page — never 500."""

from __future__ import annotations

import pytest

HUGE = 10**25


@pytest.mark.parametrize(
    "path",
    [
        f"/teach/stories/{HUGE}",
        f"/teach/stories/{HUGE}/delete",
        f"/teach/questions/{HUGE}/edit",
        f"/teach/assignments/{HUGE}",
        "/teach/stories/0",
    ],
)
def test_teacher_pages_answer_404_for_ids_out_of_range(client, auth, teacher, path):
    auth.login()
    assert client.get(path).status_code == 404


@pytest.mark.parametrize(
    "path", [f"/play/{HUGE}", f"/play/{HUGE}/summary", f"/play/1/feedback/{HUGE}"]
)
def test_play_pages_answer_404_for_ids_out_of_range(client, auth, classroom, path):
    auth.join()
    assert client.get(path).status_code == 404


def test_assigning_to_a_class_id_out_of_range_is_refused(client, auth, teacher, csrf, make_story):
    sid, _ = make_story(teacher)
    auth.login()
    token = csrf(client, f"/teach/stories/{sid}")
    response = client.post(
        f"/teach/stories/{sid}/assign", data={"csrf_token": token, "class_id": str(HUGE)}
    )
    assert response.status_code == 302
    page = client.get(response.headers["Location"]).get_data(as_text=True)
    assert "Choose one of your classes." in page
