"""A sample slip: the Admin panel's test print, previews and benchmarks."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from kiosk.printing.ticket import TicketPrint, TicketTexts

SAMPLE_NUMBER = "T-100"


def sample_ticket(
    *,
    heading: str = "",
    qr_payload: str | None = None,
    logo: Path | None = None,
    language: str = "en",
    texts: TicketTexts | None = None,
    line_name: str = "Printer test",
    message: str = "If this slip is easy to read, the printer is set up well.",
    now: dt.datetime | None = None,
    zone: dt.tzinfo | None = None,
) -> TicketPrint:
    """A slip with every part filled in (wait lines, QR code when given), for a test print.

    Times are shown in `zone` (the location's; None: the computer's)."""
    issued = now or dt.datetime.now().astimezone()
    return TicketPrint(
        public_id=SAMPLE_NUMBER,
        line_name=line_name,
        message=message,
        heading=heading,
        issued_at=issued,
        people_ahead=3,
        estimated=issued + dt.timedelta(minutes=12),
        qr_payload=qr_payload,
        logo=logo,
        language=language,
        texts=texts or TicketTexts(),
        zone=zone,
    )
