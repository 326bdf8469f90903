"""After the number: people ahead, and the printed slip (or an honest word when it fails)."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
import qasync
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from kiosk.api.client import QminderClient
from kiosk.controllers.printing import PrintController
from kiosk.domain.ticket import FieldAnswer, TicketRequest
from kiosk.printing.spec import make_target
from kiosk.printing.targets import PrinterState, PrinterStatus
from kiosk.printing.ticket import TicketPrint
from kiosk.sandbox import SandboxServer
from kiosk.sandbox.seed import (
    FIELD_CONTACT,
    FIELD_FIRST_NAME,
    FIELD_PHONE,
    LINE_GENERAL,
    OPTION_SMS,
)
from kiosk.shell.wiring import Kiosk
from kiosk.ui.bidi import strip_isolates
from tests.e2e.driver import choose, running_kiosk, tap, type_into, visible_texts
from tests.fixtures.qt import run

pytestmark = pytest.mark.e2e

LEFT = Qt.MouseButton.LeftButton


def check_in(kiosk: Kiosk, qtbot: QtBot) -> None:
    window = kiosk.window
    tap(window.welcome, "English", qtbot)
    tap(window.service, dict(kiosk.visit.lines())[LINE_GENERAL], qtbot)
    type_into(window.details.field_widget(FIELD_FIRST_NAME), "Ada", qtbot)  # type: ignore[arg-type]
    type_into(window.details.field_widget(FIELD_PHONE), "+372 5123 4567", qtbot)  # type: ignore[arg-type]
    qtbot.mouseClick(window.details.primary_button, LEFT)
    assert kiosk.visit.form is not None
    spec = kiosk.visit.form.field(FIELD_CONTACT)
    assert spec is not None
    sms = next(o.label for o in spec.options if o.id == OPTION_SMS)
    choose(window.questions.field_widget(FIELD_CONTACT), [sms], qtbot)  # type: ignore[arg-type]
    qtbot.mouseClick(window.questions.primary_button, LEFT)
    qtbot.waitUntil(lambda: window.current_screen() is window.ticket, timeout=10_000)


class BrokenPrinter:
    """A printer whose driver throws, as a jammed or unplugged one does."""

    name = "broken"

    def status(self) -> PrinterStatus:
        return PrinterStatus(PrinterState.READY)

    def print_ticket(self, ticket: TicketPrint) -> None:
        raise OSError("printer on fire")


@pytest.fixture
def earlier_visitors(
    live_client: QminderClient, sandbox: SandboxServer, qtbot: QtBot, qloop: qasync.QEventLoop
) -> int:
    for name in ("Grace", "Linus"):
        request = TicketRequest(
            line_id=LINE_GENERAL,
            first_name=name,
            phone_number="+37251234567",
            fields=(FieldAnswer(input_field_id=FIELD_CONTACT, option_ids=(OPTION_SMS,)),),
        )
        run(qloop, live_client.create_ticket(request), qtbot)
    return 2


def test_the_ticket_screen_says_how_many_are_ahead(
    live_client: QminderClient,
    earlier_visitors: int,
    tmp_path: Path,
    qtbot: QtBot,
    qloop: qasync.QEventLoop,
) -> None:
    with running_kiosk(live_client, tmp_path, qtbot, qloop) as kiosk:
        check_in(kiosk, qtbot)
        ticket = kiosk.window.ticket
        qtbot.waitUntil(lambda: ticket.wait_label.isVisibleTo(ticket), timeout=5_000)
        assert "2 people ahead of you." in strip_isolates(ticket.wait_label.text())


@pytest.fixture
def pdf_printer(tmp_path: Path) -> tuple[PrintController, Path]:
    folder = tmp_path / "slips"
    folder.mkdir()
    return PrintController(make_target(f"pdf:{folder}")), folder


def test_the_slip_prints_with_the_number(
    live_client: QminderClient,
    sandbox: SandboxServer,
    pdf_printer: tuple[PrintController, Path],
    tmp_path: Path,
    qtbot: QtBot,
    qloop: qasync.QEventLoop,
) -> None:
    printer, folder = pdf_printer
    with running_kiosk(live_client, tmp_path, qtbot, qloop, printer=printer) as kiosk:
        check_in(kiosk, qtbot)
        qtbot.waitUntil(lambda: printer.printed_count == 1, timeout=10_000)
        [ticket] = sandbox.tickets
        assert "Please take your ticket." in visible_texts(kiosk.window.ticket)
    [slip] = folder.glob("*.pdf")
    text = subprocess.run(
        ["pdftotext", str(slip), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert ticket.public_id in text
    assert "General enquiries" in text
    assert "Ada" not in text, "a slip never carries the visitor's name"


def test_a_broken_printer_never_costs_the_visitor_their_number(
    live_client: QminderClient,
    sandbox: SandboxServer,
    tmp_path: Path,
    qtbot: QtBot,
    qloop: qasync.QEventLoop,
) -> None:
    printer = PrintController(BrokenPrinter())
    with running_kiosk(live_client, tmp_path, qtbot, qloop, printer=printer) as kiosk:
        check_in(kiosk, qtbot)
        qtbot.waitUntil(lambda: printer.failures == 1, timeout=10_000)
        [ticket] = sandbox.tickets
        texts = visible_texts(kiosk.window.ticket)
        assert ticket.public_id in texts
        assert "The printer is not working. Please note your number." in texts


def test_the_service_screen_can_show_how_many_are_waiting(
    live_client: QminderClient,
    earlier_visitors: int,
    tmp_path: Path,
    qtbot: QtBot,
    qloop: qasync.QEventLoop,
) -> None:
    with running_kiosk(live_client, tmp_path, qtbot, qloop, show_waiting_count=True) as kiosk:
        tap(kiosk.window.welcome, "English", qtbot)
        button = kiosk.window.service.buttons[LINE_GENERAL]
        qtbot.waitUntil(lambda: "2 waiting" in strip_isolates(button.text()), timeout=5_000)
        assert button.accessibleName() == button.text()
