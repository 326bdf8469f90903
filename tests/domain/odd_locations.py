"""Hypothesis strategies for odd but schema-valid `location` answers of the KioskConfig query.

Everything drawn here is something Qminder's published schema allows: ``null`` wherever a
type is nullable (an option's id and title, translations' texts, opening-hour numbers,
whole input fields, the languages list), empty lists, repeated ids, hundreds of fields,
32-bit integers and unbounded decimals, 10,000-character strings, bidirectional controls and
HTML. `as_served` runs the drawn object through the KioskConfig query on Qminder's schema,
so a value the schema does not allow fails the test instead of slipping in.
"""

from __future__ import annotations

import datetime as dt
from functools import cache
from typing import Any

from graphql import GraphQLSchema, build_schema, graphql_sync
from hypothesis import strategies as st

from kiosk.api.queries import KIOSK_CONFIG
from tests.contract.spec import GRAPHQL_SCHEMA, spec_file

INT32 = (-(2**31), 2**31 - 1)
SHORT = (-(2**15), 2**15 - 1)
FIELD_TYPES = (
    "PHONE_NUMBER",
    "URL",
    "SELECT",
    "TEXT",
    "EMAIL",
    "DATE",
    "FIRST_NAME",
    "LAST_NAME",
    "NUMERIC",
    "ATTACHMENT",
)

_ODD_BITS = st.sampled_from(
    [
        "",
        " ",
        "\u202e",  # RIGHT-TO-LEFT OVERRIDE
        "\u2067",  # RIGHT-TO-LEFT ISOLATE
        "\u200f",
        "<b>bold</b>",
        "<img src=x onerror=alert(1)>",
        "&amp;",
        "\n",
        "\x00",
        "\x1b[31m",
        "\u3164",
        "\U0001f600",
        "العربية",
        "%1 %n",
    ]
)
TEXT = st.one_of(
    st.text(max_size=12),
    st.lists(st.one_of(_ODD_BITS, st.text(max_size=4)), max_size=5).map("".join),
    st.sampled_from(["x" * 10_000, "\u202e" + "y" * 10_000, "<p>" * 3_000]),
)
NULLABLE_TEXT = st.none() | TEXT
CODES = st.one_of(
    st.sampled_from(["en", "et", "ar", "es", "ru", "fr", "de", "pt-BR", "zh_TW", "EN", "xx"]),
    TEXT,
)
LINE_IDS = st.sampled_from(["1", "2", "3", "10", ""]) | st.integers(*INT32).map(str)
FIELD_IDS = st.sampled_from(["f1", "f2", "f3", ""]) | st.uuids().map(str)
OPTION_IDS = st.none() | st.sampled_from(["o1", "o2", ""]) | st.uuids().map(str)
DECIMALS = st.one_of(
    st.none(),
    st.integers(-(10**40), 10**40),
    st.floats(allow_nan=False, allow_infinity=False),
    st.decimals(allow_nan=False, allow_infinity=False, places=4).map(str),
    st.sampled_from(["1e400", "-1e400", "0.000000000000000000000000000001"]),
)


MOSTLY_FALSE = st.sampled_from([False, False, False, True])
"""Disabled, archived: most lines can be joined, so the forms get exercised."""


def _small_lists(elements: st.SearchStrategy[Any], max_size: int = 4) -> st.SearchStrategy[Any]:
    return st.lists(elements, max_size=max_size)


LANGUAGE = st.fixed_dictionaries(
    {"code": CODES, "name": TEXT, "nativeName": TEXT, "primary": st.booleans()}
)
LINE = st.fixed_dictionaries(
    {
        "id": LINE_IDS,
        "name": TEXT,
        "color": TEXT,
        "disabled": MOSTLY_FALSE,
        "archived": MOSTLY_FALSE,
        "translations": _small_lists(
            st.fixed_dictionaries({"languageCode": CODES, "name": NULLABLE_TEXT})
        ),
    }
)
OPTION = st.fixed_dictionaries(
    {
        "id": OPTION_IDS,
        "title": NULLABLE_TEXT,
        "color": NULLABLE_TEXT,
        "translations": _small_lists(
            st.fixed_dictionaries({"languageCode": CODES, "title": NULLABLE_TEXT})
        ),
    }
)
CONSTRAINTS = st.one_of(
    st.none(),
    st.fixed_dictionaries(
        {
            "__typename": st.just("NumericFieldConstraints"),
            "id": TEXT,
            "min": DECIMALS,
            "max": DECIMALS,
            "scale": st.none() | st.integers(*SHORT),
        }
    ),
    st.fixed_dictionaries({"__typename": st.just("AttachmentFieldConstraints"), "id": TEXT}),
)


