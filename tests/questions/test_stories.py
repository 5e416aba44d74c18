"""Page furniture, crossheads and splitting a paste into stories."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from questions import Analysis, analyze
from questions.segment import story_ranges
from questions.stories import classify_lines, furniture_reason, is_heading, split_lines

GOLD_REASONS = {
    "image_captions": "caption",
    "advertising_and_promos": {"advert", "promo", "related"},
    "video_player_furniture": "video",
    "video_titles": "video_title",
    "cookie_consent": "cookie",
}


def dropped(analysis: Analysis) -> dict[int, str]:
    """Line number -> reason of every dropped line of every story."""
    return {d.line: d.reason for s in analysis.stories for d in s.dropped}


def starts(analysis: Analysis) -> list[int]:
    return [s.start_line for s in analysis.stories]


# --- the seed against its gold annotation -------------------------------------------------


def test_seed_story_starts(seed_analysis: Analysis, gold: dict) -> None:
    assert starts(seed_analysis) == [1, 32, 72, 88]
    assert [(s.start_line, s.end_line) for s in seed_analysis.stories] == [
        (g["start_line"], g["end_line"]) for g in gold["stories"]
    ]


@pytest.mark.parametrize("group", sorted(GOLD_REASONS))
def test_seed_furniture_is_dropped_with_its_reason(
    seed_analysis: Analysis, gold: dict, group: str
) -> None:
    expected = GOLD_REASONS[group]
    reasons = dropped(seed_analysis)
    for line in gold["not_article_text"][group]:
        assert line in reasons, f"line {line} not dropped"
        assert reasons[line] in (expected if isinstance(expected, set) else {expected})


def test_seed_drops_nothing_else(seed_analysis: Analysis, gold: dict) -> None:
    furniture = {n for lines in gold["not_article_text"].values() for n in lines}
    assert set(dropped(seed_analysis)) == furniture


def test_seed_crossheads_are_headings(seed_analysis: Analysis, gold: dict) -> None:
    assert [n for s in seed_analysis.stories for n in s.headings] == gold["crossheads"]


def test_seed_no_sentences_from_headings_or_furniture(seed_analysis: Analysis, gold: dict) -> None:
    skipped = set(dropped(seed_analysis)) | set(gold["crossheads"])
    lines = {s.line for story in seed_analysis.stories for s in story.sentences}
    assert not lines & skipped


@pytest.mark.parametrize("line", [64, 69])
def test_seed_traps_produce_nothing(seed_analysis: Analysis, line: int) -> None:
    story = next(s for s in seed_analysis.stories if s.start_line <= line <= s.end_line)
    assert not [s for s in story.sentences if s.line == line]
    assert not [c for c in story.claims if c.line == line]
    assert not [v for v in story.verification if v.line == line]
    assert not [h for h in story.hedges if h.line == line]


def test_seed_titles_are_first_sentences(seed_analysis: Analysis) -> None:
    titles = [s.title for s in seed_analysis.stories]
    assert titles[2] == (
        "China has criticised a British warship’s passage through the Taiwan Strait as a "
        "deliberate move to “cause trouble”."
    )
    assert titles[0].endswith("…") and len(titles[0]) <= 121
    assert all(titles)


# --- furniture and headings, line by line -------------------------------------------------

FURNITURE = [
    ("Image: Smoke over the city after the strike", "caption"),
    ("Image: Putin and Khamenei meeting in Tehran in 2022. Pic: AP", "caption"),
    ("Picture: Reuters", "caption"),
    ("Image caption, Rescue workers at the scene", "caption"),
    ("Getty Images", "caption"),
    ("Advertisement", "advert"),
    ("ADVERTISEMENT", "advert"),
    ("Story continues below advertisement", "advert"),
    ("More on Ukraine", "related"),
    ("Related Topics:", "related"),
    ("Related Topics: Russia, Ukraine", "related"),
    ("Read more: Why the strait matters", "related"),
    ("Please use Chrome browser for a more accessible video player", "video"),
    ("1:35", "video"),
    ("12:05:33", "video"),
    ("Follow Sky News on WhatsApp", "promo"),
    ("Listen to The World every Wednesday", "promo"),
    ("Subscribe to our newsletter", "promo"),
    ("Share this article", "promo"),
    ("By Jane Smith, political correspondent", "byline"),
    ("Additional reporting by Reuters", "byline"),
    ("Updated 3 hours ago", "dateline"),
    ("Wednesday 21 June 2023 10:20, UK", "dateline"),
    ("Ad Feedback", "advert"),
    ("Associated Press writer Jane Doe contributed to this report.", "byline"),
    ("Reporting by Tom Balmforth; Editing by Alex Richardson", "byline"),
    ("Source: Al Jazeera and news agencies", "byline"),
    ("Credit...Getty Images", "caption"),
    ("Protesters in Paris on Sunday. Photograph: Kevin Lamarque/Reuters", "caption"),
    ("Related Article: Why the strait matters", "related"),
    ("Top Stories", "related"),
    ("* * *", "rule"),
    ("___", "rule"),
    # story text that must stay
    ("Russia says more than 70 attackers have been killed.", None),
    ("Follow-up talks are expected in Geneva next week, officials said.", None),
    ("Listen to him, the minister told reporters, and you will hear the fear.", None),
    ("By Friday, the troops had left the town.", None),
    ("More than 40 flood warnings were in place on Tuesday.", None),
    ("Sky News has been unable to verify the reports.", None),
    ("The source said the talks had failed.", None),
    ("Top officials met in Geneva on Friday.", None),
]


@pytest.mark.parametrize(("line", "reason"), FURNITURE)
def test_furniture_reason(line: str, reason: str | None) -> None:
    assert furniture_reason(line) == reason


HEADINGS = [
    ("Who was behind the alleged attack?", True),
    ("What happens next", True),
    ("Is the alleged attack important?", True),
    ("“Or was it as much a surprise to them as it was to the Kremlin?", False),
    ("It is not as simple as one clean strike and job done.", False),
    ("The strait is contested between Taiwan and China, which split in 1949.", False),
    ("and then the talks collapsed", False),
    ("", False),
]


@pytest.mark.parametrize(("line", "expected"), HEADINGS)
def test_is_heading(line: str, expected: bool) -> None:
    assert is_heading(line) is expected


def kinds_of(text: str) -> list[tuple[str, str | None]]:
    lines = split_lines(text)
    return [(k.kind, k.reason) for k in classify_lines(lines)]


def test_video_title_follows_player_lines() -> None:
    text = "Body text one.\nPlease use Chrome browser for a more accessible video player\n2:40\n"
    text += "MAGA civil war breaks out over Iran\nBody text two goes here.\n"
    assert kinds_of(text) == [
        ("body", None),
        ("furniture", "video"),
        ("furniture", "video"),
        ("furniture", "video_title"),
        ("body", None),
    ]


def test_long_sentence_after_video_is_kept() -> None:
    text = "0:57\nThe talks ended without agreement on Friday, the foreign ministry said.\n"
    assert kinds_of(text)[1] == ("body", None)


def test_cookie_block_with_provider_line() -> None:
    text = (
        "The minister spoke on Monday.\nPodbean\n"
        "This content is provided by Podbean, which may be using cookies and other technologies.\n"
        "To show you this content, we need your permission to use cookies.\n"
        "The talks continue on Tuesday.\n"
    )
    assert [k for k, _ in kinds_of(text)] == ["body", "furniture", "furniture", "furniture", "body"]
    assert {r for _, r in kinds_of(text)} == {None, "cookie"}


def test_bbc_style_embed_banner() -> None:
    text = (
        "The minister spoke on Monday.\n"
        "Allow Google YouTube content?\n"
        "This article contains content provided by Google YouTube. We ask for your permission "
        "before anything is loaded, as they may be using cookies and other technologies.\n"
        "Accept and continue\n"
        "End of YouTube post, 1\n"
        "The talks continue on Tuesday.\n"
    )
    assert kinds_of(text) == [
        ("body", None),
        *[("furniture", "cookie")] * 4,
        ("body", None),
    ]


def test_a_news_line_about_cookies_is_kept() -> None:
    text = "The regulator fined the company for setting cookies without consent, it said.\n"
    assert kinds_of(text) == [("body", None)]


def test_trailing_heading_like_line_is_body() -> None:
    analysis = analyze("Russia says it shot down 20 drones overnight")
    assert analysis.stories[0].headings == []
    assert len(analysis.stories[0].sentences) == 1


# --- splitting into stories ---------------------------------------------------------------

MULTI = [
    ("three_stories.txt", [1, 14, 26]),
    ("related_no_separator.txt", [1, 11]),
    ("single_long.txt", [1]),
    ("four_styles.txt", [1, 8, 19, 27]),
    ("us_wire.txt", [1, 8, 14]),
    ("crossheads_single.txt", [1]),
]


@pytest.mark.parametrize(("name", "expected"), [*MULTI, ("related_stories.txt", [1, 12])])
def test_story_starts(data_dir: Path, name: str, expected: list[int]) -> None:
    text = (data_dir / name).read_text(encoding="utf-8")
    assert starts(analyze(text)) == expected


def test_separator_always_splits() -> None:
    text = "A first story about floods in the north.\n---\nA second story about the floods.\n"
    analysis = analyze(text)
    assert [(s.start_line, s.end_line) for s in analysis.stories] == [(1, 1), (3, 3)]


def test_furniture_only_blocks_join_a_story() -> None:
    text = (
        "Advertisement\n---\n"
        "Russia says it shot down 20 drones over the Belgorod region overnight.\n"
        "---\nMore on Russia\n"
    )
    analysis = analyze(text)
    assert [(s.start_line, s.end_line) for s in analysis.stories] == [(1, 5)]
    assert dropped(analysis) == {1: "advert", 5: "related"}


def test_furniture_between_stories_goes_with_the_story_before(data_dir: Path) -> None:
    analysis = analyze((data_dir / "three_stories.txt").read_text(encoding="utf-8"))
    assert [d.line for d in analysis.stories[0].dropped] == [3, 7, 12, 13]
    assert analysis.stories[0].end_line == 13


def split_starts(text: str) -> list[int]:
    """The first line numbers of the stories the splitter finds (no later stages run)."""
    lines = split_lines(text)
    kinds = classify_lines(lines)
    return [lines[first].number for first, _ in story_ranges(lines, kinds)]


def _seed_and_data_stories(seed_text: str, data_dir: Path) -> list[list[str]]:
    """Every story of the seed and of the test texts, as lists of lines."""
    seed = seed_text.split("\n")
    out = [seed[a - 1 : b] for a, b in ((1, 31), (32, 71), (72, 87), (88, 119))]
    for name, bounds in MULTI:
        lines = (data_dir / name).read_text(encoding="utf-8").rstrip("\n").split("\n")
        edges = [b - 1 for b in bounds] + [len(lines)]
        out += [lines[a:b] for a, b in zip(edges, edges[1:], strict=False)]
    return out


def test_recombined_stories_are_mostly_split_right(seed_text: str, data_dir: Path) -> None:
    """Stories pasted in random orders: most pastes split exactly, false splits are rare."""
    stories = _seed_and_data_stories(seed_text, data_dir)
    rng = random.Random(20260)
    exact = false_splits = trials = 0
    for _ in range(60):
        pick = rng.sample(range(len(stories)), rng.choice([1, 2, 3, 4]))
        lines: list[str] = []
        expected = []
        for p in pick:
            expected.append(len(lines) + 1)
            lines += stories[p]
        got = split_starts("\n".join(lines))
        trials += 1
        exact += got == expected
        false_splits += len(set(got) - set(expected))
    assert exact / trials >= 0.7
    assert false_splits / trials <= 0.2


def test_content_words_weigh_names_inside_a_sentence_twice() -> None:
    from questions.cohesion import content_words

    bag = content_words("Harbour talks stalled as Acme and the harbour board argued over Acme")
    assert bag["harbour"] == 2  # the first word counts once, "harbour" later once more
    assert bag["acme"] == 4  # a capitalised word after the first counts double, each time
    assert bag["talk"] == 1 and bag["stall"] == 1  # stems: plural and tense suffixes cut
    assert "the" not in bag and "and" not in bag
    assert None not in bag


def test_bag_keeps_counts_and_norm_as_words_come_and_go() -> None:
    from questions.cohesion import Bag, bag_of, norm2

    a, b = {"acme": 2, "port": 1}, {"port": 3, "strike": 1}
    bag = bag_of([a, b])
    assert bag.counts == {"acme": 2, "port": 4, "strike": 1}
    assert bag.norm2 == 4 + 16 + 1 == norm2(bag.counts)
    bag.add(a, -1)
    assert bag.counts == b and bag.norm2 == norm2(b)  # "acme" dropped at zero
    other = Bag()
    other.add({"port": 2, "union": 1})
    assert abs(bag.cosine(other) - 6 / (10**0.5 * 5**0.5)) < 1e-12
    assert abs(bag.cosine_words({"port": 2, "union": 1}, 5) - bag.cosine(other)) < 1e-12
    assert Bag().cosine(other) == 0.0
