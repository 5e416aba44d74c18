"""A wire live blog ("The Latest: …") is one story, however often its entries change topic.

Its entries (a time, a few paragraphs, "___") move from a ferry vote to a closed highway to a
football fine: cohesion breaks at each one, and without the live blog's marks the same text is
split into three stories (the control), each titled with a body sentence.
"""

from __future__ import annotations

from story_kit import DATA

from questions import analyze

TEXT = (DATA / "live_blog.txt").read_text(encoding="utf-8")


def test_the_latest_is_one_story() -> None:
    stories = analyze(TEXT).stories
    assert len(stories) == 1
    assert stories[0].title.startswith("The Latest:")


def test_the_dateline_form_alone_marks_it() -> None:
    text = TEXT.replace("The Latest: ", "", 1)  # the headline without its mark
    assert len(analyze(text).stories) == 1


def test_control_the_same_entries_without_the_marks_are_split() -> None:
    text = TEXT.replace("The Latest: ", "", 1).replace("— The Latest on", "— An update on")
    titles = [s.title for s in analyze(text).stories]
    assert len(titles) == 3
    assert titles[1].startswith("A storm has closed")
