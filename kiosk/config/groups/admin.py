"""The staff's way into the admin panel: the hidden taps and the PIN."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, Field, SecretStr, field_validator

from kiosk.config.pin import pin_hash_problem


class AdminSettings(BaseModel):
    """The staff's way into the admin panel."""

    admin_taps: int = Field(
        default=5, ge=3, le=10, description="Taps in the admin corner that open the PIN pad."
    )
    admin_tap_seconds: float = Field(
        default=3.0,
        ge=1,
        le=10,
        allow_inf_nan=False,
        description="Time within which the admin taps must fall.",
    )
    admin_corner: Literal["top-left", "top-right", "bottom-left", "bottom-right"] = Field(
        default="top-left", description="The screen corner that takes the admin taps."
    )
    admin_pin_hash: SecretStr | None = Field(
        default=None,
        description=(
            "The admin PIN's scrypt hash, as `kiosk set-pin --print` prints it; normally kept"
            " in the OS keyring by `kiosk set-pin` instead."
        ),
    )

    @field_validator("admin_pin_hash")
    @classmethod
    def _is_pin_hash(cls, value: SecretStr | None) -> SecretStr | None:
        problem = None if value is None else pin_hash_problem(value.get_secret_value())
        if problem is not None:
            raise ValueError(
                f"not a PIN hash that can ever match ({problem}): make one with `kiosk set-pin`"
                " (or `kiosk set-pin --print` for the file)"
            )
        return value
