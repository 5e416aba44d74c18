"""Factories for question-generation tests: an Analysis built from the hand annotation of the seed
(tests/seed_gold.json), independent of the analysis pipeline, and small hand-built stories."""

from __future__ import annotations

import json
import re
from functools import cache
from pathlib import Path

from questions.model import (
    Analysis,
    Claim,
    Dropped,
    Hedge,
    Sentence,
    StoryAnalysis,
    Verification,
)

ROOT = Path(__file__).resolve().parents[2]
SEED = ROOT / "seeds" / "000_7b7fc36af96453cb.txt"
GOLD = ROOT / "tests" / "seed_gold.json"
_SENT_END = re.compile(r"(?:(?<=[.!?][”\"’])|(?<=[.!?]))\s+(?=[“\"A-Z])")
_KINDS = {
    "Russia": "government",
    "Moscow": "government",
    "Kyiv": "government",
    "the Kremlin": "government",
    "China": "government",
    "Beijing": "government",
    "Vyacheslav Gladkov": "official",
    "Dmitry Peskov": "official",
    "Donald Trump": "official",
    "Karoline Leavitt": "official",
    "Mykhailo Podolyak": "official",
    "Ukrainian military intelligence agency spokesperson": "official",
    "Russia's defence ministry": "government",
    "Taiwan's foreign ministry": "government",
    "Taiwan's defence ministry": "government",
    "Royal Navy": "organisation",
    "Freedom of Russia Legion": "organisation",
    "Eastern Theatre Command of China's People's Liberation Army": "government",
}


def gold() -> dict:
    """The hand annotation of the seed."""
    return json.loads(GOLD.read_text(encoding="utf-8"))


def line_spans(text: str) -> list[tuple[int, int]]:
    """The (start, end) of every line, without its newline."""
    out, pos = [], 0
    for ln in text.split("\n"):
        out.append((pos, pos + len(ln)))
        pos += len(ln) + 1
    return out


def split_sentences(text: str, start: int) -> list[tuple[int, int]]:
    """Naive sentence spans of one line."""
    spans, pos = [], 0
    for m in _SENT_END.finditer(text):
        spans.append((start + pos, start + m.start()))
        pos = m.end()
    spans.append((start + pos, start + len(text.rstrip())))
    return [s for s in spans if s[1] > s[0]]


def _find(text: str, needle: str | None, lo: int, hi: int) -> tuple[int, int] | None:
    if not needle:
        return None
    for n in (needle.replace("'", "’"), needle):
        m = re.compile(rf"(?<!\w){re.escape(n)}(?!\w)").search(text, lo, hi)
        if m:
            return m.span()
    return None


def _content_span(text: str, a: dict, sent: tuple[int, int], src, cue) -> tuple[int, int]:
    s, e = sent
    raw = text[s:e]
    if raw.startswith("“") and "”" in raw:
        close = raw.index("”")
        end = s + close
        while end > s and text[end - 1] in ",.":
            end -= 1
        return (s + 1, end)
    hit = _find(text, a["content_has"], s, e) or (s, e)
    start = hit[0]
    if cue and a["stance"] != "characterizes" and cue[1] <= start:
        start = cue[1] + len(re.match(r"[\s:,]*(?:that\s+)?", text[cue[1] : e]).group(0))
    end = e
    if src and src[0] > start:
        end = src[0]
    cut = re.search(r",\s+(?:adding|saying)\b", text[start:end])
    if cut:
        end = start + cut.start()
    while end > start and text[end - 1] in " ,.–”":
        end -= 1
    if text[start:end].count("“") > text[start:end].count("”"):
        end += 1
    return (start, end)


def _claim(text: str, lines, a: dict) -> Claim:
    lo, hi = lines[a["line"] - 1]
    sents = split_sentences(text[lo:hi], lo)
    hit = _find(text, a["content_has"], lo, hi)
    sent = next((s for s in sents if hit and s[0] <= hit[0] < s[1]), sents[0])
    src = _find(text, a["source_text"], sent[0], sent[1])
    cue = _find(text, a["cue"], sent[0], sent[1])
    if a["cue"] and cue is None:
        cue = _find(text, a["cue"].split()[0], sent[0], sent[1])
    cs = _content_span(text, a, sent, src, cue)
    return Claim(
        line=a["line"],
        sentence=text[sent[0] : sent[1]],
        sentence_span=sent,
        source=a["source"],
        source_text=text[src[0] : src[1]] if src else None,
        source_span=src,
        source_kind=a.get("source_kind") or _KINDS.get(a["source"]),
        cue=text[cue[0] : cue[1]] if cue else None,
        cue_span=cue,
        content=text[cs[0] : cs[1]],
        content_span=cs,
        stance=a["stance"],
        quote=a["quote"],
        channel=a.get("channel"),
    )


