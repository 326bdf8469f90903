"""The outbox store: settings, the state machine, one transaction per change, housekeeping."""

from __future__ import annotations

import datetime as dt
import sqlite3
import stat
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from kiosk.delivery import (
    Cipher,
    IllegalTransition,
    KeyMissing,
    LockedError,
    Outbox,
    OutboxError,
    PayloadUnavailable,
    Row,
    State,
)
from kiosk.delivery.errors import TicketAlreadyClaimed
from kiosk.delivery.outbox import default_key_file, default_outbox_path
from kiosk.delivery.states import FINAL_STATES, TRANSITIONS, allowed, sources_of
from tests.delivery.fakes import request

T0 = dt.datetime(2026, 3, 2, 9, 0, tzinfo=dt.UTC)


def at(seconds: float) -> dt.datetime:
    return T0 + dt.timedelta(seconds=seconds)


def raw(outbox: Outbox) -> sqlite3.Connection:
    conn = outbox._conn
    assert conn is not None
    return conn


# -- opening -----------------------------------------------------------------------------------


def test_settings_are_wal_and_full_sync(outbox: Outbox) -> None:
    db = raw(outbox)
    assert db.execute("PRAGMA journal_mode").fetchone() == ("wal",)
    assert db.execute("PRAGMA synchronous").fetchone() == (2,)  # FULL
    assert db.execute("PRAGMA secure_delete").fetchone() == (1,)
    assert db.execute("PRAGMA user_version").fetchone() == (3,)


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX permissions")
def test_file_is_private(outbox: Outbox, db_path: Path) -> None:
    assert stat.S_IMODE(db_path.stat().st_mode) == 0o600


def test_a_second_opener_is_refused_until_the_first_closes(db_path: Path, cipher: Cipher) -> None:
    first = Outbox.open(db_path, cipher)
    with pytest.raises(LockedError):
        Outbox.open(db_path, cipher)
    first.close()
    with Outbox.open(db_path, cipher) as second:
        assert not second.closed
    assert second.closed


def test_a_damaged_file_is_refused_and_left_alone(db_path: Path, cipher: Cipher) -> None:
    with Outbox.open(db_path, cipher) as box:
        for n in range(50):
            box.add(request(f"Visitor{n:02d}"), T0)
    data = bytearray(db_path.read_bytes())
    for page in range(4096, len(data), 4096):  # scribble over every b-tree page header
        data[page : page + 12] = b"\xff" * 12
    db_path.write_bytes(bytes(data))
    with pytest.raises(OutboxError):
        Outbox.open(db_path, cipher)
    assert db_path.read_bytes() == bytes(data)


def test_a_newer_schema_is_refused(db_path: Path, cipher: Cipher) -> None:
    Outbox.open(db_path, cipher).close()
    with sqlite3.connect(db_path) as conn:
        conn.execute("PRAGMA user_version = 7")
    conn.close()
    with pytest.raises(OutboxError, match="schema version 7"):
        Outbox.open(db_path, cipher)


def test_default_paths_are_in_the_user_data_dir() -> None:
    path = default_outbox_path()
    assert path.name == "outbox.sqlite3"
    assert "qminder-kiosk" in str(path)
    assert default_key_file() == path.with_name("outbox.key")


def test_times_must_be_aware(outbox: Outbox) -> None:
    with pytest.raises(ValueError, match="timezone-aware"):
        outbox.add(request(), dt.datetime(2026, 1, 1))


# -- the state machine -------------------------------------------------------------------------


def _in_state(box: Outbox, state: State) -> Row:
    """A new row brought to `state` through legal transitions."""
    row = box.add(request(), at(0))
    if state is State.QUEUED:
        return row
    if state in (State.EXPIRED, State.WITHDRAWN):
        move = box.mark_expired if state is State.EXPIRED else box.mark_withdrawn
        return move(row.id, at(1))
    row = box.claim(row.id, at(1))
    if state is State.SENDING:
        return row
    if state is State.DELIVERED:
        return box.mark_delivered(row.id, at(2), f"t-{row.seq}", f"A-{row.seq}")
    if state is State.REJECTED:
        return box.mark_rejected(row.id, at(2), "ValidationFailed (HTTP 400)")
    return box.mark_ambiguous(row.id, at(2), at(3), "TransportError")


