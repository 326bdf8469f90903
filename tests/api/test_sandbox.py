"""The client against the sandbox over real loopback HTTP: answers, errors and every fault."""

from __future__ import annotations

import asyncio
import datetime as dt
import logging
import socket
import time
from collections.abc import Awaitable, Callable
from typing import Any, TypeVar

import pytest

from kiosk import __version__
from kiosk.api import (
    KIOSK_CONFIG,
    ApiConfig,
    AuthError,
    BadResponse,
    Conflict,
    NotFound,
    QminderClient,
    QminderError,
    RateLimited,
    ServerError,
    TransportError,
    ValidationFailed,
)
from kiosk.domain.models import FieldType
from kiosk.domain.ticket import FieldAnswer, Label, TicketRequest
from kiosk.sandbox import DEMO_API_KEY, DEMO_LOCATION_ID, SandboxServer
from kiosk.sandbox.seed import (
    FIELD_CONTACT,
    FIELD_DOCUMENTS,
    FIELD_GROUP_SIZE,
    FIELD_OLD_NOTES,
    FIELD_REASON,
    LINE_GENERAL,
    LINE_OLD,
    LINE_VEHICLES,
    OPTION_PASSPORT,
    OPTION_SMS,
)

T = TypeVar("T")

FAST = {"connect_timeout": 0.5, "read_timeout": 0.3, "write_timeout": 0.5, "deadline": 2.0}


def _client(server: SandboxServer, api_key: str = DEMO_API_KEY, **config: Any) -> QminderClient:
    settings = {**FAST, **config}
    return QminderClient(ApiConfig(api_key=api_key, base_url=server.url, **settings))


def _run(client: QminderClient, method: Callable[[QminderClient], Awaitable[T]]) -> T:
    async def go() -> T:
        async with client:
            return await method(client)

    return asyncio.run(go())


def _request(**changes: Any) -> TicketRequest:
    values: dict[str, Any] = {
        "line_id": LINE_GENERAL,
        "first_name": "Jane",
        "last_name": "Doe",
        "phone_number": "+3725551234",
        "email": "jane@example.com",
        "language_code": "et",
        "fields": (
            FieldAnswer(input_field_id=FIELD_REASON, value="Renew a permit"),
            FieldAnswer(input_field_id=FIELD_CONTACT, option_ids=(OPTION_SMS,)),
            FieldAnswer(input_field_id=FIELD_GROUP_SIZE, value="2"),
        ),
        "labels": (Label(value="Kiosk"),),
    }
    values.update(changes)
    return TicketRequest(**values)


def _create(server: SandboxServer, **config: Any) -> Any:
    return _run(_client(server, **config), lambda c: c.create_ticket(_request()))


def _wait_for_tickets(server: SandboxServer, count: int, timeout: float = 3.0) -> None:
    end = time.monotonic() + timeout
    while len(server.tickets) < count and time.monotonic() < end:
        time.sleep(0.02)


# -- answers ----------------------------------------------------------------------------------


def test_location_config_parses_the_seed(sandbox: SandboxServer) -> None:
    location = _run(_client(sandbox), lambda c: c.location_config(DEMO_LOCATION_ID))
    assert location.id == DEMO_LOCATION_ID
    assert location.timezone == "Europe/Tallinn"
    assert location.country_code == "EE"
    assert [lang.code for lang in location.languages] == ["en", "es", "et", "ru", "ar", "fr", "de"]
    assert location.primary_language == "en"
    assert location.languages[3].native_name == "Русский"

    vehicles = location.line(LINE_VEHICLES)
    assert vehicles is not None
    assert vehicles.disabled
    archived = location.line(LINE_OLD)
    assert archived is not None
    assert archived.archived
    general = location.line(LINE_GENERAL)
    assert general is not None
    assert {t.language_code: t.name for t in general.translations}["et"] == "Üldised küsimused"
    assert LINE_VEHICLES not in [line.id for line in location.offered_lines]

    types = {field.type for field in location.input_fields}
    assert types == set(FieldType) - {FieldType.UNSUPPORTED}
    assert location.input_field(FIELD_OLD_NOTES) is None  # deleted fields are not listed
    group = location.input_field(FIELD_GROUP_SIZE)
    assert group is not None
    assert group.constraints is not None
    assert (group.constraints.min, group.constraints.max, group.constraints.scale) == (1, 10, 0)
    documents = location.input_field(FIELD_DOCUMENTS)
    assert documents is not None
    assert documents.multi_select
    assert documents.visible_for_lines == ("88102",)
    assert len(documents.options) == 4
    upload = next(f for f in location.input_fields if f.type is FieldType.ATTACHMENT)
    assert upload.constraints is None
    assert location.opening_hours is not None

    (recorded,) = sandbox.requests
    assert (recorded.method, recorded.path) == ("POST", "/graphql")
    assert recorded.json == {"query": KIOSK_CONFIG, "variables": {"locationId": DEMO_LOCATION_ID}}
    assert recorded.header("X-Qminder-REST-API-Key") == DEMO_API_KEY
    assert recorded.header("X-Qminder-API-Version") is None


