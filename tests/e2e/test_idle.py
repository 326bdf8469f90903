"""A visitor who walks away is warned, then forgotten completely."""

from __future__ import annotations

from pathlib import Path

import pytest
import qasync
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractButton, QLabel, QLineEdit, QWidget
from pytestqt.qtbot import QtBot

from kiosk.api.client import QminderClient
from kiosk.controllers.idle import IdleController
from kiosk.sandbox.seed import (
    FIELD_CONTACT,
    FIELD_EMAIL,
    FIELD_FIRST_NAME,
    FIELD_LAST_NAME,
    FIELD_PHONE,
    FIELD_REASON,
    LINE_GENERAL,
    OPTION_SMS,
)
from kiosk.shell.wiring import Kiosk
from tests.e2e.driver import choose, running_kiosk, tap, type_into

pytestmark = pytest.mark.e2e

LEFT = Qt.MouseButton.LeftButton
VISITOR = {
    FIELD_FIRST_NAME: "Zenobia",
    FIELD_LAST_NAME: "Quartermaine",
    FIELD_PHONE: "+372 5987 6543",
    FIELD_EMAIL: "zenobia@example.org",
}
REASON = "Lost my passport in Tartu"
TRACES = ["Zenobia", "Quartermaine", "5987", "59876543", "zenobia@example.org", "Tartu"]


def fast_idle() -> IdleController:
    """Idle after 0.3 s; the 20-step countdown runs at 15 ms a step."""
    return IdleController(0.3, 20, tick_ms=15)


def fill_in_everything(kiosk: Kiosk, qtbot: QtBot) -> None:
    window = kiosk.window
    tap(window.welcome, "Español", qtbot)
    tap(window.service, dict(kiosk.visit.lines())[LINE_GENERAL], qtbot)
    for field_id, value in VISITOR.items():
        type_into(window.details.field_widget(field_id), value, qtbot)  # type: ignore[arg-type]
    qtbot.mouseClick(window.details.primary_button, LEFT)
    assert window.current_screen() is window.questions
    type_into(window.questions.field_widget(FIELD_REASON), REASON, qtbot)  # type: ignore[arg-type]
    assert kiosk.visit.form is not None
    spec = kiosk.visit.form.field(FIELD_CONTACT)
    assert spec is not None
    sms = next(o.label for o in spec.options if o.id == OPTION_SMS)
    choose(window.questions.field_widget(FIELD_CONTACT), [sms], qtbot)  # type: ignore[arg-type]


def every_text(root: QWidget) -> list[str]:
    texts: list[str] = []
    for widget in [root, *root.findChildren(QWidget)]:
        texts += [widget.accessibleName(), widget.accessibleDescription(), widget.toolTip()]
        if isinstance(widget, QLineEdit):
            texts += [widget.text(), widget.placeholderText()]
        elif isinstance(widget, QLabel | QAbstractButton):
            texts.append(widget.text())
    return texts


def test_walking_away_warns_then_forgets_the_visitor(
    live_client: QminderClient, tmp_path: Path, qtbot: QtBot, qloop: qasync.QEventLoop
) -> None:
    with running_kiosk(live_client, tmp_path, qtbot, qloop, idle=fast_idle()) as kiosk:
        window = kiosk.window
        fill_in_everything(kiosk, qtbot)
        assert any("Zenobia" in t for t in every_text(window)), "the test must see the name"

        qtbot.waitUntil(window.idle_overlay.isVisible, timeout=5_000)
        assert kiosk.idle.seconds_left >= 1
        qtbot.waitUntil(lambda: window.current_screen() is window.welcome, timeout=5_000)

        assert not window.idle_overlay.isVisible()
        assert kiosk.visit.answers == {}
        assert kiosk.visit.language == "en"
        leftovers = [t for t in every_text(window) for trace in TRACES if trace in t]
        assert leftovers == []
        selected = [b.text() for b in window.findChildren(QAbstractButton) if b.isChecked()]
        assert selected == []


def test_touching_during_the_warning_continues_the_visit(
    live_client: QminderClient, tmp_path: Path, qtbot: QtBot, qloop: qasync.QEventLoop
) -> None:
    idle = IdleController(0.3, 20, tick_ms=100)
    with running_kiosk(live_client, tmp_path, qtbot, qloop, idle=idle) as kiosk:
        window = kiosk.window
        fill_in_everything(kiosk, qtbot)
        qtbot.waitUntil(window.idle_overlay.isVisible, timeout=5_000)
        overlay_text = window.idle_overlay.count_label.text()
        assert any(ch.isdigit() for ch in overlay_text), overlay_text
        qtbot.mouseClick(window.idle_overlay, LEFT, pos=QPoint(5, 5))
        assert not window.idle_overlay.isVisible()
        assert window.current_screen() is window.questions
        field = window.questions.field_widget(FIELD_REASON)
        assert field is not None
        assert field.value() == REASON


def test_no_warning_on_the_welcome_screen(
    live_client: QminderClient, tmp_path: Path, qtbot: QtBot, qloop: qasync.QEventLoop
) -> None:
    with running_kiosk(live_client, tmp_path, qtbot, qloop, idle=fast_idle()) as kiosk:
        qtbot.wait(600)
        assert not kiosk.window.idle_overlay.isVisible()
        assert not kiosk.idle.armed


def test_input_arriving_at_the_window_keeps_the_visit_alive(
    live_client: QminderClient, tmp_path: Path, qtbot: QtBot, qloop: qasync.QEventLoop
) -> None:
    with running_kiosk(live_client, tmp_path, qtbot, qloop, idle=fast_idle()) as kiosk:
        window = kiosk.window
        tap(window.welcome, "English", qtbot)
        handle = window.windowHandle()
        assert handle is not None
        for _ in range(8):  # 8 x 0.1 s: longer than the 0.3 s timeout, but never idle
            QTest.mouseClick(handle, LEFT, Qt.KeyboardModifier.NoModifier, QPoint(5, 400))
            qtbot.wait(100)
            assert not window.idle_overlay.isVisible()
        qtbot.waitUntil(window.idle_overlay.isVisible, timeout=5_000)
