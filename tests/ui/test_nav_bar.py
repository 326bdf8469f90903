"""The bottom bar never cuts a label: Start over takes a row of its own where the three buttons
do not fit side by side (a portrait screen in Large text, a long translation)."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QApplication

from kiosk.ui.widgets.nav_bar import NavBar


def bar(qtbot: Any, width: int) -> NavBar:
    made = NavBar()
    qtbot.addWidget(made)
    made.start_over_button.setText("Empezar de nuevo desde el principio")
    made.back_button.setText("Volver atrás")
    made.set_primary_text("Continuar al siguiente paso")
    made.resize(width, 200)
    made.show()
    QApplication.processEvents()
    return made


def whole(made: NavBar) -> bool:
    buttons = (made.start_over_button, made.back_button, made.primary_button)
    return all(b.width() >= b.sizeHint().width() for b in buttons)


def test_where_the_buttons_fit_they_share_one_row(qtbot: Any) -> None:
    made = bar(qtbot, 1600)
    assert made.start_over_button.y() == made.primary_button.y()
    assert whole(made)


def test_where_they_do_not_start_over_takes_a_row_of_its_own_and_nothing_is_cut(
    qtbot: Any,
) -> None:
    made = bar(qtbot, 700)
    assert made.start_over_button.geometry().bottom() < made.primary_button.y()
    assert whole(made)
    made.resize(1600, 200)  # room again: one row
    QApplication.processEvents()
    assert made.start_over_button.y() == made.primary_button.y()
