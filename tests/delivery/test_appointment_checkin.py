"""An appointment check-in's attempts and their resolution, against the sandbox and its faults."""

from __future__ import annotations

import asyncio
import json
import random
from collections.abc import Awaitable, Callable
from typing import TypeVar

import pytest

from kiosk.api import ApiConfig, QminderClient
from kiosk.delivery.appointment_checkin import (
    ROW_KIND,
    AppointmentCheckIn,
    CheckedIn,
    Failed,
    NotCheckedIn,
    Refused,
    attempt,
    resolve,
    settle,
    status_step,
)
from kiosk.delivery.backoff import Backoff
from kiosk.delivery.classify import FailureClass
from kiosk.sandbox import DEMO_API_KEY, SandboxServer
from kiosk.sandbox.seed import LINE_GENERAL

T = TypeVar("T")
FAST = {"connect_timeout": 0.5, "read_timeout": 0.5, "write_timeout": 0.5, "deadline": 2.0}
ONLY = "POST /v1/appointments/*/checkin"


def _run(
    server: SandboxServer, call: Callable[[QminderClient], Awaitable[T]], key: str = DEMO_API_KEY
) -> T:
    config = ApiConfig(api_key=key, base_url=server.url, **FAST)

    async def go() -> T:
        async with QminderClient(config) as client:
            return await call(client)

    return asyncio.run(go())


def _check_ins(server: SandboxServer) -> int:
    return sum(1 for r in server.requests if r.path.endswith("/checkin"))


def _walk_ins(server: SandboxServer) -> int:
    return sum(1 for r in server.requests if r.path == "/tickets")


def _status(server: SandboxServer, case: str) -> str:
    ticket_id = server.appointments[case].id
    return next(t.status for t in server.tickets if t.id == ticket_id)


# --- one attempt -----------------------------------------------------------------------------


def test_an_attempt_checks_in_and_reads_the_number_back(
    appointment_sandbox: SandboxServer,
) -> None:
    due = appointment_sandbox.appointments["due"].id
    step = _run(appointment_sandbox, lambda c: attempt(c, due))
    assert step == CheckedIn(ticket_id=due, public_id="A-2")
    assert _status(appointment_sandbox, "due") == "NEW"


def test_already_checked_in_counts_as_success(appointment_sandbox: SandboxServer) -> None:
    checked = appointment_sandbox.appointments["checked_in"].id
    step = _run(appointment_sandbox, lambda c: attempt(c, checked))
    assert step == CheckedIn(ticket_id=checked, public_id="A-1")


def test_a_second_attempt_after_a_lost_answer_is_still_one_check_in(
    appointment_sandbox: SandboxServer,
) -> None:
    due = appointment_sandbox.appointments["due"].id
    appointment_sandbox.set_faults(drop_after=1, only=ONLY)
    first = _run(appointment_sandbox, lambda c: attempt(c, due))
    assert isinstance(first, Failed)
    second = _run(appointment_sandbox, lambda c: attempt(c, due))  # sent again regardless
    assert second == CheckedIn(ticket_id=due, public_id="A-2")
    numbers = [t.public_id for t in appointment_sandbox.tickets if t.line_id == LINE_GENERAL]
    assert sorted(n for n in numbers if n) == ["A-1", "A-2"]


@pytest.mark.parametrize("case", ["cancelled"])
def test_a_cancelled_appointment_is_refused(appointment_sandbox: SandboxServer, case: str) -> None:
    ticket = appointment_sandbox.appointments[case].id
    step = _run(appointment_sandbox, lambda c: attempt(c, ticket))
    assert step == Refused("appointment SCHEDULING_CANCELLED")
    assert _walk_ins(appointment_sandbox) == 0


def test_an_unknown_appointment_is_refused(appointment_sandbox: SandboxServer) -> None:
    step = _run(appointment_sandbox, lambda c: attempt(c, "4242"))
    assert step == Refused("NotFound (HTTP 404)")


