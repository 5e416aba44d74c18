"""Server-drawn SVG charts of a student's progress (no JavaScript, no inline styles).

Each chart is an ``<svg role="img">`` with a ``<title>`` and ``<desc>``; the page also gives the
same figures as a table, so no one depends on seeing the lines. Lines differ by dash pattern and
marker shape as well as colour.
"""

from __future__ import annotations

from dataclasses import dataclass

from markupsafe import Markup, escape

from quiz.services.skills import QuizProgress

WIDTH, HEIGHT = 360, 220
LEFT, RIGHT, TOP, BOTTOM = 40, 12, 12, 30
# Colours with at least 3:1 contrast on white; dashes tell the lines apart without colour.
STYLES = [
    ("#0b5cad", ""),
    ("#8a3b00", "6 4"),
    ("#17663a", "2 3"),
    ("#6a1b9a", "10 3 2 3"),
    ("#a4161a", "1 5"),
    ("#37474f", "8 8"),
]
D_MAX = 4.0  # the chart's d′ scale runs from −1 to this (the corrected maximum of a short quiz)
D_MIN = -1.0


@dataclass
class Series:
    name: str
    colour: str
    dash: str
    points: list[tuple[int, float]]  # (quiz index, value)


def _x(i: int, n: int) -> float:
    inner = WIDTH - LEFT - RIGHT
    return LEFT + (inner / 2 if n == 1 else inner * i / (n - 1))


def _y(value: float, lo: float, hi: float) -> float:
    inner = HEIGHT - TOP - BOTTOM
    return TOP + inner * (1 - (value - lo) / (hi - lo))


def _svg(title: str, desc: str, body: list[str], ident: str) -> Markup:
    head = (
        f'<svg class="progress-chart" viewBox="0 0 {WIDTH} {HEIGHT}" role="img" '
        f'aria-labelledby="{ident}-t {ident}-d" xmlns="http://www.w3.org/2000/svg">'
        f'<title id="{ident}-t">{escape(title)}</title><desc id="{ident}-d">{escape(desc)}</desc>'
    )
    return Markup(head + "".join(body) + "</svg>")  # noqa: S704 - every text piece is escaped


def _axes(n: int, ticks: list[tuple[float, str]], lo: float, hi: float) -> list[str]:
    out = []
    for value, label in ticks:
        y = _y(value, lo, hi)
        out.append(
            f'<line x1="{LEFT}" x2="{WIDTH - RIGHT}" y1="{y:.1f}" y2="{y:.1f}" stroke="#c9d1db"/>'
            f'<text x="{LEFT - 4}" y="{y + 4:.1f}" text-anchor="end" font-size="11" '
            f'fill="#4a5562">{escape(label)}</text>'
        )
    for i in range(n):
        out.append(
            f'<text x="{_x(i, n):.1f}" y="{HEIGHT - 10}" text-anchor="middle" font-size="11" '
            f'fill="#4a5562">{i + 1}</text>'
        )
    return out


def _line(series: Series, n: int, lo: float, hi: float) -> str:
    pts = [(_x(i, n), _y(v, lo, hi)) for i, v in series.points]
    dash = f' stroke-dasharray="{series.dash}"' if series.dash else ""
    path = " ".join(f"{x:.1f},{y:.1f}" for x, y in pts)
    marks = "".join(
        f'<circle cx="{x:.1f}" cy="{y:.1f}" r="3.5" fill="{series.colour}"/>' for x, y in pts
    )
    return (
        f'<polyline points="{path}" fill="none" stroke="{series.colour}" stroke-width="2.5"{dash}/>'
        + marks
    )


def skill_series(quizzes: list[QuizProgress]) -> list[Series]:
    names = list(dict.fromkeys(s for q in quizzes for s in q.by_skill))
    out = []
    for k, name in enumerate(names):
        colour, dash = STYLES[k % len(STYLES)]
        points = [
            (i, q.by_skill[name][0] / q.by_skill[name][1])
            for i, q in enumerate(quizzes)
            if name in q.by_skill
        ]
        out.append(Series(name, colour, dash, points))
    return out


def progress(quizzes: list[QuizProgress]) -> dict[str, object]:
    """The two charts of the progress page: share right by skill, and d′, quiz by quiz."""
    n = len(quizzes)
    if not n:
        return {"skills": None, "dprime": None, "series": []}
    series = skill_series(quizzes)
    ticks = [(0, "0%"), (0.5, "50%"), (1, "100%")]
    body = _axes(n, ticks, 0, 1) + [_line(s, n, 0, 1) for s in series]
    skills_svg = _svg(
        "Share right by skill, quiz by quiz",
        "One line a skill; the table below gives the same figures.",
        body,
        "chart-skills",
    )
    d_points = [(i, q.discernment.d_prime) for i, q in enumerate(quizzes)]
    d_points = [(i, max(D_MIN, min(D_MAX, d))) for i, d in d_points if d is not None]
    dprime_svg = None
    if d_points:
        ticks = [(-1, "−1"), (0, "0"), (2, "2"), (4, "4")]
        line = _line(Series("d′", "#0b5cad", "", d_points), n, D_MIN, D_MAX)
        dprime_svg = _svg(
            "Telling facts from claims (d′), quiz by quiz",
            "0 means not telling them apart; higher is better. The table below gives the figures.",
            _axes(n, ticks, D_MIN, D_MAX) + [line],
            "chart-dprime",
        )
    return {"skills": skills_svg, "dprime": dprime_svg, "series": series}
