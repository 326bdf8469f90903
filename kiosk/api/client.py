"""`QminderClient`: the few Qminder calls a check-in kiosk makes, over one httpx client.

Each call is one HTTP request, never retried here: retrying is the delivery layer's decision,
made from the error class and ``may_have_reached_server``. Every request carries the API key
header; only ``POST /tickets`` carries the API version header.

Errors are raised without a ``__cause__``/``__context__``: httpx errors hold the request, whose
headers hold the API key, and pydantic errors hold the input, which may hold personal data.
Their class name is kept in the message instead.
"""

from __future__ import annotations

import datetime as dt
import logging
import re
from collections.abc import Iterable
from typing import TypeVar

from pydantic import BaseModel, ValidationError

from kiosk.api.appointments import AppointmentCalls
from kiosk.api.errors import (
    BadResponse,
    Conflict,
    NotFound,
    ValidationFailed,
)
from kiosk.api.graphql import check_id as _check_id
from kiosk.api.graphql import graphql_body
from kiosk.api.queries import KIOSK_CONFIG
from kiosk.api.responses import decode_json
from kiosk.api.transport import API_KEY_HEADER, API_VERSION, API_VERSION_HEADER
from kiosk.domain.models import Location, parse_location
from kiosk.domain.ticket import Ticket, TicketCreated, TicketRequest

__all__ = ["API_KEY_HEADER", "API_VERSION", "API_VERSION_HEADER", "QminderClient"]

SEARCH_LIMIT_MAX = 20_000

_log = logging.getLogger(__name__)
_STATUS = re.compile(r"^[A-Z_]{1,40}$")
_ORDER = re.compile(r"^(id|created|called|served) (ASC|DESC)$")

M = TypeVar("M", bound=BaseModel)


def _shape_error(
    call: str, status: int, exc: ValidationError | None, *, may_have_reached_server: bool = False
) -> BadResponse:
    where = ""
    if exc is not None:
        paths = sorted({".".join(str(p) for p in e["loc"]) or "(root)" for e in exc.errors()})
        where = f" at {', '.join(paths[:5])}"
    return BadResponse(
        f"{call}: answer {status} has an unexpected shape{where}",
        status=status,
        may_have_reached_server=may_have_reached_server,
    )


def _parse(model: type[M], data: object, call: str, status: int) -> M:
    failure: ValidationError | None = None
    if isinstance(data, dict):
        try:
            return model.model_validate(data)
        except ValidationError as exc:
            failure = exc
    raise _shape_error(call, status, failure)


