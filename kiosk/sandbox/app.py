"""The aiohttp application: API key check, request recording and fault playing around the routes."""

from __future__ import annotations

import asyncio
import hmac
import json
import logging
from typing import Any

from aiohttp import web
from aiohttp.typedefs import Handler

from kiosk.sandbox.control import PREFIX, add_control_routes
from kiosk.sandbox.faults import After, Before
from kiosk.sandbox.routes import CHECK_IN_PATH, add_api_routes
from kiosk.sandbox.state import STATE, SandboxState, error, json_response

log = logging.getLogger(__name__)

API_KEY_HEADER = "X-Qminder-REST-API-Key"
MISSING_KEY = {
    "statusCode": 401,
    "message": "Please authenticate",
    "developerMessage": "Set X-Qminder-REST-API-Key HTTP header with API key",
}
WRONG_KEY = {"statusCode": 403, "message": "Provided API key is invalid"}
OVERSIZED_CHUNK = 64 * 1024


def build_app(state: SandboxState) -> web.Application:
    """An application serving the Qminder-compatible API and the control endpoints."""
    app = web.Application(middlewares=[sandbox_middleware])
    app[STATE] = state
    add_api_routes(app)
    add_control_routes(app)
    return app


@web.middleware
async def sandbox_middleware(request: web.Request, handler: Handler) -> web.StreamResponse:
    """Control endpoints pass straight through; API requests are recorded, faulted and checked."""
    if request.path.startswith(PREFIX):
        return await _answer(request, handler)
    state = request.app[STATE]
    try:
        raw = await request.read()
    except web.HTTPException as exc:  # e.g. 413, body over the size limit
        return error(exc.status, exc.reason)
    entry = state.log.add(
        request.method,
        request.path,
        dict(request.query),
        {k.lower(): v for k, v in request.headers.items()},
        _json_or_none(raw),
    )
    response = await _play(request, handler, state)
    if response is None:
        request.protocol.force_close()
        return web.Response(status=204)  # never sent: the connection is already closed
    state.log.set_status(entry, response.status)
    return response


async def _play(
    request: web.Request, handler: Handler, state: SandboxState
) -> web.StreamResponse | None:
    """The response to send, or None to close the connection without one."""
    method, path = request.method, request.path
    delay = state.faults.latency(method, path)
    if delay:
        await asyncio.sleep(delay)
    before, retry_after = state.faults.before(method, path)
    if before is Before.DROP:
        return None
    if before is Before.FAIL_503:
        return error(503, "Service temporarily unavailable")
    if before is Before.RATE_LIMIT:
        return json_response(
            {"statusCode": 429, "message": "Too many requests", "retryAfter": retry_after},
            status=429,
            headers={"Retry-After": str(retry_after), "X-Ratelimit-Remaining": "0"},
        )

    response = _check_key(request, state) or await _answer(request, handler)
    created = method == "POST" and (
        (path == "/tickets" and response.status == 201)
        or (CHECK_IN_PATH.match(path) is not None and response.status == 200)
    )
    after = state.faults.after(method, path, response.status, created)
    if after is After.DROP:
        return None
    if after is After.ERROR_500:
        return error(500, "Internal server error")
    if after is After.MALFORMED and isinstance(response, web.Response):
        body = response.body if isinstance(response.body, bytes) else b"{}"
        return web.Response(
            status=response.status,
            body=body[: max(1, len(body) // 2)],
            content_type="application/json",
        )
    if after in (After.OVERSIZED, After.OVERSIZED_STREAM) and isinstance(response, web.Response):
        body = response.body if isinstance(response.body, bytes) else b"{}"
        size = state.faults.get().oversized_bytes
        chunked = after is After.OVERSIZED_STREAM
        return await _send_oversized(request, response.status, padded(body, size), chunked)
    return response


def padded(body: bytes, size: int) -> bytes:
    """A JSON object grown to `size` bytes by a ``padding`` member: still valid JSON."""
    text = body.strip()
    if not (text.startswith(b"{") and text.endswith(b"}")):
        text = b"{}"
    prefix = text[:-1] + (b"," if text[1:-1].strip() else b"") + b'"padding":"'
    suffix = b'"}'
    return prefix + b"x" * max(0, size - len(prefix) - len(suffix)) + suffix


async def _send_oversized(
    request: web.Request, status: int, body: bytes, chunked: bool
) -> web.StreamResponse:
    """Send `body` in chunks, with its ``Content-Length`` or without (chunked encoding); a
    client that hangs up early (as it should) ends the answer quietly."""
    answer = web.StreamResponse(status=status, headers={"Content-Type": "application/json"})
    if chunked:
        answer.enable_chunked_encoding()
    else:
        answer.content_length = len(body)
    try:
        await answer.prepare(request)
        for start in range(0, len(body), OVERSIZED_CHUNK):
            await answer.write(body[start : start + OVERSIZED_CHUNK])
        await answer.write_eof()
    except ConnectionError:
        request.protocol.force_close()
    return answer


def _check_key(request: web.Request, state: SandboxState) -> web.Response | None:
    key = request.headers.get(API_KEY_HEADER)
    if not key:
        return json_response(MISSING_KEY, status=401)
    if not hmac.compare_digest(key.encode("utf-8"), state.api_key.encode("utf-8")):
        return json_response(WRONG_KEY, status=403)
    return None


async def _answer(request: web.Request, handler: Handler) -> web.StreamResponse:
    """The handler's response, with routing errors and crashes turned into JSON errors."""
    try:
        return await handler(request)
    except web.HTTPException as exc:
        response = error(exc.status, exc.reason)
        if "Allow" in exc.headers:
            response.headers["Allow"] = exc.headers["Allow"]
        return response
    except Exception:
        log.exception("sandbox handler failed for %s %s", request.method, request.path)
        return error(500, "Internal server error")


def _json_or_none(raw: bytes) -> Any:
    if not raw:
        return None
    try:
        return json.loads(raw)
    except ValueError:
        return None
