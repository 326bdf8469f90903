"""How a running kiosk ends: asked to stop, asked to exit by an admin, or crashed and restarted.

`StopRequests` turns every way of asking the kiosk to stop into one asyncio event. `CrashWatch`
notices an unexpected exception anywhere (a Qt slot, an asyncio task) and ends the run as
CRASHED, so `kiosk.shell.run` can build the screens afresh instead of leaving a broken kiosk on
screen; `RestartBudget` stops that from becoming a loop.
"""

from __future__ import annotations

import asyncio
import logging
import signal
import sys
import time
from collections import deque
from collections.abc import Callable
from enum import StrEnum
from types import TracebackType
from typing import Any

from PySide6.QtCore import QEvent, QObject, QTimer

log = logging.getLogger("kiosk.shell.run")


class Outcome(StrEnum):
    """Why a run of the kiosk ended."""

    STOPPED = "stopped"  # a signal, or the window closed when that is allowed
    EXIT = "exit"  # an admin chose Exit in the admin panel
    RELOAD = "reload"  # an admin chose Reload: read the configuration and start again
    CRASHED = "crashed"  # an unexpected exception


class StopRequests(QObject):
    """Turns every way of asking the kiosk to stop into one asyncio event.

    SIGINT/SIGTERM (Ctrl+C, a service manager) and closing the window set `stopping`; the main
    coroutine then shuts down while Qt's loop still runs, so the HTTP client closes cleanly.
    Python runs signal handlers only between bytecodes: a timer gives it the chance while Qt
    waits for events, and acts on the signal the handler noted. In kiosk mode the window
    refuses to close, so only a signal, an admin's Exit or a crash ends the run.
    """

    def __init__(self) -> None:
        super().__init__()
        self.stopping = asyncio.Event()
        self.outcome = Outcome.STOPPED
        self._poll = QTimer(self)
        self._poll.setObjectName("signal-poll")
        self._poll.timeout.connect(self._take_signal)
        self._may_close: Callable[[], bool] = lambda: True
        self._signal: int | None = None

    def install(self, window: QObject, may_close: Callable[[], bool] | None = None) -> None:
        for signum in (signal.SIGINT, signal.SIGTERM):
            signal.signal(signum, self._on_signal)
        self._poll.start(250)
        if may_close is not None:
            self._may_close = may_close
        window.installEventFilter(self)

    def uninstall(self) -> None:
        self._poll.stop()
        for signum in (signal.SIGINT, signal.SIGTERM):
            signal.signal(signum, signal.SIG_DFL)

    def request(self, outcome: Outcome) -> None:
        """End the run with this outcome (the first request wins)."""
        if not self.stopping.is_set():
            self.outcome = outcome
            self.stopping.set()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Close and self._may_close():
            self.request(Outcome.STOPPED)
        return False

    def _on_signal(self, signum: int, _frame: object) -> None:
        # Only note it: a signal handler may interrupt anything, a log write included (and
        # logging is not reentrant). The poll timer acts on it a moment later.
        self._signal = signum

    def _take_signal(self) -> None:
        if self._signal is None:
            return
        signum, self._signal = self._signal, None
        log.info("stopping on signal %s", signal.Signals(signum).name)
        self.request(Outcome.STOPPED)


ExcInfo = tuple[type[BaseException], BaseException, TracebackType | None]


class CrashWatch:
    """Ends the run as CRASHED on any exception nobody handled.

    Qt slots report theirs through `sys.excepthook`; asyncio tasks through the loop's exception
    handler. Both are logged with their traceback (log lines carry no personal data: code
    paths and exception types, and messages the kiosk writes itself).
    """

    def __init__(self, stop: StopRequests) -> None:
        self._stop = stop
        self._previous_hook = sys.excepthook
        self._loop: asyncio.AbstractEventLoop | None = None
        self.crashed = False

    def install(self, loop: asyncio.AbstractEventLoop) -> None:
        self._loop = loop
        sys.excepthook = self._on_exception
        loop.set_exception_handler(self._on_loop_exception)

    def uninstall(self) -> None:
        sys.excepthook = self._previous_hook
        if self._loop is not None:
            self._loop.set_exception_handler(None)

    def _crash(self, what: str, info: ExcInfo | None) -> None:
        log.error("unexpected error in %s; restarting the kiosk's screens", what, exc_info=info)
        self.crashed = True
        self._stop.request(Outcome.CRASHED)

    def _on_exception(
        self, kind: type[BaseException], value: BaseException, tb: TracebackType | None
    ) -> None:
        if issubclass(kind, KeyboardInterrupt):
            self._stop.request(Outcome.STOPPED)
            return
        self._crash("the user interface", (kind, value, tb))

    def _on_loop_exception(self, loop: asyncio.AbstractEventLoop, context: dict[str, Any]) -> None:
        exc = context.get("exception")
        if exc is None:
            log.warning("asyncio: %s", context.get("message", "unknown problem"))
            return
        if isinstance(exc, ConnectionError | asyncio.CancelledError):
            loop.default_exception_handler(context)
            return
        self._crash("a background task", (type(exc), exc, exc.__traceback__))


class RestartBudget:
    """Allows a few restarts in a window of time; more means the kiosk is broken for good.

    A supervisor (systemd, launchd, Shell Launcher) should then restart the process, which
    rebuilds everything; see docs/deployment.md.
    """

    def __init__(
        self,
        limit: int = 5,
        window_s: float = 600.0,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.limit = limit
        self.window_s = window_s
        self._clock = clock
        self._times: deque[float] = deque()

    def spend(self) -> bool:
        """Note a restart; False when the budget is used up."""
        now = self._clock()
        while self._times and now - self._times[0] > self.window_s:
            self._times.popleft()
        self._times.append(now)
        return len(self._times) <= self.limit


class _PaintWatch(QObject):
    def __init__(self, done: asyncio.Future[None]) -> None:
        super().__init__()
        self._done = done

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and not self._done.done():
            self._done.set_result(None)
        return False


async def first_paint(widget: QObject, timeout_s: float) -> None:
    """Yield to Qt until `widget` is painted (or `timeout_s` passes, e.g. when hidden)."""
    done: asyncio.Future[None] = asyncio.get_running_loop().create_future()
    watch = _PaintWatch(done)
    widget.installEventFilter(watch)
    try:
        await asyncio.wait_for(done, timeout_s)
    except TimeoutError:
        log.debug("no paint within %.1f s; going on", timeout_s)
    finally:
        widget.removeEventFilter(watch)
