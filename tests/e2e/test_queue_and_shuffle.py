"""What landed last: a long paste analysed by the job queue, and a set played shuffled.

- A teacher pastes a long story (over ``ANALYSE_INLINE_MAX_CHARS``, 20,000 characters; the text is
  made up here) and lands on its import-job page, which shows the wait or the analysis steps and
  then, by itself (its small poll, or the <noscript> refresh), turns into the story's page. The
  queue is real: a SQLite file and ``flask jobs`` in a process of its own (``JOB_QUEUE`` below).
- A teacher writes three questions of four options, ticks "shuffle questions" and "shuffle
  options", assigns the set; a student on a phone picks the right option by its text wherever it
  sits on the screen, and every answer is scored right (feedback and summary), while the screen
  order is not the order the teacher wrote.
- An analysis that failed shows why and gives the text back in a form (import-job-failed.png).
axe-core on the new pages; screenshots import-job.png, story-long.png, shuffled-question-phone.png.
"""

from __future__ import annotations

import random
import re

from e2e_kit import (
    SCREENSHOTS,
    assert_accessible,
    assert_no_problems,
    join,
    shoot,
    sign_in,
    unique_nickname,
)
from playwright.sync_api import Page, expect

JOB_QUEUE = True  # conftest: a real queue and its consumer for this module's server

PEOPLE = ["Mayor Ana Petrov", "Councillor Dev Okafor", "Harbour engineer Lise Brandt"]
PLACES = ["the north pier", "the ferry ramp", "Quay Street", "the old fish market"]
TOPICS = ["the tide gauge", "the repair budget", "the new footbridge", "the night buses"]


def long_story(min_chars: int = 24_000) -> str:
    """A made-up local news story of at least ``min_chars`` characters (no corpus text)."""
    rng = random.Random(7)
    paragraphs = [
        "Repairs to the harbour wall in Westmere will take two more years, the town council "
        "said on Tuesday, after storms in March cracked the sea defences along the north pier."
    ]
    n = 0
    while sum(len(p) + 2 for p in paragraphs) < min_chars:
        n += 1
        who, place, topic = rng.choice(PEOPLE), rng.choice(PLACES), rng.choice(TOPICS)
        paragraphs.append(
            f"At a meeting on day {n} of the works, {who} said the work near {place} was "
            f"“on schedule but under pressure”, and that {topic} would be reviewed in {n % 12 + 1} "
            f"weeks. The council's report counts {n * 3 + 40} metres of wall still to be rebuilt. "
            f"Residents near {place} claimed the noise had lasted far longer than promised."
        )
    return "\n\n".join(paragraphs)


def test_a_long_paste_shows_the_job_page_then_its_story(desktop: Page, live_server):
    page = desktop
    text = long_story()
    limit = live_server.app.config["ANALYSE_INLINE_MAX_CHARS"]
    assert len(text) > limit >= 20_000
    sign_in(page, live_server)
    page.goto(live_server.path("/teach/stories/new"))
    page.get_by_label("Story text").fill(text)
    page.get_by_label("Title (optional)").fill("Harbour wall repairs run two years late")
    page.get_by_role("button", name="Add story").click()

    # The request only queued the text: the job page, waiting or already at a step.
    expect(page).to_have_url(re.compile(r"/teach/imports/\d+$"))
    job_url = page.url
    expect(page.get_by_role("heading", level=1)).to_have_text(
        "Harbour wall repairs run two years late"
    )
    expect(page.get_by_role("status")).to_contain_text(re.compile(r"Waiting for its turn|Step \d"))
    expect(page.get_by_text(f"{len(text):,} characters", exact=False)).to_be_visible()
    assert_accessible(page)
    assert_no_problems(page)  # the poll script runs under the CSP
    shoot(page, "import-job")

    # The page follows the job by itself (no click) until the story is there.
    page.wait_for_url(re.compile(r"/teach/stories(/\d+)?$"), timeout=120_000)
    if re.search(r"/teach/stories$", page.url):  # the text became several stories
        page.get_by_role("link", name=re.compile("Harbour wall repairs")).first.click()
    expect(page.get_by_role("heading", level=1)).to_contain_text("Harbour wall repairs")
    expect(page.get_by_text("Repairs to the harbour wall in Westmere").first).to_be_visible()
    assert_accessible(page)
    assert_no_problems(page)
    # The story's page runs to ~20,000 px here: the first screen is enough.
    page.screenshot(path=str(SCREENSHOTS / "story-long.png"), animations="disabled")

    # The job's own page now leads to the story too, and its state says done.
    state = page.request.get(job_url + "/state").json()
    assert state["status"] == "done" and state["story_ids"], state