def test_unknown_location_is_not_found(sandbox: SandboxServer) -> None:
    with pytest.raises(NotFound):
        _run(_client(sandbox), lambda c: c.location_config("999999"))


def test_create_ticket_sends_the_exact_body(sandbox: SandboxServer) -> None:
    request = _request()
    created = _run(_client(sandbox), lambda c: c.create_ticket(request))
    assert created.public_id == "A-1"
    (ticket,) = sandbox.tickets
    assert ticket.id == created.id
    assert ticket.body == request.to_body()
    assert ticket.body["source"] == "NAME"
    assert set(ticket.body) == {
        "lineId",
        "firstName",
        "lastName",
        "phoneNumber",
        "email",
        "languageCode",
        "source",
        "fields",
        "labels",
    }
    (recorded,) = sandbox.requests
    assert recorded.header("X-Qminder-REST-API-Key") == DEMO_API_KEY
    assert recorded.header("X-Qminder-API-Version") == "2020-09-01"
    assert recorded.header("Content-Type") == "application/json"
    assert recorded.header("User-Agent") == f"qminder-kiosk/{__version__}"
    assert recorded.status == 201


def test_optional_keys_are_left_out(sandbox: SandboxServer) -> None:
    request = TicketRequest(
        line_id=LINE_GENERAL,
        first_name="Jo",
        phone_number="5551234",
        fields=(FieldAnswer(input_field_id=FIELD_CONTACT, option_ids=(OPTION_SMS,)),),
    )
    _run(_client(sandbox), lambda c: c.create_ticket(request))
    (ticket,) = sandbox.tickets
    assert ticket.body == {
        "lineId": LINE_GENERAL,
        "firstName": "Jo",
        "phoneNumber": "5551234",
        "source": "NAME",
        "fields": [{"inputFieldId": FIELD_CONTACT, "optionIds": [OPTION_SMS]}],
    }


def test_reads_after_create(sandbox: SandboxServer) -> None:
    async def go(client: QminderClient) -> None:
        first = await client.create_ticket(_request())
        second = await client.create_ticket(_request(first_name="John"))
        ticket = await client.get_ticket(second.id)
        assert ticket.id == second.id
        assert ticket.first_name == "John"
        assert ticket.line == LINE_GENERAL
        assert ticket.status == "NEW"
        since = dt.datetime.now(dt.UTC) - dt.timedelta(minutes=5)
        found = await client.search_tickets(LINE_GENERAL, min_created=since, order="id ASC")
        assert [t.id for t in found] == [first.id, second.id]
        future = dt.datetime.now(dt.UTC) + dt.timedelta(hours=1)
        assert await client.search_tickets(LINE_GENERAL, min_created=future) == []
        when = await client.estimated_time(second.id)
        assert when is not None
        assert when > dt.datetime.now(dt.UTC)
        assert await client.estimated_time("999999") is None
        with pytest.raises(NotFound):
            await client.get_ticket("999999")

    _run(_client(sandbox), go)
    search = next(r for r in sandbox.requests if r.path == "/v1/tickets/search")
    assert search.query["line"] == LINE_GENERAL
    assert search.query["status"] == "NEW"
    for recorded in sandbox.requests:
        assert recorded.header("X-Qminder-REST-API-Key") == DEMO_API_KEY
        versioned = (recorded.method, recorded.path) == ("POST", "/tickets")
        assert (recorded.header("X-Qminder-API-Version") is not None) is versioned


# -- error answers ----------------------------------------------------------------------------


def test_wrong_key_is_an_auth_error(sandbox: SandboxServer) -> None:
    with pytest.raises(AuthError) as caught:
        _run(_client(sandbox, api_key="not-the-key"), lambda c: c.create_ticket(_request()))
    assert caught.value.status in (401, 403)
    assert "not-the-key" not in str(caught.value)
    assert sandbox.tickets == []


