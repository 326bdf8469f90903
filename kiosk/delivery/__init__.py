"""Durable delivery of check-ins: an encrypted SQLite outbox and the sender that drains it.

No Qt here. The app opens the outbox, runs one `Sender` task, and for each visitor::

    outbox = Outbox.open(default_outbox_path(), KeySources(default_key_file()))
    sender = Sender(outbox, client)                 # client: an open QminderClient
    task = asyncio.ensure_future(sender.run())

    row_id = await sender.submit(request)           # committed to disk: never lost now
    outcome = await sender.wait_for(row_id, timeout=8.0)
    # Delivered(ticket_id, public_id) → the ticket screen
    # Rejected(reason) → see the staff;  Unavailable(reason) → the key is refused
    # Pending() → offline "queue": the honest screen, the row stays queued;
    #             offline "refuse": outcome = await sender.withdraw(row_id)
    #             (Delivered if Qminder has it after all, else Withdrawn: never sent later)

    # A visitor with an appointment (never a walk-in ticket for that visit):
    row_id = await sender.submit_appointment(
        AppointmentCheckIn(ticket_id=found.id, line_id=found.line_id, visitor="Maria T.")
    )                                               # the same row again for the same appointment
    outcome = await sender.wait_for(row_id, timeout=8.0)   # the same outcomes, the same handling
    # Delivered(ticket_id, public_id): checked in (public_id None when it could not be read)

    # submit raises StoreUnavailable (nothing stored) when the disk is full, the folder cannot
    # be written, or waiting rows need a key that is missing (StoreUnreadable). Every error
    # of this package is a DeliveryError (kiosk.delivery.errors draws the tree).
    sender.status()                                 # counts and health for the Admin view
    await sender.aclose()                           # at shutdown (after task.cancel() or not)
    outbox.close()
"""

from kiosk.delivery.appointment_checkin import AppointmentCheckIn
from kiosk.delivery.backoff import Backoff
from kiosk.delivery.crypto import Cipher
from kiosk.delivery.errors import (
    DecryptError,
    DeliveryError,
    IllegalTransition,
    KeyMissing,
    KeyUnavailable,
    LockedError,
    LookupIncomplete,
    OutboxError,
    PayloadUnavailable,
    StoreUnavailable,
    StoreUnreadable,
    TicketAlreadyClaimed,
)
from kiosk.delivery.keys import KeySources
from kiosk.delivery.lookup import LookupPolicy
from kiosk.delivery.outbox import Outbox, Row, default_key_file, default_outbox_path
from kiosk.delivery.outcome import (
    Delivered,
    DeliveryStatus,
    Expired,
    Outcome,
    Pending,
    Rejected,
    Unavailable,
    Withdrawn,
)
from kiosk.delivery.policy import DeliveryPolicy
from kiosk.delivery.ratelimit import RateLimiter
from kiosk.delivery.sender import Sender
from kiosk.delivery.states import State
from kiosk.delivery.storefile import StoreProblem

__all__ = [
    "AppointmentCheckIn",
    "Backoff",
    "Cipher",
    "DecryptError",
    "Delivered",
    "DeliveryError",
    "DeliveryPolicy",
    "DeliveryStatus",
    "Expired",
    "IllegalTransition",
    "KeyMissing",
    "KeySources",
    "KeyUnavailable",
    "LockedError",
    "LookupIncomplete",
    "LookupPolicy",
    "Outbox",
    "OutboxError",
    "Outcome",
    "PayloadUnavailable",
    "Pending",
    "RateLimiter",
    "Rejected",
    "Row",
    "Sender",
    "State",
    "StoreProblem",
    "StoreUnavailable",
    "StoreUnreadable",
    "TicketAlreadyClaimed",
    "Unavailable",
    "Withdrawn",
    "default_key_file",
    "default_outbox_path",
]
