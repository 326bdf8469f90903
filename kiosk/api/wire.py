"""What happens on the wire: whether a request went out, how a failure reads, and reading an
answer's body within a size limit.

A body is streamed and counted, never read whole first: an answer that declares more than the
limit in ``Content-Length`` is refused before any of its body is read, and one without (or
with a false) ``Content-Length`` is refused as soon as more than the limit has arrived. The
count is of decoded bytes, so a small compressed body that inflates past the limit is
refused too.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

import httpx

from kiosk.api.errors import BadResponse, QminderError, ResponseTooLarge, TransportError

log = logging.getLogger(__name__)

NOT_SENT = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout, httpx.UnsupportedProtocol)
"""httpx errors raised before any byte of the request left: the server cannot have seen it."""


@dataclass(frozen=True, slots=True)
class Answer:
    """An HTTP answer, read: status, headers and the whole (limited) body."""

    status_code: int
    headers: httpx.Headers
    content: bytes


class SendProbe:
    """httpx ``trace`` hook: records whether the request started going out on the wire."""

    def __init__(self) -> None:
        self.traced = False
        self.sending = False

    async def __call__(self, name: str, info: Mapping[str, Any]) -> None:
        self.traced = True
        if "send_request" in name:
            self.sending = True

    @property
    def may_have_sent(self) -> bool:
        # A transport that does not trace (tests, custom transports) tells nothing: assume sent.
        return self.sending or not self.traced


def transport_failure(call: str, exc: httpx.HTTPError) -> QminderError:
    """The error an httpx failure stands for, saying whether the server may have the request."""
    kind = type(exc).__name__
    if isinstance(exc, httpx.DecodingError):
        return BadResponse(
            f"{call}: answer could not be decoded ({kind})", may_have_reached_server=True
        )
    sent = not isinstance(exc, NOT_SENT)
    where = "the request may have reached Qminder" if sent else "the request was not sent"
    return TransportError(f"{call}: {kind}, {where}", may_have_reached_server=sent)


def declared_length(headers: httpx.Headers) -> int | None:
    """The ``Content-Length`` the server declared, None when absent or not a number."""
    value = headers.get("content-length", "").strip()
    return int(value) if value.isdigit() else None


async def read_limited(
    response: httpx.Response, call: str, limit: int, *, may_have_reached_server: bool
) -> Answer:
    """Read a streamed answer's body, at most `limit` bytes of it.

    A 2xx answer over the limit raises `ResponseTooLarge`; any other status keeps its meaning
    (a 503 stays a 503) with the body left unread. Either way one warning names the call.
    """
    status = response.status_code
    declared = declared_length(response.headers)
    body = None if declared is not None and declared > limit else await _body(response, limit)
    if body is not None:
        return Answer(status, response.headers, body)
    told = f"{declared} bytes declared" if declared is not None else f"over {limit} bytes sent"
    log.warning(
        "%s: answer %d refused unread: %s, the limit is %d bytes", call, status, told, limit
    )
    if 200 <= status < 300:
        raise ResponseTooLarge(
            call,
            status=status,
            limit=limit,
            size=declared,
            may_have_reached_server=may_have_reached_server,
        )
    return Answer(status, response.headers, b"")


async def _body(response: httpx.Response, limit: int) -> bytes | None:
    """The whole body, or None as soon as more than `limit` bytes have arrived.

    The read is stopped by cancelling it where it waits for the network, as a deadline would:
    every layer of the stream below then closes itself on the event loop. (Leaving the loop
    with ``break`` would leave those layers to the garbage collector, outside the loop.)
    """
    body = bytearray()
    over = 0
    try:
        async with asyncio.timeout(None) as stop:
            async for chunk in response.aiter_bytes():
                if over:
                    over += 1
                    if over > _PATIENCE:  # a stream that never waits: stop right here
                        await asyncio.sleep(0)
                    continue
                body += chunk
                if len(body) > limit:
                    over = 1
                    body.clear()
                    stop.reschedule(asyncio.get_running_loop().time())
    except TimeoutError:
        if not stop.expired():
            raise
    return None if over else bytes(body)


_PATIENCE = 16
"""Chunks read after the limit while waiting for the read to be cancelled."""
