"""How the sender paces itself and how long it keeps what it stores: one value for all of it.

`Sender(outbox, client, DeliveryPolicy(max_age=...))`; the defaults are the product's. The
kiosk sets `max_age` from ``max_age_minutes``; tests and benchmarks shorten the rest.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from kiosk.delivery.backoff import Backoff
from kiosk.delivery.lookup import LookupPolicy


@dataclass(frozen=True, slots=True)
class DeliveryPolicy:
    max_age: dt.timedelta = dt.timedelta(minutes=20)
    """A check-in older than this is never sent (the visitor has long gone)."""
    retention: dt.timedelta = dt.timedelta(hours=24)
    """A settled check-in's personal data is erased after this."""
    tombstones: dt.timedelta = dt.timedelta(days=7)
    """A settled row itself (no personal data) is dropped after this."""
    rate: float | None = 5.0
    """Requests per second to Qminder at most; None: no limit."""
    backoff: Backoff = field(default_factory=Backoff)
    lookup: LookupPolicy = field(default_factory=LookupPolicy)
    sweep_interval: dt.timedelta = dt.timedelta(minutes=1)
    """How often the outbox is swept (expiry, erasure, healing the store)."""
    auth_retry: dt.timedelta = dt.timedelta(minutes=5)
    """How long after a refused key the sender tries Qminder again."""
