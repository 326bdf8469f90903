"""Welcome's code to join on the phone takes no room from the language buttons."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QRect
from pytestqt.qtbot import QtBot

from kiosk.ui.main_window import KioskWindow
from kiosk.ui.widgets.qr_code import MIN_PIXELS
from tests.ui.conftest import LANDSCAPE, LANGUAGES, PORTRAIT

URL = "https://visit.example.com/city-service-centre"


@pytest.mark.parametrize("size", [LANDSCAPE, PORTRAIT], ids=["landscape", "portrait"])
def test_the_code_and_every_language_button_fit(qtbot: QtBot, size: tuple[int, int]) -> None:
    window = KioskWindow()
    qtbot.addWidget(window)
    window.set_location_name("City Service Centre")
    welcome = window.welcome
    welcome.set_languages(LANGUAGES)
    welcome.set_remote_join_url(URL)
    window.show_screen(welcome)
    window.resize(*size)
    window.show()
    qtbot.waitExposed(window)
    qtbot.wait(50)
    grid = welcome.grid
    assert grid.height() >= grid.heightForWidth(grid.width())
    code = welcome.remote_join.code
    assert code.isVisible()
    assert min(code.width(), code.height()) >= MIN_PIXELS
    where = QRect(code.mapTo(window, QPoint(0, 0)), code.size())
    assert not where.intersects(QRect(grid.mapTo(window, QPoint(0, 0)), grid.size()))
