"""Appointments in the sandbox: seeding, `POST /v1/appointments/{id}/checkin`, GraphQL reads."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from importlib.resources import files
from typing import Any
from zoneinfo import ZoneInfo

import httpx
import pytest
from graphql import GraphQLInputObjectType, build_schema

from kiosk.sandbox import DEMO_LOCATION, DEMO_LOCATION_ID, SandboxServer
from kiosk.sandbox.appointments import (
    LINE_OTHER_LOCATION,
    OTHER_LOCATION_ID,
    PHONE_FAMILY,
    SEEDED,
    seed_appointments,
)
from kiosk.sandbox.seed import LINE_GENERAL, LINE_PASSPORTS, LINE_PERMITS
from kiosk.sandbox.store import TicketStore
from tests.sandbox.helpers import V2, create, ticket_body
from tests.sandbox.test_graphql import official_schema, query

TALLINN = ZoneInfo("Europe/Tallinn")
SEARCH = """query($loc: ID!, $start: Date!, $end: Date!, $status: [TicketStatus!]) {
  ticketSearch(locationId: $loc, status: $status, appointment: {start: $start, end: $end}) {
    id status firstName lastName phoneNumber line { id }
    appointment { startTime endTime assignee { id firstName lastName } }
  }
}"""
ALL_TIME = {"start": "2000-01-01T00:00:00.000Z", "end": "2100-01-01T00:00:00.000Z"}


def check_in(client: httpx.Client, ticket_id: str, **headers: str) -> httpx.Response:
    return client.post(f"/v1/appointments/{ticket_id}/checkin", headers={**V2, **headers})


def seeded_at(local: datetime) -> dict[str, Any]:
    return seed_appointments(TicketStore(), DEMO_LOCATION, local.astimezone(UTC))


# --- seeding ---------------------------------------------------------------------------------


def test_every_case_is_booked_relative_to_now_in_the_location_zone() -> None:
    noon = datetime(2026, 3, 10, 12, 2, tzinfo=TALLINN)
    booked = seeded_at(noon)
    assert tuple(booked) == SEEDED
    start = {key: t.slot.start.astimezone(TALLINN) for key, t in booked.items()}
    mark = datetime(2026, 3, 10, 12, 0, tzinfo=TALLINN)
    assert start["due"] == mark + timedelta(minutes=10)
    assert start["later"] == mark + timedelta(hours=3)
    assert start["late"] == mark - timedelta(minutes=90)
    assert start["tomorrow"] == mark + timedelta(days=1)
    assert start["family_first"] < start["family_second"]
    assert booked["family_first"].body["phoneNumber"] == PHONE_FAMILY
    assert booked["family_second"].body["phoneNumber"] == PHONE_FAMILY
    assert booked["family_first"].line_id != booked["family_second"].line_id
    statuses = {key: t.status for key, t in booked.items()}
    assert statuses.pop("cancelled") == "SCHEDULING_CANCELLED"
    assert statuses.pop("checked_in") == "NEW"
    assert set(statuses.values()) == {"SCHEDULED"}
    assert booked["checked_in"].public_id == "A-1"
    assert booked["due"].public_id is None
    assert booked["elsewhere"].line_id == LINE_OTHER_LOCATION
    general = booked["due"].slot
    assert general.end - general.start == timedelta(minutes=15)  # the line's duration


def test_near_midnight_today_s_cases_stay_today() -> None:
    late_evening = datetime(2026, 3, 10, 23, 40, tzinfo=TALLINN)
    booked = seeded_at(late_evening)
    for key, ticket in booked.items():
        day = ticket.slot.start.astimezone(TALLINN).date()
        expected = late_evening.date() + timedelta(days=1 if key == "tomorrow" else 0)
        assert day == expected, key
    just_after = seeded_at(datetime(2026, 3, 10, 0, 20, tzinfo=TALLINN))
    assert just_after["late"].slot.start.astimezone(TALLINN).date().day == 10


def test_reset_books_them_again_and_appointments_false_books_none() -> None:
    with SandboxServer(appointments=True) as server:
        first = server.appointments
        assert set(first) == set(SEEDED)
        assert len(server.tickets) == len(SEEDED)
        server.reset()
        again = server.appointments
        assert {t.id for t in again.values()}.isdisjoint({t.id for t in first.values()})
        assert len(server.tickets) == len(SEEDED)
    with SandboxServer(appointments=False) as server:
        assert server.tickets == []
        assert server.appointments == {}


# --- check-in --------------------------------------------------------------------------------


def test_check_in_moves_a_scheduled_appointment_into_the_queue(
    client: httpx.Client, appointment_sandbox: SandboxServer
) -> None:
    due = appointment_sandbox.appointments["due"]
    answer = check_in(client, due.id)
    assert answer.status_code == 200
    assert answer.content == b""
    after = client.get(f"/v1/tickets/{due.id}").json()
    assert after["status"] == "NEW"
    assert after["publicId"] == "A-2"  # "checked_in" holds A-1 on the same line
    assert after["firstName"] == "Maria"
    ahead = client.get("/v1/tickets/count", params={"line": LINE_GENERAL, "status": "NEW"})
    assert ahead.json()["count"] == 2


def test_a_second_check_in_answers_400_and_changes_nothing(
    client: httpx.Client, appointment_sandbox: SandboxServer
) -> None:
    due = appointment_sandbox.appointments["due"]
    assert check_in(client, due.id).status_code == 200
    again = check_in(client, due.id)
    assert again.status_code == 400
    assert again.json() == {"statusCode": 400, "message": "Ticket is not in scheduled status"}
    assert client.get(f"/v1/tickets/{due.id}").json()["publicId"] == "A-2"
    assert len(appointment_sandbox.tickets) == len(SEEDED)


@pytest.mark.parametrize("case", ["cancelled", "checked_in"])
def test_tickets_that_are_not_scheduled_answer_400(
    client: httpx.Client, appointment_sandbox: SandboxServer, case: str
) -> None:
    ticket = appointment_sandbox.appointments[case]
    answer = check_in(client, ticket.id)
    assert answer.status_code == 400
    assert answer.json()["message"] == "Ticket is not in scheduled status"
    assert appointment_sandbox.tickets[SEEDED.index(case)].status == ticket.status


def test_a_walk_in_ticket_is_not_scheduled(client: httpx.Client, sandbox: SandboxServer) -> None:
    walk_in = create(client, ticket_body()).json()["id"]
    assert check_in(client, walk_in).status_code == 400


def test_an_unknown_ticket_answers_404(client: httpx.Client, sandbox: SandboxServer) -> None:
    answer = check_in(client, "4242")
    assert answer.status_code == 404
    assert answer.json()["statusCode"] == 404


def test_the_version_header_and_the_key_are_required(
    client: httpx.Client, anonymous: httpx.Client, appointment_sandbox: SandboxServer
) -> None:
    due = appointment_sandbox.appointments["due"].id
    bare = client.post(f"/v1/appointments/{due}/checkin")
    assert bare.status_code == 400
    assert "X-Qminder-API-Version" in bare.json()["message"]
    wrong = check_in(client, due, **{"X-Qminder-API-Version": "2019-01-01"})
    assert wrong.status_code == 400
    assert anonymous.post(f"/v1/appointments/{due}/checkin", headers=V2).status_code == 401
    assert client.get(f"/v1/tickets/{due}").json()["status"] == "SCHEDULED"


def test_the_other_location_s_appointment_can_be_checked_in_by_id(
    client: httpx.Client, appointment_sandbox: SandboxServer
) -> None:
    """The API key is the account's: its other location's appointments are reachable by id."""
    elsewhere = appointment_sandbox.appointments["elsewhere"].id
    assert check_in(client, elsewhere).status_code == 200


# --- faults on the check-in ------------------------------------------------------------------


ONLY_CHECK_IN = "POST /v1/appointments/*/checkin"


def test_503_before_the_check_in_leaves_it_scheduled(
    client: httpx.Client, appointment_sandbox: SandboxServer
) -> None:
    due = appointment_sandbox.appointments["due"].id
    appointment_sandbox.set_faults(fail_503=1, only=ONLY_CHECK_IN)
    assert client.get(f"/v1/tickets/{due}").status_code == 200  # not matched by `only`
    assert check_in(client, due).status_code == 503
    assert client.get(f"/v1/tickets/{due}").json()["status"] == "SCHEDULED"
    assert check_in(client, due).status_code == 200


def test_500_after_the_check_in_has_checked_it_in(
    client: httpx.Client, appointment_sandbox: SandboxServer
) -> None:
    due = appointment_sandbox.appointments["due"].id
    appointment_sandbox.set_faults(error_500_after_create=1)
    assert check_in(client, "4242").status_code == 404  # only a check-in that worked plays it
    assert check_in(client, due).status_code == 500
    assert client.get(f"/v1/tickets/{due}").json()["status"] == "NEW"
    assert appointment_sandbox.faults.error_500_after_create == 0


def test_a_dropped_answer_after_the_check_in_has_checked_it_in(
    client: httpx.Client, appointment_sandbox: SandboxServer
) -> None:
    due = appointment_sandbox.appointments["due"].id
    appointment_sandbox.set_faults(drop_after=1, only=ONLY_CHECK_IN)
    with pytest.raises(httpx.RemoteProtocolError):
        check_in(client, due)
    assert client.get(f"/v1/tickets/{due}").json()["status"] == "NEW"


def test_down_means_no_connection(client: httpx.Client, appointment_sandbox: SandboxServer) -> None:
    appointment_sandbox.set_down(True)
    with pytest.raises(httpx.ConnectError):
        check_in(client, appointment_sandbox.appointments["due"].id)


# --- GraphQL ---------------------------------------------------------------------------------


def test_ticket_search_finds_scheduled_appointments_of_the_location_in_the_window(
    client: httpx.Client, appointment_sandbox: SandboxServer
) -> None:
    seeded = appointment_sandbox.appointments
    day_start = seeded["due"].slot.start.astimezone(TALLINN).replace(hour=0, minute=0)
    window = {
        "start": day_start.astimezone(UTC).isoformat().replace("+00:00", "Z"),
        "end": (day_start + timedelta(days=1)).astimezone(UTC).isoformat().replace("+00:00", "Z"),
    }
    found = query(client, SEARCH, loc=DEMO_LOCATION_ID, status=["SCHEDULED"], **window)
    assert "errors" not in found
    ids = {t["id"] for t in found["data"]["ticketSearch"]}
    today = {"due", "later", "late", "family_first", "family_second"}
    assert ids == {seeded[key].id for key in today if _same_day(seeded, key)}
    maria = next(t for t in found["data"]["ticketSearch"] if t["id"] == seeded["due"].id)
    assert maria["phoneNumber"] == 37255501001
    assert maria["line"] == {"id": LINE_GENERAL}
    assert maria["appointment"]["assignee"] == {
        "id": "7301",
        "firstName": "Kadri",
        "lastName": "Kuusk",
    }
    assert maria["appointment"]["startTime"].endswith("Z")


def _same_day(seeded: dict[str, Any], key: str) -> bool:
    return bool(
        seeded[key].slot.start.astimezone(TALLINN).date()
        == seeded["due"].slot.start.astimezone(TALLINN).date()
    )


def test_ticket_search_without_a_status_includes_every_status(
    client: httpx.Client, appointment_sandbox: SandboxServer
) -> None:
    found = query(client, SEARCH, loc=DEMO_LOCATION_ID, status=None, **ALL_TIME)
    statuses = {t["status"] for t in found["data"]["ticketSearch"]}
    assert statuses == {"SCHEDULED", "SCHEDULING_CANCELLED", "NEW"}
    elsewhere = query(client, SEARCH, loc=OTHER_LOCATION_ID, status=None, **ALL_TIME)
    [other] = elsewhere["data"]["ticketSearch"]
    assert other["id"] == appointment_sandbox.appointments["elsewhere"].id


def test_ticket_search_pages_orders_and_filters_lines(
    client: httpx.Client, appointment_sandbox: SandboxServer
) -> None:
    text = """query($o: Int, $l: Int, $lines: [ID!]) { ticketSearch(locationId: "41205",
        line: $lines, limit: $l, offset: $o, order: {field: ID, direction: DESCENDING}) { id } }"""
    every = [t["id"] for t in query(client, text)["data"]["ticketSearch"]]
    assert every == sorted(every, key=int, reverse=True)
    assert len(every) == len(SEEDED) - 1  # not the other location's
    page = query(client, text, o=2, l=3)["data"]["ticketSearch"]
    assert [t["id"] for t in page] == every[2:5]
    passports = query(client, text, lines=[LINE_PASSPORTS])["data"]["ticketSearch"]
    assert {t["id"] for t in passports} == {
        appointment_sandbox.appointments[k].id for k in ("later", "family_second")
    }
    assert query(client, text, lines=[LINE_PERMITS])["data"]["ticketSearch"] == []


@pytest.mark.parametrize(
    ("variables", "wanted"),
    [
        ({"start": "tomorrow", "end": "2100-01-01T00:00:00Z"}, "Date"),
        ({"start": "2026-01-01T00:00:00", "end": "2100-01-01T00:00:00Z"}, "Date"),
        ({"start": "2026-01-02T00:00:00Z", "end": "2026-01-01T00:00:00Z"}, "before"),
    ],
)
def test_bad_appointment_windows_are_errors(
    client: httpx.Client, appointment_sandbox: SandboxServer, variables: dict[str, str], wanted: str
) -> None:
    answer = query(client, SEARCH, loc=DEMO_LOCATION_ID, status=["SCHEDULED"], **variables)
    assert answer.get("data") in (None, {"ticketSearch": None})
    assert wanted in answer["errors"][0]["message"]


def test_ticket_search_of_an_unknown_location_is_not_found(
    client: httpx.Client, sandbox: SandboxServer
) -> None:
    answer = query(client, SEARCH, loc="999", status=None, **ALL_TIME)
    assert answer["errors"][0]["errorType"] == "NOT_FOUND"


def test_ticket_by_id_shows_the_status(
    client: httpx.Client, appointment_sandbox: SandboxServer
) -> None:
    text = "query($id: ID!) { ticket(id: $id) { id status appointment { startTime } } }"
    due = appointment_sandbox.appointments["due"].id
    assert query(client, text, id=due)["data"]["ticket"]["status"] == "SCHEDULED"
    check_in(client, due)
    assert query(client, text, id=due)["data"]["ticket"]["status"] == "NEW"
    missing = query(client, text, id="4242")
    assert missing["data"] == {"ticket": None}
    assert missing["errors"][0]["errorType"] == "NOT_FOUND"


def test_lines_say_whether_they_take_appointments_and_the_location_its_visitor_website(
    client: httpx.Client, appointment_sandbox: SandboxServer
) -> None:
    text = """query($id: ID!) { location(id: $id) {
        visitPlanner { url name remoteSignIn }
        lines { id hasScheduledTickets appointmentSettings { enabled durationMinutes } } } }"""
    location = query(client, text, id=DEMO_LOCATION_ID)["data"]["location"]
    assert location["visitPlanner"] == {
        "url": "https://visit.example.com/city-service-centre",
        "name": "City Service Centre",
        "remoteSignIn": True,
    }
    lines = {line["id"]: line for line in location["lines"]}
    assert lines[LINE_GENERAL]["appointmentSettings"] == {"enabled": True, "durationMinutes": 15}
    assert lines[LINE_PASSPORTS]["appointmentSettings"] == {"enabled": True, "durationMinutes": 20}
    assert lines[LINE_PERMITS]["appointmentSettings"] is None
    assert lines[LINE_GENERAL]["hasScheduledTickets"] is True
    assert lines[LINE_PERMITS]["hasScheduledTickets"] is False


def test_input_types_are_a_faithful_subset_of_qminders() -> None:
    ours = build_schema(files("kiosk.sandbox").joinpath("schema.graphql").read_text("utf-8"))
    theirs = official_schema()
    inputs = [t for t in ours.type_map.values() if isinstance(t, GraphQLInputObjectType)]
    assert {t.name for t in inputs} >= {"AppointmentFilter", "Order"}
    for ours_type in inputs:
        their_type = theirs.get_type(ours_type.name)
        assert isinstance(their_type, GraphQLInputObjectType), ours_type.name
        assert {n: str(f.type) for n, f in ours_type.fields.items()} == {
            n: str(f.type) for n, f in their_type.fields.items()
        }


def test_the_control_api_lists_appointments_with_their_slot(
    anonymous: httpx.Client, appointment_sandbox: SandboxServer
) -> None:
    listed = anonymous.get("/_sandbox/tickets").json()
    due = next(t for t in listed if t["id"] == appointment_sandbox.appointments["due"].id)
    assert due["status"] == "SCHEDULED"
    assert due["publicId"] is None
    assert due["appointment"]["start"].endswith("Z")


def test_the_command_line_can_book_none() -> None:
    from kiosk.sandbox.__main__ import build_parser

    assert build_parser().parse_args(["--no-appointments"]).no_appointments
    assert not build_parser().parse_args([]).no_appointments
