"""Questions teachers write: the one validation for the pages, the API and imports.

:func:`check` runs the engine's own validator (``questions.generate.validate``) over the
teacher's question — the same rules every generated question passes — and turns its findings
into messages a teacher can act on, each naming the field at fault. Two engine rules are for
generated questions only and are not applied: an explanation must quote the evidence (a teacher's
explanation is free, and optional), and evidence must be a span of an analysed story (a teacher's
question is optionally tied to a passage of their story, checked here instead).

spot_the_cue: ``options`` are the words of one sentence (split on spaces), ``answer`` the sorted
indices of the words that name the source and the cue.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from sqlalchemy.orm import Session

from questions.generate import KINDS, validate
from questions.generate.kinds.fact_or_claim import OPTIONS as FACT_OR_CLAIM_OPTIONS
from questions.model import Analysis, Evidence, StoryAnalysis
from questions.model import Question as EngineQuestion
from quiz.models import Origin, Question, QuestionStatus, Story, User

MAX_PROMPT = 2000
MAX_OPTION = 500
MAX_EXPLANATION = 5000
MAX_WORDS = 300
MAX_OPTIONS = 10
BINARY_OPTIONS = {"fact_or_claim": list(FACT_OR_CLAIM_OPTIONS)}

# The engine's finding -> (field, what the teacher reads). Matched on the start of the finding.
MESSAGES = [
    ("prompt does not end", "prompt", "End the question with a question mark."),
    ("prompt starts lowercase", "prompt", "Start the question with a capital letter."),
    ("prompt has unbalanced quotes", "prompt", "A quotation mark in the question is not closed."),
    (
        "statement opens with",
        "prompt",
        "The quoted statement starts with a joining word or an unclear pronoun (he, it, they): "
        "quote words that stand on their own.",
    ),
    ("prompt opens with a pronoun", "prompt", "Name who or what you mean instead of a pronoun."),
    ("prompt gives the answer away", "prompt", "The question names the right answer; reword it."),
    ("answer is not an option index", "answer", "Say which option is right."),
    ("options not distinct", "options", "Two options are the same; make each one different."),
    (
        "an option is inside another",
        "options",
        "One option is part of another; make each distinct.",
    ),
    ("option has unbalanced quotes", "options", "A quotation mark in an option is not closed."),
    ("answer is not a non-empty", "answer", "Mark at least one word of the sentence."),
    ("answer indices not sorted", "answer", "Mark words of the sentence only."),
    ("every word is marked", "answer", "Mark only the words that name the source and the cue."),
]
ENGINE_ONLY = ("no explanation", "explanation does not quote", "evidence")


@dataclass(frozen=True)
class KindInfo:
    name: str
    skill: str
    binary: bool
    multi: bool


def kinds() -> dict[str, KindInfo]:
    """Every kind the engine makes, with its skill; a teacher may write any of them."""
    return {n: KindInfo(n, s.skill, s.binary, s.multi) for n, s in KINDS.items()}


@dataclass
class Problem:
    field: str
    message: str


@dataclass
class Draft:
    """A question as a teacher sent it."""

    kind: str
    prompt: str
    options: list[str]
    answer: Any
    explanation: str = ""
    story: Story | None = None
    passage: str | None = None
    problems: list[Problem] = field(default_factory=list)


class Invalid(ValueError):
    """The question has problems; each names its field."""

    def __init__(self, problems: list[Problem]) -> None:
        super().__init__("; ".join(f"{p.field}: {p.message}" for p in problems))
        self.problems = problems


def words(sentence: str) -> list[str]:
    """A spot_the_cue sentence as its options: its words, split on spaces."""
    return sentence.split()


def check(draft: Draft) -> list[Problem]:
    """Every problem of the draft: sizes and shapes first, then the engine's validator."""
    out = _shape(draft)
    if out:
        return out
    passage = _passage(draft, out)
    evidence_text = " ".join(draft.options) if kinds()[draft.kind].multi else passage
    evidence_text = evidence_text or draft.prompt
    analysis = Analysis(evidence_text, [StoryAnalysis(0, 1, 1, "", (0, len(evidence_text)))])
    question = EngineQuestion(
        id="teacher",
        story=0,
        kind=draft.kind,
        skill=KINDS[draft.kind].skill,
        difficulty=1,
        prompt=draft.prompt,
        options=tuple(draft.options),
        answer=tuple(sorted(set(draft.answer))) if isinstance(draft.answer, list) else draft.answer,
        explanation=evidence_text,  # the explanation rule is for generated questions only
        evidence=Evidence(1, (0, len(evidence_text)), evidence_text),
    )
    for finding in validate(question, analysis, analysis.stories[0]):
        if finding.startswith(ENGINE_ONLY):
            continue
        out.append(_message(finding))
    return out


