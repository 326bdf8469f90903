"""Visitors with an appointment, through the real app against the sandbox's seeded appointments.

Each test taps through the kiosk as a visitor would; texts are read through the running
translation (`AppointmentTexts`), so the Spanish runs tap the Spanish buttons.
"""

from __future__ import annotations

import datetime as dt
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
import qasync
from PySide6.QtWidgets import QAbstractButton, QLabel, QLineEdit, QWidget
from pytestqt.qtbot import QtBot

from kiosk.api.client import QminderClient
from kiosk.controllers.idle import IdleController
from kiosk.controllers.printing import PrintController
from kiosk.printing.spec import make_target
from kiosk.sandbox import SandboxServer
from kiosk.sandbox.appointments import (
    PHONE_CANCELLED,
    PHONE_CHECKED_IN,
    PHONE_DUE,
    PHONE_FAMILY,
    PHONE_LATE,
    PHONE_LATER,
)
from kiosk.sandbox.seed import FIELD_PHONE, LINE_GENERAL
from kiosk.shell.wiring import Kiosk
from kiosk.ui.appointment_texts import AppointmentTexts
from kiosk.ui.bidi import strip_isolates
from kiosk.ui.language import UiLanguage
from kiosk.ui.screens.appointment import ResultKind
from kiosk.ui.screens.message import MessageKind
from tests.e2e.driver import buttons, running_kiosk, tap, type_into, visible_texts

pytestmark = pytest.mark.e2e

LANGUAGES = [("en", "English"), ("es", "Español")]
UNKNOWN = "5550 9999"


@pytest.fixture
def kiosk(
    appointment_sandbox: SandboxServer,
    live_client: QminderClient,
    tmp_path: Path,
    qtbot: QtBot,
    qloop: qasync.QEventLoop,
) -> Iterator[Kiosk]:
    with running_kiosk(
        live_client, tmp_path, qtbot, qloop, ui_language=UiLanguage(), wait_seconds=3.0
    ) as running:
        yield running


def find(kiosk: Kiosk, qtbot: QtBot, language: str, phone: str) -> AppointmentTexts:
    """From Welcome to the result of a lookup for `phone`, in `language`."""
    window = kiosk.window
    tap(window.welcome, dict(LANGUAGES)[language], qtbot)
    texts = AppointmentTexts()
    if language != "en":  # the screens speak the visitor's language
        assert texts.offer() != "I have an appointment"
    assert window.current_screen() is window.service
    tap(window.service, texts.offer(), qtbot)
    assert window.current_screen() is window.appointment_phone
    type_into(window.appointment_phone.phone, phone, qtbot)
    tap(window.appointment_phone, texts.find(), qtbot)
    qtbot.waitUntil(lambda: window.current_screen() is not window.appointment_phone, timeout=10_000)
    return texts


def shown_text(kiosk: Kiosk) -> str:
    return strip_isolates(kiosk.window.appointment_result.text())


def status(sandbox: SandboxServer, case: str) -> str:
    ticket_id = sandbox.appointments[case].id
    return next(t.status for t in sandbox.tickets if t.id == ticket_id)


def walk_ins(sandbox: SandboxServer) -> int:
    return sum(1 for r in sandbox.requests if r.path == "/tickets")


@pytest.mark.parametrize("language", ["en", "es"])
def test_one_appointment_is_confirmed_and_checked_in_with_its_number(
    kiosk: Kiosk, appointment_sandbox: SandboxServer, qtbot: QtBot, language: str
) -> None:
    window = kiosk.window
    texts = find(kiosk, qtbot, language, PHONE_DUE.removeprefix("+372"))
    assert window.current_screen() is window.appointment_result
    general = dict(kiosk.visit.lines())[LINE_GENERAL]
    start = kiosk.appointments.displays[0].time
    assert f"Maria T., {start}, {general}" in shown_text(kiosk)
    assert "Tamm" not in shown_text(kiosk)
    tap(window.appointment_result, texts.check_in(), qtbot)
    qtbot.waitUntil(lambda: window.current_screen() is window.ticket, timeout=10_000)
    checked = next(t for t in appointment_sandbox.tickets if t.status == "NEW")
    assert checked.id == appointment_sandbox.appointments["due"].id
    assert checked.public_id
    assert checked.public_id in visible_texts(window.ticket)
    assert general in visible_texts(window.ticket)
    assert walk_ins(appointment_sandbox) == 0
    tap(window.ticket, window.ticket.done_button.text(), qtbot)
    assert window.current_screen() is window.welcome
    assert kiosk.appointments.displays == ()