def _story(text: str, lines, g: dict, index: int, st: dict) -> StoryAnalysis:
    first, last = st["start_line"], st["end_line"]
    dropped_lines = {n: r for r, ns in g["not_article_text"].items() for n in ns}
    story = StoryAnalysis(
        index=index,
        start_line=first,
        end_line=last,
        title=st["topic"],
        span=(lines[first - 1][0], lines[last - 1][1]),
        dropped=[Dropped(n, r) for n, r in sorted(dropped_lines.items()) if first <= n <= last],
        headings=[n for n in g["crossheads"] if first <= n <= last],
    )
    story.claims = [_claim(text, lines, a) for a in g["attributions"] if first <= a["line"] <= last]
    for n in range(first, last + 1):
        if n in dropped_lines or n in story.headings:
            continue
        for s, e in split_sentences(text[lines[n - 1][0] : lines[n - 1][1]], lines[n - 1][0]):
            sent_text = text[s:e]
            attributed = any(
                c.sentence_span[0] < e and s < c.sentence_span[1] for c in story.claims
            )
            in_quote = sent_text.startswith("“") and not attributed
            story.sentences.append(Sentence(n, (s, e), sent_text, in_quote, attributed))
    story.verification = _verification(text, lines, g, story)
    story.hedges = _hedges(text, lines, g, story)
    return story


def _sentence_of(story: StoryAnalysis, line: int, pos: int) -> tuple[int, int] | None:
    for s in story.sentences:
        if s.line == line and s.span[0] <= pos < s.span[1]:
            return s.span
    return None


def _verification(text, lines, g, story) -> list[Verification]:
    words = {
        "unverified": "unable to verify",
        "verified": "able to identify",
        "confirmed": "confirmed",
        "neither confirmed nor denied": "did not confirm or deny",
    }
    out = []
    for v in g["verification"]:
        if not story.start_line <= v["line"] <= story.end_line:
            continue
        lo, hi = lines[v["line"] - 1]
        span = _find(text, words[v["status"]], lo, hi) or (lo, hi)
        sent = _sentence_of(story, v["line"], span[0])
        out.append(Verification(v["line"], v["by"], v["status"], v["object"], span, sent))
    return out


def _hedges(text, lines, g, story) -> list[Hedge]:
    out = []
    for h in g["hedges"]:
        if not story.start_line <= h["line"] <= story.end_line:
            continue
        lo, hi = lines[h["line"] - 1]
        for w in h["words"]:
            m = re.search(rf"\b{re.escape(w)}\b", text[lo:hi])
            if m:
                span = (lo + m.start(), lo + m.end())
                out.append(Hedge(h["line"], w, span, _sentence_of(story, h["line"], span[0])))
    return out


@cache
def gold_analysis() -> Analysis:
    """The seed, analysed by hand: the annotation turned into an Analysis."""
    text = SEED.read_text(encoding="utf-8")
    lines = line_spans(text)
    g = gold()
    stories = [_story(text, lines, g, i, st) for i, st in enumerate(g["stories"])]
    return Analysis(text=text, stories=stories)


def one_story(text: str, claims: list[Claim] | None = None, **kw) -> Analysis:
    """An Analysis of one story made of the whole text, sentences split naively per line."""
    lines = line_spans(text)
    story = StoryAnalysis(0, 1, len(lines), kw.pop("title", "Test story"), (0, len(text)), **kw)
    story.claims = claims or []
    for n, (lo, hi) in enumerate(lines, 1):
        if n in story.headings or n in {d.line for d in story.dropped}:
            continue
        for s, e in split_sentences(text[lo:hi], lo):
            att = any(c.sentence_span[0] < e and s < c.sentence_span[1] for c in story.claims)
            story.sentences.append(Sentence(n, (s, e), text[s:e], False, att))
    return Analysis(text=text, stories=[story])


