"""Where the kiosk's resource files (themes, styles, icons, fonts, translations) live.

Frozen builds (PyInstaller, packaging/kiosk.spec) carry them in ``sys._MEIPASS/resources``
(the bundle's ``_internal`` folder; inside a macOS .app, ``Contents/Frameworks`` links them from
``Contents/Resources``). A source checkout, which is what an editable install runs, keeps them
in the repository's ``resources/`` folder next to the ``kiosk`` package. A wheel does not
carry them.
"""

from __future__ import annotations

import sys
from pathlib import Path, PurePosixPath, PureWindowsPath


def resources_root() -> Path:
    """The folder holding every resource file of this installation."""
    frozen_root = getattr(sys, "_MEIPASS", None)
    if getattr(sys, "frozen", False) and frozen_root:
        return Path(frozen_root) / "resources"
    return Path(__file__).resolve().parents[2] / "resources"


def resource_path(*parts: str) -> Path:
    """The path of a resource, e.g. ``resource_path("themes", "default.toml")``.

    Raises:
        ValueError: a part is empty, absolute, or climbs out of the resources folder (``..``).
    """
    if not parts:
        raise ValueError("resource_path needs at least one path part")
    for part in parts:
        if not part:
            raise ValueError("empty resource path part")
        for flavour in (PurePosixPath(part), PureWindowsPath(part)):
            if flavour.is_absolute() or flavour.drive or flavour.root:
                raise ValueError(f"absolute resource path not allowed: {part!r}")
            if ".." in flavour.parts:
                raise ValueError(f"resource path may not contain '..': {part!r}")
    return resources_root().joinpath(*parts)