def _message(finding: str) -> Problem:
    for start, field_name, message in MESSAGES:
        if finding.startswith(start):
            return Problem(field_name, message)
    if "options, want" in finding:
        n, _, want = finding.partition(" options, want ")
        return Problem(
            "options", f"This kind needs {want.replace('-', ' or ')} options; you gave {n}."
        )
    return Problem("form", finding)


def _shape(d: Draft) -> list[Problem]:
    """Checks the engine leaves to its callers: a known kind, lengths, types."""
    info = kinds().get(d.kind)
    if info is None:
        return [Problem("kind", "Choose one of the kinds of question.")]
    out = []
    if not d.prompt.strip():
        out.append(Problem("prompt", "Write the question."))
    elif len(d.prompt) > MAX_PROMPT:
        out.append(Problem("prompt", f"At most {MAX_PROMPT:,} characters."))
    if len(d.explanation) > MAX_EXPLANATION:
        out.append(Problem("explanation", f"At most {MAX_EXPLANATION:,} characters."))
    limit, size = (MAX_WORDS, 100) if info.multi else (MAX_OPTIONS, MAX_OPTION)
    if not all(isinstance(o, str) and o.strip() for o in d.options):
        out.append(Problem("options", "Every option needs some text."))
    elif len(d.options) > limit or any(len(o) > size for o in d.options):
        what = "words" if info.multi else "options"
        out.append(Problem("options", f"At most {limit} {what} of {size} characters each."))
    elif info.multi and len(d.options) < 2:
        out.append(Problem("options", "Write a sentence of at least two words."))
    if info.multi and not (
        isinstance(d.answer, list)
        and all(isinstance(i, int) and not isinstance(i, bool) for i in d.answer)
    ):
        out.append(Problem("answer", "Mark at least one word of the sentence."))
    if not info.multi and (isinstance(d.answer, bool) or not isinstance(d.answer, int)):
        out.append(Problem("answer", "Say which option is right."))
    return out


def _passage(d: Draft, out: list[Problem]) -> str | None:
    """The passage, checked to be words of the story it is tied to."""
    if not d.passage:
        return None
    if d.story is None:
        out.append(Problem("passage", "Choose the story the passage comes from."))
    elif " ".join(d.passage.split()) not in " ".join(d.story.text.split()):
        out.append(Problem("passage", "Paste the passage exactly as it is in the story."))
    return " ".join(d.passage.split())


def evidence_of(d: Draft) -> dict[str, Any] | None:
    """Where the question points in its story (offsets into the story's text), if it is tied."""
    if d.story is None:
        return None
    wanted = " ".join(d.options) if kinds()[d.kind].multi else (d.passage or "")
    text = d.story.text
    start = text.find(wanted) if wanted else -1
    if start < 0:
        return None
    end = start + len(wanted)
    return {
        "line": text.count("\n", 0, start) + 1,
        "span": [start, end],
        "text": wanted,
        "cue": None,
        "source_span": None,
        "cue_span": None,
    }


def create(session: Session, user: User, draft: Draft) -> Question:
    """Store a valid teacher's question (approved: its author reviewed it); Invalid otherwise."""
    problems = check(draft)
    if problems:
        raise Invalid(problems)
    answer = sorted(set(draft.answer)) if isinstance(draft.answer, list) else draft.answer
    row = Question(
        owner_id=user.id,
        story_id=draft.story.id if draft.story else None,
        kind=draft.kind,
        skill=KINDS[draft.kind].skill,
        prompt=" ".join(draft.prompt.split()),
        options=[" ".join(o.split()) for o in draft.options],
        answer=answer,
        explanation=draft.explanation.strip(),
        evidence=evidence_of(draft),
        status=QuestionStatus.APPROVED,
        origin=Origin.TEACHER,
    )
    session.add(row)
    session.flush()
    return row


def check_edit(question: Question, prompt: str, options: list[str], answer: Any) -> list[Problem]:
    """The problems of an edited question (generated or the teacher's) under the same rules."""
    draft = Draft(question.kind, prompt, list(options), answer)
    if question.kind not in KINDS:  # a kind the engine no longer makes: only the shape is checked
        return []
    return check(draft)


def show_on_form(form: Any, problems: list[Problem]) -> None:
    """Each problem under the form field of the same name, else at the top of the form."""
    for p in problems:
        target = getattr(form, p.field, None)
        if target is None or not hasattr(target, "errors"):
            form.form_errors.append(p.message)
        else:
            target.errors = [*target.errors, p.message]
