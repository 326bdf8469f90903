"""`build_form`: which fields a visitor sees for a line, in what order, labelled how."""

from __future__ import annotations

import time
from decimal import Decimal

import pytest

from kiosk.domain.form import (
    BUILTIN_KINDS,
    FIRST_NAME_ID,
    FieldKind,
    FieldSpec,
    FormSpec,
    OptionSpec,
    UnknownLineError,
    build_form,
)
from kiosk.domain.models import FieldType, InputField, Location
from tests.domain.factories import LINE_A, LINE_B, LINE_OFF, field, location, option


def _ids(specs: tuple[FieldSpec, ...]) -> list[str]:
    return [spec.id for spec in specs]


def test_details_come_in_fixed_order(form_a: FormSpec) -> None:
    assert [(s.id, s.kind) for s in form_a.details] == [
        ("fn", FieldKind.FIRST_NAME),
        ("ln", FieldKind.LAST_NAME),
        ("ph", FieldKind.PHONE),
        ("em", FieldKind.EMAIL),
    ]
    assert all(not s.sent_as_field for s in form_a.details)
    assert {s.kind for s in form_a.details} == BUILTIN_KINDS


def test_questions_follow_the_location_order(form_a: FormSpec) -> None:
    assert _ids(form_a.questions) == ["reason", "service", "topics", "count", "amount", "born"]
    assert all(s.sent_as_field for s in form_a.questions)
    assert form_a.fields == form_a.details + form_a.questions


def test_visibility_per_line(office: Location) -> None:
    form_b = build_form(office, LINE_B, "en")
    assert _ids(form_b.questions) == ["reason", "topics", "count", "amount", "born", "only-b"]


def test_hidden_and_deleted_fields(form_a: FormSpec) -> None:
    shown = {s.id for s in form_a.fields}
    assert not shown & {"link", "file", "future", "gone"}
    assert form_a.skipped == ("future",)


def test_required_flags(form_a: FormSpec) -> None:
    required = {s.id for s in form_a.fields if s.required}
    assert required == {"fn", "ln", "service"}


def test_kinds_and_constraints(form_a: FormSpec) -> None:
    service = form_a.field("service")
    topics = form_a.field("topics")
    count = form_a.field("count")
    amount = form_a.field("amount")
    assert service is not None
    assert topics is not None
    assert count is not None
    assert amount is not None
    assert service.kind is FieldKind.SINGLE_SELECT
    assert service.options == (OptionSpec("o-new", "New"), OptionSpec("o-renew", "Renewal"))
    assert topics.kind is FieldKind.MULTI_SELECT
    assert (count.kind, count.minimum, count.maximum, count.scale) == (
        FieldKind.NUMERIC,
        Decimal(1),
        Decimal(10),
        0,
    )
    assert (amount.minimum, amount.maximum, amount.scale) == (Decimal(0), Decimal("999.99"), 2)
    assert form_a.field("born") is not None
    assert form_a.field("born").kind is FieldKind.DATE  # type: ignore[union-attr]


def test_max_lengths(form_a: FormSpec) -> None:
    lengths = {s.id: s.max_length for s in form_a.fields}
    assert lengths["fn"] == 50
    assert lengths["ln"] == 50
    assert lengths["em"] == 100
    assert lengths["ph"] == 40
    assert lengths["reason"] == 500


def test_labels_in_english(form_a: FormSpec) -> None:
    labels = {s.id: s.label for s in form_a.fields}
    assert labels["fn"] == ""  # built-in without a title: the UI labels it
    assert labels["ln"] == ""
    assert labels["em"] == "E-mail"
    assert labels["ph"] == "Mobile"
    assert labels["reason"] == "Why are you here?"
    assert labels["count"] == "People"


def test_labels_and_options_translated(office: Location) -> None:
    form = build_form(office, LINE_A, "et")
    assert form.language == "et"
    assert form.field("reason").label == "Miks te tulite?"  # type: ignore[union-attr]
    assert form.field("service").options == (  # type: ignore[union-attr]
        OptionSpec("o-new", "Uus"),
        OptionSpec("o-renew", "Renewal"),
    )


def test_form_language_is_a_location_language(office: Location) -> None:
    assert build_form(office, LINE_A, "et-EE").language == "et"
    assert build_form(office, LINE_A, "ET").language == "et"
    assert build_form(office, LINE_A, "de").language == "en"


def test_first_name_is_always_there_and_required() -> None:
    form = build_form(location((field(FieldType.TEXT, "t", title="Note"),)), LINE_A, "en")
    assert len(form.details) == 1
    first = form.details[0]
    assert (first.id, first.kind, first.required, first.label) == (
        FIRST_NAME_ID,
        FieldKind.FIRST_NAME,
        True,
        "",
    )
    assert first.max_length == 50
    assert not first.sent_as_field


