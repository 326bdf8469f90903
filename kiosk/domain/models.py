"""The location's configuration as Qminder describes it (GraphQL `location`).

Every model parses the camelCase JSON that Qminder's GraphQL API returns and is frozen: the
configuration is loaded once, cached, and shared read-only by every screen.
Unknown future enum values never break parsing: they become ``UNSUPPORTED``.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from enum import StrEnum
from typing import Annotated, Any

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field
from pydantic.alias_generators import to_camel


class QminderModel(BaseModel):
    """Base for models read from Qminder: camelCase aliases, frozen, extra keys ignored."""

    model_config = ConfigDict(
        alias_generator=to_camel,
        populate_by_name=True,
        frozen=True,
        extra="ignore",
    )


class FieldType(StrEnum):
    """Qminder's `InputFieldType`, plus ``UNSUPPORTED`` for types added after this release."""

    FIRST_NAME = "FIRST_NAME"
    LAST_NAME = "LAST_NAME"
    EMAIL = "EMAIL"
    PHONE_NUMBER = "PHONE_NUMBER"
    TEXT = "TEXT"
    SELECT = "SELECT"
    URL = "URL"
    DATE = "DATE"
    NUMERIC = "NUMERIC"
    ATTACHMENT = "ATTACHMENT"
    UNSUPPORTED = "UNSUPPORTED"


def _known_field_type(value: object) -> object:
    if isinstance(value, str) and value not in FieldType.__members__:
        return FieldType.UNSUPPORTED
    return value


def _ids(value: object) -> object:
    """Accept `visibleForLines` as GraphQL objects (``[{"id": "1"}]``) or as plain ids."""
    if isinstance(value, list):
        return [str(v["id"]) if isinstance(v, dict) else str(v) for v in value]
    return value


def _none_as_empty(value: object) -> object:
    return [] if value is None else value


def _id_str(value: object) -> object:
    return str(value) if isinstance(value, int) else value


IdStr = Annotated[str, BeforeValidator(_id_str)]
LineIds = Annotated[tuple[str, ...], BeforeValidator(_ids)]


class Language(QminderModel):
    """A language the location offers (`languages[]`); the first or ``primary`` one is default."""

    code: str
    name: str = ""
    native_name: str = ""
    primary: bool = False


class LineTranslation(QminderModel):
    language_code: str
    name: str | None = None


class LineAppointmentSettings(QminderModel):
    """`Line.appointmentSettings`: whether the line takes appointments."""

    enabled: bool = False
    duration_minutes: int | None = None


class Line(QminderModel):
    """A Qminder line: the service a visitor queues for."""

    id: IdStr
    name: str
    color: str | None = None
    disabled: bool = False
    archived: bool = False
    translations: Annotated[tuple[LineTranslation, ...], BeforeValidator(_none_as_empty)] = ()
    appointment_settings: LineAppointmentSettings | None = None

    @property
    def takes_appointments(self) -> bool:
        """The line has appointment settings and they are enabled."""
        return self.appointment_settings is not None and self.appointment_settings.enabled

    @property
    def offered(self) -> bool:
        """Visitors may join this line (Qminder answers 409 for disabled or archived lines)."""
        return not (self.disabled or self.archived)


class OptionTranslation(QminderModel):
    language_code: str
    title: str | None = None


class SelectOption(QminderModel):
    id: str
    title: str = ""
    color: str | None = None
    translations: Annotated[tuple[OptionTranslation, ...], BeforeValidator(_none_as_empty)] = ()


class NumericConstraints(QminderModel):
    """`NumericFieldConstraints`: bounds and the number of decimal places allowed."""

    min: Decimal | None = None
    max: Decimal | None = None
    scale: int | None = Field(default=None, ge=0)


class FieldTranslation(QminderModel):
    language_code: str
    title: str | None = None
    visitor_facing_title: str | None = None


def _numeric_constraints(value: object) -> object:
    """Keep only numeric constraints; attachment constraints mean nothing to the kiosk."""
    if isinstance(value, dict) and not ({"min", "max", "scale"} & value.keys()):
        return None
    return value


