"""Personal data at rest: Fernet payloads, where the key comes from, and the raw file bytes."""

from __future__ import annotations

import datetime as dt
import stat
import sys
from pathlib import Path

import pytest
from keyring.errors import KeyringLocked

from kiosk.delivery import Cipher, DecryptError, KeyUnavailable, Outbox, State
from kiosk.delivery.crypto import KEY_ENV, KEY_FILE_ENV, KEYRING_SERVICE, KEYRING_USER
from tests.delivery.fakes import request

T0 = dt.datetime(2026, 3, 2, 9, 0, tzinfo=dt.UTC)

NAMES = ("Quetzalina", "Brightwater", "Zebulonius", "Okonkwoth")
PHONES = ("+3725551987", "+3725556043", "+3725552718", "+3725553141")
EMAILS = ("quetzalina@example.org", "zebulonius@example.org")


class MemoryKeyring:
    """A keyring that lives in a dict: the tests never touch the OS keyring."""

    def __init__(self) -> None:
        self.entries: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.entries.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.entries[(service, username)] = password


class LockedKeyring:
    """A keyring that refuses every call, like a locked or missing OS keyring."""

    def get_password(self, service: str, username: str) -> str | None:
        raise KeyringLocked("locked")

    def set_password(self, service: str, username: str, password: str) -> None:
        raise KeyringLocked("locked")


def test_round_trip_and_no_key_in_repr() -> None:
    key = Cipher.generate_key()
    cipher = Cipher([key])
    token = cipher.encrypt(b"Quetzalina")
    assert b"Quetzalina" not in token
    assert cipher.decrypt(token) == b"Quetzalina"
    assert key not in repr(cipher)


def test_rotation_decrypts_with_old_keys_and_encrypts_with_the_first() -> None:
    old, new = Cipher.generate_key(), Cipher.generate_key()
    token = Cipher([old]).encrypt(b"data")
    rotated = Cipher([new, old])
    assert rotated.decrypt(token) == b"data"
    assert Cipher([new]).decrypt(rotated.encrypt(b"data")) == b"data"
    with pytest.raises(DecryptError):
        Cipher([new]).decrypt(token)


def test_a_damaged_token_is_refused() -> None:
    cipher = Cipher([Cipher.generate_key()])
    token = bytearray(cipher.encrypt(b"data"))
    token[-5] ^= 1
    with pytest.raises(DecryptError):
        cipher.decrypt(bytes(token))


def _personal_bytes() -> list[bytes]:
    values = [*NAMES, *PHONES, *(p.lstrip("+") for p in PHONES), *EMAILS]
    return [v.encode() for v in values] + [v.encode("utf-16-le") for v in NAMES]


def _leaks(paths: list[Path]) -> list[str]:
    found = []
    for path in paths:
        if path.exists():
            data = path.read_bytes()
            found += [f"{path.name}: {v!r}" for v in _personal_bytes() if v in data]
    return found


def test_the_raw_files_hold_no_personal_data(db_path: Path) -> None:
    cipher = Cipher([Cipher.generate_key()])
    files = [
        db_path,
        db_path.with_name(db_path.name + "-wal"),
        db_path.with_name(db_path.name + "-shm"),
    ]
    with Outbox.open(db_path, cipher) as box:
        rows = [
            box.add(request(NAMES[0], PHONES[0], last_name=NAMES[1], email=EMAILS[0]), T0),
            box.add(request(NAMES[2], PHONES[1], email=EMAILS[1]), T0),
            box.add(request(NAMES[3], PHONES[2]), T0),
            box.add(request(NAMES[1], PHONES[3]), T0),
        ]
        box.claim(rows[1].id, T0)
        box.mark_delivered(rows[1].id, T0, "5100001", "A-1")
        box.claim(rows[2].id, T0)
        box.mark_ambiguous(rows[2].id, T0, T0, "TransportError")
        box.mark_withdrawn(rows[3].id, T0)
        assert files[1].stat().st_size > 0  # the rows are in the WAL right now
        assert _leaks(files) == []
        assert box.request(rows[0].id).first_name == NAMES[0]
        states = {r.state for r in box.rows()}
        assert states == {State.QUEUED, State.DELIVERED, State.AMBIGUOUS, State.WITHDRAWN}
    assert _leaks(files) == []
    assert db_path.stat().st_size > 0


