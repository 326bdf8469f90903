"""Audio guidance: when the kiosk speaks, how fast and how loud, and whether it reads typed text."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, Field


class SpeechSettings(BaseModel):
    """Audio guidance."""

    speech: Literal["on-demand", "always", "off"] = Field(
        default="on-demand",
        description=(
            "Audio guidance: 'on-demand' starts silent and a visitor turns it on (a keypad key,"
            " a 3 s hold on Welcome, the Audio control, a headset); 'always' speaks from the"
            " start; 'off' never speaks."
        ),
    )
    speech_rate: float = Field(
        default=0.0, ge=-1, le=1, description="Speaking rate: -1 slowest, 0 normal, 1 fastest."
    )
    speech_volume: float = Field(
        default=0.8, ge=0, le=1, description="Start volume (0..1), back to it after every visit."
    )
    speech_private: bool = Field(
        default=False,
        description=(
            "Read typed text (names, phone numbers) aloud: only with a headset or handset;"
            " otherwise the kiosk says how many characters were entered."
        ),
    )