def test_option_of_another_field_is_validation_failed(sandbox: SandboxServer) -> None:
    answer = FieldAnswer(input_field_id=FIELD_CONTACT, option_ids=(OPTION_PASSPORT,))
    request = _request(fields=(answer,))
    with pytest.raises(ValidationFailed) as caught:
        _run(_client(sandbox), lambda c: c.create_ticket(request))
    assert caught.value.status == 400
    assert caught.value.message is not None
    assert "does not belong" in caught.value.message
    assert caught.value.may_have_reached_server is False
    assert sandbox.tickets == []


def test_server_field_errors_are_parsed(sandbox: SandboxServer) -> None:
    # Valid for the client (the domain allows any e-mail of 3-100 characters), refused by the
    # server's e-mail rule, which answers with per-field errors.
    request = _request(email="not-an-email")
    with pytest.raises(ValidationFailed) as caught:
        _run(_client(sandbox), lambda c: c.create_ticket(request))
    assert "email" in caught.value.field_errors
    assert "not-an-email" not in str(caught.value)


def test_unknown_line_is_not_found(sandbox: SandboxServer) -> None:
    with pytest.raises(NotFound) as caught:
        _run(_client(sandbox), lambda c: c.create_ticket(_request(line_id="123456")))
    assert caught.value.message == "Line with id 123456 not found"


@pytest.mark.parametrize("line_id", [LINE_VEHICLES, LINE_OLD])
def test_disabled_or_archived_line_is_a_conflict(sandbox: SandboxServer, line_id: str) -> None:
    with pytest.raises(Conflict) as caught:
        _run(_client(sandbox), lambda c: c.create_ticket(_request(line_id=line_id)))
    assert caught.value.status == 409


@pytest.mark.parametrize(
    ("changes", "path"),
    [
        ({"first_name": "A"}, "firstName"),
        ({"phone_number": "+372 555 1234"}, "phoneNumber"),
        (
            {
                "fields": (
                    FieldAnswer.model_construct(
                        input_field_id=FIELD_CONTACT, value="x", option_ids=(OPTION_SMS,)
                    ),
                )
            },
            "fields.0",
        ),
    ],
)
def test_a_body_that_breaks_a_rule_is_refused_and_creates_nothing(
    sandbox: SandboxServer, changes: dict[str, Any], path: str
) -> None:
    # The client trusts its typed input (the rules are checked in the domain); the sandbox,
    # like Qminder, refuses a body that breaks them: a permanent failure, no ticket.
    values = dict(_request())
    values.update(changes)
    request = TicketRequest.model_construct(**values)
    with pytest.raises(ValidationFailed) as caught:
        _run(_client(sandbox), lambda c: c.create_ticket(request))
    assert caught.value.status == 400
    assert caught.value.may_have_reached_server is False
    assert sandbox.tickets == []


# -- faults -----------------------------------------------------------------------------------


def test_latency_beyond_the_read_timeout(sandbox: SandboxServer) -> None:
    sandbox.set_faults(latency=0.6, only="POST /tickets")
    with pytest.raises(TransportError) as caught:
        _create(sandbox, read_timeout=0.2)
    assert caught.value.may_have_reached_server is True
    assert "ReadTimeout" in str(caught.value)
    # The server finishes the request after the client gave up: the ticket does exist.
    _wait_for_tickets(sandbox, 1)
    assert len(sandbox.tickets) == 1


def test_latency_beyond_the_deadline(sandbox: SandboxServer) -> None:
    sandbox.set_faults(latency=0.6, only="POST /tickets")
    with pytest.raises(TransportError, match="deadline") as caught:
        _create(sandbox, read_timeout=5.0, deadline=0.2)
    assert caught.value.may_have_reached_server is True  # the headers were on the wire
    _wait_for_tickets(sandbox, 1)  # and the server went on to create the ticket
    assert len(sandbox.tickets) == 1


def test_fail_503(sandbox: SandboxServer) -> None:
    sandbox.set_faults(fail_503=1)
    with pytest.raises(ServerError) as caught:
        _create(sandbox)
    assert caught.value.status == 503
    assert caught.value.may_have_reached_server is False
    assert sandbox.tickets == []
    assert _create(sandbox).public_id == "A-1"  # the fault played once


def test_rate_limit(sandbox: SandboxServer) -> None:
    sandbox.set_faults(rate_limit=1, retry_after=2)
    with pytest.raises(RateLimited) as caught:
        _create(sandbox)
    assert caught.value.retry_after == 2.0
    assert caught.value.may_have_reached_server is False
    assert sandbox.tickets == []