def test_without_a_number_the_visitor_is_welcomed_by_name(
    kiosk: Kiosk, appointment_sandbox: SandboxServer, qtbot: QtBot
) -> None:
    window = kiosk.window
    texts = find(kiosk, qtbot, "en", PHONE_DUE)
    appointment_sandbox.set_faults(only="GET /v1/tickets/*", fail_503=10)  # no number read back
    tap(window.appointment_result, texts.check_in(), qtbot)
    qtbot.waitUntil(lambda: window.current_screen() is window.ticket, timeout=10_000)
    shown = [strip_isolates(t) for t in visible_texts(window.ticket)]
    assert "You're checked in, Maria. Please take a seat." in shown


@pytest.mark.parametrize("language", ["en", "es"])
def test_two_appointments_today_the_visitor_picks_one(
    kiosk: Kiosk, appointment_sandbox: SandboxServer, qtbot: QtBot, language: str
) -> None:
    window = kiosk.window
    find(kiosk, qtbot, language, PHONE_FAMILY)
    result = window.appointment_result
    assert result.kind() is ResultKind.FOUND
    assert len(result.choices) == 2
    assert all("Sofia R." in strip_isolates(b.text()) for b in result.choices)
    later = kiosk.appointments.displays[1]
    tap(result, result.choices[1].text(), qtbot)
    qtbot.waitUntil(lambda: window.current_screen() is window.ticket, timeout=10_000)
    assert later.ticket_id == appointment_sandbox.appointments["family_second"].id
    assert status(appointment_sandbox, "family_second") == "NEW"
    assert status(appointment_sandbox, "family_first") == "SCHEDULED"


@pytest.mark.parametrize("language", ["en", "es"])
def test_none_found_then_walk_in_with_the_number_filled_in(
    kiosk: Kiosk, appointment_sandbox: SandboxServer, qtbot: QtBot, language: str
) -> None:
    window = kiosk.window
    texts = find(kiosk, qtbot, language, UNKNOWN)
    assert window.appointment_result.kind() is ResultKind.NOT_FOUND
    assert texts.not_found() in visible_texts(window.appointment_result)
    tap(window.appointment_result, texts.walk_in(), qtbot)
    assert window.current_screen() is window.service
    tap(window.service, dict(kiosk.visit.lines())[LINE_GENERAL], qtbot)
    assert window.current_screen() is window.details
    phone = window.details.field_widget(FIELD_PHONE)
    assert phone is not None
    assert phone.value() == UNKNOWN
    assert walk_ins(appointment_sandbox) == 0


def test_try_again_asks_for_the_number_again(
    kiosk: Kiosk, appointment_sandbox: SandboxServer, qtbot: QtBot
) -> None:
    window = kiosk.window
    texts = find(kiosk, qtbot, "en", UNKNOWN)
    tap(window.appointment_result, texts.try_again(), qtbot)
    assert window.current_screen() is window.appointment_phone
    assert window.appointment_phone.number() == ""
    type_into(window.appointment_phone.phone, PHONE_DUE, qtbot)
    tap(window.appointment_phone, texts.find(), qtbot)
    qtbot.waitUntil(lambda: window.appointment_result.kind() is ResultKind.FOUND, timeout=10_000)


@pytest.mark.parametrize("phone", [PHONE_CANCELLED, PHONE_CHECKED_IN])
def test_cancelled_and_already_checked_in_appointments_are_not_offered(
    kiosk: Kiosk, appointment_sandbox: SandboxServer, qtbot: QtBot, phone: str
) -> None:
    window = kiosk.window
    find(kiosk, qtbot, "en", phone)
    assert window.appointment_result.kind() is ResultKind.NOT_FOUND
    assert not [b for b in buttons(window.appointment_result) if "Peeter" in b.text()]
    assert not any(r.path.endswith("/checkin") for r in appointment_sandbox.requests)


