"""The appointment controller against the sandbox's seeded appointments, over loopback HTTP."""

from __future__ import annotations

import asyncio
import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
import qasync
from pytestqt.qtbot import QtBot

from kiosk.api.client import QminderClient
from kiosk.controllers.appointments import (
    AppointmentCheckedIn,
    AppointmentController,
    AppointmentFailure,
)
from kiosk.delivery import Backoff, Cipher, DeliveryPolicy, LookupPolicy, Outbox, Sender
from kiosk.domain.appointment_display import AppointmentDisplay
from kiosk.domain.checkin_window import TooEarly, TooLate, WindowRule
from kiosk.domain.lookup_limiter import LookupLimiter
from kiosk.sandbox import DEMO_LOCATION_ID, SandboxServer
from kiosk.sandbox.appointments import (
    PHONE_CANCELLED,
    PHONE_CHECKED_IN,
    PHONE_DUE,
    PHONE_ELSEWHERE,
    PHONE_FAMILY,
    PHONE_LATE,
    PHONE_LATER,
    PHONE_TOMORROW,
)
from tests.fixtures.qt import run

QUICK_BACKOFF = Backoff(base=0.2, cap=1.0, slow_interval=0.5)

UNKNOWN = "+37255509999"


@pytest.fixture
def sender(
    live_client: QminderClient, tmp_path: Path, qloop: qasync.QEventLoop, qtbot: QtBot
) -> Iterator[Sender]:
    """The durable outbox and its sender, as the kiosk runs them (with quick retries)."""
    outbox = Outbox.open(tmp_path / "outbox.sqlite3", Cipher([Cipher.generate_key()]))
    policy = DeliveryPolicy(backoff=QUICK_BACKOFF, lookup=LookupPolicy(delay=0.2, interval=0.2))
    made = Sender(outbox, live_client, policy)
    sending = asyncio.ensure_future(made.run(), loop=qloop)
    yield made
    made.stop()
    sending.cancel()
    run(qloop, made.aclose(), qtbot)
    outbox.close()


@pytest.fixture
def controller(
    appointment_sandbox: SandboxServer,
    live_client: QminderClient,
    sender: Sender,
    qloop: qasync.QEventLoop,
    qtbot: QtBot,
) -> AppointmentController:
    location = run(qloop, live_client.location_config(DEMO_LOCATION_ID), qtbot)
    made = AppointmentController(live_client, sender, DEMO_LOCATION_ID, wait_seconds=3.0)
    made.set_location(location)
    return made


def look_up(controller: AppointmentController, qtbot: QtBot, phone: str) -> None:
    assert controller.look_up(phone, "en")
    qtbot.waitUntil(lambda: not controller.busy, timeout=10_000)


def found(controller: AppointmentController, qtbot: QtBot, phone: str) -> tuple[object, ...]:
    with qtbot.waitSignal(controller.found, timeout=10_000) as signal:
        assert controller.look_up(phone, "en")
    return tuple(signal.args[0])


def status(sandbox: SandboxServer, case: str) -> str:
    ticket_id = sandbox.appointments[case].id
    return next(t.status for t in sandbox.tickets if t.id == ticket_id)


def test_one_appointment_is_found_by_the_local_number_and_checked_in(
    controller: AppointmentController, appointment_sandbox: SandboxServer, qtbot: QtBot
) -> None:
    local = PHONE_DUE.removeprefix("+372")  # typed the local way: Estonia is the default region
    [shown] = found(controller, qtbot, local)
    assert isinstance(shown, AppointmentDisplay)
    assert shown.name == "Maria T."
    assert "Tamm" not in shown.text
    assert PHONE_DUE not in shown.text
    with qtbot.waitSignal(controller.checked_in, timeout=10_000) as signal:
        assert controller.check_in(shown.ticket_id)
    result = signal.args[0]
    assert isinstance(result, AppointmentCheckedIn)
    assert result.first_name == "Maria"
    assert result.public_id is not None
    assert status(appointment_sandbox, "due") == "NEW"
    assert not any(r.path == "/tickets" for r in appointment_sandbox.requests)  # no walk-in


def test_two_appointments_with_the_same_number_are_both_offered(
    controller: AppointmentController, qtbot: QtBot
) -> None:
    shown = found(controller, qtbot, PHONE_FAMILY)
    assert len(shown) == 2
    assert [d.name for d in shown] == ["Sofia R.", "Sofia R."]  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    "phone", [UNKNOWN, PHONE_CANCELLED, PHONE_CHECKED_IN, PHONE_TOMORROW, PHONE_ELSEWHERE]
)
def test_cancelled_checked_in_other_days_and_other_locations_are_never_offered(
    controller: AppointmentController, qtbot: QtBot, phone: str
) -> None:
    with qtbot.waitSignal(controller.not_found, timeout=10_000):
        assert controller.look_up(phone, "en")
    assert controller.displays == ()


