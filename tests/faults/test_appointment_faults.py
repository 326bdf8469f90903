"""Appointment check-ins through the outbox and the sender, against the sandbox and its faults.

Whatever fails on the way, each case ends with the appointment checked in exactly once, and
never with a walk-in ticket made for the visit.
"""

from __future__ import annotations

import asyncio
import datetime as dt
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import TypeVar

import pytest

from kiosk.api import QminderClient
from kiosk.delivery import (
    Cipher,
    Delivered,
    Expired,
    Outbox,
    Pending,
    Rejected,
    Sender,
    State,
    Withdrawn,
)
from kiosk.delivery.appointment_checkin import AppointmentCheckIn
from kiosk.sandbox import SandboxServer
from kiosk.sandbox.seed import LINE_GENERAL
from tests.delivery.helpers import make_sender
from tests.faults.campaign import FAST_SENDER, client_for

T = TypeVar("T")
ONLY = "POST /v1/appointments/*/checkin"
KEY = Cipher.generate_key()
Body = Callable[[Sender, Outbox, QminderClient], Awaitable[T]]


def _checkin(server: SandboxServer, case: str = "due") -> AppointmentCheckIn:
    return AppointmentCheckIn(
        ticket_id=server.appointments[case].id, line_id=LINE_GENERAL, visitor="Maria T."
    )


def _check_in_requests(server: SandboxServer) -> list[int | None]:
    return [r.status for r in server.requests if r.path.endswith("/checkin")]


def _walk_ins(server: SandboxServer) -> int:
    return sum(1 for r in server.requests if (r.method, r.path) == ("POST", "/tickets"))


def _status(server: SandboxServer, case: str = "due") -> str:
    ticket_id = server.appointments[case].id
    return next(t.status for t in server.tickets if t.id == ticket_id)


def _drive(
    server: SandboxServer, path: Path, body: Body[T], *, run: bool = True, **settings: object
) -> T:
    async def main() -> T:
        async with client_for(server) as client:
            outbox = Outbox.open(path, Cipher([KEY]))
            sender = make_sender(outbox, client, FAST_SENDER, **settings)
            task = asyncio.ensure_future(sender.run()) if run else None
            try:
                return await body(sender, outbox, client)
            finally:
                await sender.aclose()
                if task is not None:
                    await task
                outbox.close()

    return asyncio.run(main())


def _exactly_one_check_in_and_no_walk_in(server: SandboxServer, seeded: int) -> None:
    assert _status(server) == "NEW"
    assert len(server.tickets) == seeded
    assert _walk_ins(server) == 0


@pytest.fixture
def path(tmp_path: Path) -> Path:
    return tmp_path / "outbox.sqlite3"


def test_an_appointment_is_checked_in_through_the_outbox(
    appointment_sandbox: SandboxServer, path: Path
) -> None:
    seeded = len(appointment_sandbox.tickets)

    async def body(sender: Sender, outbox: Outbox, _: QminderClient) -> object:
        row_id = await sender.submit_appointment(_checkin(appointment_sandbox))
        outcome = await sender.wait_for(row_id, timeout=5.0)
        row = outbox.get(row_id)
        assert (row.state, row.has_personal_data) == (State.DELIVERED, False)
        return outcome

    outcome = _drive(appointment_sandbox, path, body)
    assert outcome == Delivered(
        ticket_id=appointment_sandbox.appointments["due"].id, public_id="A-2"
    )
    assert _check_in_requests(appointment_sandbox) == [200]
    _exactly_one_check_in_and_no_walk_in(appointment_sandbox, seeded)


@pytest.mark.parametrize("fault", ["drop_after", "error_500_after_create"])
def test_a_lost_answer_is_resolved_by_the_status_and_never_sent_twice(
    appointment_sandbox: SandboxServer, path: Path, fault: str
) -> None:
    seeded = len(appointment_sandbox.tickets)
    appointment_sandbox.set_faults(only=ONLY, **{fault: 1})  # type: ignore[arg-type]

    async def body(sender: Sender, _: Outbox, __: QminderClient) -> object:
        row_id = await sender.submit_appointment(_checkin(appointment_sandbox))
        return await sender.wait_for(row_id, timeout=5.0)

    outcome = _drive(appointment_sandbox, path, body)
    assert isinstance(outcome, Delivered)
    assert len(_check_in_requests(appointment_sandbox)) == 1
    _exactly_one_check_in_and_no_walk_in(appointment_sandbox, seeded)


