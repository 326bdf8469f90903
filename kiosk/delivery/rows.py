"""An outbox row as the rest of the kiosk sees it (no personal data), and where the file lives."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import platformdirs

from kiosk.delivery.states import State

APP_NAME = "qminder-kiosk"
ERROR_MAX = 200


def default_outbox_path() -> Path:
    """``<user data dir>/qminder-kiosk/outbox.sqlite3`` (platformdirs)."""
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)) / "outbox.sqlite3"


def default_key_file() -> Path:
    """``<user data dir>/qminder-kiosk/outbox.key``: the key file when there is no keyring."""
    return default_outbox_path().with_name("outbox.key")


def timestamp(moment: dt.datetime) -> float:
    if moment.tzinfo is None:
        raise ValueError("outbox times must be timezone-aware")
    return moment.timestamp()


def moment(value: float | None) -> dt.datetime | None:
    return None if value is None else dt.datetime.fromtimestamp(value, dt.UTC)


def error_text(error: str | None) -> str | None:
    return None if error is None else error[:ERROR_MAX]


@dataclass(frozen=True, slots=True)
class Row:
    """A check-in's metadata, without its personal data."""

    id: str
    seq: int
    line_id: str
    state: State
    created_at: dt.datetime
    updated_at: dt.datetime
    first_attempt_at: dt.datetime | None
    attempt_started_at: dt.datetime | None
    next_attempt_at: dt.datetime
    attempts: int
    lookups: int
    misses: int
    ticket_id: str | None
    public_id: str | None
    error: str | None
    has_personal_data: bool
    kind: str = "ticket"
    """``"ticket"`` (a walk-in) or ``"appointment"`` (an appointment check-in)."""


COLUMNS = (
    "id, seq, line_id, state, created_at, updated_at, first_attempt_at, attempt_started_at, "
    "next_attempt_at, attempts, lookups, misses, ticket_id, public_id, error, "
    "payload IS NOT NULL, kind"
)
"""The columns `from_values` reads, in its order."""


def from_values(values: tuple[Any, ...]) -> Row:
    created = moment(values[4])
    updated = moment(values[5])
    due = moment(values[8])
    assert created is not None
    assert updated is not None
    assert due is not None
    return Row(
        id=values[0],
        seq=values[1],
        line_id=values[2],
        state=State(values[3]),
        created_at=created,
        updated_at=updated,
        first_attempt_at=moment(values[6]),
        attempt_started_at=moment(values[7]),
        next_attempt_at=due,
        attempts=values[9],
        lookups=values[10],
        misses=values[11],
        ticket_id=values[12],
        public_id=values[13],
        error=values[14],
        has_personal_data=bool(values[15]),
        kind=values[16],
    )
