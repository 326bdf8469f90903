"""The print controller: slips print in the background; every failure is a counted signal."""

from __future__ import annotations

import itertools
import logging
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
import qasync
from PySide6.QtCore import QTimer
from pytestqt.qtbot import QtBot

from kiosk.controllers.printing import PrintController, PrintFailure, WorkerThread
from kiosk.printing.errors import PrintFailed
from kiosk.printing.sample import SAMPLE_NUMBER
from kiosk.printing.spec import make_target
from kiosk.printing.targets import (
    READY,
    PdfTarget,
    PrinterState,
    PrinterStatus,
    PrintTarget,
    SystemPrinter,
)
from kiosk.printing.ticket import TicketPrint
from tests.printing import samples

PAPER_OUT = PrinterStatus(PrinterState.UNAVAILABLE, "paper out")


class FakeTarget:
    """A printer whose answers, speed and failures the test chooses."""

    name = "fake printer"

    def __init__(
        self,
        status: PrinterStatus = READY,
        error: Exception | None = None,
        hold: threading.Event | None = None,
    ) -> None:
        self.answer = status
        self.error = error
        self.hold = hold
        self.printed: list[TicketPrint] = []
        self.threads: set[str] = set()

    def status(self) -> PrinterStatus:
        self.threads.add(threading.current_thread().name)
        if self.hold is not None:
            self.hold.wait(10)
        return self.answer

    def print_ticket(self, ticket: TicketPrint) -> None:
        self.threads.add(threading.current_thread().name)
        if self.error is not None:
            raise self.error
        self.printed.append(ticket)


@pytest.fixture
def hold() -> Iterator[threading.Event]:
    """Holds a fake printer's calls until the test ends."""
    event = threading.Event()
    yield event
    event.set()


def controller(
    target: PrintTarget, deadline: float = 8.0, status_deadline: float = 3.0
) -> PrintController:
    return PrintController(target, deadline=deadline, status_deadline=status_deadline)


def test_a_slip_prints_off_the_gui_thread(qtbot: QtBot, qloop: qasync.QEventLoop) -> None:
    target = FakeTarget()
    printing = controller(target)
    with qtbot.waitSignal(printing.printed, timeout=5_000):
        assert printing.print_ticket(samples.ticket("en"))
    assert [t.public_id for t in target.printed] == ["A-12"]
    assert threading.current_thread().name not in target.threads
    assert target.threads == {"kiosk-printer"}
    assert (printing.printed_count, printing.failures, printing.last_error) == (1, 0, None)
    printing.close()


def test_a_missing_printer_fails_and_is_counted(qtbot: QtBot, qloop: qasync.QEventLoop) -> None:
    printing = controller(SystemPrinter("no-such-printer-here"))
    changes: list[bool] = []
    printing.availability_changed.connect(changes.append)
    with qtbot.waitSignal(printing.failed, timeout=5_000) as failed:
        assert printing.print_ticket(samples.ticket("en"))
    assert failed.args == [PrintFailure.MISSING.value]
    assert printing.failures == 1
    assert printing.last_error is not None
    assert "no-such-printer-here" in printing.last_error
    assert not printing.available()
    assert changes == [False]
    printing.close()


def test_an_exception_inside_the_driver_never_reaches_the_caller(
    qtbot: QtBot, qloop: qasync.QEventLoop, caplog: pytest.LogCaptureFixture
) -> None:
    printing = controller(FakeTarget(error=ZeroDivisionError("inside the driver")))
    with (
        caplog.at_level(logging.WARNING),
        qtbot.waitSignal(printing.failed, timeout=5_000) as failed,
    ):
        assert printing.print_ticket(samples.ticket("en"))
    assert failed.args == [PrintFailure.ERROR.value]
    assert printing.failures == 1
    assert printing.last_error == "fake printer: ZeroDivisionError"
    assert printing.available(), "one failed job says nothing about the next"
    assert not [r for r in caplog.records if r.levelno >= logging.ERROR]
    with qtbot.waitSignal(printing.failed, timeout=5_000):
        printing.print_ticket(samples.ticket("en"))
    assert printing.failures == 2
    printing.close()


def test_a_driver_print_error_keeps_its_reason(qtbot: QtBot, qloop: qasync.QEventLoop) -> None:
    printing = controller(FakeTarget(error=PrintFailed("fake printer: cover open")))
    with qtbot.waitSignal(printing.failed, timeout=5_000) as failed:
        printing.print_ticket(samples.ticket("en"))
    assert failed.args == [PrintFailure.ERROR.value]
    assert printing.last_error == "fake printer: cover open"
    printing.close()


def test_a_slow_printer_fails_on_time_without_stalling_the_screen(
    qtbot: QtBot, qloop: qasync.QEventLoop, hold: threading.Event
) -> None:
    printing = controller(FakeTarget(hold=hold), deadline=0.4)
    ticks: list[float] = []
    timer = QTimer()
    timer.setInterval(20)
    timer.timeout.connect(lambda: ticks.append(time.monotonic()))
    timer.start()
    started = time.monotonic()
    with qtbot.waitSignal(printing.failed, timeout=5_000) as failed:
        assert printing.print_ticket(samples.ticket("en"))
        returned = time.monotonic() - started
    elapsed = time.monotonic() - started
    timer.stop()
    assert returned < 0.05, "print_ticket waited for the printer"
    assert failed.args == [PrintFailure.TIMEOUT.value]
    assert 0.35 <= elapsed < 1.5
    assert len(ticks) >= 10, "the event loop stalled while the printer hung"
    assert max(b - a for a, b in itertools.pairwise(ticks)) < 0.2
    assert printing.failures == 1
    assert not printing.available()
    printing.close()


