"""Text entry for a blind visitor: the on-screen keyboard's keys by keypad, each key said.

Qt Virtual Keyboard cannot run offscreen, so `keyboard_speech_probe.py` drives the kiosk in a
child process on a private Xvfb display (as tests/i18n/test_keyboard.py does) and reports what
was said and typed; these tests read the report.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from tests.i18n.test_keyboard import xvfb

__all__ = ["xvfb"]

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def report(xvfb: str, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    out = tmp_path_factory.mktemp("keyboard-speech")
    env = {k: v for k, v in os.environ.items() if not k.startswith(("QT_", "KIOSK_", "QMINDER_"))}
    env.update(DISPLAY=xvfb, QT_QPA_PLATFORM="xcb", HOME=str(out), XDG_CACHE_HOME=str(out))
    done = subprocess.run(
        [sys.executable, "-m", "tests.speech.keyboard_speech_probe", str(out)],
        env=env,
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    result = out / "result.json"
    assert done.returncode == 0, done.stderr[-3000:]
    assert result.is_file(), done.stderr[-3000:]
    data: dict[str, Any] = json.loads(result.read_text())
    assert data["keyboard"], "Qt Virtual Keyboard did not load: " + done.stderr[-2000:]
    data["stderr"] = done.stderr
    return data


def test_enter_on_a_text_field_opens_the_keyboard_and_the_arrows_say_its_keys(
    report: dict[str, Any],
) -> None:
    assert report["name_keyboard_open"], report["said"][-5:]
    assert report["first_key"] == "q", "the first arrow goes to the first key"
    assert report["second_key"] == "w"
    assert report["below"] in ("a", "s"), "Down goes to the key below"
    tour = report["tour"]
    for name in ("q", "a", "z", "Shift", "Backspace", "Space", "Enter"):
        assert name in tour, f"{name!r} is never said: {tour}"


def test_enter_or_space_types_the_key_and_what_was_typed_stays_private(
    report: dict[str, Any],
) -> None:
    # A name field starts with a capital: the keyboard shifts by itself, as under a finger.
    assert report["typed_q"] == "Q", "Enter presses the key as a tap would"
    assert report["said_after_q"].startswith("1 character"), "no speech_private: no characters"
    assert "Q" not in report["said_after_q"]
    assert report["typed_qw"] == "Qw", "Space presses the key too"
    assert report["said_after_w_private"] == "Qw", "with speech_private the characters are said"
    assert report["after_backspace"] == "Q"
    assert report["said_after_backspace"].startswith("1 character")


def test_escape_leaves_the_keyboard_and_keeps_the_field(report: dict[str, Any]) -> None:
    assert report["closed_on_escape"]
    assert report["focus_kept"]
    assert report["said_on_escape"].startswith("First name"), report["said_on_escape"]


def test_a_phone_field_uses_the_dial_pad_and_its_digits_are_said(report: dict[str, Any]) -> None:
    assert report["phone_keyboard_open"]
    assert report["phone_layout"] == "dialpad"
    tour = report["phone_tour"]
    for digit in "0123456789":
        assert digit in tour, f"{digit} is never said: {tour}"
    assert "Backspace" in tour
    assert report["typed_phone"] == "5"
    assert report["said_after_5"].startswith("1 character")
    assert report["name_untouched"] == "Q"
