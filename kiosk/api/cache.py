"""On-disk cache of the location's configuration, so the next start paints at once, even offline.

The file holds only what Qminder says about the location (lines, fields, languages): no
personal data. Writes are atomic (temporary file, fsync, rename), so a power cut leaves either
the old file or the new one.
"""

from __future__ import annotations

import json
import logging
import os
import re
import tempfile
from pathlib import Path

from pydantic import ValidationError

from kiosk.domain.models import Location, parse_location

log = logging.getLogger("kiosk.cache")

_SAFE = re.compile(r"[^A-Za-z0-9_.-]")


class LocationCache:
    """Reads and writes one location's configuration under `directory`."""

    def __init__(self, directory: Path) -> None:
        self._directory = directory

    def path(self, location_id: str) -> Path:
        return self._directory / f"location-{_SAFE.sub('_', location_id)}.json"

    def load(self, location_id: str) -> Location | None:
        """The cached configuration, or None when there is none or it is unreadable."""
        path = self.path(location_id)
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            location = parse_location(data)
        except FileNotFoundError:
            return None
        except (OSError, ValueError, ValidationError) as exc:
            log.warning("ignoring unreadable location cache %s: %s", path.name, type(exc).__name__)
            return None
        return location if location.id == location_id else None

    def save(self, location: Location) -> None:
        self._directory.mkdir(parents=True, exist_ok=True)
        data = location.model_dump(mode="json", by_alias=True)
        target = self.path(location.id)
        fd, tmp = tempfile.mkstemp(dir=self._directory, prefix=".location-", suffix=".tmp")
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as handle:
                json.dump(data, handle, ensure_ascii=False)
                handle.flush()
                os.fsync(handle.fileno())
            os.replace(tmp, target)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
