"""What a visitor is told of a check-in's outcome, the same for walk-ins and appointments.

The sender settles every check-in as one of the `kiosk.delivery.outcome` types; the visitor
is told one of four things (`Told`), and staff read one log line, never with personal data.
"""

from __future__ import annotations

import logging
from enum import StrEnum

from kiosk.delivery.outcome import Delivered, Outcome, Pending, Rejected


class Told(StrEnum):
    NUMBER = "number"
    """Qminder has the check-in: the ticket screen."""
    SAVED = "saved"
    """No answer in time: kept, and sent when Qminder answers."""
    REFUSED = "refused"
    """Qminder refused it for good: see the front desk."""
    UNAVAILABLE = "unavailable"
    """Withdrawn, expired or the key refused: see the front desk."""


def told(outcome: Outcome, what: str, log: logging.Logger) -> Told:
    """What the visitor is told of `outcome`; logged on `log` as `what` ("check-in")."""
    if isinstance(outcome, Delivered):
        log.info("%s delivered", what)
        return Told.NUMBER
    if isinstance(outcome, Pending):
        log.info("%s saved; Qminder did not answer in time", what)
        return Told.SAVED
    if isinstance(outcome, Rejected):
        log.warning("Qminder refused the %s: %s", what, outcome.reason)
        return Told.REFUSED
    log.warning("%s not possible now: %s", what, type(outcome).__name__)
    return Told.UNAVAILABLE
