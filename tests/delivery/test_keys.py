"""A changed outbox key never costs a check-in: every source is tried, rows whose key is
missing wait for it (never rejected, never erased), new check-ins are refused meanwhile, and
the waiting rows go out exactly once when the key is back."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

import pytest

from kiosk.delivery import (
    Cipher,
    KeySources,
    Outbox,
    Sender,
    State,
    StoreUnreadable,
)
from kiosk.delivery.crypto import KEY_ENV, KEYRING_SERVICE, KEYRING_USER, key_id
from tests.delivery.fakes import FakeQminder, request
from tests.delivery.helpers import drive, settle
from tests.delivery.keyrings import SwitchKeyring


def now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def key_ids(db_path: Path) -> set[str]:
    with sqlite3.connect(db_path) as conn:
        return {kid for (kid,) in conn.execute("SELECT key_id FROM checkins")}


def test_rows_under_a_missing_key_wait_and_go_out_once_when_it_is_back(
    db_path: Path, api: FakeQminder
) -> None:
    first = Cipher([Cipher.generate_key()])
    with Outbox.open(db_path, first) as box:
        ids = [box.add(request(f"Visitor{n}"), now()).id for n in range(3)]

    async def refused(sender: Sender) -> None:
        await settle_a_while(sender)
        status = sender.status()
        assert (status.unreadable, status.waiting, status.rejected) == (3, 3, 0)
        assert status.refusing
        with pytest.raises(StoreUnreadable, match="cannot be read with this key: 3 check-ins"):
            await sender.submit(request("Newcomer"))

    with Outbox.open(db_path, Cipher([Cipher.generate_key()])) as box:  # the key changed
        drive(box, api, refused)
        rows = [box.get(row_id) for row_id in ids]
    assert [(r.state, r.has_personal_data) for r in rows] == [(State.QUEUED, True)] * 3
    assert api.calls == []

    with Outbox.open(db_path, first) as box:  # the right key is back
        drive(box, api, settle)
        assert [box.get(row_id).state for row_id in ids] == [State.DELIVERED] * 3
        assert box.unreadable_count() == 0
    assert sorted(t.first_name for t in api.tickets) == ["Visitor0", "Visitor1", "Visitor2"]


async def settle_a_while(sender: Sender) -> None:
    import asyncio

    await asyncio.sleep(0.3)  # many steps and sweeps of the fast sender


def test_every_source_is_tried_and_the_key_that_opens_the_rows_stays_in_use(
    tmp_path: Path, db_path: Path
) -> None:
    ring = SwitchKeyring()
    sources = KeySources(tmp_path / "outbox.key", environ={}, backend=ring)
    with Outbox.open(db_path, sources) as box:
        old = box.add(request("Before"), now()).id
    ring_key = ring.entries[(KEYRING_SERVICE, KEYRING_USER)]
    assert key_ids(db_path) == {key_id(ring_key)}
    assert not (tmp_path / "outbox.key").exists()

    # KIOSK_OUTBOX_KEY set to another key: the keyring's key still opens the waiting row,
    # and new rows are written with it, so one key keeps opening them all.
    swapped = KeySources(
        tmp_path / "outbox.key", environ={KEY_ENV: Cipher.generate_key()}, backend=ring
    )
    with Outbox.open(db_path, swapped) as box:
        assert box.unreadable_count() == 0
        assert box.request(old).first_name == "Before"
        box.add(request("After"), now())
    assert key_ids(db_path) == {key_id(ring_key)}


def test_a_locked_keyring_makes_no_new_key_while_rows_wait_and_is_used_once_unlocked(
    tmp_path: Path, db_path: Path
) -> None:
    ring = SwitchKeyring()
    key_file = tmp_path / "outbox.key"
    sources = KeySources(key_file, environ={}, backend=ring)
    with Outbox.open(db_path, sources) as box:
        row_id = box.add(request("Waiting"), now()).id
    ring.locked = True
    with Outbox.open(db_path, sources) as box:
        assert not key_file.exists()  # no new key made behind the staff's back
        assert box.unreadable_count() == 1
        with pytest.raises(StoreUnreadable):
            box.add(request("Newcomer"), now())
        assert not box.heal()  # still locked
        ring.locked = False
        assert box.heal()
        assert box.unreadable_count() == 0
        assert box.request(row_id).first_name == "Waiting"
        box.add(request("Newcomer"), now())
    assert not key_file.exists()


def test_a_removed_key_file_put_back_lets_the_rows_go(tmp_path: Path, db_path: Path) -> None:
    ring = SwitchKeyring()
    ring.locked = True  # a machine without a keyring: the key lives in the file
    key_file = tmp_path / "outbox.key"
    sources = KeySources(key_file, environ={}, backend=ring)
    with Outbox.open(db_path, sources) as box:
        row_id = box.add(request("Waiting"), now()).id
    saved = key_file.read_bytes()
    key_file.unlink()
    with Outbox.open(db_path, sources) as box:
        assert not key_file.exists()
        assert box.unreadable_count() == 1
        assert box.next_due(now() + dt.timedelta(hours=1)) is None
        key_file.write_bytes(saved)
        assert box.heal()
        due = box.next_due(now() + dt.timedelta(seconds=1))
        assert due is not None
        assert due.id == row_id


def test_a_store_with_nothing_waiting_gets_a_new_key(tmp_path: Path, db_path: Path) -> None:
    ring = SwitchKeyring()
    ring.locked = True
    key_file = tmp_path / "outbox.key"
    with Outbox.open(db_path, KeySources(key_file, environ={}, backend=ring)) as box:
        row = box.add(request(), now())
        box.claim(row.id, now())
        box.mark_delivered(row.id, now(), "5100001", "A-1")
    key_file.unlink()
    with Outbox.open(db_path, KeySources(key_file, environ={}, backend=ring)) as box:
        assert key_file.exists()  # nothing waits for the old key: a new one may be made
        box.add(request(), now())


def test_rows_stored_before_key_ids_were_kept_are_recognised(db_path: Path) -> None:
    cipher = Cipher([Cipher.generate_key()])
    with Outbox.open(db_path, cipher) as box:
        row_id = box.add(request("Older"), now()).id
    with sqlite3.connect(db_path) as conn:  # as a store of schema version 1 looked
        conn.execute("UPDATE checkins SET key_id = NULL")
        conn.execute("DROP TABLE meta")
        conn.execute("ALTER TABLE checkins DROP COLUMN key_id")
        conn.execute("ALTER TABLE checkins DROP COLUMN kind")
        conn.execute("PRAGMA user_version = 1")
    db_path.with_name(db_path.name + ".id").unlink()  # nor had it a marker beside it
    with Outbox.open(db_path, Cipher([Cipher.generate_key()])) as box:
        assert box.unreadable_count() == 1
    with Outbox.open(db_path, cipher) as box:
        assert box.unreadable_count() == 0
        assert box.request(row_id).first_name == "Older"
    assert key_ids(db_path) == {cipher.key_id}
