"""The client's appointment calls against the sandbox over loopback HTTP."""

from __future__ import annotations

import asyncio
import datetime as dt
from collections.abc import Awaitable, Callable
from typing import Any, TypeVar
from zoneinfo import ZoneInfo

import httpx
import pytest

from kiosk.api import (
    ApiConfig,
    AppointmentNotScheduled,
    BadResponse,
    NotFound,
    QminderClient,
    ServerError,
    TransportError,
    ValidationFailed,
)
from kiosk.api.appointments import CheckedIn, graphql_time
from kiosk.domain.appointments import (
    Appointment,
    find_by_phone,
    location_zone,
    lookup_number,
    today_window,
)
from kiosk.sandbox import DEMO_API_KEY, DEMO_LOCATION_ID, SandboxServer
from kiosk.sandbox.appointments import (
    PHONE_CANCELLED,
    PHONE_CHECKED_IN,
    PHONE_DUE,
    PHONE_ELSEWHERE,
    PHONE_FAMILY,
    PHONE_LATER,
    PHONE_TOMORROW,
)
from kiosk.sandbox.seed import LINE_GENERAL, LINE_PASSPORTS, LINE_PERMITS
from tests.api.helpers import Router

T = TypeVar("T")
FAST = {"connect_timeout": 0.5, "read_timeout": 0.5, "write_timeout": 0.5, "deadline": 2.0}
TODAY_KEYS = ("due", "later", "late", "family_first", "family_second")


def _run(server: SandboxServer, call: Callable[[QminderClient], Awaitable[T]]) -> T:
    config = ApiConfig(api_key=DEMO_API_KEY, base_url=server.url, **FAST)

    async def go() -> T:
        async with QminderClient(config) as client:
            return await call(client)

    return asyncio.run(go())


def _today(server: SandboxServer) -> tuple[dt.datetime, dt.datetime]:
    """Today in Tallinn, judged from the "due" case so a test crossing midnight stays right."""
    due = server.appointments["due"].slot
    assert due is not None
    return today_window(due.start, ZoneInfo(server.location.timezone))


def _search(server: SandboxServer, **kwargs: Any) -> list[Appointment]:
    start, end = _today(server)
    return _run(server, lambda c: c.appointments(DEMO_LOCATION_ID, start, end, **kwargs))


def test_today_s_scheduled_appointments_come_typed(appointment_sandbox: SandboxServer) -> None:
    seeded = appointment_sandbox.appointments
    found = _search(appointment_sandbox)
    today = {seeded[k].id for k in TODAY_KEYS if _is_today(appointment_sandbox, k)}
    assert {a.id for a in found} == today
    maria = next(a for a in found if a.id == seeded["due"].id)
    assert maria.status == "SCHEDULED"
    assert maria.line_id == LINE_GENERAL
    assert (maria.first_name, maria.last_name) == ("Maria", "Tamm")
    assert maria.phone_number == PHONE_DUE.lstrip("+")
    assert seeded["due"].slot is not None
    assert maria.start == seeded["due"].slot.start
    assert maria.end - maria.start == dt.timedelta(minutes=15)
    shown = repr(maria)
    assert "Maria" not in shown
    assert "Tamm" not in shown
    assert "55501001" not in shown


def _is_today(server: SandboxServer, key: str) -> bool:
    start, end = _today(server)
    slot = server.appointments[key].slot
    return slot is not None and start <= slot.start < end


def test_small_pages_give_the_same_list(appointment_sandbox: SandboxServer) -> None:
    whole = [a.id for a in _search(appointment_sandbox)]
    paged = [a.id for a in _search(appointment_sandbox, page_size=2)]
    assert paged == whole
    offsets = [
        r.json["variables"]["offset"] for r in appointment_sandbox.requests if r.path == "/graphql"
    ]
    assert offsets == [0, 0, 2, 4][: len(offsets)]
    assert len(offsets) == 1 + len(whole) // 2 + 1


