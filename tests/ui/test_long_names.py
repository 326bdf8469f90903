"""A 300-letter name without a space (a line or an option) never hides the other choices or
the way on: it is wrapped, broken where it must be and cut with "…", whole in its accessible
name."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import QApplication, QWidget

from kiosk.domain.form import FieldKind
from kiosk.ui.main_window import KioskWindow
from kiosk.ui.widgets.choice_fields import ChoiceFieldWidget
from kiosk.ui.widgets.touch_button import TouchButton
from tests.ui.conftest import LANDSCAPE, PORTRAIT, form, show, spec

LONG = ("Reisepassverlängerungsantragsformular" * 10)[:300]
SIZES = pytest.mark.parametrize("size", [LANDSCAPE, PORTRAIT], ids=["landscape", "portrait"])


def on_screen(widget: QWidget, window: QWidget) -> bool:
    """Visible and wholly inside the window (and inside every scroll viewport around it)."""
    if not widget.isVisible():
        return False
    place = QRect(widget.mapTo(window, QPoint(0, 0)), widget.size())
    if not window.rect().contains(place):
        return False
    parent = widget.parentWidget()
    while parent is not None and parent is not window:
        if parent.objectName() == "qt_scrollarea_viewport":
            view = QRect(parent.mapTo(window, QPoint(0, 0)), parent.size())
            if not view.contains(place):
                return False
        parent = parent.parentWidget()
    return True


def text_stays_inside(button: TouchButton) -> bool:
    """The drawn lines fit the button's text area, across and down."""
    shown = button.shown_text()
    metrics = button.fontMetrics()
    widest = max(metrics.horizontalAdvance(line) for line in shown.split("\n"))
    return widest <= button.width() and button.heightForWidth(button.width()) <= button.height()


def window_at(qtbot: Any, size: tuple[int, int]) -> KioskWindow:
    window = KioskWindow()
    qtbot.addWidget(window)
    window.set_location_name(LONG)
    show(window, qtbot, size)
    return window


@SIZES
def test_a_long_line_name_leaves_every_other_service_on_screen(
    qtbot: Any, size: tuple[int, int]
) -> None:
    window = window_at(qtbot, size)
    lines = [("l1", LONG), ("l2", "General"), ("l3", "Residence permits"), ("l4", "Taxes")]
    window.service.set_lines(lines)
    window.show_screen(window.service)
    QApplication.processEvents()
    buttons = window.service.buttons
    assert all(on_screen(b, window) for b in buttons.values())
    assert on_screen(window.service.nav.back_button, window)
    long = buttons["l1"]
    assert text_stays_inside(long)
    assert long.shown_text().endswith("…")
    assert long.accessibleName() == LONG
    with qtbot.waitSignal(window.service.line_chosen) as chosen:
        qtbot.mouseClick(buttons["l4"], Qt.MouseButton.LeftButton)
    assert chosen.args == ["l4"]


@SIZES
def test_a_required_question_with_a_long_option_can_still_be_answered(
    qtbot: Any, size: tuple[int, int]
) -> None:
    window = window_at(qtbot, size)
    question = spec(
        "reason",
        FieldKind.SINGLE_SELECT,
        "What is your visit about?",
        required=True,
        options=(LONG, "Renew ID card", "Collect a document"),
    )
    window.questions.set_form(form(questions=(question,)), "EE")
    window.show_screen(window.questions)
    QApplication.processEvents()
    field = window.questions.field_widget("reason")
    assert isinstance(field, ChoiceFieldWidget)
    assert all(on_screen(b, window) for b in field.buttons.values())
    long = field.buttons["reason-0"]
    assert text_stays_inside(long)
    assert long.accessibleName() == LONG
    qtbot.mouseClick(field.buttons["reason-2"], Qt.MouseButton.LeftButton)
    assert field.value() == "reason-2"
    primary = window.questions.nav.primary_button
    assert on_screen(primary, window)
    assert primary.isEnabled()


@SIZES
def test_a_long_line_or_location_name_does_not_widen_the_ticket_or_the_header(
    qtbot: Any, size: tuple[int, int]
) -> None:
    window = window_at(qtbot, size)
    window.set_demo(True, "1234")
    window.ticket.show_ticket("A-42", LONG, "Ada", None)
    window.ticket.stop_countdown()
    window.show_screen(window.ticket)
    QApplication.processEvents()
    assert window.minimumSizeHint().width() <= size[0]
    for widget in (
        window.ticket.line_label,
        window.ticket.number_label,
        window.ticket.done_button,
        window.demo_badge,
        window.accessibility_button,
        window.location_label,
    ):
        assert on_screen(widget, window), widget
    assert window.ticket.line_label.accessibleName() == LONG
    assert window.location_label.accessibleName() == LONG