@pytest.mark.parametrize(("phone", "case"), [(PHONE_LATER, "later"), (PHONE_LATE, "late")])
def test_outside_the_window_the_visitor_is_told_and_nothing_is_sent(
    controller: AppointmentController,
    appointment_sandbox: SandboxServer,
    qtbot: QtBot,
    phone: str,
    case: str,
) -> None:
    [shown] = found(controller, qtbot, phone)
    signal = controller.too_early if case == "later" else controller.too_late
    with qtbot.waitSignal(signal, timeout=2_000) as verdict:
        assert not controller.check_in(shown.ticket_id)  # type: ignore[attr-defined]
    assert isinstance(verdict.args[0], TooEarly if case == "later" else TooLate)
    assert status(appointment_sandbox, case) == "SCHEDULED"
    assert not any(r.path.endswith("/checkin") for r in appointment_sandbox.requests)


def test_allow_early_checks_in_before_the_window(
    appointment_sandbox: SandboxServer,
    live_client: QminderClient,
    sender: Sender,
    qloop: qasync.QEventLoop,
    qtbot: QtBot,
) -> None:
    location = run(qloop, live_client.location_config(DEMO_LOCATION_ID), qtbot)
    controller = AppointmentController(
        live_client, sender, DEMO_LOCATION_ID, rule=WindowRule(allow_early=True), wait_seconds=3.0
    )
    controller.set_location(location)
    [shown] = found(controller, qtbot, PHONE_LATER)
    with qtbot.waitSignal(controller.checked_in, timeout=10_000):
        assert controller.check_in(shown.ticket_id)  # type: ignore[attr-defined]
    assert status(appointment_sandbox, "later") == "NEW"


def test_checked_in_at_the_desk_meanwhile_counts_as_checked_in(
    controller: AppointmentController, appointment_sandbox: SandboxServer, qtbot: QtBot
) -> None:
    [shown] = found(controller, qtbot, PHONE_DUE)
    appointment_sandbox.set_ticket_status(appointment_sandbox.appointments["due"].id, "NEW")
    with qtbot.waitSignal(controller.checked_in, timeout=10_000):
        assert controller.check_in(shown.ticket_id)  # type: ignore[attr-defined]


def test_cancelled_after_the_lookup_sends_the_visitor_to_the_desk(
    controller: AppointmentController, appointment_sandbox: SandboxServer, qtbot: QtBot
) -> None:
    [shown] = found(controller, qtbot, PHONE_DUE)
    appointment_sandbox.set_ticket_status(
        appointment_sandbox.appointments["due"].id, "SCHEDULING_CANCELLED"
    )
    with qtbot.waitSignal(controller.failed, timeout=10_000) as signal:
        assert controller.check_in(shown.ticket_id)  # type: ignore[attr-defined]
    assert signal.args[0] == AppointmentFailure.REFUSED


def test_a_lost_answer_is_resolved_to_one_check_in(
    controller: AppointmentController, appointment_sandbox: SandboxServer, qtbot: QtBot
) -> None:
    [shown] = found(controller, qtbot, PHONE_DUE)
    appointment_sandbox.set_faults(drop_after=1, only="POST /v1/appointments/*/checkin")
    with qtbot.waitSignal(controller.checked_in, timeout=10_000):
        assert controller.check_in(shown.ticket_id)  # type: ignore[attr-defined]
    check_ins = [r for r in appointment_sandbox.requests if r.path.endswith("/checkin")]
    assert len(check_ins) == 1
    assert status(appointment_sandbox, "due") == "NEW"


def test_qminder_down_during_the_check_in_saves_it_and_sends_it_once_when_back(
    controller: AppointmentController, appointment_sandbox: SandboxServer, qtbot: QtBot
) -> None:
    [shown] = found(controller, qtbot, PHONE_DUE)
    appointment_sandbox.set_down(True)
    with qtbot.waitSignal(controller.queued, timeout=10_000):
        assert controller.check_in(shown.ticket_id)  # type: ignore[attr-defined]
    assert status(appointment_sandbox, "due") == "SCHEDULED"
    appointment_sandbox.set_down(False)
    qtbot.waitUntil(lambda: status(appointment_sandbox, "due") == "NEW", timeout=15_000)
    check_ins = [r for r in appointment_sandbox.requests if r.path.endswith("/checkin")]
    assert len(check_ins) == 1
    assert not any(r.path == "/tickets" for r in appointment_sandbox.requests)


