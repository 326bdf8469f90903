"""The outbox's files on disk: private modes, the identity marker, and what a failed write means.

* SQLite gives its ``-wal`` and ``-shm`` files the mode of the database file, so the database
  file is made 0600 before SQLite first opens it; every file is narrowed to 0600 again after
  opening, whatever the folder's permissions or the process's umask were.
* The marker (``<outbox>.id``, next to the database) holds the store's identity and how many
  rows it held when last opened or closed. A database that comes back with another identity
  (emptied, truncated to 0 bytes, deleted or swapped for another file while the kiosk was not
  looking) is reported: check-ins kept in it may have been lost outside the kiosk.
* A write that fails because the disk is full or the folder cannot be written is a
  `StoreProblem`, which staff are shown; other database errors are not.
"""

from __future__ import annotations

import contextlib
import errno
import json
import logging
import os
import sqlite3
import tempfile
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from kiosk.delivery.errors import StoreUnavailable

log = logging.getLogger("kiosk.delivery")

PRIVATE = 0o600
COMPANIONS = ("-wal", "-shm", "-journal")
MARKER_SUFFIX = ".id"


class StoreProblem(StrEnum):
    """Why the outbox cannot take new check-ins right now (its rows are kept)."""

    FULL = "full"
    """No space left on the disk (or the store's size limit) for new rows."""
    UNWRITABLE = "unwritable"
    """The folder or file cannot be written (read-only, refused, input/output error)."""

    def describe(self) -> str:
        """A plain sentence for the log and `kiosk check-config` (English)."""
        if self is StoreProblem.FULL:
            return "no space left on the disk for check-ins"
        return "the check-in store cannot be written"


_FULL_CODES = {sqlite3.SQLITE_FULL}
_UNWRITABLE_CODES = {
    sqlite3.SQLITE_READONLY,
    sqlite3.SQLITE_IOERR,
    sqlite3.SQLITE_CANTOPEN,
    sqlite3.SQLITE_PERM,
}
_FULL_ERRNOS = {errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)}
_UNWRITABLE_ERRNOS = {
    errno.EACCES,
    errno.EPERM,
    errno.EROFS,
    errno.ENOTDIR,
    errno.EISDIR,
    errno.EEXIST,
    errno.EIO,
}


def problem_of(exc: BaseException) -> StoreProblem | None:
    """The store problem an exception from SQLite or the file system stands for, if any."""
    if isinstance(exc, sqlite3.Error):
        code = getattr(exc, "sqlite_errorcode", None)
        if isinstance(code, int):
            primary = code & 0xFF
            if primary in _FULL_CODES:
                return StoreProblem.FULL
            if primary in _UNWRITABLE_CODES:
                return StoreProblem.UNWRITABLE
        text = str(exc).lower()
        if "disk is full" in text:
            return StoreProblem.FULL
        if "readonly" in text or "unable to open" in text:
            return StoreProblem.UNWRITABLE
        return None
    if isinstance(exc, OSError):
        if exc.errno in _FULL_ERRNOS:
            return StoreProblem.FULL
        if exc.errno in _UNWRITABLE_ERRNOS or isinstance(exc, PermissionError):
            return StoreProblem.UNWRITABLE
    return None


def unreadable_text(count: int) -> str:
    return f"the check-in store cannot be read with this key: {count} check-ins waiting"


def full(exc: BaseException) -> bool:
    if isinstance(exc, StoreUnavailable):
        return exc.problem is StoreProblem.FULL
    return problem_of(exc) is StoreProblem.FULL


def cannot_write(path: Path, exc: BaseException) -> str:
    reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
    return f"the outbox folder {path.parent} cannot be written ({reason})"


def prepare(path: Path) -> None:
    """Make the folder (0700 when new) and the database file (0600) before SQLite opens it.

    Raises OSError when the folder or the file cannot be made.
    """
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    fd = os.open(path, os.O_RDWR | os.O_CREAT, PRIVATE)
    try:
        if hasattr(os, "fchmod"):
            os.fchmod(fd, PRIVATE)
    finally:
        os.close(fd)


def narrow(path: Path) -> None:
    """The database and its companion files readable by their owner only (where they exist)."""
    for candidate in (path, *(path.with_name(path.name + end) for end in COMPANIONS)):
        with contextlib.suppress(OSError):
            if candidate.stat().st_mode & 0o777 != PRIVATE:
                os.chmod(candidate, PRIVATE)


@dataclass(frozen=True, slots=True)
class Marker:
    """What the kiosk last knew of its store: its identity and its row count."""

    store: str
    rows: int


def marker_path(path: Path) -> Path:
    return path.with_name(path.name + MARKER_SUFFIX)


def read_marker(path: Path) -> Marker | None:
    """The marker next to the database at `path`; None if there is none or it is unreadable."""
    try:
        data = json.loads(marker_path(path).read_text("utf-8"))
        return Marker(store=str(data["store"]), rows=int(data["rows"]))
    except FileNotFoundError:
        return None
    except (OSError, ValueError, KeyError, TypeError) as exc:
        log.warning("the outbox's marker file cannot be read (%s)", type(exc).__name__)
        return None


def write_marker(path: Path, marker: Marker) -> None:
    """Replace the marker atomically (0600). Raises OSError when the folder cannot be written."""
    target = marker_path(path)
    fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=".marker-", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            json.dump({"store": marker.store, "rows": marker.rows}, handle)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, target)
    finally:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)
