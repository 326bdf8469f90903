"""`build_ticket_request` and the `POST /tickets` body it produces."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping

import pydantic
import pytest

from kiosk.domain.form import FIRST_NAME_ID, FieldKind, FieldSpec, FormSpec, build_form
from kiosk.domain.models import FieldType
from kiosk.domain.ticket import FieldAnswer, Label, TicketCreated, TicketRequest, TicketSource
from kiosk.domain.validation import (
    Answer,
    ErrorCode,
    FieldError,
    InvalidAnswers,
    build_ticket_request,
)
from tests.domain.factories import LINE_A, field, location

MINIMAL: Mapping[str, Answer] = {"fn": "Jane", "ln": "Doe", "service": ("o-new",)}


def test_minimal_request(form_a: FormSpec) -> None:
    request = build_ticket_request(form_a, MINIMAL, default_region="EE")
    assert request.to_body() == {
        "lineId": LINE_A,
        "firstName": "Jane",
        "lastName": "Doe",
        "languageCode": "en",
        "source": "NAME",
        "fields": [{"inputFieldId": "service", "optionIds": ["o-new"]}],
    }


def test_full_request(form_a: FormSpec) -> None:
    answers: Mapping[str, Answer] = {
        "fn": "  Jane\u202e ",
        "ln": "Doe\tSmith",
        "ph": "5123 4567",
        "em": " jane@example.com",
        "reason": "Lost\npassport",
        "service": "o-renew",
        "topics": ("t3", "t1"),
        "count": "3,0",
        "amount": "12,50",
        "born": dt.date(1990, 5, 17),
        "link": "https://example.com",  # not in the form: ignored
        "unknown": "x",
    }
    body = build_ticket_request(
        form_a, answers, default_region="EE", labels=["Kiosk", " ", "Kiosk", "Lobby\n"]
    ).to_body()
    assert body == {
        "lineId": LINE_A,
        "firstName": "Jane",
        "lastName": "Doe Smith",
        "phoneNumber": "+37251234567",
        "email": "jane@example.com",
        "languageCode": "en",
        "source": "NAME",
        "fields": [
            {"inputFieldId": "reason", "value": "Lost passport"},
            {"inputFieldId": "service", "optionIds": ["o-renew"]},
            {"inputFieldId": "topics", "optionIds": ["t1", "t3"]},
            {"inputFieldId": "count", "value": "3"},
            {"inputFieldId": "amount", "value": "12.5"},
            {"inputFieldId": "born", "value": "1990-05-17"},
        ],
        "labels": [{"value": "Kiosk"}, {"value": "Lobby"}],
    }


def test_phone_examples() -> None:
    form = build_form(location((field(FieldType.PHONE_NUMBER, "ph"),)), LINE_A, "en")
    cases = [
        ("+372 5123 4567", None, "+37251234567"),
        ("5123 4567", "EE", "+37251234567"),
        ("(201) 555-0123", "US", "+12015550123"),
        ("+44 20 7946 0958", "EE", "+442079460958"),
        ("020 7946 0958", "gb", "+442079460958"),
    ]
    for raw, region, expected in cases:
        request = build_ticket_request(
            form, {FIRST_NAME_ID: "Jo", "ph": raw}, default_region=region
        )
        assert request.phone_number == expected


def test_body_has_no_empty_or_null_keys() -> None:
    form = build_form(location(), LINE_A, "et")
    body = build_ticket_request(form, {FIRST_NAME_ID: "Jüri"}, default_region=None).to_body()
    assert body == {"lineId": LINE_A, "firstName": "Jüri", "languageCode": "et", "source": "NAME"}


def test_unanswered_optional_fields_are_omitted(form_a: FormSpec) -> None:
    answers = {**MINIMAL, "ph": " ", "em": "", "reason": "\u200b", "topics": (), "born": None}
    body = build_ticket_request(form_a, answers, default_region="EE").to_body()
    assert set(body) == {"lineId", "firstName", "lastName", "languageCode", "source", "fields"}
    assert [f["inputFieldId"] for f in body["fields"]] == ["service"]


def test_invalid_answers_raise_with_every_error_in_form_order(form_a: FormSpec) -> None:
    with pytest.raises(InvalidAnswers) as raised:
        build_ticket_request(form_a, {"fn": "J", "count": "99"}, default_region="EE")
    assert raised.value.errors == (
        FieldError("fn", ErrorCode.TOO_SHORT, "2"),
        FieldError("ln", ErrorCode.REQUIRED),
        FieldError("service", ErrorCode.REQUIRED),
        FieldError("count", ErrorCode.ABOVE_MAXIMUM, "10"),
    )


def test_a_form_without_first_name_reports_it_required() -> None:
    spec = FieldSpec(id="t", kind=FieldKind.TEXT, label="")
    form = FormSpec(line_id="1", language="en", questions=(spec,))
    with pytest.raises(InvalidAnswers) as raised:
        build_ticket_request(form, {"t": "x"}, default_region=None)
    assert raised.value.errors == (FieldError(FIRST_NAME_ID, ErrorCode.REQUIRED),)


def test_language_code_outside_qminder_limits_is_left_out() -> None:
    first = FieldSpec(id=FIRST_NAME_ID, kind=FieldKind.FIRST_NAME, label="", required=True)
    for language, expected in [("zh-Hant", None), ("x", None), ("zh-TW", "zh-TW")]:
        form = FormSpec(line_id="1", language=language, details=(first,))
        request = build_ticket_request(form, {FIRST_NAME_ID: "Li Wei"}, default_region=None)
        assert request.language_code == expected


def test_too_long_label_is_a_configuration_error(form_a: FormSpec) -> None:
    with pytest.raises(pydantic.ValidationError):
        build_ticket_request(form_a, MINIMAL, default_region="EE", labels=["L" * 51])


def test_to_body_is_camel_case() -> None:
    request = TicketRequest(
        line_id="1",
        first_name="Jane",
        phone_number="+3725551234",
        fields=(FieldAnswer(input_field_id="f", value="v"),),
        labels=(Label(value="Kiosk"),),
    )
    body = request.to_body()
    assert body == {
        "lineId": "1",
        "firstName": "Jane",
        "phoneNumber": "+3725551234",
        "source": "NAME",
        "fields": [{"inputFieldId": "f", "value": "v"}],
        "labels": [{"value": "Kiosk"}],
    }
    assert request.source is TicketSource.NAME


@pytest.mark.parametrize(
    "values",
    [
        {"first_name": "J"},
        {"first_name": "  "},
        {"first_name": " J"},
        {"first_name": "J" * 51},
        {"first_name": "Jane", "last_name": ""},
        {"first_name": "Jane", "phone_number": "+372 5123"},
        {"first_name": "Jane", "phone_number": "1234"},
        {"first_name": "Jane", "email": "j" * 101},
        {"first_name": "Jane", "language_code": "english"},
        {"first_name": "Jane", "labels": (Label(value="ok"),), "extra": 1},
    ],
)
def test_ticket_request_refuses_what_qminder_refuses(values: dict[str, object]) -> None:
    with pytest.raises(pydantic.ValidationError):
        TicketRequest.model_validate({"line_id": "1", **values})


def test_field_answer_carries_exactly_one_value() -> None:
    with pytest.raises(pydantic.ValidationError):
        FieldAnswer(input_field_id="f")
    with pytest.raises(pydantic.ValidationError):
        FieldAnswer(input_field_id="f", value="v", option_ids=("o",))
    with pytest.raises(pydantic.ValidationError):
        FieldAnswer(input_field_id="f", option_ids=())
    with pytest.raises(pydantic.ValidationError):
        FieldAnswer(input_field_id="f", value="x" * 501)


def test_labels_must_not_be_blank() -> None:
    with pytest.raises(pydantic.ValidationError):
        Label(value=" ")


def test_ticket_created_accepts_numeric_ids() -> None:
    created = TicketCreated.model_validate({"id": 226859, "publicId": "A-42"})
    assert (created.id, created.public_id) == ("226859", "A-42")