class QminderClient(AppointmentCalls):
    """Async client for Qminder's REST and GraphQL API; use as ``async with``.

    The connection itself (the pooled httpx client, the deadline, the size limit) is
    `kiosk.api.transport.Transport`'s.
    """

    # -- calls ---------------------------------------------------------------------------------

    async def location_config(self, location_id: str) -> Location:
        """The location's kiosk configuration: ``POST /graphql`` with the ``KioskConfig`` query.

        GraphQL ``errors`` raise even on HTTP 200: NOT_FOUND (or a null location) as
        `NotFound`, permission errors as `AuthError`, anything else as `GraphQLError`.
        """
        _check_id(location_id, "location_id")
        payload = {"query": KIOSK_CONFIG, "variables": {"locationId": location_id}}
        response = await self._send("POST", "/graphql", json=payload)
        status = response.status_code
        call = "POST /graphql"
        body = graphql_body(status, response.content)
        self._raise_for_status(response)
        data = body.get("data") if isinstance(body, dict) else None
        if not isinstance(data, dict) or "location" not in data:
            raise _shape_error(call, status, None)
        location = data["location"]
        if location is None:
            raise NotFound(status, message="location not found")
        failure: ValidationError | None = None
        if isinstance(location, dict):
            try:
                return parse_location(location)
            except ValidationError as exc:
                failure = exc
        raise _shape_error(call, status, failure)

    async def create_ticket(self, request: TicketRequest) -> TicketCreated:
        """Create a ticket: ``POST /tickets`` (API version 2020-09-01).

        The body is `TicketRequest.to_body()`: a `TicketRequest` is valid by construction (or
        was checked when read back from the outbox), so it is not checked again here. A 2xx
        answer without a usable ``id`` raises `BadResponse` with ``may_have_reached_server=True``:
        the ticket probably exists.
        """
        response = await self._send("POST", "/tickets", json=request.to_body(), creates=True)
        self._raise_for_status(response)
        status = response.status_code
        data = decode_json(response.content, status=status, may_have_reached_server=True)
        ticket_id = data.get("id") if isinstance(data, dict) else None
        if isinstance(ticket_id, bool) or not isinstance(ticket_id, str | int) or ticket_id == "":
            raise _shape_error("POST /tickets", status, None, may_have_reached_server=True)
        public_id = data.get("publicId")
        if isinstance(public_id, int) and not isinstance(public_id, bool):
            public_id = str(public_id)
        return TicketCreated(
            id=str(ticket_id), public_id=public_id if isinstance(public_id, str) else None
        )

    async def get_ticket(self, ticket_id: str) -> Ticket:
        """One ticket: ``GET /v1/tickets/{id}``."""
        path = f"/v1/tickets/{_check_id(ticket_id, 'ticket_id')}"
        response = await self._send("GET", path)
        self._raise_for_status(response)
        data = decode_json(
            response.content, status=response.status_code, may_have_reached_server=False
        )
        return _parse(Ticket, data, "GET /v1/tickets/{id}", response.status_code)

    async def search_tickets(
        self,
        line_id: str,
        status: Iterable[str] = ("NEW",),
        min_created: dt.datetime | None = None,
        limit: int = 100,
        order: str | None = None,
    ) -> list[Ticket]:
        """Tickets of a line: ``GET /v1/tickets/search?line=&status=&minCreated=&limit=``.

        ``status`` values are joined with commas; ``min_created`` must be timezone-aware and
        is sent as ISO 8601 UTC, rounded down to the second; ``order`` is e.g. ``"created ASC"``.
        """
        statuses = list(status)
        if not statuses or not all(_STATUS.match(s) for s in statuses):
            raise ValueError("status must be one or more upper-case status names")
        if not 1 <= limit <= SEARCH_LIMIT_MAX:
            raise ValueError(f"limit must be between 1 and {SEARCH_LIMIT_MAX}")
        params: dict[str, str | int] = {
            "line": _check_id(line_id, "line_id"),
            "status": ",".join(statuses),
            "limit": limit,
        }
        if min_created is not None:
            if min_created.tzinfo is None or min_created.utcoffset() is None:
                raise ValueError("min_created must be timezone-aware")
            params["minCreated"] = min_created.astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
        if order is not None:
            if not _ORDER.match(order):
                raise ValueError("order must be '<id|created|called|served> <ASC|DESC>'")
            params["order"] = order
        response = await self._send("GET", "/v1/tickets/search", params=params)
        self._raise_for_status(response)
        status_code = response.status_code
        body = decode_json(response.content, status=status_code, may_have_reached_server=False)
        items = body.get("data") if isinstance(body, dict) else None
        if not isinstance(items, list):
            raise _shape_error("GET /v1/tickets/search", status_code, None)
        return [_parse(Ticket, item, "GET /v1/tickets/search", status_code) for item in items]

    async def estimated_time(self, ticket_id: str) -> dt.datetime | None:
        """Qminder's estimate of when a ticket is served (undocumented, best effort).

        ``GET /v1/tickets/{id}/estimated-time`` → ``{"estimatedTimeOfService": <unix s>}``.
        None when the answer is 400/404/409 or not in that shape; transport, auth, rate-limit
        and server errors still raise.
        """
        path = f"/v1/tickets/{_check_id(ticket_id, 'ticket_id')}/estimated-time"
        try:
            response = await self._send("GET", path)
            self._raise_for_status(response)
            data = decode_json(
                response.content, status=response.status_code, may_have_reached_server=False
            )
        except (NotFound, ValidationFailed, Conflict, BadResponse) as exc:
            _log.debug("estimated time unavailable: %s", exc)
            return None
        value = data.get("estimatedTimeOfService") if isinstance(data, dict) else None
        if isinstance(value, bool) or not isinstance(value, int | float):
            return None
        try:
            return dt.datetime.fromtimestamp(value, dt.UTC)
        except (OverflowError, OSError, ValueError):
            return None
