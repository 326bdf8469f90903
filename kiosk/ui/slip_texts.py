"""The printed slip's words in the visitor's language (the printing package only draws)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from kiosk.printing.ticket import TicketTexts


def slip_texts() -> TicketTexts:
    """The slip's captions, translated with the UI's current translator."""

    return TicketTexts(
        number_caption=QCoreApplication.translate("TicketSlip", "Your number"),
        people_ahead=QCoreApplication.translate("TicketSlip", "People ahead of you"),
        estimated=QCoreApplication.translate("TicketSlip", "Estimated time"),
        qr_caption=QCoreApplication.translate(
            "TicketSlip", "Scan to follow your place in the queue"
        ),
    )


def slip_message() -> str:
    """The short message under the line name."""
    return QCoreApplication.translate(
        "TicketSlip", "Please take a seat. Your number will be called and shown on the screen."
    )
