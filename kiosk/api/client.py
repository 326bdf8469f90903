"""`QminderClient`: the few Qminder calls a check-in kiosk makes, over one httpx client.

Each call is one HTTP request, never retried here: retrying is the delivery layer's decision,
made from the error class and ``may_have_reached_server``. Every request carries the API key
header; only ``POST /tickets`` carries the API version header.

Errors are raised without a ``__cause__``/``__context__``: httpx errors hold the request, whose
headers hold the API key, and pydantic errors hold the input, which may hold personal data.
Their class name is kept in the message instead.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import logging
import re
import ssl
import time
from collections.abc import Iterable, Mapping
from types import TracebackType
from typing import Any, Self, TypeVar

import certifi
import httpx
from pydantic import BaseModel, ValidationError

from kiosk.api.appointments import AppointmentCalls
from kiosk.api.config import ApiConfig
from kiosk.api.errors import (
    BadResponse,
    Conflict,
    NotFound,
    QminderError,
    TransportError,
    ValidationFailed,
)
from kiosk.api.graphql import check_id as _check_id
from kiosk.api.queries import KIOSK_CONFIG
from kiosk.api.responses import decode_json, error_for_status, graphql_error
from kiosk.api.wire import Answer, SendProbe, read_limited, transport_failure
from kiosk.domain.models import Location, parse_location
from kiosk.domain.ticket import Ticket, TicketCreated, TicketRequest

__all__ = ["API_KEY_HEADER", "API_VERSION", "API_VERSION_HEADER", "QminderClient"]

API_KEY_HEADER = "X-Qminder-REST-API-Key"
API_VERSION_HEADER = "X-Qminder-API-Version"
API_VERSION = "2020-09-01"
SEARCH_LIMIT_MAX = 20_000

_log = logging.getLogger(__name__)
_STATUS = re.compile(r"^[A-Z_]{1,40}$")
_ORDER = re.compile(r"^(id|created|called|served) (ASC|DESC)$")

M = TypeVar("M", bound=BaseModel)


def _tls_context() -> ssl.SSLContext:
    """Certificate and host-name checks against certifi's roots; no environment involved.

    Built directly rather than with `ssl.create_default_context`, which would honour
    ``SSLKEYLOGFILE`` and write TLS secrets to that file.
    """
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    context.minimum_version = ssl.TLSVersion.TLSv1_2
    context.load_verify_locations(cafile=certifi.where())
    return context


def _shape_error(
    call: str, status: int, exc: ValidationError | None, *, may_have_reached_server: bool = False
) -> BadResponse:
    where = ""
    if exc is not None:
        paths = sorted({".".join(str(p) for p in e["loc"]) or "(root)" for e in exc.errors()})
        where = f" at {', '.join(paths[:5])}"
    return BadResponse(
        f"{call}: answer {status} has an unexpected shape{where}",
        status=status,
        may_have_reached_server=may_have_reached_server,
    )


def _parse(model: type[M], data: object, call: str, status: int) -> M:
    failure: ValidationError | None = None
    if isinstance(data, dict):
        try:
            return model.model_validate(data)
        except ValidationError as exc:
            failure = exc
    raise _shape_error(call, status, failure)


class QminderClient(AppointmentCalls):
    """Async client for Qminder's REST and GraphQL API; use as ``async with``.

    It owns one `httpx.AsyncClient` built with ``trust_env=False`` (no proxy or CA settings from
    the environment, no TLS key log) and ``follow_redirects=False``.
    """

    def __init__(self, config: ApiConfig) -> None:
        self._config = config
        self._client: httpx.AsyncClient | None = None

    def __repr__(self) -> str:
        state = "open" if self._client is not None else "closed"
        return f"QminderClient(base_url={self._config.base_url!r}, {state})"

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

    # -- calls ---------------------------------------------------------------------------------

    async def location_config(self, location_id: str) -> Location:
        """The location's kiosk configuration: ``POST /graphql`` with the ``KioskConfig`` query.

        GraphQL ``errors`` raise even on HTTP 200: NOT_FOUND (or a null location) as
        `NotFound`, permission errors as `AuthError`, anything else as `GraphQLError`.
        """
        _check_id(location_id, "location_id")
        payload = {"query": KIOSK_CONFIG, "variables": {"locationId": location_id}}
        response = await self._send("POST", "/graphql", json=payload)
        status = response.status_code
        call = "POST /graphql"
        body: object = None
        if 200 <= status < 300 or status == 400:
            try:
                body = decode_json(response.content, status=status, may_have_reached_server=False)
            except BadResponse:
                if 200 <= status < 300:
                    raise
        if isinstance(body, dict) and isinstance(body.get("errors"), list) and body["errors"]:
            raise graphql_error(status, body["errors"])
        self._raise_for_status(response)
        data = body.get("data") if isinstance(body, dict) else None
        if not isinstance(data, dict) or "location" not in data:
            raise _shape_error(call, status, None)
        location = data["location"]
        if location is None:
            raise NotFound(status, message="location not found")
        failure: ValidationError | None = None
        if isinstance(location, dict):
            try:
                return parse_location(location)
            except ValidationError as exc:
                failure = exc
        raise _shape_error(call, status, failure)

    async def create_ticket(self, request: TicketRequest) -> TicketCreated:
        """Create a ticket: ``POST /tickets`` (API version 2020-09-01).

        The body is `TicketRequest.to_body()`: a `TicketRequest` is valid by construction (or
        was checked when read back from the outbox), so it is not checked again here. A 2xx
        answer without a usable ``id`` raises `BadResponse` with ``may_have_reached_server=True``:
        the ticket probably exists.
        """
        response = await self._send("POST", "/tickets", json=request.to_body(), creates=True)
        self._raise_for_status(response)
        status = response.status_code
        data = decode_json(response.content, status=status, may_have_reached_server=True)
        ticket_id = data.get("id") if isinstance(data, dict) else None
        if isinstance(ticket_id, bool) or not isinstance(ticket_id, str | int) or ticket_id == "":
            raise _shape_error("POST /tickets", status, None, may_have_reached_server=True)
        public_id = data.get("publicId")
        if isinstance(public_id, int) and not isinstance(public_id, bool):
            public_id = str(public_id)
        return TicketCreated(
            id=str(ticket_id), public_id=public_id if isinstance(public_id, str) else None
        )

    async def get_ticket(self, ticket_id: str) -> Ticket:
        """One ticket: ``GET /v1/tickets/{id}``."""
        path = f"/v1/tickets/{_check_id(ticket_id, 'ticket_id')}"
        response = await self._send("GET", path)
        self._raise_for_status(response)
        data = decode_json(
            response.content, status=response.status_code, may_have_reached_server=False
        )
        return _parse(Ticket, data, "GET /v1/tickets/{id}", response.status_code)

    async def search_tickets(
        self,
        line_id: str,
        status: Iterable[str] = ("NEW",),
        min_created: dt.datetime | None = None,
        limit: int = 100,
        order: str | None = None,
    ) -> list[Ticket]:
        """Tickets of a line: ``GET /v1/tickets/search?line=&status=&minCreated=&limit=``.

        ``status`` values are joined with commas; ``min_created`` must be timezone-aware and
        is sent as ISO 8601 UTC, rounded down to the second; ``order`` is e.g. ``"created ASC"``.
        """
        statuses = list(status)
        if not statuses or not all(_STATUS.match(s) for s in statuses):
            raise ValueError("status must be one or more upper-case status names")
        if not 1 <= limit <= SEARCH_LIMIT_MAX:
            raise ValueError(f"limit must be between 1 and {SEARCH_LIMIT_MAX}")
        params: dict[str, str | int] = {
            "line": _check_id(line_id, "line_id"),
            "status": ",".join(statuses),
            "limit": limit,
        }
        if min_created is not None:
            if min_created.tzinfo is None or min_created.utcoffset() is None:
                raise ValueError("min_created must be timezone-aware")
            params["minCreated"] = min_created.astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
        if order is not None:
            if not _ORDER.match(order):
                raise ValueError("order must be '<id|created|called|served> <ASC|DESC>'")
            params["order"] = order
        response = await self._send("GET", "/v1/tickets/search", params=params)
        self._raise_for_status(response)
        status_code = response.status_code
        body = decode_json(response.content, status=status_code, may_have_reached_server=False)
        items = body.get("data") if isinstance(body, dict) else None
        if not isinstance(items, list):
            raise _shape_error("GET /v1/tickets/search", status_code, None)
        return [_parse(Ticket, item, "GET /v1/tickets/search", status_code) for item in items]

    async def estimated_time(self, ticket_id: str) -> dt.datetime | None:
        """Qminder's estimate of when a ticket is served (undocumented, best effort).

        ``GET /v1/tickets/{id}/estimated-time`` → ``{"estimatedTimeOfService": <unix s>}``.
        None when the answer is 400/404/409 or not in that shape; transport, auth, rate-limit
        and server errors still raise.
        """
        path = f"/v1/tickets/{_check_id(ticket_id, 'ticket_id')}/estimated-time"
        try:
            response = await self._send("GET", path)
            self._raise_for_status(response)
            data = decode_json(
                response.content, status=response.status_code, may_have_reached_server=False
            )
        except (NotFound, ValidationFailed, Conflict, BadResponse) as exc:
            _log.debug("estimated time unavailable: %s", exc)
            return None
        value = data.get("estimatedTimeOfService") if isinstance(data, dict) else None
        if isinstance(value, bool) or not isinstance(value, int | float):
            return None
        try:
            return dt.datetime.fromtimestamp(value, dt.UTC)
        except (OverflowError, OSError, ValueError):
            return None

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
