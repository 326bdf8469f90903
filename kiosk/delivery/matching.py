"""Is a ticket found on Qminder the one an unconfirmed check-in created?

A found ticket is ours when it is on the same line, was created between two minutes before
our first attempt and now (plus the same two minutes for clock skew), has the same first name
(case-folded, spaces collapsed), the same phone digits when we sent a phone, the same last
name when we sent one, and no other outbox row holds it already. Among several, the oldest
wins. Two visitors with the same name and phone are never merged: each row claims a
different ticket id (the outbox enforces that with a unique index).
"""

from __future__ import annotations

import datetime as dt
import unicodedata
from collections.abc import Iterable

from kiosk.domain.ticket import Ticket, TicketRequest

LOOKUP_MARGIN = dt.timedelta(minutes=2)
"""Slack on both ends of the time window (server and kiosk clocks differ)."""

LOOKUP_STATUSES = ("NEW", "CALLED", "SERVED", "NOSHOW", "CANCELLED_BY_CLERK")
"""A ticket created by our attempt may have moved on by the time we look."""


def same_text(a: str | None, b: str | None) -> bool:
    """Equal after NFC, collapsing spaces and case-folding."""
    return _fold(a) == _fold(b)


def _fold(value: str | None) -> str:
    return unicodedata.normalize("NFC", " ".join((value or "").split())).casefold()


def digits(value: str | None) -> str:
    """Only the digits of a phone number."""
    return "".join(ch for ch in value or "" if ch.isdigit())


def window(first_attempt: dt.datetime, now: dt.datetime) -> tuple[dt.datetime, dt.datetime]:
    """The creation times a ticket of ours can have."""
    return first_attempt - LOOKUP_MARGIN, now + LOOKUP_MARGIN


def is_ours(
    ticket: Ticket, request: TicketRequest, *, since: dt.datetime, until: dt.datetime
) -> bool:
    """Whether `ticket` matches `request` by line, creation time, names and phone."""
    if ticket.line is not None and ticket.line != request.line_id:
        return False
    created = ticket.created_at
    if created is None or not since <= created <= until:
        return False
    if not same_text(ticket.first_name, request.first_name):
        return False
    if request.phone_number and digits(ticket.phone_number) != digits(request.phone_number):
        return False
    return not request.last_name or same_text(ticket.last_name, request.last_name)


def pick(
    tickets: Iterable[Ticket],
    request: TicketRequest,
    *,
    since: dt.datetime,
    until: dt.datetime,
    claimed: set[str],
) -> Ticket | None:
    """The oldest ticket that is ours and not held by another row, if any."""
    found = [
        t for t in tickets if t.id not in claimed and is_ours(t, request, since=since, until=until)
    ]
    if not found:
        return None
    return min(found, key=lambda t: (t.created_at or since, len(t.id), t.id))
