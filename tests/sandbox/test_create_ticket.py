"""POST /tickets over loopback HTTP: headers, body rules, line state, fields, public ids."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from kiosk.sandbox import SandboxServer
from kiosk.sandbox.seed import (
    FIELD_AMOUNT,
    FIELD_BIRTH_DATE,
    FIELD_CASE_LINK,
    FIELD_CONTACT,
    FIELD_DOCUMENTS,
    FIELD_GROUP_SIZE,
    FIELD_OLD_NOTES,
    FIELD_PHONE,
    FIELD_REASON,
    FIELD_UPLOAD,
    LINE_GENERAL,
    LINE_OLD,
    LINE_PASSPORTS,
    LINE_PERMITS,
    LINE_VEHICLES,
    OPTION_CALL,
    OPTION_EMAIL,
    OPTION_ID_CARD,
    OPTION_PASSPORT,
)
from tests.sandbox.helpers import V2, create, ticket_body

CONTACT: dict[str, Any] = {"inputFieldId": FIELD_CONTACT, "optionIds": [OPTION_CALL]}
PASSPORT_FIELDS: list[dict[str, Any]] = [
    CONTACT,
    {"inputFieldId": FIELD_BIRTH_DATE, "value": "1990-04-17"},
    {"inputFieldId": FIELD_DOCUMENTS, "optionIds": [OPTION_PASSPORT, OPTION_ID_CARD]},
]


def with_field(item: dict[str, Any], line: str = LINE_GENERAL) -> dict[str, Any]:
    return ticket_body(lineId=line, fields=[CONTACT, item])


def test_minimal_valid_ticket_is_created(client: httpx.Client, sandbox: SandboxServer) -> None:
    body = ticket_body()
    response = create(client, body)
    assert response.status_code == 201
    data = response.json()
    assert set(data) == {"id", "publicId"}
    assert data["id"].isdigit()
    assert data["publicId"] == "A-1"
    [ticket] = sandbox.tickets
    assert (ticket.id, ticket.public_id, ticket.line_id, ticket.status) == (
        data["id"],
        "A-1",
        LINE_GENERAL,
        "NEW",
    )
    assert ticket.body == body
    assert ticket.created.tzinfo is not None


@pytest.mark.parametrize(
    "body",
    [
        ticket_body(
            lineId=LINE_PASSPORTS,
            fields=PASSPORT_FIELDS,
            languageCode="ar",
            email="jane@example.com",
            labels=[{"value": "Kiosk"}],
        ),
        ticket_body(
            lineId=LINE_PERMITS,
            fields=[
                CONTACT,
                {"inputFieldId": FIELD_AMOUNT, "value": "149.50"},
                {"inputFieldId": FIELD_GROUP_SIZE, "value": 3},
                {"inputFieldId": FIELD_REASON, "value": "Renewal of my permit"},
                {"inputFieldId": FIELD_CASE_LINK, "value": "https://example.com/case/1"},
            ],
        ),
        ticket_body(phoneNumber="37251234567", source="MICROSITE", lastName=""),
        {
            "lineId": LINE_GENERAL,
            "firstName": "  Al  ",
            "phoneNumber": "12345",
            "fields": [CONTACT],
        },
    ],
    ids=["passports-all-fields", "permits-numbers", "plain-phone", "trimmed-two-letter-name"],
)
def test_valid_bodies_are_accepted(client: httpx.Client, body: dict[str, Any]) -> None:
    response = create(client, body)
    assert response.status_code == 201, response.text


PHONE_ERROR = {"statusCode": 400, "errors": [{"phoneNumber": 'must match "^(\\+)?([0-9]){5,20}$"'}]}
FIRST_NAME_BLANK = {"statusCode": 400, "message": "First name must not be empty or blank"}


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ({k: v for k, v in ticket_body().items() if k != "firstName"}, FIRST_NAME_BLANK),
        (ticket_body(firstName="   "), FIRST_NAME_BLANK),
        (
            ticket_body(firstName="J"),
            {"statusCode": 400, "errors": [{"firstName": "size must be between 2 and 50"}]},
        ),
        (
            ticket_body(firstName="J" * 51),
            {"statusCode": 400, "errors": [{"firstName": "size must be between 2 and 50"}]},
        ),
        (
            ticket_body(lastName="D" * 51),
            {"statusCode": 400, "errors": [{"lastName": "size must be between 0 and 50"}]},
        ),
        (ticket_body(phoneNumber="+372 5123 4567"), PHONE_ERROR),
        (ticket_body(phoneNumber="1234"), PHONE_ERROR),
        (ticket_body(phoneNumber="+" + "1" * 21), PHONE_ERROR),
        (
            ticket_body(email="jane@example"),
            {"statusCode": 400, "errors": [{"email": "must be a well-formed email address"}]},
        ),
        (
            ticket_body(email="j" * 90 + "@example.com"),
            {"statusCode": 400, "errors": [{"email": "size must be between 0 and 100"}]},
        ),
        (
            ticket_body(languageCode="e"),
            {"statusCode": 400, "errors": [{"languageCode": "size must be between 2 and 5"}]},
        ),
        (
            ticket_body(source="KIOSK"),
            {"statusCode": 400, "errors": [{"source": "must be one of MANUAL, NAME, MICROSITE"}]},
        ),
        (
            ticket_body(lineId=int(LINE_GENERAL)),
            {"statusCode": 400, "errors": [{"lineId": "must be a string"}]},
        ),
        (
            {k: v for k, v in ticket_body().items() if k != "lineId"},
            {"statusCode": 400, "errors": [{"lineId": "must not be null"}]},
        ),
        (
            ticket_body(lastName=None),
            {"statusCode": 400, "errors": [{"lastName": "must not be null"}]},
        ),
        (
            ticket_body(labels=[{"value": "  "}]),
            {"statusCode": 400, "errors": [{"labels[0].value": "must not be blank"}]},
        ),
        (
            ticket_body(labels=[{"value": "L" * 51}]),
            {"statusCode": 400, "errors": [{"labels[0].value": "size must be between 1 and 50"}]},
        ),
        (
            ticket_body(fields=[CONTACT, {"inputFieldId": FIELD_REASON, "value": "x" * 501}]),
            {"statusCode": 400, "errors": [{"fields[1].value": "size must be between 0 and 500"}]},
        ),
        (
            ticket_body(notes="hello"),
            {"statusCode": 400, "message": 'Unrecognized field "notes"'},
        ),
        (
            ticket_body(fields=[{**CONTACT, "attachmentIds": []}]),
            {"statusCode": 400, "message": 'Unrecognized field "attachmentIds"'},
        ),
    ],
    ids=[
        "first-name-missing",
        "first-name-blank",
        "first-name-short",
        "first-name-long",
        "last-name-long",
        "phone-spaces",
        "phone-short",
        "phone-long",
        "email-pattern",
        "email-long",
        "language-short",
        "source-unknown",
        "line-id-number",
        "line-id-missing",
        "last-name-null",
        "label-blank",
        "label-long",
        "value-long",
        "unknown-key",
        "unknown-field-key",
    ],
)
def test_body_rules_answer_documented_400_shapes(
    client: httpx.Client, sandbox: SandboxServer, body: dict[str, Any], expected: dict[str, Any]
) -> None:
    response = create(client, body)
    assert response.status_code == 400
    assert response.json() == expected
    assert sandbox.tickets == []


def test_several_property_errors_are_listed_together(client: httpx.Client) -> None:
    response = create(client, ticket_body(phoneNumber="12", email="nope"))
    assert response.status_code == 400
    assert response.json()["errors"] == [
        {"phoneNumber": 'must match "^(\\+)?([0-9]){5,20}$"'},
        {"email": "must be a well-formed email address"},
    ]


@pytest.mark.parametrize(
    ("body", "status", "expected"),
    [
        (ticket_body(lineId="123"), 404, {"message": "Line with id 123 not found"}),
        (
            ticket_body(lineId=LINE_VEHICLES),
            409,
            {"message": f"Line with id {LINE_VEHICLES} is disabled"},
        ),
        (ticket_body(lineId=LINE_OLD), 409, {"message": f"Line with id {LINE_OLD} is archived"}),
        (ticket_body(languageCode="fi"), 404, {"message": "Language fi not found"}),
        (
            with_field({"inputFieldId": "00000000-0000-0000-0000-000000000000", "value": "x"}),
            404,
            {"message": "Input field with id 00000000-0000-0000-0000-000000000000 not found"},
        ),
        (
            with_field({"inputFieldId": FIELD_OLD_NOTES, "value": "x"}),
            404,
            {"message": f"Input field with id {FIELD_OLD_NOTES} not found"},
        ),
    ],
    ids=[
        "unknown-line",
        "disabled-line",
        "archived-line",
        "unknown-language",
        "unknown-field",
        "deleted-field",
    ],
)
def test_lookups_answer_404_and_409(
    client: httpx.Client,
    sandbox: SandboxServer,
    body: dict[str, Any],
    status: int,
    expected: dict[str, Any],
) -> None:
    response = create(client, body)
    assert (response.status_code, response.json()) == (status, expected)
    assert sandbox.tickets == []


@pytest.mark.parametrize(
    ("body", "fragment"),
    [
        (
            with_field({"inputFieldId": FIELD_REASON, "value": "x", "optionIds": [OPTION_CALL]}),
            "Exactly one of value or optionIds",
        ),
        (with_field({"inputFieldId": FIELD_REASON}), "Exactly one of value or optionIds"),
        (
            ticket_body(fields=[{"inputFieldId": FIELD_CONTACT, "optionIds": [OPTION_PASSPORT]}]),
            f"Option with id {OPTION_PASSPORT} does not belong to input field",
        ),
        (
            ticket_body(
                fields=[{"inputFieldId": FIELD_CONTACT, "optionIds": [OPTION_CALL, OPTION_EMAIL]}]
            ),
            "accepts exactly one option",
        ),
        (
            ticket_body(fields=[{"inputFieldId": FIELD_CONTACT, "optionIds": []}]),
            "At least one option",
        ),
        (
            ticket_body(fields=[{"inputFieldId": FIELD_CONTACT, "value": "Phone call"}]),
            "needs optionIds",
        ),
        (with_field({"inputFieldId": FIELD_REASON, "optionIds": [OPTION_CALL]}), "needs a value"),
        (
            with_field({"inputFieldId": FIELD_DOCUMENTS, "optionIds": [OPTION_PASSPORT]}),
            f"is not visible for line with id {LINE_GENERAL}",
        ),
        (
            with_field({"inputFieldId": FIELD_AMOUNT, "value": "10"}),
            f"is not visible for line with id {LINE_GENERAL}",
        ),
        (ticket_body(fields=[CONTACT, CONTACT]), "given more than once"),
        (
            with_field({"inputFieldId": FIELD_PHONE, "value": "+3725123456"}),
            "send it as phoneNumber",
        ),
        (with_field({"inputFieldId": FIELD_UPLOAD, "value": "x"}), "ATTACHMENT cannot be set"),
        (
            with_field({"inputFieldId": FIELD_BIRTH_DATE, "value": "17.04.1990"}, LINE_PASSPORTS),
            "must be YYYY-MM-DD",
        ),
        (
            with_field({"inputFieldId": FIELD_BIRTH_DATE, "value": "1990-02-30"}, LINE_PASSPORTS),
            "must be YYYY-MM-DD",
        ),
        (with_field({"inputFieldId": FIELD_GROUP_SIZE, "value": "three"}), "must be a number"),
        (with_field({"inputFieldId": FIELD_GROUP_SIZE, "value": "11"}), "between 1 and 10"),
        (with_field({"inputFieldId": FIELD_GROUP_SIZE, "value": "0"}), "between 1 and 10"),
        (
            with_field({"inputFieldId": FIELD_GROUP_SIZE, "value": "2.5"}),
            "at most 0 decimal places",
        ),
        (
            with_field({"inputFieldId": FIELD_AMOUNT, "value": "10.555"}, LINE_PERMITS),
            "at most 2 decimal places",
        ),
        (
            with_field({"inputFieldId": FIELD_AMOUNT, "value": "10000.01"}, LINE_PERMITS),
            "between 0 and 10000",
        ),
        (
            with_field({"inputFieldId": FIELD_CASE_LINK, "value": "case 12"}),
            "must be an http or https URL",
        ),
        (ticket_body(fields=[]), f"with id {FIELD_CONTACT} is missing"),
    ],
    ids=[
        "value-and-options",
        "neither",
        "option-of-other-field",
        "two-options-single-select",
        "no-options",
        "select-with-value",
        "text-with-options",
        "multi-select-not-visible",
        "numeric-not-visible",
        "duplicate-field",
        "built-in-in-fields",
        "attachment",
        "date-format",
        "date-invalid",
        "numeric-text",
        "numeric-above-max",
        "numeric-below-min",
        "numeric-scale-0",
        "numeric-scale-2",
        "numeric-max-decimal",
        "url",
        "mandatory-select-missing",
    ],
)
def test_field_rules(
    client: httpx.Client, sandbox: SandboxServer, body: dict[str, Any], fragment: str
) -> None:
    response = create(client, body)
    assert response.status_code == 400, response.text
    data = response.json()
    assert data["statusCode"] == 400
    assert fragment in data["message"]
    assert sandbox.tickets == []


def test_mandatory_built_in_phone_is_required(client: httpx.Client) -> None:
    body = {k: v for k, v in ticket_body().items() if k != "phoneNumber"}
    response = create(client, body)
    assert response.status_code == 400
    assert f"with id {FIELD_PHONE} is missing" in response.json()["message"]


def test_mandatory_field_visible_only_for_its_line(client: httpx.Client) -> None:
    no_birth_date = [f for f in PASSPORT_FIELDS if f["inputFieldId"] != FIELD_BIRTH_DATE]
    response = create(client, ticket_body(lineId=LINE_PASSPORTS, fields=no_birth_date))
    assert response.status_code == 400
    assert f"with id {FIELD_BIRTH_DATE} is missing" in response.json()["message"]
    # The same field is not required on a line it is not visible for.
    assert create(client, ticket_body(lineId=LINE_GENERAL)).status_code == 201


@pytest.mark.parametrize(
    ("headers", "content", "status", "message"),
    [
        ({}, b'{"lineId": "88101"}', 400, "X-Qminder-API-Version"),
        ({"X-Qminder-API-Version": "2019-01-01"}, b"{}", 400, "X-Qminder-API-Version"),
        ({**V2, "Content-Type": "text/plain"}, b"{}", 415, "Content-Type"),
        ({**V2, "Content-Type": "application/json"}, b'{"lineId": ', 400, "Malformed JSON"),
        ({**V2, "Content-Type": "application/json"}, b"[1, 2]", 400, "JSON object"),
    ],
    ids=["version-missing", "version-wrong", "content-type", "not-json", "not-object"],
)
def test_request_envelope(
    client: httpx.Client,
    headers: dict[str, str],
    content: bytes,
    status: int,
    message: str,
) -> None:
    headers = {"Content-Type": "application/json", **headers}
    response = client.post("/tickets", content=content, headers=headers)
    assert response.status_code == status
    assert response.json()["statusCode"] == status
    assert message in response.json()["message"]


def test_public_ids_count_per_line_with_letters_in_seed_order(
    client: httpx.Client, sandbox: SandboxServer
) -> None:
    passports = ticket_body(lineId=LINE_PASSPORTS, fields=PASSPORT_FIELDS)
    permits = ticket_body(lineId=LINE_PERMITS)
    bodies = [ticket_body(), passports, ticket_body(), permits, passports, ticket_body()]
    answers = [create(client, b).json() for b in bodies]
    assert [a["publicId"] for a in answers] == ["A-1", "B-1", "A-2", "C-1", "B-2", "A-3"]
    ids = [int(a["id"]) for a in answers]
    assert ids == sorted(ids)
    assert len(set(ids)) == len(ids)
    assert [t.public_id for t in sandbox.tickets] == ["A-1", "B-1", "A-2", "C-1", "B-2", "A-3"]

    sandbox.reset()
    again = create(client, ticket_body()).json()
    assert again["publicId"] == "A-1"
    assert int(again["id"]) > ids[-1]  # ids are never reused
