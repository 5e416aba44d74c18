"""Suite-wide collection rule: the browser tests in ``tests/e2e`` run only under ``make e2e``.

``make test`` (plain ``pytest``) skips that folder, since it needs Chromium and Playwright;
naming it
(``pytest tests/e2e`` or a file inside it) collects it as usual.
"""

from __future__ import annotations

from pathlib import Path

E2E = Path(__file__).resolve().parent / "e2e"


def pytest_ignore_collect(collection_path: Path, config) -> bool | None:
    if collection_path.resolve() != E2E:
        return None
    named = any(
        E2E == Path(str(arg).split("::")[0]).resolve()
        or E2E in Path(str(arg).split("::")[0]).resolve().parents
        for arg in config.invocation_params.args
        if not str(arg).startswith("-")
    )
    return None if named else True