def test_a_list_longer_than_the_pages_allowed_is_refused(
    appointment_sandbox: SandboxServer,
) -> None:
    with pytest.raises(BadResponse, match="pages"):
        _search(appointment_sandbox, page_size=1, max_pages=2)


def test_an_unknown_location_is_not_found(appointment_sandbox: SandboxServer) -> None:
    start, end = _today(appointment_sandbox)
    with pytest.raises(NotFound):
        _run(appointment_sandbox, lambda c: c.appointments("999", start, end))


def test_times_must_be_aware_and_are_sent_as_qminder_writes_them() -> None:
    moment = dt.datetime(2026, 5, 6, 16, 13, 16, 57_000, tzinfo=dt.timezone(dt.timedelta(hours=3)))
    assert graphql_time(moment) == "2026-05-06T13:13:16.057Z"
    with pytest.raises(ValueError, match="aware"):
        graphql_time(dt.datetime(2026, 5, 6, 13, 0))


def test_check_in_then_the_status_and_number_read_back(appointment_sandbox: SandboxServer) -> None:
    due = appointment_sandbox.appointments["due"].id

    async def go(client: QminderClient) -> tuple[str, CheckedIn, str, str | None]:
        before = await client.ticket_status(due)
        checked = await client.check_in_appointment(due)
        after = await client.ticket_status(due)
        ticket = await client.get_ticket(due)
        return before, checked, after, ticket.public_id

    before, checked, after, public_id = _run(appointment_sandbox, go)
    assert (before, after) == ("SCHEDULED", "NEW")
    assert checked == CheckedIn(ticket_id=due, public_id=None)  # the 200 answer has no body
    assert public_id == "A-2"
    [request] = [
        r for r in appointment_sandbox.requests if r.method == "POST" and "checkin" in r.path
    ]
    assert request.path == f"/v1/appointments/{due}/checkin"
    assert request.header("X-Qminder-API-Version") == "2020-09-01"
    assert request.header("X-Qminder-REST-API-Key") == DEMO_API_KEY
    assert request.json is None


def test_a_second_check_in_is_recognised_as_not_scheduled(
    appointment_sandbox: SandboxServer,
) -> None:
    due = appointment_sandbox.appointments["due"].id
    _run(appointment_sandbox, lambda c: c.check_in_appointment(due))
    with pytest.raises(AppointmentNotScheduled) as raised:
        _run(appointment_sandbox, lambda c: c.check_in_appointment(due))
    error = raised.value
    assert isinstance(error, ValidationFailed)
    assert error.status == 400
    assert error.message == "Ticket is not in scheduled status"
    assert "scheduled status" not in str(error)  # server text stays out of logs
    assert not error.may_have_reached_server


@pytest.mark.parametrize("case", ["cancelled", "checked_in"])
def test_cancelled_and_checked_in_ones_are_not_scheduled(
    appointment_sandbox: SandboxServer, case: str
) -> None:
    ticket = appointment_sandbox.appointments[case].id
    with pytest.raises(AppointmentNotScheduled):
        _run(appointment_sandbox, lambda c: c.check_in_appointment(ticket))


def test_unknown_tickets_are_not_found(appointment_sandbox: SandboxServer) -> None:
    with pytest.raises(NotFound):
        _run(appointment_sandbox, lambda c: c.check_in_appointment("4242"))
    with pytest.raises(NotFound):
        _run(appointment_sandbox, lambda c: c.ticket_status("4242"))
    with pytest.raises(ValueError, match="ticket_id"):
        _run(appointment_sandbox, lambda c: c.check_in_appointment("../tickets"))


def test_a_400_about_the_request_itself_stays_a_plain_validation_error() -> None:
    router = Router()
    router.add(
        "POST",
        "/v1/appointments/14848/checkin",
        httpx.Response(400, json={"message": "X-Qminder-API-Version header must be set"}),
    )
    config = ApiConfig(
        api_key="k", base_url="https://api.qminder.test", transport=httpx.MockTransport(router)
    )

    async def go() -> None:
        async with QminderClient(config) as client:
            await client.check_in_appointment("14848")

    with pytest.raises(ValidationFailed) as raised:
        asyncio.run(go())
    assert not isinstance(raised.value, AppointmentNotScheduled)


