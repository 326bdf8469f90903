"""When a visitor may check in for an appointment: from `early_minutes` before its start until
`late_minutes` after it (settings `appointment_early_minutes`, default 60, and
`appointment_late_minutes`, default 30). `allow_early` / `allow_late` lift either bound, within
the same day. The verdict carries the times the visitor is told, in the location's zone:
"Your appointment is at 14:30; you can check in from 13:30".
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

DEFAULT_EARLY_MINUTES = 60
DEFAULT_LATE_MINUTES = 30


@dataclass(frozen=True, slots=True)
class WindowRule:
    """How early and how late a check-in is accepted (minutes around the start)."""

    early_minutes: int = DEFAULT_EARLY_MINUTES
    late_minutes: int = DEFAULT_LATE_MINUTES
    allow_early: bool = False
    allow_late: bool = False

    def __post_init__(self) -> None:
        if self.early_minutes < 0 or self.late_minutes < 0:
            raise ValueError("the check-in window's minutes must not be negative")


@dataclass(frozen=True, slots=True)
class OnTime:
    """The visitor may check in now."""

    starts_at: dt.datetime
    """The appointment's start in the location's zone."""


@dataclass(frozen=True, slots=True)
class TooEarly:
    """Not yet: the visitor may check in from `opens_at` (both local times)."""

    starts_at: dt.datetime
    opens_at: dt.datetime


@dataclass(frozen=True, slots=True)
class TooLate:
    """The window closed at `closed_at`: the visitor is sent to the front desk."""

    starts_at: dt.datetime
    closed_at: dt.datetime


Verdict = OnTime | TooEarly | TooLate


def check_in_verdict(
    start: dt.datetime, now: dt.datetime, rule: WindowRule, zone: dt.tzinfo
) -> Verdict:
    """Whether an appointment starting at `start` may be checked in at `now`.

    Both times must be timezone-aware; the verdict's times are in `zone`. The bounds are
    inclusive: exactly `early_minutes` before the start is on time, and so is exactly
    `late_minutes` after it.
    """
    if start.tzinfo is None or now.tzinfo is None:
        raise ValueError("appointment times must be timezone-aware")
    utc = start.astimezone(dt.UTC)  # elapsed-time arithmetic, right across a DST change
    starts_at = utc.astimezone(zone)
    opens_at = (utc - dt.timedelta(minutes=rule.early_minutes)).astimezone(zone)
    closed_at = (utc + dt.timedelta(minutes=rule.late_minutes)).astimezone(zone)
    if now < opens_at and not rule.allow_early:
        return TooEarly(starts_at=starts_at, opens_at=opens_at)
    if now > closed_at and not rule.allow_late:
        return TooLate(starts_at=starts_at, closed_at=closed_at)
    return OnTime(starts_at=starts_at)
