"""A stored PIN hash that could never match is a configuration error, not locked-out staff."""

from __future__ import annotations

import base64
import hashlib
from pathlib import Path

import pytest

from kiosk.config import ConfigError
from kiosk.config.loading import ConfigSource, load_settings
from kiosk.config.pin import hash_pin, is_pin_hash, pin_hash_problem, verify_pin
from kiosk.config.secrets import stored_values
from tests.config.conftest import MemoryKeyring

SALT = base64.b64encode(b"s" * 16).decode()
DIGEST = base64.b64encode(b"d" * 32).decode()


def made(log_n: int, r: int, p: int, pin: str = "2468") -> str:
    """A hash of `pin` with these scrypt parameters, made as hash_pin would."""
    digest = hashlib.scrypt(
        pin.encode(), salt=b"s" * 16, n=2**log_n, r=r, p=p, maxmem=2**27, dklen=32
    )
    return f"scrypt${log_n}${r}${p}${SALT}${base64.b64encode(digest).decode()}"


@pytest.mark.parametrize(
    ("stored", "reason"),
    [
        (f"scrypt$14$8$1${SALT}$", "its digest is 0 bytes, not 32"),
        (f"scrypt$14$8$1${SALT}${base64.b64encode(b'd' * 16).decode()}", "digest is 16 bytes"),
        (f"scrypt$20$8$1${SALT}${DIGEST}", "need more than the 64 MiB"),
        (f"scrypt$16$8$1${SALT}${DIGEST}", "need more than the 64 MiB"),
        (f"scrypt$18$1$1${SALT}${DIGEST}", "N too large for r"),
        (f"scrypt$14$8$1$$${DIGEST}", "not in the form"),
        (f"scrypt$14$8$1$${DIGEST}", "its salt is shorter than 8 bytes"),
        (f"scrypt$14$8$1$!!!${DIGEST}", "not base64"),
        (f"scrypt$x$8$1${SALT}${DIGEST}", "not numbers"),
        (f"scrypt$14$8$9${SALT}${DIGEST}", "out of range"),
        ("bcrypt$2b$12$abc", "not in the form"),
        ("", "not in the form"),
    ],
)
def test_a_hash_that_can_never_match_says_why(stored: str, reason: str) -> None:
    problem = pin_hash_problem(stored)
    assert problem is not None
    assert reason in problem
    assert SALT not in problem


def test_every_hash_it_accepts_can_match() -> None:
    """At the edge of the memory limit: accepted means a PIN check can really run."""
    for log_n, r in ((15, 8), (14, 16), (16, 7), (10, 32)):
        stored = made(log_n, r, 1)
        if is_pin_hash(stored):
            assert verify_pin("2468", stored), (log_n, r)
            assert not verify_pin("1357", stored)
    assert is_pin_hash(made(15, 8, 1))
    assert is_pin_hash(hash_pin("2468"))


def test_check_config_names_a_pin_hash_that_can_never_match(
    clean_env: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    clean_env.setenv("QMINDER_API_KEY", "k")
    path = tmp_path / "kiosk.toml"
    path.write_text(
        f'location_id = "1"\nadmin_pin_hash = "scrypt$20$8$1${SALT}${DIGEST}"\n', encoding="utf-8"
    )
    with pytest.raises(ConfigError) as caught:
        load_settings(ConfigSource(path, explicit=True), environ={})
    message = str(caught.value)
    assert message.startswith(
        f"{path}, line 2: key 'admin_pin_hash': not a PIN hash that can ever match"
    )
    assert "more than the 64 MiB" in message
    assert DIGEST not in message


def test_a_bad_hash_in_the_keyring_is_named_too(
    clean_env: pytest.MonkeyPatch, tmp_path: Path, memory_keyring: MemoryKeyring
) -> None:
    clean_env.setenv("QMINDER_API_KEY", "k")
    memory_keyring.set_password("qminder-kiosk", "admin-pin", f"scrypt$14$8$1${SALT}$")
    path = tmp_path / "kiosk.toml"
    path.write_text('location_id = "1"\n', encoding="utf-8")
    with pytest.raises(ConfigError, match="the OS keyring's 'admin_pin_hash': not a PIN hash"):
        load_settings(ConfigSource(path, explicit=True), stored=stored_values, environ={})
