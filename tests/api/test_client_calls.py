"""Each client call against a strict mock transport: what is sent, how answers are read."""

from __future__ import annotations

import asyncio
import datetime as dt
import json
from typing import Any

import httpx
import pytest

from kiosk.api import (
    KIOSK_CONFIG,
    AuthError,
    BadResponse,
    GraphQLError,
    NotFound,
    QminderClient,
    RateLimited,
    ServerError,
    TransportError,
    ValidationFailed,
)
from kiosk.domain.models import FieldType, Location
from kiosk.domain.ticket import FieldAnswer, Label, TicketCreated, TicketRequest
from tests.api.helpers import Router, call, make_client
from tests.api.payloads import FIELD_SELECT, FIELD_TEXT, OPTION_A, location_payload, ticket_payload


def _request(**changes: Any) -> TicketRequest:
    values: dict[str, Any] = {
        "line_id": "88100",
        "first_name": "Jane",
        "last_name": "Doe",
        "phone_number": "+3725551234",
        "email": "jane@example.com",
        "language_code": "et",
        "fields": (
            FieldAnswer(input_field_id=FIELD_TEXT, value="Consultation"),
            FieldAnswer(input_field_id=FIELD_SELECT, option_ids=(OPTION_A,)),
        ),
        "labels": (Label(value="Kiosk"),),
    }
    values.update(changes)
    return TicketRequest(**values)


def _graphql(body: object, status: int = 200) -> Router:
    return Router({("POST", "/graphql"): httpx.Response(status, json=body)})


# -- location_config --------------------------------------------------------------------------


def test_location_config_sends_the_query_and_parses_the_location() -> None:
    router = _graphql({"data": {"location": location_payload()}})
    location = call(make_client(router), lambda c: c.location_config("4052"))
    assert isinstance(location, Location)
    assert router.last_json() == {"query": KIOSK_CONFIG, "variables": {"locationId": "4052"}}
    assert [lang.code for lang in location.languages] == ["en", "et"]
    assert location.primary_language == "et"
    assert [line.id for line in location.offered_lines] == ["88100"]
    assert location.lines[0].translations[0].name == "Teenindus"
    types = [field.type for field in location.input_fields]
    assert types == [FieldType.TEXT, FieldType.SELECT, FieldType.NUMERIC, FieldType.ATTACHMENT]
    numeric = location.input_fields[2]
    assert numeric.constraints is not None
    assert (numeric.constraints.min, numeric.constraints.max) == (1, 12)
    assert location.input_fields[3].constraints is None
    assert location.opening_hours is not None
    assert location.opening_hours_exceptions[0].closed is True


@pytest.mark.parametrize(
    ("errors", "cls"),
    [
        ([{"message": "Location not found", "errorType": "NOT_FOUND"}], NotFound),
        ([{"message": "nope", "extensions": {"classification": "NOT_FOUND"}}], NotFound),
        ([{"message": "Location 1 not found"}], NotFound),
        ([{"message": "denied", "errorType": "PERMISSION_DENIED"}], AuthError),
        ([{"message": "bad field", "errorType": "ValidationError"}], GraphQLError),
        ([{"message": "boom", "extensions": {"code": "INTERNAL_SERVER_ERROR"}}], GraphQLError),
        (["not even an object"], GraphQLError),
    ],
)
def test_graphql_errors_raise_even_on_http_200(errors: list[Any], cls: type[Exception]) -> None:
    router = _graphql({"data": {"location": location_payload()}, "errors": errors})
    with pytest.raises(cls) as caught:
        call(make_client(router), lambda c: c.location_config("4052"))
    for server_text in ("bad field", "boom", "denied", "Location"):
        assert server_text not in str(caught.value)


def test_graphql_error_keeps_types_and_messages() -> None:
    errors = [{"message": "Field 'x' is undefined", "errorType": "ValidationError"}]
    router = _graphql({"errors": errors, "data": None})
    with pytest.raises(GraphQLError) as caught:
        call(make_client(router), lambda c: c.location_config("4052"))
    assert caught.value.error_types == ("ValidationError",)
    assert caught.value.messages == ("Field 'x' is undefined",)
    assert str(caught.value) == "GraphQL query failed (ValidationError)"


def test_graphql_400_with_errors_is_a_graphql_error() -> None:
    router = _graphql(
        {"errors": [{"message": "Invalid syntax", "errorType": "InvalidSyntax"}]}, 400
    )
    with pytest.raises(GraphQLError) as caught:
        call(make_client(router), lambda c: c.location_config("4052"))
    assert caught.value.status == 400


