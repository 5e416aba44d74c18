"""No question of a story gives away another's answer (``generate`` applies this per story).

Questions are shown in shuffled order and every explanation is shown after its answer, so a
question whose prompt, options or explanation holds another question's keyed answer gives that
answer away: a fact_or_claim explanation "this is a claim by Ann Reed" beside "Who said that …?"
on the same quotation, a hedge_words prompt quoting the sentence "…, Tom Hale said" beside
who_said, a who_said prompt "Who said that the plant closed?" beside the fact_or_claim question
"The plant closed. Fact or claim?".

Only questions that rest on the same sentence (overlapping evidence spans) are compared. Of two
that give each other (or one the other) away, the one of the earlier tier of ``TIERS`` is kept:
the rarer, more valuable kinds first. Questions on one sentence that reveal nothing of each
other (a hedge word and the mark-the-words question on its sentence) both stay. Since most
explanations quote their whole sentence, most questions sharing a sentence do clash.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable

from questions.generate.kinds.fact_or_claim import CLAIM
from questions.model import Question

# Who is kept when two questions give each other away, tier by tier: verification; the
# denials; characterization and hedge_words (whose wording is the lesson); fact_or_claim (the
# quiz's own question, rarer than who_said on PolNeAR train — 331 against 559 — and balanced:
# each claim question it loses costs a fact question too, so below who_said it lost 123 of 331
# on train, above it 5); who_said and source_check (attribution); last the mark-the-words
# filler spot_the_cue. An earlier tier always wins. Within a tier the kind the story has fewer
# of wins when it has at least two fewer (so a story with two denials keeps a who_denied and a
# what_denied, not two who_denied), otherwise the question met first.
TIERS = (
    ("verification",),
    ("who_denied", "what_denied"),
    ("characterization", "hedge_words"),
    ("fact_or_claim",),
    ("who_said", "source_check"),
    ("spot_the_cue",),
)
PRIORITY = tuple(kind for tier in TIERS for kind in tier)
_TIER = {kind: n for n, tier in enumerate(TIERS) for kind in tier}
NAME_KINDS = frozenset({"who_said", "who_denied", "characterization"})
# Kinds whose very question says its sentence holds someone's claim ("Who said this?", "What
# kind of source …?", "Which words show who is making the claim?"): beside a fact_or_claim
# question on that sentence whose answer is "claim", they give it away.
ASKS_ABOUT_A_CLAIM = frozenset(
    {
        "who_said",
        "source_check",
        "spot_the_cue",
        "characterization",
        "who_denied",
        "what_denied",
        "verification",
    }
)
_WORD = re.compile(r"[\w’'-]+")
_QUOTED = re.compile(r"“([^“”]{1,80})”")
_CUE_WORDS = re.compile(r"\bthe words? “([^“”]{1,120})”")
_LEAD = re.compile(r"^(?:that|as)\s+", re.I)
_NOT_NAME = frozenset({"The", "A", "An", "Mr.", "Mrs.", "Ms.", "Dr.", "Mr", "Mrs", "Ms", "Dr"})


def _key(text: str) -> str:
    """A comparison key: lower case, curly quotes straightened, one space between words."""
    text = text.replace("’", "'").replace("‘", "'").replace("“", '"').replace("”", '"')
    return " " + " ".join(_WORD.findall(text.lower())) + " "


def shown(q: Question) -> str:
    """Everything a student reads of a question: its prompt, its options and its explanation."""
    return "\n".join((q.prompt, *q.options, q.explanation))


def _right(q: Question) -> str | None:
    return q.options[q.answer] if isinstance(q.answer, int) else None


def _name_word(q: Question) -> str | None:
    """The word that singles out a named answer among its options: the last capitalised word of
    the right option that no wrong option holds ("Reed" of "Ann Reed" beside "Tom Hale")."""
    right = _right(q)
    if right is None:
        return None
    others = {w for i, o in enumerate(q.options) if i != q.answer for w in _WORD.findall(o)}
    words = [w for w in _WORD.findall(right) if w[:1].isupper() and w not in _NOT_NAME]
    words = [w for w in words if len(w) > 2 and w not in others]
    return words[-1] if words else None


def reveals(by: Question, q: Question) -> bool:
    """Whether what a student reads of ``by`` gives away the answer of ``q``."""
    text = shown(by)
    key = _key(text)
    right = _right(q)
    if q.kind == "spot_the_cue":
        # "the words “Reed said” show who is making the claim": the marked words, pointed at
        marked = {_key(q.options[i]).strip() for i in q.answer}  # type: ignore[union-attr]
        if any(
            set(_key(m).split()) <= marked and len(m.split()) <= 6 for m in _QUOTED.findall(text)
        ):
            return True
        # "the words “Reed, a farmer, said”": the cue words as the story has them, marked words
        # and the aside between them
        return any(marked <= set(_key(m).split()) for m in _CUE_WORDS.findall(text))
    if q.kind == "hedge_words":
        return right is not None and f"“{right}”" in text.lower()
    if q.kind == "fact_or_claim":
        if right == CLAIM and by.kind in ASKS_ABOUT_A_CLAIM:
            return True  # "Who said this: “…”?" on a quotation that carries on, with no cue
        # "Who said that …", "Ann Reed said …": the claim's cue beside its words
        cue = q.evidence.cue
        return right == CLAIM and bool(cue) and _key(cue or "") in key
    if q.kind == "verification" and q.evidence.cue and q.evidence.cue.strip():
        if _key(q.evidence.cue) in key:  # "could not be verified" says how it stands
            return True
    if right is None:
        return False
    phrase = _LEAD.sub("", right.strip())
    if _key(phrase).strip() and _key(phrase) in key:
        return True
    if q.kind in NAME_KINDS:
        word = _name_word(q)
        return (
            word is not None
            and re.search(rf"(?<![\w-]){re.escape(word)}(?![\w-])", text) is not None
        )
    return False


def _overlap(a: Question, b: Question) -> bool:
    (s1, e1), (s2, e2) = a.evidence.span, b.evidence.span
    return s1 < e2 and s2 < e1


def _rank(kind: str) -> int:
    return PRIORITY.index(kind) if kind in PRIORITY else len(PRIORITY)


def _tier(kind: str) -> int:
    return _TIER.get(kind, len(TIERS))


def clash(a: Question, b: Question) -> bool:
    """Whether two questions rest on the same sentence and one gives the other's answer away."""
    return _overlap(a, b) and (reveals(a, b) or reveals(b, a))


