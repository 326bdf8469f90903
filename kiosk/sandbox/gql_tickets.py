"""GraphQL tickets: `ticket(id)`, `ticketSearch(...)`, `Line.hasScheduledTickets`, and the
`Date` (input) and `Long` scalars they need.

`ticketSearch` filters as its arguments name: the location (every ticket on one of its lines),
lines, statuses, creator (the sandbox has no staff creating tickets, so any creator matches
nothing), creation time and wait start (inclusive bounds), and `appointment`: appointments
whose start lies in [start, end] (inclusive), optionally with one of the `assignee` ids.
Tickets are ordered by `order` (default: ID ascending), then `offset` and `limit` apply
(default limit 1000, at most 10000).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import UTC, datetime
from typing import Any, Protocol

from graphql import (
    GraphQLError,
    GraphQLObjectType,
    GraphQLResolveInfo,
    GraphQLScalarType,
    GraphQLSchema,
    StringValueNode,
    ValueNode,
)

from kiosk.sandbox.appointments import FOREIGN_LINES, STAFF, location_of_line
from kiosk.sandbox.gql_errors import NotFoundError
from kiosk.sandbox.model import Line, Location
from kiosk.sandbox.store import Ticket, TicketStore

DEFAULT_LIMIT = 1000
MAX_LIMIT = 10_000


class TicketContext(Protocol):
    """What these resolvers read from the GraphQL context."""

    @property
    def location(self) -> Location: ...

    @property
    def store(self) -> TicketStore: ...


LineView = Callable[[Line], dict[str, Any]]


def wire_tickets(schema: GraphQLSchema, line_view: LineView) -> None:
    """Install the ticket resolvers and scalars on the sandbox schema."""
    date = schema.get_type("Date")
    assert isinstance(date, GraphQLScalarType)
    # graphql-core 3.3 reads `coerce_input_value`/`coerce_input_literal`; 3.2 the `parse_` ones.
    for name, function in (
        ("coerce_input_value", parse_date),
        ("parse_value", parse_date),
        ("coerce_input_literal", _parse_date_literal),
        ("parse_literal", _parse_date_literal),
    ):
        setattr(date, name, function)
    long = schema.get_type("Long")
    assert isinstance(long, GraphQLScalarType)
    # graphql-core 3.3 reads `coerce_output_value`; 3.2 reads `serialize`.
    setattr(long, "coerce_output_value", _long)  # noqa: B010
    setattr(long, "serialize", _long)  # noqa: B010

    def query_ticket(_source: Any, info: GraphQLResolveInfo[Any], id: str) -> dict[str, Any]:
        context = _context(info)
        ticket = context.store.get(id)
        if ticket is None:
            raise NotFoundError(f"Ticket with id {id} not found")
        return ticket_view(ticket, context.location, line_view)

    def query_search(
        _source: Any, info: GraphQLResolveInfo[Any], locationId: str, **filters: Any
    ) -> list[dict[str, Any]]:
        context = _context(info)
        found = search(context.store.all(), context.location, locationId, **filters)
        return [ticket_view(t, context.location, line_view) for t in found]

    def has_scheduled(source: dict[str, Any], info: GraphQLResolveInfo[Any]) -> bool:
        return any(
            t.line_id == source["id"] and t.status == "SCHEDULED"
            for t in _context(info).store.all()
        )

    query = schema.get_type("Query")
    line = schema.get_type("Line")
    assert isinstance(query, GraphQLObjectType)
    assert isinstance(line, GraphQLObjectType)
    query.fields["ticket"].resolve = query_ticket
    query.fields["ticketSearch"].resolve = query_search
    line.fields["hasScheduledTickets"].resolve = has_scheduled


def search(
    tickets: Iterable[Ticket],
    location: Location,
    location_id: str,
    *,
    line: list[str] | None = None,
    status: list[str] | None = None,
    creator: list[str] | None = None,
    minCreated: datetime | None = None,
    maxCreated: datetime | None = None,
    limit: int | None = None,
    offset: int | None = None,
    order: dict[str, str] | None = None,
    appointment: dict[str, Any] | None = None,
    minWaitStartedAt: datetime | None = None,
) -> list[Ticket]:
    """The tickets `ticketSearch` answers with, in order; GraphQLError for bad arguments."""
    known = {location.id} | {location_of_line(ln.id) for ln in FOREIGN_LINES.values()}
    if location_id not in known:
        raise NotFoundError(f"Location with id {location_id} not found")
    size = DEFAULT_LIMIT if limit is None else limit
    if not 1 <= size <= MAX_LIMIT:
        raise GraphQLError(f"limit must be between 1 and {MAX_LIMIT}")
    skip = offset or 0
    if skip < 0:
        raise GraphQLError("offset must not be negative")
    window = _appointment_window(appointment)

    def keep(ticket: Ticket) -> bool:
        at = location.id if location.line(ticket.line_id) else location_of_line(ticket.line_id)
        checks = (
            at == location_id,
            line is None or ticket.line_id in line,
            status is None or ticket.status in status,
            not creator,
            minCreated is None or ticket.created >= minCreated,
            maxCreated is None or ticket.created <= maxCreated,
            minWaitStartedAt is None
            or (ticket.wait_started is not None and ticket.wait_started >= minWaitStartedAt),
            window is None or _in_window(ticket, *window),
        )
        return all(checks)

    found = [t for t in tickets if keep(t)]
    field = (order or {}).get("field", "ID")
    descending = (order or {}).get("direction") == "DESCENDING"
    present = [t for t in found if _order_key(t, field) is not None]
    missing = [t for t in found if _order_key(t, field) is None]
    present.sort(key=lambda t: _order_key(t, field) or 0.0, reverse=descending)
    return (present + missing)[skip : skip + size]


def ticket_view(ticket: Ticket, location: Location, line_view: LineView) -> dict[str, Any]:
    """A Ticket as the schema names it."""
    body = ticket.body
    line = location.line(ticket.line_id) or FOREIGN_LINES.get(ticket.line_id)
    if line is None:
        raise NotFoundError(f"Line with id {ticket.line_id} not found")
    phone = str(body.get("phoneNumber") or "").lstrip("+")
    slot = ticket.slot
    appointment = None
    if slot is not None:
        first, last, email = STAFF.get(slot.assignee, ("", "", None))
        appointment = {
            "startTime": slot.start,
            "endTime": slot.end,
            "assignee": {"id": slot.assignee, "firstName": first, "lastName": last, "email": email},
        }
    return {
        "id": ticket.id,
        "status": ticket.status,
        "statusSetAt": ticket.status_set or ticket.created,
        "line": line_view(line),
        "firstName": _text(body.get("firstName")),
        "lastName": _text(body.get("lastName")),
        "phoneNumber": int(phone) if phone.isdigit() else None,
        "email": body.get("email") or None,
        "created": {"date": ticket.created},
        "waitStartedAt": ticket.wait_started,
        "appointment": appointment,
    }


def parse_date(value: Any) -> datetime:
    """A `Date` input: ISO 8601 with a zone (Qminder writes `2026-05-06T13:13:16.057Z`)."""
    if not isinstance(value, str):
        raise GraphQLError(f"Date cannot represent {value!r}")
    try:
        moment = datetime.fromisoformat(value.strip())
    except ValueError:
        raise GraphQLError(f"Date cannot represent {value!r}") from None
    if moment.tzinfo is None:
        raise GraphQLError(f"Date needs a time zone (e.g. Z): {value!r}")
    return moment.astimezone(UTC)


def _parse_date_literal(node: ValueNode, _variables: dict[str, Any] | None = None) -> datetime:
    if not isinstance(node, StringValueNode):
        raise GraphQLError("Date must be a string")
    return parse_date(node.value)


def _long(value: Any) -> int:
    if isinstance(value, int) and not isinstance(value, bool):
        return value
    raise GraphQLError(f"Long cannot represent {value!r}")


def _context(info: GraphQLResolveInfo[Any]) -> TicketContext:
    context: TicketContext = info.context
    return context


def _text(value: object) -> str | None:
    return value.strip() or None if isinstance(value, str) else None


def _appointment_window(
    appointment: dict[str, Any] | None,
) -> tuple[datetime, datetime, frozenset[str] | None] | None:
    if appointment is None:
        return None
    start: datetime = appointment["start"]
    end: datetime = appointment["end"]
    if end < start:
        raise GraphQLError("appointment.end must not be before appointment.start")
    assignees = appointment.get("assignee")
    return start, end, None if assignees is None else frozenset(assignees)


def _in_window(
    ticket: Ticket, start: datetime, end: datetime, assignees: frozenset[str] | None
) -> bool:
    slot = ticket.slot
    if slot is None or not start <= slot.start <= end:
        return False
    return assignees is None or slot.assignee in assignees


def _order_key(ticket: Ticket, field: str) -> float | None:
    if field == "ID":
        return float(int(ticket.id))
    if field == "CREATED":
        return ticket.created.timestamp()
    end = ticket.slot.end if ticket.slot is not None else ticket.served
    return end.timestamp() if end is not None else None
