"""Appointment calls of `QminderClient`: today's appointments, a ticket's status, check-in.

* `appointments`: GraphQL ``ticketSearch(locationId, status: [SCHEDULED], appointment:
  {start, end})``, page by page (``limit``/``offset``), as typed `Appointment` values.
  Qminder's search has no phone filter; the kiosk filters (`kiosk.domain.appointments`).
* `ticket_status`: GraphQL ``ticket(id) { status }``; SCHEDULED is a GraphQL status.
* `check_in_appointment`: ``POST /v1/appointments/{ticketId}/checkin`` with the API version
  header and no body. 200 (or 204) means checked in; the documented 400 ("Ticket is not in
  scheduled status") raises `AppointmentNotScheduled`, 404 `NotFound`. The documents give the
  200 answer no body: a ``publicId`` in it is used when present, else read the ticket back.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from pydantic import BaseModel, ConfigDict, ValidationError

from kiosk.api.errors import AppointmentNotScheduled, BadResponse, NotFound, ValidationFailed
from kiosk.api.graphql import check_id, graphql_body
from kiosk.api.queries import TICKET_STATUS, TODAYS_APPOINTMENTS
from kiosk.api.responses import decode_json
from kiosk.api.transport import Transport
from kiosk.domain.appointments import Appointment

__all__ = ["AppointmentCalls", "CheckedIn"]

PAGE_SIZE = 200
MAX_PAGES = 25
"""5,000 appointments a day at most; beyond that the answer is refused as incomplete."""


class CheckedIn(BaseModel):
    """Qminder checked the appointment in; `public_id` when its answer carried one."""

    model_config = ConfigDict(frozen=True)

    ticket_id: str
    public_id: str | None = None


def graphql_time(moment: dt.datetime) -> str:
    """A `Date` as Qminder writes it: ``2026-05-06T13:13:16.057Z``."""
    if moment.tzinfo is None or moment.utcoffset() is None:
        raise ValueError("times sent to Qminder must be timezone-aware")
    utc = moment.astimezone(dt.UTC)
    return utc.strftime("%Y-%m-%dT%H:%M:%S.") + f"{utc.microsecond // 1000:03d}Z"


class AppointmentCalls(Transport):
    """The appointment calls, over the transport; `QminderClient` adds the rest."""

    async def appointments(
        self,
        location_id: str,
        start: dt.datetime,
        end: dt.datetime,
        *,
        page_size: int = PAGE_SIZE,
        max_pages: int = MAX_PAGES,
    ) -> list[Appointment]:
        """The location's SCHEDULED appointments starting between `start` and `end`.

        Times must be timezone-aware. Raises `BadResponse` when `max_pages` pages do not
        reach the end (a partial list could hide the visitor's appointment).
        """
        check_id(location_id, "location_id")
        if not 1 <= page_size <= 10_000 or max_pages < 1:
            raise ValueError("page_size must be 1-10000 and max_pages at least 1")
        variables: dict[str, Any] = {
            "locationId": location_id,
            "start": graphql_time(start),
            "end": graphql_time(end),
            "limit": page_size,
        }
        found: list[Appointment] = []
        for page in range(max_pages):
            variables["offset"] = page * page_size
            data, status = await self._graphql(TODAYS_APPOINTMENTS, variables)
            items = data.get("ticketSearch")
            if not isinstance(items, list):
                raise BadResponse(f"POST /graphql: answer {status} has no ticketSearch list")
            for item in items:
                found.append(_appointment(item, status))
            if len(items) < page_size:
                return found
        raise BadResponse(f"POST /graphql: more than {max_pages} pages of appointments")

    async def ticket_status(self, ticket_id: str) -> str:
        """The ticket's status (``SCHEDULED``, ``NEW``, ``CALLED``...); `NotFound` if none."""
        check_id(ticket_id, "ticket_id")
        data, status = await self._graphql(TICKET_STATUS, {"ticketId": ticket_id})
        ticket = data.get("ticket")
        if ticket is None:
            raise NotFound(status, message="ticket not found")
        value = ticket.get("status") if isinstance(ticket, dict) else None
        if not isinstance(value, str) or not value:
            raise BadResponse(f"POST /graphql: answer {status} has no ticket status")
        return value

    async def check_in_appointment(self, ticket_id: str) -> CheckedIn:
        """Check a SCHEDULED appointment in: ``POST /v1/appointments/{ticketId}/checkin``.

        Raises `AppointmentNotScheduled` for the documented 400, `NotFound` for 404, and the
        client's other errors as for any call (a timeout may have reached Qminder).
        """
        path = f"/v1/appointments/{check_id(ticket_id, 'ticket_id')}/checkin"
        response = await self._send("POST", path, creates=True)
        try:
            self._raise_for_status(response)
        except ValidationFailed as exc:
            if exc.status == 400 and _means_not_scheduled(exc.message):
                raise AppointmentNotScheduled(
                    exc.status, message=exc.message, code=exc.code, field_errors=exc.field_errors
                ) from None
            raise
        return CheckedIn(ticket_id=ticket_id, public_id=_public_id(response.content))

    async def _graphql(self, query: str, variables: dict[str, Any]) -> tuple[dict[str, Any], int]:
        """``data`` of a GraphQL answer; `errors` raise even on HTTP 200."""
        payload = {"query": query, "variables": variables}
        response = await self._send("POST", "/graphql", json=payload)
        status = response.status_code
        body = graphql_body(status, response.content)
        self._raise_for_status(response)
        data = body.get("data") if isinstance(body, dict) else None
        if not isinstance(data, dict):
            raise BadResponse(f"POST /graphql: answer {status} has no data")
        return data, status


def _appointment(item: object, status: int) -> Appointment:
    if isinstance(item, dict):
        try:
            return Appointment.model_validate(item)
        except ValidationError as exc:
            paths = sorted({".".join(str(p) for p in e["loc"]) for e in exc.errors()})
            where = ", ".join(paths[:5])
            raise BadResponse(
                f"POST /graphql: answer {status} has an unexpected appointment at {where}"
            ) from None
    raise BadResponse(f"POST /graphql: answer {status} has an appointment that is not an object")


def _means_not_scheduled(message: str | None) -> bool:
    """The documented 400 of a check-in; not a 400 about the request itself (its header)."""
    return message is None or "x-qminder-api-version" not in message.lower()


def _public_id(content: bytes) -> str | None:
    if not content.strip():
        return None
    try:
        data = decode_json(content, status=200, may_have_reached_server=True)
    except BadResponse:
        return None
    value = data.get("publicId") if isinstance(data, dict) else None
    if isinstance(value, int) and not isinstance(value, bool):
        return str(value)
    return value if isinstance(value, str) and value else None
