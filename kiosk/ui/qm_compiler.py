"""Turning Qt Linguist sources (``.ts``) into the binary catalogues Qt loads (``.qm``).

Standard library only: ``setup.py`` loads this file by path to build the catalogues at install
time, and the kiosk uses it at start-up when a catalogue is missing or older than its source.
The compiler is ``lrelease``, shipped inside the PySide6-Essentials wheel.
"""

from __future__ import annotations

import importlib.util
import shutil
import subprocess
from collections.abc import Iterable
from pathlib import Path

LRELEASE_TIMEOUT = 60.0
"""Seconds one ``lrelease`` run may take (it takes well under one)."""


def find_lrelease() -> Path | None:
    """The ``lrelease`` program: the one inside the installed PySide6, else one on PATH."""
    spec = importlib.util.find_spec("PySide6")
    if spec is not None and spec.submodule_search_locations:
        for folder in spec.submodule_search_locations:
            for name in ("lrelease", "lrelease.exe"):
                candidate = Path(folder) / name
                if candidate.is_file():
                    return candidate
    for name in ("pyside6-lrelease", "lrelease"):
        found = shutil.which(name)
        if found:
            return Path(found)
    return None


def is_stale(source: Path, catalogue: Path) -> bool:
    """True when `catalogue` is missing or older than its `source`."""
    try:
        return catalogue.stat().st_mtime < source.stat().st_mtime
    except FileNotFoundError:
        return True


def compile_catalogue(source: Path, catalogue: Path, lrelease: Path | None = None) -> bool:
    """Compile one ``.ts`` into `catalogue`; False (and no file) when it cannot be done."""
    program = lrelease or find_lrelease()
    if program is None or not source.is_file():
        return False
    catalogue.parent.mkdir(parents=True, exist_ok=True)
    try:
        done = subprocess.run(
            [str(program), "-silent", str(source), "-qm", str(catalogue)],
            capture_output=True,
            timeout=LRELEASE_TIMEOUT,
            check=False,
        )
    except (OSError, subprocess.SubprocessError):
        return False
    return done.returncode == 0 and catalogue.is_file()


def compile_folder(folder: Path, lrelease: Path | None = None) -> list[Path]:
    """Compile every stale ``*.ts`` in `folder` next to itself; returns the catalogues written."""
    return _compile_all(sorted(folder.glob("*.ts")), lrelease)


def _compile_all(sources: Iterable[Path], lrelease: Path | None) -> list[Path]:
    written: list[Path] = []
    for source in sources:
        catalogue = source.with_suffix(".qm")
        if is_stale(source, catalogue) and compile_catalogue(source, catalogue, lrelease):
            written.append(catalogue)
    return written
