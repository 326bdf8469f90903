"""Logging set-up: stderr, and a rotating file in the platform's log folder.

Log lines carry the kiosk's state changes, Qminder errors and delivery events; never a
visitor's personal data and never the API key (tests/e2e/test_log.py reads the file after a
full check-in to make sure).
"""

from __future__ import annotations

import io
import logging
import logging.handlers
import os
import sys
from pathlib import Path

import platformdirs

APP_NAME = "qminder-kiosk"
LOG_FILE = "kiosk.shell.logs"
MAX_BYTES = 1_000_000
BACKUPS = 5
_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


FILE_MODE = 0o600
"""The log file is the kiosk user's alone, whatever the folder or the umask allow."""


class PrivateRotatingFileHandler(logging.handlers.RotatingFileHandler):
    """A rotating log whose files (the current one and each new one) are created 0600."""

    def _open(self) -> io.TextIOWrapper:
        fd = os.open(self.baseFilename, os.O_WRONLY | os.O_APPEND | os.O_CREAT, FILE_MODE)
        if hasattr(os, "fchmod"):
            os.fchmod(fd, FILE_MODE)  # an older, wider file is narrowed too
        return open(fd, "a", encoding=self.encoding, errors=self.errors)


def default_log_dir() -> Path:
    """Where the log file goes (e.g. ``~/.local/state/qminder-kiosk/log`` on Linux)."""
    return Path(platformdirs.user_log_dir(APP_NAME, appauthor=False))


def setup_logging(level: int = logging.INFO, log_dir: Path | None = None) -> Path | None:
    """Log to stderr and, given a folder, to a rotating file there; returns the file's path.

    A folder that cannot be created leaves logging on stderr alone (and says so there).
    """
    formatter = logging.Formatter(_FORMAT)
    handlers: list[logging.Handler] = [logging.StreamHandler(sys.stderr)]
    path: Path | None = None
    if log_dir is not None:
        try:
            log_dir.mkdir(parents=True, exist_ok=True)
            path = log_dir / LOG_FILE
            handlers.append(
                PrivateRotatingFileHandler(
                    path, maxBytes=MAX_BYTES, backupCount=BACKUPS, encoding="utf-8"
                )
            )
        except OSError as exc:
            sys.stderr.write(f"kiosk: cannot write the log in {log_dir} ({exc.strerror})\n")
            path = None
    root = logging.getLogger()
    for old in root.handlers:
        old.close()
    for handler in handlers:
        handler.setFormatter(formatter)
    root.handlers[:] = handlers
    root.setLevel(level)
    # httpx logs every request URL at INFO; keep it quiet unless debugging.
    for noisy in ("httpx", "httpcore", "aiohttp.access", "asyncio"):
        logging.getLogger(noisy).setLevel(max(level, logging.WARNING))
    return path
