"""Whatever a client sends, the API answers with its error shape, never a 500."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from quiz.extensions import limiter

FIELDS = {
    "/tokens": ["username", "password"],
    "/join": ["join_code", "nickname", "rejoin_pin"],
    "/classes": ["name"],
    "/stories": ["title", "text", "outlet", "url"],
    "/questions": ["kind", "prompt", "options", "answer", "explanation", "story_id"],
    "/questions/{q}": ["status", "prompt", "options", "answer", "explanation"],
    "/sets": ["title", "question_ids", "settings"],
    "/classes/{c}/assignments": ["set_id", "mode"],
    "/assignments/{a}/attempts": [],
    "/attempts/{t}/answers": ["question_id", "choice", "confidence"],
    "/attempts/{t}/finish": [],
}
STUDENT_CALLS = {"/assignments/{a}/attempts", "/attempts/{t}/answers", "/attempts/{t}/finish"}
RAW_BODIES = [
    (b"{not json", 400),
    (b"[1, 2]", 400),
    (b'"text"', 400),
    (b"null", 400),
    (b"17", 400),
    (b"[" * 50_000 + b"]" * 50_000, 400),
    (b'{"a": ' * 40 + b"1" + b"}" * 40, 400),
    (b'{"name": NaN}', 400),
    (b'{"name": 1e400}', 400),
    (b'{"name": "\xff\xfe"}', 400),
    (b'{"name": "a\\u0000b"}', 422),
    (b'{"name": "\\ud800"}', 422),
]


@pytest.fixture
def world(api, quiz_setup):
    """Tokens and ids so every call can be reached: {placeholder: value}."""
    student = api.student_token()
    attempt = api.post(f"/assignments/{quiz_setup['assignment_id']}/attempts", student)
    return {
        "teacher": quiz_setup["teacher"],
        "student": student,
        "{q}": str(quiz_setup["questions"][0]),
        "{c}": str(quiz_setup["class_id"]),
        "{a}": str(quiz_setup["assignment_id"]),
        "{t}": str(attempt.get_json()["attempt_id"]),
    }


def target(world: dict, template: str) -> tuple[str, str, str | None]:
    path = template
    for key in ("{q}", "{c}", "{a}", "{t}"):
        path = path.replace(key, world[key])
    method = "PATCH" if template == "/questions/{q}" else "POST"
    token = world["student"] if template in STUDENT_CALLS else world["teacher"]
    return method, path, None if template in ("/tokens", "/join") else token


def assert_error_shape(resp, statuses) -> None:
    detail = (resp.request.path, resp.status_code, resp.get_data(as_text=True)[:300])
    assert resp.status_code in statuses, detail
    error = resp.get_json()["error"]
    assert isinstance(error["code"], str) and isinstance(error["message"], str)


@pytest.mark.parametrize("template", sorted(FIELDS))
def test_malformed_bodies(api, world, template):
    method, path, token = target(world, template)
    headers = {"Content-Type": "application/json"}
    for raw, status in RAW_BODIES:
        limiter.reset()  # failed sign-ins count against the limit; here only the shape matters
        resp = api.call(method, path, token, data=raw, headers=headers)
        assert_error_shape(resp, {status})


@pytest.mark.parametrize("template", sorted(FIELDS))
def test_a_body_over_2_mb_is_413(api, world, template):
    method, path, token = target(world, template)
    big = b'{"name": "' + b"x" * (2 * 1024 * 1024 + 10) + b'"}'
    resp = api.call(method, path, token, data=big, headers={"Content-Type": "application/json"})
    assert_error_shape(resp, {413})
    assert resp.get_json()["error"]["code"] == "too_large"


JSON_VALUES = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(min_value=-(2**70), max_value=2**70)
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(max_size=30),
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4)
    ),
    max_leaves=12,
)


@pytest.mark.parametrize("template", sorted(FIELDS))
@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(data=st.data())
def test_random_bodies_never_500(api, world, template, data):
    fields = FIELDS[template] + ["other"]
    body = data.draw(st.dictionaries(st.sampled_from(fields), JSON_VALUES, max_size=len(fields)))
    method, path, token = target(world, template)
    limiter.reset()
    resp = api.call(method, path, token, json=body)
    assert resp.status_code < 500, (body, resp.get_data(as_text=True)[:300])
    assert resp.is_json


@pytest.mark.parametrize(
    "path",
    ["/classes/1/students", "/stories/1", "/assignments/1/results", "/classes/1/leaderboard"],
)
def test_bad_path_ids_are_404(api, world, path):
    for bad in ["0", "-5", "1.5", "abc", "99999999999999999999999", "%00", "2147483648"]:
        resp = api.get(path.replace("/1", "/" + bad, 1), world["teacher"])
        assert_error_shape(resp, {404})


def test_unknown_api_paths_and_methods_answer_json(api, world):
    assert_error_shape(api.get("/nothing-here", world["teacher"]), {404})
    assert_error_shape(api.call("PUT", "/classes", world["teacher"], json={}), {405})
