"""Appointments booked in Qminder, and finding a visitor's own among today's by phone number.

An `Appointment` is a ticket as GraphQL `ticketSearch(status: [SCHEDULED], appointment: ...)`
returns it. It holds personal data (names, phone number): it lives in memory for one visit
only, and its ``repr`` leaves that data out so it cannot reach a log by accident.

Qminder's search has no phone-number filter, so the kiosk filters: the number the visitor types
is read with the same rules as the details screen (the location's country as default region)
and compared with each appointment's number in E.164 form. Only appointments that are still
SCHEDULED, on one of this location's lines and start today in the location's time zone are
ever offered; cancelled, checked-in, other days' and other locations' never are.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import Annotated
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import phonenumbers
from pydantic import BeforeValidator, Field

from kiosk.domain.form import PHONE_MAX, FieldKind, FieldSpec
from kiosk.domain.models import IdStr, Location, QminderModel
from kiosk.domain.phone import normalise_phone
from kiosk.domain.validation import check_answer

SCHEDULED = "SCHEDULED"
LOOKUP_FIELD_ID = "appointmentPhone"
"""Field id of the phone number typed to find an appointment (in `FieldError.field_id`)."""

LOOKUP_PHONE = FieldSpec(
    id=LOOKUP_FIELD_ID,
    kind=FieldKind.PHONE,
    label="",
    required=True,
    max_length=PHONE_MAX,
    sent_as_field=False,
)
"""The lookup's phone field: the details screen's phone rules, and an answer is required."""


def _as_text(value: object) -> object:
    return str(value) if isinstance(value, int) and not isinstance(value, bool) else value


class LineRef(QminderModel):
    id: IdStr


class Slot(QminderModel):
    """`Appointment`: when it is booked for."""

    start_time: dt.datetime
    end_time: dt.datetime


class Appointment(QminderModel):
    """A booked ticket (`ticketSearch` item). Names and phone stay out of ``repr``."""

    id: IdStr
    status: str
    line: LineRef
    slot: Slot = Field(alias="appointment")
    first_name: str | None = Field(default=None, repr=False)
    last_name: str | None = Field(default=None, repr=False)
    phone_number: Annotated[str | None, BeforeValidator(_as_text)] = Field(default=None, repr=False)

    @property
    def line_id(self) -> str:
        return self.line.id

    @property
    def start(self) -> dt.datetime:
        return self.slot.start_time

    @property
    def end(self) -> dt.datetime:
        return self.slot.end_time


def location_zone(location: Location) -> dt.tzinfo:
    """The location's time zone; UTC when Qminder names one this system does not know."""
    try:
        return ZoneInfo(location.timezone)
    except (ZoneInfoNotFoundError, ValueError):
        return dt.UTC


def today_window(now: dt.datetime, zone: dt.tzinfo) -> tuple[dt.datetime, dt.datetime]:
    """Today in `zone` as UTC times: its midnight, and the next midnight."""
    local = now.astimezone(zone)
    start = dt.datetime.combine(local.date(), dt.time(), tzinfo=zone)
    end = dt.datetime.combine(local.date() + dt.timedelta(days=1), dt.time(), tzinfo=zone)
    return start.astimezone(dt.UTC), end.astimezone(dt.UTC)


def offerable(
    appointments: Iterable[Appointment], location: Location, now: dt.datetime
) -> list[Appointment]:
    """Those still SCHEDULED, on this location's lines, starting today (location zone);
    earliest first."""
    zone = location_zone(location)
    today = now.astimezone(zone).date()
    lines = {line.id for line in location.lines}
    kept = [
        a
        for a in appointments
        if a.status == SCHEDULED and a.line_id in lines and a.start.astimezone(zone).date() == today
    ]
    return sorted(kept, key=lambda a: (a.start, a.id))


def lookup_number(raw: str, location: Location) -> str:
    """The E.164 number a visitor typed, by the details screen's phone rules.

    Raises:
        InvalidAnswers: one `FieldError` for `LOOKUP_FIELD_ID` (required, too long, not a
            phone number), which the UI words as it does on the details screen.
    """
    value = check_answer(LOOKUP_PHONE, raw, default_region=location.country_code or None)
    assert isinstance(value, str)  # required: an empty answer raised
    return value


def stored_number(value: str | None, region: str | None) -> str | None:
    """An appointment's phone number in E.164 form, or None when it is not a usable number.

    Qminder keeps numbers as digits with their country code (GraphQL `Long`); a number
    entered without one is read in the location's country, as the kiosk reads typed ones.
    """
    digits = "".join(ch for ch in value or "" if ch.isdigit())
    if not digits:
        return None
    international = normalise_phone("+" + digits, None)
    if international is not None:
        parsed = phonenumbers.parse(international, None)
        if phonenumbers.is_valid_number(parsed) or not region:
            return international
    return normalise_phone(digits, region) or international


def find_by_phone(
    number: str, appointments: Iterable[Appointment], location: Location, now: dt.datetime
) -> list[Appointment]:
    """Today's offerable appointments booked with `number` (E.164, from `lookup_number`)."""
    region = location.country_code or None
    return [
        a
        for a in offerable(appointments, location, now)
        if stored_number(a.phone_number, region) == number
    ]