def _mover(box: Outbox, target: State) -> Callable[[Row], Row]:
    moves: dict[State, Callable[[Row], Row]] = {
        State.QUEUED: lambda r: box.mark_queued(r.id, at(5), at(6), "x"),
        State.SENDING: lambda r: box.claim(r.id, at(5)),
        State.AMBIGUOUS: lambda r: box.mark_ambiguous(r.id, at(5), at(6), "x"),
        State.DELIVERED: lambda r: box.mark_delivered(r.id, at(5), f"d-{r.seq}", None),
        State.REJECTED: lambda r: box.mark_rejected(r.id, at(5), "x"),
        State.EXPIRED: lambda r: box.mark_expired(r.id, at(5)),
        State.WITHDRAWN: lambda r: box.mark_withdrawn(r.id, at(5)),
    }
    return moves[target]


PAIRS = [(source, target) for source in State for target in State if source is not target]


@pytest.mark.parametrize(("source", "target"), PAIRS, ids=lambda s: s.value)
def test_every_transition_is_allowed_or_refused_as_the_table_says(
    outbox: Outbox, source: State, target: State
) -> None:
    row = _in_state(outbox, source)
    assert row.state is source
    before = outbox.counts()
    if allowed(source, target):
        moved = _mover(outbox, target)(row)
        assert moved.state is target
        assert outbox.get(row.id).state is target
        after = outbox.counts()
        assert after[source] == before[source] - 1
        assert after[target] == before[target] + 1
    else:
        with pytest.raises(IllegalTransition):
            _mover(outbox, target)(row)
        assert outbox.get(row.id) == row
        assert outbox.counts() == before


def test_the_table_has_final_states_and_no_way_back_to_sending_but_from_queued() -> None:
    assert {State.DELIVERED, State.REJECTED, State.EXPIRED, State.WITHDRAWN} == FINAL_STATES
    assert sources_of(State.SENDING) == {State.QUEUED}
    assert sources_of(State.AMBIGUOUS) == {State.SENDING}
    for state in FINAL_STATES:
        assert TRANSITIONS[state] == frozenset()


def test_the_database_itself_refuses_illegal_changes(outbox: Outbox) -> None:
    delivered = _in_state(outbox, State.DELIVERED)
    queued = _in_state(outbox, State.QUEUED)
    db = raw(outbox)
    with pytest.raises(sqlite3.IntegrityError, match="illegal state transition"):
        db.execute("UPDATE checkins SET state = 'queued' WHERE id = ?", (delivered.id,))
    with pytest.raises(sqlite3.IntegrityError, match="only delivered"):
        db.execute("DELETE FROM checkins WHERE id = ?", (queued.id,))
    with pytest.raises(sqlite3.IntegrityError, match="must be queued"):
        db.execute(
            "INSERT INTO checkins (id, line_id, state, created_at, updated_at, next_attempt_at) "
            "VALUES ('x', '1', 'delivered', 0, 0, 0)"
        )
    with pytest.raises(sqlite3.IntegrityError, match="CHECK"):
        db.execute("UPDATE checkins SET payload = x'00' WHERE id = ?", (delivered.id,))


def test_each_change_is_exactly_one_transaction(outbox: Outbox) -> None:
    statements: list[str] = []
    raw(outbox).set_trace_callback(statements.append)

    def transactions(action: Callable[[], object]) -> list[str]:
        statements.clear()
        action()
        return [s for s in statements if s.split()[0] in ("BEGIN", "COMMIT", "ROLLBACK")]

    one = ["BEGIN IMMEDIATE", "COMMIT"]
    row = outbox.add(request(), at(0))
    for action in (
        lambda: outbox.add(request(), at(0)),
        lambda: outbox.claim(row.id, at(1)),
        lambda: outbox.mark_ambiguous(row.id, at(2), at(3), "x"),
        lambda: outbox.note_lookup(row.id, at(3), at(4), missed=True),
        lambda: outbox.mark_delivered(row.id, at(4), "t-1", "A-1"),
        lambda: outbox.recover(at(5), 1.0),
        lambda: outbox.expire_queued(at(10), at(10)),
    ):
        assert transactions(action) == one

    def refused() -> None:
        with pytest.raises(IllegalTransition):
            outbox.claim(row.id, at(6))

    assert transactions(refused) == ["BEGIN IMMEDIATE", "ROLLBACK"]
    raw(outbox).set_trace_callback(None)


