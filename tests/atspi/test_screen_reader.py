"""What a screen reader finds on every screen, read over the real AT-SPI bus (Linux).

A private Xvfb display, D-Bus session and AT-SPI registry are started here; the kiosk runs in a
child process (`kiosk_probe.py`, Qt's AT-SPI bridge forced on with
``QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1``) and asks the system's Python with Debian's pyatspi
(`atspi_tree.py`) to list its tree on each screen. Outside CI the tests are skipped when those
programs are not installed; CI installs them (.ci/run).
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

PROBE = Path(__file__).with_name("kiosk_probe.py")
ROOT = Path(__file__).resolve().parents[2]
BUS_LAUNCHERS = ("/usr/libexec/at-spi-bus-launcher", "/usr/lib/at-spi2-core/at-spi-bus-launcher")
SYSTEM_PYTHON = "/usr/bin/python3"
CONTROLS = frozenset(
    {
        "push button",
        "toggle button",
        "check box",
        "radio button",
        "text",
        "entry",
        "password text",
        "spin button",
        "combo box",
    }
)
"""Roles a visitor operates: each needs a name a screen reader can say."""


def missing(what: str) -> None:
    if os.environ.get("CI"):
        pytest.fail(f"{what} is missing: CI installs it (.ci/run)")
    pytest.skip(f"{what} is not installed")


def pyatspi_python() -> str:
    if not Path(SYSTEM_PYTHON).exists():
        missing("the system's python3")
    check = subprocess.run(
        [SYSTEM_PYTHON, "-c", "import pyatspi"], capture_output=True, check=False, timeout=30
    )
    if check.returncode != 0:
        missing("python3-pyatspi")
    return SYSTEM_PYTHON


def stop(process: subprocess.Popen[bytes]) -> None:
    process.terminate()
    try:
        process.wait(timeout=10)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait(timeout=10)


@pytest.fixture(scope="module")
def session(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, str]]:
    """Xvfb, a D-Bus session bus and the AT-SPI bus launcher; the environment to use them."""
    xvfb, dbus = shutil.which("Xvfb"), shutil.which("dbus-daemon")
    launcher = next((p for p in BUS_LAUNCHERS if Path(p).exists()), None)
    if xvfb is None:
        missing("Xvfb")
    if dbus is None:
        missing("dbus-daemon")
    if launcher is None:
        missing("at-spi2-core (at-spi-bus-launcher)")
    python = pyatspi_python()
    assert xvfb is not None
    assert dbus is not None
    assert launcher is not None
    home = tmp_path_factory.mktemp("atspi")
    processes: list[subprocess.Popen[bytes]] = []
    try:
        read, write = os.pipe()
        processes.append(
            subprocess.Popen(
                [xvfb, "-displayfd", str(write), "-screen", "0", "1280x800x24", "-nolisten", "tcp"],
                pass_fds=(write,),
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
            )
        )
        os.close(write)
        with os.fdopen(read) as pipe:
            display = pipe.readline().strip()
        assert display, "Xvfb did not start"
        bus = subprocess.Popen(
            [dbus, "--session", "--nofork", "--print-address=1", f"--address=unix:dir={home}"],
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
        )
        processes.append(bus)
        assert bus.stdout is not None
        address = bus.stdout.readline().decode().strip()
        assert address, "dbus-daemon did not start"
        env = {
            k: v for k, v in os.environ.items() if not k.startswith(("QT_", "KIOSK_", "QMINDER_"))
        }
        env.update(
            DISPLAY=f":{display}",
            DBUS_SESSION_BUS_ADDRESS=address,
            HOME=str(home),
            XDG_CACHE_HOME=str(home / "cache"),
            XDG_RUNTIME_DIR=str(home),
            NO_AT_BRIDGE="0",
        )
        processes.append(
            subprocess.Popen(
                [launcher, "--launch-immediately"],
                env=env,
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
            )
        )
        wait_for_name("org.a11y.Bus", env)
        env["PYATSPI_PYTHON"] = python
        yield env
    finally:
        for process in reversed(processes):
            stop(process)
            if process.stdout is not None:
                process.stdout.close()


def wait_for_name(name: str, env: dict[str, str]) -> None:
    """Until a D-Bus name has an owner on the session bus (at most 10 s)."""
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        reply = subprocess.run(
            [
                "dbus-send",
                "--session",
                "--print-reply",
                "--dest=org.freedesktop.DBus",
                "/org/freedesktop/DBus",
                "org.freedesktop.DBus.NameHasOwner",
                f"string:{name}",
            ],
            env=env,
            capture_output=True,
            text=True,
            check=False,
            timeout=10,
        )
        if "boolean true" in reply.stdout:
            return
        time.sleep(0.1)
    raise AssertionError(f"{name} never appeared on the session bus")


@pytest.fixture(scope="module", params=["en", "ar"])
def views(
    request: pytest.FixtureRequest,
    session: dict[str, str],
    tmp_path_factory: pytest.TempPathFactory,
) -> dict[str, Any]:
    """{view: {"nodes": [...]}}, the screen reader's tree on every screen, in one language."""
    out = tmp_path_factory.mktemp(f"atspi-{request.param}")
    env = dict(
        session,
        QT_QPA_PLATFORM="xcb",
        QT_LINUX_ACCESSIBILITY_ALWAYS_ON="1",
        PROBE_LANGUAGE=request.param,
        PYTHONPATH=str(ROOT),
    )
    done = subprocess.run(
        [sys.executable, str(PROBE), session["PYATSPI_PYTHON"], str(out)],
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
    data: dict[str, Any] = json.loads(result.read_text("utf-8"))
    return data


def nodes(views: dict[str, Any], view: str) -> list[dict[str, Any]]:
    entry = views[view]
    assert "error" not in entry, f"{view}: {entry.get('error')}"
    listed: list[dict[str, Any]] = entry["nodes"]
    return listed


def test_every_screen_is_on_the_bus(views: dict[str, Any]) -> None:
    expected = {
        "WelcomeScreen",
        "ServiceScreen",
        "DetailsScreen",
        "DetailsScreen with errors",
        "QuestionsScreen page 1",
        "TicketScreen",
        "MessageScreen load_failed",
        "Accessibility panel",
        "Need more time?",
        "PIN pad",
        "MessageScreen closed",
        "MessageScreen setup_needed",
    }
    assert expected <= set(views)
    for view in views:
        if view == "announcements":
            continue
        listed = nodes(views, view)
        assert listed[0]["role"] == "application"
        assert len(listed) > 5, view


def test_no_button_edit_or_check_box_is_unnamed(views: dict[str, Any]) -> None:
    unnamed: list[str] = []
    controls = 0
    for view in set(views) - {"announcements"}:
        for node in nodes(views, view):
            if node["role"] in CONTROLS:
                controls += 1
                if not node["name"].strip():
                    unnamed.append(f"{view}: a {node['role']}")
    assert unnamed == []
    assert controls > 80


def test_every_screen_offers_the_accessibility_button(views: dict[str, Any]) -> None:
    for view in views:
        if view in ("Need more time?", "PIN pad", "announcements"):
            continue
        buttons = [n for n in nodes(views, view) if n["role"] == "push button" and n["description"]]
        assert any(n["name"] for n in buttons), view


def test_the_form_fields_are_named_by_their_labels(views: dict[str, Any]) -> None:
    listed = nodes(views, "DetailsScreen")
    texts = [n for n in listed if n["role"] in ("text", "entry")]
    assert len(texts) == 4
    names = {n["name"] for n in listed if n["role"] not in CONTROLS}
    for text in texts:
        assert text["name"] in names, f"{text['name']!r} is not a label on the screen"


def test_validation_errors_are_read_with_their_field(views: dict[str, Any]) -> None:
    before = {n["name"]: n for n in nodes(views, "DetailsScreen") if n["role"] == "text"}
    after = {n["name"]: n for n in nodes(views, "DetailsScreen with errors") if n["role"] == "text"}
    changed = [n for n, node in after.items() if node["description"] != before[n]["description"]]
    assert len(changed) == 2, "first name and phone number"
    labels = {n["name"] for n in nodes(views, "DetailsScreen with errors")}
    for name in changed:
        assert after[name]["description"] in labels, "the spoken error is the one on screen"


def test_the_ticket_number_is_read_out(views: dict[str, Any]) -> None:
    listed = nodes(views, "TicketScreen")
    assert any("A-42" in (n["name"] + " " + n["description"]) for n in listed)


def test_the_ticket_number_and_the_first_error_are_announced(views: dict[str, Any]) -> None:
    heard = views["announcements"]
    assert "error" not in heard, heard
    texts = [a["text"] for a in heard]
    assert any("A-42" in text for text in texts), texts
    labels = {n["name"] for n in nodes(views, "DetailsScreen with errors") if n["role"] == "label"}
    assert any(text in labels for text in texts), "the first error message, as shown"


def test_the_accessibility_switches_say_whether_they_are_on(views: dict[str, Any]) -> None:
    listed = nodes(views, "Accessibility panel")
    switches = [n for n in listed if n["role"] in ("toggle button", "check box", "push button")]
    names = {n["name"] for n in switches}
    assert len(names) >= 4  # Accessibility, Large text, High contrast, Close
    toggles = {n["name"]: n for n in switches if n["role"] in ("toggle button", "check box")}
    assert len(toggles) == 2
    on, off = sorted(toggles.values(), key=lambda n: not n["checked"])
    assert on["checked"], "Large text was switched on"
    assert not off["checked"]
    assert on["description"]


GLYPHS = {"+", "\u2212", "-", "<", ">"}


def test_no_button_is_named_by_a_glyph(views: dict[str, Any]) -> None:
    glyph_named = [
        f"{view}: {node['name']!r}"
        for view in set(views) - {"announcements"}
        for node in nodes(views, view)
        if node["role"] == "push button" and node["name"].strip() in GLYPHS
    ]
    assert glyph_named == []


def test_the_date_steppers_say_their_purpose_and_the_month_its_value(
    views: dict[str, Any],
) -> None:
    listed = nodes(views, "QuestionsScreen date chosen")
    month = [
        n
        for n in listed
        if n["role"] == "label"
        and n["description"] == views["QuestionsScreen date chosen"]["month"]
    ]
    assert len(month) == 1, "the chosen month is exposed on the Month label"
    assert month[0]["name"] != month[0]["description"]
    buttons = {n["name"] for n in listed if n["role"] == "push button"}
    if "Next month" in buttons or "Previous day" in buttons:  # English
        assert {"Previous day", "Next day", "Previous month", "Next month"} <= buttons
    else:  # another language: six stepper names, none of them a glyph
        assert not buttons & GLYPHS