def test_null_location_is_not_found() -> None:
    router = _graphql({"data": {"location": None}})
    with pytest.raises(NotFound):
        call(make_client(router), lambda c: c.location_config("4052"))


@pytest.mark.parametrize(
    "body",
    [
        {},
        {"data": None},
        {"data": {}},
        {"data": {"location": "4052"}},
        {"data": {"location": {"id": "4052"}}},
        {"data": {"location": {**location_payload(), "lines": "none"}}},
        [],
    ],
)
def test_unexpected_graphql_shapes_are_bad_responses(body: object) -> None:
    with pytest.raises(BadResponse) as caught:
        call(make_client(_graphql(body)), lambda c: c.location_config("4052"))
    assert type(caught.value) is BadResponse
    assert caught.value.may_have_reached_server is False


def test_graphql_non_json_is_a_bad_response() -> None:
    router = Router({("POST", "/graphql"): httpx.Response(200, text="<html>")})
    with pytest.raises(BadResponse):
        call(make_client(router), lambda c: c.location_config("4052"))


@pytest.mark.parametrize(("status", "cls"), [(401, AuthError), (503, ServerError)])
def test_graphql_http_errors_map_by_status(status: int, cls: type[Exception]) -> None:
    router = Router({("POST", "/graphql"): httpx.Response(status, text="oops")})
    with pytest.raises(cls):
        call(make_client(router), lambda c: c.location_config("4052"))


def test_location_id_is_checked_before_sending() -> None:
    with pytest.raises(ValueError, match="location_id"):
        call(make_client(Router()), lambda c: c.location_config(""))


# -- create_ticket ----------------------------------------------------------------------------


def test_create_ticket_posts_the_body_and_reads_id_and_public_id() -> None:
    router = Router(
        {("POST", "/tickets"): httpx.Response(201, json={"id": "226859", "publicId": "A-42"})}
    )
    request = _request()
    created = call(make_client(router), lambda c: c.create_ticket(request))
    assert created == TicketCreated(id="226859", public_id="A-42")
    assert router.last_json() == request.to_body()
    assert router.last_json()["source"] == "NAME"


@pytest.mark.parametrize(
    ("answer", "expected"),
    [
        ({"id": "1"}, TicketCreated(id="1", public_id=None)),
        ({"id": 17, "publicId": 42}, TicketCreated(id="17", public_id="42")),
        ({"id": "2", "publicId": None}, TicketCreated(id="2", public_id=None)),
        ({"id": "3", "publicId": {"odd": True}, "extra": 1}, TicketCreated(id="3", public_id=None)),
    ],
)
def test_create_ticket_tolerates_public_id_variants(
    answer: dict[str, Any], expected: TicketCreated
) -> None:
    router = Router({("POST", "/tickets"): httpx.Response(201, json=answer)})
    assert call(make_client(router), lambda c: c.create_ticket(_request())) == expected


@pytest.mark.parametrize(
    "response",
    [
        httpx.Response(201, json={"publicId": "A-1"}),
        httpx.Response(201, json={"id": ""}),
        httpx.Response(201, json={"id": None}),
        httpx.Response(201, json={"id": True}),
        httpx.Response(201, json=["226859"]),
        httpx.Response(201, text="Created"),
        httpx.Response(201),
        httpx.Response(200, text="{"),
    ],
)
def test_create_ticket_2xx_without_usable_id_means_the_ticket_may_exist(
    response: httpx.Response,
) -> None:
    router = Router({("POST", "/tickets"): response})
    with pytest.raises(BadResponse) as caught:
        call(make_client(router), lambda c: c.create_ticket(_request()))
    assert caught.value.may_have_reached_server is True


def test_create_ticket_trusts_its_typed_input() -> None:
    # The rules are checked where a request is built and where it is read back from the
    # outbox (`TicketRequest.checked`); the client sends `to_body()` of what it is given.
    router = Router({("POST", "/tickets"): httpx.Response(201, json={"id": "1"})})
    request = TicketRequest.model_construct(**{**dict(_request()), "first_name": "J"})
    call(make_client(router), lambda c: c.create_ticket(request))
    assert router.last_json() == request.to_body()
    assert router.last_json()["firstName"] == "J"


