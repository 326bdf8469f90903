"""The states of an outbox row and the transitions allowed between them.

================  =============================================================================
from              to
================  =============================================================================
queued            sending (an attempt starts), expired (too old), withdrawn, rejected (the
                  payload cannot be read)
sending           delivered (201), queued (retryable failure, or auth refused), ambiguous (the
                  request may have reached Qminder), rejected (400/404/409)
ambiguous         delivered (a lookup found the ticket), queued (lookups confirmed it is not
                  there), expired (not there and too old, or never settled), withdrawn, rejected
delivered,        nothing: final
rejected,
expired,
withdrawn
================  =============================================================================

``sending`` lasts one request; a row found ``sending`` when the sender starts becomes
``ambiguous``, so it is looked up before anything is sent again.
"""

from __future__ import annotations

from enum import StrEnum


class State(StrEnum):
    """Where a check-in stands on its way to Qminder."""

    QUEUED = "queued"
    SENDING = "sending"
    AMBIGUOUS = "ambiguous"
    DELIVERED = "delivered"
    REJECTED = "rejected"
    EXPIRED = "expired"
    WITHDRAWN = "withdrawn"


TRANSITIONS: dict[State, frozenset[State]] = {
    State.QUEUED: frozenset({State.SENDING, State.EXPIRED, State.WITHDRAWN, State.REJECTED}),
    State.SENDING: frozenset({State.DELIVERED, State.QUEUED, State.AMBIGUOUS, State.REJECTED}),
    State.AMBIGUOUS: frozenset(
        {State.DELIVERED, State.QUEUED, State.EXPIRED, State.WITHDRAWN, State.REJECTED}
    ),
    State.DELIVERED: frozenset(),
    State.REJECTED: frozenset(),
    State.EXPIRED: frozenset(),
    State.WITHDRAWN: frozenset(),
}
"""For each state, the states a row may move to next."""

OPEN_STATES = frozenset({State.QUEUED, State.SENDING, State.AMBIGUOUS})
"""States whose check-in is not settled yet."""

FINAL_STATES = frozenset(s for s, targets in TRANSITIONS.items() if not targets)
"""States a row never leaves."""

UNSENT_FINAL_STATES = frozenset({State.REJECTED, State.EXPIRED, State.WITHDRAWN})
"""Final states whose personal data is kept for the retention period, then erased."""


def allowed(source: State, target: State) -> bool:
    """Whether a row in `source` may move to `target`."""
    return target in TRANSITIONS[source]


def sources_of(target: State) -> frozenset[State]:
    """The states from which a row may move to `target`."""
    return frozenset(s for s, targets in TRANSITIONS.items() if target in targets)
