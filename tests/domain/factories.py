"""Small `Location` objects for the domain tests, built in Python (no sandbox, no JSON files)."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from kiosk.domain.models import (
    FieldTranslation,
    FieldType,
    InputField,
    Language,
    Line,
    LineTranslation,
    Location,
    NumericConstraints,
    OptionTranslation,
    SelectOption,
)

LINE_A = "1001"
LINE_B = "1002"
LINE_OFF = "1003"


def field(field_type: FieldType, field_id: str | None = None, **values: Any) -> InputField:
    return InputField(id=field_id or f"f-{field_type.value.lower()}", type=field_type, **values)


def option(option_id: str, title: str, **translations: str) -> SelectOption:
    return SelectOption(
        id=option_id,
        title=title,
        translations=tuple(
            OptionTranslation(language_code=code.replace("_", "-"), title=text)
            for code, text in translations.items()
        ),
    )


def numeric(
    field_id: str = "f-count",
    *,
    minimum: str | None = None,
    maximum: str | None = None,
    scale: int | None = None,
    **values: Any,
) -> InputField:
    return field(
        FieldType.NUMERIC,
        field_id,
        constraints=NumericConstraints(
            min=None if minimum is None else Decimal(minimum),
            max=None if maximum is None else Decimal(maximum),
            scale=scale,
        ),
        **values,
    )


def translated(code: str, title: str | None = None, visitor: str | None = None) -> FieldTranslation:
    return FieldTranslation(language_code=code, title=title, visitor_facing_title=visitor)


def location(
    fields: tuple[InputField, ...] = (),
    *,
    languages: tuple[str, ...] = ("en", "et"),
    primary: str | None = None,
    lines: tuple[Line, ...] | None = None,
    country_code: str = "EE",
) -> Location:
    first = primary or languages[0]
    return Location(
        id="42",
        name="Test office",
        country_code=country_code,
        languages=tuple(Language(code=c, primary=c == first) for c in languages),
        lines=lines
        if lines is not None
        else (
            Line(
                id=LINE_A,
                name="Passports",
                translations=(LineTranslation(language_code="et", name="Passid"),),
            ),
            Line(id=LINE_B, name="Licences"),
            Line(id=LINE_OFF, name="Closed desk", disabled=True),
        ),
        input_fields=fields,
    )


def full_location() -> Location:
    """A location with every kind of field, some limited to line A, and a few never shown."""
    return location(
        (
            field(FieldType.FIRST_NAME, "fn"),
            field(FieldType.LAST_NAME, "ln", is_mandatory_before_added=True),
            field(FieldType.EMAIL, "em", title="E-mail"),
            field(FieldType.PHONE_NUMBER, "ph", visitor_facing_title="Mobile"),
            field(
                FieldType.TEXT,
                "reason",
                title="Reason",
                visitor_facing_title="Why are you here?",
                translations=(translated("et", title="Põhjus", visitor="Miks te tulite?"),),
            ),
            field(
                FieldType.SELECT,
                "service",
                title="Service",
                is_mandatory_before_added=True,
                visible_for_lines=(LINE_A,),
                options=(option("o-new", "New", et="Uus"), option("o-renew", "Renewal")),
            ),
            field(
                FieldType.SELECT,
                "topics",
                title="Topics",
                multi_select=True,
                options=(option("t1", "One"), option("t2", "Two"), option("t3", "Three")),
            ),
            numeric("count", minimum="1", maximum="10", scale=0, title="People"),
            numeric("amount", minimum="0", maximum="999.99", scale=2, title="Amount"),
            field(FieldType.DATE, "born", title="Birth date"),
            field(FieldType.URL, "link", title="Link"),
            field(FieldType.ATTACHMENT, "file", title="File"),
            field(FieldType.UNSUPPORTED, "future", title="Hologram"),
            field(FieldType.TEXT, "gone", title="Old", deleted=True),
            field(FieldType.TEXT, "only-b", title="B only", visible_for_lines=(LINE_B,)),
        )
    )