def test_create_ticket_maps_error_statuses() -> None:
    body = {"statusCode": 400, "errors": [{"phoneNumber": "must match pattern"}]}
    router = Router({("POST", "/tickets"): httpx.Response(400, json=body)})
    with pytest.raises(ValidationFailed) as caught:
        call(make_client(router), lambda c: c.create_ticket(_request()))
    assert caught.value.field_errors == {"phoneNumber": "must match pattern"}
    assert caught.value.may_have_reached_server is False


def test_create_ticket_429_with_retry_after() -> None:
    router = Router(
        {("POST", "/tickets"): httpx.Response(429, headers={"Retry-After": "3"}, json={})}
    )
    with pytest.raises(RateLimited) as caught:
        call(make_client(router), lambda c: c.create_ticket(_request()))
    assert caught.value.retry_after == 3.0
    assert caught.value.may_have_reached_server is False


# -- get_ticket / search_tickets / estimated_time ---------------------------------------------


def test_get_ticket() -> None:
    router = Router({("GET", "/v1/tickets/226859"): httpx.Response(200, json=ticket_payload())})
    ticket = call(make_client(router), lambda c: c.get_ticket("226859"))
    assert ticket.id == "226859"
    assert ticket.line == "88100"
    assert ticket.phone_number == "3725551234"
    assert ticket.created_at == dt.datetime(2026, 3, 1, 10, 15, tzinfo=dt.UTC)


def test_get_ticket_in_a_bad_shape_hides_the_values() -> None:
    payload = ticket_payload(created={"date": "Jane Doe's birthday"})
    router = Router({("GET", "/v1/tickets/1"): httpx.Response(200, json=payload)})
    with pytest.raises(BadResponse) as caught:
        call(make_client(router), lambda c: c.get_ticket("1"))
    assert "created.date" in str(caught.value)
    assert "Jane" not in str(caught.value)
    assert caught.value.__context__ is None


def test_get_ticket_not_found() -> None:
    router = Router(
        {("GET", "/v1/tickets/9"): httpx.Response(404, json={"message": "Ticket not found"})}
    )
    with pytest.raises(NotFound) as caught:
        call(make_client(router), lambda c: c.get_ticket("9"))
    assert caught.value.message == "Ticket not found"


@pytest.mark.parametrize("bad_id", ["", "../tickets", "1/2", "a b", "x" * 65])
def test_ids_are_checked_before_sending(bad_id: str) -> None:
    with pytest.raises(ValueError, match="ticket_id"):
        call(make_client(Router()), lambda c: c.get_ticket(bad_id))


def test_search_tickets_sends_the_documented_parameters() -> None:
    answer = {"statusCode": 200, "data": [ticket_payload("1"), ticket_payload("2")]}
    router = Router({("GET", "/v1/tickets/search"): httpx.Response(200, json=answer)})
    since = dt.datetime(2026, 3, 1, 12, 30, 15, 900_000, tzinfo=dt.timezone(dt.timedelta(hours=2)))
    tickets = call(
        make_client(router),
        lambda c: c.search_tickets(
            "88100", status=("NEW", "CALLED"), min_created=since, limit=50, order="created ASC"
        ),
    )
    assert [t.id for t in tickets] == ["1", "2"]
    assert dict(router.last.url.params) == {
        "line": "88100",
        "status": "NEW,CALLED",
        "minCreated": "2026-03-01T10:30:15Z",
        "limit": "50",
        "order": "created ASC",
    }


def test_search_tickets_defaults() -> None:
    answer = {"statusCode": 200, "data": []}
    router = Router({("GET", "/v1/tickets/search"): httpx.Response(200, json=answer)})
    assert call(make_client(router), lambda c: c.search_tickets("88100")) == []
    assert dict(router.last.url.params) == {"line": "88100", "status": "NEW", "limit": "100"}


@pytest.mark.parametrize(
    "kwargs",
    [
        {"min_created": dt.datetime(2026, 3, 1, 12, 0)},
        {"limit": 0},
        {"limit": 20_001},
        {"status": ()},
        {"status": ("new",)},
        {"status": ("NEW&x=1",)},
        {"order": "name; DROP"},
    ],
)
def test_search_tickets_refuses_bad_arguments(kwargs: dict[str, Any]) -> None:
    with pytest.raises(ValueError, match=r"min_created|limit|status|order"):
        call(make_client(Router()), lambda c: c.search_tickets("88100", **kwargs))


