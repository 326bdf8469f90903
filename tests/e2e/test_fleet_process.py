"""The `kiosk` command on a fleet machine: its metrics file comes from a system-wide drop-in,
says "down" while the kiosk shows Setup needed, and "up" once the configuration is fixed."""

from __future__ import annotations

import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from kiosk.sandbox import DEMO_API_KEY, DEMO_LOCATION_ID, SandboxServer
from tests.e2e.test_fleet_metrics import samples
from tests.e2e.test_process import _read_until, kiosk_env
from tests.monitoring.promtool import check_metrics

pytestmark = pytest.mark.e2e


def wait_for(path: Path, name: str, value: float, seconds: float = 30) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if samples(path).get(name) == value:
            return True
        time.sleep(0.2)
    return False


def test_setup_needed_reports_down_and_a_fixed_configuration_up(tmp_path: Path) -> None:
    xdg = tmp_path / "xdg"
    drop_in = xdg / "qminder-kiosk" / "kiosk.d" / "50-monitoring.toml"
    drop_in.parent.mkdir(parents=True)
    metrics_file = tmp_path / "textfile" / "qminder_kiosk.prom"
    metrics_file.parent.mkdir()
    drop_in.write_text(f'metrics_file = "{metrics_file}"\nkiosk_id = "lobby-7"\n', "utf-8")
    config = tmp_path / "kiosk.toml"
    config.write_text('location_id = "41205"\nidle_timout = 30\n', encoding="utf-8")
    proc = subprocess.Popen(
        [sys.executable, "-m", "kiosk", "--windowed", "--config", str(config)],
        env=kiosk_env(tmp_path, XDG_CONFIG_DIRS=str(xdg)),
        stderr=subprocess.PIPE,
        text=True,
    )
    lines: list[str] = []
    try:
        assert _read_until(proc, "did you mean 'idle_timeout'?", lines, 30), "".join(lines)
        assert wait_for(metrics_file, "qminder_kiosk_up", 0), samples(metrics_file)
        down = samples(metrics_file)
        assert any('kiosk_id="lobby-7"' in key for key in down), down
        config.write_text("demo = true\n", encoding="utf-8")
        assert _read_until(proc, "ready: the welcome screen is shown", lines, 40), "".join(lines)
        assert wait_for(metrics_file, "qminder_kiosk_up", 1), samples(metrics_file)
        assert wait_for(metrics_file, "qminder_kiosk_qminder_reachable", 1)
        check_metrics(metrics_file.read_text(encoding="utf-8"))
    finally:
        proc.send_signal(signal.SIGTERM)
        _, rest = proc.communicate(timeout=15)
    assert proc.returncode == 0, rest
    assert samples(metrics_file)["qminder_kiosk_up"] == 0  # stopped: down
    output = "".join(lines) + rest
    assert "Traceback" not in output, output
    assert "Warning" not in output, output


def test_check_config_names_the_drop_in_and_the_variable(
    tmp_path: Path, sandbox_server: SandboxServer
) -> None:
    xdg = tmp_path / "xdg"
    main = xdg / "qminder-kiosk" / "kiosk.toml"
    drop_in = xdg / "qminder-kiosk" / "kiosk.d" / "50-branch.toml"
    drop_in.parent.mkdir(parents=True)
    main.write_text(f'location_id = "{DEMO_LOCATION_ID}"\nticket_seconds = 20\n', "utf-8")
    drop_in.write_text("# the branch's own\nticket_seconds = 30\n", "utf-8")
    done = subprocess.run(
        [sys.executable, "-m", "kiosk", "check-config"],
        env=kiosk_env(
            tmp_path,
            XDG_CONFIG_DIRS=str(xdg),
            QMINDER_BASE_URL=sandbox_server.url,
            QMINDER_API_KEY=DEMO_API_KEY,
            KIOSK_METRICS_FILE=str(tmp_path / "k.prom"),
        ),
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    out = done.stdout
    assert f'location_id = "{DEMO_LOCATION_ID}"   ({main}, line 1)' in out
    assert f"ticket_seconds = 30   ({drop_in}, line 2)" in out  # the drop-in wins
    assert "api_key = (set, hidden)   (environment variable QMINDER_API_KEY)" in out
    metrics_file = tmp_path / "k.prom"
    assert f'metrics_file = "{metrics_file}"   (environment variable KIOSK_METRICS_FILE)' in out
    assert DEMO_API_KEY not in out
