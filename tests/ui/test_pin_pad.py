"""The staff PIN pad shows every key's label whole, in Large text too (Delete and OK are
words, and long ones in some languages)."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QApplication

from kiosk.ui.main_window import KioskWindow
from tests.ui.conftest import PORTRAIT, show


def test_large_text_widens_the_pin_pad_rather_than_cut_delete_and_ok(
    window: KioskWindow, qtbot: Any
) -> None:
    show(window, qtbot, PORTRAIT)
    window.accessibility.set_large_text(True)
    pad = window.pin_pad
    pad.delete_button.setText("Eliminar")
    pad.ok_button.setText("Confirmar")
    pad.ask()
    QApplication.processEvents()
    for button in (pad.delete_button, pad.ok_button, *pad.digit_buttons):
        assert button.width() >= button.sizeHint().width(), button.text()
    assert window.rect().contains(pad.card.geometry())
