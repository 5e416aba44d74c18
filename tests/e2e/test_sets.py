"""A teacher builds a question set, writes a question, assigns it, reads results, downloads CSV.

Screenshots at 1280 px go to /tmp/shots/sets/ (and docs/screenshots/ through ``shoot``).
"""

from __future__ import annotations

import re
from pathlib import Path

from e2e_kit import assert_accessible, assert_no_problems, join, shoot, sign_in
from playwright.sync_api import Page, expect

SHOTS = Path("/tmp/shots/sets")


def snap(page: Page, name: str) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SHOTS / f"{name}.png"), full_page=True, animations="disabled")
    shoot(page, f"sets-{name}")


def test_build_a_set_assign_it_and_download_results(desktop, new_page, live_server):
    page = desktop
    sign_in(page, live_server)

    # Approve a story's drafts so it has questions to pick from.
    page.get_by_role("navigation", name="Main").get_by_role("link", name="Stories").click()
    page.locator("a.story-link").first.click()
    story_id = page.url.rstrip("/").rsplit("/", 1)[1]
    approve = page.get_by_role("button", name="Approve all drafts")
    if approve.count():
        approve.click()

    # A new set.
    nav = page.get_by_role("navigation", name="Main")
    nav.get_by_role("link", name="Question sets").click()
    expect(page.get_by_role("heading", name="Question sets", level=1)).to_be_visible()
    assert_accessible(page)
    page.get_by_label("Title", exact=True).fill("E2E week 1")
    page.get_by_role("button", name="Create set").click()
    expect(page.get_by_role("heading", name="E2E week 1", level=1)).to_be_visible()

    # Filter by the story, tick three questions, add them.
    page.get_by_label("Story", exact=True).select_option(story_id)
    page.get_by_role("button", name="Show").click()
    boxes = page.locator("input[name=question_ids][type=checkbox]")
    assert boxes.count() >= 3
    for i in range(3):
        boxes.nth(i).check()
    page.get_by_role("button", name="Add the ticked questions").click()
    expect(page.locator("#set-items > li")).to_have_count(3)

    # Reorder without JavaScript's drag: the Down button of the first question.
    first_id = page.locator("#set-items > li").first.get_attribute("data-id")
    page.locator("#set-items > li").first.get_by_role("button", name=re.compile("^Down")).click()
    expect(page.locator("#set-items > li").nth(1)).to_have_attribute("data-id", first_id)

    # With JavaScript on, a question can be dragged: the second onto the first.
    items = page.locator("#set-items > li")
    second_id = items.nth(1).get_attribute("data-id")
    page.locator("#questions-title").scroll_into_view_if_needed()
    with page.expect_navigation():
        items.nth(1).locator(".prompt").drag_to(items.nth(0).locator(".prompt"))
    expect(page.locator("#set-items > li").first).to_have_attribute("data-id", second_id)
    expect(page.get_by_text("New order saved.")).to_be_visible()

    # An own question, added to the set.
    page.get_by_role("link", name="Write your own question").click()
    page.get_by_label("Kind of question").select_option("who_said")
    page.get_by_label("Question", exact=True).fill("Who first reported the figures in this story?")
    page.get_by_label("Options, one per line").fill("The agency\nA neighbour\nThe rival paper")
    page.get_by_label("Number of the right option").fill("1")
    assert_accessible(page)
    snap(page, "own-question")
    page.get_by_role("button", name=re.compile("^Save the question")).click()
    expect(page.locator("#set-items > li")).to_have_count(4)

    # Settings.
    page.get_by_label("At the end of the quiz").check()
    page.get_by_label("Ask how sure students are").select_option("3")
    page.get_by_role("button", name="Save settings").click()
    expect(page.get_by_text("Settings saved.")).to_be_visible()
    assert_accessible(page)
    assert_no_problems(page)
    snap(page, "set-page")

    # Assign to the demo class with a title.
    page.get_by_label("Title students see (optional)").fill("Monday quiz")
    page.get_by_role("button", name="Assign").click()
    expect(page).to_have_url(re.compile(r"/teach/assignments/\d+$"))
    expect(page.get_by_role("heading", name="Monday quiz", level=1)).to_be_visible()
    results_url = page.url

    # A student answers one question on a phone.
    student = new_page("phone")
    join(student, live_server, nickname="E2E Sam")
    student.goto(live_server.url + "/")
    quiz = student.locator("li", has_text=re.compile("Monday quiz|E2E week 1")).first
    quiz.get_by_role("link", name="Start").click()
    student.locator("form input[name=choice]").first.check(force=True)
    student.get_by_role("button", name="Check my answer").click()

    # Results, with the chart and its text alternative.
    page.goto(results_url)
    expect(page.get_by_role("img", name=re.compile("Share of right answers"))).to_be_visible()
    expect(page.get_by_text("E2E Sam")).to_be_visible()
    assert_accessible(page)
    assert_no_problems(page)
    snap(page, "results")

    # The CSV downloads with the page's session.
    with page.expect_download() as info:
        page.get_by_role("link", name="Download CSV").click()
    data = Path(info.value.path()).read_bytes()
    assert data.startswith("\ufeff".encode()) and b"E2E Sam" in data

    # The sets list shows it as assigned.
    page.goto(live_server.url + "/teach/sets")
    expect(page.get_by_role("link", name="E2E week 1")).to_be_visible()
    snap(page, "sets-list")
