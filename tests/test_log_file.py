"""The log file is private: created 0600 (and so is every rotated file), whatever the folder."""

from __future__ import annotations

import logging
import os
import stat
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from kiosk.shell.logs import setup_logging

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX permissions")


@pytest.fixture
def open_umask() -> Iterator[None]:
    old = os.umask(0)
    yield
    os.umask(old)


@pytest.fixture
def restore_logging() -> Iterator[None]:
    root = logging.getLogger()
    handlers, level = root.handlers[:], root.level
    yield
    for handler in root.handlers:
        handler.close()
    root.handlers[:] = handlers
    root.setLevel(level)


def test_the_log_and_its_rotations_are_private(
    tmp_path: Path, open_umask: None, restore_logging: None
) -> None:
    folder = tmp_path / "log"
    folder.mkdir(mode=0o777)
    folder.chmod(0o777)
    (folder / "kiosk.shell.logs").write_text("from an older version\n")
    (folder / "kiosk.shell.logs").chmod(0o666)
    path = setup_logging(log_dir=folder)
    assert path is not None
    logging.getLogger("kiosk.test").info("started")
    handler = next(h for h in logging.getLogger().handlers if hasattr(h, "doRollover"))
    handler.doRollover()  # type: ignore[attr-defined]
    logging.getLogger("kiosk.test").info("after rotation")
    modes = {p.name: stat.S_IMODE(p.stat().st_mode) for p in folder.iterdir()}
    assert set(modes) == {"kiosk.shell.logs", "kiosk.shell.logs.1"}
    assert set(modes.values()) == {0o600}, modes