class InputField(QminderModel):
    """One input-field definition of the location (`location.inputFields[]`)."""

    id: str
    type: Annotated[FieldType, BeforeValidator(_known_field_type)]
    title: str | None = None
    visitor_facing_title: str | None = None
    is_mandatory_before_added: bool = False
    multi_select: bool = False
    options: Annotated[tuple[SelectOption, ...], BeforeValidator(_none_as_empty)] = ()
    visible_for_lines: LineIds = ()
    translations: Annotated[tuple[FieldTranslation, ...], BeforeValidator(_none_as_empty)] = ()
    constraints: Annotated[NumericConstraints | None, BeforeValidator(_numeric_constraints)] = None
    deleted: bool = False

    def visible_for(self, line_id: str) -> bool:
        """Qminder's rule: an empty `visibleForLines` means every line."""
        return not self.visible_for_lines or line_id in self.visible_for_lines


class TimeOfDay(QminderModel):
    hours: int = Field(default=0, ge=0, le=24)
    minutes: int = Field(default=0, ge=0, le=59)

    def as_time(self) -> dt.time:
        if self.hours == 24:
            return dt.time.max
        return dt.time(self.hours, self.minutes)


class BusinessHours(QminderModel):
    opens: TimeOfDay
    closes: TimeOfDay


class DayHours(QminderModel):
    closed: bool | None = None
    business_hours: Annotated[tuple[BusinessHours, ...], BeforeValidator(_none_as_empty)] = ()


class OpeningHours(QminderModel):
    """`openingHours2`: a week of business hours; a missing day is closed."""

    mon: DayHours | None = None
    tue: DayHours | None = None
    wed: DayHours | None = None
    thu: DayHours | None = None
    fri: DayHours | None = None
    sat: DayHours | None = None
    sun: DayHours | None = None


class OpeningHoursException(QminderModel):
    date: dt.date
    closed: bool = False
    closed_reason: str | None = None
    business_hours: Annotated[tuple[BusinessHours, ...], BeforeValidator(_none_as_empty)] = ()


def _fields_present(value: object) -> object:
    """`inputFields` is `[InputField]` (nullable items) in Qminder's schema: drop the nulls."""
    if isinstance(value, list):
        return [v for v in value if v is not None]
    return _none_as_empty(value)


class VisitPlanner(QminderModel):
    """`Location.visitPlanner`: the location's Visitor Website."""

    url: str = ""
    remote_sign_in: bool = False


class Location(QminderModel):
    """Everything the kiosk needs to know about its location, loaded by one GraphQL query."""

    id: IdStr
    name: str
    timezone: str = "UTC"
    country_code: str = ""
    languages: Annotated[tuple[Language, ...], BeforeValidator(_none_as_empty)] = ()
    lines: Annotated[tuple[Line, ...], BeforeValidator(_none_as_empty)] = ()
    input_fields: Annotated[tuple[InputField, ...], BeforeValidator(_fields_present)] = ()
    opening_hours: OpeningHours | None = Field(default=None, alias="openingHours2")
    opening_hours_exceptions: Annotated[
        tuple[OpeningHoursException, ...], BeforeValidator(_none_as_empty)
    ] = Field(default=(), alias="openingHoursExceptions2")
    visit_planner: VisitPlanner | None = None

    @property
    def primary_language(self) -> str:
        """The default language code: the one flagged primary, else the first, else "en"."""
        for language in self.languages:
            if language.primary:
                return language.code
        return self.languages[0].code if self.languages else "en"

    @property
    def offered_lines(self) -> tuple[Line, ...]:
        """Lines a visitor may join, in Qminder's order."""
        return tuple(line for line in self.lines if line.offered)

    def line(self, line_id: str) -> Line | None:
        return next((line for line in self.lines if line.id == line_id), None)

    def input_field(self, field_id: str) -> InputField | None:
        return next((f for f in self.input_fields if f.id == field_id), None)


def parse_location(data: dict[str, Any]) -> Location:
    """Parse the `location` object of the configuration query."""
    return Location.model_validate(data)
