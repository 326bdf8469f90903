"""Durable delivery of check-ins: an encrypted SQLite outbox and the sender that drains it.

No Qt here. The app opens the outbox, starts one `Sender` task, and for each visitor calls
``row_id = await sender.submit(request)`` then ``await sender.wait_for(row_id)``::

    outbox = Outbox.open(default_outbox_path(), Cipher.load(key_file))
    sender = Sender(outbox, client)
    task = asyncio.ensure_future(sender.run())
    ...
    await sender.aclose()   # after task.cancel() or instead of it
    outbox.close()
"""

from kiosk.delivery.backoff import Backoff
from kiosk.delivery.crypto import Cipher, DecryptError, KeyUnavailable
from kiosk.delivery.lockfile import LockedError
from kiosk.delivery.outbox import (
    Outbox,
    OutboxError,
    PayloadUnavailable,
    Row,
    default_outbox_path,
)
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
from kiosk.delivery.ratelimit import RateLimiter
from kiosk.delivery.sender import LookupPolicy, Sender
from kiosk.delivery.states import IllegalTransition, State

__all__ = [
    "Backoff",
    "Cipher",
    "DecryptError",
    "Delivered",
    "DeliveryStatus",
    "Expired",
    "IllegalTransition",
    "KeyUnavailable",
    "LockedError",
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
    "Unavailable",
    "Withdrawn",
    "default_outbox_path",
]
