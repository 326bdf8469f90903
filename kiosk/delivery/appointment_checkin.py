"""Delivering an appointment check-in: what one attempt comes to, and how an unsure one is
resolved by reading the appointment's status.

An appointment check-in travels through the outbox like a walk-in's ticket, as a row of its own
kind (``ROW_KIND``) whose payload is an `AppointmentCheckIn`. It differs in one way that makes
it simpler: checking in cannot make a second ticket. Qminder moves the appointment from
SCHEDULED to NEW once; a second request is answered 400 "Ticket is not in scheduled status".
So:

* an attempt that may have reached Qminder (timeout after sending, 500/504, a reset) is settled
  by reading the ticket's status (`resolve`): NEW or CALLED means it worked, SCHEDULED means
  it did not and the row may be sent again at once (no repeated confirmations are needed);
* a 400 "not scheduled" is read the same way: NEW or CALLED counts as success (an earlier
  attempt did it, or the desk did), anything else (cancelled, no-show, served) is refused;
* a 404 or a status that closes the appointment is refused: the visitor is sent to the desk;
* never, whatever happens, is a walk-in ticket created instead.

`attempt` and `resolve` return a `Step` that says what the sender does with the row next.
Failures keep the classes of `kiosk.delivery.classify`.

How the outbox and the sender take it (the same states and transitions as a walk-in's row):

* outbox: a ``kind`` column (``'ticket'`` by default, or ``ROW_KIND``); an appointment row
  stores `AppointmentCheckIn.to_payload()` encrypted as its payload and its ``ticket_id`` at
  once, so the unique index refuses a second open row for the same appointment and no walk-in
  lookup can ever claim that ticket;
* sending a queued row: `attempt`; `CheckedIn` → delivered, `Refused` → rejected, `Failed` →
  the walk-in handling of that failure class (ambiguous rows wait for their lookup);
* an ambiguous row's lookup: `resolve`; `CheckedIn` → delivered, `NotCheckedIn` → queued at
  once (or expired when too old), `Refused` → rejected, `Failed` → looked up again later;
* withdrawing an ambiguous row (offline "refuse"): `resolve` first, as for a walk-in.
"""

from __future__ import annotations

import json
import logging
import random
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Protocol, runtime_checkable

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from kiosk.api.appointments import CheckedIn as CheckInAnswer
from kiosk.api.errors import AppointmentNotScheduled, NotFound, QminderError
from kiosk.delivery.backoff import Backoff
from kiosk.delivery.classify import Failure, FailureClass, classify, describe
from kiosk.domain.ticket import Ticket

log = logging.getLogger("kiosk.delivery")

ROW_KIND = "appointment"
"""The outbox row kind of an appointment check-in (walk-in rows are ``"ticket"``)."""

IN_QUEUE = frozenset({"NEW", "CALLED"})
"""Statuses that mean the appointment was checked in and the visitor is in the queue."""

SCHEDULED = "SCHEDULED"


class AppointmentCheckIn(BaseModel):
    """The payload of an appointment row: which appointment, on which line, and optionally the
    name the confirmation greets the visitor with ("Maria T."): personal data, which is why
    the outbox keeps the payload encrypted and erases it like a walk-in's."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    ticket_id: str = Field(pattern=r"^[A-Za-z0-9_-]{1,64}$")
    line_id: str = Field(min_length=1, max_length=64)
    visitor: str | None = Field(default=None, min_length=1, max_length=80)

    def to_payload(self) -> bytes:
        """The bytes the outbox encrypts and stores."""
        return json.dumps({"kind": ROW_KIND, **self.model_dump(exclude_none=True)}).encode("utf-8")

    @classmethod
    def from_payload(cls, payload: bytes) -> AppointmentCheckIn:
        """The check-in a stored payload holds; ValueError when it is not one."""
        try:
            data = json.loads(payload)
            if not isinstance(data, dict) or data.pop("kind", None) != ROW_KIND:
                raise ValueError("not an appointment check-in")
            return cls.model_validate(data)
        except (ValidationError, UnicodeDecodeError, json.JSONDecodeError) as exc:
            raise ValueError(f"not an appointment check-in ({type(exc).__name__})") from None


@runtime_checkable
class CheckInApi(Protocol):
    """The calls an appointment check-in needs; `kiosk.api.QminderClient` provides them."""

    async def check_in_appointment(self, ticket_id: str) -> CheckInAnswer: ...

    async def ticket_status(self, ticket_id: str) -> str: ...

    async def get_ticket(self, ticket_id: str) -> Ticket: ...


@dataclass(frozen=True, slots=True)
class CheckedIn:
    """Qminder has the visitor in the queue: deliver the row (`public_id` when known)."""

    ticket_id: str
    public_id: str | None


@dataclass(frozen=True, slots=True)
class NotCheckedIn:
    """A lookup found the appointment still SCHEDULED: send the row again."""


@dataclass(frozen=True, slots=True)
class Refused:
    """It cannot be checked in (cancelled, no-show, unknown): reject; the visitor sees staff.

    `reason` names an error class or a status, never server text.
    """

    reason: str


@dataclass(frozen=True, slots=True)
class Failed:
    """The call failed; `failure` says how (retryable, ambiguous, auth, permanent)."""

    failure: Failure


Step = CheckedIn | NotCheckedIn | Refused | Failed


def status_step(ticket_id: str, status: str) -> CheckedIn | NotCheckedIn | Refused:
    """What an appointment's status says about its check-in."""
    if status in IN_QUEUE:
        return CheckedIn(ticket_id=ticket_id, public_id=None)
    if status == SCHEDULED:
        return NotCheckedIn()
    return Refused(f"appointment {status}")