def test_a_dropped_request_that_never_arrived_is_sent_again(
    appointment_sandbox: SandboxServer, path: Path
) -> None:
    seeded = len(appointment_sandbox.tickets)
    appointment_sandbox.set_faults(only=ONLY, drop_before=1)

    async def body(sender: Sender, _: Outbox, __: QminderClient) -> object:
        row_id = await sender.submit_appointment(_checkin(appointment_sandbox))
        return await sender.wait_for(row_id, timeout=5.0)

    assert isinstance(_drive(appointment_sandbox, path, body), Delivered)
    assert _check_in_requests(appointment_sandbox) == [None, 200]
    _exactly_one_check_in_and_no_walk_in(appointment_sandbox, seeded)


def test_503s_are_sent_again_after_a_wait(appointment_sandbox: SandboxServer, path: Path) -> None:
    seeded = len(appointment_sandbox.tickets)
    appointment_sandbox.set_faults(only=ONLY, fail_503=2)

    async def body(sender: Sender, _: Outbox, __: QminderClient) -> object:
        row_id = await sender.submit_appointment(_checkin(appointment_sandbox))
        return await sender.wait_for(row_id, timeout=5.0)

    assert isinstance(_drive(appointment_sandbox, path, body), Delivered)
    assert _check_in_requests(appointment_sandbox) == [503, 503, 200]
    _exactly_one_check_in_and_no_walk_in(appointment_sandbox, seeded)


def test_qminder_down_is_pending_then_checked_in_when_it_is_back(
    appointment_sandbox: SandboxServer, path: Path
) -> None:
    seeded = len(appointment_sandbox.tickets)
    checkin = _checkin(appointment_sandbox)
    appointment_sandbox.set_down(True)

    async def body(sender: Sender, outbox: Outbox, _: QminderClient) -> tuple[object, object]:
        row_id = await sender.submit_appointment(checkin)
        first = await sender.wait_for(row_id, timeout=0.5)
        assert outbox.get(row_id).state in {State.QUEUED, State.SENDING, State.AMBIGUOUS}
        appointment_sandbox.set_down(False)
        return first, await sender.wait_for(row_id, timeout=8.0)

    first, then = _drive(appointment_sandbox, path, body)
    assert first == Pending()
    assert isinstance(then, Delivered)
    assert _check_in_requests(appointment_sandbox).count(200) == 1
    _exactly_one_check_in_and_no_walk_in(appointment_sandbox, seeded)


@pytest.mark.parametrize("arrived", [True, False], ids=["arrived", "not-arrived"])
def test_a_row_left_sending_by_a_restart_is_resolved_before_any_resend(
    appointment_sandbox: SandboxServer, path: Path, arrived: bool
) -> None:
    seeded = len(appointment_sandbox.tickets)
    checkin = _checkin(appointment_sandbox)
    with Outbox.open(path, Cipher([KEY])) as box:  # the kiosk stopped mid-request
        row_id = box.add_appointment(checkin, box_now()).id
        box.claim(row_id, box_now())

    async def body(sender: Sender, _: Outbox, client: QminderClient) -> object:
        return await sender.wait_for(row_id, timeout=5.0)

    if arrived:

        async def check_in_first() -> None:
            async with client_for(appointment_sandbox) as client:
                await client.check_in_appointment(checkin.ticket_id)

        asyncio.run(check_in_first())
    before = len(_check_in_requests(appointment_sandbox))
    assert isinstance(_drive(appointment_sandbox, path, body), Delivered)
    sent_after_restart = _check_in_requests(appointment_sandbox)[before:]
    assert sent_after_restart == ([] if arrived else [200])
    _exactly_one_check_in_and_no_walk_in(appointment_sandbox, seeded)


