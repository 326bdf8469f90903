"""The outbox's lowest layer: one connection, one transaction at a time, row counts.

A write that fails because the disk is full or the folder cannot be written raises
`StoreUnavailable` (nothing half-written) and sets `problem`; the next write that succeeds
clears it.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import logging
import sqlite3
import threading
from collections.abc import Iterator
from typing import Any, Self

from kiosk.delivery import storefile
from kiosk.delivery.errors import (
    IllegalTransition,
    OutboxError,
    StoreUnavailable,
    TicketAlreadyClaimed,
)
from kiosk.delivery.lockfile import FileLock
from kiosk.delivery.rows import COLUMNS, Row, from_values, timestamp
from kiosk.delivery.states import TRANSITIONS, State, sources_of
from kiosk.delivery.storefile import StoreProblem

log = logging.getLogger("kiosk.delivery")


class Plumbing:
    """The connection, its lock, transactions, the disk problem and the counts per state."""

    def __init__(self, conn: sqlite3.Connection, lock: FileLock) -> None:
        self._conn: sqlite3.Connection | None = conn
        self._file_lock = lock
        self._lock = threading.RLock()
        self._counts_lock = threading.Lock()
        self._counts: dict[State, int] = dict.fromkeys(State, 0)
        self._problem: StoreProblem | None = None
        self._recount()

    def close(self) -> None:
        raise NotImplementedError

    @property
    def closed(self) -> bool:
        return self._conn is None

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    def _set_problem(self, problem: StoreProblem) -> None:
        if self._problem is not problem:
            log.error("check-ins cannot be stored: %s", problem.describe())
        self._problem = problem

    # -- plumbing ------------------------------------------------------------------------------

    def _db(self) -> sqlite3.Connection:
        if self._conn is None:
            raise OutboxError("the outbox is closed")
        return self._conn

    @contextlib.contextmanager
    def _read(self) -> Iterator[sqlite3.Connection]:
        with self._lock:
            yield self._db()

    @contextlib.contextmanager
    def _write(self, *, proves_room: bool = False) -> Iterator[sqlite3.Connection]:
        """One transaction: ``BEGIN IMMEDIATE`` … ``COMMIT``, rolled back on any error.

        A disk or folder problem raises `StoreUnavailable` (and sets `problem`). Only a write
        that `proves_room` (a new check-in, or the store's probe) clears it: a state change of
        a row already stored still fits on a disk that cannot take the next check-in.
        """
        with self._lock:
            db = self._db()
            try:
                db.execute("BEGIN IMMEDIATE")
                try:
                    yield db
                except BaseException:
                    if db.in_transaction:
                        db.execute("ROLLBACK")
                    raise
                db.execute("COMMIT")
            except sqlite3.Error as exc:
                if db.in_transaction:
                    with contextlib.suppress(sqlite3.Error):
                        db.execute("ROLLBACK")
                problem = storefile.problem_of(exc)
                if problem is None:
                    raise
                self._set_problem(problem)
                raise StoreUnavailable(problem.describe(), problem) from None
            if proves_room and self._problem is not None:
                log.warning("check-ins can be stored again")
                self._problem = None

    def _recount(self) -> None:
        with self._read() as db:
            found = dict(db.execute("SELECT state, COUNT(*) FROM checkins GROUP BY state"))
        with self._counts_lock:
            self._counts = {state: int(found.get(state.value, 0)) for state in State}

    def _bump(self, source: State | None, target: State | None, count: int = 1) -> None:
        with self._counts_lock:
            if source is not None:
                self._counts[source] -= count
            if target is not None:
                self._counts[target] += count

    @staticmethod
    def _fetch(db: sqlite3.Connection, row_id: str) -> Row | None:
        found = db.execute(f"SELECT {COLUMNS} FROM checkins WHERE id = ?", (row_id,)).fetchone()
        return None if found is None else from_values(found)

    def _move(
        self,
        row_id: str,
        target: State,
        now: dt.datetime,
        assignments: str = "",
        params: tuple[Any, ...] = (),
        *,
        only_from: frozenset[State] | None = None,
    ) -> Row:
        """Move one row to `target` in one transaction; `IllegalTransition` if it may not."""
        sources = sources_of(target)
        if only_from is not None:
            sources &= only_from
        extra = f", {assignments}" if assignments else ""
        with self._write() as db:
            before = self._fetch(db, row_id)
            if before is None or before.state not in sources:
                raise IllegalTransition(row_id, before.state if before else None, target)
            try:
                db.execute(
                    f"UPDATE checkins SET state = ?, updated_at = ?{extra} "
                    "WHERE id = ? AND state = ?",
                    (target.value, timestamp(now), *params, row_id, before.state.value),
                )
            except sqlite3.IntegrityError as exc:
                if "ticket_id" in str(exc):
                    raise TicketAlreadyClaimed(f"outbox row {row_id}: ticket id taken") from None
                raise
            after = self._fetch(db, row_id)
        assert after is not None
        self._bump(before.state, target)
        return after

    def _bulk_move(
        self,
        source: State,
        target: State,
        now: dt.datetime,
        assignments: str,
        params: tuple[Any, ...],
        condition: str = "1",
        condition_params: tuple[Any, ...] = (),
    ) -> list[str]:
        if target not in TRANSITIONS[source]:
            raise IllegalTransition("*", source, target)
        with self._write() as db:
            ids = [
                row_id
                for (row_id,) in db.execute(
                    f"SELECT id FROM checkins WHERE state = ? AND {condition} ORDER BY seq",
                    (source.value, *condition_params),
                )
            ]
            if ids:
                db.execute(
                    f"UPDATE checkins SET state = ?, updated_at = ?, {assignments} "
                    f"WHERE state = ? AND {condition}",
                    (target.value, timestamp(now), *params, source.value, *condition_params),
                )
        self._bump(source, target, len(ids))
        return ids