def test_claim_counts_attempts_and_keeps_the_first(outbox: Outbox) -> None:
    row = outbox.add(request(), at(0))
    assert (row.state, row.attempts, row.first_attempt_at) == (State.QUEUED, 0, None)
    row = outbox.claim(row.id, at(1))
    row = outbox.mark_queued(row.id, at(2), at(4), "ServerError (HTTP 503)")
    assert row.next_attempt_at == at(4)
    assert row.error == "ServerError (HTTP 503)"
    row = outbox.claim(row.id, at(5))
    assert (row.attempts, row.first_attempt_at, row.attempt_started_at) == (2, at(1), at(5))


def test_delivery_erases_the_personal_data_at_once(outbox: Outbox) -> None:
    row = outbox.claim(outbox.add(request(), at(0)).id, at(1))
    assert outbox.request(row.id).first_name == "Ada"
    row = outbox.mark_delivered(row.id, at(2), "5100001", "A-1")
    assert (row.ticket_id, row.public_id, row.has_personal_data) == ("5100001", "A-1", False)
    with pytest.raises(PayloadUnavailable, match="erased"):
        outbox.request(row.id)


def test_a_missing_public_id_is_filled_in_once(outbox: Outbox) -> None:
    row = outbox.claim(outbox.add(request(), at(0)).id, at(1))
    with pytest.raises(IllegalTransition):
        outbox.set_public_id(row.id, "A-1")  # not delivered yet
    outbox.mark_delivered(row.id, at(2), "5100001", None)
    assert outbox.set_public_id(row.id, "A-1").public_id == "A-1"
    with pytest.raises(IllegalTransition):
        outbox.set_public_id(row.id, "A-2")  # never overwritten
    assert outbox.get(row.id).state is State.DELIVERED


def test_a_ticket_id_belongs_to_one_row_only(outbox: Outbox) -> None:
    first = outbox.claim(outbox.add(request(), at(0)).id, at(1))
    second = outbox.claim(outbox.add(request(), at(0)).id, at(1))
    outbox.mark_delivered(first.id, at(2), "5100001", "A-1")
    with pytest.raises(TicketAlreadyClaimed):
        outbox.mark_delivered(second.id, at(2), "5100001", "A-1")
    assert outbox.get(second.id).state is State.SENDING
    assert outbox.claimed(["5100001", "5100002"]) == {"5100001"}


def test_unknown_rows(outbox: Outbox) -> None:
    with pytest.raises(KeyError):
        outbox.get("nope")
    with pytest.raises(KeyError):
        outbox.request("nope")
    with pytest.raises(IllegalTransition, match="missing"):
        outbox.claim("nope", at(0))


def test_a_payload_under_another_key_waits_for_its_key(db_path: Path, cipher: Cipher) -> None:
    with Outbox.open(db_path, cipher) as box:
        row_id = box.add(request(), at(0)).id
    other = Cipher([Cipher.generate_key()])
    with Outbox.open(db_path, other) as box:
        with pytest.raises(KeyMissing):
            box.request(row_id)
        assert box.unreadable_count() == 1
        assert box.next_due(at(60)) is None  # never picked up to be sent (or rejected)
        assert box.get(row_id).state is State.QUEUED
        assert box.get(row_id).has_personal_data
    with Outbox.open(db_path, cipher) as box:
        assert box.request(row_id).first_name
        assert box.unreadable_count() == 0


def test_a_damaged_payload_under_a_known_key_is_unavailable(outbox: Outbox) -> None:
    row_id = outbox.add(request(), at(0)).id
    raw(outbox).execute("UPDATE checkins SET payload = X'00112233' WHERE id = ?", (row_id,))
    with pytest.raises(PayloadUnavailable, match="damaged"):
        outbox.request(row_id)


# -- scheduling ---------------------------------------------------------------------------------


