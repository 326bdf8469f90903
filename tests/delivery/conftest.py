"""Fixtures: a fresh key, an outbox file in the test's temporary directory, a fake Qminder."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from kiosk.delivery import Cipher, Outbox
from tests.delivery.fakes import FakeQminder


@pytest.fixture
def cipher() -> Cipher:
    return Cipher([Cipher.generate_key()])


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "outbox.sqlite3"


@pytest.fixture
def outbox(db_path: Path, cipher: Cipher) -> Iterator[Outbox]:
    box = Outbox.open(db_path, cipher)
    yield box
    box.close()


@pytest.fixture
def api() -> FakeQminder:
    return FakeQminder()
