"""Async client for Qminder's API: httpx + pydantic, no Qt.

``async with QminderClient(ApiConfig(api_key=...)) as qminder: await qminder.create_ticket(req)``

The names below load their module on first use (PEP 562): importing a light part of the
package, such as `kiosk.api.cache` or `kiosk.api.urls`, does not load httpx.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from kiosk.api.client import API_VERSION, QminderClient
    from kiosk.api.config import DEFAULT_BASE_URL, ApiConfig
    from kiosk.api.errors import (
        AppointmentNotScheduled,
        AuthError,
        BadResponse,
        Conflict,
        GraphQLError,
        NotFound,
        QminderError,
        RateLimited,
        ResponseTooLarge,
        ServerError,
        StatusError,
        TransportError,
        ValidationFailed,
    )
    from kiosk.api.queries import KIOSK_CONFIG

_HOMES = {
    "API_VERSION": "client",
    "QminderClient": "client",
    "DEFAULT_BASE_URL": "config",
    "ApiConfig": "config",
    "AppointmentNotScheduled": "errors",
    "AuthError": "errors",
    "BadResponse": "errors",
    "Conflict": "errors",
    "GraphQLError": "errors",
    "NotFound": "errors",
    "QminderError": "errors",
    "RateLimited": "errors",
    "ResponseTooLarge": "errors",
    "ServerError": "errors",
    "StatusError": "errors",
    "TransportError": "errors",
    "ValidationFailed": "errors",
    "KIOSK_CONFIG": "queries",
}

__all__ = [
    "API_VERSION",
    "DEFAULT_BASE_URL",
    "KIOSK_CONFIG",
    "ApiConfig",
    "AppointmentNotScheduled",
    "AuthError",
    "BadResponse",
    "Conflict",
    "GraphQLError",
    "NotFound",
    "QminderClient",
    "QminderError",
    "RateLimited",
    "ResponseTooLarge",
    "ServerError",
    "StatusError",
    "TransportError",
    "ValidationFailed",
]


def __getattr__(name: str) -> Any:
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module 'kiosk.api' has no attribute {name!r}")
    return getattr(importlib.import_module(f"kiosk.api.{home}"), name)
