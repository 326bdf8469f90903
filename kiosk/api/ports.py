"""What the rest of the kiosk needs from Qminder, as Protocols `QminderClient` satisfies.

Declared once here so the delivery sender and the wait-information controller describe the
same call the same way (and tests can pass small fakes).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import Protocol

from kiosk.domain.ticket import Ticket


class TicketSearch(Protocol):
    """`QminderClient.search_tickets`: a line's tickets, filtered and ordered."""

    async def search_tickets(
        self,
        line_id: str,
        status: Iterable[str] = ...,
        min_created: dt.datetime | None = ...,
        limit: int = ...,
        order: str | None = ...,
    ) -> list[Ticket]: ...
