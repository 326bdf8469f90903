"""The form rule: which fields a visitor sees for a chosen line, in their language.

`build_form(location, line_id, language)` turns the location's input-field definitions into a
`FormSpec`: the built-in detail fields (first name always; last name, phone and email when the
location has those input fields) and the custom questions visible for that line. Titles and
options are picked with `kiosk.domain.i18n`. The UI builds widgets from the spec; validation
checks answers against it.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum

from kiosk.domain.i18n import field_title, option_title, resolve_language
from kiosk.domain.models import FieldType, InputField, Location


class FieldKind(StrEnum):
    """What widget a field needs and how its answer is validated and sent."""

    FIRST_NAME = "first_name"
    LAST_NAME = "last_name"
    PHONE = "phone"
    EMAIL = "email"
    TEXT = "text"
    SINGLE_SELECT = "single_select"
    MULTI_SELECT = "multi_select"
    NUMERIC = "numeric"
    DATE = "date"


BUILTIN_KINDS = frozenset(
    {FieldKind.FIRST_NAME, FieldKind.LAST_NAME, FieldKind.PHONE, FieldKind.EMAIL}
)
"""Kinds sent as top-level keys of the ticket (`firstName`, `lastName`, `phoneNumber`, `email`)."""

FIRST_NAME_ID = "firstName"
"""Field id of the first name when the location defines no FIRST_NAME input field."""

FIRST_NAME_MAX = 50
LAST_NAME_MAX = 50
EMAIL_MAX = 100
PHONE_MAX = 40
"""Raw characters a visitor may type for a phone number (spaces and dashes included)."""
TEXT_MAX = 500
NUMERIC_MAX = 40
"""Characters a visitor may type for a number: a kiosk choice, far above any real answer."""


@dataclass(frozen=True, slots=True)
class OptionSpec:
    id: str
    label: str


@dataclass(frozen=True, slots=True)
class FieldSpec:
    """One field of the form, ready to render and validate.

    Attributes:
        id: the input field's id (for built-in fields without a definition: "firstName").
        kind: the widget and validation rule.
        label: the visitor-facing title in the chosen language (plain text). Empty for a
            detail field Qminder gives no title (FIRST_NAME and LAST_NAME never have one):
            the UI then shows its own translated label for that kind.
        required: must be answered before the ticket is created.
        options: the choices of a select field, labelled in the chosen language.
        minimum, maximum, scale: NUMERIC constraints (scale = decimal places allowed).
        max_length: the longest text accepted.
        sent_as_field: True when the answer goes into `fields[]` (custom questions),
            False when it is a top-level ticket key (firstName, lastName, phoneNumber, email).
    """

    id: str
    kind: FieldKind
    label: str
    required: bool = False
    options: tuple[OptionSpec, ...] = ()
    minimum: Decimal | None = None
    maximum: Decimal | None = None
    scale: int | None = None
    max_length: int = 500
    sent_as_field: bool = True


@dataclass(frozen=True, slots=True)
class FormSpec:
    """The visitor's form for one line and language."""

    line_id: str
    language: str
    details: tuple[FieldSpec, ...] = ()
    questions: tuple[FieldSpec, ...] = ()
    skipped: tuple[str, ...] = ()
    """Ids of fields not shown because the kiosk cannot collect them: types added after this
    release, and selects without options. (ATTACHMENT and URL fields are left out by design.)"""

    @property
    def fields(self) -> tuple[FieldSpec, ...]:
        return self.details + self.questions

    def field(self, field_id: str) -> FieldSpec | None:
        return next((f for f in self.fields if f.id == field_id), None)


class UnknownLineError(ValueError):
    """`build_form` was asked for a line the location does not have."""

    def __init__(self, line_id: str) -> None:
        super().__init__(line_id)
        self.line_id = line_id


_DETAIL_KINDS: tuple[tuple[FieldType, FieldKind, int], ...] = (
    (FieldType.FIRST_NAME, FieldKind.FIRST_NAME, FIRST_NAME_MAX),
    (FieldType.LAST_NAME, FieldKind.LAST_NAME, LAST_NAME_MAX),
    (FieldType.PHONE_NUMBER, FieldKind.PHONE, PHONE_MAX),
    (FieldType.EMAIL, FieldKind.EMAIL, EMAIL_MAX),
)