@pytest.mark.parametrize(
    ("faults", "kind"),
    [
        ({"fail_503": 1}, FailureClass.RETRYABLE),
        ({"rate_limit": 1, "retry_after": 3}, FailureClass.RETRYABLE),
        ({"drop_before": 1}, FailureClass.AMBIGUOUS),  # the request was on the wire
        ({"drop_after": 1}, FailureClass.AMBIGUOUS),
        ({"error_500_after_create": 1}, FailureClass.AMBIGUOUS),
    ],
)
def test_failures_are_classified(
    appointment_sandbox: SandboxServer, faults: dict[str, int], kind: FailureClass
) -> None:
    due = appointment_sandbox.appointments["due"].id
    appointment_sandbox.set_faults(only=ONLY, **faults)  # type: ignore[arg-type]
    step = _run(appointment_sandbox, lambda c: attempt(c, due))
    assert isinstance(step, Failed)
    assert step.failure.kind is kind
    if "retry_after" in faults:
        assert step.failure.retry_after == 3


def test_qminder_down_is_retryable_and_a_refused_key_is_auth(
    appointment_sandbox: SandboxServer,
) -> None:
    due = appointment_sandbox.appointments["due"].id
    wrong = _run(appointment_sandbox, lambda c: attempt(c, due), key="not-the-key")
    assert isinstance(wrong, Failed)
    assert wrong.failure.kind is FailureClass.AUTH
    appointment_sandbox.set_down(True)
    down = _run(appointment_sandbox, lambda c: attempt(c, due))
    assert isinstance(down, Failed)
    assert down.failure.kind is FailureClass.RETRYABLE
    assert not down.failure.finished


# --- resolving an unsure attempt -------------------------------------------------------------


@pytest.mark.parametrize("fault", ["drop_after", "error_500_after_create"])
def test_an_unsure_attempt_that_worked_is_found_checked_in(
    appointment_sandbox: SandboxServer, fault: str
) -> None:
    due = appointment_sandbox.appointments["due"].id
    appointment_sandbox.set_faults(only=ONLY, **{fault: 1})  # type: ignore[arg-type]
    assert isinstance(_run(appointment_sandbox, lambda c: attempt(c, due)), Failed)
    step = _run(appointment_sandbox, lambda c: resolve(c, due))
    assert step == CheckedIn(ticket_id=due, public_id="A-2")
    assert _check_ins(appointment_sandbox) == 1


def test_an_unsure_attempt_that_did_not_reach_qminder_is_sent_again(
    appointment_sandbox: SandboxServer,
) -> None:
    due = appointment_sandbox.appointments["due"].id
    appointment_sandbox.set_faults(drop_before=1, only=ONLY)
    assert isinstance(_run(appointment_sandbox, lambda c: attempt(c, due)), Failed)
    assert _run(appointment_sandbox, lambda c: resolve(c, due)) == NotCheckedIn()


def test_a_failed_lookup_is_a_failure_not_a_verdict(appointment_sandbox: SandboxServer) -> None:
    due = appointment_sandbox.appointments["due"].id
    appointment_sandbox.set_faults(fail_503=1, only="POST /graphql")
    step = _run(appointment_sandbox, lambda c: resolve(c, due))
    assert isinstance(step, Failed)
    assert step.failure.kind is FailureClass.RETRYABLE


@pytest.mark.parametrize(
    ("status", "step"),
    [
        ("NEW", CheckedIn("7", None)),
        ("CALLED", CheckedIn("7", None)),
        ("SCHEDULED", NotCheckedIn()),
        ("SCHEDULING_CANCELLED", Refused("appointment SCHEDULING_CANCELLED")),
        ("SCHEDULING_CANCELLED_BY_VISITOR", Refused("appointment SCHEDULING_CANCELLED_BY_VISITOR")),
        ("SCHEDULING_NOSHOW", Refused("appointment SCHEDULING_NOSHOW")),
        ("SERVED", Refused("appointment SERVED")),
        ("SOMETHING_NEW", Refused("appointment SOMETHING_NEW")),
    ],
)
def test_what_each_status_means(status: str, step: object) -> None:
    assert status_step("7", status) == step