def test_a_cancelled_appointment_is_rejected_and_never_becomes_a_walk_in(
    appointment_sandbox: SandboxServer, path: Path
) -> None:
    seeded = len(appointment_sandbox.tickets)

    async def body(sender: Sender, _: Outbox, __: QminderClient) -> object:
        row_id = await sender.submit_appointment(_checkin(appointment_sandbox, "cancelled"))
        return await sender.wait_for(row_id, timeout=5.0)

    assert isinstance(_drive(appointment_sandbox, path, body), Rejected)
    assert _status(appointment_sandbox, "cancelled") == "SCHEDULING_CANCELLED"
    assert len(appointment_sandbox.tickets) == seeded
    assert _walk_ins(appointment_sandbox) == 0


def test_already_checked_in_counts_as_delivered(
    appointment_sandbox: SandboxServer, path: Path
) -> None:
    async def body(sender: Sender, _: Outbox, __: QminderClient) -> object:
        row_id = await sender.submit_appointment(_checkin(appointment_sandbox, "checked_in"))
        return await sender.wait_for(row_id, timeout=5.0)

    outcome = _drive(appointment_sandbox, path, body)
    assert outcome == Delivered(
        ticket_id=appointment_sandbox.appointments["checked_in"].id, public_id="A-1"
    )
    assert _walk_ins(appointment_sandbox) == 0


def test_withdrawing_an_unsure_row_that_worked_reports_it_delivered(
    appointment_sandbox: SandboxServer, path: Path
) -> None:
    checkin = _checkin(appointment_sandbox)

    async def body(sender: Sender, outbox: Outbox, client: QminderClient) -> object:
        row_id = outbox.add_appointment(checkin, box_now()).id
        outbox.claim(row_id, box_now())
        await client.check_in_appointment(checkin.ticket_id)  # it reached Qminder
        outbox.mark_ambiguous(row_id, box_now(), box_now(), "ReadTimeout")
        return await sender.withdraw(row_id)

    assert isinstance(_drive(appointment_sandbox, path, body, run=False), Delivered)
    assert _status(appointment_sandbox) == "NEW"


def test_a_withdrawn_appointment_is_never_sent_later(
    appointment_sandbox: SandboxServer, path: Path
) -> None:
    checkin = _checkin(appointment_sandbox)
    appointment_sandbox.set_down(True)

    async def body(sender: Sender, outbox: Outbox, _: QminderClient) -> object:
        row_id = await sender.submit_appointment(checkin)
        assert await sender.wait_for(row_id, timeout=0.3) == Pending()
        outcome = await sender.withdraw(row_id)
        appointment_sandbox.set_down(False)
        await asyncio.sleep(0.6)  # the sender probes and goes on; nothing is due
        assert outbox.get(row_id).state is State.WITHDRAWN
        return outcome

    assert _drive(appointment_sandbox, path, body) == Withdrawn()
    assert _status(appointment_sandbox) == "SCHEDULED"
    assert _check_in_requests(appointment_sandbox).count(200) == 0


def test_an_appointment_qminder_never_answered_for_expires_unsent(
    appointment_sandbox: SandboxServer, path: Path
) -> None:
    checkin = _checkin(appointment_sandbox)
    appointment_sandbox.set_down(True)

    async def body(sender: Sender, outbox: Outbox, _: QminderClient) -> object:
        row_id = await sender.submit_appointment(checkin)
        outcome = await sender.wait_for(row_id, timeout=5.0)
        appointment_sandbox.set_down(False)
        assert outbox.get(row_id).state is State.EXPIRED
        assert sender.status().expired == 1
        return outcome

    outcome = _drive(appointment_sandbox, path, body, max_age=dt.timedelta(seconds=0.3))
    assert outcome == Expired()
    assert _status(appointment_sandbox) == "SCHEDULED"
    assert _walk_ins(appointment_sandbox) == 0


def box_now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)
