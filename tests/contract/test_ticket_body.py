"""Every ticket body the client can produce is valid against Qminder's ``POST /tickets`` schema."""

from __future__ import annotations

import asyncio
import copy
import json
import string
from typing import Any

import httpx
import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st
from jsonschema import Draft202012Validator
from jsonschema.protocols import Validator
from pydantic import ValidationError

from kiosk.api import ApiConfig, QminderClient
from kiosk.domain.ticket import PHONE_PATTERN, FieldAnswer, Label, TicketRequest
from tests.contract.spec import ticket_body_schema

LANGUAGES = ["en", "et", "es", "ru", "ar", "fr-CA", "zh-TW", "pt-PT"]
letters = st.characters(
    categories=("L", "M", "N", "Zs", "Pd", "Po"), exclude_characters="\u2028\u2029"
)


def _text(min_size: int, max_size: int) -> st.SearchStrategy[str]:
    return st.text(letters, min_size=min_size, max_size=max_size).filter(
        lambda s: len(s.strip()) >= min_size
    )


uuids = st.uuids().map(str)
names = _text(2, 50)
# (st.builds would also fill pydantic's camelCase __init__ parameters: build by hand.)
field_answers = st.one_of(
    st.builds(lambda i, v: FieldAnswer(input_field_id=i, value=v), uuids, _text(1, 500)),
    st.builds(
        lambda i, o: FieldAnswer(input_field_id=i, option_ids=tuple(o)),
        uuids,
        st.lists(uuids, min_size=1, max_size=4),
    ),
)
emails = st.builds(
    "{}@{}.{}".format,
    st.text(string.ascii_letters + string.digits + "._+-", min_size=1, max_size=30),
    st.text(string.ascii_lowercase + string.digits + "-", min_size=1, max_size=30),
    st.sampled_from(["com", "ee", "org", "co.uk"]),
)


@st.composite
def ticket_requests(draw: st.DrawFn) -> TicketRequest:
    values: dict[str, Any] = {
        "line_id": draw(st.integers(1, 10**9).map(str)),
        "first_name": draw(names),
        "last_name": draw(st.none() | _text(1, 50)),
        "phone_number": draw(st.none() | st.from_regex(PHONE_PATTERN, fullmatch=True)),
        "email": draw(st.none() | emails | st.emails().filter(lambda e: len(e) <= 100)),
        "language_code": draw(st.none() | st.sampled_from(LANGUAGES)),
        "fields": tuple(draw(st.lists(field_answers, max_size=5))),
        "labels": tuple(draw(st.lists(_text(1, 50).map(lambda v: Label(value=v)), max_size=3))),
    }
    try:
        return TicketRequest(**values)
    except ValidationError:
        assume(False)
        raise  # pragma: no cover


def _strict(schema: dict[str, Any]) -> dict[str, Any]:
    """The same schema, refusing any key it does not document."""
    strict = copy.deepcopy(schema)
    stack = [strict]
    while stack:
        node = stack.pop()
        if node.get("type") == "object" and "properties" in node:
            node.setdefault("additionalProperties", False)
            stack.extend(node["properties"].values())
        if isinstance(node.get("items"), dict):
            stack.append(node["items"])
    return strict


def _no_empty_values(value: object, path: str = "body") -> None:
    if isinstance(value, dict):
        for key, item in value.items():
            assert item is not None, f"{path}.{key} is null"
            assert item not in ("", [], {}), f"{path}.{key} is empty"
            _no_empty_values(item, f"{path}.{key}")
    elif isinstance(value, list):
        for index, item in enumerate(value):
            _no_empty_values(item, f"{path}[{index}]")


@pytest.fixture(scope="module")
def strict_validator(openapi: dict[str, Any]) -> Validator:
    schema = _strict(ticket_body_schema(openapi))
    return Draft202012Validator(schema, format_checker=Draft202012Validator.FORMAT_CHECKER)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(request=ticket_requests())
def test_generated_bodies_match_the_published_schema(
    request: TicketRequest, ticket_body_validator: Validator, strict_validator: Validator
) -> None:
    body = request.to_body()
    assert TicketRequest.checked(body) == request  # the wire body meets every rule again
    assert TicketRequest.checked(request.model_dump_json()) == request  # as the outbox keeps it
    errors = [e.message for e in ticket_body_validator.iter_errors(body)]
    assert not errors
    assert not [e.message for e in strict_validator.iter_errors(body)]
    assert body["source"] == "NAME"
    _no_empty_values(body)
    assert json.loads(json.dumps(body)) == body


def test_the_body_on_the_wire_is_the_requests_body(ticket_body_validator: Validator) -> None:
    sent: list[Any] = []

    def handler(request: httpx.Request) -> httpx.Response:
        sent.append(json.loads(request.content))
        return httpx.Response(201, json={"id": "1", "publicId": "A-1"})

    config = ApiConfig(
        api_key="contract", base_url="http://127.0.0.1:1", transport=httpx.MockTransport(handler)
    )
    request = TicketRequest(
        line_id="88100",
        first_name="Jane",
        fields=(FieldAnswer(input_field_id="550e8400-e29b-41d4-a716-446655440000", value="x"),),
    )

    async def go() -> None:
        async with QminderClient(config) as client:
            await client.create_ticket(request)

    asyncio.run(go())
    assert sent == [request.to_body()]
    assert not list(ticket_body_validator.iter_errors(sent[0]))


def test_minimal_body_has_only_the_required_keys(ticket_body_validator: Validator) -> None:
    body = TicketRequest(line_id="1", first_name="Jo").to_body()
    assert body == {"lineId": "1", "firstName": "Jo", "source": "NAME"}
    assert not list(ticket_body_validator.iter_errors(body))


@pytest.mark.parametrize(
    "bad",
    [
        {"lineId": "1"},
        {"lineId": "1", "firstName": "J"},
        {"lineId": "1", "firstName": "Jo", "phoneNumber": "+372 555"},
        {"lineId": "1", "firstName": "Jo", "source": "KIOSK"},
        {"lineId": "1", "firstName": "Jo", "fields": [{"inputFieldId": "no-uuid", "value": "x"}]},
        {"lineId": "1", "firstName": "Jo", "fields": [{"inputFieldId": "x" * 36}]},
        {"lineId": "1", "firstName": "Jo", "labels": [{}]},
    ],
)
def test_the_schema_check_has_teeth(ticket_body_validator: Validator, bad: dict[str, Any]) -> None:
    assert list(ticket_body_validator.iter_errors(bad))
