"""The outbox: check-ins stored on disk until Qminder has them (SQLite, WAL, synchronous=FULL).

One row per check-in. Personal data (the whole `TicketRequest`) is kept as one encrypted
payload; everything else (line, times, state, attempt counts, ticket id and publicId, last
error class) stays readable for the Admin view. Every state change is one transaction, checked
in Python against `states.TRANSITIONS` and again by a trigger in the database. Rows are never
deleted except delivered ones past their tombstone period; a delivered row holds no payload.

All methods are thread-safe and blocking (each write waits for an fsync); the sender calls
them from its own worker thread. Times are passed in by the caller, so tests can fake them.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import sqlite3
import threading
import uuid
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType
from typing import Any, Self

import platformdirs
from pydantic import ValidationError

from kiosk.delivery.crypto import Cipher, DecryptError
from kiosk.delivery.lockfile import FileLock
from kiosk.delivery.schema import DUE_STATES_SQL, OutboxError, check, configure, migrate
from kiosk.delivery.states import (
    OPEN_STATES,
    TRANSITIONS,
    UNSENT_FINAL_STATES,
    IllegalTransition,
    State,
    sources_of,
)
from kiosk.domain.ticket import TicketRequest

APP_NAME = "qminder-kiosk"
ERROR_MAX = 200


class PayloadUnavailable(Exception):
    """A row's personal data is gone (erased) or cannot be read (wrong key, damaged)."""


class TicketAlreadyClaimed(Exception):
    """Another row already holds this Qminder ticket id."""


def default_outbox_path() -> Path:
    """``<user data dir>/qminder-kiosk/outbox.sqlite3`` (platformdirs)."""
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)) / "outbox.sqlite3"


def default_key_file() -> Path:
    """``<user data dir>/qminder-kiosk/outbox.key``: the key file when there is no keyring."""
    return default_outbox_path().with_name("outbox.key")


def _ts(moment: dt.datetime) -> float:
    if moment.tzinfo is None:
        raise ValueError("outbox times must be timezone-aware")
    return moment.timestamp()


def _time(value: float | None) -> dt.datetime | None:
    return None if value is None else dt.datetime.fromtimestamp(value, dt.UTC)


def _error_text(error: str | None) -> str | None:
    return None if error is None else error[:ERROR_MAX]


@dataclass(frozen=True, slots=True)
class Row:
    """A check-in's metadata, without its personal data."""

    id: str
    seq: int
    line_id: str
    state: State
    created_at: dt.datetime
    updated_at: dt.datetime
    first_attempt_at: dt.datetime | None
    attempt_started_at: dt.datetime | None
    next_attempt_at: dt.datetime
    attempts: int
    lookups: int
    misses: int
    ticket_id: str | None
    public_id: str | None
    error: str | None
    has_personal_data: bool


_COLUMNS = (
    "id, seq, line_id, state, created_at, updated_at, first_attempt_at, attempt_started_at, "
    "next_attempt_at, attempts, lookups, misses, ticket_id, public_id, error, "
    "payload IS NOT NULL"
)


def _row(values: tuple[Any, ...]) -> Row:
    created = _time(values[4])
    updated = _time(values[5])
    due = _time(values[8])
    assert created is not None
    assert updated is not None
    assert due is not None
    return Row(
        id=values[0],
        seq=values[1],
        line_id=values[2],
        state=State(values[3]),
        created_at=created,
        updated_at=updated,
        first_attempt_at=_time(values[6]),
        attempt_started_at=_time(values[7]),
        next_attempt_at=due,
        attempts=values[9],
        lookups=values[10],
        misses=values[11],
        ticket_id=values[12],
        public_id=values[13],
        error=values[14],
        has_personal_data=bool(values[15]),
    )


