"""Async client for Qminder's API: httpx + pydantic, no Qt.

``async with QminderClient(ApiConfig(api_key=...)) as qminder: await qminder.create_ticket(req)``
"""

from kiosk.api.client import API_VERSION, QminderClient
from kiosk.api.config import DEFAULT_BASE_URL, ApiConfig
from kiosk.api.errors import (
    AuthError,
    BadResponse,
    Conflict,
    GraphQLError,
    InvalidRequest,
    NotFound,
    QminderError,
    RateLimited,
    ServerError,
    StatusError,
    TransportError,
    ValidationFailed,
)
from kiosk.api.queries import KIOSK_CONFIG

__all__ = [
    "API_VERSION",
    "DEFAULT_BASE_URL",
    "KIOSK_CONFIG",
    "ApiConfig",
    "AuthError",
    "BadResponse",
    "Conflict",
    "GraphQLError",
    "InvalidRequest",
    "NotFound",
    "QminderClient",
    "QminderError",
    "RateLimited",
    "ServerError",
    "StatusError",
    "TransportError",
    "ValidationFailed",
]
