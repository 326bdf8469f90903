"""Shared helpers for the API client tests: a strict mock router and a client factory."""

from __future__ import annotations

import asyncio
import json
from collections.abc import Awaitable, Callable
from typing import Any, TypeVar

import httpx

from kiosk.api import ApiConfig, QminderClient

T = TypeVar("T")

KEY = "test-key-7f3a9c0e51"
BASE_URL = "https://api.qminder.test"

Reply = httpx.Response | Callable[[httpx.Request], httpx.Response | Awaitable[httpx.Response]]


class Router:
    """A MockTransport handler that answers only the routes it was given and fails otherwise."""

    def __init__(self, routes: dict[tuple[str, str], Reply] | None = None) -> None:
        self.routes: dict[tuple[str, str], Reply] = dict(routes or {})
        self.requests: list[httpx.Request] = []

    def add(self, method: str, path: str, reply: Reply) -> None:
        self.routes[(method, path)] = reply

    async def __call__(self, request: httpx.Request) -> httpx.Response:
        key = (request.method, request.url.path)
        if key not in self.routes:
            raise AssertionError(f"unexpected request {request.method} {request.url.path}")
        self.requests.append(request)
        reply = self.routes[key]
        if isinstance(reply, httpx.Response):
            return reply
        result = reply(request)
        if isinstance(result, httpx.Response):
            return result
        return await result

    @property
    def last(self) -> httpx.Request:
        assert self.requests, "no request was made"
        return self.requests[-1]

    def last_json(self) -> Any:
        return json.loads(self.last.content)


def make_client(
    handler: Callable[[httpx.Request], Any] | httpx.AsyncBaseTransport, **config: Any
) -> QminderClient:
    """A client whose network is `handler` (a Router, any handler, or a whole transport)."""
    transport = (
        handler if isinstance(handler, httpx.AsyncBaseTransport) else httpx.MockTransport(handler)
    )
    config.setdefault("base_url", BASE_URL)
    return QminderClient(ApiConfig(api_key=KEY, transport=transport, **config))


def call(client: QminderClient, method: Callable[[QminderClient], Awaitable[T]]) -> T:
    """Open the client, make one call, close it; all in a fresh event loop."""

    async def go() -> T:
        async with client:
            return await method(client)

    return asyncio.run(go())