def test_error_500_after_create(sandbox: SandboxServer) -> None:
    sandbox.set_faults(error_500_after_create=1)
    with pytest.raises(ServerError) as caught:
        _create(sandbox)
    assert caught.value.status == 500
    assert caught.value.may_have_reached_server is True
    assert len(sandbox.tickets) == 1


def test_drop_before(sandbox: SandboxServer) -> None:
    # The server read the request and closed the connection without processing it. On the
    # wire this is identical to drop_after (a reset after the request was sent), so the client
    # cannot know nothing happened: may_have_reached_server=True is the only safe answer, and
    # the look-up before any resend finds no ticket.
    sandbox.set_faults(drop_before=1, only="POST /tickets")
    with pytest.raises(TransportError) as caught:
        _create(sandbox)
    assert caught.value.may_have_reached_server is True
    assert "RemoteProtocolError" in str(caught.value)
    assert sandbox.tickets == []
    assert [r.status for r in sandbox.requests] == [None]


def test_drop_after(sandbox: SandboxServer) -> None:
    sandbox.set_faults(drop_after=1, only="POST /tickets")
    with pytest.raises(TransportError) as caught:
        _create(sandbox)
    assert caught.value.may_have_reached_server is True
    assert len(sandbox.tickets) == 1


def test_malformed_json_after_create(sandbox: SandboxServer) -> None:
    sandbox.set_faults(malformed_json=1, only="POST /tickets")
    with pytest.raises(BadResponse) as caught:
        _create(sandbox)
    assert caught.value.status == 201
    assert caught.value.may_have_reached_server is True
    assert len(sandbox.tickets) == 1


def test_malformed_json_on_graphql(sandbox: SandboxServer) -> None:
    sandbox.set_faults(malformed_json=1)
    with pytest.raises(BadResponse) as caught:
        _run(_client(sandbox), lambda c: c.location_config(DEMO_LOCATION_ID))
    assert caught.value.may_have_reached_server is False


def test_server_down(sandbox: SandboxServer) -> None:
    sandbox.set_down(True)
    with pytest.raises(TransportError) as caught:
        _create(sandbox)
    assert caught.value.may_have_reached_server is False
    assert "ConnectError" in str(caught.value)
    sandbox.set_down(False)
    assert sandbox.tickets == []


# -- environment and secrecy ------------------------------------------------------------------


def _closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def test_proxy_variables_are_not_used(
    sandbox: SandboxServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    proxy = f"http://127.0.0.1:{_closed_port()}"
    for name in ("HTTP_PROXY", "http_proxy", "ALL_PROXY", "all_proxy"):
        monkeypatch.setenv(name, proxy)
    for name in ("NO_PROXY", "no_proxy"):
        monkeypatch.delenv(name, raising=False)
    assert _create(sandbox).public_id == "A-1"


def test_no_key_or_personal_data_in_logs_or_errors(
    sandbox: SandboxServer, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    errors: list[QminderError] = []

    async def go(client: QminderClient) -> None:
        await client.location_config(DEMO_LOCATION_ID)
        created = await client.create_ticket(_request())
        await client.get_ticket(created.id)
        await client.search_tickets(LINE_GENERAL)
        await client.estimated_time(created.id)
        sandbox.set_faults(drop_after=1, only="POST /tickets")
        for attempt in (
            lambda: client.create_ticket(_request()),
            lambda: client.create_ticket(_request(email="jane@nowhere")),
            lambda: client.create_ticket(_request(line_id=LINE_VEHICLES)),
        ):
            try:
                await attempt()
            except QminderError as exc:
                errors.append(exc)

    _run(_client(sandbox), go)
    try:
        _create(sandbox, api_key="wrong-" + DEMO_API_KEY)
    except QminderError as exc:
        errors.append(exc)
    sandbox.set_down(True)
    try:
        _create(sandbox)
    except QminderError as exc:
        errors.append(exc)
    sandbox.set_down(False)

    assert [type(e) for e in errors] == [
        TransportError,
        ValidationFailed,
        Conflict,
        AuthError,
        TransportError,
    ]
    texts = [r.getMessage() for r in caplog.records]
    assert any("POST /tickets -> 201" in t for t in texts)
    texts += [f"{e!s} {e!r}" for e in errors]
    for text in texts:
        assert DEMO_API_KEY not in text
        for personal in ("Jane", "Doe", "5551234", "jane@"):
            assert personal not in text
