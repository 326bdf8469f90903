"""The outbox's SQLite file: its tables and triggers, connection settings and migration.

The triggers enforce in the database what `kiosk.delivery.states` says in Python: only the
allowed state changes, and no row deleted unless delivered.

Version 2 added ``checkins.key_id`` (which key encrypted the row's payload, `crypto.key_id`)
and the ``meta`` table (the store's identity, notes for staff). Version 3 added
``checkins.kind``: ``'ticket'`` (a walk-in's ticket) or ``'appointment'`` (an appointment
check-in, `kiosk.delivery.appointment_checkin`); older rows are walk-ins.
"""

from __future__ import annotations

import sqlite3

from kiosk.delivery.errors import OutboxError
from kiosk.delivery.states import TRANSITIONS, State

SCHEMA_VERSION = 3

ROW_KINDS = ("ticket", "appointment")
"""The kinds of row (``checkins.kind``)."""
_KINDS_SQL = ", ".join(f"'{k}'" for k in ROW_KINDS)

_STATES_SQL = ", ".join(f"'{s.value}'" for s in State)
DUE_STATES_SQL = f"'{State.QUEUED.value}', '{State.AMBIGUOUS.value}'"
"""States whose rows the sender picks up (SQL list)."""

SCHEMA = f"""
CREATE TABLE checkins (
    seq                INTEGER PRIMARY KEY AUTOINCREMENT,
    id                 TEXT NOT NULL UNIQUE,
    line_id            TEXT NOT NULL,
    state              TEXT NOT NULL CHECK (state IN ({_STATES_SQL})),
    created_at         REAL NOT NULL,
    updated_at         REAL NOT NULL,
    first_attempt_at   REAL,
    attempt_started_at REAL,
    next_attempt_at    REAL NOT NULL,
    attempts           INTEGER NOT NULL DEFAULT 0,
    lookups            INTEGER NOT NULL DEFAULT 0,
    misses             INTEGER NOT NULL DEFAULT 0,
    ticket_id          TEXT UNIQUE,
    public_id          TEXT,
    error              TEXT,
    payload            BLOB,
    key_id             TEXT,
    kind               TEXT NOT NULL DEFAULT 'ticket' CHECK (kind IN ({_KINDS_SQL})),
    CHECK (state <> 'delivered' OR (payload IS NULL AND ticket_id IS NOT NULL))
);
CREATE INDEX checkins_open ON checkins (seq) WHERE state IN ({DUE_STATES_SQL});
CREATE INDEX checkins_due ON checkins (state, next_attempt_at);
CREATE INDEX checkins_aged ON checkins (state, updated_at);
CREATE TABLE meta (
    name  TEXT PRIMARY KEY,
    value NOT NULL
) WITHOUT ROWID;
CREATE TABLE transitions (
    source TEXT NOT NULL,
    target TEXT NOT NULL,
    PRIMARY KEY (source, target)
) WITHOUT ROWID;
CREATE TRIGGER checkins_new_rows_are_queued BEFORE INSERT ON checkins
WHEN NEW.state <> 'queued'
BEGIN SELECT RAISE(ABORT, 'a new check-in must be queued'); END;
CREATE TRIGGER checkins_legal_transitions BEFORE UPDATE OF state ON checkins
WHEN OLD.state <> NEW.state AND NOT EXISTS (
    SELECT 1 FROM transitions WHERE source = OLD.state AND target = NEW.state)
BEGIN SELECT RAISE(ABORT, 'illegal state transition'); END;
CREATE TRIGGER checkins_keep_undelivered BEFORE DELETE ON checkins
WHEN OLD.state <> 'delivered'
BEGIN SELECT RAISE(ABORT, 'only delivered check-ins may be deleted'); END;
"""


def configure(conn: sqlite3.Connection) -> None:
    """Durability and privacy settings, applied on every connection."""
    (mode,) = conn.execute("PRAGMA journal_mode=WAL").fetchone()
    if str(mode).lower() != "wal":
        raise OutboxError(f"the outbox needs WAL mode, SQLite gave {mode!r}")
    for pragma in (
        "synchronous=FULL",
        "fullfsync=ON",
        "checkpoint_fullfsync=ON",
        "secure_delete=ON",
        "busy_timeout=5000",
        "trusted_schema=OFF",
    ):
        conn.execute(f"PRAGMA {pragma}")
    (sync,) = conn.execute("PRAGMA synchronous").fetchone()
    if int(sync) != 2:
        raise OutboxError("the outbox needs synchronous=FULL")


def check(conn: sqlite3.Connection) -> None:
    (result,) = conn.execute("PRAGMA quick_check").fetchone()
    if result != "ok":
        raise OutboxError("the outbox file failed its integrity check; it was left as it is")


_FROM_1 = """
ALTER TABLE checkins ADD COLUMN key_id TEXT;
CREATE TABLE meta (
    name  TEXT PRIMARY KEY,
    value NOT NULL
) WITHOUT ROWID;
"""


_FROM_2 = f"""
ALTER TABLE checkins ADD COLUMN kind TEXT NOT NULL DEFAULT 'ticket' CHECK (kind IN ({_KINDS_SQL}));
"""


def migrate(conn: sqlite3.Connection) -> None:
    (version,) = conn.execute("PRAGMA user_version").fetchone()
    if version == SCHEMA_VERSION:
        return
    if version == 0:
        rows = ", ".join(
            f"('{source.value}', '{target.value}')"
            for source, targets in TRANSITIONS.items()
            for target in sorted(targets)
        )
        body = SCHEMA + f"INSERT INTO transitions (source, target) VALUES {rows};"
    elif version == 1:
        body = _FROM_1 + _FROM_2  # rows keep key_id NULL: the outbox finds which key opens them
    elif version == 2:
        body = _FROM_2  # every older row is a walk-in's ticket
    else:
        raise OutboxError(f"the outbox has schema version {version}, not {SCHEMA_VERSION}")
    script = "BEGIN IMMEDIATE;" + body + f"PRAGMA user_version = {SCHEMA_VERSION};" + "COMMIT;"
    try:
        conn.executescript(script)
    except BaseException:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise
