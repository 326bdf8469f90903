"""Under `QminderClient`: one pooled httpx client, one request in, one read answer out.

Every request carries the API key header; calls that change the queue also carry the API
version header. Each request is bounded by the deadline and the answer by the size limit;
every transport failure becomes a `kiosk.api.errors` error that says whether the server may
have the request.
"""

from __future__ import annotations

import asyncio
import logging
import ssl
import time
from collections.abc import Mapping
from types import TracebackType
from typing import Any, Self

import certifi
import httpx

from kiosk.api.config import ApiConfig
from kiosk.api.errors import QminderError, TransportError
from kiosk.api.responses import error_for_status
from kiosk.api.wire import Answer, SendProbe, read_limited, transport_failure

__all__ = ["API_KEY_HEADER", "API_VERSION", "API_VERSION_HEADER", "Transport"]

API_KEY_HEADER = "X-Qminder-REST-API-Key"
API_VERSION_HEADER = "X-Qminder-API-Version"
API_VERSION = "2020-09-01"

_log = logging.getLogger(__name__)


def _tls_context() -> ssl.SSLContext:
    """Certificate and host-name checks against certifi's roots; no environment involved.

    Built directly rather than with `ssl.create_default_context`, which would honour
    ``SSLKEYLOGFILE`` and write TLS secrets to that file.
    """
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    context.minimum_version = ssl.TLSVersion.TLSv1_2
    context.load_verify_locations(cafile=certifi.where())
    return context


class Transport:
    """An open/close-able connection to Qminder that sends one request at a time.

    It owns one `httpx.AsyncClient` built with ``trust_env=False`` (no proxy or CA settings from
    the environment, no TLS key log) and ``follow_redirects=False``.
    """

    def __init__(self, config: ApiConfig) -> None:
        self._config = config
        self._client: httpx.AsyncClient | None = None

    def __repr__(self) -> str:
        state = "open" if self._client is not None else "closed"
        return f"{type(self).__name__}(base_url={self._config.base_url!r}, {state})"

    @property
    def config(self) -> ApiConfig:
        return self._config

    async def __aenter__(self) -> Self:
        if self._client is not None:
            raise RuntimeError("QminderClient is already open")
        config = self._config
        verify: ssl.SSLContext | bool = True
        if config.transport is None and config.base_url.startswith("https:"):
            verify = _tls_context()
        self._client = httpx.AsyncClient(
            base_url=config.base_url,
            timeout=config.timeout,
            trust_env=False,
            follow_redirects=False,
            verify=verify,
            limits=httpx.Limits(
                max_connections=4,
                max_keepalive_connections=2,
                keepalive_expiry=config.keepalive_expiry,
            ),
            headers={"User-Agent": config.user_agent, "Accept": "application/json"},
            transport=config.transport,
        )
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.aclose()

    async def aclose(self) -> None:
        """Close the connection pool; the client may be opened again with ``async with``."""
        client, self._client = self._client, None
        if client is not None:
            await client.aclose()

    # -- plumbing ------------------------------------------------------------------------------

    def _open_client(self) -> httpx.AsyncClient:
        if self._client is None:
            raise RuntimeError("QminderClient is not open; use 'async with QminderClient(...)'")
        return self._client

    async def _send(
        self,
        method: str,
        path: str,
        *,
        json: Any = None,
        params: Mapping[str, str | int] | None = None,
        creates: bool = False,
    ) -> Answer:
        """Send one request and read its answer within the deadline and the size limit.

        Every transport failure becomes an error. `creates` marks a call that changes the queue
        (``POST /tickets``, an appointment's check-in): it carries the API version header, and
        an answer refused for its size may mean the change was made.
        """
        client = self._open_client()
        headers = {API_KEY_HEADER: self._config.api_key.get_secret_value()}
        if creates:
            headers[API_VERSION_HEADER] = API_VERSION
        probe = SendProbe()
        request = client.build_request(
            method, path, json=json, params=params, headers=headers, extensions={"trace": probe}
        )
        call = f"{method} {request.url.path}"
        started = time.monotonic()
        failure: QminderError | None = None
        try:
            async with asyncio.timeout(self._config.deadline):
                streamed = await client.send(request, stream=True)
                try:
                    response = await read_limited(
                        streamed,
                        call,
                        self._config.max_response_bytes,
                        may_have_reached_server=creates,
                    )
                finally:
                    await streamed.aclose()
        except TimeoutError:
            failure = TransportError(
                f"{call}: no answer within the {self._config.deadline:g} s deadline",
                may_have_reached_server=probe.may_have_sent,
            )
        except httpx.HTTPError as exc:
            failure = transport_failure(call, exc)
        elapsed = time.monotonic() - started
        if failure is not None:
            _log.debug("%s failed after %.2f s: %s", call, elapsed, failure)
            raise failure
        _log.debug("%s -> %d in %.2f s", call, response.status_code, elapsed)
        remaining = response.headers.get("x-ratelimit-remaining", "").strip()
        if remaining.isdigit():
            _log.debug("Qminder rate limit remaining: %d", int(remaining))
        return response

    @staticmethod
    def _raise_for_status(response: Answer) -> None:
        error = error_for_status(response.status_code, response.content, response.headers)
        if error is not None:
            raise error