def test_qminder_down_with_offline_refuse_sends_the_visitor_to_the_desk_and_nothing_later(
    live_client: QminderClient,
    sender: Sender,
    appointment_sandbox: SandboxServer,
    qloop: qasync.QEventLoop,
    qtbot: QtBot,
) -> None:
    location = run(qloop, live_client.location_config(DEMO_LOCATION_ID), qtbot)
    controller = AppointmentController(
        live_client, sender, DEMO_LOCATION_ID, wait_seconds=2.0, offline="refuse"
    )
    controller.set_location(location)
    [shown] = found(controller, qtbot, PHONE_DUE)
    appointment_sandbox.set_down(True)
    with qtbot.waitSignal(controller.failed, timeout=15_000) as signal:
        assert controller.check_in(shown.ticket_id)  # type: ignore[attr-defined]
    assert signal.args[0] == AppointmentFailure.UNREACHABLE
    appointment_sandbox.set_down(False)
    qtbot.wait(1_500)  # the sender's next rounds: a withdrawn check-in is never sent
    assert status(appointment_sandbox, "due") == "SCHEDULED"


def test_qminder_down_during_the_lookup_sends_the_visitor_to_the_desk(
    controller: AppointmentController, appointment_sandbox: SandboxServer, qtbot: QtBot
) -> None:
    appointment_sandbox.set_down(True)
    with qtbot.waitSignal(controller.failed, timeout=10_000) as signal:
        assert controller.look_up(PHONE_DUE, "en")
    assert signal.args[0] == AppointmentFailure.LOOKUP_FAILED


def test_a_number_that_is_not_a_phone_number_is_refused_before_any_search(
    controller: AppointmentController, appointment_sandbox: SandboxServer, qtbot: QtBot
) -> None:
    before = len(appointment_sandbox.requests)
    with qtbot.waitSignal(controller.invalid, timeout=1_000) as signal:
        assert not controller.look_up("12", "en")
    [error] = signal.args[0]
    assert error.field_id == "appointmentPhone"
    assert len(appointment_sandbox.requests) == before


def test_too_many_misses_pause_every_lookup_even_for_a_real_number(
    appointment_sandbox: SandboxServer,
    live_client: QminderClient,
    sender: Sender,
    qloop: qasync.QEventLoop,
    qtbot: QtBot,
) -> None:
    location = run(qloop, live_client.location_config(DEMO_LOCATION_ID), qtbot)
    now = [0.0]
    controller = AppointmentController(
        live_client,
        sender,
        DEMO_LOCATION_ID,
        limiter=LookupLimiter(max_misses=3, clock=lambda: now[0]),
    )
    controller.set_location(location)
    for _ in range(3):
        look_up(controller, qtbot, UNKNOWN)
    searches = sum(1 for r in appointment_sandbox.requests if r.path == "/graphql")
    with qtbot.waitSignal(controller.paused, timeout=1_000):
        assert not controller.look_up(PHONE_DUE, "en")
    assert sum(1 for r in appointment_sandbox.requests if r.path == "/graphql") == searches
    now[0] += 60
    found(controller, qtbot, PHONE_DUE)


def test_forget_wipes_what_was_found(controller: AppointmentController, qtbot: QtBot) -> None:
    [shown] = found(controller, qtbot, PHONE_DUE)
    controller.forget()
    assert controller.displays == ()
    assert not controller.check_in(shown.ticket_id)  # type: ignore[attr-defined]


def test_the_day_is_the_locations_day(
    appointment_sandbox: SandboxServer,
    live_client: QminderClient,
    sender: Sender,
    qloop: qasync.QEventLoop,
    qtbot: QtBot,
) -> None:
    location = run(qloop, live_client.location_config(DEMO_LOCATION_ID), qtbot)
    tomorrow = dt.datetime.now(dt.UTC) + dt.timedelta(days=1)
    controller = AppointmentController(
        live_client, sender, DEMO_LOCATION_ID, clock=lambda: tomorrow
    )
    controller.set_location(location)
    [shown] = found(controller, qtbot, PHONE_TOMORROW)  # "today" is tomorrow for this clock
    assert shown.name == "Anna L."  # type: ignore[attr-defined]
