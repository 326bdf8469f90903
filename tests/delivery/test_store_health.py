"""The store when the disk is full, the folder cannot be written, or the file was replaced.

A full disk is made with SQLite's ``PRAGMA max_page_count``: a genuine SQLITE_FULL ("database
or disk is full") from the real SQLite, which is what a full disk gives too. The tests run as
root, so an unwritable folder is a folder whose parent is a file, or a file that is a folder.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import logging
import os
import sqlite3
import stat
import sys
from pathlib import Path

import pytest

from kiosk.delivery import (
    Cipher,
    Outbox,
    OutboxError,
    Sender,
    State,
    StoreProblem,
    StoreUnavailable,
)
from kiosk.domain.ticket import FieldAnswer
from tests.delivery.fakes import FakeQminder, request
from tests.delivery.helpers import drive, eventually, settle


def now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def raw(outbox: Outbox) -> sqlite3.Connection:
    conn = outbox._conn
    assert conn is not None
    return conn


def fill_disk(outbox: Outbox) -> None:
    """No page more for the store: the next row that needs one fails with SQLITE_FULL."""
    db = raw(outbox)
    (pages,) = db.execute("PRAGMA page_count").fetchone()
    db.execute(f"PRAGMA max_page_count = {pages}")


def free_disk(outbox: Outbox) -> None:
    raw(outbox).execute("PRAGMA max_page_count = 1073741823")


def add_until_full(outbox: Outbox) -> StoreUnavailable:
    for n in range(500):
        try:
            outbox.add(request(f"Visitor{n}"), now())
        except StoreUnavailable as exc:
            return exc
    raise AssertionError("the disk never filled up")


# -- a full disk -------------------------------------------------------------------------------


def test_a_full_disk_refuses_new_rows_keeps_the_others_and_recovers(
    outbox: Outbox, caplog: pytest.LogCaptureFixture
) -> None:
    kept = outbox.add(request("Kept"), now()).id
    fill_disk(outbox)
    with caplog.at_level(logging.ERROR, logger="kiosk.delivery"):
        refused = add_until_full(outbox)
    assert refused.problem is StoreProblem.FULL
    assert outbox.problem is StoreProblem.FULL
    assert "no space left on the disk" in caplog.text
    assert outbox.request(kept).first_name == "Kept"
    assert not outbox.heal()  # still full
    assert outbox.problem is StoreProblem.FULL
    free_disk(outbox)
    assert outbox.heal()  # space is back: found without a visitor having to try
    assert outbox.problem is None
    outbox.add(request("After"), now())


def test_room_for_a_small_write_only_is_still_a_full_disk(outbox: Outbox) -> None:
    """A disk with a few pages left is full for the next long form: the store must not say
    "can be stored again" because a small write still fits."""
    long_form = request("Long").model_copy(
        update={
            "fields": tuple(FieldAnswer(input_field_id=f"f{n}", value="x" * 500) for n in range(60))
        }
    )
    db = raw(outbox)
    (pages,) = db.execute("PRAGMA page_count").fetchone()
    db.execute(f"PRAGMA max_page_count = {pages + 3}")  # room for a few small writes
    with pytest.raises(StoreUnavailable):
        outbox.add(long_form, now())
    assert outbox.problem is StoreProblem.FULL
    assert not outbox.heal()
    assert outbox.problem is StoreProblem.FULL
    with pytest.raises(StoreUnavailable):
        outbox.add(long_form, now())  # indeed: the next visitor's check-in does not fit


def test_a_stored_row_moving_on_does_not_clear_a_full_disk(outbox: Outbox) -> None:
    """The sender keeps changing the states of rows already stored (sending, queued again):
    such a small write fitting says nothing about room for the next visitor's check-in."""
    kept = outbox.add(request("Kept"), now()).id
    fill_disk(outbox)
    add_until_full(outbox)
    assert outbox.problem is StoreProblem.FULL
    outbox.claim(kept, now())
    outbox.mark_queued(kept, now(), now(), "TransportError")
    assert outbox.problem is StoreProblem.FULL


def test_the_sender_reports_a_full_disk_and_recovers_by_itself(
    outbox: Outbox, api: FakeQminder
) -> None:
    changes: list[object] = []

    async def main(sender: Sender) -> None:
        fill_disk(outbox)
        refused = None
        for n in range(500):
            try:
                await sender.submit(request(f"Visitor{n}"))
            except StoreUnavailable as exc:
                refused = exc
                break
        assert refused is not None
        status = sender.status()
        assert status.store_problem == StoreProblem.FULL.value
        assert status.refusing
        await settle(sender)  # what was stored before goes out all the same
        free_disk(outbox)
        await eventually(lambda: sender.status().store_problem is None)
        assert not sender.status().refusing
        await sender.submit(request("After"))
        await settle(sender)

    drive(outbox, api, main, on_change=lambda: changes.append(None))
    assert changes
    delivered = outbox.counts()[State.DELIVERED]
    assert delivered == len(api.tickets)
    assert len({t.first_name for t in api.tickets}) == len(api.tickets)


class FailingWrites(Outbox):
    """Fails the first `mark_delivered` and the `recover` after it, as a full disk would."""

    deliveries = 0
    recoveries = 0

    def mark_delivered(self, *args: object, **kwargs: object) -> object:  # type: ignore[override]
        FailingWrites.deliveries += 1
        if FailingWrites.deliveries == 1:
            raise StoreUnavailable("no space left", StoreProblem.FULL)
        return super().mark_delivered(*args, **kwargs)  # type: ignore[arg-type]

    def recover(self, *args: object, **kwargs: object) -> list[str]:  # type: ignore[override]
        FailingWrites.recoveries += 1
        if FailingWrites.recoveries == 2:  # the first is at start-up
            raise StoreUnavailable("no space left", StoreProblem.FULL)
        return super().recover(*args, **kwargs)  # type: ignore[arg-type]


