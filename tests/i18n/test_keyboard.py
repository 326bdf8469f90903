"""The on-screen keyboard on a real X server (Xvfb): it opens, follows the language, stays clear.

Qt Virtual Keyboard cannot run offscreen, so `keyboard_probe.py` drives the kiosk in a child
process on a private Xvfb display and reports what it saw; these tests read the report.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QRect

ROOT = Path(__file__).resolve().parents[2]
SCREEN = "1280x800x24"


@pytest.fixture(scope="module")
def xvfb() -> Iterator[str]:
    """A private X server; its DISPLAY value."""
    program = shutil.which("Xvfb")
    if program is None:
        if os.environ.get("CI"):
            pytest.fail("Xvfb is missing: CI installs it (.ci/run)")
        pytest.skip("Xvfb is not installed")
    read, write = os.pipe()
    server = subprocess.Popen(
        [program, "-displayfd", str(write), "-screen", "0", SCREEN, "-nolisten", "tcp"],
        pass_fds=(write,),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    os.close(write)
    with os.fdopen(read) as pipe:
        number = pipe.readline().strip()
    try:
        assert number, "Xvfb did not start"
        yield f":{number}"
    finally:
        server.terminate()
        server.wait(timeout=10)


@pytest.fixture(scope="module")
def report(xvfb: str, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    out = tmp_path_factory.mktemp("keyboard")
    env = {k: v for k, v in os.environ.items() if not k.startswith(("QT_", "KIOSK_", "QMINDER_"))}
    env.update(DISPLAY=xvfb, QT_QPA_PLATFORM="xcb", HOME=str(out), XDG_CACHE_HOME=str(out))
    done = subprocess.run(
        [sys.executable, "-m", "tests.i18n.keyboard_probe", str(out)],
        env=env,
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=90,
        check=False,
    )
    result = out / "result.json"
    assert done.returncode == 0, done.stderr[-3000:]
    assert result.is_file(), done.stderr[-3000:]
    data: dict[str, Any] = json.loads(result.read_text())
    data["stderr"] = done.stderr
    data["out"] = out
    return data


def rect(values: list[int]) -> QRect:
    return QRect(*values)


def test_the_keyboard_is_there_and_closed_until_a_field_is_tapped(report: dict[str, Any]) -> None:
    assert report["keyboard"], "Qt Virtual Keyboard did not load: " + report["stderr"][-2000:]
    assert report["welcome"]["keyboard_hidden"]
    assert report["et_name_shown"]
    assert report["et_name"]["focus_is_field"]


@pytest.mark.parametrize(("step", "layout"), [("et_name", "et_EE"), ("ar_name", "ar_AR")])
def test_the_layout_follows_the_visitors_language(
    report: dict[str, Any], step: str, layout: str
) -> None:
    state = report[step]
    assert state["visible"]
    assert state["layout"] == layout
    assert state["input_method_locale"].split("_")[0] == layout.split("_")[0]


@pytest.mark.parametrize("step", ["et_phone", "ar_phone"])
def test_a_phone_field_gets_the_dial_pad_and_it_types(report: dict[str, Any], step: str) -> None:
    assert report[step]["visible"]
    assert report[step]["layout"] == "dialpad"
    assert report["typed_on_dial_pad"] == "2"


@pytest.mark.parametrize("step", ["et_name", "et_phone", "ar_name", "ar_phone"])
def test_the_field_and_the_buttons_stay_above_the_keyboard(
    report: dict[str, Any], step: str
) -> None:
    state = report[step]
    keyboard = rect(state["keyboard"])
    window = rect(state["window"])
    assert keyboard.bottom() == window.bottom(), "drawn at the bottom of the kiosk window"
    assert keyboard.height() <= 0.43 * window.height()
    assert not rect(state["field"]).intersects(keyboard)
    assert not rect(state["primary"]).intersects(keyboard), "Next stays reachable"
    assert not rect(state["back"]).intersects(keyboard)
    assert state["header_hidden"], "the header gives its room to the form"


def test_it_is_drawn_inside_the_kiosk_window_not_in_a_window_of_its_own(
    report: dict[str, Any],
) -> None:
    for step in ("et_name", "et_phone", "ar_name", "ar_phone"):
        assert report[step]["top_level_windows"] == 1


def test_start_over_closes_it_and_forgets_what_was_typed(report: dict[str, Any]) -> None:
    assert report["after_start_over"] == {
        "keyboard_hidden": True,
        "header_visible": True,
        "phone_text": "",
    }
    assert (Path(report["out"]) / "keyboard-et-phone.png").stat().st_size > 10_000