def test_a_public_id_in_the_answer_is_used() -> None:
    router = Router()
    router.add("POST", "/v1/appointments/14848/checkin", httpx.Response(200, json={"publicId": 7}))
    config = ApiConfig(
        api_key="k", base_url="https://api.qminder.test", transport=httpx.MockTransport(router)
    )

    async def go() -> CheckedIn:
        async with QminderClient(config) as client:
            return await client.check_in_appointment("14848")

    assert asyncio.run(go()) == CheckedIn(ticket_id="14848", public_id="7")


def test_failures_say_whether_the_check_in_may_have_happened(
    appointment_sandbox: SandboxServer,
) -> None:
    due = appointment_sandbox.appointments["due"].id
    appointment_sandbox.set_down(True)
    with pytest.raises(TransportError) as down:
        _run(appointment_sandbox, lambda c: c.check_in_appointment(due))
    assert not down.value.may_have_reached_server
    appointment_sandbox.set_down(False)
    appointment_sandbox.set_faults(drop_after=1, only="POST /v1/appointments/*/checkin")
    with pytest.raises(TransportError) as dropped:
        _run(appointment_sandbox, lambda c: c.check_in_appointment(due))
    assert dropped.value.may_have_reached_server
    assert _run(appointment_sandbox, lambda c: c.ticket_status(due)) == "NEW"


def test_a_500_after_the_check_in_may_have_reached_qminder(
    appointment_sandbox: SandboxServer,
) -> None:
    due = appointment_sandbox.appointments["due"].id
    appointment_sandbox.set_faults(error_500_after_create=1)
    with pytest.raises(ServerError) as failed:
        _run(appointment_sandbox, lambda c: c.check_in_appointment(due))
    assert failed.value.may_have_reached_server


def test_the_configuration_says_which_lines_take_appointments(
    appointment_sandbox: SandboxServer,
) -> None:
    location = _run(appointment_sandbox, lambda c: c.location_config(DEMO_LOCATION_ID))
    taking = {line.id for line in location.lines if line.takes_appointments}
    assert taking == {LINE_GENERAL, LINE_PASSPORTS}
    permits = location.line(LINE_PERMITS)
    assert permits is not None
    assert permits.appointment_settings is None
    assert location.visit_planner is not None
    assert location.visit_planner.remote_sign_in
    assert location.visit_planner.url == "https://visit.example.com/city-service-centre"


@pytest.mark.parametrize(
    ("phone", "expected"),
    [
        (PHONE_DUE, ["due"]),
        (PHONE_FAMILY, ["family_first", "family_second"]),
        (PHONE_LATER, ["later"]),
        (PHONE_CANCELLED, []),
        (PHONE_CHECKED_IN, []),
        (PHONE_TOMORROW, []),
        (PHONE_ELSEWHERE, []),
    ],
)
def test_a_lookup_over_the_sandbox_offers_only_the_visitor_s_own_for_today(
    appointment_sandbox: SandboxServer, phone: str, expected: list[str]
) -> None:
    """The whole lookup: today's search, then the kiosk's filter and phone match."""
    location = _run(appointment_sandbox, lambda c: c.location_config(DEMO_LOCATION_ID))
    due = appointment_sandbox.appointments["due"].slot
    assert due is not None
    now = due.start - dt.timedelta(minutes=10)  # the moment the cases were booked around
    start, end = today_window(now, location_zone(location))
    found = _run(appointment_sandbox, lambda c: c.appointments(DEMO_LOCATION_ID, start, end))
    typed = phone.removeprefix("+372")  # typed without the country code, as most would
    matches = find_by_phone(lookup_number(typed, location), found, location, now)
    seeded = appointment_sandbox.appointments
    assert [a.id for a in matches] == [seeded[key].id for key in expected]
