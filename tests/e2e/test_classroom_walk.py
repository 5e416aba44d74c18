"""The classroom loop in a real browser, with axe-core on each main page and screenshots:
a teacher approves a story's questions and assigns them; a student joins on a phone and plays
every question; the teacher reads the results. Also: the CSP holds on every page (the browser
reports no violation), and "sign out on every device" ends the other device's session."""

from __future__ import annotations

import re

from e2e_kit import assert_accessible, assert_no_problems, join, shoot, sign_in
from playwright.sync_api import expect


def _assign_first_story(page, server) -> str:
    page.goto(server.path("/teach/stories"))
    page.locator("a.story-link").first.click()
    approve = page.get_by_role("button", name="Approve all drafts")
    if approve.count():
        approve.click()
        page.wait_for_load_state()
    page.get_by_role("button", name=re.compile(r"^Assign a quiz")).click()
    confirm = page.get_by_role("button", name=re.compile(r"Assign", re.I))
    if "/teach/assignments/" not in page.url and confirm.count():
        confirm.first.click()  # a confirmation step, when the class already has the quiz
    expect(page).to_have_url(re.compile(r"/teach/assignments/\d+$"))
    return page.url


NEXT = re.compile(r"^(Start the questions|Back to your question|Next question|See how you did)$")


def _play_through(phone) -> int:
    """Read the story, answer every question (the first option), until the summary."""
    phone.get_by_role("link", name=re.compile(r"^(Start|Carry on)$")).first.click()
    answered, shots = 0, set()
    for _ in range(60):
        if re.search(r"/summary$", phone.url):
            break
        page_kind = "read" if "/read" in phone.url else None
        choices = phone.locator("form input[name=choice]")
        if choices.count():
            page_kind = "question"
        elif re.search(r"/feedback", phone.url) or phone.get_by_text("Next question").count():
            page_kind = page_kind or "feedback"
        if page_kind and page_kind not in shots:
            assert_accessible(phone)
            shoot(phone, f"{page_kind}-phone")
            shots.add(page_kind)
        if choices.count():
            choices.first.check(force=True)
            phone.get_by_role("button", name="Check my answer").click()
            answered += 1
            continue
        phone.get_by_role("link", name=NEXT).first.click()
    expect(phone).to_have_url(re.compile(r"/summary$"))
    return answered


def test_teacher_assigns_a_student_plays_the_teacher_reads_results(new_page, live_server):
    teacher = new_page("desktop")
    sign_in(teacher, live_server)
    results_url = _assign_first_story(teacher, live_server)
    assert_accessible(teacher)

    phone = new_page("phone")
    join(phone, live_server, nickname="Robin")
    phone.goto(live_server.path("/"))
    assert_accessible(phone)
    shoot(phone, "student-home-phone")
    answered = _play_through(phone)
    assert answered >= 1
    assert_accessible(phone)
    shoot(phone, "summary-phone")
    assert_no_problems(phone)

    teacher.goto(results_url)
    expect(teacher.get_by_text("Robin").first).to_be_visible()
    assert_accessible(teacher)
    shoot(teacher, "results")
    assert_no_problems(teacher)


def test_pages_carry_the_security_headers(desktop, live_server):
    response = desktop.goto(live_server.path("/login"))
    headers = response.headers
    assert "frame-ancestors 'none'" in headers["content-security-policy"]
    assert headers["x-frame-options"] == "DENY"
    assert headers["cache-control"] == "no-store"
    sign_in(desktop, live_server)
    for path in ("/", "/teach/stories", "/teach/stories/new"):
        desktop.goto(live_server.path(path))
    assert_no_problems(desktop)


def test_sign_out_on_every_device(new_page, live_server):
    laptop, tablet = new_page("desktop"), new_page("desktop")
    sign_in(laptop, live_server)
    sign_in(tablet, live_server)
    laptop.get_by_role("button", name="Sign out on every device").click()
    expect(laptop.get_by_text("signed out on every device")).to_be_visible()
    tablet.goto(live_server.path("/teach/stories"))
    expect(tablet).to_have_url(re.compile(r"/login"))
