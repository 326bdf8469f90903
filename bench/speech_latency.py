"""Audio guidance: how soon speech starts after a key press or a tap, and whether the screen
keeps breathing while it speaks.

``python -m bench.speech_latency [--quick]``

The kiosk's real Welcome screen (seven language buttons) is read by audio guidance. A keypad
arrow key (sent to the window, as a keypad's key arrives) or a tap (explore by touch) moves to
the next button; the time is taken from the event to the screen hearing that the engine
speaks (the engine works in a thread of its own, so this includes the way back).
Meanwhile a 10 ms heartbeat timer shows the longest time the event loop could not run. Qt's
mock engine is measured always; Speech Dispatcher too where it is installed (a private one,
whose output module writes the text down instead of playing it: what is measured is the kiosk
and Speech Dispatcher, not a sound card).
"""

from __future__ import annotations

import itertools
import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEventLoop, Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from bench.common import Figure, median, parser, percentile, publish, say
from bench.harness import LEFT, Heartbeat, make_app
from kiosk.speech.engine import SpeechEngine, available_engines
from kiosk.speech.guidance import GuidanceController
from kiosk.speech.keypad import KeypadFilter
from kiosk.speech.narrator import Narrator
from kiosk.speech.phrasebook import Phrasebook
from kiosk.speech.screen import StaticScreen
from kiosk.speech.touch import TouchExplorer
from kiosk.ui.main_window import KioskWindow
from kiosk.ui.widgets.touch_button import TouchButton
from tests.speech.dispatcher import private_dispatcher, what_is_missing

START_BUDGET_MS = 200.0
GAP_BUDGET_MS = 50.0
LANGUAGES = [
    ("en", "English"),
    ("es", "Español"),
    ("et", "Eesti"),
    ("ru", "Русский"),
    ("ar", "العربية"),
    ("fr", "Français"),
    ("de", "Deutsch"),
]


def spin(ms: int) -> None:
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def wait_for(condition: Callable[[], bool], limit_s: float = 5.0) -> bool:
    deadline = time.perf_counter() + limit_s
    while not condition():
        if time.perf_counter() > deadline:
            return False
        QApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 2)
    return True


def measure(engine_name: str, presses: int) -> tuple[list[float], list[float], list[float]]:
    """(key → Speaking ms, tap → Speaking ms, heartbeat gaps ms) for one engine."""
    window = KioskWindow()
    window.welcome.set_languages(LANGUAGES)
    window.resize(1280, 800)
    window.show()
    window.show_screen(window.welcome)
    QApplication.processEvents()
    buttons = [b for b in window.welcome.findChildren(TouchButton) if b.isVisible()]
    screen = StaticScreen("Welcome", "Choose your language.", tuple(buttons))
    engine = SpeechEngine(engine_name)
    guidance = GuidanceController(engine, Narrator(Phrasebook()), mode="always")
    handle = window.windowHandle()
    assert handle is not None
    handle.installEventFilter(KeypadFilter(guidance, window))
    clock = itertools.count(0, 10)  # every tap a single tap, never half of a double tap
    handle.installEventFilter(TouchExplorer(guidance, window, clock=lambda: float(next(clock))))
    guidance.show_screen(screen)
    started: list[float] = []
    # When the GUI thread hears that speech began (the engine lives in its own thread).
    engine.speaking_changed.connect(
        lambda speaking: started.append(time.perf_counter()) if speaking else None
    )
    wait_for(engine.is_speaking)
    heartbeat = Heartbeat()
    heartbeat.start()
    keys: list[float] = []
    taps: list[float] = []
    for index in range(presses):
        spin(60)
        before = len(started)
        pressed = time.perf_counter()
        QTest.keyClick(handle, Qt.Key.Key_Down)
        if wait_for(lambda before=before: len(started) > before):
            keys.append((started[before] - pressed) * 1000)
        spin(60)
        target = buttons[index % len(buttons)]
        before = len(started)
        pressed = time.perf_counter()
        QTest.mouseClick(handle, LEFT, pos=target.mapTo(window, target.rect().center()))
        if wait_for(lambda before=before: len(started) > before):
            taps.append((started[before] - pressed) * 1000)
    spin(300)
    gaps = heartbeat.stop()
    engine.close()
    window.close()
    window.deleteLater()
    engine.deleteLater()
    QApplication.processEvents()
    return keys, taps, gaps


def report(label: str, keys: list[float], taps: list[float], gaps: list[float]) -> list[Figure]:
    both = keys + taps
    say(
        f"{label}: key → speech median {median(keys):.1f} ms (p95 {percentile(keys, 95):.1f}),"
        f" tap → speech median {median(taps):.1f} ms (p95 {percentile(taps, 95):.1f});"
        f" {len(gaps)} heartbeat gaps, max {max(gaps):.1f} ms"
    )
    return [
        Figure(
            f"Speech start, {label}",
            f"median {median(both):.1f} ms, p95 {percentile(both, 95):.1f} ms"
            f" (key {median(keys):.1f}, tap {median(taps):.1f})",
            f"median ≤ {START_BUDGET_MS:.0f} ms",
            median(both) <= START_BUDGET_MS,
        ),
        Figure(
            f"Event-loop gap while speaking, {label}",
            f"max {max(gaps):.0f} ms",
            f"≤ {GAP_BUDGET_MS:.0f} ms",
            max(gaps) <= GAP_BUDGET_MS,
        ),
    ]


def main(argv: list[str] | None = None) -> int:
    args = parser(__doc__.split("\n\n")[0]).parse_args(argv)
    presses = 10 if args.quick else 40
    make_app()
    figures = report("mock engine", *measure("mock", presses))
    absent = what_is_missing()
    if absent is None and "speechd" in available_engines():
        with (
            tempfile.TemporaryDirectory() as folder,
            private_dispatcher(Path(folder)) as (_spoken, address),
        ):
            os.environ["SPEECHD_ADDRESS"] = address
            figures += report("Speech Dispatcher", *measure("speechd", presses))
    else:
        say(f"Speech Dispatcher not measured: {absent or 'no speechd plugin in Qt'}")
    publish(figures, args.json)
    return 0


if __name__ == "__main__":
    sys.exit(main())
