"""Appointment rows in the outbox: schema version 3, its upgrade, and storing check-ins."""

from __future__ import annotations

import datetime as dt
import shutil
import sqlite3
from pathlib import Path

import pytest

from kiosk.delivery import Cipher, Outbox, State
from kiosk.delivery.appointment_checkin import ROW_KIND, AppointmentCheckIn
from kiosk.delivery.errors import PayloadUnavailable, TicketAlreadyClaimed
from tests.delivery.fakes import request

T0 = dt.datetime(2026, 3, 2, 9, 0, tzinfo=dt.UTC)
DATA = Path(__file__).with_name("data")
V2_FILE = DATA / "outbox-v2.sqlite3"
"""An outbox written by the kiosk at schema version 2: one row queued, one left sending, one
delivered (ticket 5100001), all stored with `V2_KEY`."""
V2_KEY = "IasTn1iJ7PYk9UjK5SuMnqrjMYybLLzk8MMRrx64DKc="
V2_ROWS = {
    "bfc5f6b073e14a38b4254b3f7ce76ce8": (State.QUEUED, "Queued"),
    "861b119fa09643a9a4c052a1606df91a": (State.SENDING, "Sending"),
    "41b059d1a6c94174826cf6aa3c9365e9": (State.DELIVERED, None),
}
MARIA = AppointmentCheckIn(ticket_id="5100042", line_id="1", visitor="Maria T.")


def _version(path: Path) -> int:
    with sqlite3.connect(path) as conn:
        (version,) = conn.execute("PRAGMA user_version").fetchone()
    conn.close()
    return int(version)


def test_a_version_2_store_is_upgraded_in_place_and_keeps_every_row(tmp_path: Path) -> None:
    path = tmp_path / "outbox.sqlite3"
    shutil.copyfile(V2_FILE, path)
    assert _version(path) == 2
    with Outbox.open(path, Cipher([V2_KEY])) as box:
        rows = {row.id: row for row in box.rows()}
        assert {row_id: row.state for row_id, row in rows.items()} == {
            row_id: state for row_id, (state, _) in V2_ROWS.items()
        }
        assert {row.kind for row in rows.values()} == {"ticket"}
        for row_id, (_, first_name) in V2_ROWS.items():
            if first_name is not None:
                assert box.request(row_id).first_name == first_name
        assert rows["41b059d1a6c94174826cf6aa3c9365e9"].ticket_id == "5100001"
        added = box.add_appointment(MARIA, T0)  # the upgraded store takes appointments
        assert box.get(added.id).kind == ROW_KIND
    assert _version(path) == 3
    with Outbox.open(path, Cipher([V2_KEY])) as box:  # and opens again as it is
        assert len(box.rows()) == 4


def test_an_appointment_is_stored_queued_with_its_ticket_and_encrypted(
    outbox: Outbox, db_path: Path
) -> None:
    row = outbox.add_appointment(MARIA, T0)
    assert (row.state, row.kind, row.ticket_id, row.line_id) == (
        State.QUEUED,
        ROW_KIND,
        "5100042",
        "1",
    )
    assert row.has_personal_data
    assert outbox.appointment(row.id) == MARIA
    outbox.checkpoint()
    assert b"Maria" not in db_path.read_bytes()
    assert outbox.counts()[State.QUEUED] == 1


def test_the_same_appointment_twice_is_one_row(outbox: Outbox) -> None:
    first = outbox.add_appointment(MARIA, T0)
    again = outbox.add_appointment(MARIA, T0 + dt.timedelta(seconds=5))
    assert again.id == first.id
    assert outbox.counts()[State.QUEUED] == 1
    outbox.claim(first.id, T0)
    outbox.mark_delivered(first.id, T0, "5100042", "A-7")
    assert outbox.add_appointment(MARIA, T0).id == first.id  # delivered: the same visit


def test_an_appointment_withdrawn_earlier_can_be_checked_in_again(outbox: Outbox) -> None:
    first = outbox.add_appointment(MARIA, T0)
    outbox.mark_withdrawn(first.id, T0)
    again = outbox.add_appointment(MARIA, T0)
    assert again.id != first.id
    assert again.ticket_id == "5100042"
    assert outbox.get(first.id).ticket_id is None
    assert outbox.get(first.id).state is State.WITHDRAWN


def test_a_ticket_a_walk_in_row_holds_is_never_taken_as_an_appointment(outbox: Outbox) -> None:
    walk_in = outbox.add(request(), T0)
    outbox.claim(walk_in.id, T0)
    outbox.mark_delivered(walk_in.id, T0, "5100042", "A-7")
    with pytest.raises(TicketAlreadyClaimed):
        outbox.add_appointment(MARIA, T0)


def test_an_appointment_row_is_never_read_as_a_walk_in_request(outbox: Outbox) -> None:
    row = outbox.add_appointment(MARIA, T0)
    with pytest.raises(PayloadUnavailable):
        outbox.request(row.id)
    walk_in = outbox.add(request(), T0)
    with pytest.raises(PayloadUnavailable):
        outbox.appointment(walk_in.id)