# -- where the key comes from ------------------------------------------------------------------


def test_key_from_the_environment() -> None:
    key = Cipher.generate_key()
    token = Cipher([key]).encrypt(b"x")
    cipher = Cipher.from_env_or_file(environ={KEY_ENV: f" {Cipher.generate_key()} , {key} "})
    assert cipher.decrypt(token) == b"x"


@pytest.mark.parametrize("value", ["not-a-key", "c2hvcnQ=", " , ", "ключ"])
def test_a_malformed_environment_key_is_refused(value: str) -> None:
    with pytest.raises(KeyUnavailable) as caught:
        Cipher.from_env_or_file(environ={KEY_ENV: value})
    secret = value.strip(" ,")
    if secret:
        assert secret not in str(caught.value)  # a key, even a bad one, is never echoed


def test_key_file_is_created_private_and_reused(tmp_path: Path) -> None:
    path = tmp_path / "keys" / "outbox.key"
    first = Cipher.from_env_or_file(path, environ={})
    assert path.exists()
    if sys.platform != "win32":
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
    again = Cipher.from_env_or_file(path, environ={})
    assert again.decrypt(first.encrypt(b"x")) == b"x"
    assert list(path.parent.iterdir()) == [path]  # no temporary file left behind


def test_key_file_named_by_the_environment_wins_over_the_path(tmp_path: Path) -> None:
    named = tmp_path / "named.key"
    key = Cipher.generate_key()
    named.write_text(key + "\n")
    cipher = Cipher.from_env_or_file(tmp_path / "other.key", environ={KEY_FILE_ENV: str(named)})
    assert cipher.decrypt(Cipher([key]).encrypt(b"x")) == b"x"
    assert not (tmp_path / "other.key").exists()


def test_no_key_anywhere(tmp_path: Path) -> None:
    with pytest.raises(KeyUnavailable, match=KEY_ENV):
        Cipher.from_env_or_file(environ={})
    with pytest.raises(KeyUnavailable, match="does not exist"):
        Cipher.from_env_or_file(tmp_path / "missing.key", environ={}, create=False)
    (tmp_path / "bad.key").write_text("garbage\n")
    with pytest.raises(KeyUnavailable, match="malformed"):
        Cipher.from_env_or_file(tmp_path / "bad.key", environ={})


def test_key_from_a_keyring_is_created_once() -> None:
    keyring = MemoryKeyring()
    first = Cipher.from_keyring(backend=keyring)
    stored = keyring.entries[(KEYRING_SERVICE, KEYRING_USER)]
    again = Cipher.from_keyring(backend=keyring)
    assert again.decrypt(first.encrypt(b"x")) == b"x"
    assert keyring.entries == {(KEYRING_SERVICE, KEYRING_USER): stored}
    with pytest.raises(KeyUnavailable, match="no outbox key"):
        Cipher.from_keyring("other-service", backend=keyring, create=False)


def test_an_unusable_keyring_is_reported() -> None:
    with pytest.raises(KeyUnavailable, match="keyring unavailable"):
        Cipher.from_keyring(backend=LockedKeyring())


def test_load_prefers_environment_then_keyring_then_file(tmp_path: Path) -> None:
    path = tmp_path / "outbox.key"
    key = Cipher.generate_key()
    token = Cipher([key]).encrypt(b"x")

    from_env = Cipher.load(path, backend=MemoryKeyring(), environ={KEY_ENV: key})
    assert from_env.decrypt(token) == b"x"
    assert not path.exists()

    keyring = MemoryKeyring()
    keyring.set_password(KEYRING_SERVICE, KEYRING_USER, key)
    assert Cipher.load(path, backend=keyring, environ={}).decrypt(token) == b"x"
    assert not path.exists()

    fallback = Cipher.load(path, backend=LockedKeyring(), environ={})
    assert path.exists()
    assert (
        Cipher.load(path, backend=LockedKeyring(), environ={}).decrypt(fallback.encrypt(b"y"))
        == b"y"
    )
