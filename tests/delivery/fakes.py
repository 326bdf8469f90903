"""An in-memory Qminder for the sender tests, with scripted failures, and request factories."""

from __future__ import annotations

import asyncio
import datetime as dt
from collections import deque
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from kiosk.api.errors import QminderError
from kiosk.domain.ticket import FieldAnswer, Ticket, TicketCreated, TicketRequest

LINE = "88101"
OTHER_LINE = "88102"
FIELD = "9c4685f7-3f9f-4679-8f68-08cd30295302"
OPTION = "8c328447-73ee-4993-825c-7c6792c7d214"


def request(
    first_name: str = "Ada",
    phone: str | None = "+37251234567",
    *,
    line_id: str = LINE,
    last_name: str | None = None,
    email: str | None = None,
) -> TicketRequest:
    return TicketRequest(
        line_id=line_id,
        first_name=first_name,
        last_name=last_name,
        phone_number=phone,
        email=email,
        language_code="en",
        fields=(FieldAnswer(input_field_id=FIELD, option_ids=(OPTION,)),),
    )


def ticket(
    ticket_id: str,
    first_name: str,
    *,
    line: str = LINE,
    phone: str | None = None,
    last_name: str | None = None,
    created: dt.datetime,
    public_id: str | None = None,
) -> Ticket:
    data: dict[str, Any] = {
        "id": ticket_id,
        "publicId": public_id,
        "line": line,
        "firstName": first_name,
        "lastName": last_name,
        "phoneNumber": phone,
        "created": {"date": created.isoformat()},
    }
    return Ticket.model_validate(data)


@dataclass
class Step:
    """One scripted answer: raise `error`, after creating the ticket when `created` is set."""

    error: QminderError | None = None
    created: bool = False
    delay: float = 0.0


@dataclass
class Call:
    method: str
    at: float
    row_first_name: str | None = None


@dataclass
class FakeQminder:
    """Stores tickets like Qminder; `creates` / `searches` / `gets` script the next answers."""

    tickets: list[Ticket] = field(default_factory=list)
    creates: deque[Step] = field(default_factory=deque)
    searches: deque[Step] = field(default_factory=deque)
    gets: deque[Step] = field(default_factory=deque)
    calls: list[Call] = field(default_factory=list)
    give_public_id: bool = True
    next_id: int = 1000

    def _record(self, method: str, name: str | None = None) -> None:
        self.calls.append(Call(method, asyncio.get_running_loop().time(), name))

    def count(self, method: str) -> int:
        return sum(1 for call in self.calls if call.method == method)

    def named(self, first_name: str) -> list[Ticket]:
        return [t for t in self.tickets if t.first_name == first_name]

    async def _play(self, script: deque[Step]) -> Step:
        step = script.popleft() if script else Step()
        if step.delay:
            await asyncio.sleep(step.delay)
        return step

    def add(self, req: TicketRequest, created: dt.datetime | None = None) -> Ticket:
        self.next_id += 1
        number = len(self.tickets) + 1
        made = ticket(
            str(self.next_id),
            req.first_name,
            line=req.line_id,
            phone=req.phone_number.lstrip("+") if req.phone_number else None,
            last_name=req.last_name,
            created=created or dt.datetime.now(dt.UTC),
            public_id=f"A-{number}",
        )
        self.tickets.append(made)
        return made

    async def create_ticket(self, request: TicketRequest) -> TicketCreated:
        self._record("create", request.first_name)
        step = await self._play(self.creates)
        if step.error is not None and not step.created:
            raise step.error
        made = self.add(request)
        if step.error is not None:
            raise step.error
        return TicketCreated(id=made.id, public_id=made.public_id if self.give_public_id else None)

    async def get_ticket(self, ticket_id: str) -> Ticket:
        self._record("get")
        step = await self._play(self.gets)
        if step.error is not None:
            raise step.error
        return next(t for t in self.tickets if t.id == ticket_id)

    async def search_tickets(
        self,
        line_id: str,
        status: Iterable[str] = ("NEW",),
        min_created: dt.datetime | None = None,
        limit: int = 100,
        order: str | None = None,
    ) -> list[Ticket]:
        self._record("search")
        step = await self._play(self.searches)
        if step.error is not None:
            raise step.error
        since = min_created.replace(microsecond=0) if min_created else None
        found = [
            t
            for t in self.tickets
            if t.line == line_id and (since is None or (t.created_at and t.created_at >= since))
        ]
        found.sort(key=lambda t: (t.created_at, int(t.id)))
        return found[:limit]
