"""Plain data types for the sandbox's location, lines, languages and input fields."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal

BUILT_IN_TYPES = frozenset({"FIRST_NAME", "LAST_NAME", "EMAIL", "PHONE_NUMBER"})
"""Input-field types whose values go in the top-level ticket properties, not in `fields[]`."""


@dataclass(frozen=True)
class Language:
    """A language the location offers; `name` is in English, `native_name` in the language."""

    code: str
    name: str
    native_name: str
    primary: bool = False


@dataclass(frozen=True)
class Line:
    """A queue. `names` maps a language code to the translated name.

    `appointment_minutes` set means the line takes appointments (GraphQL
    `appointmentSettings { enabled: true, durationMinutes }`); None means it has no settings.
    """

    id: str
    name: str
    color: str
    disabled: bool = False
    archived: bool = False
    names: Mapping[str, str] = field(default_factory=dict)
    appointment_minutes: int | None = None


@dataclass(frozen=True)
class VisitPlanner:
    """The location's Visitor Website (GraphQL `VisitPlanner`)."""

    url: str
    name: str
    remote_sign_in: bool
    description: str | None = None


@dataclass(frozen=True)
class SelectOption:
    """An option of a SELECT field. `titles` maps a language code to the translated title."""

    id: str
    title: str
    color: str
    titles: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class NumericConstraints:
    """Bounds and decimal places of a NUMERIC field."""

    id: str
    min: Decimal | None
    max: Decimal | None
    scale: int


@dataclass(frozen=True)
class AttachmentConstraints:
    """Upload limits of an ATTACHMENT field."""

    id: str
    max_number_of_files: int
    mode: str
    groups: tuple[str, ...]
    mime_types: tuple[str, ...]


@dataclass(frozen=True)
class InputField:
    """A ticket input field.

    `visible_for_lines` empty means every line. `titles` and `visitor_titles` map a language code
    to the translated `title` and `visitor_title` (GraphQL `visitorFacingTitle`).
    """

    id: str
    type: str
    title: str | None = None
    visitor_title: str | None = None
    mandatory: bool = False
    mandatory_before_served: bool = False
    multi_select: bool = False
    options: tuple[SelectOption, ...] = ()
    visible_for_lines: tuple[str, ...] = ()
    titles: Mapping[str, str] = field(default_factory=dict)
    visitor_titles: Mapping[str, str] = field(default_factory=dict)
    constraints: NumericConstraints | AttachmentConstraints | None = None
    show_in_remote_sign_in: bool = True
    visible_in_waiting_drawer: bool = True
    visible_in_serving_drawer: bool = True
    required_in_appointments: bool = False
    deleted: bool = False

    def is_visible_for(self, line_id: str) -> bool:
        """Whether the field applies to tickets of the line."""
        return not self.visible_for_lines or line_id in self.visible_for_lines

    def option(self, option_id: str) -> SelectOption | None:
        """The field's option with that id, if any."""
        return next((o for o in self.options if o.id == option_id), None)


@dataclass(frozen=True)
class Hours:
    """One opening interval, local time of the location."""

    opens: tuple[int, int]
    closes: tuple[int, int]


@dataclass(frozen=True)
class OpeningException:
    """A date with special hours (or closed all day)."""

    date: date
    closed: bool
    reason: str | None = None
    hours: tuple[Hours, ...] = ()


WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")


@dataclass(frozen=True)
class Location:
    """A location with everything the sandbox serves about it.

    `opening_hours` maps a weekday key from `WEEKDAYS` to its intervals; a missing or empty entry
    means closed that day.
    """

    id: str
    name: str
    address: str
    country_code: str
    country: str
    timezone: str
    created: datetime
    latitude: float
    longitude: float
    languages: tuple[Language, ...]
    lines: tuple[Line, ...]
    input_fields: tuple[InputField, ...]
    opening_hours: Mapping[str, tuple[Hours, ...]]
    opening_exceptions: tuple[OpeningException, ...] = ()
    visit_planner: VisitPlanner | None = None

    def line(self, line_id: str) -> Line | None:
        """The line with that id, if the location has it."""
        return next((ln for ln in self.lines if ln.id == line_id), None)

    def input_field(self, field_id: str) -> InputField | None:
        """The non-deleted input field with that id, if any."""
        return next((f for f in self.input_fields if f.id == field_id and not f.deleted), None)

    def built_in(self, field_type: str) -> InputField | None:
        """The location's non-deleted built-in field of that type, if configured."""
        return next((f for f in self.input_fields if f.type == field_type and not f.deleted), None)

    def line_letter(self, line_id: str) -> str:
        """The public-id letter of a line: A for the first line in seed order, B for the next..."""
        index = next(i for i, ln in enumerate(self.lines) if ln.id == line_id)
        letters = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
        prefix = letters[index // 26 - 1] if index >= 26 else ""
        return prefix + letters[index % 26]