def test_a_delivery_the_disk_could_not_record_is_found_not_sent_again(
    db_path: Path, cipher: Cipher, api: FakeQminder
) -> None:
    async def main(sender: Sender) -> None:
        row_id = await sender.submit(request("Ada"))
        await settle(sender)
        assert outbox.get(row_id).state is State.DELIVERED

    with FailingWrites.open(db_path, cipher) as outbox:
        drive(outbox, api, main)
    assert [t.first_name for t in api.tickets] == ["Ada"]  # created once, then found


# -- a folder that cannot be written -----------------------------------------------------------


def test_a_data_folder_under_a_file_is_a_clear_outbox_error(tmp_path: Path, cipher: Cipher) -> None:
    (tmp_path / "data").write_text("not a folder")
    with pytest.raises(OutboxError, match="cannot be written"):
        Outbox.open(tmp_path / "data" / "outbox.sqlite3", cipher)


def test_an_outbox_that_is_a_folder_is_a_clear_outbox_error(tmp_path: Path, cipher: Cipher) -> None:
    (tmp_path / "outbox.sqlite3").mkdir()
    with pytest.raises(OutboxError, match="cannot be written"):
        Outbox.open(tmp_path / "outbox.sqlite3", cipher)


def test_a_lock_that_cannot_be_made_is_a_clear_outbox_error(tmp_path: Path, cipher: Cipher) -> None:
    (tmp_path / "outbox.sqlite3.lock").mkdir()
    with pytest.raises(OutboxError, match="cannot be written"):
        Outbox.open(tmp_path / "outbox.sqlite3", cipher)


def test_a_read_only_database_is_a_store_problem(db_path: Path, cipher: Cipher) -> None:
    with Outbox.open(db_path, cipher) as box:
        box.add(request(), now())
        raw(box).execute("PRAGMA query_only = ON")  # SQLITE_READONLY, as a read-only mount
        with pytest.raises(StoreUnavailable) as caught:
            box.add(request(), now())
        assert caught.value.problem is StoreProblem.UNWRITABLE
        assert box.problem is StoreProblem.UNWRITABLE
        raw(box).execute("PRAGMA query_only = OFF")
        assert box.heal()
        assert box.problem is None


# -- private files -----------------------------------------------------------------------------


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX permissions")
def test_the_database_and_its_wal_and_shm_are_private_whatever_the_folder(
    tmp_path: Path, cipher: Cipher
) -> None:
    folder = tmp_path / "open"
    folder.mkdir()
    folder.chmod(0o777)
    old = os.umask(0)
    try:
        with Outbox.open(folder / "outbox.sqlite3", cipher) as box:
            box.add(request(), now())
            modes = {
                path.name: stat.S_IMODE(path.stat().st_mode)
                for path in folder.iterdir()
                if path.name.startswith("outbox.sqlite3")
            }
    finally:
        os.umask(old)
    assert {"outbox.sqlite3", "outbox.sqlite3-wal", "outbox.sqlite3-shm"} <= set(modes)
    assert set(modes.values()) == {0o600}, modes


# -- a file replaced or emptied outside the kiosk ----------------------------------------------


def test_an_outbox_truncated_to_nothing_is_reported(
    db_path: Path, cipher: Cipher, caplog: pytest.LogCaptureFixture
) -> None:
    with Outbox.open(db_path, cipher) as box:
        for n in range(3):
            box.add(request(f"Visitor{n}"), now())
        assert box.replaced_at is None
    with db_path.open("r+b") as handle:
        handle.truncate(0)
    with (
        caplog.at_level(logging.WARNING, logger="kiosk.delivery"),
        Outbox.open(db_path, cipher) as box,
    ):
        assert box.replaced_at is not None
        assert box.counts()[State.QUEUED] == 0
    assert "replaced or emptied outside the kiosk" in caplog.text
    assert "held 3 check-in(s)" in caplog.text
    caplog.clear()
    with (
        caplog.at_level(logging.WARNING, logger="kiosk.delivery"),
        Outbox.open(db_path, cipher) as box,
    ):
        assert box.replaced_at is not None  # staff still see it after a restart
    assert "replaced" not in caplog.text  # but it is logged once


def test_an_outbox_swapped_for_another_is_reported(tmp_path: Path, cipher: Cipher) -> None:
    ours, other = tmp_path / "a" / "outbox.sqlite3", tmp_path / "b" / "outbox.sqlite3"
    for path in (ours, other):
        with Outbox.open(path, cipher) as box:
            box.add(request(), now())
    other.replace(ours)
    with Outbox.open(ours, cipher) as box:
        assert box.replaced_at is not None


def test_an_untouched_outbox_is_not_reported(db_path: Path, cipher: Cipher) -> None:
    for _ in range(2):
        with Outbox.open(db_path, cipher) as box:
            box.add(request(), now())
            assert box.replaced_at is None


def test_the_sender_status_says_the_file_was_replaced(
    db_path: Path, cipher: Cipher, api: FakeQminder
) -> None:
    with Outbox.open(db_path, cipher) as box:
        box.add(request(), now())
    db_path.unlink()

    async def main(sender: Sender) -> None:
        await asyncio.sleep(0)
        assert sender.status().store_replaced

    with Outbox.open(db_path, cipher) as box:
        drive(box, api, main)
