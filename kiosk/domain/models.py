"""The location's configuration as Qminder describes it (GraphQL `location`).

Every model parses the camelCase JSON that Qminder's GraphQL API returns and is frozen: the
configuration is loaded once, cached, and shared read-only by every screen.
Unknown future enum values never break parsing: they become ``UNSUPPORTED``.

Parsing is lenient item by item (`kiosk.domain.lenient`): a line, language, input field,
option, translation or opening interval that cannot be used is dropped, and so is a second
item with an id already seen; ``null`` where the meaning is clear becomes the default. The
location itself fails only when it has no id. What was dropped is listed in
`Location.skipped` (positions and ids only) for the log and `kiosk check-config`.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal, InvalidOperation
from enum import StrEnum
from typing import Annotated, Any, Self

from pydantic import (
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    ValidationInfo,
    model_validator,
)
from pydantic.alias_generators import to_camel

from kiosk.domain.lenient import SKIPPED, each, id_text, note, or_default, readable
from kiosk.domain.numeric import BOUND_LIMIT, first_answer


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
    if not isinstance(value, FieldType) and not (
        isinstance(value, str) and value in FieldType.__members__
    ):
        return FieldType.UNSUPPORTED
    return value


def _line_ids(value: object, info: ValidationInfo) -> object:
    """Accept `visibleForLines` as GraphQL objects (``[{"id": "1"}]``) or as plain ids.

    Entries without a usable id are dropped. When every entry is dropped, the field's lines
    are unknown: it is refused (an empty list would mean "every line").
    """
    if value is None:
        return ()
    if not isinstance(value, list | tuple):
        return value
    ids: list[str] = []
    for entry in value:
        raw = entry.get("id") if isinstance(entry, dict) else entry
        try:
            line_id = id_text(raw)
        except ValueError:
            note(info, "a line of visibleForLines has no usable id")
            continue
        assert isinstance(line_id, str)
        if line_id not in ids:
            ids.append(line_id)
    if value and not ids:
        raise ValueError("none of the lines it is visible for has a usable id")
    return tuple(ids)


IdStr = Annotated[str, BeforeValidator(id_text)]
Text = Annotated[str, BeforeValidator(or_default(""))]
Flag = Annotated[bool, BeforeValidator(or_default(False))]
LineIds = Annotated[tuple[str, ...], BeforeValidator(_line_ids)]


def _code_key(language: Language) -> str:
    return language.code.strip().replace("_", "-").casefold()


class Language(QminderModel):
    """A language the location offers (`languages[]`); the first or ``primary`` one is default."""

    code: Annotated[str, BeforeValidator(id_text)]
    name: Text = ""
    native_name: Text = ""
    primary: Flag = False


class LineTranslation(QminderModel):
    language_code: Text
    name: str | None = None


class LineAppointmentSettings(QminderModel):
    """`Line.appointmentSettings`: whether the line takes appointments."""

    enabled: bool = False
    duration_minutes: int | None = None


class Line(QminderModel):
    """A Qminder line: the service a visitor queues for."""

    id: IdStr
    name: Text
    color: str | None = None
    disabled: Flag = False
    archived: Flag = False
    translations: Annotated[
        tuple[LineTranslation, ...], BeforeValidator(each(LineTranslation, "translation"))
    ] = ()
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
    language_code: Text
    title: str | None = None


class SelectOption(QminderModel):
    """A choice of a SELECT field. One without an id, or with no title in any language,
    cannot be offered: it is refused (and skipped by its field)."""

    id: IdStr
    title: Text = ""
    color: str | None = None
    translations: Annotated[
        tuple[OptionTranslation, ...], BeforeValidator(each(OptionTranslation, "translation"))
    ] = ()

    @model_validator(mode="after")
    def _has_a_title(self) -> Self:
        titles = [self.title, *(t.title or "" for t in self.translations)]
        if not any(title.strip() for title in titles):
            raise ValueError("the option has no title in any language")
        return self


def _bound(value: object) -> object:
    """A decimal bound, or None: an unreadable, infinite or far too large bound is no bound."""
    if value is None:
        return None
    try:
        if isinstance(value, Decimal):
            number = value
        elif isinstance(value, int | float | str) and not isinstance(value, bool):
            number = Decimal(value if isinstance(value, int) else str(value))
        else:
            return None
    except InvalidOperation:
        return None
    return number if number.is_finite() and abs(number) < BOUND_LIMIT else None


def _scale(value: object) -> object:
    """Decimal places: a negative scale (allowed by the schema's Short) means whole numbers."""
    if isinstance(value, int) and not isinstance(value, bool):
        return max(value, 0)
    return None


class NumericConstraints(QminderModel):
    """`NumericFieldConstraints`: bounds and the number of decimal places allowed.

    Bounds no typed number fits (minimum above maximum, or no number with the allowed
    decimal places between them) are dropped: a required question must stay answerable.
    """

    min: Annotated[Decimal | None, BeforeValidator(_bound)] = None
    max: Annotated[Decimal | None, BeforeValidator(_bound)] = None
    scale: Annotated[int | None, BeforeValidator(_scale)] = Field(default=None, ge=0)

    @model_validator(mode="after")
    def _bounds_fit(self, info: ValidationInfo) -> Self:
        low, high = self.min, self.max
        if low is not None and high is not None and first_answer(low, high, self.scale) is None:
            note(info, "numeric bounds dropped: no number a visitor can type fits between them")
            return self.model_copy(update={"min": None, "max": None})
        return self


class FieldTranslation(QminderModel):
    language_code: Text
    title: str | None = None
    visitor_facing_title: str | None = None


def _numeric_constraints(value: object, info: ValidationInfo) -> object:
    """Keep only numeric constraints; attachment constraints mean nothing to the kiosk.

    Constraints that cannot be read at all are dropped (the answer is then checked by Qminder).
    """
    if isinstance(value, NumericConstraints) or value is None:
        return value
    if not isinstance(value, dict) or not ({"min", "max", "scale"} & value.keys()):
        return None
    return readable(NumericConstraints, value, info, "numeric constraints dropped: unreadable")


class InputField(QminderModel):
    """One input-field definition of the location (`location.inputFields[]`)."""

    id: IdStr
    type: Annotated[FieldType, BeforeValidator(_known_field_type)]
    title: str | None = None
    visitor_facing_title: str | None = None
    is_mandatory_before_added: Flag = False
    multi_select: Flag = False
    options: Annotated[
        tuple[SelectOption, ...], BeforeValidator(each(SelectOption, "option", lambda o: o.id))
    ] = ()
    visible_for_lines: LineIds = ()
    translations: Annotated[
        tuple[FieldTranslation, ...], BeforeValidator(each(FieldTranslation, "translation"))
    ] = ()
    constraints: Annotated[NumericConstraints | None, BeforeValidator(_numeric_constraints)] = None
    deleted: Flag = False

    def visible_for(self, line_id: str) -> bool:
        """Qminder's rule: an empty `visibleForLines` means every line."""
        return not self.visible_for_lines or line_id in self.visible_for_lines


class TimeOfDay(QminderModel):
    """`OpeningHoursTime`; a ``null`` part counts as 0. Out of range: the interval is skipped."""

    hours: Annotated[int, BeforeValidator(or_default(0))] = Field(default=0, ge=0, le=24)
    minutes: Annotated[int, BeforeValidator(or_default(0))] = Field(default=0, ge=0, le=59)

    def as_time(self) -> dt.time:
        if self.hours == 24:
            return dt.time.max
        return dt.time(self.hours, self.minutes)


class BusinessHours(QminderModel):
    opens: TimeOfDay
    closes: TimeOfDay


_intervals = each(BusinessHours, "opening interval")


class DayHours(QminderModel):
    closed: bool | None = None
    business_hours: Annotated[tuple[BusinessHours, ...], BeforeValidator(_intervals)] = ()


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
    closed: Flag = False
    closed_reason: str | None = None
    business_hours: Annotated[tuple[BusinessHours, ...], BeforeValidator(_intervals)] = ()


def _opening_hours(value: object, info: ValidationInfo) -> object:
    """A week that cannot be read at all is left out (as if none were configured)."""
    if value is None or isinstance(value, OpeningHours):
        return value
    return readable(OpeningHours, value, info, "opening hours skipped: unreadable")


class VisitPlanner(QminderModel):
    """`Location.visitPlanner`: the location's Visitor Website."""

    url: str = ""
    remote_sign_in: bool = False


class Location(QminderModel):
    """Everything the kiosk needs to know about its location, loaded by one GraphQL query."""

    id: IdStr
    name: Text
    timezone: Annotated[str, BeforeValidator(or_default("UTC"))] = "UTC"
    country_code: Text = ""
    languages: Annotated[
        tuple[Language, ...], BeforeValidator(each(Language, "language", _code_key))
    ] = ()
    lines: Annotated[tuple[Line, ...], BeforeValidator(each(Line, "line", lambda li: li.id))] = ()
    input_fields: Annotated[
        tuple[InputField, ...], BeforeValidator(each(InputField, "input field", lambda f: f.id))
    ] = ()
    opening_hours: Annotated[OpeningHours | None, BeforeValidator(_opening_hours)] = Field(
        default=None, alias="openingHours2"
    )
    opening_hours_exceptions: Annotated[
        tuple[OpeningHoursException, ...],
        BeforeValidator(each(OpeningHoursException, "opening hours exception")),
    ] = Field(default=(), alias="openingHoursExceptions2")
    visit_planner: VisitPlanner | None = None
    skipped: tuple[str, ...] = Field(default=(), exclude=True)
    """What parsing left out or changed (by position and id only, no texts): for the log."""

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
    """Parse the `location` object of the configuration query, item by item.

    Raises:
        pydantic.ValidationError: only when the location itself is unusable (no id).
    """
    context: dict[str, Any] = {}
    location = Location.model_validate(data, context=context)
    skipped = tuple(context.get(SKIPPED, ()))
    return location.model_copy(update={"skipped": skipped}) if skipped else location
