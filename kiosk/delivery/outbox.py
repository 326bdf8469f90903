"""The outbox: check-ins stored on disk until Qminder has them (SQLite, WAL, synchronous=FULL).

One row per check-in. Personal data (the whole `TicketRequest`) is kept as one encrypted
payload, with the id of the key that encrypted it; everything else (line, times, state, attempt
counts, ticket id and publicId, last error class) stays readable for the Admin view. Every
state change is one transaction, checked in Python against `states.TRANSITIONS` and again by a
trigger in the database. Rows are never deleted except delivered ones past their tombstone
period; a delivered row holds no payload. A row whose key is missing is kept as it is: it is
neither sent nor expired until its key is back (`kiosk.delivery.store`).

All methods are thread-safe and blocking (each write waits for an fsync); the sender calls
them from its own worker thread. Times are passed in by the caller, so tests can fake them.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Iterable

from kiosk.delivery.appointment_rows import AppointmentRows
from kiosk.delivery.errors import (
    IllegalTransition,
    KeyMissing,
    PayloadUnavailable,
    StoreUnavailable,
    StoreUnreadable,
    TicketAlreadyClaimed,
)
from kiosk.delivery.rows import (
    APP_NAME,
    COLUMNS,
    Row,
    default_key_file,
    default_outbox_path,
    error_text,
    from_values,
    moment,
    timestamp,
)
from kiosk.delivery.schema import DUE_STATES_SQL
from kiosk.delivery.states import OPEN_STATES, UNSENT_FINAL_STATES, State
from kiosk.delivery.storefile import unreadable_text
from kiosk.domain.ticket import InvalidTicketRequest, TicketRequest

__all__ = [
    "APP_NAME",
    "KeyMissing",
    "Outbox",
    "PayloadUnavailable",
    "Row",
    "StoreUnavailable",
    "StoreUnreadable",
    "TicketAlreadyClaimed",
    "default_key_file",
    "default_outbox_path",
]


UNREADABLE_PAYLOAD = "payload unreadable"
"""Why a row whose payload was erased or damaged is rejected (`PayloadUnavailable.reason`)."""


class Outbox(AppointmentRows):
    """The check-in store. Open with `Outbox.open`; close with `close()` or ``with``."""

    # -- writing -------------------------------------------------------------------------------

    def add(self, request: TicketRequest, now: dt.datetime) -> Row:
        """Store a new check-in, queued and due at once; committed when this returns.

        `StoreUnavailable` (nothing stored) when the disk is full or the folder cannot be
        written; `StoreUnreadable` while waiting rows need a key that is missing.
        """
        if self._unreadable:
            raise StoreUnreadable(unreadable_text(self._unreadable))
        row_id = uuid.uuid4().hex
        try:
            payload, key = self._keys.encrypt(request.model_dump_json().encode("utf-8"))
        except KeyMissing:
            raise StoreUnreadable("no outbox key: new check-ins cannot be stored") from None
        stamp = timestamp(now)
        with self._write(proves_room=True) as db:
            db.execute(
                "INSERT INTO checkins (id, line_id, state, created_at, updated_at, "
                "next_attempt_at, payload, key_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (row_id, request.line_id, State.QUEUED.value, stamp, stamp, stamp, payload, key),
            )
            row = self._fetch(db, row_id)
        assert row is not None
        self._bump(None, State.QUEUED)
        return row

    def claim(self, row_id: str, now: dt.datetime) -> Row:
        """queued → sending: one more attempt starts now. Commit before sending."""
        stamp = timestamp(now)
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
            (timestamp(due), error_text(error)),
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
            (timestamp(due), error_text(error)),
            only_from=frozenset({State.SENDING}),
        )

    def mark_rejected(self, row_id: str, now: dt.datetime, reason: str) -> Row:
        """→ rejected: Qminder refused it for good (or it can never be sent)."""
        return self._move(row_id, State.REJECTED, now, "error = ?", (error_text(reason),))

    def mark_expired(self, row_id: str, now: dt.datetime, reason: str = "expired") -> Row:
        """queued/ambiguous → expired: too old to send."""
        return self._move(row_id, State.EXPIRED, now, "error = ?", (error_text(reason),))

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
                    timestamp(now),
                    timestamp(due),
                    int(missed),
                    error_text(error),
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
        stamp = timestamp(now)
        return self._bulk_move(
            State.SENDING,
            State.AMBIGUOUS,
            now,
            "next_attempt_at = MAX(?, COALESCE(attempt_started_at, ?) + ?), misses = 0, error = ?",
            (stamp, stamp, delay, "interrupted while sending"),
        )

    def expire_queued(self, created_before: dt.datetime, now: dt.datetime) -> list[str]:
        """queued rows created before the cutoff → expired (one transaction); rows whose key
        is missing wait for it instead."""
        readable, ids = self._readable()
        return self._bulk_move(
            State.QUEUED,
            State.EXPIRED,
            now,
            "error = ?",
            ("expired",),
            f"created_at < ? AND {readable}",
            (timestamp(created_before), *ids),
        )

    def expire_unresolved(self, created_before: dt.datetime, now: dt.datetime) -> list[str]:
        """ambiguous rows created before the cutoff → expired (lookups never settled them);
        rows whose key is missing wait for it instead."""
        readable, ids = self._readable()
        return self._bulk_move(
            State.AMBIGUOUS,
            State.EXPIRED,
            now,
            "error = ?",
            ("expired unresolved: the ticket may exist",),
            f"created_at < ? AND {readable}",
            (timestamp(created_before), *ids),
        )

    def reschedule_queued(self, now: dt.datetime) -> int:
        """Make every queued row waiting for a later time due now (Qminder answers again)."""
        with self._write() as db:
            cursor = db.execute(
                "UPDATE checkins SET next_attempt_at = ? WHERE state = ? AND next_attempt_at > ?",
                (timestamp(now), State.QUEUED.value, timestamp(now)),
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
                (*states, timestamp(settled_before)),
            )
            return cursor.rowcount

    def prune_delivered(self, delivered_before: dt.datetime) -> int:
        """Delete delivered rows (no personal data left) settled before the cutoff."""
        with self._write() as db:
            cursor = db.execute(
                "DELETE FROM checkins WHERE state = ? AND updated_at < ?",
                (State.DELIVERED.value, timestamp(delivered_before)),
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
        """The row's decrypted `TicketRequest`, checked against every rule again (they may
        have tightened since it was stored).

        `PayloadUnavailable` if erased, damaged or no longer valid (never sent then),
        `KeyMissing` if its key is not available (the row is kept for it).
        """
        data = self._payload(row_id, UNREADABLE_PAYLOAD)
        try:
            return TicketRequest.checked(data)
        except InvalidTicketRequest as exc:
            reason = f"request no longer valid: {exc.listed or 'not a request'}"
            raise PayloadUnavailable(f"outbox row {row_id}: {reason}", reason) from None

    def next_due(self, now: dt.datetime) -> Row | None:
        """The oldest queued or ambiguous row due at `now` whose key is known, if any."""
        readable, ids = self._readable()
        with self._read() as db:
            found = db.execute(
                f"SELECT {COLUMNS} FROM checkins INDEXED BY checkins_open "
                f"WHERE state IN ({DUE_STATES_SQL}) AND next_attempt_at <= ? AND {readable} "
                "ORDER BY seq LIMIT 1",
                (timestamp(now), *ids),
            ).fetchone()
        return None if found is None else from_values(found)

    def next_due_time(self) -> dt.datetime | None:
        """When the next queued or ambiguous row whose key is known falls due, if any."""
        readable, ids = self._readable()
        with self._read() as db:
            (value,) = db.execute(
                "SELECT MIN(next_attempt_at) FROM checkins "
                f"WHERE state IN ({DUE_STATES_SQL}) AND {readable}",
                ids,
            ).fetchone()
        return moment(value)

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
                f"SELECT {COLUMNS} FROM checkins WHERE state IN ({marks}) "
                "ORDER BY seq DESC LIMIT ?",
                (*wanted, limit),
            ).fetchall()
        return [from_values(values) for values in found]

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
        return moment(value)

    def open_count(self) -> int:
        """Rows not settled yet (queued, sending or ambiguous)."""
        counts = self.counts()
        return sum(counts[state] for state in OPEN_STATES)