class Outbox:
    """The check-in store. Open with `Outbox.open`; close with `close()` or ``with``."""

    def __init__(self, conn: sqlite3.Connection, cipher: Cipher, lock: FileLock) -> None:
        self._conn: sqlite3.Connection | None = conn
        self._cipher = cipher
        self._file_lock = lock
        self._lock = threading.RLock()
        self._counts_lock = threading.Lock()
        self._counts: dict[State, int] = dict.fromkeys(State, 0)
        self._recount()

    # -- opening and closing -------------------------------------------------------------------

    @classmethod
    def open(cls, path: Path, cipher: Cipher) -> Outbox:
        """Open (or create) the outbox at `path`.

        Takes an exclusive lock (``<path>.lock``; `lockfile.LockedError` if another process has
        it), sets WAL and ``synchronous=FULL``, runs ``quick_check`` and creates the schema.
        A damaged or unreadable file raises `OutboxError` and is left untouched for inspection.
        """
        path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        lock = FileLock(path.with_name(path.name + ".lock"))
        lock.acquire()
        conn: sqlite3.Connection | None = None
        try:
            conn = sqlite3.connect(path, isolation_level=None, check_same_thread=False, timeout=5.0)
            configure(conn)
            check(conn)
            migrate(conn)
            with contextlib.suppress(OSError):
                os.chmod(path, 0o600)
            return cls(conn, cipher, lock)
        except BaseException as exc:
            if conn is not None:
                conn.close()
            lock.release()
            if isinstance(exc, sqlite3.DatabaseError):
                raise OutboxError(f"the outbox file cannot be used ({exc})") from None
            raise

    def close(self) -> None:
        """Checkpoint the WAL into the database, close the file and release the lock."""
        with self._lock:
            conn, self._conn = self._conn, None
            if conn is None:
                return
            try:
                with contextlib.suppress(sqlite3.Error):
                    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
                conn.close()
            finally:
                self._file_lock.release()

    @property
    def closed(self) -> bool:
        return self._conn is None

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

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
    def _write(self) -> Iterator[sqlite3.Connection]:
        """One transaction: ``BEGIN IMMEDIATE`` … ``COMMIT``, rolled back on any error."""
        with self._lock:
            db = self._db()
            db.execute("BEGIN IMMEDIATE")
            try:
                yield db
            except BaseException:
                db.execute("ROLLBACK")
                raise
            try:
                db.execute("COMMIT")
            except BaseException:
                if db.in_transaction:
                    db.execute("ROLLBACK")
                raise

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
        found = db.execute(f"SELECT {_COLUMNS} FROM checkins WHERE id = ?", (row_id,)).fetchone()
        return None if found is None else _row(found)

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
                    (target.value, _ts(now), *params, row_id, before.state.value),
                )
            except sqlite3.IntegrityError as exc:
                if "ticket_id" in str(exc):
                    raise TicketAlreadyClaimed(f"outbox row {row_id}: ticket id taken") from None
                raise
            after = self._fetch(db, row_id)
        assert after is not None
        self._bump(before.state, target)
        return after

    # -- writing -------------------------------------------------------------------------------

    def add(self, request: TicketRequest, now: dt.datetime) -> Row:
        """Store a new check-in, queued and due at once; committed when this returns."""
        row_id = uuid.uuid4().hex
        payload = self._cipher.encrypt(request.model_dump_json().encode("utf-8"))
        stamp = _ts(now)
        with self._write() as db:
            db.execute(
                "INSERT INTO checkins (id, line_id, state, created_at, updated_at, "
                "next_attempt_at, payload) VALUES (?, ?, ?, ?, ?, ?, ?)",
                (row_id, request.line_id, State.QUEUED.value, stamp, stamp, stamp, payload),
            )
            row = self._fetch(db, row_id)
        assert row is not None
        self._bump(None, State.QUEUED)
        return row

    def claim(self, row_id: str, now: dt.datetime) -> Row:
        """queued → sending: one more attempt starts now. Commit before sending."""
        stamp = _ts(now)
        return self._move(
            row_id,
            State.SENDING,
            now,
            "attempts = attempts + 1, attempt_started_at = ?, "
            "first_attempt_at = COALESCE(first_attempt_at, ?)",
            (stamp, stamp),
        )

    def mark_delivered(
        self, row_id: str, now: dt.datetime, ticket_id: str, public_id: str | None
    ) -> Row:
        """sending/ambiguous → delivered, erasing the personal data in the same transaction.

        `TicketAlreadyClaimed` if another row holds `ticket_id`.
        """
        return self._move(
            row_id,
            State.DELIVERED,
            now,
            "ticket_id = ?, public_id = ?, payload = NULL, error = NULL",
            (ticket_id, public_id),
        )

    def mark_queued(
        self, row_id: str, now: dt.datetime, due: dt.datetime, error: str | None
    ) -> Row:
        """sending/ambiguous → queued, to be sent again at `due`."""
        return self._move(
            row_id,
            State.QUEUED,
            now,
            "next_attempt_at = ?, misses = 0, error = ?",
            (_ts(due), _error_text(error)),
        )

    def mark_ambiguous(
        self, row_id: str, now: dt.datetime, due: dt.datetime, error: str | None
    ) -> Row:
        """sending → ambiguous: look the ticket up at `due` before any resend."""
        return self._move(
            row_id,
            State.AMBIGUOUS,
            now,
            "next_attempt_at = ?, misses = 0, error = ?",
            (_ts(due), _error_text(error)),
            only_from=frozenset({State.SENDING}),
        )

    def mark_rejected(self, row_id: str, now: dt.datetime, reason: str) -> Row:
        """→ rejected: Qminder refused it for good (or it can never be sent)."""
        return self._move(row_id, State.REJECTED, now, "error = ?", (_error_text(reason),))

    def mark_expired(self, row_id: str, now: dt.datetime, reason: str = "expired") -> Row:
        """queued/ambiguous → expired: too old to send."""
        return self._move(row_id, State.EXPIRED, now, "error = ?", (_error_text(reason),))

    def mark_withdrawn(self, row_id: str, now: dt.datetime) -> Row:
        """queued/ambiguous → withdrawn: the visitor was told it failed; never sent later."""
        return self._move(row_id, State.WITHDRAWN, now, "error = ?", ("withdrawn",))

    def set_public_id(self, row_id: str, public_id: str) -> Row:
        """Record the publicId read back after delivery (only where it was missing)."""
        with self._write() as db:
            cursor = db.execute(
                "UPDATE checkins SET public_id = ? WHERE id = ? AND state = ? "
                "AND public_id IS NULL",
                (public_id, row_id, State.DELIVERED.value),
            )
            row = self._fetch(db, row_id)
            if cursor.rowcount != 1 or row is None:
                raise IllegalTransition(row_id, row.state if row else None, State.DELIVERED)
        return row

    def note_lookup(
        self,
        row_id: str,
        now: dt.datetime,
        due: dt.datetime,
        *,
        missed: bool,
        error: str | None = None,
    ) -> Row:
        """An ambiguous row stays ambiguous after a lookup; look again at `due`.

        `missed` means the lookup worked and did not find the ticket; otherwise it failed.
        """
        with self._write() as db:
            cursor = db.execute(
                "UPDATE checkins SET updated_at = ?, next_attempt_at = ?, lookups = lookups + 1, "
                "misses = misses + ?, error = COALESCE(?, error) WHERE id = ? AND state = ?",
                (
                    _ts(now),
                    _ts(due),
                    int(missed),
                    _error_text(error),
                    row_id,
                    State.AMBIGUOUS.value,
                ),
            )
            row = self._fetch(db, row_id)
            if cursor.rowcount != 1 or row is None:
                raise IllegalTransition(row_id, row.state if row else None, State.AMBIGUOUS)
        return row

    def recover(self, now: dt.datetime, delay: float) -> list[str]:
        """At start-up: every row left ``sending`` becomes ambiguous (one transaction).

        Its lookup falls due `delay` seconds after the interrupted attempt began.
        """
        stamp = _ts(now)
        return self._bulk_move(
            State.SENDING,
            State.AMBIGUOUS,
            now,
            "next_attempt_at = MAX(?, COALESCE(attempt_started_at, ?) + ?), misses = 0, error = ?",
            (stamp, stamp, delay, "interrupted while sending"),
        )

    def expire_queued(self, created_before: dt.datetime, now: dt.datetime) -> list[str]:
        """queued rows created before the cutoff → expired (one transaction)."""
        return self._bulk_move(
            State.QUEUED,
            State.EXPIRED,
            now,
            "error = ?",
            ("expired",),
            "created_at < ?",
            (_ts(created_before),),
        )

    def expire_unresolved(self, created_before: dt.datetime, now: dt.datetime) -> list[str]:
        """ambiguous rows created before the cutoff → expired (lookups never settled them)."""
        return self._bulk_move(
            State.AMBIGUOUS,
            State.EXPIRED,
            now,
            "error = ?",
            ("expired unresolved: the ticket may exist",),
            "created_at < ?",
            (_ts(created_before),),
        )

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
                    (target.value, _ts(now), *params, source.value, *condition_params),
                )
        self._bump(source, target, len(ids))
        return ids

    def reschedule_queued(self, now: dt.datetime) -> int:
        """Make every queued row waiting for a later time due now (Qminder answers again)."""
        with self._write() as db:
            cursor = db.execute(
                "UPDATE checkins SET next_attempt_at = ? WHERE state = ? AND next_attempt_at > ?",
                (_ts(now), State.QUEUED.value, _ts(now)),
            )
            return cursor.rowcount

    def erase_personal_data(self, settled_before: dt.datetime) -> int:
        """Erase the payload of rejected, expired and withdrawn rows settled before the cutoff."""
        states = tuple(s.value for s in UNSENT_FINAL_STATES)
        marks = ", ".join("?" for _ in states)
        with self._write() as db:
            cursor = db.execute(
                f"UPDATE checkins SET payload = NULL WHERE state IN ({marks}) "
                "AND payload IS NOT NULL AND updated_at < ?",
                (*states, _ts(settled_before)),
            )
            return cursor.rowcount

    def prune_delivered(self, delivered_before: dt.datetime) -> int:
        """Delete delivered rows (no personal data left) settled before the cutoff."""
        with self._write() as db:
            cursor = db.execute(
                "DELETE FROM checkins WHERE state = ? AND updated_at < ?",
                (State.DELIVERED.value, _ts(delivered_before)),
            )
            count = cursor.rowcount
        self._bump(State.DELIVERED, None, count)
        return count

    def checkpoint(self) -> None:
        """Copy the WAL into the database and truncate it (old page images go with it)."""
        with self._read() as db:
            db.execute("PRAGMA wal_checkpoint(TRUNCATE)")

    # -- reading -------------------------------------------------------------------------------

    def get(self, row_id: str) -> Row:
        """The row's metadata; `KeyError` if there is no such row."""
        with self._read() as db:
            row = self._fetch(db, row_id)
        if row is None:
            raise KeyError(row_id)
        return row

    def request(self, row_id: str) -> TicketRequest:
        """The row's decrypted `TicketRequest`; `PayloadUnavailable` if erased or unreadable."""
        with self._read() as db:
            found = db.execute("SELECT payload FROM checkins WHERE id = ?", (row_id,)).fetchone()
        if found is None:
            raise KeyError(row_id)
        if found[0] is None:
            raise PayloadUnavailable(f"outbox row {row_id}: personal data erased")
        try:
            data = self._cipher.decrypt(bytes(found[0]))
            return TicketRequest.model_validate_json(data)
        except DecryptError:
            raise PayloadUnavailable(f"outbox row {row_id}: payload cannot be decrypted") from None
        except ValidationError:
            raise PayloadUnavailable(f"outbox row {row_id}: payload is not a request") from None

    def next_due(self, now: dt.datetime) -> Row | None:
        """The oldest queued or ambiguous row due at `now`, if any."""
        with self._read() as db:
            found = db.execute(
                f"SELECT {_COLUMNS} FROM checkins INDEXED BY checkins_open "
                f"WHERE state IN ({DUE_STATES_SQL}) AND next_attempt_at <= ? ORDER BY seq LIMIT 1",
                (_ts(now),),
            ).fetchone()
        return None if found is None else _row(found)

    def next_due_time(self) -> dt.datetime | None:
        """When the next queued or ambiguous row falls due, if there is one."""
        with self._read() as db:
            (value,) = db.execute(
                f"SELECT MIN(next_attempt_at) FROM checkins WHERE state IN ({DUE_STATES_SQL})"
            ).fetchone()
        return _time(value)

    def latest_line(self) -> str | None:
        """The line of the newest row (for a connectivity probe)."""
        with self._read() as db:
            found = db.execute("SELECT line_id FROM checkins ORDER BY seq DESC LIMIT 1").fetchone()
        return None if found is None else str(found[0])

    def claimed(self, ticket_ids: Iterable[str]) -> set[str]:
        """Which of these Qminder ticket ids some row already holds."""
        wanted = list(dict.fromkeys(ticket_ids))
        taken: set[str] = set()
        with self._read() as db:
            for start in range(0, len(wanted), 500):
                chunk = wanted[start : start + 500]
                marks = ", ".join("?" for _ in chunk)
                taken.update(
                    ticket_id
                    for (ticket_id,) in db.execute(
                        f"SELECT ticket_id FROM checkins WHERE ticket_id IN ({marks})", chunk
                    )
                )
        return taken

    def rows(self, states: Iterable[State] | None = None, limit: int = 100) -> list[Row]:
        """Rows (newest first), optionally only those in `states`; for the Admin view."""
        wanted = tuple(s.value for s in (states if states is not None else State))
        marks = ", ".join("?" for _ in wanted)
        with self._read() as db:
            found = db.execute(
                f"SELECT {_COLUMNS} FROM checkins WHERE state IN ({marks}) "
                "ORDER BY seq DESC LIMIT ?",
                (*wanted, limit),
            ).fetchall()
        return [_row(values) for values in found]

    def counts(self) -> dict[State, int]:
        """How many rows are in each state (kept in memory, never waits for the disk)."""
        with self._counts_lock:
            return dict(self._counts)

    def oldest_open_created_at(self) -> dt.datetime | None:
        """When the oldest check-in not settled yet (queued, sending, ambiguous) was made."""
        states = tuple(state.value for state in OPEN_STATES)
        marks = ", ".join("?" for _ in states)
        with self._read() as db:
            (value,) = db.execute(
                f"SELECT MIN(created_at) FROM checkins WHERE state IN ({marks})", states
            ).fetchone()
        return _time(value)

    def open_count(self) -> int:
        """Rows not settled yet (queued, sending or ambiguous)."""
        counts = self.counts()
        return sum(counts[state] for state in OPEN_STATES)
