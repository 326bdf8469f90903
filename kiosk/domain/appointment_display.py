"""How an appointment is shown to the visitor who typed its phone number, and no more.

"Maria T., 10:30, General enquiries": the first name, the last name's initial, the start time
in the location's zone (24-hour clock) and the service in the visitor's language. Never the
phone number, the email or the full last name: someone else may be reading the screen.
"""

from __future__ import annotations

import datetime as dt
import unicodedata
from dataclasses import dataclass

from kiosk.domain.appointments import Appointment, location_zone
from kiosk.domain.i18n import line_name
from kiosk.domain.models import Location
from kiosk.domain.text import clean_text


@dataclass(frozen=True, slots=True)
class AppointmentDisplay:
    """What the confirmation screen shows of one appointment (plain text, for a label).

    `ticket_id` is what the Check in button sends; `starts_at` is the local start time, for
    screens that format it with the visitor's locale instead of `time`.
    """

    ticket_id: str
    line_id: str
    name: str
    time: str
    service: str
    starts_at: dt.datetime

    @property
    def text(self) -> str:
        """The parts joined with commas, leaving out an empty name."""
        return ", ".join(part for part in (self.name, self.time, self.service) if part)


def short_name(first_name: str | None, last_name: str | None) -> str:
    """``"Maria T."``: the first name and the last name's initial; either may be missing."""
    first = clean_text(first_name or "")
    last = clean_text(last_name or "")
    initial = _first_grapheme(last)
    if not initial:
        return first
    return f"{first} {initial}." if first else f"{initial}."


def _first_grapheme(text: str) -> str:
    """The first character with the combining marks that follow it."""
    if not text:
        return ""
    end = 1
    while end < len(text) and unicodedata.combining(text[end]):
        end += 1
    return unicodedata.normalize("NFC", text[:end])


def display(appointment: Appointment, location: Location, language: str) -> AppointmentDisplay:
    """The privacy-safe view of `appointment` for a visitor reading in `language`."""
    starts_at = appointment.start.astimezone(location_zone(location))
    line = location.line(appointment.line_id)
    service = line_name(line, language, location.primary_language) if line else ""
    return AppointmentDisplay(
        ticket_id=appointment.id,
        line_id=appointment.line_id,
        name=short_name(appointment.first_name, appointment.last_name),
        time=starts_at.strftime("%H:%M"),
        service=service,
        starts_at=starts_at,
    )
