"""`GET /v1/tickets/search` and `/v1/tickets/count`: query parameters and filtering."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime

from kiosk.sandbox.store import STATUSES, Ticket

SEARCH_PARAMS = frozenset(
    {
        "location",
        "line",
        "status",
        "caller",
        "minCreated",
        "maxCreated",
        "minCalled",
        "maxCalled",
        "limit",
        "order",
        "responseScope",
    }
)
RESPONSE_SCOPES = frozenset({"MESSAGES", "INTERACTIONS", "CONNECTED_TICKETS"})
ORDER_FIELDS = ("id", "created", "called", "served")
MAX_LIMIT = 20_000
DEFAULT_LIMIT = 1000
UNIX_SECONDS = re.compile(r"^\d+(\.\d+)?$")


class SearchError(ValueError):
    """A query parameter is not acceptable; the message is sent back with a 400."""


@dataclass(frozen=True)
class Search:
    """Parsed search parameters. Time bounds are inclusive."""

    location: str | None = None
    lines: frozenset[str] | None = None
    statuses: frozenset[str] | None = None
    caller: str | None = None
    min_created: datetime | None = None
    max_created: datetime | None = None
    min_called: datetime | None = None
    max_called: datetime | None = None
    limit: int = DEFAULT_LIMIT
    order_field: str = "id"
    descending: bool = False
    scopes: frozenset[str] = frozenset()

    def matches(self, ticket: Ticket, location_id: str) -> bool:
        """Whether the ticket passes every filter."""
        if self.location is not None and self.location != location_id:
            return False
        if self.lines is not None and ticket.line_id not in self.lines:
            return False
        if self.statuses is not None and ticket.status not in self.statuses:
            return False
        if self.caller is not None:
            return False  # the sandbox has no users, so no ticket has a caller
        if not _within(ticket.created, self.min_created, self.max_created):
            return False
        if self.min_called is not None or self.max_called is not None:
            return ticket.called is not None and _within(
                ticket.called, self.min_called, self.max_called
            )
        return True

    def run(self, tickets: Iterable[Ticket], location_id: str) -> list[Ticket]:
        """The matching tickets, ordered and limited."""
        found = [t for t in tickets if self.matches(t, location_id)]
        if self.order_field == "id":
            found.sort(key=lambda t: int(t.id), reverse=self.descending)
        else:
            present = [t for t in found if getattr(t, self.order_field) is not None]
            missing = [t for t in found if getattr(t, self.order_field) is None]
            present.sort(key=lambda t: getattr(t, self.order_field), reverse=self.descending)
            found = present + missing
        return found[: self.limit]


def parse_search(query: Mapping[str, str], *, with_limit: bool = True) -> Search:
    """Search parameters from a query string; SearchError for anything not acceptable."""
    allowed = SEARCH_PARAMS if with_limit else SEARCH_PARAMS - {"limit", "order", "responseScope"}
    unknown = sorted(set(query) - allowed)
    if unknown:
        raise SearchError(f"Unknown parameter: {unknown[0]}")
    lines = None
    if "line" in query:
        lines = frozenset(_integers("line", query["line"]))
    statuses = None
    if "status" in query:
        statuses = frozenset(_words(query["status"]))
        bad = sorted(statuses - STATUSES)
        if bad:
            raise SearchError(f"Invalid status: {bad[0]}")
    scopes = frozenset(_words(query.get("responseScope", "")))
    if scopes - RESPONSE_SCOPES:
        raise SearchError(f"Invalid responseScope: {sorted(scopes - RESPONSE_SCOPES)[0]}")
    order_field, descending = _order(query.get("order", "id ASC"))
    return Search(
        location=_integer("location", query["location"]) if "location" in query else None,
        lines=lines,
        statuses=statuses,
        caller=_integer("caller", query["caller"]) if "caller" in query else None,
        min_created=_time("minCreated", query.get("minCreated")),
        max_created=_time("maxCreated", query.get("maxCreated")),
        min_called=_time("minCalled", query.get("minCalled")),
        max_called=_time("maxCalled", query.get("maxCalled")),
        limit=_limit(query.get("limit")),
        order_field=order_field,
        descending=descending,
        scopes=scopes,
    )


def parse_time(text: str) -> datetime:
    """ISO-8601 (`2020-05-03T00:00:00Z`) or Unix seconds (`1588767798`) as an aware UTC time."""
    text = text.strip()
    if UNIX_SECONDS.fullmatch(text):
        return datetime.fromtimestamp(float(text), UTC)
    moment = datetime.fromisoformat(text)
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)


def _within(moment: datetime, low: datetime | None, high: datetime | None) -> bool:
    return (low is None or moment >= low) and (high is None or moment <= high)


def _words(text: str) -> list[str]:
    return [w.strip() for w in text.split(",") if w.strip()]


def _integers(name: str, text: str) -> list[str]:
    values = _words(text)
    if not values or not all(v.isdigit() for v in values):
        raise SearchError(f"{name} must be an integer or a comma-separated list of integers")
    return [str(int(v)) for v in values]


def _integer(name: str, text: str) -> str:
    if not text.strip().isdigit():
        raise SearchError(f"{name} must be an integer")
    return str(int(text))


def _time(name: str, text: str | None) -> datetime | None:
    if text is None:
        return None
    try:
        return parse_time(text)
    except (ValueError, OverflowError, OSError):
        raise SearchError(f"{name} must be an ISO-8601 time or Unix seconds") from None


def _limit(text: str | None) -> int:
    if text is None:
        return DEFAULT_LIMIT
    if not text.strip().isdigit() or not 1 <= int(text) <= MAX_LIMIT:
        raise SearchError(f"limit must be an integer between 1 and {MAX_LIMIT}")
    return int(text)


def _order(text: str) -> tuple[str, bool]:
    parts = text.split()
    if len(parts) == 1:
        parts.append("ASC")
    if len(parts) != 2 or parts[0] not in ORDER_FIELDS or parts[1].upper() not in {"ASC", "DESC"}:
        raise SearchError(
            f"order must be one of {', '.join(ORDER_FIELDS)} followed by ASC or DESC, e.g. 'id ASC'"
        )
    return parts[0], parts[1].upper() == "DESC"
