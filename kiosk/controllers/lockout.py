"""The admin PIN pad's lockout on disk, so that a restart or a crash-rebuild does not reset it.

One small JSON file in the kiosk's data folder, private to the kiosk's user (0600), written
atomically: ``{"wrong": <wrong PINs in a row>, "locked_until": <Unix time>}``. A file that
cannot be read or makes no sense (edited, corrupted, replaced by a link) counts as the
stricter state: the pad is locked for a full lockout period from now.
"""

from __future__ import annotations

import contextlib
import json
import logging
import math
import os
import stat
from dataclasses import dataclass
from pathlib import Path

import platformdirs

from kiosk.config.loading import APP_NAME

log = logging.getLogger("kiosk.admin")

FILE_NAME = "admin-lockout.json"
DEMO_FILE_NAME = "admin-lockout-demo.json"
_MAX_BYTES = 4096


def default_lockout_path(*, demo: bool = False) -> Path:
    """``<user data dir>/qminder-kiosk/admin-lockout.json`` (the demo keeps its own)."""
    folder = Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))
    return folder / (DEMO_FILE_NAME if demo else FILE_NAME)


@dataclass(frozen=True, slots=True)
class LockoutState:
    wrong: int = 0
    """Wrong PINs in a row since the last right one or the last lockout."""
    locked_until: float = 0.0
    """Unix time the pad opens again (0: not locked)."""


class Tampered(Exception):
    """The file is there but cannot be trusted."""


class LockoutFile:
    """Reads and writes the lockout state; never raises into the PIN check."""

    def __init__(self, path: Path) -> None:
        self.path = path

    def load(self, *, now: float, lockout_s: float, max_wrong: int) -> LockoutState:
        """The state on disk; a missing file is a clean state, a doubtful one a fresh lockout.

        A lock that ends later than one lockout period from `now` (the clock was turned back,
        or the file says so) is cut to one period: locked, but never for ever.
        """
        try:
            state = self._read(max_wrong)
        except FileNotFoundError:
            return LockoutState()
        except (Tampered, OSError) as exc:
            log.warning(
                "admin: the PIN lockout record %s cannot be trusted (%s); the pad is locked"
                " for %d s",
                self.path,
                exc if isinstance(exc, Tampered) else type(exc).__name__,
                lockout_s,
            )
            state = LockoutState(locked_until=now + lockout_s)
            self.save(state)
            return state
        if state.locked_until > now + lockout_s:
            state = LockoutState(state.wrong, now + lockout_s)
        return state

    def _read(self, max_wrong: int) -> LockoutState:
        flags = os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0)
        try:
            fd = os.open(self.path, flags)
        except OSError as exc:
            if isinstance(exc, FileNotFoundError):
                raise
            raise Tampered(f"cannot be opened: {type(exc).__name__}") from None
        with os.fdopen(fd, "rb") as file:
            info = os.fstat(file.fileno())
            if not stat.S_ISREG(info.st_mode):
                raise Tampered("not a regular file")
            if info.st_mode & 0o077:
                os.fchmod(file.fileno(), 0o600)  # protect it again; the content is checked below
            raw = file.read(_MAX_BYTES + 1)
        if len(raw) > _MAX_BYTES:
            raise Tampered("too large")
        try:
            data = json.loads(raw.decode("utf-8"))
        except (UnicodeDecodeError, ValueError):
            raise Tampered("not JSON") from None
        if not isinstance(data, dict) or set(data) != {"wrong", "locked_until"}:
            raise Tampered("unexpected content")
        wrong, until = data["wrong"], data["locked_until"]
        if type(wrong) is not int or not 0 <= wrong < max_wrong:
            raise Tampered("unexpected count")
        if type(until) not in (int, float) or not math.isfinite(until) or until < 0:
            raise Tampered("unexpected time")
        return LockoutState(wrong, float(until))

    def save(self, state: LockoutState) -> bool:
        """Write the state (0600, atomically); False, with a log line, when it cannot."""
        text = json.dumps({"wrong": state.wrong, "locked_until": state.locked_until})
        temporary = self.path.with_name(f".{self.path.name}.{os.getpid()}.tmp")
        try:
            self.path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
            with contextlib.suppress(FileNotFoundError):
                temporary.unlink()
            flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0)
            fd = os.open(temporary, flags, 0o600)
            with os.fdopen(fd, "w", encoding="utf-8") as file:
                file.write(text)
                file.flush()
                os.fsync(file.fileno())
            os.replace(temporary, self.path)
        except OSError as exc:
            log.warning(
                "admin: the PIN lockout cannot be saved in %s (%s); it holds until the kiosk stops",
                self.path.parent,
                type(exc).__name__,
            )
            with contextlib.suppress(OSError):
                temporary.unlink()
            return False
        return True