def thin(questions: Iterable[Question]) -> tuple[list[Question], list[Question]]:
    """The questions of one story without those that give another's answer away, or have
    their own given away, by a question on the same sentence that is kept. Questions are taken
    in ``PRIORITY`` order (in their own order within a kind); each is kept unless it clashes
    with one already kept. A question that clashes only with kept questions of its own tier
    replaces them when each of their kinds has at least two more kept than its own kind; and a
    what_denied replaces the who_denied on its denial in a story that keeps two who_said
    questions or more (``_what_for_who``).
    Returns (kept, dropped), kept in the order given."""
    questions = list(questions)
    order = sorted(range(len(questions)), key=lambda i: _rank(questions[i].kind))
    kept: set[int] = set()
    count: Counter[str] = Counter()
    dropped: list[int] = []
    for i in order:
        q = questions[i]
        against = [j for j in kept if clash(q, questions[j])]
        if against:
            rivals = [questions[j].kind for j in against]
            swap = all(_tier(k) == _tier(q.kind) and count[k] >= count[q.kind] + 2 for k in rivals)
            if not swap:
                dropped.append(i)
                continue
            for j in against:
                kept.discard(j)
                count[questions[j].kind] -= 1
                dropped.append(j)
        kept.add(i)
        count[q.kind] += 1
    _what_for_who(questions, kept, dropped)
    _one_who_said_per_speaker_and_paragraph(questions, kept, dropped)
    return [questions[i] for i in sorted(kept)], [questions[i] for i in sorted(dropped)]


def _one_who_said_per_speaker_and_paragraph(
    questions: list[Question], kept: set[int], dropped: list[int]
) -> None:
    """Of two kept who_said questions keyed on the same speaker in one paragraph (a quotation
    in two sentences: "'We were told it was an upgrade,' said Ann Obi. 'Now we hear of
    houses.'"), the later goes: the first answers it, with the same options."""
    seen: set[tuple[str | None, int]] = set()
    for i in sorted(kept):
        q = questions[i]
        if q.kind != "who_said":
            continue
        key = (_right(q), q.evidence.line)
        if key in seen:
            kept.discard(i)
            dropped.append(i)
        seen.add(key)


def _what_for_who(questions: list[Question], kept: set[int], dropped: list[int]) -> None:
    """A kept who_denied gives way to the dropped what_denied on its denial when the story
    keeps two who_said questions or more. The two always give each other away
    (each prompt holds the other's answer), so one denial yields one of them; a story that
    already asks twice who said something gets its denial asked as "what". The what_denied
    must clash with no other kept question."""
    if sum(questions[i].kind == "who_said" for i in kept) < 2:
        return
    for i in sorted(kept):
        if questions[i].kind != "who_denied":
            continue
        for j in dropped:
            q = questions[j]
            if q.kind != "what_denied" or not clash(q, questions[i]):
                continue
            if any(clash(q, questions[k]) for k in kept if k != i):
                continue
            kept.discard(i)
            kept.add(j)
            dropped.remove(j)
            dropped.append(i)
            break
