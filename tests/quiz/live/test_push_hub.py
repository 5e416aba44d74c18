"""The push hub hands every new version of a game to its listeners, whoever builds it first."""

from __future__ import annotations

from types import SimpleNamespace

from quiz.boards.push import Hub


def _hub(app):
    built = []

    def build(game):
        built.append(game.version)
        return {"version": game.version, "state": game.state}

    hub = Hub(app, build)
    hub.interval = 3600  # no watcher round during the test: only the calls below
    return hub, built


def test_a_page_that_reads_a_new_version_first_still_pushes_it(app):
    """The host page rebuilt the snapshot after 'show the answers' before the watcher polled: the
    watcher then found the version known, and the projector never saw the reveal."""
    hub, _ = _hub(app)
    listener = hub.listen(SimpleNamespace(id=7, version=1, state="question"))
    assert listener.snapshot["version"] == 1
    hub.current(SimpleNamespace(id=7, version=2, state="reveal"))  # the host page's read
    assert listener.snapshot == {"version": 2, "state": "reveal"}
    hub.stop()


def test_an_older_read_never_replaces_a_newer_snapshot(app):
    hub, built = _hub(app)
    listener = hub.listen(SimpleNamespace(id=3, version=5, state="reveal"))
    snap = hub.current(SimpleNamespace(id=3, version=4, state="question"))
    assert snap["version"] == 5 and listener.snapshot["version"] == 5
    assert built == [5]
    hub.stop()
