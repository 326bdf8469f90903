"""Import rules import-linter cannot express: which Qt modules each layer may use."""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "kiosk"


def imported_modules(path: Path) -> Iterator[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield alias.name
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            yield node.module
            for alias in node.names:
                yield f"{node.module}.{alias.name}"


def sources(layer: str) -> list[Path]:
    return sorted((PACKAGE / layer).rglob("*.py"))


@pytest.mark.parametrize("path", sources("controllers"), ids=lambda p: p.name)
def test_controllers_use_qtcore_only(path: Path) -> None:
    qt = {m for m in imported_modules(path) if m.startswith("PySide6.")}
    allowed = {m for m in qt if m == "PySide6.QtCore" or m.startswith("PySide6.QtCore.")}
    assert qt == allowed, f"{path.name} imports {sorted(qt - allowed)}"


@pytest.mark.parametrize("path", sources("ui"), ids=lambda p: p.name)
def test_widgets_start_no_asyncio_tasks(path: Path) -> None:
    assert "asyncio" not in set(imported_modules(path)), f"{path.name} imports asyncio"


def test_the_rules_see_every_layer() -> None:
    assert sources("controllers"), "no controllers found: the rule would pass vacuously"
    assert sources("ui"), "no widgets found: the rule would pass vacuously"
