"""Appointment check-in, the Visitor Website's remote-join QR code and the privacy notice."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, Field


class AppointmentSettings(BaseModel):
    """Appointment check-in, remote join and the privacy notice."""

    appointments: Literal["auto", "on", "off"] = Field(
        default="auto",
        description=(
            "'I have an appointment' on the Service screen: 'auto' where lines take"
            " appointments in Qminder, 'on' always, 'off' never."
        ),
    )
    appointment_early_minutes: int = Field(
        default=60,
        ge=0,
        le=24 * 60,
        description="How many minutes before an appointment's start a visitor may check in.",
    )
    appointment_late_minutes: int = Field(
        default=30,
        ge=0,
        le=24 * 60,
        description="How many minutes after an appointment's start a visitor may still check in.",
    )
    appointment_allow_early: bool = Field(
        default=False,
        description="Check in visitors who come earlier than the early minutes allow (same day).",
    )
    appointment_allow_late: bool = Field(
        default=False,
        description="Check in visitors who come later than the late minutes allow (same day).",
    )
    remote_join_qr: bool = Field(
        default=True,
        description=(
            "Show a QR code to the location's Visitor Website on Welcome, where Qminder allows"
            " remote sign-in."
        ),
    )
    privacy_text: dict[str, str] = Field(
        default_factory=dict,
        description=(
            "The privacy notice on the details screen per language code; other languages"
            " keep the built-in sentence."
        ),
    )
    privacy_url: str | None = Field(
        default=None,
        pattern=r"^https://\S+$",
        description="The full privacy policy, shown as a QR code next to the notice (https).",
    )
