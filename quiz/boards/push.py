"""The push channel: Server-Sent Events fed by one watcher per worker process.

Each process has one :class:`Hub`. Its watcher (a thread; a greenlet under gunicorn's gevent
worker) wakes every ``LIVE_POLL_SECONDS`` (0.25 s) and, if any game has listeners in this
process, reads ``SELECT id, version FROM live_games WHERE id IN (…)`` — one cheap query per
process, not per listener. When a version moved, it builds the game's snapshot once and hands
it to every listener, each of which writes it to its own open response. While a question is
open (or the game is in its lobby) the snapshot is also rebuilt once a second, so the
projector's "answered" count and list of names move without a version bump per answer or join.
Nothing here is the truth: a process that restarts rebuilds everything from the database, and
several processes (or machines over PostgreSQL) serve one game because each watches the row.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterator
from typing import Any

import sqlalchemy as sa
from flask import Flask

from quiz.db import db
from quiz.models import LiveGame, LiveState

KEEPALIVE_SECONDS = 15
REBUILD_OPEN_QUESTION_SECONDS = 1.0
# The once-a-second refresh (answered count, lobby names) goes to the projector and the host every
# second, to each player every PLAYER_TICK_SECONDS: 2,000 phones need not be written to each
# second for a counter, while every change of the game (a version bump) reaches everyone at once.
PLAYER_TICK_SECONDS = 5.0


class Listener:
    """One open response: it keeps only the newest snapshot (a slow phone skips, never queues)."""

    def __init__(self, game_id: int, tick_every: float = REBUILD_OPEN_QUESTION_SECONDS) -> None:
        self.game_id = game_id
        self.tick_every = tick_every
        self.snapshot: dict[str, Any] | None = None
        self.offered_at = 0.0
        self.wake = threading.Event()

    def offer(self, snapshot: dict[str, Any], now: float | None = None) -> None:
        self.snapshot = snapshot
        self.offered_at = time.monotonic() if now is None else now
        self.wake.set()


class Hub:
    """Per process: the listeners of each game and the one watcher that feeds them."""

    def __init__(self, app: Flask, build: Callable[[LiveGame], dict[str, Any]]) -> None:
        self.app, self.build = app, build
        self.interval = app.config.get("LIVE_POLL_SECONDS", 0.25)
        self.lock = threading.Lock()
        self.listeners: dict[int, set[Listener]] = {}
        self.latest: dict[int, dict[str, Any]] = {}
        self.built_at: dict[int, float] = {}
        self.watcher: threading.Thread | None = None
        self.stopped = threading.Event()

    def current(self, game: LiveGame) -> dict[str, Any]:
        """The snapshot of ``game``: this process's latest if of the same version (at most a
        second old), else built now."""
        snap = self.latest.get(game.id)
        if snap is not None and snap["version"] > game.version:
            return snap  # the caller read the game before its latest change
        fresh = time.monotonic() - self.built_at.get(game.id, 0) < REBUILD_OPEN_QUESTION_SECONDS
        if snap is None or snap["version"] != game.version or not fresh:
            moved = snap is not None and snap["version"] != game.version
            snap = self._remember(game.id, self.build(game))
            if moved:
                # The watcher now finds this version known: it is this call's to hand out, or the
                # listeners would never see the change (the host page reads the game first).
                self._publish(game.id, snap)
        return snap

    def listen(self, game: LiveGame, tick_every: float = REBUILD_OPEN_QUESTION_SECONDS) -> Listener:
        """A listener of ``game``, primed with its snapshot; it gets the refresh of an unchanged
        game at most every ``tick_every`` seconds (every change at once)."""
        listener = Listener(game.id, tick_every)
        listener.offer(self.current(game))
        with self.lock:
            self.listeners.setdefault(game.id, set()).add(listener)
            if self.watcher is None or not self.watcher.is_alive():
                self.watcher = threading.Thread(target=self._watch, name="live-hub", daemon=True)
                self.watcher.start()
        return listener

    def leave(self, listener: Listener) -> None:
        with self.lock:
            group = self.listeners.get(listener.game_id)
            if group is not None:
                group.discard(listener)
                if not group:
                    del self.listeners[listener.game_id]
                    self.latest.pop(listener.game_id, None)

    def _remember(self, game_id: int, snap: dict[str, Any]) -> dict[str, Any]:
        self.latest[game_id] = snap
        self.built_at[game_id] = time.monotonic()
        return snap

    def stop(self) -> None:
        """End the watcher (tests; a worker's watcher ends with its process)."""
        self.stopped.set()
        if self.watcher is not None:
            self.watcher.join(timeout=5)

    def _watch(self) -> None:
        while not self.stopped.wait(self.interval):
            try:
                self.poll()
            except Exception:  # noqa: BLE001 - a database hiccup must not kill the watcher
                self.app.logger.exception("live hub: poll failed")

    def poll(self) -> None:
        """One round: read the versions of watched games, rebuild and hand out what moved."""
        with self.lock:
            ids = list(self.listeners)
        if not ids:
            return
        with self.app.app_context():
            try:
                rows = db.session.execute(
                    sa.select(LiveGame.id, LiveGame.version, LiveGame.state).where(
                        LiveGame.id.in_(ids)
                    )
                ).all()
                now = time.monotonic()
                for game_id, version, state in rows:
                    known = self.latest.get(game_id)
                    stale = known is None or known["version"] != version
                    ticking = state in (LiveState.QUESTION, LiveState.LOBBY) and (
                        now - self.built_at.get(game_id, 0) >= REBUILD_OPEN_QUESTION_SECONDS
                    )
                    if stale or ticking:
                        game = db.session.get(LiveGame, game_id)
                        snap = self._remember(game_id, self.build(game))
                        self._publish(game_id, snap, tick=not stale)
            finally:
                db.session.remove()

    def _publish(self, game_id: int, snap: dict[str, Any], tick: bool = False) -> None:
        """Hand ``snap`` to the game's listeners (a ``tick``, the refresh of an unchanged game, only
        to those whose last one is ``tick_every`` old)."""
        with self.lock:
            group = list(self.listeners.get(game_id, ()))
        now = time.monotonic()
        for listener in group:
            if not tick or now - listener.offered_at >= listener.tick_every - 0.05:
                listener.offer(snap, now)


def hub(app: Flask) -> Hub:
    """This process's hub of ``app`` (created on first use, after the worker forked)."""
    found = app.extensions.get("live_hub")
    if found is None:
        from quiz.services import live

        def build(game: LiveGame) -> dict[str, Any]:
            return live.snapshot(db.session, game)

        found = app.extensions["live_hub"] = Hub(app, build)
    return found


def stream(
    owner: Hub,
    listener: Listener,
    shape: Callable[[dict[str, Any]], str],
    max_seconds: float | None = None,
) -> Iterator[str]:
    """The event stream of one listener: each new snapshot (as JSON text for its viewer),
    after ``max_seconds`` it ends and the browser reconnects (re-checking its access)."""
    end = time.monotonic() + max_seconds if max_seconds else None
    try:
        yield "retry: 1000\n\n"
        while end is None or time.monotonic() < end:
            wait = (
                KEEPALIVE_SECONDS if end is None else min(KEEPALIVE_SECONDS, end - time.monotonic())
            )
            if listener.wake.wait(max(wait, 0)):
                listener.wake.clear()
                snap = listener.snapshot
                if snap is not None:
                    yield f"id: {snap['version']}\ndata: {shape(snap)}\n\n"
            else:
                yield ": keep-alive\n\n"
    finally:
        owner.leave(listener)
