"""Five wrong PINs lock the pad for five minutes, and a restart does not unlock it."""

from __future__ import annotations

import json
import os
import stat
from pathlib import Path

import pytest

from kiosk.config.pin import hash_pin
from kiosk.controllers.admin import AdminAccess, Verdict
from kiosk.controllers.lockout import LockoutFile

PIN = "2468"
PIN_HASH = hash_pin(PIN)


class Clock:
    def __init__(self) -> None:
        self.now = 1_700_000_000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def store(tmp_path: Path) -> LockoutFile:
    return LockoutFile(tmp_path / "data" / "admin-lockout.json")


def start(store: LockoutFile, clock: Clock) -> AdminAccess:
    """The PIN check as a (re)started kiosk builds it."""
    return AdminAccess(PIN_HASH, clock=clock, store=store)


def test_the_lockout_survives_a_restart(store: LockoutFile, clock: Clock) -> None:
    access = start(store, clock)
    for _ in range(4):
        assert access.check("1111").verdict is Verdict.WRONG
    assert access.check("1111").verdict is Verdict.LOCKED
    clock.now += 60
    restarted = start(store, clock)
    assert restarted.locked_seconds() == 240
    assert restarted.check(PIN).verdict is Verdict.LOCKED  # even the right PIN
    clock.now += 241
    assert start(store, clock).check(PIN).verdict is Verdict.OK


def test_wrong_pins_before_a_restart_still_count(store: LockoutFile, clock: Clock) -> None:
    access = start(store, clock)
    for _ in range(4):
        access.check("1111")
    restarted = start(store, clock)
    result = restarted.check("1111")
    assert result.verdict is Verdict.LOCKED
    assert result.locked_seconds == 300


def test_the_right_pin_clears_the_count_on_disk(store: LockoutFile, clock: Clock) -> None:
    access = start(store, clock)
    for _ in range(3):
        access.check("1111")
    assert access.check(PIN).verdict is Verdict.OK
    restarted = start(store, clock)
    for _ in range(4):
        assert restarted.check("1111").verdict is Verdict.WRONG


def test_the_file_is_private_to_the_kiosk(store: LockoutFile, clock: Clock) -> None:
    store.path.parent.mkdir()
    store.path.parent.chmod(0o777)
    old_umask = os.umask(0)
    try:
        start(store, clock).check("1111")
    finally:
        os.umask(old_umask)
    assert stat.S_IMODE(store.path.stat().st_mode) == 0o600
    assert json.loads(store.path.read_text(encoding="utf-8")) == {"wrong": 1, "locked_until": 0.0}
    store.path.chmod(0o644)  # loosened by hand: protected again when next read
    start(store, clock)
    assert stat.S_IMODE(store.path.stat().st_mode) == 0o600


@pytest.mark.parametrize(
    "content",
    [
        b"",
        b"not json",
        b"\xff\xfe",
        b"[]",
        b'{"wrong": 0}',
        b'{"wrong": -1, "locked_until": 0}',
        b'{"wrong": 99, "locked_until": 0}',
        b'{"wrong": true, "locked_until": 0}',
        b'{"wrong": 0, "locked_until": "soon"}',
        b'{"wrong": 0, "locked_until": NaN}',
        b'{"wrong": 0, "locked_until": -5}',
        b'{"wrong": 0, "locked_until": 0, "extra": 1}',
        b" " * 10_000,
    ],
)
def test_a_tampered_record_locks_the_pad(store: LockoutFile, clock: Clock, content: bytes) -> None:
    store.path.parent.mkdir()
    store.path.write_bytes(content)
    access = start(store, clock)
    assert access.locked_seconds() == 300
    assert access.check(PIN).verdict is Verdict.LOCKED


def test_a_link_in_place_of_the_record_locks_the_pad(
    store: LockoutFile, clock: Clock, tmp_path: Path
) -> None:
    elsewhere = tmp_path / "elsewhere.json"
    elsewhere.write_text('{"wrong": 0, "locked_until": 0}', encoding="utf-8")
    store.path.parent.mkdir()
    store.path.symlink_to(elsewhere)
    assert start(store, clock).locked_seconds() == 300
    assert not store.path.is_symlink()  # replaced by a real record
    assert elsewhere.read_text(encoding="utf-8") == '{"wrong": 0, "locked_until": 0}'


def test_a_lock_far_in_the_future_lasts_one_period(store: LockoutFile, clock: Clock) -> None:
    """A clock turned back (or an edited record) never locks staff out for longer."""
    store.path.parent.mkdir()
    store.path.write_text(
        json.dumps({"wrong": 0, "locked_until": clock.now + 10**9}), encoding="utf-8"
    )
    access = start(store, clock)
    assert access.locked_seconds() == 300
    access = start(store, clock)
    clock.now -= 3600  # turned back while running
    assert access.locked_seconds() == 300


def test_a_record_that_cannot_be_written_keeps_the_lock_in_memory(
    store: LockoutFile, clock: Clock, caplog: pytest.LogCaptureFixture
) -> None:
    store.path.parent.mkdir()
    # Something in the way of the atomic write (as a full or read-only disk would be).
    (store.path.parent / f".{store.path.name}.{os.getpid()}.tmp").mkdir()
    access = start(store, clock)
    for _ in range(5):
        result = access.check("1111")
    assert result.verdict is Verdict.LOCKED
    assert access.locked_seconds() == 300
    assert "the PIN lockout cannot be saved" in caplog.text
    assert not store.path.exists()


def test_without_a_pin_nothing_is_read_or_written(store: LockoutFile, clock: Clock) -> None:
    access = AdminAccess(None, clock=clock, store=store)
    assert not access.enabled
    assert access.check("0000").verdict is Verdict.WRONG
    assert not store.path.exists()