_DETAIL_TYPES = frozenset(field_type for field_type, _, _ in _DETAIL_KINDS)

_NOT_SHOWN = frozenset({FieldType.ATTACHMENT, FieldType.URL})
"""Types the kiosk never asks for: uploads are not possible, URL fields are for staff."""


def _detail(
    fields: list[InputField],
    field_type: FieldType,
    kind: FieldKind,
    max_length: int,
    language: str,
    primary: str,
) -> FieldSpec | None:
    field = next((f for f in fields if f.type is field_type), None)
    if field is None:
        if kind is not FieldKind.FIRST_NAME:
            return None
        return FieldSpec(
            id=FIRST_NAME_ID,
            kind=kind,
            label="",
            required=True,
            max_length=max_length,
            sent_as_field=False,
        )
    return FieldSpec(
        id=field.id,
        kind=kind,
        label=field_title(field, language, primary),
        required=kind is FieldKind.FIRST_NAME or field.is_mandatory_before_added,
        max_length=max_length,
        sent_as_field=False,
    )


def _question(field: InputField, language: str, primary: str) -> FieldSpec | None:
    label = field_title(field, language, primary)
    required = field.is_mandatory_before_added
    match field.type:
        case FieldType.TEXT:
            return FieldSpec(
                id=field.id,
                kind=FieldKind.TEXT,
                label=label,
                required=required,
                max_length=TEXT_MAX,
            )
        case FieldType.SELECT:
            options = tuple(
                OptionSpec(id=o.id, label=option_title(o, language, primary))
                for o in field.options
                if o.id
            )
            if not options:
                return None
            kind = FieldKind.MULTI_SELECT if field.multi_select else FieldKind.SINGLE_SELECT
            return FieldSpec(
                id=field.id, kind=kind, label=label, required=required, options=options
            )
        case FieldType.NUMERIC:
            limits = field.constraints
            return FieldSpec(
                id=field.id,
                kind=FieldKind.NUMERIC,
                label=label,
                required=required,
                minimum=limits.min if limits else None,
                maximum=limits.max if limits else None,
                scale=limits.scale if limits else None,
                max_length=NUMERIC_MAX,
            )
        case FieldType.DATE:
            return FieldSpec(id=field.id, kind=FieldKind.DATE, label=label, required=required)
        case _:
            return None


def build_form(location: Location, line_id: str, language: str) -> FormSpec:
    """The form a visitor who chose `line_id` fills in, labelled for `language`.

    Rules: deleted fields and fields not visible for the line are dropped. Details come first,
    in the order first name, last name, phone, email; a detail is present only when the
    location has that input field, except the first name, which Qminder always requires (its
    id is `FIRST_NAME_ID` when the location has no FIRST_NAME field, and it is present even if
    that field is limited to other lines). Questions (TEXT, SELECT, NUMERIC, DATE) follow in
    the location's order. ATTACHMENT and URL fields are never shown; fields of unknown types
    and selects without options are listed in `skipped`.

    Labels use the fallback chain of `kiosk.domain.i18n` starting at `language`; the form's
    `language` is the location language that best matches it (what `languageCode` carries).

    Raises:
        UnknownLineError: the location has no line `line_id`.
    """
    if location.line(line_id) is None:
        raise UnknownLineError(line_id)
    primary = location.primary_language
    live = [f for f in location.input_fields if not f.deleted]
    visible = [f for f in live if f.visible_for(line_id)]

    details: list[FieldSpec] = []
    for field_type, kind, max_length in _DETAIL_KINDS:
        source = live if kind is FieldKind.FIRST_NAME else visible
        spec = _detail(source, field_type, kind, max_length, language, primary)
        if spec is not None:
            details.append(spec)

    questions: list[FieldSpec] = []
    skipped: list[str] = []
    for field in visible:
        if field.type in _NOT_SHOWN or field.type in _DETAIL_TYPES:
            continue
        spec = _question(field, language, primary)
        if spec is None:
            skipped.append(field.id)
        else:
            questions.append(spec)

    codes = [lang.code for lang in location.languages]
    return FormSpec(
        line_id=line_id,
        language=resolve_language(language, codes, primary),
        details=tuple(details),
        questions=tuple(questions),
        skipped=tuple(skipped),
    )
