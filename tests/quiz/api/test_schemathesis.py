"""Schemathesis, every check, against the live app: as anonymous, a teacher and a student.

The app is served by Werkzeug in a thread on a free port, on this test's own fresh database with a
class, three questions, a set and an assignment; ``st run`` (the Schemathesis CLI, a dev
dependency) reads ``/api/v1/openapi.json`` from it and runs all its phases (examples, coverage,
fuzzing, stateful) with ``--checks all``. Nothing leaves 127.0.0.1.

One check is swapped for a precise form of itself (``schemathesis_hooks.py`` says why): a 422 with
the code ``rule`` is a documented refusal of a body the schema cannot judge. The calls that revoke
the caller's token run last, on their own, so they do not sign the rest of the run out.
"""

from __future__ import annotations

import os
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from werkzeug.serving import make_server

pytest.importorskip("schemathesis")

ST = Path(sys.executable).with_name("st")
HOOKS_DIR = Path(__file__).resolve().parent
MAX_EXAMPLES = os.environ.get("ST_MAX_EXAMPLES", "8")
REVOKING = ("--include-method", "DELETE", "--include-path-regex", "^/tokens")
OTHERS = ("--exclude-method", "DELETE")


@pytest.fixture
def live(app, api, quiz_setup):
    """The app on a free port: its base URL and a token for each role."""
    tokens = {"anonymous": None, "teacher": quiz_setup["teacher"], "student": api.student_token()}
    server = make_server("127.0.0.1", 0, app, threaded=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_port}", tokens, api
    server.shutdown()
    thread.join(timeout=10)


def st_run(url: str, token: str | None, tmp_path: Path, *select: str) -> None:
    """``st run --checks all`` over the operations ``select`` picks; fails with its report."""
    cmd = [
        str(ST),
        "run",
        f"{url}/api/v1/openapi.json",
        "--checks",
        "all",
        "--exclude-checks",
        "positive_data_acceptance",
        "--max-examples",
        MAX_EXAMPLES,
        "--seed",
        "20261129",
        "--no-color",
        *select,
    ]
    if token:
        cmd += ["-H", f"Authorization: Bearer {token}"]
    env = os.environ | {
        "SCHEMATHESIS_HOOKS": "schemathesis_hooks",
        "PYTHONPATH": str(HOOKS_DIR),
    }
    result = subprocess.run(  # noqa: S603 - our own venv's st, local URL
        cmd, cwd=tmp_path, env=env, capture_output=True, text=True, timeout=900, check=False
    )
    report = result.stdout + result.stderr
    assert result.returncode == 0, report[-12000:]


@pytest.mark.parametrize("role", ["anonymous", "teacher", "student"])
def test_schemathesis_finds_nothing(live, tmp_path, role):
    url, tokens, api = live
    st_run(url, tokens[role], tmp_path, *OTHERS)
    if role == "anonymous":
        st_run(url, None, tmp_path, *REVOKING)
        return
    fresh = api.teacher_token() if role == "teacher" else api.student_token("Kim")
    st_run(url, fresh, tmp_path, *REVOKING)
