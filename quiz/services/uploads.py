"""Reading an uploaded story: a plain-text file, or a news web page saved from a browser.

A saved page (``.html``/``.htm``) is read by trafilatura, a maintained extractor of article text
and metadata (title, site name, date, canonical address); nothing here parses HTML by hand and
nothing is fetched — trafilatura works on the bytes given. What cannot be read is refused with a
message a teacher can act on: an empty or oversized file, binary data, text that is not in the
encoding the page declares, a page with no article text in it, or another kind of file.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass
from datetime import date

import trafilatura

import questions
from quiz.services.stories import ImportRefused

MAX_UPLOAD_BYTES = 2 * 1024 * 1024
TEXT_SUFFIXES = (".txt",)
HTML_SUFFIXES = (".html", ".htm")
# <meta charset="…"> or <meta http-equiv="Content-Type" content="text/html; charset=…">, which
# the HTML standard says must come within a page's first 1024 bytes.
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:\-]+)""", re.I)
_HTML_START = re.compile(
    r"^\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body)\b", re.I | re.S
)
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")
# A news story has at least a few sentences; less is a page's leftovers, not an article.
MIN_ARTICLE_WORDS = 25


def _controls(text: str) -> int:
    return len(_CONTROL.findall(text, 0, 65536))


class UploadRefused(ImportRefused):
    """An uploaded file that cannot be read as a story; nothing was stored."""


@dataclass(frozen=True)
class Upload:
    """An uploaded story's text and what its page says about it (None where it says nothing)."""

    text: str
    title: str | None = None
    outlet: str | None = None
    url: str | None = None
    published: date | None = None


def read_upload(filename: str, data: bytes) -> Upload:
    """The story in an uploaded file, or UploadRefused saying what is wrong with it."""
    name = (filename or "").lower()
    if not name.endswith(TEXT_SUFFIXES + HTML_SUFFIXES):
        raise UploadRefused("Upload a .txt file, or a news page saved as .html.")
    if len(data) > MAX_UPLOAD_BYTES:
        raise UploadRefused(
            f"That file is too large ({len(data) / 1_048_576:.1f} MB; the limit is 2 MB)."
        )
    if not data.strip():
        raise UploadRefused("That file is empty.")
    if name.endswith(HTML_SUFFIXES):
        return read_html(data)
    try:
        return Upload(text=questions.decode_bytes(data))
    except questions.InputError as exc:
        raise UploadRefused(f"We could not read that file: {exc}.") from None


def decode_html(data: bytes) -> str:
    """A saved page's bytes as text, in the encoding its byte-order mark or <meta> declares.

    Without a declaration, UTF-8 is tried and then Windows-1252, as browsers do.
    """
    for bom, encoding in (
        (codecs.BOM_UTF8, "utf-8-sig"),
        (codecs.BOM_UTF16_LE, "utf-16"),
        (codecs.BOM_UTF16_BE, "utf-16"),
    ):
        if data.startswith(bom):
            return _looks_like_html(_decode(data, encoding))
    if b"\x00" in data:
        raise UploadRefused("That file is not a web page: it holds binary data.")
    declared = _META_CHARSET.search(data[:4096])
    if declared:
        return _looks_like_html(_decode(data, declared.group(1).decode("ascii", "replace")))
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        text = _decode(data, "cp1252")
    return _looks_like_html(text)


def _looks_like_html(text: str) -> str:
    if _controls(text) * 20 > min(len(text), 65536):
        raise UploadRefused("That file is not a web page: it holds binary data.")
    if not _HTML_START.match(text) and "<p" not in text[:65536].lower():
        raise UploadRefused(
            "That file does not look like a web page. Save the article from your browser "
            "(File › Save Page As…, “Web Page, HTML only”), or paste its text instead."
        )
    return text


def _decode(data: bytes, encoding: str) -> str:
    try:
        codec = codecs.lookup(encoding)
    except LookupError:
        raise UploadRefused(
            f"The page says its text is in “{encoding}”, an encoding we do not know. "
            "Save it again from your browser, or paste its text instead."
        ) from None
    try:
        text = data.decode(codec.name)
    except UnicodeDecodeError:
        raise UploadRefused(
            f"The page says its text is in {codec.name.upper()}, but it is not: the file may "
            "have been changed after it was saved. Save it again from your browser, or paste "
            "its text instead."
        ) from None
    return text


def read_html(data: bytes) -> Upload:
    """The article of a saved news page: its text (a paragraph a line) and its metadata."""
    html = decode_html(data)
    doc = trafilatura.bare_extraction(
        html,
        with_metadata=True,
        include_comments=False,
        include_tables=False,
        include_images=False,
        include_links=False,
        include_formatting=False,
        favor_precision=True,
    )
    text = questions.normalize_newlines((doc.text if doc is not None else "") or "").strip()
    if len(text.split()) < MIN_ARTICLE_WORDS:
        raise UploadRefused(
            "We found no article text in that page. Save the article's own page (not a list of "
            "headlines), or paste its text instead."
        )
    return Upload(
        text=text + "\n",
        title=_clip(doc.title, 300),
        outlet=_clip(doc.sitename, 120),
        url=_web_address(doc.url),
        published=_date(doc.date),
    )


def _clip(value: str | None, limit: int) -> str | None:
    value = " ".join((value or "").split())
    return value[:limit] or None


def _web_address(value: str | None) -> str | None:
    value = (value or "").strip()
    ok = value.lower().startswith(("http://", "https://")) and len(value) <= 500
    return value if ok and " " not in value else None


def _date(value: str | None) -> date | None:
    try:
        return date.fromisoformat((value or "")[:10])
    except ValueError:
        return None
