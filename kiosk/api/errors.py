"""Every way a Qminder call can fail, as one exception tree.

::

    QminderError                     base; ``may_have_reached_server`` is False unless noted
    ├── TransportError               no usable HTTP answer; ``may_have_reached_server`` varies
    ├── BadResponse                  an answer the client cannot use (not JSON, wrong shape,
    │   │                            redirect, unexpected status); True for a 2xx answer
    │   ├── GraphQLError             GraphQL ``errors`` in the answer, even on HTTP 200
    │   └── ResponseTooLarge         a 2xx body over the size limit, refused unread
    └── StatusError                  the server answered with an error status
        ├── RateLimited              429; ``retry_after`` seconds when the server said
        ├── AuthError                401/403: the API key is missing, wrong or lacks access
        ├── ValidationFailed         400/422: ``message`` and ``field_errors``
        │   └── AppointmentNotScheduled  400 from an appointment check-in: the ticket is not
        │                            SCHEDULED (already checked in, cancelled, no-show)
        ├── NotFound                 404 (or GraphQL NOT_FOUND / a null location)
        ├── Conflict                 409: the line is disabled or archived
        └── ServerError              5xx; True for 500, 504 and other 5xx, False for 502/503

``may_have_reached_server`` answers one question for the delivery layer: could the server have
acted on this request (so a ticket may exist and must be looked up before any resend)? It is
True for timeouts and resets after sending, for 500, 504 and unknown 5xx, and for a 2xx answer
the client cannot read. 502 and 503 count as "not processed" (a gateway or an overloaded server
turned the request away), the retryable class of the design (DESIGN §5). The reliability notes
call 502 formally ambiguous; a resend policy that wants to be stricter can reconcile on any
`ServerError` whatever this flag says.

``str()`` of every error is plain English for logs. It never carries the API key, and never
text from the server, which may echo what a visitor typed: that text is kept in attributes
(``message``, ``field_errors``). Callers choose what to show by class, not by message.
"""

from __future__ import annotations

from collections.abc import Mapping


class QminderError(Exception):
    """Base of every error raised by `kiosk.api`."""

    may_have_reached_server: bool = False

    def __init__(self, summary: str) -> None:
        super().__init__(summary)
        self.summary = summary


class TransportError(QminderError):
    """No usable HTTP answer: connection refused, DNS, TLS, timeout, reset, deadline."""

    def __init__(self, summary: str, *, may_have_reached_server: bool) -> None:
        super().__init__(summary)
        self.may_have_reached_server = may_have_reached_server


class BadResponse(QminderError):
    """The server answered, but not in a form the client understands."""

    def __init__(
        self, summary: str, *, status: int | None = None, may_have_reached_server: bool = False
    ) -> None:
        super().__init__(summary)
        self.status = status
        self.may_have_reached_server = may_have_reached_server


class GraphQLError(BadResponse):
    """The GraphQL answer listed ``errors``; ``error_types`` and ``messages`` keep them."""

    def __init__(
        self,
        *,
        status: int,
        error_types: tuple[str, ...] = (),
        messages: tuple[str, ...] = (),
    ) -> None:
        kinds = ", ".join(error_types) or "unclassified"
        super().__init__(f"GraphQL query failed ({kinds})", status=status)
        self.error_types = error_types
        self.messages = messages


class ResponseTooLarge(BadResponse):
    """A 2xx answer whose body is over the client's limit (`ApiConfig.max_response_bytes`).

    It was refused before parsing: from its ``Content-Length``, or once more than ``limit``
    bytes had arrived. ``size`` is the declared length, None when the server declared none.
    """

    def __init__(
        self,
        call: str,
        *,
        status: int,
        limit: int,
        size: int | None = None,
        may_have_reached_server: bool = False,
    ) -> None:
        told = f"{size} bytes declared" if size is not None else f"more than {limit} bytes sent"
        super().__init__(
            f"{call}: answer {status} refused unread: {told}, the limit is {limit} bytes",
            status=status,
            may_have_reached_server=may_have_reached_server,
        )
        self.limit = limit
        self.size = size


class StatusError(QminderError):
    """The server answered with an error status; ``message`` is its own text, if any."""

    reason = "request failed"

    def __init__(
        self, status: int, *, message: str | None = None, code: str | None = None, detail: str = ""
    ) -> None:
        super().__init__(f"Qminder: {self.reason} (HTTP {status}){detail}")
        self.status = status
        self.message = message
        self.code = code


class RateLimited(StatusError):
    """429: too many requests. ``retry_after`` is in seconds, None when not given."""

    reason = "rate limited"

    def __init__(
        self, status: int = 429, *, retry_after: float | None = None, message: str | None = None
    ) -> None:
        detail = "" if retry_after is None else f", retry after {retry_after:g} s"
        super().__init__(status, message=message, detail=detail)
        self.retry_after = retry_after


class AuthError(StatusError):
    """401/403: the API key is missing, invalid or not allowed to do this."""

    reason = "API key rejected"


class ValidationFailed(StatusError):
    """400/422: Qminder rejected the request's content; ``field_errors`` maps field → text."""

    reason = "request rejected as invalid"

    def __init__(
        self,
        status: int = 400,
        *,
        message: str | None = None,
        code: str | None = None,
        field_errors: Mapping[str, str] | None = None,
    ) -> None:
        fields = dict(field_errors or {})
        detail = f" (fields: {', '.join(fields)})" if fields else ""
        super().__init__(status, message=message, code=code, detail=detail)
        self.field_errors = fields


class AppointmentNotScheduled(ValidationFailed):
    """400 from ``POST /v1/appointments/{id}/checkin``: "Ticket is not in scheduled status".

    Most often the appointment is already checked in (an earlier attempt did reach Qminder);
    it may also have been cancelled or marked a no-show. Read the ticket's status to tell.
    """

    reason = "appointment is not scheduled"


class NotFound(StatusError):
    """404: the line, location, input field, language or ticket does not exist."""

    reason = "not found"


class Conflict(StatusError):
    """409: the target line is disabled or archived."""

    reason = "conflict (line disabled or archived)"


class ServerError(StatusError):
    """5xx. 500, 504 and unknown 5xx may have been processed; 502 and 503 are treated as not."""

    reason = "server error"

    def __init__(self, status: int, *, message: str | None = None, code: str | None = None) -> None:
        super().__init__(status, message=message, code=code)
        self.may_have_reached_server = status not in NOT_PROCESSED_5XX


NOT_PROCESSED_5XX = frozenset({502, 503})
"""5xx statuses taken to mean the request was refused before it was processed."""