# --- the whole sequence ----------------------------------------------------------------------


class Sleeps:
    def __init__(self) -> None:
        self.waits: list[float] = []

    async def __call__(self, seconds: float) -> None:
        self.waits.append(seconds)


QUICK = Backoff(base=0.01, cap=0.05)


def test_settle_resolves_a_lost_answer_without_sending_twice(
    appointment_sandbox: SandboxServer,
) -> None:
    due = appointment_sandbox.appointments["due"].id
    appointment_sandbox.set_faults(drop_after=1, only=ONLY)
    sleeps = Sleeps()
    step = _run(
        appointment_sandbox,
        lambda c: settle(c, due, sleep=sleeps, backoff=QUICK, rng=random.Random(1)),
    )
    assert step == CheckedIn(ticket_id=due, public_id="A-2")
    assert _check_ins(appointment_sandbox) == 1
    assert _walk_ins(appointment_sandbox) == 0
    assert len(sleeps.waits) == 1


def test_settle_sends_again_when_the_lookup_shows_it_did_not_arrive(
    appointment_sandbox: SandboxServer,
) -> None:
    due = appointment_sandbox.appointments["due"].id
    appointment_sandbox.set_faults(drop_before=1, fail_503=1, only=ONLY)
    step = _run(
        appointment_sandbox,
        lambda c: settle(c, due, sleep=Sleeps(), backoff=QUICK, rng=random.Random(1)),
    )
    assert step == CheckedIn(ticket_id=due, public_id="A-2")
    statuses = [r.status for r in appointment_sandbox.requests if r.path.endswith("/checkin")]
    assert statuses == [None, 503, 200]  # dropped, refused, then checked in once


def test_settle_gives_up_after_its_steps_and_leaves_the_appointment_alone(
    appointment_sandbox: SandboxServer,
) -> None:
    due = appointment_sandbox.appointments["due"].id
    appointment_sandbox.set_down(True)
    sleeps = Sleeps()
    step = _run(
        appointment_sandbox,
        lambda c: settle(c, due, sleep=sleeps, backoff=QUICK, rng=random.Random(1), max_steps=3),
    )
    assert isinstance(step, Failed)
    assert step.failure.kind is FailureClass.RETRYABLE
    assert len(sleeps.waits) == 3
    appointment_sandbox.set_down(False)
    assert _status(appointment_sandbox, "due") == "SCHEDULED"


def test_settle_stops_at_once_for_a_refused_key(appointment_sandbox: SandboxServer) -> None:
    due = appointment_sandbox.appointments["due"].id
    sleeps = Sleeps()
    step = _run(
        appointment_sandbox,
        lambda c: settle(c, due, sleep=sleeps, backoff=QUICK),
        key="not-the-key",
    )
    assert isinstance(step, Failed)
    assert step.failure.kind is FailureClass.AUTH
    assert sleeps.waits == []


# --- the row's payload -----------------------------------------------------------------------


def test_the_payload_round_trips_and_holds_no_personal_data() -> None:
    check_in = AppointmentCheckIn(ticket_id="5100001", line_id=LINE_GENERAL)
    payload = check_in.to_payload()
    assert AppointmentCheckIn.from_payload(payload) == check_in
    assert set(json.loads(payload)) == {"kind", "ticket_id", "line_id"}
    assert ROW_KIND.encode() in payload


@pytest.mark.parametrize(
    "payload",
    [
        b'{"lineId": "1", "firstName": "Jane"}',  # a walk-in's request
        b'{"kind": "appointment", "ticket_id": "../x", "line_id": "1"}',
        b"not json",
        b"\xff\xfe",
    ],
)
def test_other_payloads_are_refused(payload: bytes) -> None:
    with pytest.raises(ValueError, match="not an appointment check-in"):
        AppointmentCheckIn.from_payload(payload)
