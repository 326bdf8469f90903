"""Fault injection: which failures the sandbox plays, and the counters that run them down.

Count-based faults apply to the next N matching API requests (control endpoints never match).
Before the request is handled, and before the API key is checked: `drop_before` (close the
connection, nothing processed), then `fail_503`, then `rate_limit` (429 with `Retry-After`).
After the handler ran: `drop_after` (processed, then the connection is closed), then
`error_500_after_create` (only a `POST /tickets` that created a ticket, or an appointment
check-in that moved one into the queue), then `malformed_json`, `oversized` and
`oversized_stream` (only a 2xx answer: the same JSON padded to `oversized_bytes`, sent with
its `Content-Length`, or streamed in chunks without one; `malformed_json` needs a body).
A request plays at most one fault of each group, and only the counter of the fault played
goes down.
"""

from __future__ import annotations

import enum
import threading
from collections.abc import Mapping
from dataclasses import asdict, dataclass, fields, replace
from fnmatch import fnmatchcase
from typing import Any, TypedDict

COUNT_FAULTS = (
    "fail_503",
    "rate_limit",
    "error_500_after_create",
    "drop_before",
    "drop_after",
    "malformed_json",
    "oversized",
    "oversized_stream",
)

OVERSIZED_BYTES = 16 * 1024 * 1024
"""Default size of an oversized answer: far beyond any real Qminder answer."""


@dataclass(frozen=True)
class Faults:
    """The faults to play; all zero means a well-behaved server.

    `latency` seconds are added before every matching request. `retry_after` is the whole number
    of seconds sent in `Retry-After` with each 429. `oversized_bytes` is the size of an
    oversized answer. `only` restricts every fault to matching requests: a glob on the path
    (`/tickets`, `/v1/tickets/*`) or on `METHOD path` (`POST /tickets`).
    """

    latency: float = 0.0
    fail_503: int = 0
    rate_limit: int = 0
    retry_after: int = 1
    error_500_after_create: int = 0
    drop_before: int = 0
    drop_after: int = 0
    malformed_json: int = 0
    oversized: int = 0
    oversized_stream: int = 0
    oversized_bytes: int = OVERSIZED_BYTES
    only: str | None = None

    def __post_init__(self) -> None:
        if isinstance(self.latency, bool) or not isinstance(self.latency, int | float):
            raise ValueError("latency must be a number of seconds")
        if self.latency < 0:
            raise ValueError("latency must not be negative")
        for name in (*COUNT_FAULTS, "retry_after", "oversized_bytes"):
            value = getattr(self, name)
            if isinstance(value, bool) or not isinstance(value, int) or value < 0:
                raise ValueError(f"{name} must be a non-negative integer")
        if self.only is not None and (not isinstance(self.only, str) or not self.only.strip()):
            raise ValueError("only must be a non-empty string")

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> Faults:
        """Faults from a JSON object with the same keys; ValueError on unknown keys or values."""
        known = {f.name for f in fields(cls)}
        unknown = sorted(set(data) - known)
        if unknown:
            raise ValueError(f"unknown fault(s): {', '.join(unknown)}")
        return cls(**dict(data))

    def to_json(self) -> dict[str, Any]:
        """The faults as a JSON-ready object."""
        return asdict(self)

    def matches(self, method: str, path: str) -> bool:
        """Whether a request falls under `only`."""
        if self.only is None:
            return True
        pattern = self.only.strip()
        if " " in pattern:
            want_method, _, want_path = pattern.partition(" ")
            return method.upper() == want_method.upper() and fnmatchcase(path, want_path.strip())
        return fnmatchcase(path, pattern)


class FaultChanges(TypedDict, total=False):
    """Keyword form of `Faults`, for `SandboxServer.set_faults(fail_503=2)`."""

    latency: float
    fail_503: int
    rate_limit: int
    retry_after: int
    error_500_after_create: int
    drop_before: int
    drop_after: int
    malformed_json: int
    oversized: int
    oversized_stream: int
    oversized_bytes: int
    only: str | None


class Before(enum.Enum):
    """What to do before handling a request."""

    HANDLE = "handle"
    DROP = "drop"
    FAIL_503 = "fail_503"
    RATE_LIMIT = "rate_limit"


class After(enum.Enum):
    """What to do with the handler's answer."""

    SEND = "send"
    DROP = "drop"
    ERROR_500 = "error_500"
    MALFORMED = "malformed"
    OVERSIZED = "oversized"
    OVERSIZED_STREAM = "oversized_stream"


class FaultState:
    """The active faults with their remaining counts, shared between threads."""

    def __init__(self, faults: Faults | None = None) -> None:
        self._lock = threading.Lock()
        self._faults = faults or Faults()

    def get(self) -> Faults:
        """The faults still to play."""
        with self._lock:
            return self._faults

    def set(self, faults: Faults) -> None:
        """Replace the active faults."""
        with self._lock:
            self._faults = faults

    def clear(self) -> None:
        """Play no faults."""
        self.set(Faults())

    def latency(self, method: str, path: str) -> float:
        """Seconds to wait before handling the request."""
        with self._lock:
            faults = self._faults
        return faults.latency if faults.latency and faults.matches(method, path) else 0.0

    def before(self, method: str, path: str) -> tuple[Before, int]:
        """The fault to play before handling, with the `Retry-After` seconds for a 429."""
        with self._lock:
            faults = self._faults
            if not faults.matches(method, path):
                return Before.HANDLE, 0
            for name, action in (
                ("drop_before", Before.DROP),
                ("fail_503", Before.FAIL_503),
                ("rate_limit", Before.RATE_LIMIT),
            ):
                if self._take(name):
                    return action, faults.retry_after
            return Before.HANDLE, 0

    def after(self, method: str, path: str, status: int, created: bool) -> After:
        """The fault to play on the handler's answer."""
        with self._lock:
            if not self._faults.matches(method, path):
                return After.SEND
            if self._take("drop_after"):
                return After.DROP
            if created and self._take("error_500_after_create"):
                return After.ERROR_500
            if 200 <= status < 300:
                for name, action in (
                    ("malformed_json", After.MALFORMED),
                    ("oversized", After.OVERSIZED),
                    ("oversized_stream", After.OVERSIZED_STREAM),
                ):
                    if self._take(name):
                        return action
            return After.SEND

    def _take(self, name: str) -> bool:
        left: int = getattr(self._faults, name)
        if left <= 0:
            return False
        changes: dict[str, Any] = {name: left - 1}
        self._faults = replace(self._faults, **changes)
        return True
