"""The configuration's layers, and where each value came from.

Lowest to highest priority (each optional): the defaults → the user's ``kiosk.toml`` → the
system-wide files → the environment → managed policy (`kiosk.config.policy`). The OS keyring
fills in the API key and the PIN hash when no layer sets them.

System-wide files are what Ansible, Puppet or an installer write, so a fleet is configured
without touching the user's file:

- Linux (and other XDG systems): ``kiosk.toml`` and then ``kiosk.d/*.toml`` (in name order) in
  ``qminder-kiosk/`` under each folder of ``$XDG_CONFIG_DIRS`` (default ``/etc/xdg``). The
  first folder of that list is the most important one, so it is read last.
- Windows: the same files in ``%ProgramData%\\qminder-kiosk\\``.
- macOS: the same files in ``/Library/Application Support/qminder-kiosk/``.

A later file wins over an earlier one key by key (a table such as ``welcome_text`` is replaced
whole, not merged). No Qt here.
"""

from __future__ import annotations

import os
import re
import sys
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path, PurePath, PureWindowsPath
from typing import Any

APP_FOLDER = "qminder-kiosk"
MAIN_FILE = "kiosk.toml"
DROP_IN_FOLDER = "kiosk.d"


@dataclass(frozen=True, slots=True)
class Layer:
    """Values from one source, and for each key a phrase naming where it was set."""

    name: str
    values: Mapping[str, Any] = field(default_factory=dict)
    origins: Mapping[str, str] = field(default_factory=dict)

    def __bool__(self) -> bool:
        return bool(self.values)


def merge(layers: Iterable[Layer], name: str) -> Layer:
    """One layer from several, later ones winning key by key."""
    values: dict[str, Any] = {}
    origins: dict[str, str] = {}
    for layer in layers:
        values.update(layer.values)
        origins.update(layer.origins)
    return Layer(name, values, origins)


# -- system-wide folders -----------------------------------------------------------------------


def system_config_dirs(
    platform: str | None = None, environ: Mapping[str, str] | None = None
) -> list[PurePath]:
    """The system-wide configuration folders, least important first."""
    platform = sys.platform if platform is None else platform
    environ = os.environ if environ is None else environ
    if platform == "win32":
        base = environ.get("ProgramData") or environ.get("PROGRAMDATA") or r"C:\ProgramData"
        return [PureWindowsPath(base) / APP_FOLDER]
    if platform == "darwin":
        return [Path("/Library/Application Support") / APP_FOLDER]
    listed = [d for d in (environ.get("XDG_CONFIG_DIRS") or "").split(":") if d.strip()]
    folders = listed or ["/etc/xdg"]
    return [Path(folder) / APP_FOLDER for folder in reversed(folders)]


def system_files(dirs: Sequence[PurePath]) -> list[Path]:
    """The files that exist in those folders, in the order they are read (later wins)."""
    found: list[Path] = []
    for folder in dirs:
        base = Path(folder)
        main = base / MAIN_FILE
        if main.is_file():
            found.append(main)
        drop_ins = base / DROP_IN_FOLDER
        if drop_ins.is_dir():
            found.extend(sorted(p for p in drop_ins.glob("*.toml") if p.is_file()))
    return found


# -- where a key is written --------------------------------------------------------------------


def key_line(text: str, key: str) -> int | None:
    """The line (from 1) where a top-level key or table is set in a TOML text, if found."""
    pattern = re.compile(
        rf"""^\s*(?:{re.escape(key)}|"{re.escape(key)}"|'{re.escape(key)}')\s*=|"""
        rf"""^\s*\[\s*(?:{re.escape(key)}|"{re.escape(key)}")\s*\]"""
    )
    section = False
    for number, line in enumerate(text.splitlines(), start=1):
        if pattern.match(line) and (not section or line.lstrip().startswith("[")):
            return number
        if re.match(r"^\s*\[", line):
            section = True
    return None


def file_layer(path: Path, values: Mapping[str, Any], name: str = "file") -> Layer:
    """A file's values, each origin naming the file and the line of its key."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        text = ""
    origins = {}
    for key in values:
        line = key_line(text, key)
        origins[key] = f"{path}, line {line}" if line else str(path)
    return Layer(name, dict(values), origins)


def environment_origins(names: Mapping[str, str], environ: Mapping[str, str]) -> dict[str, str]:
    """For each setting set in the environment (`names`: setting → variable), the variable."""
    return {
        key: f"environment variable {variable}"
        for key, variable in names.items()
        if environ.get(variable)
    }
