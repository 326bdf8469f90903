"""What a printed slip carries: `TicketPrint`, with its fixed words in `TicketTexts`.

Every string arrives already in the visitor's language: the caller translates, this package
only draws. No visitor name goes on a slip: the number, the line, a message and the wait.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal, get_args
from urllib.parse import quote

PaperWidth = Literal[58, 80]
"""Roll paper widths the layout knows, in millimetres."""

PAPER_WIDTHS: tuple[int, ...] = get_args(PaperWidth)

MESSAGE_MAX = 280
"""Longer messages are cut (with an ellipsis) so a slip stays a slip."""


@dataclass(frozen=True, slots=True)
class TicketTexts:
    """The slip's fixed captions in the visitor's language (English by default)."""

    number_caption: str = "Your number"
    people_ahead: str = "People ahead of you"
    estimated: str = "Estimated time"
    qr_caption: str = "Scan to follow your place in the queue"


@dataclass(frozen=True, slots=True)
class TicketPrint:
    """One slip.

    ``public_id`` is drawn very large, exactly as Qminder gave it. ``issued_at``, ``estimated``:
    aware datetimes are shown in ``zone`` (the location's time zone; None: the computer's),
    naive ones as they are.
    ``language`` (a BCP 47 tag such as ``"ar"`` or ``"et-EE"``) picks the digits and the date
    and time formats; ``rtl`` forces the direction (None: from the language).
    ``qr_payload`` is the text of the optional QR code (usually a URL); ``logo`` an image file.
    """

    public_id: str
    line_name: str
    issued_at: dt.datetime
    message: str = ""
    heading: str = ""
    people_ahead: int | None = None
    estimated: dt.datetime | None = None
    qr_payload: str | None = None
    logo: Path | None = None
    language: str = "en"
    rtl: bool | None = None
    texts: TicketTexts = field(default_factory=TicketTexts)
    zone: dt.tzinfo | None = None

    def __post_init__(self) -> None:
        if not self.public_id.strip():
            raise ValueError("a printed ticket needs its number")
        if self.people_ahead is not None and self.people_ahead < 0:
            raise ValueError("people_ahead must not be negative")
        if self.qr_payload is not None and not self.qr_payload.strip():
            raise ValueError("qr_payload must not be blank; use None for no QR code")

    @property
    def short_message(self) -> str:
        """The message, cut to `MESSAGE_MAX` characters."""
        text = " ".join(self.message.split())
        if len(text) <= MESSAGE_MAX:
            return text
        return text[: MESSAGE_MAX - 1].rstrip() + "…"


def expand_qr_url(template: str, *, ticket_id: str, public_id: str) -> str:
    """The configured QR URL with ``{ticket_id}`` and ``{public_id}`` filled in.

    The values are percent-encoded. Plain replacement, not `str.format`: other braces in the
    URL stay as they are.
    """
    return template.replace("{ticket_id}", quote(ticket_id, safe="")).replace(
        "{public_id}", quote(public_id, safe="")
    )
