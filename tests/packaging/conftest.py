"""Helpers for the packaging tests: the repository root and the modules under packaging/."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parents[2]


def load_packaging_module(name: str) -> ModuleType:
    """A module from packaging/ (not an importable package: PyInstaller loads it by path)."""
    spec = importlib.util.spec_from_file_location(
        f"_packaging_{name}", ROOT / "packaging" / f"{name}.py"
    )
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module
