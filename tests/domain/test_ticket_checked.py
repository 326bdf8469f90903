"""`TicketRequest.checked`: a request read back from storage meets every rule again.

These cases were the HTTP client's own checks before the client came to trust its typed
input; the rule now lives next to `TicketRequest`, and the outbox applies it when it reads a
check-in back (tests/delivery/test_sender.py covers what the sender does with a refusal).
"""

from __future__ import annotations

from typing import Any

import pytest

from kiosk.domain.ticket import FieldAnswer, InvalidTicketRequest, Label, TicketRequest

FIELD_TEXT = "550e8400-e29b-41d4-a716-446655440000"
OPTION_A = "6ba7b810-9dad-11d1-80b4-00c04fd430c8"
PERSONAL = ("Jane", "Doe", "5551234", "jane@example.com")


def _request() -> TicketRequest:
    return TicketRequest(
        line_id="88100",
        first_name="Jane",
        last_name="Doe",
        phone_number="+3725551234",
        email="jane@example.com",
        language_code="en",
        fields=(FieldAnswer(input_field_id=FIELD_TEXT, value="x"),),
    )


def _stored(changes: dict[str, Any]) -> str:
    """The JSON the outbox keeps, as an older version with other rules might have written it."""
    values = _request().model_dump()
    values.update(changes)
    return TicketRequest.model_construct(**values).model_dump_json(warnings=False)


def test_a_valid_stored_request_comes_back_equal() -> None:
    request = _request()
    assert TicketRequest.checked(request.model_dump_json()) == request
    assert TicketRequest.checked(request.model_dump_json().encode()) == request
    assert TicketRequest.checked(request.to_body()) == request
    assert TicketRequest.checked(request.model_dump()) == request


@pytest.mark.parametrize(
    ("changes", "path"),
    [
        ({"first_name": "A"}, "firstName"),
        ({"first_name": " A "}, "firstName"),
        ({"first_name": "x" * 51}, "firstName"),
        ({"phone_number": "+372 555 1234"}, "phoneNumber"),
        ({"phone_number": "123"}, "phoneNumber"),
        ({"last_name": ""}, "lastName"),
        ({"language_code": "e"}, "languageCode"),
        ({"line_id": ""}, "lineId"),
        ({"source": "KIOSK"}, "source"),
        ({"labels": (Label.model_construct(value=""),)}, "labels.0.value"),
        (
            {
                "fields": (
                    FieldAnswer.model_construct(
                        input_field_id=FIELD_TEXT, value="x", option_ids=(OPTION_A,)
                    ),
                )
            },
            "fields.0",
        ),
        (
            {"fields": (FieldAnswer.model_construct(input_field_id=FIELD_TEXT),)},
            "fields.0",
        ),
        ({"fields": ({"inputFieldId": FIELD_TEXT, "value": "y" * 501},)}, "fields.0.value"),
    ],
)
def test_a_stored_request_that_breaks_a_rule_is_refused_by_wire_path(
    changes: dict[str, Any], path: str
) -> None:
    with pytest.raises(InvalidTicketRequest) as caught:
        TicketRequest.checked(_stored(changes))
    assert path in caught.value.problems
    assert path in caught.value.listed
    for secret in PERSONAL:
        assert secret not in str(caught.value)
        assert secret not in repr(caught.value)
    assert caught.value.__context__ is None
    assert caught.value.__cause__ is None


def test_a_missing_first_name_is_named() -> None:
    stored = TicketRequest.model_construct(line_id="88100").model_dump_json()
    with pytest.raises(InvalidTicketRequest) as caught:
        TicketRequest.checked(stored)
    assert caught.value.problems == {"firstName": "missing"}


def test_a_key_this_version_does_not_know_is_refused() -> None:
    body = {**_request().to_body(), "priority": "high"}
    with pytest.raises(InvalidTicketRequest) as caught:
        TicketRequest.checked(body)
    assert caught.value.problems == {"priority": "extra_forbidden"}


@pytest.mark.parametrize("stored", [b"", b"{not json", b"[1, 2]", b'"Jane Doe"'])
def test_what_is_not_a_request_at_all_is_refused_without_its_content(stored: bytes) -> None:
    with pytest.raises(InvalidTicketRequest) as caught:
        TicketRequest.checked(stored)
    assert list(caught.value.problems) == ["request"]
    assert "Jane" not in str(caught.value)


def test_the_message_lists_paths_and_codes() -> None:
    error = InvalidTicketRequest({"firstName": "string_too_short", "fields.0": "value_error"})
    assert str(error) == (
        "ticket request is invalid: firstName (string_too_short), fields.0 (value_error)"
    )
    assert isinstance(error, ValueError)
