"""How a visit runs: how long screens wait, the tickets' labels, and what happens to a check-in
when Qminder does not answer."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, Field

from kiosk.config.rules import Label


class VisitSettings(BaseModel):
    """How a visit runs: timings, labels, and what happens when Qminder is slow."""

    ticket_seconds: int = Field(
        default=15, ge=3, le=300, description="How long the ticket number stays on screen."
    )
    labels: tuple[Label, ...] = Field(
        default=("Kiosk",),
        max_length=20,
        description="Labels added to every ticket this kiosk creates (each 1-50 characters).",
    )
    refresh_minutes: float = Field(
        default=5.0,
        ge=1,
        le=24 * 60,
        allow_inf_nan=False,
        description="How often the location's configuration is reloaded (1-1440 minutes).",
    )
    offline: Literal["queue", "refuse"] = Field(
        default="queue",
        description=(
            "When Qminder does not answer in time: 'queue' saves the check-in and sends it"
            " later; 'refuse' sends the visitor to the front desk."
        ),
    )
    wait_seconds: float = Field(
        default=8.0,
        ge=1,
        le=60,
        allow_inf_nan=False,
        description="How long a visitor waits for the ticket number.",
    )
    max_age_minutes: float = Field(
        default=20.0,
        ge=1,
        le=24 * 60,
        allow_inf_nan=False,
        description="A saved check-in older than this is not sent any more (staff see it).",
    )
    idle_timeout: float = Field(
        default=60.0,
        ge=5,
        le=3600,
        allow_inf_nan=False,
        description="Seconds without a touch before the warning.",
    )
    idle_warning: int = Field(
        default=20,
        ge=20,
        le=300,
        description="Seconds the 'Need more time?' countdown runs (at least 20, WCAG 2.2.1).",
    )
    keyboard: bool = Field(
        default=True,
        description="Show the on-screen keyboard (KIOSK_KEYBOARD=0 on kiosks with a real one).",
    )
