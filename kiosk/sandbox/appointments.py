"""Today's appointments, seeded relative to the current time in the location's time zone.

So the demo always has some, and tests can find each case by its key in `SEEDED`:

===============  ================================  =========================================
key              who and where                     when, status
===============  ================================  =========================================
due              Maria Tamm, General enquiries     in 10 minutes (inside the check-in window)
later            Jaan Kask, Passports              in 3 hours (too early to check in)
late             Olga Ivanova, General enquiries   1 h 30 min ago (too late)
cancelled        Peeter Saar, General enquiries    in 10 minutes, SCHEDULING_CANCELLED
checked_in       Liis Mets, General enquiries      10 minutes ago, already checked in (NEW)
tomorrow         Anna Lepp, General enquiries      this time tomorrow
elsewhere        Karl Sepp, another location       in 10 minutes
family_first     Sofia Rebane, General enquiries   in 20 minutes  } the same phone number
family_second    Sofia Rebane, Passports           in 45 minutes  }
===============  ================================  =========================================

Times are on five-minute marks. Near midnight a time that would fall on another day is moved
to stay today (so "later" may then be within the window and "late" not yet late).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from types import MappingProxyType
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from kiosk.sandbox.model import Line, Location
from kiosk.sandbox.store import Slot, Ticket, TicketStore

OTHER_LOCATION_ID = "41206"
LINE_OTHER_LOCATION = "88201"
FOREIGN_LINES: Mapping[str, Line] = MappingProxyType(
    {
        LINE_OTHER_LOCATION: Line(
            LINE_OTHER_LOCATION, "Harbour office", "#8a8a8a", appointment_minutes=15
        ),
    }
)
"""Lines of the account's other location: its appointments exist but are never this one's."""

STAFF_ID = "7301"
STAFF: Mapping[str, tuple[str, str, str | None]] = MappingProxyType(
    {STAFF_ID: ("Kadri", "Kuusk", "kadri.kuusk@example.com")}
)
"""Staff users by id: first name, last name, email (appointment assignees)."""

DEFAULT_MINUTES = 15


@dataclass(frozen=True)
class Booking:
    """One seeded case: who booked, on which line, minutes from now, and the status."""

    first_name: str
    last_name: str
    phone: str
    line: str  # "first", "second" (the location's first two appointment lines) or a line id
    minutes: int
    status: str = "SCHEDULED"
    language: str = "en"


PHONE_DUE = "+37255501001"
PHONE_LATER = "+37255501002"
PHONE_LATE = "+37255501003"
PHONE_CANCELLED = "+37255501004"
PHONE_CHECKED_IN = "+37255501005"
PHONE_TOMORROW = "+37255501006"
PHONE_ELSEWHERE = "+37255501007"
PHONE_FAMILY = "+37255501008"

BOOKINGS: Mapping[str, Booking] = MappingProxyType(
    {
        "due": Booking("Maria", "Tamm", PHONE_DUE, "first", 10),
        "later": Booking("Jaan", "Kask", PHONE_LATER, "second", 180, language="et"),
        "late": Booking("Olga", "Ivanova", PHONE_LATE, "first", -90, language="ru"),
        "cancelled": Booking(
            "Peeter", "Saar", PHONE_CANCELLED, "first", 10, status="SCHEDULING_CANCELLED"
        ),
        "checked_in": Booking("Liis", "Mets", PHONE_CHECKED_IN, "first", -10, status="NEW"),
        "tomorrow": Booking("Anna", "Lepp", PHONE_TOMORROW, "first", 24 * 60),
        "elsewhere": Booking("Karl", "Sepp", PHONE_ELSEWHERE, LINE_OTHER_LOCATION, 10),
        "family_first": Booking("Sofia", "Rebane", PHONE_FAMILY, "first", 20, language="es"),
        "family_second": Booking("Sofia", "Rebane", PHONE_FAMILY, "second", 45, language="es"),
    }
)
SEEDED = tuple(BOOKINGS)
"""The keys of the seeded cases, in seeding order."""


def location_of_line(line_id: str) -> str | None:
    """The other location's id for one of its lines; None for any other line."""
    return OTHER_LOCATION_ID if line_id in FOREIGN_LINES else None


def seed_appointments(
    store: TicketStore, location: Location, now: datetime | None = None
) -> dict[str, Ticket]:
    """Book every case of `BOOKINGS` relative to `now` (default: the current time).

    Returns the stored tickets by case key. The "checked_in" case gets its public id.
    """
    zone = _zone(location.timezone)
    local_now = (now or datetime.now(UTC)).astimezone(zone)
    mark = local_now.replace(minute=local_now.minute - local_now.minute % 5, second=0)
    mark = mark.replace(microsecond=0)
    day_start = local_now.replace(hour=0, minute=0, second=0, microsecond=0)
    day_end = day_start + timedelta(days=1)  # wall-clock arithmetic: the next midnight
    lines = _appointment_lines(location)
    seeded: dict[str, Ticket] = {}
    for key, booking in BOOKINGS.items():
        line = lines.get(booking.line) or FOREIGN_LINES.get(booking.line)
        if line is None:
            continue  # a location without lines books nothing
        start = mark + timedelta(minutes=booking.minutes)
        if key != "tomorrow" and not day_start <= start < day_end:
            start = _keep_today(start, mark, day_start, day_end)
        minutes = line.appointment_minutes or DEFAULT_MINUTES
        slot = Slot(
            start=start.astimezone(UTC),
            end=(start + timedelta(minutes=minutes)).astimezone(UTC),
            assignee=STAFF_ID,
        )
        body = {
            "firstName": booking.first_name,
            "lastName": booking.last_name,
            "phoneNumber": booking.phone,
            "languageCode": booking.language,
        }
        booked = local_now.astimezone(UTC) - timedelta(days=3)
        status = "SCHEDULED" if booking.status == "NEW" else booking.status
        ticket = store.book(line.id, body, slot, booked=booked, status=status)
        if booking.status == "NEW":
            letter = location.line_letter(line.id) if location.line(line.id) else "X"
            checked = store.check_in(ticket.id, letter)
            assert checked is not None
            ticket = checked
        seeded[key] = ticket
    return seeded


def _keep_today(
    start: datetime, mark: datetime, day_start: datetime, day_end: datetime
) -> datetime:
    if start < day_start:
        return day_start
    latest = day_end - timedelta(minutes=30)
    return max(min(start, latest), mark)


def _appointment_lines(location: Location) -> dict[str, Line]:
    """ "first" and "second": the location's first two lines taking appointments (or any)."""
    taking = [ln for ln in location.lines if ln.appointment_minutes and not ln.archived]
    offered = taking or [ln for ln in location.lines if not ln.archived and not ln.disabled]
    if not offered:
        return {}
    return {"first": offered[0], "second": offered[1] if len(offered) > 1 else offered[0]}


def _zone(name: str) -> ZoneInfo:
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return ZoneInfo("UTC")
