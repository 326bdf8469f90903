"""pydantic without its mypy plugin and the pydantic.v1 compatibility layer (replaces the hook
from pyinstaller-hooks-contrib, which collects every submodule). The kiosk uses pydantic 2."""

from __future__ import annotations

from PyInstaller.utils.hooks import collect_submodules

hiddenimports = collect_submodules(
    "pydantic", filter=lambda name: not name.startswith(("pydantic.v1", "pydantic.mypy"))
)
