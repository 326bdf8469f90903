"""An exclusive lock on a file, held while one process owns the outbox.

Two senders draining the same outbox could each send a row, so `Outbox.open` takes this lock
and a second opener fails at once. The operating system releases it when the process ends,
however it ends (SIGKILL, crash, power loss), so a stale lock never blocks a restart.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from kiosk.delivery.errors import LockedError


class FileLock:
    """A non-blocking exclusive lock on `path` (created if missing)."""

    def __init__(self, path: Path) -> None:
        self._path = path
        self._fd: int | None = None

    @property
    def held(self) -> bool:
        return self._fd is not None

    def acquire(self) -> None:
        """Take the lock or raise `LockedError`."""
        if self._fd is not None:
            raise RuntimeError("lock already held by this object")
        fd = os.open(self._path, os.O_RDWR | os.O_CREAT, 0o600)
        try:
            _lock(fd)
        except OSError:
            os.close(fd)
            raise LockedError(f"{self._path.name} is locked by another process") from None
        self._fd = fd

    def release(self) -> None:
        """Give the lock up; harmless when not held."""
        fd, self._fd = self._fd, None
        if fd is not None:
            _unlock(fd)
            os.close(fd)


if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
    import msvcrt

    def _lock(fd: int) -> None:
        msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)

    def _unlock(fd: int) -> None:
        os.lseek(fd, 0, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _lock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)

    def _unlock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)
