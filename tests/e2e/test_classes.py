"""A teacher at 1280 px: upload a saved news page, paste stories and check the split, paste one
again, open a class with its QR code, rename a student and reset their PIN.

Screenshots go to /tmp/shots/classes/ (looked at by a person; not committed).
"""

from __future__ import annotations

import io
import re
from pathlib import Path

import zxingcpp
from e2e_kit import ROOT, assert_accessible, assert_no_problems, join, sign_in, unique_nickname
from PIL import Image
from playwright.sync_api import Page, expect

SHOTS = Path("/tmp/shots/classes")
SAVED_PAGE = ROOT / "tests" / "quiz" / "teach" / "data" / "saved_page.html"
THREE_STORIES = ROOT / "tests" / "questions" / "data" / "three_stories.txt"


def snap(page: Page, name: str) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SHOTS / f"{name}.png"), full_page=True, animations="disabled")


def test_upload_a_saved_news_page(desktop, live_server):
    page = desktop
    sign_in(page, live_server)
    page.goto(live_server.path("/teach/stories/new"))
    assert_accessible(page)
    snap(page, "01-add-story")
    page.get_by_label("Or upload a file").set_input_files(str(SAVED_PAGE))
    page.get_by_role("button", name="Add story").click()
    expect(page.get_by_role("heading", level=1)).to_have_text(
        "Harbour bridge to close for repairs, council says"
    )
    expect(page.get_by_text("The Coastal Courier").first).to_be_visible()
    expect(page.get_by_text("27 November 2026")).to_be_visible()
    assert_accessible(page)
    assert_no_problems(page)
    snap(page, "02-uploaded-page")


def test_paste_stories_check_the_split_and_paste_one_again(desktop, live_server):
    page = desktop
    sign_in(page, live_server)
    text = THREE_STORIES.read_text()
    page.goto(live_server.path("/teach/stories/new"))
    page.get_by_label("Story text").fill(text)
    page.get_by_role("button", name="Add story").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("This text holds 3 stories")
    assert_accessible(page)
    snap(page, "03-split-preview")

    # Move the second story's start one paragraph later, then back; merge the third into it.
    page.get_by_role("button", name=re.compile("start story 2 one paragraph later")).click()
    expect(page.locator("#start-15")).to_be_checked()
    page.get_by_role("button", name=re.compile("start story 2 one paragraph earlier")).click()
    expect(page.locator("#start-14")).to_be_checked()
    page.get_by_role("button", name="Merge with story 2").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("This text holds 2 stories")
    snap(page, "04-split-merged")
    # Split again by ticking a paragraph, then save.
    page.locator("#start-26").check()
    page.get_by_role("button", name="Update the preview").first.click()
    expect(page.get_by_role("heading", level=1)).to_have_text("This text holds 3 stories")
    page.get_by_role("button", name="Save these 3 stories").first.click()
    expect(page.locator(".flash").first).to_contain_text(re.compile(r"added|Already in your"))
    assert_accessible(page)
    snap(page, "05-split-saved")

    # The first story again: the library already has it, and says where.
    first = "\n".join(text.splitlines()[:13]) + "\n"  # story 1 is lines 1-13
    page.goto(live_server.path("/teach/stories/new"))
    page.get_by_label("Story text").fill(first)
    page.get_by_role("button", name="Add story").click()
    notice = page.locator(".flash", has_text="Already in your library")
    expect(notice).to_be_visible()
    expect(notice.get_by_role("link")).to_have_count(1)
    assert_accessible(page)
    snap(page, "06-already-in-library")


