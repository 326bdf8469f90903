"""The shipped fonts are used for every language; other scripts fall back to system fonts."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QFontDatabase, QTextLayout
from PySide6.QtWidgets import QApplication

from kiosk.ui.fonts import register_fonts


def fonts_used(text: str) -> dict[str, bool]:
    """Family → whether every glyph it drew exists, for `text` in the application font."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    layout = QTextLayout(text, app.font())
    layout.beginLayout()
    layout.createLine().setLineWidth(10_000.0)
    layout.endLayout()
    used: dict[str, bool] = {}
    for run in layout.glyphRuns():
        family = run.rawFont().familyName()
        used[family] = used.get(family, True) and 0 not in run.glyphIndexes()
    return used


def test_the_shipped_families_are_registered() -> None:
    families = register_fonts()
    assert {"Noto Sans", "Noto Sans Arabic"} <= set(families)
    assert QApplication.font().families()[:2] == ["Noto Sans", "Noto Sans Arabic"]


@pytest.mark.parametrize(
    ("text", "family"),
    [
        ("Õnne Šmidt", "Noto Sans"),
        ("Жанна Ёлкина", "Noto Sans"),
        ("محمد العلي", "Noto Sans Arabic"),
    ],
)
def test_every_shipped_language_uses_the_shipped_fonts(text: str, family: str) -> None:
    used = fonts_used(text.replace(" ", ""))
    assert used == {family: True}


@pytest.mark.parametrize(
    "name",
    ["Ελένη Παπαδοπούλου", "יעל כהן", "王小明"],
    ids=["greek", "hebrew", "chinese"],
)
def test_a_name_in_another_script_still_displays(name: str) -> None:
    if name == "王小明" and not QFontDatabase.families(
        QFontDatabase.WritingSystem.SimplifiedChinese
    ):
        pytest.skip("no Chinese font on this machine (CI installs fonts-wqy-microhei)")
    used = fonts_used(name)
    assert used, name
    assert all(used.values()), f"missing glyphs in {used}"
