"""What a check-in came to, as the visitor's screen needs it, and the sender's status."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Delivered:
    """Qminder has the ticket: it answered the create, or a lookup found it."""

    ticket_id: str
    public_id: str | None


@dataclass(frozen=True, slots=True)
class Rejected:
    """Qminder refused the check-in for good (400/404/409); `reason` is an error class name."""

    reason: str


@dataclass(frozen=True, slots=True)
class Unavailable:
    """Qminder refuses the kiosk's API key (401/403); nothing is being sent."""

    reason: str


@dataclass(frozen=True, slots=True)
class Pending:
    """No answer in time; the check-in stays queued and the sender keeps trying."""


@dataclass(frozen=True, slots=True)
class Withdrawn:
    """The check-in was withdrawn and will never be sent."""


@dataclass(frozen=True, slots=True)
class Expired:
    """The check-in got too old to send; staff see it in the Admin view."""


Outcome = Delivered | Rejected | Unavailable | Pending | Withdrawn | Expired


@dataclass(frozen=True, slots=True)
class DeliveryStatus:
    """Counts per state and the sender's health, for the Admin view.

    `online` is False while Qminder is not answering (consecutive failures); `unavailable`
    is True once Qminder refused the API key. `last_error` names an error class and status.
    The store's own health: `unreadable` waiting check-ins need a key that is missing;
    `store_problem` is a `kiosk.delivery.StoreProblem` value (disk full, not writable) while
    new check-ins cannot be stored; `store_replaced` says the file was replaced or emptied
    outside the kiosk (check-ins may have been lost).
    """

    queued: int
    sending: int
    ambiguous: int
    delivered: int
    expired: int
    rejected: int
    withdrawn: int
    last_error: str | None
    unavailable: bool
    online: bool
    unreadable: int = 0
    store_problem: str | None = None
    store_replaced: bool = False

    @property
    def refusing(self) -> bool:
        """New check-ins cannot be taken: the key is refused, or the store cannot keep them."""
        return self.unavailable or bool(self.unreadable) or self.store_problem is not None

    @property
    def undelivered(self) -> int:
        """Check-ins that will not reach Qminder without staff: expired, rejected, withdrawn."""
        return self.expired + self.rejected + self.withdrawn

    @property
    def waiting(self) -> int:
        """Check-ins not settled yet: queued, sending or ambiguous."""
        return self.queued + self.sending + self.ambiguous