async def attempt(api: CheckInApi, ticket_id: str) -> Step:
    """Send one check-in and say what came of it."""
    try:
        answer = await api.check_in_appointment(ticket_id)
    except AppointmentNotScheduled:
        step = await resolve(api, ticket_id)
        if isinstance(step, NotCheckedIn):  # refused although scheduled: do not loop
            return Refused("AppointmentNotScheduled (HTTP 400) while scheduled")
        return step
    except NotFound as exc:
        return Refused(describe(exc))
    except QminderError as exc:
        return Failed(classify(exc))
    public_id = answer.public_id or await read_public_id(api, ticket_id)
    return CheckedIn(ticket_id=ticket_id, public_id=public_id)


async def resolve(api: CheckInApi, ticket_id: str) -> Step:
    """Read the appointment's status to learn whether an unsure attempt checked it in."""
    try:
        status = await api.ticket_status(ticket_id)
    except NotFound as exc:
        return Refused(describe(exc))
    except QminderError as exc:
        return Failed(classify(exc))
    step = status_step(ticket_id, status)
    if isinstance(step, CheckedIn):
        return CheckedIn(ticket_id=ticket_id, public_id=await read_public_id(api, ticket_id))
    return step


async def read_public_id(api: CheckInApi, ticket_id: str) -> str | None:
    """The ticket's number once it is in the queue; one try, None when it cannot be read."""
    try:
        return (await api.get_ticket(ticket_id)).public_id
    except QminderError as exc:
        log.warning("could not read back an appointment's number: %s", describe(exc))
        return None


Sleep = Callable[[float], Awaitable[None]]


async def settle(
    api: CheckInApi,
    ticket_id: str,
    *,
    sleep: Sleep,
    backoff: Backoff | None = None,
    rng: random.Random | None = None,
    max_steps: int = 8,
) -> Step:
    """Attempt, resolve and retry until the check-in is settled or `max_steps` calls were made.

    The sequence the sender follows for an appointment row, without the outbox: a retryable
    failure waits (`backoff`) and sends again; an ambiguous one is resolved before anything is
    sent again; a lookup that fails is repeated after a wait. Returns `CheckedIn`, `Refused`,
    or the last `Failed` (auth, or still unsure when the steps ran out).
    """
    policy = backoff or Backoff()
    jitter = rng or random.Random()
    step: Step = Failed(Failure(FailureClass.RETRYABLE, "not attempted"))
    unsure = False
    for number in range(1, max_steps + 1):
        step = await (resolve(api, ticket_id) if unsure else attempt(api, ticket_id))
        if isinstance(step, CheckedIn | Refused):
            return step
        if isinstance(step, NotCheckedIn):
            unsure = False
            continue
        kind = step.failure.kind
        if kind in (FailureClass.AUTH, FailureClass.PERMANENT):
            return step
        unsure = unsure or kind is FailureClass.AMBIGUOUS
        await sleep(policy.delay(number, jitter, step.failure.retry_after))
    return step
