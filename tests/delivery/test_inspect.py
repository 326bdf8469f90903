"""`kiosk check-config` names a check-in store its keys cannot read, and a replaced one."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from kiosk.commands.check_config import Report
from kiosk.commands.store_check import describe_store
from kiosk.delivery import Cipher, KeySources, Outbox
from kiosk.delivery.crypto import KEY_ENV
from tests.delivery.fakes import request
from tests.delivery.keyrings import SwitchKeyring


@pytest.fixture
def data_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    return tmp_path / "data" / "qminder-kiosk"


def sources(key: str, tmp_path: Path) -> KeySources:
    ring = SwitchKeyring()
    ring.locked = True
    return KeySources(tmp_path / "no.key", environ={KEY_ENV: key}, backend=ring)


def fill(path: Path, key: str, count: int) -> None:
    with Outbox.open(path, Cipher([key])) as box:
        for n in range(count):
            box.add(request(f"Visitor{n}"), dt.datetime.now(dt.UTC))


def test_check_config_names_waiting_check_ins_its_keys_cannot_read(
    data_home: Path, tmp_path: Path
) -> None:
    written_with = Cipher.generate_key()
    fill(data_home / "outbox.sqlite3", written_with, 3)

    report = Report()
    describe_store(report, demo=False, sources=sources(Cipher.generate_key(), tmp_path))
    assert any("3 waiting to be sent" in line for line in report.lines)
    [problem] = report.problems
    assert "the check-in store cannot be read with this key: 3 check-ins waiting" in problem
    assert KEY_ENV in problem
    assert written_with not in problem

    report = Report()
    describe_store(report, demo=False, sources=sources(written_with, tmp_path))
    assert report.problems == []
    assert any(f"3 waiting to be sent; the key from {KEY_ENV}" in x for x in report.lines)


def test_check_config_says_the_store_was_replaced(data_home: Path, tmp_path: Path) -> None:
    key = Cipher.generate_key()
    path = data_home / "outbox.sqlite3"
    fill(path, key, 1)
    marker = path.with_name(path.name + ".id").read_bytes()
    path.unlink()
    fill(path, key, 0)  # a new, empty store...
    path.with_name(path.name + ".id").write_bytes(marker)  # ...where the old one was
    report = Report()
    describe_store(report, demo=False, sources=sources(key, tmp_path))
    assert any("replaced or emptied outside the kiosk" in p for p in report.problems)


def test_check_config_names_a_malformed_key_instead_of_failing(
    data_home: Path, tmp_path: Path
) -> None:
    fill(data_home / "outbox.sqlite3", Cipher.generate_key(), 1)
    report = Report()
    describe_store(report, demo=False, sources=sources("not-a-key", tmp_path))
    [problem] = report.problems
    assert problem.startswith("the check-in store cannot be checked:")
    assert f"{KEY_ENV} holds a malformed key" in problem
    assert "not-a-key" not in problem
