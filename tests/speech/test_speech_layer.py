"""Audio guidance imports only the Qt modules a view needs, and no screens."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.test_layers import PACKAGE, imported_modules

ALLOWED_QT = {"PySide6.QtCore", "PySide6.QtGui", "PySide6.QtWidgets", "PySide6.QtTextToSpeech"}
ALLOWED_QT_BY_FILE = {"outputs.py": {"PySide6.QtMultimedia"}}
SOURCES = sorted((PACKAGE / "speech").glob("*.py"))


@pytest.mark.parametrize("path", SOURCES, ids=lambda p: p.name)
def test_speech_uses_few_qt_modules_and_no_screens(path: Path) -> None:
    modules = set(imported_modules(path))
    qt = {".".join(m.split(".")[:2]) for m in modules if m.startswith("PySide6.")}
    allowed = ALLOWED_QT | ALLOWED_QT_BY_FILE.get(path.name, set())
    assert qt <= allowed, f"{path.name} imports {sorted(qt - allowed)}"
    kiosk = {m for m in modules if m.startswith("kiosk.") and not m.startswith("kiosk.speech")}
    # The catalogues, and the texts a screen gives speech (`Phrase`, which screens build).
    assert {m.rsplit(".", 1)[0] if m.count(".") > 2 else m for m in kiosk} <= {
        "kiosk.ui.translations",
        "kiosk.ui.spoken",
    }, f"{path.name} imports {sorted(kiosk)}"


def test_the_rule_sees_the_speech_package() -> None:
    assert len(SOURCES) >= 8
