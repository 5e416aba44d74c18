"""Helpers for the browser tests: ``from e2e_kit import sign_in, join, shoot, assert_accessible``.

(``tests/e2e`` is put on ``sys.path`` by its conftest, so this module imports by name.)

- ``sign_in(page, server)``: the demo teacher signs in through the form.
- ``join(page, server, nickname=None)``: a student joins the demo class; returns the PIN shown.
- ``shoot(page, name)``: a full-page screenshot into ``docs/screenshots/<name>.png``.
- ``assert_accessible(page)``: axe-core finds no serious or critical violation.
- ``assert_no_problems(page)``: the browser reported no CSP violation and no script error.
- ``unique_nickname()``: a nickname no other test of the session uses (the server is shared).
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass
from pathlib import Path

from axe_playwright_python.sync_playwright import Axe
from flask import Flask
from playwright.sync_api import Page

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
ROOT = Path(__file__).resolve().parents[2]
SCREENSHOTS = ROOT / "docs" / "screenshots"
DEMO_USERNAME = "demo"
DEMO_PASSWORD = "e2e demo password 7"  # noqa: S105 - a throwaway test database
PHONE = {"width": 390, "height": 844}
DESKTOP = {"width": 1280, "height": 800}
BLOCKING_IMPACTS = ("serious", "critical")


@dataclass
class LiveServer:
    """The app served on a free port: its base ``url``, the ``app`` object and the demo ids."""

    url: str
    app: Flask
    join_code: str
    teacher_id: int
    class_id: int

    def path(self, path: str) -> str:
        return self.url + path


def watch(page: Page) -> Page:
    """Record what the browser complains about (CSP violations, uncaught script errors)."""
    problems: list[str] = []
    page.problems = problems  # type: ignore[attr-defined]

    def on_console(msg) -> None:
        text = msg.text
        if msg.type == "error" and ("Content Security Policy" in text or "Refused to" in text):
            problems.append(f"console: {text}")

    page.on("console", on_console)
    page.on("pageerror", lambda exc: problems.append(f"page error: {exc}"))
    return page


def assert_no_problems(page: Page) -> None:
    problems = getattr(page, "problems", [])
    assert not problems, "\n".join(problems)


_nicknames = itertools.count(1)


def unique_nickname(prefix: str = "Student") -> str:
    """A nickname no other test of this session uses."""
    return f"{prefix} {next(_nicknames)}"


def sign_in(
    page: Page, server: LiveServer, username: str = DEMO_USERNAME, password: str = DEMO_PASSWORD
) -> None:
    """Sign in through the teacher form and land on the teacher's home page."""
    page.goto(server.path("/login"))
    page.get_by_label("Username").fill(username)
    page.get_by_label("Password").fill(password)
    page.get_by_role("button", name="Sign in").click()
    page.wait_for_load_state()
    assert "/login" not in page.url, f"sign-in failed, still on {page.url}"


def join(
    page: Page, server: LiveServer, nickname: str | None = None, code: str | None = None
) -> str:
    """Join the demo class (or the class of ``code``) as a new student; returns the rejoin PIN."""
    page.goto(server.path("/join"))
    page.get_by_label("Class code").fill(code or server.join_code)
    page.get_by_label("Nickname").fill(nickname or unique_nickname())
    page.get_by_role("button", name="Join").click()
    page.wait_for_url("**/welcome")
    return page.locator(".pin").inner_text().strip()


def shoot(page: Page, name: str) -> Path:
    """Save a full-page screenshot as docs/screenshots/<name>.png."""
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    path = SCREENSHOTS / f"{name}.png"
    page.screenshot(path=str(path), full_page=True, animations="disabled")
    return path


_axe = Axe()


def assert_accessible(page: Page, context: str | None = None) -> None:
    """axe-core on the page as shown: no violation of impact serious or critical."""
    violations = _axe.run(page, context=context).response["violations"]
    blocking = [v for v in violations if v.get("impact") in BLOCKING_IMPACTS]
    report = "\n".join(
        f"- {v['id']} ({v['impact']}): {v['help']} — "
        + "; ".join(str(n.get("target", ["?"])[0]) for n in v["nodes"][:5])
        for v in blocking
    )
    assert not blocking, f"axe found serious/critical violations on {page.url}:\n{report}"
