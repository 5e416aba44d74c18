"""A teacher signs in, opens the story library and a story; a student joins on a phone."""

from __future__ import annotations

import re

from e2e_kit import assert_accessible, assert_no_problems, join, shoot, sign_in
from playwright.sync_api import expect


def test_landing_page_is_accessible_on_a_phone(phone, live_server):
    phone.goto(live_server.url + "/")
    expect(phone.get_by_role("heading", level=1)).to_be_visible()
    assert_accessible(phone)
    assert_no_problems(phone)
    shoot(phone, "landing-phone")


def test_teacher_signs_in_and_reads_a_story(desktop, live_server):
    page = desktop
    page.goto(live_server.url + "/login")
    assert_accessible(page)
    shoot(page, "sign-in")
    sign_in(page, live_server)
    nav = page.get_by_role("navigation", name="Main")
    expect(nav.get_by_role("link", name="Stories", exact=True)).to_be_visible()
    assert_accessible(page)
    shoot(page, "teacher-home")

    nav.get_by_role("link", name="Stories", exact=True).click()
    expect(page.get_by_role("heading", name="Stories", level=1)).to_be_visible()
    stories = page.locator("a.story-link")
    assert stories.count() >= 1, "the seed stories are in the library"
    assert_accessible(page)
    shoot(page, "stories")

    title = stories.first.inner_text()
    stories.first.click()
    expect(page).to_have_url(re.compile(r"/teach/stories/\d+$"))
    expect(page.get_by_role("heading", level=1)).to_have_text(title)
    assert_accessible(page)
    assert_no_problems(page)
    shoot(page, "story")


def test_student_joins_on_a_phone_and_sees_a_pin(phone, live_server):
    pin = join(phone, live_server)
    assert re.fullmatch(r"\d{4}", pin)
    assert_accessible(phone)
    shoot(phone, "welcome-phone")
    phone.get_by_role("link", name="Go to my quizzes").click()
    expect(phone.get_by_role("heading", level=1)).to_be_visible()
    assert_accessible(phone)
    assert_no_problems(phone)


def test_more_teacher_pages_are_accessible(desktop, live_server):
    """axe-core on the other main teacher pages: adding a story, sets, the class, the account."""
    sign_in(desktop, live_server)
    pages = {
        "story-new": "/teach/stories/new",
        "sets-list": "/teach/sets",
        "class": f"/teach/classes/{live_server.class_id}",
        "account": "/account",
    }
    for name, path in pages.items():
        response = desktop.goto(live_server.path(path))
        assert response.status == 200, f"{path}: {response.status}"
        assert_accessible(desktop)
        shoot(desktop, f"walk-{name}")
    assert_no_problems(desktop)
