"""The outbox's appointment rows: storing an appointment check-in and reading it back.

An appointment row (kind ``'appointment'``) keeps its `AppointmentCheckIn` encrypted like a
walk-in's request (the visitor's first name and initial are personal data) and its Qminder
ticket id from the start: the unique ticket id refuses a second row for the same appointment,
and no walk-in lookup can ever take that ticket for one of its own rows.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
import uuid

from kiosk.delivery.appointment_checkin import ROW_KIND, AppointmentCheckIn
from kiosk.delivery.errors import (
    KeyMissing,
    PayloadUnavailable,
    StoreUnreadable,
    TicketAlreadyClaimed,
)
from kiosk.delivery.rows import Row, timestamp
from kiosk.delivery.states import UNSENT_FINAL_STATES, State
from kiosk.delivery.store import Store
from kiosk.delivery.storefile import unreadable_text

UNREADABLE_CHECK_IN = "appointment check-in unreadable"
"""Why an appointment row whose payload was erased or damaged is rejected."""


class AppointmentRows(Store):
    """Appointment check-ins in the outbox (`kiosk.delivery.outbox.Outbox` has these)."""

    def add_appointment(self, checkin: AppointmentCheckIn, now: dt.datetime) -> Row:
        """Store an appointment check-in, queued and due at once; committed when this returns.

        A row already open or delivered for the same appointment is returned instead of a new
        one (the same visit, tapped again). One that ended unsent (rejected, expired,
        withdrawn) gives the ticket id up to the new row. Raises as `Outbox.add` does.
        """
        if self._unreadable:
            raise StoreUnreadable(unreadable_text(self._unreadable))
        row_id = uuid.uuid4().hex
        try:
            payload, key = self._keys.encrypt(checkin.to_payload())
        except KeyMissing:
            raise StoreUnreadable("no outbox key: new check-ins cannot be stored") from None
        stamp = timestamp(now)
        ended = tuple(state.value for state in UNSENT_FINAL_STATES)
        marks = ", ".join("?" for _ in ended)
        with self._write(proves_room=True) as db:
            db.execute(
                f"UPDATE checkins SET ticket_id = NULL WHERE ticket_id = ? AND kind = ? "
                f"AND state IN ({marks})",
                (checkin.ticket_id, ROW_KIND, *ended),
            )
            try:
                db.execute(
                    "INSERT INTO checkins (id, line_id, state, created_at, updated_at, "
                    "next_attempt_at, payload, key_id, ticket_id, kind) "
                    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    (
                        row_id,
                        checkin.line_id,
                        State.QUEUED.value,
                        stamp,
                        stamp,
                        stamp,
                        payload,
                        key,
                        checkin.ticket_id,
                        ROW_KIND,
                    ),
                )
            except sqlite3.IntegrityError:
                found = db.execute(
                    "SELECT id, kind FROM checkins WHERE ticket_id = ?", (checkin.ticket_id,)
                ).fetchone()
                if found is None:
                    raise
                if found[1] != ROW_KIND:
                    raise TicketAlreadyClaimed(checkin.ticket_id) from None
                row_id = str(found[0])
                existing = self._fetch(db, row_id)
                assert existing is not None
                return existing
            row = self._fetch(db, row_id)
        assert row is not None
        self._bump(None, State.QUEUED)
        return row

    def appointment(self, row_id: str) -> AppointmentCheckIn:
        """The row's decrypted `AppointmentCheckIn`.

        `PayloadUnavailable` if erased, damaged or not an appointment check-in (never sent
        then), `KeyMissing` if its key is not available (the row is kept for it).
        """
        data = self._payload(row_id, UNREADABLE_CHECK_IN)
        try:
            return AppointmentCheckIn.from_payload(data)
        except ValueError:
            raise PayloadUnavailable(
                f"outbox row {row_id}: appointment check-in damaged", UNREADABLE_CHECK_IN
            ) from None
