"""The `kiosk` command as an operator runs it: demo start, clean stop, configuration errors."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from kiosk.delivery import Cipher
from kiosk.sandbox import DEMO_API_KEY, DEMO_LOCATION_ID, SandboxServer

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
        ({"KIOSK_LOCATION_ID": "1", "KIOSK_IDLE_TIMEOUT": "2"}, "KIOSK_IDLE_TIMEOUT"),
        (
            {"QMINDER_API_KEY": "k", "KIOSK_LOCATION_ID": "1", "KIOSK_LINES": "General"},
            "environment variable KIOSK_LINES: not valid JSON",
        ),
        (
            {"QMINDER_API_KEY": "k", "KIOSK_LOCATION_ID": "1", "KIOSK_WELCOME_TEXT": "Hi"},
            "environment variable KIOSK_WELCOME_TEXT: not valid JSON",
        ),
        (
            {"QMINDER_API_KEY": "k", "KIOSK_LOCATION_ID": "../41205"},
            "environment variable KIOSK_LOCATION_ID: must be the location's number",
        ),
        (
            {"QMINDER_API_KEY": "abc def", "KIOSK_LOCATION_ID": "1"},
            "environment variable QMINDER_API_KEY: the API key contains a space",
        ),
        (
            {"QMINDER_API_KEY": "k", "KIOSK_LOCATION_ID": "1", "KIOSK_REFRESH_MINUTES": "inf"},
            "environment variable KIOSK_REFRESH_MINUTES: Input should be a finite number",
        ),
    ],
)
def test_check_config_refuses_half_a_configuration_with_a_clear_message(
    tmp_path: Path, env: dict[str, str], named: str
) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "kiosk", "check-config"],
        env=kiosk_env(tmp_path, **env),
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 2
    assert named in done.stderr
    assert "Traceback" not in done.stderr


def test_check_config_names_a_toml_file_nested_50000_deep(tmp_path: Path) -> None:
    config = tmp_path / "kiosk.toml"
    config.write_text("lines = " + "[" * 50_000 + "]" * 50_000 + "\n", encoding="utf-8")
    done = subprocess.run(
        [sys.executable, "-m", "kiosk", "check-config", "--config", str(config)],
        env=kiosk_env(tmp_path, QMINDER_API_KEY="k"),
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 2
    assert f"{config}: not valid TOML: arrays or tables nested too deeply" in done.stderr
    assert "Traceback" not in done.stderr


def _read_until(proc: subprocess.Popen[str], marker: str, lines: list[str], timeout: float) -> bool:
    assert proc.stderr is not None
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        line = proc.stderr.readline()
        if not line:
            return False
        lines.append(line)
        if marker in line:
            return True
    return False


def test_a_bad_configuration_shows_setup_needed_and_starts_once_fixed(tmp_path: Path) -> None:
    """No crash loop: the kiosk waits on its Setup-needed screen and starts by itself."""
    config = tmp_path / "kiosk.toml"
    config.write_text('location_id = "41205"\nidle_timout = 30\n', encoding="utf-8")
    proc = subprocess.Popen(
        [sys.executable, "-m", "kiosk", "--windowed", "--config", str(config)],
        env=kiosk_env(tmp_path),
        stderr=subprocess.PIPE,
        text=True,
    )
    lines: list[str] = []
    try:
        assert _read_until(proc, "did you mean 'idle_timeout'?", lines, 30), "".join(lines)
        time.sleep(1.0)
        assert proc.poll() is None, "".join(lines)  # still running, on its Setup-needed screen
        config.write_text("demo = true\nidle_timeout = 30\n", encoding="utf-8")
        assert _read_until(proc, "ready: the welcome screen is shown", lines, 40), "".join(lines)
    finally:
        proc.send_signal(signal.SIGTERM)
        _, rest = proc.communicate(timeout=15)
    assert proc.returncode == 0, rest
    log_file = tmp_path / ".local" / "state" / "qminder-kiosk" / "log" / "kiosk.shell.logs"
    logged = log_file.read_text(encoding="utf-8")
    assert "configuration error" in logged
    assert "ready: the welcome screen is shown" in logged
    output = "".join(lines) + rest
    assert "Traceback" not in output, output


@pytest.mark.parametrize(
    ("env", "message"),
    [
        ({"KIOSK_LINES": "General"}, "environment variable KIOSK_LINES: not valid JSON"),
        (
            {"QMINDER_API_KEY": "abc def"},
            "environment variable QMINDER_API_KEY: the API key contains a space",
        ),
        ({"KIOSK_REFRESH_MINUTES": "40000"}, "environment variable KIOSK_REFRESH_MINUTES: Input"),
    ],
)
def test_a_setting_the_kiosk_cannot_use_shows_setup_needed_with_its_name(
    tmp_path: Path, env: dict[str, str], message: str
) -> None:
    """The same message check-config prints, on the Setup-needed screen, and no traceback."""
    settings = {"QMINDER_API_KEY": "k", "KIOSK_LOCATION_ID": "41205", **env}
    proc = subprocess.Popen(
        [sys.executable, "-m", "kiosk", "--windowed"],
        env=kiosk_env(tmp_path, **settings),
        stderr=subprocess.PIPE,
        text=True,
    )
    lines: list[str] = []
    try:
        assert _read_until(proc, "Setup needed is shown", lines, 60), "".join(lines)
        assert proc.poll() is None, "".join(lines)
    finally:
        proc.send_signal(signal.SIGTERM)
        _, rest = proc.communicate(timeout=15)
    assert proc.returncode == 0, rest
    output = "".join(lines) + rest
    assert f"the kiosk shows Setup needed): {message}" in output, output
    assert "Traceback" not in output, output


def test_a_configured_kiosk_paints_welcome_from_its_cache_then_serves(
    tmp_path: Path, sandbox_server: SandboxServer
) -> None:
    """The start-up a lobby PC sees: the first start fills the cache; the next one paints
    Welcome from it before the client and outbox open, then gets ready and stops cleanly."""
    env = kiosk_env(
        tmp_path,
        QMINDER_BASE_URL=sandbox_server.url,
        QMINDER_API_KEY=DEMO_API_KEY,
        KIOSK_LOCATION_ID=DEMO_LOCATION_ID,
        KIOSK_OUTBOX_KEY=Cipher.generate_key(),
    )
    for attempt in ("fills the cache", "paints from the cache"):
        proc = subprocess.Popen(
            [sys.executable, "-m", "kiosk", "--windowed", "--trace-startup"],
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        lines: list[str] = []
        try:
            assert _read_until(proc, "ready: the welcome screen is shown", lines, 30), (
                attempt + "".join(lines)
            )
        finally:
            proc.send_signal(signal.SIGTERM)
            out, rest = proc.communicate(timeout=15)
        assert proc.returncode == 0, rest
        assert "kiosk startup: welcome_painted_ms=" in out, attempt
        assert "Traceback" not in "".join(lines) + rest
    cached = tmp_path / "cache" / "qminder-kiosk" / f"location-{DEMO_LOCATION_ID}.json"
    assert cached.is_file()