@pytest.mark.parametrize("language", ["en", "es"])
def test_too_early_says_when_check_in_opens(
    kiosk: Kiosk, appointment_sandbox: SandboxServer, qtbot: QtBot, language: str
) -> None:
    window = kiosk.window
    texts = find(kiosk, qtbot, language, PHONE_LATER)
    shown = kiosk.appointments.displays[0]
    tap(window.appointment_result, texts.check_in(), qtbot)
    assert window.appointment_result.kind() is ResultKind.TOO_EARLY
    text = shown_text(kiosk)
    assert shown.time in text
    opening = (shown.starts_at - dt.timedelta(minutes=60)).strftime("%H:%M")
    assert opening in text
    assert status(appointment_sandbox, "later") == "SCHEDULED"


def test_too_late_sends_the_visitor_to_the_front_desk(
    kiosk: Kiosk, appointment_sandbox: SandboxServer, qtbot: QtBot
) -> None:
    window = kiosk.window
    texts = find(kiosk, qtbot, "en", PHONE_LATE)
    shown = kiosk.appointments.displays[0]
    tap(window.appointment_result, texts.check_in(), qtbot)
    assert window.appointment_result.kind() is ResultKind.TOO_LATE
    assert shown_text(kiosk).startswith(
        f"Your appointment was at {shown.time}. Please see the front desk."
    )
    assert status(appointment_sandbox, "late") == "SCHEDULED"


def test_qminder_down_saves_the_check_in_tells_the_visitor_and_sends_it_once_later(
    kiosk: Kiosk, appointment_sandbox: SandboxServer, qtbot: QtBot
) -> None:
    window = kiosk.window
    texts = find(kiosk, qtbot, "en", PHONE_DUE)
    appointment_sandbox.set_down(True)
    tap(window.appointment_result, texts.check_in(), qtbot)
    qtbot.waitUntil(lambda: window.current_screen() is window.message, timeout=15_000)
    assert window.message.kind() is MessageKind.QUEUED  # saved, sent when Qminder answers
    tap(window.message, window.message.start_over_button.text(), qtbot)
    assert window.current_screen() is not window.appointment_result
    assert kiosk.appointments.displays == ()
    appointment_sandbox.set_down(False)
    qtbot.waitUntil(lambda: status(appointment_sandbox, "due") == "NEW", timeout=15_000)
    assert sum(1 for r in appointment_sandbox.requests if r.path.endswith("/checkin")) == 1
    assert walk_ins(appointment_sandbox) == 0


def test_a_lost_answer_on_check_in_is_looked_up_and_checks_in_once(
    kiosk: Kiosk, appointment_sandbox: SandboxServer, qtbot: QtBot
) -> None:
    window = kiosk.window
    texts = find(kiosk, qtbot, "en", PHONE_DUE)
    appointment_sandbox.set_faults(drop_after=1, only="POST /v1/appointments/*/checkin")
    tap(window.appointment_result, texts.check_in(), qtbot)
    qtbot.waitUntil(lambda: window.current_screen() is window.ticket, timeout=10_000)
    assert sum(1 for r in appointment_sandbox.requests if r.path.endswith("/checkin")) == 1
    assert status(appointment_sandbox, "due") == "NEW"
    assert walk_ins(appointment_sandbox) == 0


def test_a_wrong_number_is_explained_under_the_field(
    kiosk: Kiosk, appointment_sandbox: SandboxServer, qtbot: QtBot
) -> None:
    window = kiosk.window
    tap(window.welcome, "English", qtbot)
    texts = AppointmentTexts()
    tap(window.service, texts.offer(), qtbot)
    type_into(window.appointment_phone.phone, "12", qtbot)
    tap(window.appointment_phone, texts.find(), qtbot)
    assert window.current_screen() is window.appointment_phone
    error = window.appointment_phone.phone.error_text()
    assert error
    assert error in visible_texts(window.appointment_phone)


def test_appointments_off_hides_the_offer(
    appointment_sandbox: SandboxServer,
    live_client: QminderClient,
    tmp_path: Path,
    qtbot: QtBot,
    qloop: qasync.QEventLoop,
) -> None:
    with running_kiosk(live_client, tmp_path, qtbot, qloop, appointments="off") as kiosk:
        tap(kiosk.window.welcome, "English", qtbot)
        labels = [b.text() for b in buttons(kiosk.window.service)]
        assert AppointmentTexts().offer() not in labels
        assert kiosk.window.current_screen() is kiosk.window.service


