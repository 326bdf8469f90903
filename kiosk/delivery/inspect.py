"""A look at an outbox without opening it for work (for `kiosk check-config`).

Reads the file read-only and takes no lock, so it works while the kiosk runs. Asks every key
source, creates nothing, and says how many check-ins wait and whether their keys are there.
"""

from __future__ import annotations

import contextlib
import shutil
import sqlite3
from dataclasses import dataclass, field
from pathlib import Path

from kiosk.delivery import storefile
from kiosk.delivery.keys import KeySource, StoreKeys
from kiosk.delivery.states import OPEN_STATES

LOW_SPACE = 5_000_000
"""Free bytes under which the data folder counts as full."""

_OPEN_SQL = ", ".join(f"'{s.value}'" for s in OPEN_STATES)


@dataclass
class StoreReport:
    """What an outbox holds and whether this kiosk can send it."""

    exists: bool
    waiting: int = 0
    unreadable: int = 0
    key_sources: list[str] = field(default_factory=list)
    sources_tried: str = ""
    replaced: bool = False
    problem: str | None = None


def inspect_store(path: Path, source: KeySource) -> StoreReport:
    """The state of the outbox at `path` with the keys `source` finds now."""
    keys = StoreKeys(source)
    keys.discover()
    report = StoreReport(exists=path.exists(), sources_tried=keys.names())
    report.problem = _space_problem(path)
    if not report.exists or path.stat().st_size == 0:
        return report
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    except sqlite3.Error as exc:
        report.problem = f"the outbox cannot be read ({exc})"
        return report
    try:
        found = conn.execute(
            f"SELECT key_id, payload FROM checkins WHERE state IN ({_OPEN_SQL}) "
            "AND payload IS NOT NULL"
        ).fetchall()
        with contextlib.suppress(sqlite3.Error):
            store = conn.execute("SELECT value FROM meta WHERE name = 'store_id'").fetchone()
            marker = storefile.read_marker(path)
            report.replaced = bool(store and marker and marker.store != store[0])
    except sqlite3.Error as exc:
        report.problem = f"the outbox cannot be read ({exc})"
        return report
    finally:
        conn.close()
    used: set[str] = set()
    for kid, token in found:
        opened = kid if kid in keys.ids else (keys.identify(token) if kid is None else None)
        if opened is None:
            report.unreadable += 1
        else:
            used.add(opened)
    report.waiting = len(found)
    report.key_sources = sorted({keys.origin(kid) for kid in used})
    return report


def _space_problem(path: Path) -> str | None:
    folder = path.parent
    while not folder.exists() and folder != folder.parent:
        folder = folder.parent
    if not folder.is_dir():
        return f"the data folder {path.parent} cannot be made ({folder} is not a folder)"
    try:
        free = shutil.disk_usage(folder).free
    except OSError:
        return None
    if free < LOW_SPACE:
        return f"no space left on the disk for check-ins ({free // 1000} kB free in {folder})"
    return None