def test_class_page_qr_rename_and_reset_pin(desktop, new_page, live_server):
    nickname = unique_nickname("Roster")
    student = new_page("phone")
    join(student, live_server, nickname=nickname)

    page = desktop
    sign_in(page, live_server)
    page.goto(live_server.path(f"/teach/classes/{live_server.class_id}"))
    expect(page.get_by_role("heading", name="Join code")).to_be_visible()
    qr = page.locator("img.qr")
    expect(qr).to_be_visible()
    assert qr.evaluate("img => img.complete && img.naturalWidth > 0"), "the QR code loads"
    scanned = [r.text for r in zxingcpp.read_barcodes(Image.open(io.BytesIO(qr.screenshot())))]
    assert scanned == [live_server.path(f"/join?code={live_server.join_code}")]
    expect(page.get_by_role("link", name=nickname, exact=True)).to_be_visible()
    assert_accessible(page)
    assert_no_problems(page)
    snap(page, "07-class-page")

    page.get_by_role("link", name="Show on the projector").click()
    expect(page.locator(".join-code-xl")).to_have_text(live_server.join_code)
    assert_accessible(page)
    snap(page, "08-projector")
    page.go_back()

    renamed = nickname + " R"
    page.get_by_role("link", name=f"Rename {nickname}").click()
    page.get_by_label("New nickname").fill(renamed)
    page.get_by_role("button", name="Rename").click()
    expect(page.get_by_text(f"“{nickname}” is now “{renamed}”.")).to_be_visible()
    snap(page, "09-renamed")

    page.get_by_role("button", name=f"Reset PIN of {renamed}").click()
    expect(page.get_by_role("heading", level=1)).to_have_text(f"New PIN for {renamed}")
    pin = page.locator(".pin").inner_text().strip()
    assert re.fullmatch(r"\d{4}", pin)
    assert_accessible(page)
    snap(page, "10-new-pin")

    # The student, on another phone, comes back with the new name and the new PIN.
    again = new_page("phone")
    again.goto(live_server.path("/join"))
    again.get_by_label("Class code").fill(live_server.join_code)
    again.get_by_label("Nickname").fill(renamed)
    again.get_by_text("I joined before on another device").click()
    again.get_by_label("Rejoin PIN (only if you joined before)").fill(pin)
    again.get_by_role("button", name="Join").click()
    expect(again.get_by_text(f"Welcome back, {renamed}.")).to_be_visible()


def test_class_and_split_pages_on_a_phone(new_page, live_server):
    page = new_page("phone")
    sign_in(page, live_server)
    page.goto(live_server.path(f"/teach/classes/{live_server.class_id}"))
    expect(page.locator(".join-code").first).to_have_text(live_server.join_code)
    assert_accessible(page)
    snap(page, "11-class-phone")
    page.goto(live_server.path("/teach/stories/new"))
    page.get_by_label("Story text").fill(THREE_STORIES.read_text())
    page.get_by_role("button", name="Add story").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("This text holds 3 stories")
    assert_accessible(page)
    snap(page, "12-split-phone")


def test_an_admin_invites_a_teacher_who_signs_up_and_changes_password(new_page, live_server):
    from quiz.db import db
    from quiz.models import Role, User, casefold_key

    with live_server.app.app_context():
        if db.session.scalar(User.by_username("e2e-admin")) is None:
            admin = User(role=Role.ADMIN, username="e2e-admin", username_key="e2e-admin")
            admin.set_password("admin password for e2e")
            db.session.add(admin)
            db.session.commit()
    page = new_page("desktop")
    sign_in(page, live_server, "e2e-admin", "admin password for e2e")
    page.get_by_role("link", name="Teachers").click()
    expect(page.get_by_role("heading", name="Teachers", level=1)).to_be_visible()
    page.get_by_label("Who is it for? (optional)").fill("New history teacher")
    page.get_by_role("button", name="Make an invite code").click()
    code = page.locator(".invite-code").inner_text().strip()
    assert re.fullmatch(r"[A-Z0-9]{4}-[A-Z0-9]{4}-[A-Z0-9]{4}", code)
    assert_accessible(page)
    snap(page, "13-invite")
    link = page.locator("a[href*='/signup?code=']").inner_text()

    newcomer = new_page("desktop")
    newcomer.goto(link)
    expect(newcomer.get_by_label("Invite code")).to_have_value(code)
    username = casefold_key(unique_nickname("teacher")).replace(" ", "-")
    newcomer.get_by_label("Username").fill(username)
    newcomer.get_by_label("Password", exact=True).fill("quiet harbour lamp")
    newcomer.get_by_label("Password again").fill("quiet harbour lamp")
    assert_accessible(newcomer)
    newcomer.get_by_role("button", name="Create my account").click()
    expect(newcomer.get_by_text(f"Welcome, {username}!")).to_be_visible()

    newcomer.get_by_role("link", name=username).click()
    newcomer.get_by_label("Current password").fill("quiet harbour lamp")
    newcomer.get_by_label("New password", exact=True).fill("password1")
    newcomer.get_by_label("New password again").fill("password1")
    newcomer.get_by_role("button", name="Change password").click()
    expect(
        newcomer.get_by_text("at least 8 characters").or_(newcomer.get_by_text("most common")).first
    ).to_be_visible()
    newcomer.get_by_label("Current password").fill("quiet harbour lamp")
    newcomer.get_by_label("New password", exact=True).fill("brass compass morning")
    newcomer.get_by_label("New password again").fill("brass compass morning")
    newcomer.get_by_role("button", name="Change password").click()
    expect(newcomer.get_by_text("Your password is changed.")).to_be_visible()
    assert_accessible(newcomer)
    snap(newcomer, "14-account")

    page.goto(live_server.path("/admin/teachers"))
    expect(page.get_by_role("cell", name=username)).to_be_visible()
    snap(page, "15-teachers")