def test_next_due_is_the_oldest_due_row(outbox: Outbox) -> None:
    a = outbox.add(request("Anna"), at(0))
    b = outbox.add(request("Bert"), at(1))
    c = outbox.add(request("Carl"), at(2))
    assert outbox.next_due(at(0)) == outbox.get(a.id)
    outbox.mark_queued(outbox.claim(a.id, at(3)).id, at(3), at(60), "x")
    assert outbox.next_due(at(4)) == outbox.get(b.id)  # a waits, b goes first
    outbox.mark_ambiguous(outbox.claim(b.id, at(4)).id, at(4), at(30), "x")
    assert outbox.next_due(at(5)) == outbox.get(c.id)
    assert outbox.next_due(at(30)) == outbox.get(b.id)  # due lookups keep their order
    assert outbox.next_due_time() == at(2)
    outbox.claim(c.id, at(5))
    assert outbox.next_due(at(5)) is None
    assert outbox.next_due_time() == at(30)
    assert outbox.reschedule_queued(at(6)) == 1
    assert outbox.next_due(at(6)) == outbox.get(a.id)


def test_recover_turns_sending_into_ambiguous_after_the_lookup_delay(outbox: Outbox) -> None:
    sending = outbox.claim(outbox.add(request(), at(0)).id, at(10))
    queued = outbox.add(request(), at(0))
    assert outbox.recover(at(12), 15.0) == [sending.id]
    row = outbox.get(sending.id)
    assert row.state is State.AMBIGUOUS
    assert row.next_attempt_at == at(25)  # 15 s after the attempt began
    assert row.error == "interrupted while sending"
    assert outbox.get(queued.id).state is State.QUEUED
    assert outbox.recover(at(100), 15.0) == []
    late = outbox.claim(queued.id, at(0))
    outbox.recover(at(100), 15.0)
    assert outbox.get(late.id).next_attempt_at == at(100)  # never in the past


def test_expiry_and_unresolved_rows(outbox: Outbox) -> None:
    old = outbox.add(request(), at(0))
    young = outbox.add(request(), at(100))
    unsure = outbox.mark_ambiguous(
        outbox.claim(outbox.add(request(), at(0)).id, at(1)).id, at(1), at(2), "x"
    )
    assert outbox.expire_queued(at(50), at(200)) == [old.id]
    assert outbox.get(old.id).state is State.EXPIRED
    assert outbox.get(young.id).state is State.QUEUED
    assert outbox.get(unsure.id).state is State.AMBIGUOUS  # ambiguous rows are looked up first
    assert outbox.expire_unresolved(at(50), at(200)) == [unsure.id]
    assert outbox.get(unsure.id).error is not None
    assert outbox.counts()[State.EXPIRED] == 2


def test_retention_erases_unsent_rows_and_keeps_them_countable(outbox: Outbox) -> None:
    rejected = _in_state(outbox, State.REJECTED)
    expired = _in_state(outbox, State.EXPIRED)
    withdrawn = _in_state(outbox, State.WITHDRAWN)
    queued = _in_state(outbox, State.QUEUED)
    assert outbox.erase_personal_data(at(1)) == 0  # too recent
    assert outbox.erase_personal_data(at(3600)) == 3
    for row in (rejected, expired, withdrawn):
        kept = outbox.get(row.id)
        assert kept.state is row.state
        assert not kept.has_personal_data
    assert outbox.get(queued.id).has_personal_data
    counts = outbox.counts()
    assert (counts[State.REJECTED], counts[State.EXPIRED], counts[State.WITHDRAWN]) == (1, 1, 1)


def test_only_delivered_rows_are_ever_pruned(outbox: Outbox) -> None:
    rows = {state: _in_state(outbox, state) for state in State}
    assert outbox.prune_delivered(at(3600)) == 1
    with pytest.raises(KeyError):
        outbox.get(rows[State.DELIVERED].id)
    assert outbox.counts()[State.DELIVERED] == 0
    assert sum(outbox.counts().values()) == len(State) - 1


def test_counts_survive_a_reopen(db_path: Path, cipher: Cipher) -> None:
    with Outbox.open(db_path, cipher) as box:
        for state in State:
            _in_state(box, state)
        counts = box.counts()
    assert all(counts[state] == 1 for state in State)
    with Outbox.open(db_path, cipher) as box:
        assert box.counts() == counts
        assert box.open_count() == 3
        listed = box.rows([State.EXPIRED, State.REJECTED])
        assert {r.state for r in listed} == {State.EXPIRED, State.REJECTED}
        assert len(box.rows()) == len(State)
        assert box.latest_line() == "88101"
