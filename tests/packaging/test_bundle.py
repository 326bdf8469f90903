"""The built bundle (dist/kiosk, or the folder KIOSK_BUNDLE names): its smoke test off screen,
and its on-screen keyboard typing into a field on a real X server (Xvfb).

Skipped when no bundle has been built: `pyinstaller --noconfirm packaging/kiosk.spec` first.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from .conftest import ROOT

pytestmark = pytest.mark.e2e

BUNDLE = Path(os.environ.get("KIOSK_BUNDLE") or ROOT / "dist" / "kiosk")
EXECUTABLE = BUNDLE / ("kiosk-console.exe" if sys.platform == "win32" else "kiosk")

if not EXECUTABLE.is_file():
    pytest.skip(f"no bundle at {BUNDLE} (build it or set KIOSK_BUNDLE)", allow_module_level=True)


def run_smoke(tmp_path: Path, *args: str, platform: str, wrap: list[str] | None = None) -> str:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("QMINDER_", "KIOSK_"))}
    env.update(QT_QPA_PLATFORM=platform, HOME=str(tmp_path), XDG_CACHE_HOME=str(tmp_path))
    done = subprocess.run(
        [*(wrap or []), str(EXECUTABLE), "--smoke-test", *args],
        env=env,
        capture_output=True,
        text=True,
        timeout=180,
        check=False,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    return done.stdout.strip().splitlines()[-1]


def test_the_bundle_passes_its_smoke_test(tmp_path: Path) -> None:
    line = run_smoke(tmp_path, platform="offscreen")
    assert "frozen=yes" in line
    assert "keyboard=loaded" in line
    assert "printing=loaded" in line


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Xvfb is a Linux check")
def test_the_keyboard_types_inside_the_bundle_on_xvfb(tmp_path: Path) -> None:
    wrap: list[str] = []
    if not os.environ.get("DISPLAY"):
        xvfb_run = shutil.which("xvfb-run")
        if xvfb_run is None:
            pytest.skip("no display and no xvfb-run")
        wrap = [xvfb_run, "-a", "-s", "-screen 0 1280x800x24"]
    line = run_smoke(tmp_path, "keyboard", platform="xcb", wrap=wrap)
    assert "platform=xcb" in line
    assert "keyboard=shown,typed:" in line, line
