"""The `kiosk` program with a data folder it cannot write: one clear message, exit status 2."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from tests.e2e.test_process import kiosk_env

pytestmark = pytest.mark.e2e


def test_a_data_folder_that_cannot_be_written_is_a_clear_exit_2(tmp_path: Path) -> None:
    data_home = tmp_path / "data"
    data_home.write_text("a file where the data folder should be")
    proc = subprocess.run(
        [sys.executable, "-m", "kiosk", "--windowed"],
        env=kiosk_env(tmp_path, XDG_DATA_HOME=str(data_home)),
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert proc.returncode == 2, proc.stderr
    assert "the check-in outbox cannot be opened" in proc.stderr
    assert "cannot be written" in proc.stderr
    assert "Traceback" not in proc.stderr, proc.stderr
    assert "rebuild" not in proc.stderr.lower()