@pytest.mark.parametrize(
    "body", [{"statusCode": 200}, {"data": "x"}, {"data": [{"status": "NEW"}]}, {"data": [1]}]
)
def test_search_tickets_bad_shapes(body: object) -> None:
    router = Router({("GET", "/v1/tickets/search"): httpx.Response(200, json=body)})
    with pytest.raises(BadResponse):
        call(make_client(router), lambda c: c.search_tickets("88100"))


def test_estimated_time() -> None:
    route = ("GET", "/v1/tickets/5/estimated-time")
    router = Router({route: httpx.Response(200, json={"estimatedTimeOfService": 1772360100})})
    when = call(make_client(router), lambda c: c.estimated_time("5"))
    assert when == dt.datetime(2026, 3, 1, 10, 15, tzinfo=dt.UTC)


@pytest.mark.parametrize(
    "response",
    [
        httpx.Response(404, json={"message": "Ticket not found"}),
        httpx.Response(400, json={"message": "Ticket is not waiting"}),
        httpx.Response(409, json={}),
        httpx.Response(200, json={"estimatedTimeOfService": None}),
        httpx.Response(200, json={"estimatedTimeOfService": "soon"}),
        httpx.Response(200, json={"estimatedTimeOfService": True}),
        httpx.Response(200, json={"estimatedTimeOfService": 1e300}),
        httpx.Response(200, json={}),
        httpx.Response(200, json=[1]),
        httpx.Response(200, text="<html>"),
        httpx.Response(302, headers={"Location": "/elsewhere"}),
    ],
)
def test_estimated_time_is_best_effort(response: httpx.Response) -> None:
    router = Router({("GET", "/v1/tickets/5/estimated-time"): response})
    assert call(make_client(router), lambda c: c.estimated_time("5")) is None


@pytest.mark.parametrize(
    ("reply", "cls"),
    [
        (httpx.Response(401, json={"message": "Please authenticate"}), AuthError),
        (httpx.Response(503), ServerError),
        (httpx.Response(429), RateLimited),
    ],
)
def test_estimated_time_still_raises_what_callers_must_know(
    reply: httpx.Response, cls: type[Exception]
) -> None:
    router = Router({("GET", "/v1/tickets/5/estimated-time"): reply})
    with pytest.raises(cls):
        call(make_client(router), lambda c: c.estimated_time("5"))


def test_estimated_time_raises_transport_errors() -> None:
    def refuse(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError("refused", request=request)

    router = Router({("GET", "/v1/tickets/5/estimated-time"): refuse})
    with pytest.raises(TransportError):
        call(make_client(router), lambda c: c.estimated_time("5"))


# -- lifetime ---------------------------------------------------------------------------------


def test_calls_need_an_open_client() -> None:
    client = make_client(Router())
    with pytest.raises(RuntimeError, match="not open"):
        asyncio.run(client.get_ticket("1"))


def test_client_cannot_be_entered_twice_but_can_be_reopened() -> None:
    router = Router({("GET", "/v1/tickets/1"): httpx.Response(200, json=ticket_payload("1"))})
    client = make_client(router)

    async def go() -> None:
        async with client:
            with pytest.raises(RuntimeError, match="already open"):
                await client.__aenter__()
        async with client:
            assert (await client.get_ticket("1")).id == "1"
        assert "closed" in repr(client)

    asyncio.run(go())


def test_repr_shows_no_key() -> None:
    client = make_client(Router())
    assert isinstance(client, QminderClient)
    assert "test-key" not in repr(client)
    assert json.dumps(client.config.model_dump(mode="json")).count("test-key") == 0


def test_a_null_option_id_or_title_leaves_out_that_option_not_the_location() -> None:
    """Qminder's schema allows `SelectOption.id` and `.title` to be null."""
    payload = location_payload()
    select = next(f for f in payload["inputFields"] if f["id"] == FIELD_SELECT)
    select["options"] = [
        {"id": None, "title": "No id", "color": None, "translations": []},
        {"id": "no-title", "title": None, "color": None, "translations": []},
        *select["options"],
    ]
    router = _graphql({"data": {"location": payload}})
    location = call(make_client(router), lambda c: c.location_config("4052"))
    field = location.input_field(FIELD_SELECT)
    assert field is not None
    assert [option.id for option in field.options] == [OPTION_A]
    assert [line.id for line in location.offered_lines] == ["88100"]
    assert len(location.skipped) == 2
    assert not any("No id" in note for note in location.skipped), "no texts in the notes"