def claim(
    text: str,
    sentence: str,
    source: str,
    source_text: str | None,
    cue: str,
    content: str,
    *,
    stance: str = "asserts",
    quote: str = "indirect",
    kind: str | None = "government",
    channel: str | None = None,
) -> Claim:
    """A claim located by its strings inside ``text`` (each found within the sentence)."""
    s = text.index(sentence)
    e = s + len(sentence)
    src = (text.index(source_text, s, e), 0) if source_text else None
    src = (src[0], src[0] + len(source_text)) if src and source_text else None
    c0 = text.index(cue, s, e)
    k0 = text.index(content, s, e)
    return Claim(
        line=text.count("\n", 0, s) + 1,
        sentence=sentence,
        sentence_span=(s, e),
        source=source,
        source_text=source_text,
        source_span=src,
        source_kind=kind,
        cue=cue,
        cue_span=(c0, c0 + len(cue)),
        content=content,
        content_span=(k0, k0 + len(content)),
        stance=stance,
        quote=quote,
        channel=channel,
    )


FREEDONIA = "\n".join(
    [
        "The government of Freedonia says more than 40 soldiers were killed in the border town of "
        "Ostra on Sunday.",
        "The Ostra city council opened three new schools in the town last year.",
        "The United Nations refugee agency reported that about 2,000 people had crossed the border "
        "since Friday.",
        "Freedonia’s defence minister, Anna Kovac, denied that the army had shelled civilian "
        "areas.",
        "The border between the two countries was closed to all traffic in March.",
        "“We are doing everything we can to protect civilians in the region,” Mayor Tomas Berg "
        "told the BBC.",
        "The rebel group claimed on Telegram that its fighters had captured two villages near the "
        "river.",
        "The BBC has been unable to verify the claims about the captured villages.",
        "Independent analyst Maria Lind said the fighting was unlikely to end before the winter.",
        "The government described the rebel offensive as a desperate attempt to win attention.",
        "A bridge was suddenly destroyed overnight in the alleged attack on Tuesday.",
        "Two new hospitals were built in the province in 2019 with money from the European Union.",
    ]
)


def freedonia() -> Analysis:
    """A made-up story in ordinary news language with one of every kind of question in it."""
    t = FREEDONIA
    lines = t.split("\n")
    gov = "the government of Freedonia"
    claims = [
        claim(
            t,
            lines[0],
            gov,
            "The government of Freedonia",
            "says",
            "more than 40 soldiers were killed in the border town of Ostra on Sunday",
        ),
        claim(
            t,
            lines[2],
            "United Nations refugee agency",
            "The United Nations refugee agency",
            "reported",
            "about 2,000 people had crossed the border since Friday",
            kind="organisation",
        ),
        claim(
            t,
            lines[3],
            "Anna Kovac",
            "Freedonia’s defence minister, Anna Kovac",
            "denied",
            "the army had shelled civilian areas",
            stance="denies",
            kind="official",
        ),
        claim(
            t,
            lines[5],
            "Tomas Berg",
            "Mayor Tomas Berg",
            "told the BBC",
            "We are doing everything we can to protect civilians in the region",
            quote="direct",
            kind="official",
        ),
        claim(
            t,
            lines[6],
            "the rebel group",
            "The rebel group",
            "claimed",
            "its fighters had captured two villages near the river",
            kind="organisation",
            channel="Telegram",
        ),
        claim(
            t,
            lines[8],
            "Maria Lind",
            "Independent analyst Maria Lind",
            "said",
            "the fighting was unlikely to end before the winter",
            kind="expert",
        ),
        claim(
            t,
            lines[9],
            gov,
            "The government",
            "described",
            "a desperate attempt to win attention",
            stance="characterizes",
        ),
    ]
    a = one_story(t, claims)
    story = a.stories[0]
    s8 = t.index(lines[7])
    v_span = (t.index("unable to verify"), t.index("unable to verify") + len("unable to verify"))
    story.verification = [
        Verification(
            8,
            "the BBC",
            "unverified",
            "the claims about the captured villages",
            v_span,
            (s8, s8 + len(lines[7])),
        )
    ]
    h = t.index("alleged")
    s11 = t.index(lines[10])
    story.hedges = [Hedge(11, "alleged", (h, h + 7), (s11, s11 + len(lines[10])))]
    return a