def test_the_offer_is_on_the_service_screen_where_lines_take_appointments(
    kiosk: Kiosk, qtbot: QtBot
) -> None:
    tap(kiosk.window.welcome, "English", qtbot)
    assert AppointmentTexts().offer() in [b.text() for b in buttons(kiosk.window.service)]


def test_walking_away_from_a_found_appointment_forgets_it(
    appointment_sandbox: SandboxServer,
    live_client: QminderClient,
    tmp_path: Path,
    qtbot: QtBot,
    qloop: qasync.QEventLoop,
) -> None:
    idle = IdleController(0.5, 20, tick_ms=15)
    with running_kiosk(live_client, tmp_path, qtbot, qloop, idle=idle) as kiosk:
        window = kiosk.window
        find(kiosk, qtbot, "en", PHONE_DUE)
        assert "Maria T." in shown_text(kiosk)
        qtbot.waitUntil(lambda: window.current_screen() is window.welcome, timeout=10_000)
        traces = [*every_text(window.appointment_result), *every_text(window.appointment_phone)]
        assert not [t for t in traces if "Maria" in t or "55501001" in t.replace(" ", "")]
        assert kiosk.appointments.displays == ()
        assert status(appointment_sandbox, "due") == "SCHEDULED"


def every_text(root: QWidget) -> list[str]:
    texts: list[str] = []
    for widget in [root, *root.findChildren(QWidget)]:
        texts += [widget.accessibleName(), widget.accessibleDescription()]
        if isinstance(widget, QLineEdit | QLabel | QAbstractButton):
            texts.append(widget.text())
    return texts


def test_a_checked_in_appointment_gets_the_wait_and_the_slip_of_a_walk_in(
    appointment_sandbox: SandboxServer,
    live_client: QminderClient,
    tmp_path: Path,
    qtbot: QtBot,
    qloop: qasync.QEventLoop,
) -> None:
    folder = tmp_path / "slips"
    folder.mkdir()
    printer = PrintController(make_target(f"pdf:{folder}"))
    with running_kiosk(live_client, tmp_path, qtbot, qloop, printer=printer) as kiosk:
        window = kiosk.window
        texts = find(kiosk, qtbot, "en", PHONE_DUE)
        tap(window.appointment_result, texts.check_in(), qtbot)
        qtbot.waitUntil(lambda: window.current_screen() is window.ticket, timeout=10_000)
        ticket = window.ticket
        qtbot.waitUntil(lambda: ticket.wait_label.isVisibleTo(ticket), timeout=5_000)
        assert "Estimated time" in strip_isolates(ticket.wait_label.text())
        qtbot.waitUntil(lambda: printer.printed_count == 1, timeout=10_000)
    due = next(
        t
        for t in appointment_sandbox.tickets
        if t.status == "NEW" and t.public_id and t.id == appointment_sandbox.appointments["due"].id
    )
    [slip] = folder.glob("*.pdf")
    text = subprocess.run(
        ["pdftotext", str(slip), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert due.public_id in text
    assert "Maria" not in text, "a slip never carries the visitor's name"


def test_after_five_misses_lookups_pause_and_the_visitor_is_told(
    kiosk: Kiosk, appointment_sandbox: SandboxServer, qtbot: QtBot
) -> None:
    window = kiosk.window
    texts = find(kiosk, qtbot, "en", UNKNOWN)
    for _ in range(4):
        tap(window.appointment_result, texts.try_again(), qtbot)
        type_into(window.appointment_phone.phone, UNKNOWN, qtbot)
        tap(window.appointment_phone, texts.find(), qtbot)
        qtbot.waitUntil(
            lambda: window.current_screen() is window.appointment_result, timeout=10_000
        )
    tap(window.appointment_result, texts.try_again(), qtbot)
    searches = sum(1 for r in appointment_sandbox.requests if r.path == "/graphql")
    type_into(window.appointment_phone.phone, PHONE_DUE, qtbot)  # a real one is paused too
    tap(window.appointment_phone, texts.find(), qtbot)
    assert window.current_screen() is window.appointment_phone
    assert texts.paused() in visible_texts(window.appointment_phone)
    assert sum(1 for r in appointment_sandbox.requests if r.path == "/graphql") == searches
