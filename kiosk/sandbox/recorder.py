"""A bounded log of the API requests the sandbox received."""

from __future__ import annotations

import copy
import threading
from collections import deque
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from typing import Any

API_KEY_HEADER = "x-qminder-rest-api-key"
MASK = "***"


@dataclass(frozen=True)
class RecordedRequest:
    """One request as received. Header names are lower case; `json` is None without a JSON body.

    `status` is the status answered, or None when no response was sent (dropped, or still
    being handled).
    """

    method: str
    path: str
    query: dict[str, str]
    headers: dict[str, str] = field(repr=False)
    json: Any
    received: datetime
    status: int | None = None

    def header(self, name: str) -> str | None:
        """A header value by case-insensitive name."""
        return self.headers.get(name.lower())

    def masked_headers(self) -> dict[str, str]:
        """The headers with the API key hidden, for showing or logging."""
        return {k: (MASK if k == API_KEY_HEADER else v) for k, v in self.headers.items()}

    def __repr__(self) -> str:
        return (
            f"RecordedRequest(method={self.method!r}, path={self.path!r}, query={self.query!r}, "
            f"headers={self.masked_headers()!r}, json={self.json!r}, status={self.status!r})"
        )

    def to_json(self) -> dict[str, Any]:
        """A JSON-ready view with the API key masked."""
        return {
            "method": self.method,
            "path": self.path,
            "query": self.query,
            "headers": self.masked_headers(),
            "json": self.json,
            "received": self.received.isoformat().replace("+00:00", "Z"),
            "status": self.status,
        }


class RequestLog:
    """Thread-safe list of the last `limit` requests."""

    def __init__(self, limit: int = 5000) -> None:
        self._lock = threading.Lock()
        self._items: deque[RecordedRequest] = deque(maxlen=limit)

    def add(
        self, method: str, path: str, query: dict[str, str], headers: dict[str, str], body: Any
    ) -> RecordedRequest:
        """Record a request and return the entry (pass it to `set_status` later)."""
        entry = RecordedRequest(
            method=method,
            path=path,
            query=dict(query),
            headers=dict(headers),
            json=copy.deepcopy(body),
            received=datetime.now(UTC),
        )
        with self._lock:
            self._items.append(entry)
        return entry

    def set_status(self, entry: RecordedRequest, status: int) -> None:
        """Note the status answered to a recorded request."""
        with self._lock:
            for i in range(len(self._items) - 1, -1, -1):  # newest first: it is usually last
                if self._items[i] is entry:
                    self._items[i] = replace(entry, status=status)
                    return

    def all(self) -> list[RecordedRequest]:
        """Copies of the recorded requests, oldest first."""
        with self._lock:
            return [replace(r, json=copy.deepcopy(r.json)) for r in self._items]

    def clear(self) -> None:
        """Forget every recorded request."""
        with self._lock:
            self._items.clear()
