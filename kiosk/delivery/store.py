"""The outbox file as a whole: opening it, its keys, its identity, and getting well again.

`kiosk.delivery.outbox.Outbox` builds the check-in operations on this. What is here keeps the
rows safe when the world around them is not:

* a folder that cannot be written (or a damaged file) is an `OutboxError` at opening; a write
  that fails later because the disk is full sets `problem` (`kiosk.delivery.plumbing`), and
  `heal` tries such a write again;
* rows whose key is missing are counted (`unreadable`), never sent, expired or rejected, and
  new rows are refused while there are any; `heal` asks the key sources again;
* the identity marker next to the file tells when the file was replaced or emptied outside
  the kiosk (`replaced_at`).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import logging
import sqlite3
import uuid
from pathlib import Path
from typing import Self

from kiosk.delivery import storefile
from kiosk.delivery.crypto import Cipher
from kiosk.delivery.errors import (
    DecryptError,
    KeyUnavailable,
    LockedError,
    OutboxError,
    PayloadUnavailable,
    StoreUnavailable,
)
from kiosk.delivery.keys import FixedKeys, KeySource, StoreKeys
from kiosk.delivery.lockfile import FileLock
from kiosk.delivery.plumbing import Plumbing
from kiosk.delivery.rows import timestamp
from kiosk.delivery.schema import check, configure, migrate
from kiosk.delivery.states import OPEN_STATES
from kiosk.delivery.storefile import Marker, StoreProblem, cannot_write, full, unreadable_text

log = logging.getLogger("kiosk.delivery")

REPLACED_NOTE_DAYS = 7
"""How long staff are told that the file was replaced outside the kiosk."""

_OPEN_SQL = ", ".join(f"'{s.value}'" for s in OPEN_STATES)


PROBE_BYTES = 64 * 1024
"""How much a write must find room for before the store takes check-ins again."""


class Store(Plumbing):
    """An open outbox file. Open with `open`; close with `close()` or ``with``."""

    def __init__(self, conn: sqlite3.Connection, keys: StoreKeys, lock: FileLock, path: Path):
        super().__init__(conn, lock)
        self._keys = keys
        self._path = path
        self._unreadable = 0
        self._store_id = ""
        self._replaced_at: dt.datetime | None = None

    # -- opening and closing -------------------------------------------------------------------

    @classmethod
    def open(cls, path: Path, keys: Cipher | KeySource) -> Self:
        """Open (or create) the outbox at `path`, with a fixed `Cipher` or the key sources.

        Takes an exclusive lock (``<path>.lock``; `LockedError` if another process has it),
        sets WAL and ``synchronous=FULL``, runs ``quick_check`` and creates the schema. A
        damaged file, or a folder that cannot be written, raises `OutboxError`; the file is
        left untouched for inspection. A malformed key raises `KeyUnavailable`.
        """
        source = FixedKeys(keys) if isinstance(keys, Cipher) else keys
        lock = FileLock(path.with_name(path.name + ".lock"))
        try:
            storefile.prepare(path)
            lock.acquire()
        except LockedError:
            raise
        except OSError as exc:
            raise OutboxError(cannot_write(path, exc)) from None
        conn: sqlite3.Connection | None = None
        try:
            conn = sqlite3.connect(path, isolation_level=None, check_same_thread=False, timeout=5.0)
            configure(conn)
            check(conn)
            migrate(conn)
            storefile.narrow(path)
            store = cls(conn, StoreKeys(source), lock, path)
            store._note_identity()
            store._settle_keys()
            return store
        except BaseException as exc:
            if conn is not None:
                conn.close()
            lock.release()
            if isinstance(exc, StoreUnavailable) or storefile.problem_of(exc) is not None:
                raise OutboxError(cannot_write(path, exc)) from None
            if isinstance(exc, sqlite3.DatabaseError | OSError):
                raise OutboxError(f"the outbox file cannot be used ({exc})") from None
            raise

    def close(self) -> None:
        """Checkpoint the WAL into the database, close the file and release the lock."""
        with self._lock:
            conn, self._conn = self._conn, None
            if conn is None:
                return
            try:
                with contextlib.suppress(sqlite3.Error):
                    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
                with contextlib.suppress(sqlite3.Error, OSError):
                    (rows,) = conn.execute("SELECT COUNT(*) FROM checkins").fetchone()
                    storefile.write_marker(self._path, Marker(self._store_id, int(rows)))
                conn.close()
            finally:
                self._file_lock.release()

    # -- health --------------------------------------------------------------------------------

    @property
    def problem(self) -> StoreProblem | None:
        """Why new check-ins cannot be written now (disk full, not writable), if so."""
        return self._problem

    def unreadable_count(self) -> int:
        """Waiting rows whose key none of the sources holds (kept, not sent)."""
        return self._unreadable

    @property
    def replaced_at(self) -> dt.datetime | None:
        """When the kiosk found its file replaced or emptied (shown for a week), if it did."""
        moment = self._replaced_at
        if moment is None:
            return None
        if dt.datetime.now(dt.UTC) - moment > dt.timedelta(days=REPLACED_NOTE_DAYS):
            return None
        return moment

    def heal(self) -> bool:
        """Try again what keeps check-ins out: a write after a disk or folder problem, the key
        sources while rows wait for their key. True if the store's health changed."""
        before = (self._problem, self._unreadable, self._keys.encrypting)
        if self._problem is not None:
            with contextlib.suppress(StoreUnavailable):
                self._probe()
        if self._unreadable or self._keys.encrypting is None:
            try:
                self._settle_keys()
            except (KeyUnavailable, StoreUnavailable) as exc:
                log.error("outbox keys: %s", exc)
        return before != (self._problem, self._unreadable, self._keys.encrypting)

    def _probe(self) -> None:
        """A real write of several check-ins' size, undone at once (two commits).

        Several, not one: a disk with room for a small write only (the pages a failed
        check-in left free) is still full for the next visitor; the kiosk must not flap
        between "full" and "can be stored again"."""
        with self._write(proves_room=True) as db:
            db.execute(
                "INSERT OR REPLACE INTO meta (name, value) VALUES ('probe', zeroblob(?))",
                (PROBE_BYTES,),
            )
        with self._write() as db:
            db.execute("DELETE FROM meta WHERE name = 'probe'")

    # -- keys ----------------------------------------------------------------------------------

    def _settle_keys(self) -> None:
        """Gather the keys, learn which opens each older row, pick the key new rows get."""
        keys = self._keys

        def enough() -> bool:  # the sources after the first that opens every waiting row
            self._stamp_rows()  # are not asked (a keyring can be slow to answer)
            return self._count_unreadable() == 0

        keys.discover(enough)
        self._stamp_rows()
        with self._read() as db:
            wanted = [
                kid
                for (kid,) in db.execute(
                    f"SELECT key_id FROM checkins WHERE state IN ({_OPEN_SQL}) "
                    "AND payload IS NOT NULL AND key_id IS NOT NULL "
                    "GROUP BY key_id ORDER BY MAX(seq) DESC"
                )
            ]
        if not keys.ids and self._count_unreadable() == 0:
            with self._read() as db:
                (kept,) = db.execute(
                    "SELECT COUNT(*) FROM checkins WHERE payload IS NOT NULL"
                ).fetchone()
            if kept:
                log.warning("%d settled check-in(s) were stored with a key no source has", kept)
            if not keys.create():
                log.error("no outbox key, and none can be kept in: %s", keys.names())
        keys.choose(wanted)
        before, self._unreadable = self._unreadable, self._count_unreadable()
        if self._unreadable and self._unreadable != before:
            log.error(
                "%s (their key is in none of: %s)",
                unreadable_text(self._unreadable),
                keys.names(),
            )
        elif before and not self._unreadable:
            log.warning("the check-in store can be read again: %d check-in(s) will be sent", before)

    def _stamp_rows(self) -> None:
        """Record the key of rows stored before key ids were kept, where a known key opens
        them."""
        with self._read() as db:
            found = db.execute(
                "SELECT seq, payload FROM checkins WHERE key_id IS NULL AND payload IS NOT NULL"
            ).fetchall()
        stamps = [(kid, seq) for seq, token in found if (kid := self._keys.identify(token))]
        if stamps:
            try:
                with self._write() as db:
                    db.executemany("UPDATE checkins SET key_id = ? WHERE seq = ?", stamps)
            except StoreUnavailable as exc:
                if not full(exc):
                    raise

    def _readable(self) -> tuple[str, tuple[str, ...]]:
        """SQL condition (and its parameters): the row's key is known, or it has no payload."""
        ids = tuple(sorted(self._keys.ids))
        marks = ", ".join("?" for _ in ids)
        return f"(payload IS NULL OR COALESCE(key_id IN ({marks}), 0))", ids

    def _count_unreadable(self) -> int:
        condition, ids = self._readable()
        with self._read() as db:
            (count,) = db.execute(
                f"SELECT COUNT(*) FROM checkins WHERE state IN ({_OPEN_SQL}) AND NOT {condition}",
                ids,
            ).fetchone()
        return int(count)

    def _payload(self, row_id: str, unreadable: str) -> bytes:
        """The row's decrypted payload. `KeyError` if there is no such row,
        `PayloadUnavailable` (with `unreadable` as the reason) if it was erased or is damaged,
        `KeyMissing` if its key is not available."""
        with self._read() as db:
            found = db.execute(
                "SELECT payload, key_id FROM checkins WHERE id = ?", (row_id,)
            ).fetchone()
        if found is None:
            raise KeyError(row_id)
        if found[0] is None:
            raise PayloadUnavailable(f"outbox row {row_id}: personal data erased", unreadable)
        try:
            return self._keys.decrypt(bytes(found[0]), found[1])
        except DecryptError:
            raise PayloadUnavailable(f"outbox row {row_id}: payload damaged", unreadable) from None

    # -- identity ------------------------------------------------------------------------------

    def _note_identity(self) -> None:
        """Compare the file with the marker next to it; warn if it was replaced or emptied."""
        with self._read() as db:
            found = db.execute("SELECT value FROM meta WHERE name = 'store_id'").fetchone()
            note = db.execute("SELECT value FROM meta WHERE name = 'replaced_at'").fetchone()
            (rows,) = db.execute("SELECT COUNT(*) FROM checkins").fetchone()
        store_id = str(found[0]) if found is not None else uuid.uuid4().hex
        marker = storefile.read_marker(self._path)
        now = dt.datetime.now(dt.UTC)
        if marker is not None and marker.store != store_id:
            log.warning(
                "the outbox file was replaced or emptied outside the kiosk: rows may have been "
                "lost (it held %d check-in(s) when last seen)",
                marker.rows,
            )
            note = (timestamp(now),)
        if note is not None:
            self._replaced_at = dt.datetime.fromtimestamp(float(note[0]), dt.UTC)
        self._store_id = store_id
        try:
            with self._write() as db:
                db.execute("INSERT OR REPLACE INTO meta VALUES ('store_id', ?)", (store_id,))
                if note is not None:
                    db.execute("INSERT OR REPLACE INTO meta VALUES ('replaced_at', ?)", note)
            storefile.write_marker(self._path, Marker(store_id, int(rows)))
        except (StoreUnavailable, OSError) as exc:
            if full(exc):  # the rows are there to be sent: start, and say the disk is full
                return
            raise
