"""Shared pieces of the client's GraphQL calls: id checks, reading an answer, its errors.

Qminder answers GraphQL ``errors`` with HTTP 200: they raise here even then, NOT_FOUND as
`NotFound`, permission errors as `AuthError`, anything else as `GraphQLError`.
"""

from __future__ import annotations

import re
from typing import Any

from kiosk.api.errors import AuthError, BadResponse, GraphQLError, NotFound, QminderError
from kiosk.api.responses import decode_json

_ID = re.compile(r"^[A-Za-z0-9_-]{1,64}$")
_NOT_FOUND_TYPES = frozenset({"NOT_FOUND", "NOTFOUND"})
_AUTH_TYPES = frozenset({"PERMISSION_DENIED", "UNAUTHENTICATED", "UNAUTHORIZED", "FORBIDDEN"})


def check_id(value: str, what: str) -> str:
    """`value` when it is a plausible Qminder id; ValueError otherwise (nothing is sent)."""
    if not _ID.match(value):
        raise ValueError(f"{what} must be 1-64 letters, digits, '-' or '_'")
    return value


def graphql_error(status: int, errors: list[Any]) -> QminderError:
    """The error a non-empty GraphQL ``errors`` list stands for."""
    types: list[str] = []
    messages: list[str] = []
    for error in errors:
        if not isinstance(error, dict):
            continue
        extensions = error.get("extensions")
        extensions = extensions if isinstance(extensions, dict) else {}
        for kind in (
            error.get("errorType"),
            extensions.get("classification"),
            extensions.get("errorType"),
            extensions.get("code"),
        ):
            if isinstance(kind, str) and kind:
                types.append(kind)
                break
        if isinstance(error.get("message"), str):
            messages.append(error["message"])
    upper = {t.upper() for t in types}
    if upper & _NOT_FOUND_TYPES or (not types and any("not found" in m.lower() for m in messages)):
        return NotFound(status, message=messages[0] if messages else None)
    if upper & _AUTH_TYPES:
        return AuthError(status, message=messages[0] if messages else None)
    return GraphQLError(status=status, error_types=tuple(types), messages=tuple(messages))


def graphql_body(status: int, content: bytes) -> object:
    """The decoded answer; raises its ``errors``. Error statuses other than 400 give None
    (the caller raises for the status); a 2xx that is not JSON raises `BadResponse`."""
    body: object = None
    if 200 <= status < 300 or status == 400:
        try:
            body = decode_json(content, status=status, may_have_reached_server=False)
        except BadResponse:
            if 200 <= status < 300:
                raise
    if isinstance(body, dict) and isinstance(body.get("errors"), list) and body["errors"]:
        raise graphql_error(status, body["errors"])
    return body
