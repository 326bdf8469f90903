"""What a failed Qminder call means for the check-in: the failure classes of DESIGN §5.

=============  ====================================================  ===========================
class          failures                                              the sender
=============  ====================================================  ===========================
retryable      connection refused / DNS / TLS before sending, 502,   backoff, then send again
               503, 429 (``Retry-After``), an unreadable non-2xx
ambiguous      timeout or reset after sending, 500, 504, other 5xx,  look the ticket up before
               a 2xx answer without a usable id                      any resend
permanent      400/422, 404, 409                                     rejected: see the staff
auth           401, 403                                              stop; kiosk Unavailable
=============  ====================================================  ===========================
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from kiosk.api.errors import (
    AuthError,
    BadResponse,
    Conflict,
    NotFound,
    QminderError,
    RateLimited,
    StatusError,
    ValidationFailed,
)

GATEWAY_TIMEOUT = 504
"""A gateway gave up waiting; the server behind it may still be creating the ticket."""


class FailureClass(StrEnum):
    RETRYABLE = "retryable"
    AMBIGUOUS = "ambiguous"
    PERMANENT = "permanent"
    AUTH = "auth"


@dataclass(frozen=True, slots=True)
class Failure:
    """A classified failure. `reason` names the error class and status, never server text."""

    kind: FailureClass
    reason: str
    retry_after: float | None = None
    finished: bool = False
    """The server answered, so it is done with the request: a lookup may run at once."""


def describe(exc: BaseException) -> str:
    """``ErrorClass (HTTP n)``: safe to log and to store (no personal data, no key)."""
    status = getattr(exc, "status", None)
    name = type(exc).__name__
    return f"{name} (HTTP {status})" if isinstance(status, int) else name


def classify(exc: QminderError) -> Failure:
    """The failure class of an error raised by a `QminderClient` call."""
    reason = describe(exc)
    if isinstance(exc, AuthError):
        return Failure(FailureClass.AUTH, reason)
    if isinstance(exc, ValidationFailed | NotFound | Conflict):
        return Failure(FailureClass.PERMANENT, reason)
    if isinstance(exc, RateLimited):
        return Failure(FailureClass.RETRYABLE, reason, retry_after=exc.retry_after)
    if exc.may_have_reached_server:
        status = getattr(exc, "status", None)
        finished = isinstance(exc, StatusError | BadResponse) and status != GATEWAY_TIMEOUT
        return Failure(FailureClass.AMBIGUOUS, reason, finished=finished)
    return Failure(FailureClass.RETRYABLE, reason)
