"""How to reach Qminder: base URL, API key, timeouts. Built once, immutable.

Plain ``http://`` is refused unless the host is loopback (``localhost``, 127.0.0.0/8, ``::1``),
which is where the sandbox runs. The API key is a `SecretStr`: it never shows in ``repr``.
"""

from __future__ import annotations

import httpx
from pydantic import BaseModel, ConfigDict, Field, SecretStr, field_validator

from kiosk import __version__
from kiosk.api.urls import DEFAULT_BASE_URL, check_base_url, is_loopback_host

USER_AGENT = f"qminder-kiosk/{__version__}"
MAX_RESPONSE_BYTES = 4 * 1024 * 1024
"""The largest answer body accepted: a location with hundreds of fields is well below it."""


class ApiConfig(BaseModel):
    """Connection settings for `QminderClient`.

    Timeouts are seconds. ``connect``/``read``/``write``/``pool`` are httpx's per-phase limits;
    ``deadline`` caps a whole call (a server trickling bytes cannot outlast it).
    ``max_response_bytes`` caps an answer's body: a bigger one is refused unread.
    ``transport`` replaces the network, for tests.
    """

    model_config = ConfigDict(
        frozen=True, extra="forbid", arbitrary_types_allowed=True, hide_input_in_errors=True
    )

    api_key: SecretStr
    base_url: str = DEFAULT_BASE_URL
    connect_timeout: float = Field(default=3.0, gt=0)
    read_timeout: float = Field(default=8.0, gt=0)
    write_timeout: float = Field(default=5.0, gt=0)
    pool_timeout: float = Field(default=2.0, gt=0)
    deadline: float = Field(default=10.0, gt=0)
    keepalive_expiry: float = Field(default=5.0, ge=0)
    max_response_bytes: int = Field(default=MAX_RESPONSE_BYTES, ge=1024)
    user_agent: str = USER_AGENT
    transport: httpx.AsyncBaseTransport | None = Field(default=None, repr=False, exclude=True)

    @field_validator("api_key")
    @classmethod
    def _key_is_header_safe(cls, key: SecretStr) -> SecretStr:
        value = key.get_secret_value()
        if not value:
            raise ValueError("api_key must not be empty")
        if not value.isascii() or not value.isprintable() or any(c.isspace() for c in value):
            raise ValueError("api_key must be printable ASCII without spaces")
        return key

    @field_validator("base_url")
    @classmethod
    def _https_unless_loopback(cls, value: str) -> str:
        return check_base_url(value)

    @property
    def timeout(self) -> httpx.Timeout:
        """The per-phase timeouts as httpx wants them."""
        return httpx.Timeout(
            connect=self.connect_timeout,
            read=self.read_timeout,
            write=self.write_timeout,
            pool=self.pool_timeout,
        )


__all__ = ["DEFAULT_BASE_URL", "USER_AGENT", "ApiConfig", "is_loopback_host"]
