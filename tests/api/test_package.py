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


def test_the_first_window_loads_no_client_loop_or_outbox() -> None:
    """Start-up paints Welcome before the HTTP client, the event loop and the outbox's
    cryptography are imported (kiosk/shell/first_window.py); an import here would undo that."""
    import subprocess
    import sys

    probe = (
        "import sys, kiosk.cli, kiosk.shell.first_window, kiosk.config.loading;"
        "print(sorted(m for m in ('httpx', 'qasync', 'cryptography', 'kiosk.shell.run', "
        "'kiosk.shell.wiring', 'kiosk.delivery') if m in sys.modules))"
    )
    done = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, timeout=60, check=True
    )
    assert done.stdout.strip() == "[]", done.stdout + done.stderr