@st.composite
def input_field(draw: st.DrawFn, line_ids: list[str]) -> dict[str, Any]:
    some = _small_lists(st.sampled_from(line_ids) | LINE_IDS) if line_ids else st.just([])
    visible = draw(st.one_of(st.just([]), some))  # empty: visible for every line
    return {
        "id": draw(FIELD_IDS),
        "type": draw(st.sampled_from(FIELD_TYPES)),
        "title": draw(NULLABLE_TEXT),
        "visitorFacingTitle": draw(NULLABLE_TEXT),
        "isMandatoryBeforeAdded": draw(st.booleans()),
        "multiSelect": draw(st.booleans()),
        "options": draw(_small_lists(OPTION, 6)),
        "visibleForLines": [{"id": line_id} for line_id in visible],
        "translations": draw(
            _small_lists(
                st.fixed_dictionaries(
                    {"languageCode": CODES, "title": NULLABLE_TEXT, "visitorFacingTitle": TEXT}
                )
            )
        ),
        "constraints": draw(CONSTRAINTS),
    }


@st.composite
def input_fields(draw: st.DrawFn, line_ids: list[str]) -> list[dict[str, Any]] | None:
    """``null``, a few odd fields (some ``null``), or hundreds of copies of one field."""
    kind = draw(st.sampled_from(["null", "few", "many"]))
    if kind == "null":
        return None
    if kind == "few":
        return draw(_small_lists(st.none() | input_field(line_ids), 8))
    template = draw(input_field(line_ids))
    count = draw(st.sampled_from([50, 500]))
    types = ("TEXT", "SELECT", "NUMERIC", "DATE", template["type"])
    return [
        {**template, "id": f"{template['id']}-{index}", "type": types[index % len(types)]}
        for index in range(count)
    ]


TIME = st.fixed_dictionaries(
    {"hours": st.none() | st.integers(*INT32), "minutes": st.none() | st.integers(*INT32)}
)
SANE_TIME = st.fixed_dictionaries(
    {"hours": st.none() | st.integers(0, 24), "minutes": st.none() | st.integers(0, 59)}
)
BUSINESS_HOURS = st.fixed_dictionaries(
    {"opens": st.one_of(SANE_TIME, TIME), "closes": st.one_of(SANE_TIME, TIME)}
)
DAY = st.none() | st.fixed_dictionaries(
    {
        "closed": st.none() | st.booleans(),
        "businessHours": st.none() | _small_lists(BUSINESS_HOURS, 3),
    }
)
WEEK = st.none() | st.fixed_dictionaries(
    dict.fromkeys(("mon", "tue", "wed", "thu", "fri", "sat", "sun"), DAY)
)
EXCEPTION = st.fixed_dictionaries(
    {
        "date": st.dates(dt.date(2000, 1, 1), dt.date(2100, 12, 31)).map(dt.date.isoformat),
        "closed": st.booleans(),
        "closedReason": NULLABLE_TEXT,
        "businessHours": st.none() | _small_lists(BUSINESS_HOURS, 2),
    }
)
ZONES = st.one_of(
    st.sampled_from(["Europe/Tallinn", "UTC", "America/St_Johns", "Asia/Kolkata"]), TEXT
)


@st.composite
def odd_location(draw: st.DrawFn) -> dict[str, Any]:
    """A `location` object as Qminder's schema allows it (see `as_served`)."""
    lines = draw(st.lists(LINE, min_size=1, max_size=8) | _small_lists(LINE, 8))
    line_ids = [line["id"] for line in lines]
    return {
        "id": draw(st.sampled_from(["4052", "1"]) | st.integers(1, INT32[1]).map(str)),
        "name": draw(TEXT),
        "timezone": draw(ZONES),
        "countryCode": draw(st.sampled_from(["EE", "", "XX", "ee"]) | TEXT),
        "languages": draw(st.none() | _small_lists(LANGUAGE, 6)),
        "openingHours2": draw(WEEK),
        "openingHoursExceptions2": draw(_small_lists(EXCEPTION, 3)),
        "lines": lines,
        "inputFields": draw(input_fields(line_ids)),
    }


@cache
def qminder_schema() -> GraphQLSchema:
    return build_schema(spec_file(GRAPHQL_SCHEMA).read_text(encoding="utf-8"))


def as_served(location: dict[str, Any]) -> dict[str, Any]:
    """`location` as Qminder would send it for the kiosk's own query, checked by the schema."""
    result = graphql_sync(
        qminder_schema(),
        KIOSK_CONFIG,
        root_value={"location": location},
        variable_values={"locationId": "1"},
    )
    assert result.errors is None, result.errors
    assert result.data is not None
    served = result.data["location"]
    assert isinstance(served, dict)
    return served