def test_paper_out_before_printing_switches_to_screen_only(
    qtbot: QtBot, qloop: qasync.QEventLoop
) -> None:
    target = FakeTarget(status=PAPER_OUT)
    printing = controller(target)
    with qtbot.waitSignal(printing.failed, timeout=5_000) as failed:
        printing.print_ticket(samples.ticket("en"))
    assert failed.args == [PrintFailure.UNAVAILABLE.value]
    assert target.printed == []
    assert printing.failures == 1
    assert printing.last_error == "fake printer: paper out"
    assert not printing.available()
    target.answer = READY
    with qtbot.waitSignal(printing.availability_changed, timeout=5_000) as changed:
        printing.check_available()
    assert changed.args == [True]
    assert printing.available()
    printing.close()


def test_availability_follows_the_printer(qtbot: QtBot, qloop: qasync.QEventLoop) -> None:
    target = FakeTarget(status=PAPER_OUT)
    printing = PrintController(target, recheck_ms=50)
    assert printing.available(), "assumed ready until the printer says otherwise"
    with qtbot.waitSignal(printing.availability_changed, timeout=5_000) as changed:
        printing.start()
    assert changed.args == [False]
    target.answer = READY
    with qtbot.waitSignal(printing.availability_changed, timeout=5_000) as changed:
        pass  # the periodic re-check notices
    assert changed.args == [True]
    assert printing.failures == 0, "status checks are not failed prints"
    printing.close()


def test_a_status_query_that_hangs_counts_as_unavailable(
    qtbot: QtBot, qloop: qasync.QEventLoop, hold: threading.Event
) -> None:
    printing = controller(FakeTarget(hold=hold), status_deadline=0.2)
    with qtbot.waitSignal(printing.availability_changed, timeout=5_000) as changed:
        printing.check_available()
    assert changed.args == [False]
    printing.close()


def test_one_slip_at_a_time(qtbot: QtBot, qloop: qasync.QEventLoop, hold: threading.Event) -> None:
    target = FakeTarget(hold=hold)
    printing = controller(target, deadline=5)
    assert printing.print_ticket(samples.ticket("en", "A-1"))
    assert printing.busy
    assert not printing.print_ticket(samples.ticket("en", "A-2"))
    hold.set()
    qtbot.waitUntil(lambda: not printing.busy, timeout=5_000)
    assert [t.public_id for t in target.printed] == ["A-1"]
    printing.close()


def test_without_a_printer_nothing_happens(qtbot: QtBot, qloop: qasync.QEventLoop) -> None:
    printing = PrintController(make_target(""))
    assert not printing.enabled
    assert not printing.available()
    assert not printing.print_ticket(samples.ticket("en"))
    printing.start()
    printing.check_available()
    assert printing.failures == 0
    printing.close()


def test_a_pdf_printer_end_to_end(qtbot: QtBot, qloop: qasync.QEventLoop, tmp_path: Path) -> None:
    target = make_target(f"pdf:{tmp_path}", paper_mm=58)
    assert isinstance(target, PdfTarget)
    printing = PrintController(target)
    with qtbot.waitSignal(printing.printed, timeout=10_000):
        printing.print_ticket(samples.ticket("ar", "B-7"))
    assert target.last_path is not None
    assert target.last_path.is_file()
    printing.close()


def test_the_admin_test_print(qtbot: QtBot, qloop: qasync.QEventLoop) -> None:
    target = FakeTarget()
    printing = controller(target)
    with qtbot.waitSignal(printing.printed, timeout=5_000):
        assert printing.print_test_ticket(heading="City Service Centre")
    [slip] = target.printed
    assert slip.public_id == SAMPLE_NUMBER
    assert slip.heading == "City Service Centre"
    assert slip.people_ahead is not None
    assert slip.estimated is not None
    printing.close()


def test_after_close_nothing_prints(qtbot: QtBot, qloop: qasync.QEventLoop) -> None:
    printing = controller(FakeTarget())
    printing.close()
    assert not printing.print_ticket(samples.ticket("en"))


def test_the_worker_runs_calls_in_order_and_cancels_the_rest_on_shutdown() -> None:
    worker = WorkerThread("test-worker")
    gate = threading.Event()
    order: list[int] = []

    def first_job() -> None:
        gate.wait(5)
        order.append(1)

    first = worker.submit(first_job)
    second = worker.submit(order.append, 2)
    third = worker.submit(order.append, 3)
    worker.shutdown(wait=False, cancel_futures=True)
    gate.set()
    first.result(timeout=5)
    assert second.cancelled()
    assert third.cancelled()
    assert order == [1]
    with pytest.raises(RuntimeError):
        worker.submit(order.append, 4)


def test_the_worker_thread_never_blocks_exit() -> None:
    worker = WorkerThread("test-daemon")
    assert worker.submit(threading.current_thread).result(timeout=5).daemon
    worker.shutdown()
