"""Answers over the size limit are refused unread, with one clear log line and a typed error."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import AsyncIterator, Awaitable, Callable
from typing import Any, TypeVar

import httpx
import pytest

from kiosk.api import ApiConfig, QminderClient, ResponseTooLarge, ServerError
from kiosk.api.config import MAX_RESPONSE_BYTES
from kiosk.delivery.classify import FailureClass, classify
from kiosk.domain.ticket import FieldAnswer, TicketRequest
from kiosk.sandbox import DEMO_API_KEY, DEMO_LOCATION_ID, SandboxServer
from kiosk.sandbox.seed import FIELD_CONTACT, LINE_GENERAL, OPTION_SMS
from tests.api.helpers import call, make_client

T = TypeVar("T")

HUGE = 12 * 1024 * 1024
"""An answer three times the default limit."""


def _client(server: SandboxServer, **config: Any) -> QminderClient:
    return QminderClient(
        ApiConfig(api_key=DEMO_API_KEY, base_url=server.url, deadline=10.0, **config)
    )


def _run(client: QminderClient, method: Callable[[QminderClient], Awaitable[T]]) -> T:
    async def go() -> T:
        async with client:
            return await method(client)

    return asyncio.run(go())


def _location(client: QminderClient) -> Awaitable[Any]:
    return client.location_config(DEMO_LOCATION_ID)


@pytest.mark.parametrize("fault", ["oversized", "oversized_stream"])
def test_a_huge_location_answer_is_refused_with_a_clear_log_line(
    sandbox: SandboxServer, caplog: pytest.LogCaptureFixture, fault: str
) -> None:
    sandbox.set_faults(**{fault: 1, "oversized_bytes": HUGE, "only": "POST /graphql"})
    caplog.set_level(logging.WARNING)
    with pytest.raises(ResponseTooLarge) as caught:
        _run(_client(sandbox), _location)
    error = caught.value
    assert (error.status, error.limit) == (200, MAX_RESPONSE_BYTES)
    assert error.may_have_reached_server is False
    assert error.size == (HUGE if fault == "oversized" else None)  # Content-Length honoured
    [line] = [r.getMessage() for r in caplog.records if "refused unread" in r.getMessage()]
    assert line.startswith("POST /graphql: answer 200 refused unread")
    assert f"the limit is {MAX_RESPONSE_BYTES} bytes" in line
    assert _run(_client(sandbox), _location).id == DEMO_LOCATION_ID  # the next answer is fine


def test_an_answer_within_the_limit_is_read(sandbox: SandboxServer) -> None:
    sandbox.set_faults(oversized=1, oversized_bytes=200_000, only="POST /graphql")
    location = _run(_client(sandbox, max_response_bytes=300_000), _location)
    assert location.id == DEMO_LOCATION_ID


def test_a_huge_answer_to_a_ticket_creation_is_looked_up_not_resent(
    sandbox: SandboxServer,
) -> None:
    sandbox.set_faults(oversized_stream=1, oversized_bytes=HUGE, only="POST /tickets")
    request = TicketRequest(
        line_id=LINE_GENERAL,
        first_name="Jane",
        phone_number="+3725551234",
        fields=(FieldAnswer(input_field_id=FIELD_CONTACT, option_ids=(OPTION_SMS,)),),
    )
    with pytest.raises(ResponseTooLarge) as caught:
        _run(_client(sandbox), lambda c: c.create_ticket(request))
    assert caught.value.may_have_reached_server is True
    assert classify(caught.value).kind is FailureClass.AMBIGUOUS
    assert len(sandbox.tickets) == 1


class Endless(httpx.AsyncByteStream):
    """A body that never ends, with no Content-Length: only counting can stop it."""

    def __init__(self) -> None:
        self.sent = 0

    async def __aiter__(self) -> AsyncIterator[bytes]:
        chunk = b'{"x":"' + b"y" * 65_530
        while True:
            self.sent += len(chunk)
            yield chunk


def test_an_endless_body_is_cut_off_at_the_limit() -> None:
    stream = Endless()

    def answer(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, stream=stream)

    with pytest.raises(ResponseTooLarge) as caught:
        call(
            make_client(answer, max_response_bytes=1_000_000),
            lambda c: c.search_tickets("88100"),
        )
    assert caught.value.size is None
    assert stream.sent < 3_000_000  # the limit and a few chunks more: not the whole stream


def test_a_huge_error_answer_keeps_its_status_meaning() -> None:
    def answer(request: httpx.Request) -> httpx.Response:
        return httpx.Response(503, content=b"x" * 2_000_000)

    with pytest.raises(ServerError) as caught:
        call(make_client(answer, max_response_bytes=1_000_000), lambda c: c.get_ticket("1"))
    assert caught.value.status == 503
    assert classify(caught.value).kind is FailureClass.RETRYABLE
