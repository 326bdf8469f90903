"""Ticket slips: the printer, when to print, the paper, and what the slip carries."""

from __future__ import annotations

from pathlib import Path
from typing import Literal

from pydantic import BaseModel, Field, field_validator


class PrintingSettings(BaseModel):
    """Where and how ticket slips print."""

    printer: str | None = Field(
        default=None,
        description=(
            "Where ticket slips print: empty for none; a system printer name or 'system:<name>';"
            " 'pdf:<folder or file.pdf>'; 'escpos-net:<host>[:port]';"
            " 'escpos-usb:<vendor>:<product>' (hex ids)."
        ),
    )
    print_mode: Literal["auto", "button"] = Field(
        default="auto",
        description="'auto' prints after every check-in; 'button' offers a Print ticket button.",
    )
    paper_mm: Literal[58, 80] = Field(default=80, description="Roll paper width in millimetres.")
    qr_url: str | None = Field(
        default=None,
        description=(
            "URL printed as a QR code on the slip; {ticket_id} and {public_id} are filled in."
        ),
    )
    ticket_logo: Path | None = Field(
        default=None, description="Image printed at the top of the slip (PNG, preferably black)."
    )

    @field_validator("paper_mm", mode="before")
    @classmethod
    def _paper_from_text(cls, value: object) -> object:
        """Environment values are text: "58" means 58."""
        return int(value) if isinstance(value, str) and value.strip().isdigit() else value
