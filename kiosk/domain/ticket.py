"""The `POST /tickets` request and what Qminder answers about tickets.

A `TicketRequest` cannot hold a value Qminder's documented rules would reject: its field
constraints mirror the OpenAPI `requestBody`. It is checked in two places, both here: when it
is built from the visit (`kiosk.domain.validation` turns a visitor's raw answers into a
request or into typed, translatable field errors) and when it is read back from the outbox
(`TicketRequest.checked`: rules may have tightened since it was stored). Everything after
that, the sender and the HTTP client, trusts the type.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from enum import StrEnum
from typing import Annotated, Any, Self

from pydantic import (
    AfterValidator,
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    ValidationError,
    model_validator,
)
from pydantic.alias_generators import to_camel

PHONE_PATTERN = r"^\+?[0-9]{5,20}$"


def _not_blank(value: str) -> str:
    """Qminder refuses blank names and labels ("must not be empty or blank")."""
    if len(value.strip()) < 1:
        raise ValueError("blank")
    return value


def _trimmed_first_name(value: str) -> str:
    if len(value.strip()) < 2:
        raise ValueError("a first name has at least 2 characters besides spaces")
    return value


class TicketSource(StrEnum):
    NAME = "NAME"  # "created by sign-in kiosk device"


class _Body(BaseModel):
    model_config = ConfigDict(
        alias_generator=to_camel, populate_by_name=True, frozen=True, extra="forbid"
    )


class FieldAnswer(_Body):
    """One `fields[]` item: an input field id and exactly one of `value` / `optionIds`."""

    input_field_id: str = Field(min_length=1)
    value: str | None = Field(default=None, min_length=1, max_length=500)
    option_ids: tuple[str, ...] | None = Field(default=None, min_length=1)

    @model_validator(mode="after")
    def _exactly_one(self) -> Self:
        if (self.value is None) == (self.option_ids is None):
            raise ValueError("a field answer carries exactly one of value or optionIds")
        return self


class Label(_Body):
    value: Annotated[str, AfterValidator(_not_blank)] = Field(min_length=1, max_length=50)


class InvalidTicketRequest(ValueError):
    """Data that breaks Qminder's documented rules for a ticket request.

    ``problems`` maps each wire field path (``firstName``, ``fields.0.value``) to a reason code
    (``string_too_short``, ``missing``, ...). Values are never included: they are personal data.
    """

    def __init__(self, problems: Mapping[str, str]) -> None:
        self.problems = dict(problems)
        super().__init__(f"ticket request is invalid: {self.listed or 'unknown problem'}")

    @property
    def listed(self) -> str:
        """``firstName (string_too_short), ...``: safe to log and to show staff."""
        return ", ".join(f"{path} ({code})" for path, code in self.problems.items())


def _wire_path(location: tuple[int | str, ...]) -> str:
    parts = (to_camel(part) if isinstance(part, str) else str(part) for part in location)
    return ".".join(parts) or "request"


class TicketRequest(_Body):
    """The body of `POST /tickets`, valid by construction."""

    line_id: str = Field(min_length=1)
    first_name: Annotated[str, AfterValidator(_trimmed_first_name)] = Field(
        min_length=2, max_length=50
    )
    last_name: str | None = Field(default=None, min_length=1, max_length=50)
    phone_number: str | None = Field(default=None, pattern=PHONE_PATTERN)
    email: str | None = Field(default=None, min_length=3, max_length=100)
    language_code: str | None = Field(default=None, min_length=2, max_length=5)
    source: TicketSource = TicketSource.NAME
    fields: tuple[FieldAnswer, ...] = ()
    labels: tuple[Label, ...] = ()

    @classmethod
    def checked(cls, data: str | bytes | Mapping[str, Any]) -> TicketRequest:
        """A request made from stored data (JSON text, or a mapping with wire or field
        names), after every rule; used when a check-in is read back from the outbox.

        Raises `InvalidTicketRequest` naming the wire field paths and reason codes. It has no
        ``__cause__`` or ``__context__``: pydantic's error would carry the personal data.
        """
        try:
            if isinstance(data, str | bytes):
                return cls.model_validate_json(data)
            return cls.model_validate(data)
        except ValidationError as exc:
            problems: dict[str, str] = {}
            for error in exc.errors(include_input=False, include_url=False):
                problems.setdefault(_wire_path(error["loc"]), error["type"])
        raise InvalidTicketRequest(problems)

    def to_body(self) -> dict[str, Any]:
        """The JSON body: camelCase keys, empty optional keys left out (never ``null``)."""
        body = self.model_dump(mode="json", by_alias=True, exclude_none=True)
        for key in ("fields", "labels"):
            if not body[key]:
                del body[key]
        return body


def _as_str(value: object) -> object:
    return str(value) if isinstance(value, int) else value


class TicketCreated(BaseModel):
    """201 answer of `POST /tickets`. `publicId` is what the visitor is shown."""

    model_config = ConfigDict(alias_generator=to_camel, populate_by_name=True, frozen=True)

    id: Annotated[str, BeforeValidator(_as_str)]
    public_id: str | None = None


class _Created(BaseModel):
    date: dt.datetime


class Ticket(BaseModel):
    """A ticket as `GET /v1/tickets/{id}` and `/v1/tickets/search` describe it."""

    model_config = ConfigDict(
        alias_generator=to_camel, populate_by_name=True, frozen=True, extra="ignore"
    )

    id: Annotated[str, BeforeValidator(_as_str)]
    public_id: str | None = None
    status: str = "NEW"
    line: Annotated[str | None, BeforeValidator(_as_str)] = None
    first_name: str | None = None
    last_name: str | None = None
    phone_number: Annotated[str | None, BeforeValidator(_as_str)] = None
    email: str | None = None
    created: _Created | None = None

    @property
    def created_at(self) -> dt.datetime | None:
        return self.created.date if self.created else None
