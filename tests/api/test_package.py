"""The package's public names, and what it must never import."""

from __future__ import annotations

import ast
from pathlib import Path

import kiosk.api

API_DIR = Path(kiosk.api.__file__).parent
FORBIDDEN = ("kiosk.sandbox", "kiosk.ui", "kiosk.controllers", "PySide6", "qasync", "aiohttp")


def test_all_is_unique_and_resolvable() -> None:
    names = kiosk.api.__all__
    assert len(set(names)) == len(names)
    for name in names:
        assert getattr(kiosk.api, name) is not None


def test_no_forbidden_imports() -> None:
    for path in sorted(API_DIR.glob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Import):
                modules = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom):
                modules = [node.module or ""]
            else:
                continue
            for module in modules:
                assert not module.startswith(FORBIDDEN), f"{path.name} imports {module}"
