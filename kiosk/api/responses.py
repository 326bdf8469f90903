"""Turning Qminder's HTTP answers into values or into the errors of `kiosk.api.errors`.

Error bodies come in several documented shapes; the first that gives a message wins, in the
order Qminder's own client uses: ``message``, ``developerMessage``, ``error`` (a string),
then field errors from ``error`` (an object) or ``errors`` (an object, or a list of
``{field: message}`` / ``{"field": f, "message": m}`` objects).
"""

from __future__ import annotations

import datetime as dt
import json
import math
import re
from collections.abc import Mapping
from email.utils import parsedate_to_datetime
from typing import Any

from kiosk.api.errors import (
    AuthError,
    BadResponse,
    Conflict,
    NotFound,
    QminderError,
    RateLimited,
    ServerError,
    StatusError,
    ValidationFailed,
)

_FIELD_NAME = re.compile(r"^[A-Za-z0-9_.\[\]-]{1,100}$")


def parse_retry_after(value: str | None, *, now: dt.datetime | None = None) -> float | None:
    """Seconds to wait from a ``Retry-After`` header (delay seconds or an HTTP date)."""
    if value is None or not value.strip():
        return None
    value = value.strip()
    try:
        seconds = float(value)
    except ValueError:
        pass
    else:
        return max(seconds, 0.0) if math.isfinite(seconds) else None
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=dt.UTC)
    now = now or dt.datetime.now(dt.UTC)
    return max((when - now).total_seconds(), 0.0)


def _text(value: object) -> str | None:
    if isinstance(value, str):
        return value
    if isinstance(value, list) and all(isinstance(v, str) for v in value):
        return "; ".join(value)
    if value is None or isinstance(value, dict | list):
        return None
    return str(value)


def _add_field_errors(into: dict[str, str], source: object) -> None:
    if isinstance(source, Mapping):
        if set(source) >= {"field", "message"} and isinstance(source["field"], str):
            source = {source["field"]: source["message"]}
        for key, value in source.items():
            text = _text(value)
            if isinstance(key, str) and _FIELD_NAME.match(key) and text is not None:
                into[key] = text
    elif isinstance(source, list):
        for item in source:
            _add_field_errors(into, item)


def extract_error(body: object) -> tuple[str | None, str | None, dict[str, str]]:
    """``(message, code, field_errors)`` from an error body in any documented shape."""
    if not isinstance(body, Mapping):
        return None, None, {}
    message: str | None = None
    for key in ("message", "developerMessage", "error"):
        candidate = body.get(key)
        if isinstance(candidate, str) and candidate.strip():
            message = candidate
            break
    field_errors: dict[str, str] = {}
    if isinstance(body.get("error"), Mapping):
        _add_field_errors(field_errors, body["error"])
    errors = body.get("errors")
    if isinstance(errors, list) and all(isinstance(e, str) for e in errors) and errors:
        message = message or "; ".join(errors)
    else:
        _add_field_errors(field_errors, errors)
    code = body.get("code")
    return message, code if isinstance(code, str) else None, field_errors


def decode_json(content: bytes, *, status: int, may_have_reached_server: bool) -> Any:
    """The JSON value of a body, or `BadResponse` when it is empty or not JSON."""
    try:
        return json.loads(content)
    except (ValueError, UnicodeDecodeError):
        pass
    what = "an empty body" if not content.strip() else "a body that is not JSON"
    raise BadResponse(
        f"Qminder answered {status} with {what}",
        status=status,
        may_have_reached_server=may_have_reached_server,
    )


def error_for_status(
    status: int, content: bytes, headers: Mapping[str, str]
) -> QminderError | None:
    """The error an answer stands for, or None when the status means success (2xx)."""
    if 200 <= status < 300:
        return None
    if 300 <= status < 400:
        return BadResponse(f"Qminder answered {status}: redirect not followed", status=status)
    try:
        body: object = json.loads(content) if content.strip() else None
    except (ValueError, UnicodeDecodeError):
        body = None
    message, code, field_errors = extract_error(body)
    error: StatusError
    if status == 429:
        retry_after = parse_retry_after(headers.get("retry-after"))
        error = RateLimited(status, retry_after=retry_after, message=message)
    elif status in (401, 403):
        error = AuthError(status, message=message, code=code)
    elif status in (400, 422):
        error = ValidationFailed(status, message=message, code=code, field_errors=field_errors)
    elif status == 404:
        error = NotFound(status, message=message, code=code)
    elif status == 409:
        error = Conflict(status, message=message, code=code)
    elif status >= 500:
        error = ServerError(status, message=message, code=code)
    else:
        return BadResponse(f"Qminder answered an unexpected status {status}", status=status)
    return error
