"""Prints slips without ever holding up the screen or the visitor's number.

Every printer call (status query, rendering, spooling, socket or USB writes) runs on one
daemon worker thread through ``loop.run_in_executor``; the GUI thread only awaits it with a
deadline. Whatever the printer does, nothing is raised to the caller: the outcome is a
signal, failures are counted for the Admin view, and the number stays on screen.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import logging
import queue
import threading
from collections.abc import Callable
from concurrent.futures import Executor, Future
from enum import StrEnum
from pathlib import Path
from typing import Any, ParamSpec, TypeVar

from PySide6.QtCore import QObject, QTimer, Signal

from kiosk.controllers.tasks import TaskSlot
from kiosk.printing.errors import PrinterMissing, PrintError, PrinterUnavailable
from kiosk.printing.sample import sample_ticket
from kiosk.printing.targets import PrinterStatus, PrintTarget
from kiosk.printing.ticket import TicketPrint, TicketTexts

log = logging.getLogger("kiosk.printing")

P = ParamSpec("P")
T = TypeVar("T")

PRINT_DEADLINE = 8.0
"""Seconds a slip may take (status query, rendering, sending) before it counts as failed."""
STATUS_DEADLINE = 3.0
"""Seconds a status query may take before the printer counts as unavailable."""
RECHECK_MS = 60_000
"""How often `start` re-asks the printer whether it can print."""


class PrintFailure(StrEnum):
    """Why a slip did not print (the `failed` signal's argument)."""

    MISSING = "missing"  # no such printer, not connected, nothing listening
    UNAVAILABLE = "unavailable"  # offline, paper out, stopped: detected before printing
    TIMEOUT = "timeout"  # no outcome within the deadline
    ERROR = "error"  # the driver failed while printing


class WorkerThread(Executor):
    """One daemon thread running submitted calls in order.

    A daemon thread, unlike `ThreadPoolExecutor`'s, never keeps the kiosk from exiting
    while a printer call hangs; one thread also keeps jobs to one printer from overlapping.
    """

    def __init__(self, name: str = "kiosk-printer") -> None:
        self._name = name
        self._jobs: queue.SimpleQueue[tuple[Future[Any], Callable[[], Any]] | None] = (
            queue.SimpleQueue()
        )
        self._lock = threading.Lock()
        self._thread: threading.Thread | None = None
        self._closed = False

    def submit(self, fn: Callable[P, T], /, *args: P.args, **kwargs: P.kwargs) -> Future[T]:
        future: Future[T] = Future()
        with self._lock:
            if self._closed:
                raise RuntimeError("the printer worker is shut down")
            self._jobs.put((future, lambda: fn(*args, **kwargs)))
            if self._thread is None:
                self._thread = threading.Thread(target=self._run, name=self._name, daemon=True)
                self._thread.start()
        return future

    def shutdown(self, wait: bool = True, *, cancel_futures: bool = False) -> None:
        with self._lock:
            self._closed = True
            thread = self._thread
        if cancel_futures:
            while True:
                try:
                    job = self._jobs.get_nowait()
                except queue.Empty:
                    break
                if job is not None:
                    job[0].cancel()
        self._jobs.put(None)
        if wait and thread is not None:
            thread.join()

    def _run(self) -> None:
        while (job := self._jobs.get()) is not None:
            future, call = job
            if not future.set_running_or_notify_cancel():
                continue
            try:
                result = call()
            except BaseException as exc:
                future.set_exception(exc)
            else:
                future.set_result(result)


class PrintController(QObject):
    """Prints `TicketPrint` slips to one target and keeps the Admin view's counters.

    Signals:
        printed(): the slip was handed to the printer.
        failed(str): a `PrintFailure` value; show "Please note your number".
        availability_changed(bool): the printer became able / unable to print.

    ``failures`` and ``last_error`` are for the Admin view; ``last_error`` names the printer
    and the cause, never what the slip said. An ``executor`` given is owned: `close` shuts it.
    """

    printed = Signal()
    failed = Signal(str)
    availability_changed = Signal(bool)

    def __init__(
        self,
        target: PrintTarget | None,
        *,
        deadline: float = PRINT_DEADLINE,
        status_deadline: float = STATUS_DEADLINE,
        recheck_ms: int = RECHECK_MS,
        executor: Executor | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._target = target
        self._deadline = deadline
        self._status_deadline = status_deadline
        self._executor = executor or WorkerThread()
        self._print_slot = TaskSlot("print-ticket")
        self._status_slot = TaskSlot("printer-status")
        self._available = target is not None
        self._timer = QTimer(self)
        self._timer.setObjectName("printer-recheck")
        self._timer.setInterval(recheck_ms)
        self._timer.timeout.connect(self.check_available)
        self._closed = False
        self.failures = 0
        self.printed_count = 0
        self.last_error: str | None = None

    @property
    def target(self) -> PrintTarget | None:
        return self._target

    @property
    def enabled(self) -> bool:
        """A printer is configured."""
        return self._target is not None

    @property
    def busy(self) -> bool:
        return self._print_slot.busy

    def available(self) -> bool:
        """A printer is configured and, as last known, able to print (never blocks)."""
        return self._target is not None and self._available

    def start(self) -> None:
        """Ask the printer now and then every ``recheck_ms``."""
        if self._target is None:
            return
        self.check_available()
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()
        self._status_slot.cancel()

    async def wait(self) -> None:
        """Wait for a print in flight to end (at shutdown)."""
        await self._print_slot.wait()

    def close(self) -> None:
        """Stop, and let the worker thread end once its current call returns."""
        self._closed = True
        self.stop()
        self._print_slot.cancel()
        self._executor.shutdown(wait=False, cancel_futures=True)

    # -- availability --------------------------------------------------------------------------

    def check_available(self) -> None:
        """Ask the printer in the background whether it can print; `available` follows.

        Skipped while a slip is printing: the job itself tells.
        """
        if self._target is None or self._closed or self._status_slot.busy or self.busy:
            return
        self._status_slot.start(self._check(self._target))

    async def _check(self, target: PrintTarget) -> None:
        try:
            status = await self._in_worker(target.status, self._status_deadline)
        except TimeoutError:
            self._set_available(False, f"{target.name}: no status answer in time")
        except Exception as exc:
            self._set_available(False, f"{target.name}: status query failed ({type(exc).__name__})")
        else:
            reason = f"{target.name}: {status.detail or status.state.value}"
            self._set_available(status.can_print, reason)

    def _set_available(self, available: bool, reason: str = "") -> None:
        if available == self._available:
            return
        self._available = available
        if available:
            log.info("printer ready again: %s", reason)
        else:
            log.warning("printer cannot print, tickets show on screen only: %s", reason)
        self.availability_changed.emit(available)

    # -- printing ------------------------------------------------------------------------------

    def print_ticket(self, ticket: TicketPrint) -> bool:
        """Start printing; False (nothing started) with no printer or a print in flight."""
        if self._target is None or self._closed or self.busy:
            return False
        self._print_slot.start(self._print(self._target, ticket))
        return True

    def print_test_ticket(
        self,
        *,
        heading: str = "",
        qr_payload: str | None = None,
        logo: Path | None = None,
        language: str = "en",
        texts: TicketTexts | None = None,
        zone: dt.tzinfo | None = None,
    ) -> bool:
        """Print the sample slip (the Admin panel's "Test print"); like `print_ticket`.

        Its times are in `zone`, the location's time zone (None: the computer's)."""
        ticket = sample_ticket(
            heading=heading,
            qr_payload=qr_payload,
            logo=logo,
            language=language,
            texts=texts,
            zone=zone,
        )
        return self.print_ticket(ticket)

    async def _print(self, target: PrintTarget, ticket: TicketPrint) -> None:
        try:
            await self._in_worker(lambda: _print_now(target, ticket), self._deadline)
        except TimeoutError:
            self._fail(PrintFailure.TIMEOUT, f"{target.name}: no outcome in {self._deadline:g} s")
        except PrinterMissing as exc:
            self._fail(PrintFailure.MISSING, str(exc))
        except PrinterUnavailable as exc:
            self._fail(PrintFailure.UNAVAILABLE, str(exc))
        except PrintError as exc:
            self._fail(PrintFailure.ERROR, str(exc))
        except Exception as exc:
            log.debug("printer driver error", exc_info=True)
            self._fail(PrintFailure.ERROR, f"{target.name}: {type(exc).__name__}")
        else:
            self.printed_count += 1
            self._set_available(True, target.name)
            log.info("ticket printed on %s", target.name)
            self.printed.emit()

    def _fail(self, kind: PrintFailure, detail: str) -> None:
        self.failures += 1
        self.last_error = detail
        log.warning("ticket not printed (%s): %s", kind.value, detail)
        if kind != PrintFailure.ERROR:
            self._set_available(False, detail)
        self.failed.emit(kind.value)

    async def _in_worker(self, call: Callable[[], T], deadline: float) -> T:
        loop = asyncio.get_running_loop()
        async with asyncio.timeout(deadline):
            return await loop.run_in_executor(self._executor, call)


def _print_now(target: PrintTarget, ticket: TicketPrint) -> None:
    """On the worker thread: check the printer, then print (raises `PrintError`)."""
    status: PrinterStatus = target.status()
    status.raise_if_cannot_print(target.name)
    target.print_ticket(ticket)
