"""Error answers: every documented body shape, Retry-After, and status → error class."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from kiosk.api import errors
from kiosk.api.responses import decode_json, error_for_status, extract_error, parse_retry_after

PHONE_RULE = 'must match "^(\\+)?([0-9]){5,20}$"'


@pytest.mark.parametrize(
    ("body", "message", "code", "field_errors"),
    [
        (
            {"statusCode": 400, "message": "First name must not be empty or blank"},
            "First name must not be empty or blank",
            None,
            {},
        ),
        (
            {
                "statusCode": 401,
                "message": "Please authenticate",
                "developerMessage": "Set X-Qminder-REST-API-Key HTTP header with API key",
            },
            "Please authenticate",
            None,
            {},
        ),
        ({"developerMessage": "Only a developer message"}, "Only a developer message", None, {}),
        ({"error": "Plain error string"}, "Plain error string", None, {}),
        ({"error": {"firstName": "too short"}}, None, None, {"firstName": "too short"}),
        (
            {"statusCode": 400, "errors": [{"phoneNumber": PHONE_RULE}]},
            None,
            None,
            {"phoneNumber": PHONE_RULE},
        ),
        (
            {"errors": [{"phoneNumber": "bad"}, {"email": "bad too"}]},
            None,
            None,
            {"phoneNumber": "bad", "email": "bad too"},
        ),
        (
            {"errors": {"email": "Email already in use"}},
            None,
            None,
            {"email": "Email already in use"},
        ),
        (
            {"errors": [{"field": "lastName", "message": "too long"}]},
            None,
            None,
            {"lastName": "too long"},
        ),
        ({"errors": ["first", "second"]}, "first; second", None, {}),
        (
            {"code": "parameter_invalid_blank", "message": "title must not be blank"},
            "title must not be blank",
            "parameter_invalid_blank",
            {},
        ),
        (
            {"message": "Validation failed", "errors": {"firstName": ["too short", "blank"]}},
            "Validation failed",
            None,
            {"firstName": "too short; blank"},
        ),
        ({"message": ""}, None, None, {}),
        ({}, None, None, {}),
        ([], None, None, {}),
        ("text", None, None, {}),
        (None, None, None, {}),
        ({"errors": {"bad key with spaces": "dropped", "ok": 3}}, None, None, {"ok": "3"}),
    ],
)
def test_extract_error_shapes(
    body: object, message: str | None, code: str | None, field_errors: dict[str, str]
) -> None:
    assert extract_error(body) == (message, code, field_errors)


def _error(status: int, body: object = None, **headers: str) -> errors.QminderError | None:
    content = b"" if body is None else json.dumps(body).encode()
    return error_for_status(status, content, headers)


@pytest.mark.parametrize("status", [200, 201, 204, 299])
def test_2xx_is_no_error(status: int) -> None:
    assert _error(status) is None


@pytest.mark.parametrize(
    ("status", "cls", "may_have_reached_server"),
    [
        (301, errors.BadResponse, False),
        (302, errors.BadResponse, False),
        (307, errors.BadResponse, False),
        (400, errors.ValidationFailed, False),
        (422, errors.ValidationFailed, False),
        (401, errors.AuthError, False),
        (403, errors.AuthError, False),
        (404, errors.NotFound, False),
        (409, errors.Conflict, False),
        (418, errors.BadResponse, False),
        (429, errors.RateLimited, False),
        (500, errors.ServerError, True),
        (501, errors.ServerError, True),
        (502, errors.ServerError, False),
        (503, errors.ServerError, False),
        (504, errors.ServerError, True),
    ],
)
def test_status_maps_to_one_error_class(
    status: int, cls: type[errors.QminderError], may_have_reached_server: bool
) -> None:
    error = _error(status, {"message": "from the server"})
    assert type(error) is cls
    assert error.may_have_reached_server is may_have_reached_server
    assert getattr(error, "status", None) == status
    assert "from the server" not in str(error)


def test_validation_failed_keeps_server_text_out_of_str() -> None:
    error = _error(400, {"statusCode": 400, "errors": [{"email": "jane@example.com is taken"}]})
    assert isinstance(error, errors.ValidationFailed)
    assert error.field_errors == {"email": "jane@example.com is taken"}
    assert str(error) == "Qminder: request rejected as invalid (HTTP 400) (fields: email)"
    assert "jane" not in repr(error)


def test_error_body_that_is_not_json_still_maps_by_status() -> None:
    error = error_for_status(404, b"<html>Not Found</html>", {})
    assert isinstance(error, errors.NotFound)
    assert error.message is None


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        (None, None),
        ("", None),
        ("5", 5.0),
        (" 2 ", 2.0),
        ("1.5", 1.5),
        ("-3", 0.0),
        ("nan", None),
        ("inf", None),
        ("soon", None),
        ("Sun, 01 Mar 2026 12:00:30 GMT", 30.0),
        ("Sun, 01 Mar 2026 11:59:00 GMT", 0.0),
    ],
)
def test_retry_after(header: str | None, expected: float | None) -> None:
    now = dt.datetime(2026, 3, 1, 12, 0, 0, tzinfo=dt.UTC)
    assert parse_retry_after(header, now=now) == expected


def test_rate_limited_carries_retry_after() -> None:
    error = _error(429, None, **{"retry-after": "7"})
    assert isinstance(error, errors.RateLimited)
    assert error.retry_after == 7.0
    assert str(error) == "Qminder: rate limited (HTTP 429), retry after 7 s"


def test_rate_limited_without_header() -> None:
    error = _error(429)
    assert isinstance(error, errors.RateLimited)
    assert error.retry_after is None


@pytest.mark.parametrize("content", [b"", b"   ", b"not json", b"\xff\xfe"])
def test_decode_json_rejects_non_json(content: bytes) -> None:
    with pytest.raises(errors.BadResponse) as caught:
        decode_json(content, status=201, may_have_reached_server=True)
    assert caught.value.status == 201
    assert caught.value.may_have_reached_server is True
    assert caught.value.__context__ is None


def test_exception_tree() -> None:
    assert issubclass(errors.GraphQLError, errors.BadResponse)
    for cls in (
        errors.RateLimited,
        errors.AuthError,
        errors.ValidationFailed,
        errors.NotFound,
        errors.Conflict,
        errors.ServerError,
    ):
        assert issubclass(cls, errors.StatusError)
    for cls in (
        errors.TransportError,
        errors.BadResponse,
        errors.StatusError,
    ):
        assert issubclass(cls, errors.QminderError)
    assert errors.QminderError.__doc__
    assert errors.__doc__
    assert "QminderError" in errors.__doc__
