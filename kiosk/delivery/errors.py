"""Every way the delivery layer can fail, as one exception tree.

::

    DeliveryError                base of every error raised by `kiosk.delivery`
    ├── OutboxError              the outbox cannot be opened or used: no check-in can be taken
    │   ├── LockedError          another kiosk on this computer holds the outbox
    │   ├── KeyUnavailable       no usable key: malformed, missing, or the keyring failed
    │   └── StoreUnavailable     new check-ins cannot be stored now (disk full, folder not
    │       │                    writable); the stored ones are kept
    │       └── StoreUnreadable  waiting rows need a key that is missing: new ones are refused
    ├── KeyMissing               a row's key is not among the keys found (the row is kept)
    ├── DecryptError             a payload cannot be decrypted with any known key
    ├── PayloadUnavailable       a row's request is erased, damaged or no longer valid
    ├── IllegalTransition        a row was asked to move to a state its state does not lead to
    ├── TicketAlreadyClaimed     another row already holds this Qminder ticket id
    └── LookupIncomplete         a search could not cover the time window: nothing concluded

Callers outside `kiosk.delivery` catch `DeliveryError`; where they must tell failures apart
they catch a subclass named here: the command line stops the kiosk on `OutboxError` (and
says "already running" for `LockedError`); a check-in that `Sender.submit` could not store
raises a `StoreUnavailable`. The messages never hold personal data or a key.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from kiosk.delivery.states import State
    from kiosk.delivery.storefile import StoreProblem


class DeliveryError(Exception):
    """Base of every error raised by `kiosk.delivery`."""


class OutboxError(DeliveryError):
    """The outbox cannot be used (locked, corrupt, newer schema, wrong settings, no key)."""


class LockedError(OutboxError):
    """Another process holds the outbox's lock."""


class KeyUnavailable(OutboxError):
    """No usable key: malformed, missing, or the keyring failed."""


class StoreUnavailable(OutboxError):
    """New check-ins cannot be stored now; the ones already stored are kept.

    `problem` is the disk or folder problem, None when the reason is a missing key
    (`StoreUnreadable`).
    """

    def __init__(self, reason: str, problem: StoreProblem | None = None) -> None:
        super().__init__(reason)
        self.problem = problem


class StoreUnreadable(StoreUnavailable):
    """Waiting rows need a key none of the sources has: new check-ins are refused."""


class KeyMissing(DeliveryError):
    """The key a row was written with is not among the keys found (the row is kept)."""


class DecryptError(DeliveryError):
    """A stored payload cannot be decrypted with any known key (wrong key or damaged)."""


class PayloadUnavailable(DeliveryError):
    """A row's request cannot be sent: erased, damaged (its own key cannot read it), or no
    longer a valid request. `reason` says which, in words fit for staff (no personal data)."""

    def __init__(self, message: str, reason: str) -> None:
        super().__init__(message)
        self.reason = reason


class IllegalTransition(DeliveryError):
    """A row was asked to move to a state its current state does not lead to."""

    def __init__(self, row_id: str, current: State | None, target: State) -> None:
        where = "missing" if current is None else current.value
        super().__init__(f"outbox row {row_id}: {where} -> {target.value} is not allowed")
        self.row_id = row_id
        self.current = current
        self.target = target


class TicketAlreadyClaimed(DeliveryError):
    """Another row already holds this Qminder ticket id."""


class LookupIncomplete(DeliveryError):
    """The search could not cover the whole time window; nothing can be concluded."""
