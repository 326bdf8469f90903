"""Opening hours: is the location open now, and when does it open next?

Qminder gives a weekly schedule (`openingHours2`) and dated exceptions
(`openingHoursExceptions2`, which win over the week) in the location's own time zone. A
location with no schedule at all is treated as always open: the kiosk must not lock visitors
out because an optional setting was never filled in.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from kiosk.domain.models import BusinessHours, DayHours, Location, OpeningHours

_WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
LOOKAHEAD_DAYS = 14

_WHOLE_DAY = DayHours.model_validate(
    {"closed": False, "businessHours": [{"opens": {"hours": 0}, "closes": {"hours": 24}}]}
)
_ALWAYS_OPEN = OpeningHours(**dict.fromkeys(_WEEKDAYS, _WHOLE_DAY))
"""The week used when only exceptions are configured: open except on the exception days."""


@dataclass(frozen=True, slots=True)
class OpeningState:
    """Whether visitors may check in at a moment, and the next change.

    Attributes:
        open: the location is open.
        closes_at: when the current opening interval ends (open only; None = no end known).
        next_opening: when it opens next (closed only; None = not within two weeks).
        reason: the exception's closed reason (e.g. a holiday name), when one applies.
    """

    open: bool
    closes_at: dt.datetime | None = None
    next_opening: dt.datetime | None = None
    reason: str | None = None


def location_zone(location: Location) -> dt.tzinfo:
    try:
        return ZoneInfo(location.timezone)
    except (ZoneInfoNotFoundError, ValueError):
        return dt.UTC


def _intervals(location: Location, day: dt.date) -> tuple[tuple[BusinessHours, ...], str | None]:
    for exception in location.opening_hours_exceptions:
        if exception.date == day:
            if exception.closed:
                return (), exception.closed_reason
            return exception.business_hours, None
    hours = location.opening_hours
    assert hours is not None
    today: DayHours | None = getattr(hours, _WEEKDAYS[day.weekday()])
    if today is None or today.closed:
        return (), None
    return today.business_hours, None


def _at(day: dt.date, hours: int, minutes: int, zone: dt.tzinfo) -> dt.datetime:
    if hours >= 24:
        return dt.datetime.combine(day + dt.timedelta(days=1), dt.time(0, 0), zone)
    return dt.datetime.combine(day, dt.time(hours, minutes), zone)


def _spans(
    location: Location, day: dt.date, zone: dt.tzinfo
) -> tuple[list[tuple[dt.datetime, dt.datetime]], str | None]:
    intervals, reason = _intervals(location, day)
    spans = []
    for interval in intervals:
        opens = _at(day, interval.opens.hours, interval.opens.minutes, zone)
        closes = _at(day, interval.closes.hours, interval.closes.minutes, zone)
        if closes <= opens:  # runs past midnight, e.g. 22:00-02:00
            closes = _at(
                day + dt.timedelta(days=1), interval.closes.hours, interval.closes.minutes, zone
            )
        spans.append((opens, closes))
    return sorted(spans), reason


def opening_state(location: Location, now: dt.datetime) -> OpeningState:
    """The location's state at `now` (timezone-aware), in the location's own time zone."""
    if now.tzinfo is None:
        raise ValueError("now must be timezone-aware")
    if location.opening_hours is None and not location.opening_hours_exceptions:
        return OpeningState(open=True)
    if location.opening_hours is None:
        location = location.model_copy(update={"opening_hours": _ALWAYS_OPEN})
    zone = location_zone(location)
    local = now.astimezone(zone)
    today = local.date()
    # An interval of yesterday may run past midnight.
    for day in (today - dt.timedelta(days=1), today):
        spans, _ = _spans(location, day, zone)
        for opens, closes in spans:
            if opens <= local < closes:
                return OpeningState(open=True, closes_at=closes)
    _, reason = _spans(location, today, zone)
    for offset in range(LOOKAHEAD_DAYS + 1):
        spans, _ = _spans(location, today + dt.timedelta(days=offset), zone)
        for opens, _closes in spans:
            if opens > local:
                return OpeningState(open=False, next_opening=opens, reason=reason)
    return OpeningState(open=False, reason=reason)
