"""The Qminder account and location a kiosk serves, or the built-in sandbox (demo)."""

from __future__ import annotations

from pydantic import AliasChoices, BaseModel, Field, SecretStr, field_validator

from kiosk.api.urls import DEFAULT_BASE_URL
from kiosk.config.rules import check_api_key, check_location_id


class AccountSettings(BaseModel):
    """Which Qminder account and location the kiosk serves."""

    base_url: str = Field(
        default=DEFAULT_BASE_URL,
        validation_alias=AliasChoices("QMINDER_BASE_URL", "base_url"),
        description="Qminder API root.",
    )
    api_key: SecretStr | None = Field(
        default=None,
        validation_alias=AliasChoices("QMINDER_API_KEY", "api_key"),
        description="Qminder REST API key. Never logged.",
    )
    location_id: str | None = Field(
        default=None,
        validation_alias=AliasChoices("KIOSK_LOCATION_ID", "location_id"),
        description="The Qminder location this kiosk checks visitors into.",
    )
    demo: bool = Field(default=False, description="Run against the built-in sandbox.")

    @field_validator("api_key")
    @classmethod
    def _key_fits_a_header(cls, value: SecretStr | None) -> SecretStr | None:
        return check_api_key(value)

    @field_validator("location_id")
    @classmethod
    def _location_number(cls, value: str | None) -> str | None:
        return None if value is None else check_location_id(value)

    @field_validator("base_url")
    @classmethod
    def _strip_slash(cls, value: str) -> str:
        return value.rstrip("/")
