"""Security headers on every response, a CSP the templates satisfy, no caching of private pages."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

TEMPLATES = Path(__file__).resolve().parents[3] / "templates"
STATIC = Path(__file__).resolve().parents[3] / "static"


def _check_headers(response) -> None:
    csp = response.headers.get("Content-Security-Policy", "")
    assert "default-src 'self'" in csp
    assert "frame-ancestors 'none'" in csp
    assert "'unsafe-inline'" not in csp and "'unsafe-eval'" not in csp
    assert "object-src 'none'" in csp and "base-uri 'none'" in csp
    assert response.headers["X-Frame-Options"] == "DENY"
    assert response.headers["X-Content-Type-Options"] == "nosniff"
    assert response.headers["Referrer-Policy"] == "same-origin"


@pytest.mark.parametrize(
    "path", ["/", "/login", "/join", "/healthz", "/nowhere", "/api/v1/classes"]
)
def test_headers_on_public_answers_and_errors(client, path):
    _check_headers(client.get(path))


def test_headers_on_static_files_without_no_store(client):
    response = client.get("/static/style.css")
    try:
        _check_headers(response)
        assert "no-store" not in response.headers.get("Cache-Control", "")
    finally:
        response.close()


def test_private_pages_are_not_stored(client, auth, classroom):
    auth.join(nickname="Sam")
    welcome = client.get("/welcome")  # shows the PIN
    _check_headers(welcome)
    assert welcome.headers["Cache-Control"] == "no-store"
    assert client.get("/").headers["Cache-Control"] == "no-store"


def test_api_answers_are_not_stored(client):
    assert client.get("/api/v1/classes").headers["Cache-Control"] == "no-store"


def test_hsts_only_in_production(make_app):
    dev = make_app()
    assert "Strict-Transport-Security" not in dev.test_client().get("/").headers
    prod = make_app(QUIZ_ENV="production", SECRET_KEY="x" * 32)
    hsts = prod.test_client().get("/").headers["Strict-Transport-Security"]
    assert hsts.startswith("max-age=") and int(hsts.split("=")[1].split(";")[0]) >= 15552000


INLINE = [
    (re.compile(r"\sstyle\s*=", re.I), 'a style="" attribute'),
    (re.compile(r"<style[\s>]", re.I), "a <style> element"),
    (re.compile(r"<script(?![^>]*\ssrc=)[^>]*>", re.I), "an inline <script>"),
    (re.compile(r"\son[a-z]+\s*=", re.I), "an inline event handler (onclick=…)"),
    (re.compile(r"javascript:", re.I), "a javascript: URL"),
]


@pytest.mark.parametrize(
    "template", sorted(TEMPLATES.rglob("*.html")), ids=lambda p: str(p.relative_to(TEMPLATES))
)
def test_templates_have_nothing_the_csp_forbids(template):
    text = template.read_text(encoding="utf-8")
    found = [what for pattern, what in INLINE if pattern.search(text)]
    assert not found, f"{template.name} has {', '.join(found)}: move it into static/"


@pytest.mark.parametrize("script", sorted(STATIC.rglob("*.js")), ids=lambda p: p.name)
def test_scripts_write_no_inline_style_attribute(script):
    """setAttribute("style", …) and innerHTML with style="" are blocked by the CSP."""
    text = script.read_text(encoding="utf-8")
    assert not re.search(r"setAttribute\(\s*['\"]style['\"]", text)
    assert not re.search(r"style=\\?['\"]", text)