def test_first_name_field_is_required_even_if_not_mandatory_or_limited() -> None:
    first = field(FieldType.FIRST_NAME, "fn", visible_for_lines=(LINE_B,))
    form = build_form(location((first,)), LINE_A, "en")
    assert [(s.id, s.required) for s in form.details] == [("fn", True)]


def test_deleted_first_name_field_uses_the_built_in_id() -> None:
    form = build_form(location((field(FieldType.FIRST_NAME, "fn", deleted=True),)), LINE_A, "en")
    assert _ids(form.details) == [FIRST_NAME_ID]


def test_details_missing_from_the_location_are_absent() -> None:
    fields = (field(FieldType.EMAIL, "em"), field(FieldType.LAST_NAME, "ln"))
    form = build_form(location(fields), LINE_A, "en")
    assert [s.kind for s in form.details] == [
        FieldKind.FIRST_NAME,
        FieldKind.LAST_NAME,
        FieldKind.EMAIL,
    ]
    assert not any(s.required for s in form.details[1:])


def test_details_limited_to_another_line_are_absent() -> None:
    phone = field(FieldType.PHONE_NUMBER, "ph", visible_for_lines=(LINE_B,))
    assert _ids(build_form(location((phone,)), LINE_A, "en").details) == [FIRST_NAME_ID]
    assert _ids(build_form(location((phone,)), LINE_B, "en").details) == [FIRST_NAME_ID, "ph"]


def test_visible_for_several_lines() -> None:
    note = field(FieldType.TEXT, "t", visible_for_lines=(LINE_A, LINE_B))
    loc = location((note,))
    assert _ids(build_form(loc, LINE_A, "en").questions) == ["t"]
    assert _ids(build_form(loc, LINE_B, "en").questions) == ["t"]
    assert _ids(build_form(loc, LINE_OFF, "en").questions) == []
    other = location((field(FieldType.TEXT, "t", visible_for_lines=("999",)),))
    assert build_form(other, LINE_A, "en").questions == ()


def test_select_without_options_is_skipped() -> None:
    empty = field(FieldType.SELECT, "s", options=())
    blank_id = InputField.model_validate(
        {"id": "s2", "type": "SELECT", "options": [{"id": "", "title": "Nothing"}]}
    )
    form = build_form(location((empty, blank_id)), LINE_A, "en")
    assert form.questions == ()
    assert form.skipped == ("s", "s2")


def test_numeric_without_constraints() -> None:
    form = build_form(location((field(FieldType.NUMERIC, "n"),)), LINE_A, "en")
    spec = form.questions[0]
    assert (spec.minimum, spec.maximum, spec.scale) == (None, None, None)


def test_only_the_first_of_repeated_detail_fields_is_used() -> None:
    fields = (field(FieldType.EMAIL, "em1"), field(FieldType.EMAIL, "em2"))
    assert _ids(build_form(location(fields), LINE_A, "en").details) == [FIRST_NAME_ID, "em1"]


def test_unknown_line() -> None:
    with pytest.raises(UnknownLineError) as raised:
        build_form(location(), "nope", "en")
    assert raised.value.line_id == "nope"
    assert isinstance(raised.value, ValueError)


def test_a_location_parsed_from_graphql() -> None:
    loc = Location.model_validate(
        {
            "id": 7,
            "name": "Office",
            "languages": [{"code": "en", "primary": True}],
            "lines": [{"id": 88100, "name": "Main"}],
            "inputFields": [
                None,
                {
                    "id": "u1",
                    "type": "SELECT",
                    "title": "Service Type",
                    "multiSelect": False,
                    "visibleForLines": [{"id": "88100"}],
                    "options": [{"id": "a1", "title": "New Account"}],
                },
                {"id": "u2", "type": "HOLOGRAM", "title": "Future"},
                {"id": "u3", "type": "URL", "title": "Staff link"},
            ],
        }
    )
    form = build_form(loc, "88100", "en")
    assert _ids(form.questions) == ["u1"]
    assert form.skipped == ("u2",)


def test_fifty_fields_build_quickly() -> None:
    fields = tuple(
        field(
            FieldType.SELECT,
            f"s{i}",
            title=f"Q{i}",
            options=tuple(option(f"o{i}-{j}", f"O{j}", et=f"V{j}") for j in range(5)),
        )
        for i in range(50)
    )
    loc = location(fields)
    start = time.perf_counter()
    form = build_form(loc, LINE_A, "et")
    elapsed = time.perf_counter() - start
    assert len(form.questions) == 50
    assert elapsed < 0.05
