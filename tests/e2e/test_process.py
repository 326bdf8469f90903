"""The `kiosk` command as an operator runs it: demo start, clean stop, configuration errors."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

pytestmark = pytest.mark.e2e


def kiosk_env(tmp_path: Path, **extra: str) -> dict[str, str]:
    env = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith(("QMINDER_", "KIOSK_")) and k not in ("HOME", "XDG_CACHE_HOME")
    }
    env.update(
        QT_QPA_PLATFORM="offscreen",
        HOME=str(tmp_path),
        XDG_CACHE_HOME=str(tmp_path / "cache"),
        PYTHONDEVMODE="1",
        PYTHONWARNINGS="error",
    )
    env.update(extra)
    return env


def test_demo_starts_on_its_own_and_stops_cleanly(tmp_path: Path) -> None:
    proc = subprocess.Popen(
        [sys.executable, "-m", "kiosk", "--windowed"],
        env=kiosk_env(tmp_path),
        stderr=subprocess.PIPE,
        text=True,
    )
    assert proc.stderr is not None
    lines: list[str] = []
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        line = proc.stderr.readline()
        if not line:
            break
        lines.append(line)
        if "ready: the welcome screen is shown" in line:
            break
    else:
        proc.kill()
    assert any("demo mode" in line for line in lines), "".join(lines)
    assert any("ready" in line for line in lines), "".join(lines)
    proc.send_signal(signal.SIGTERM)
    _, rest = proc.communicate(timeout=15)
    assert proc.returncode == 0, rest
    log = "".join(lines) + rest
    assert "Traceback" not in log, log
    assert "Warning" not in log, log
    assert "stopped" in rest


@pytest.mark.parametrize(
    ("env", "named"),
    [
        ({"QMINDER_API_KEY": "k"}, "KIOSK_LOCATION_ID"),
        ({"KIOSK_LOCATION_ID": "1"}, "QMINDER_API_KEY"),
    ],
)
def test_half_a_configuration_is_refused_with_a_clear_message(
    tmp_path: Path, env: dict[str, str], named: str
) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "kiosk"],
        env=kiosk_env(tmp_path, **env),
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 2
    assert named in done.stderr
    assert "Traceback" not in done.stderr