def test_a_failed_analysis_gives_the_text_back(desktop: Page, live_server):
    """An analysis that failed says why and hands the text back in a form, ready to send again."""
    from quiz.db import db
    from quiz.models import User
    from quiz.services import import_jobs

    text = long_story(21_000)
    with live_server.app.app_context():
        owner = db.session.get(User, live_server.teacher_id)
        job = import_jobs.create(db.session, owner, text, {"title": "Harbour night"}, split=True)
        job.status, job.error = import_jobs.FAILED, import_jobs.UNEXPECTED
        db.session.commit()
        job_id = job.id
    page = desktop
    sign_in(page, live_server)
    page.goto(live_server.path(f"/teach/imports/{job_id}"))
    expect(page.get_by_role("alert")).to_contain_text("unexpected error")
    expect(page.get_by_role("heading", name="Try again")).to_be_visible()
    expect(page.get_by_label("Story text")).to_have_value(text)
    expect(page.get_by_label("Title (optional)")).to_have_value("Harbour night")
    assert_accessible(page)
    assert_no_problems(page)
    page.screenshot(path=str(SCREENSHOTS / "import-job-failed.png"), animations="disabled")


QUESTIONS = [
    ("Who said the wall was on schedule?", ["The mayor", "A captain", "A diver", "A tourist"]),
    ("Who counted the metres still to build?", ["The council", "A blogger", "A pupil", "A cat"]),
    ("Who claimed the noise lasted too long?", ["Residents", "Engineers", "Sailors", "Critics"]),
]  # the right answer is always written first


def test_a_shuffled_set_is_scored_right_whatever_the_screen_order(new_page, live_server):
    teacher = new_page("desktop")
    sign_in(teacher, live_server)
    teacher.goto(live_server.path("/teach/sets"))
    teacher.get_by_label("Title", exact=True).fill("Shuffled harbour quiz")
    teacher.get_by_role("button", name="Create set").click()
    expect(teacher.get_by_role("heading", name="Shuffled harbour quiz", level=1)).to_be_visible()
    for prompt, options in QUESTIONS:
        teacher.get_by_role("link", name="Write your own question").click()
        teacher.get_by_label("Kind of question").select_option("who_said")
        teacher.get_by_label("Question", exact=True).fill(prompt)
        teacher.get_by_label("Options, one per line").fill("\n".join(options))
        teacher.get_by_label("Number of the right option").fill("1")
        teacher.get_by_role("button", name=re.compile("^Save the question")).click()
    expect(teacher.locator("#set-items > li")).to_have_count(len(QUESTIONS))
    teacher.get_by_label("After each question").check()
    teacher.get_by_label(re.compile("^Shuffle the order of the questions")).check()
    teacher.get_by_label(re.compile("^Shuffle the order of the options")).check()
    teacher.get_by_role("button", name="Save settings").click()
    expect(teacher.get_by_text("Settings saved.")).to_be_visible()
    expect(teacher.get_by_label(re.compile("^Shuffle the order of the options"))).to_be_checked()
    teacher.get_by_label("Title students see (optional)").fill("Harbour shuffle")
    teacher.get_by_role("button", name="Assign").click()
    expect(teacher).to_have_url(re.compile(r"/teach/assignments/\d+$"))
    results_url = teacher.url

    student = new_page("phone")
    nickname = unique_nickname("Shuffler")
    join(student, live_server, nickname=nickname)
    student.goto(live_server.path("/"))
    student.locator("li", has_text="Harbour shuffle").get_by_role("link", name="Start").click()
    start = student.get_by_role("link", name="Start the questions")
    if start.count():
        start.click()

    by_prompt = dict(QUESTIONS)
    seen_prompts, reordered = [], False
    for number in range(1, len(QUESTIONS) + 1):
        prompt = student.locator("#prompt").inner_text().strip()
        assert prompt in by_prompt, prompt
        seen_prompts.append(prompt)
        written = by_prompt[prompt]
        shown = [t.strip() for t in student.locator("fieldset.choices label").all_inner_texts()]
        assert sorted(shown) == sorted(written), shown
        reordered |= shown != written
        if number == 1:
            assert_accessible(student)
            assert_no_problems(student)
            shoot(student, "shuffled-question-phone")
        student.get_by_label(written[0], exact=True).check(force=True)
        student.get_by_role("button", name="Check my answer").click()
        expect(student.locator("#verdict")).to_contain_text("Right!")
        label = "Next question" if number < len(QUESTIONS) else "See how you did"
        student.get_by_role("link", name=label).click()

    assert reordered, "no question showed its options in another order than written"
    assert sorted(seen_prompts) == sorted(by_prompt)
    expect(student.locator("p.lead")).to_contain_text(f"got {len(QUESTIONS)} right")
    assert_accessible(student)

    teacher.goto(results_url)
    expect(teacher.get_by_role("row", name=re.compile(nickname))).to_contain_text(
        f"{len(QUESTIONS)} / {len(QUESTIONS)}"
    )
