"""When did this process start, and when was the Welcome screen first painted?

Used by ``kiosk --smoke-test`` (which reports ``welcome_ms``) and by ``kiosk --trace-startup``,
which prints one line to stdout when the Welcome screen is painted for the first time::

    kiosk startup: welcome_painted_ms=412 painted_at=1764340000.123456 clock=process

``welcome_painted_ms`` counts from the start of the process (see `process_started_at`);
``painted_at`` is the wall-clock time of the paint (epoch seconds), for a launcher that noted
its own start. The benchmarks in ``bench/`` read that line.
"""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication

_IMPORTED_AT = time.time()
"""The fallback start: where the kernel cannot say when the process started (macOS)."""

TRACE_PREFIX = "kiosk startup:"


def process_started_at() -> tuple[float, str]:
    """When this process started (epoch seconds), and how that was found out.

    ``KIOSK_STARTED_AT`` (epoch seconds, set by a launcher) wins; then the kernel's record of
    the process; failing both, the moment this module was imported.
    """
    given = os.environ.get("KIOSK_STARTED_AT")
    if given:
        try:
            return float(given), "launcher"
        except ValueError:
            sys.stderr.write(f"kiosk: KIOSK_STARTED_AT={given!r} is not a number: ignored\n")
    if sys.platform == "linux":
        started = _linux_process_start()
        if started is not None:
            return started, "process"
    if sys.platform == "win32":
        started = _windows_process_start()
        if started is not None:
            return started, "process"
    return _IMPORTED_AT, "import"


def _linux_process_start() -> float | None:
    # Field 22 of /proc/self/stat: the start in clock ticks (10 ms) after boot. Against the
    # boot clock now, that is the process's age (/proc/stat's boot time has whole seconds only).
    try:
        stat = Path("/proc/self/stat").read_text(encoding="ascii")
        ticks = int(stat[stat.rindex(")") + 2 :].split()[19])
        age = time.clock_gettime(time.CLOCK_BOOTTIME) - ticks / os.sysconf("SC_CLK_TCK")
    except (OSError, ValueError, IndexError, AttributeError):
        return None
    return time.time() - age


def _windows_process_start() -> float | None:
    if sys.platform != "win32":
        return None
    import ctypes
    from ctypes import wintypes

    kernel32 = ctypes.WinDLL("kernel32", use_last_error=True)
    kernel32.GetCurrentProcess.restype = wintypes.HANDLE
    times = ctypes.POINTER(wintypes.FILETIME)
    kernel32.GetProcessTimes.argtypes = [wintypes.HANDLE, times, times, times, times]
    kernel32.GetProcessTimes.restype = wintypes.BOOL
    created, exited, kernel, user = (wintypes.FILETIME() for _ in range(4))
    if not kernel32.GetProcessTimes(
        kernel32.GetCurrentProcess(),
        ctypes.byref(created),
        ctypes.byref(exited),
        ctypes.byref(kernel),
        ctypes.byref(user),
    ):
        return None
    # FILETIME counts 100 ns steps since 1601-01-01.
    since_1601 = (created.dwHighDateTime << 32 | created.dwLowDateTime) / 10_000_000
    return since_1601 - 11_644_473_600


def _is_welcome(widget: QObject) -> bool:
    # By class name: importing the screen here would load the widgets before they are needed.
    return widget.metaObject().className() == "WelcomeScreen"


class PaintWatch(QObject):
    """Calls `on_paint(epoch_seconds)` once, at the first paint of the Welcome screen."""

    def __init__(self, app: QApplication, on_paint: Callable[[float], None]) -> None:
        super().__init__()
        self._app = app
        self._on_paint = on_paint
        self.at = 0.0
        app.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and not self.at and _is_welcome(watched):
            self.at = time.time()
            self._on_paint(self.at)
        return False

    def remove(self) -> None:
        self._app.removeEventFilter(self)


def trace_startup(app: QApplication) -> PaintWatch:
    """``--trace-startup``: print the ``kiosk startup:`` line at the first paint of Welcome."""
    started_at, clock = process_started_at()

    def report(at: float) -> None:
        ms = round((at - started_at) * 1000)
        if sys.stdout is not None:
            sys.stdout.write(
                f"{TRACE_PREFIX} welcome_painted_ms={ms} painted_at={at:.6f} clock={clock}\n"
            )
            sys.stdout.flush()
        watch.remove()

    watch = PaintWatch(app, report)
    return watch
