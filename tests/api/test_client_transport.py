"""Headers, environment isolation, redirects, secrecy and transport failures (mock transport)."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from typing import Any

import httpx
import pytest

from kiosk import __version__
from kiosk.api import (
    KIOSK_CONFIG,
    AuthError,
    BadResponse,
    QminderClient,
    QminderError,
    TransportError,
    ValidationFailed,
)
from kiosk.domain.ticket import TicketRequest
from tests.api.helpers import KEY, Router, call, make_client
from tests.api.payloads import location_payload, ticket_payload

TICKET = TicketRequest(line_id="88100", first_name="Jane", phone_number="+3725551234")


def _full_router() -> Router:
    config = {"data": {"location": location_payload()}}
    found = {"data": [ticket_payload("1")]}
    return Router(
        {
            ("POST", "/graphql"): httpx.Response(200, json=config),
            ("POST", "/tickets"): httpx.Response(201, json={"id": "1", "publicId": "A-1"}),
            ("GET", "/v1/tickets/1"): httpx.Response(200, json=ticket_payload("1")),
            ("GET", "/v1/tickets/search"): httpx.Response(200, json=found),
            ("GET", "/v1/tickets/1/estimated-time"): httpx.Response(
                200, json={"estimatedTimeOfService": 1772360100}
            ),
        }
    )


async def _every_call(client: QminderClient) -> None:
    await client.location_config("4052")
    await client.create_ticket(TICKET)
    await client.get_ticket("1")
    await client.search_tickets("88100")
    await client.estimated_time("1")


def test_headers_are_exact_on_every_call() -> None:
    router = _full_router()
    call(make_client(router), _every_call)
    assert [(r.method, r.url.path) for r in router.requests] == [
        ("POST", "/graphql"),
        ("POST", "/tickets"),
        ("GET", "/v1/tickets/1"),
        ("GET", "/v1/tickets/search"),
        ("GET", "/v1/tickets/1/estimated-time"),
    ]
    for request in router.requests:
        assert request.url.scheme == "https"
        assert request.url.host == "api.qminder.test"
        assert request.headers["X-Qminder-REST-API-Key"] == KEY
        assert request.headers["User-Agent"] == f"qminder-kiosk/{__version__}"
        assert request.headers["Accept"] == "application/json"
        assert "authorization" not in request.headers
        assert "cookie" not in request.headers
        versioned = (request.method, request.url.path) == ("POST", "/tickets")
        assert ("X-Qminder-API-Version" in request.headers) is versioned
        if request.method == "POST":
            assert request.headers["Content-Type"] == "application/json"
        else:
            assert "Content-Type" not in request.headers
            assert request.content == b""
        assert "rest-api-key" not in str(request.url)
    assert router.requests[1].headers["X-Qminder-API-Version"] == "2020-09-01"
    assert router.requests[0].read().decode().count("KioskConfig") == 1
    assert KIOSK_CONFIG in router.requests[0].read().decode().replace("\\n", "\n")


def test_environment_proxies_and_certificates_are_ignored(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Any
) -> None:
    # With trust_env the proxy variables would mount proxy transports in front of ours, and a
    # missing SSL_CERT_FILE would fail building the TLS context.
    for name in ("HTTPS_PROXY", "HTTP_PROXY", "ALL_PROXY", "https_proxy", "all_proxy"):
        monkeypatch.setenv(name, "http://127.0.0.1:9")
    monkeypatch.setenv("SSL_CERT_FILE", str(tmp_path / "missing.pem"))
    monkeypatch.setenv("SSL_CERT_DIR", str(tmp_path / "missing"))
    router = _full_router()
    client = make_client(router)

    async def go(client: QminderClient) -> None:
        await client.get_ticket("1")
        http = client._client
        assert http is not None
        assert http.trust_env is False
        assert http._mounts == {}

    call(client, go)
    assert len(router.requests) == 1


def test_real_tls_context_ignores_the_environment(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Any
) -> None:
    monkeypatch.setenv("SSL_CERT_FILE", str(tmp_path / "missing.pem"))
    monkeypatch.setenv("HTTPS_PROXY", "http://127.0.0.1:9")
    keylog = tmp_path / "keys.log"
    monkeypatch.setenv("SSLKEYLOGFILE", str(keylog))
    from kiosk.api import ApiConfig

    client = QminderClient(ApiConfig(api_key=KEY))

    async def go() -> None:
        async with client:
            http = client._client
            assert http is not None
            assert http._mounts == {}
            context = http._transport._pool._ssl_context  # type: ignore[attr-defined]
            assert context.keylog_filename is None
            assert context.verify_mode.name == "CERT_REQUIRED"
            assert context.check_hostname is True

    asyncio.run(go())
    assert not keylog.exists()


def test_redirects_are_not_followed() -> None:
    router = Router(
        {
            ("POST", "/tickets"): httpx.Response(
                307, headers={"Location": "https://elsewhere.example/tickets"}
            ),
            ("GET", "/v1/tickets/1"): httpx.Response(302, headers={"Location": "/v1/tickets/2"}),
        }
    )
    with pytest.raises(BadResponse, match="redirect not followed") as caught:
        call(make_client(router), lambda c: c.create_ticket(TICKET))
    assert caught.value.status == 307
    with pytest.raises(BadResponse, match="redirect not followed"):
        call(make_client(router), lambda c: c.get_ticket("1"))
    assert len(router.requests) == 2


def _raise(exc_type: type[httpx.HTTPError]) -> Callable[[httpx.Request], httpx.Response]:
    def handler(request: httpx.Request) -> httpx.Response:
        if issubclass(exc_type, httpx.RequestError):
            raise exc_type("simulated", request=request)
        raise exc_type("simulated")  # pragma: no cover

    return handler


@pytest.mark.parametrize(
    ("exc_type", "may_have_reached_server"),
    [
        (httpx.ConnectError, False),
        (httpx.ConnectTimeout, False),
        (httpx.PoolTimeout, False),
        (httpx.UnsupportedProtocol, False),
        (httpx.ReadTimeout, True),
        (httpx.WriteTimeout, True),
        (httpx.ReadError, True),
        (httpx.WriteError, True),
        (httpx.RemoteProtocolError, True),
        (httpx.LocalProtocolError, True),
        (httpx.NetworkError, True),
    ],
)
def test_transport_failures_say_whether_the_server_may_have_the_request(
    exc_type: type[httpx.HTTPError], may_have_reached_server: bool
) -> None:
    router = Router({("POST", "/tickets"): _raise(exc_type)})
    with pytest.raises(TransportError) as caught:
        call(make_client(router), lambda c: c.create_ticket(TICKET))
    error = caught.value
    assert error.may_have_reached_server is may_have_reached_server
    assert exc_type.__name__ in str(error)
    assert error.__cause__ is None
    assert error.__context__ is None


def test_undecodable_answer_is_a_bad_response_that_may_have_created() -> None:
    router = Router({("POST", "/tickets"): _raise(httpx.DecodingError)})
    with pytest.raises(BadResponse) as caught:
        call(make_client(router), lambda c: c.create_ticket(TICKET))
    assert caught.value.may_have_reached_server is True


class _StallingTransport(httpx.AsyncBaseTransport):
    """Reports the given trace events, then never answers."""

    def __init__(self, events: tuple[str, ...]) -> None:
        self.events = events

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        trace = request.extensions.get("trace")
        for event in self.events:
            if trace is not None:
                await trace(event, {})
        await asyncio.sleep(30)
        raise AssertionError("not reached")  # pragma: no cover


@pytest.mark.parametrize(
    ("events", "may_have_reached_server"),
    [
        (("connection.connect_tcp.started",), False),
        (("connection.connect_tcp.started", "connection.connect_tcp.complete"), False),
        (("connection.connect_tcp.complete", "http11.send_request_headers.started"), True),
        (("http11.send_request_body.complete", "http11.receive_response_headers.started"), True),
        ((), True),  # a transport that does not trace tells nothing: assume it was sent
    ],
)
def test_deadline_tells_whether_the_request_was_sent(
    events: tuple[str, ...], may_have_reached_server: bool
) -> None:
    client = make_client(_StallingTransport(events), deadline=0.05)
    with pytest.raises(TransportError, match="deadline") as caught:
        call(client, lambda c: c.create_ticket(TICKET))
    assert caught.value.may_have_reached_server is may_have_reached_server


def test_rate_limit_remaining_is_logged_at_debug(caplog: pytest.LogCaptureFixture) -> None:
    router = Router(
        {
            ("GET", "/v1/tickets/1"): httpx.Response(
                200, json=ticket_payload("1"), headers={"X-Ratelimit-Remaining": "4999"}
            )
        }
    )
    caplog.set_level(logging.DEBUG, logger="kiosk.api")
    call(make_client(router), lambda c: c.get_ticket("1"))
    assert "Qminder rate limit remaining: 4999" in caplog.messages
    assert any(m.startswith("GET /v1/tickets/1 -> 200 in ") for m in caplog.messages)


def test_the_key_and_personal_data_never_reach_logs_or_errors(
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.DEBUG)
    errors: list[QminderError] = []
    router = _full_router()
    call(make_client(router), _every_call)

    failing = Router(
        {
            ("POST", "/tickets"): httpx.Response(
                400, json={"errors": [{"email": "jane@example.com is taken"}]}
            ),
            ("GET", "/v1/tickets/1"): httpx.Response(
                401, json={"message": f"Key {KEY} is invalid"}
            ),
            ("POST", "/graphql"): _raise(httpx.ReadTimeout),
            ("GET", "/v1/tickets/search"): httpx.Response(
                200, json={"data": [{"id": "1", "created": {"date": "Jane Doe"}}]}
            ),
        }
    )

    async def failing_calls(client: QminderClient) -> None:
        for make in (
            lambda: client.create_ticket(TICKET),
            lambda: client.get_ticket("1"),
            lambda: client.location_config("4052"),
            lambda: client.search_tickets("88100"),
        ):
            try:
                await make()
            except QminderError as exc:
                errors.append(exc)

    call(make_client(failing), failing_calls)
    assert [type(e) for e in errors] == [ValidationFailed, AuthError, TransportError, BadResponse]

    assert caplog.records, "the run should have logged at debug"
    texts = [r.getMessage() for r in caplog.records] + [
        str(r.exc_text or "") for r in caplog.records
    ]
    texts += [f"{e!s} {e!r}" for e in errors]
    for text in texts:
        assert KEY not in text
        for personal in ("Jane", "jane@", "5551234"):
            assert personal not in text
    for error in errors:
        assert error.__cause__ is None
        assert error.__context__ is None
