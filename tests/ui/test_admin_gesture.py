"""The hidden admin gesture: enough taps, in the right corner, quickly enough."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest

from kiosk.ui.admin.gesture import CornerTaps
from kiosk.ui.main_window import KioskWindow


class Clock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


def setup(
    qtbot: Any, corner: str = "top-left"
) -> tuple[KioskWindow, CornerTaps, Clock, list[bool]]:
    window = KioskWindow()
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    clock = Clock()
    gesture = CornerTaps(window, taps=5, seconds=3.0, corner=corner, clock=clock)
    handle = window.windowHandle()
    assert handle is not None
    handle.installEventFilter(gesture)
    seen: list[bool] = []
    gesture.triggered.connect(lambda: seen.append(True))
    return window, gesture, clock, seen


def tap(window: KioskWindow, at: QPoint) -> None:
    handle = window.windowHandle()
    assert handle is not None
    QTest.mouseClick(handle, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, at)


def test_five_quick_taps_in_the_corner(qtbot: Any) -> None:
    window, _gesture, clock, seen = setup(qtbot)
    for _ in range(5):
        clock.now += 0.4
        tap(window, QPoint(10, 10))
    assert seen == [True]


def test_taps_spread_over_more_than_the_time_do_nothing(qtbot: Any) -> None:
    window, _gesture, clock, seen = setup(qtbot)
    for _ in range(5):
        clock.now += 0.9  # 3.6 s from the first to the fifth
        tap(window, QPoint(10, 10))
    assert seen == []
    clock.now += 0.9
    tap(window, QPoint(10, 10))  # the last five now fall within 3.6 s: still too slow
    assert seen == []


@pytest.mark.parametrize(
    ("corner", "inside", "outside"),
    [
        ("top-left", QPoint(5, 5), QPoint(1270, 5)),
        ("bottom-right", QPoint(1275, 795), QPoint(5, 5)),
    ],
)
def test_only_the_configured_corner_counts(
    qtbot: Any, corner: str, inside: QPoint, outside: QPoint
) -> None:
    window, _gesture, clock, seen = setup(qtbot, corner)
    for _ in range(5):
        clock.now += 0.1
        tap(window, outside)
    assert seen == []
    for _ in range(5):
        clock.now += 0.1
        tap(window, inside)
    assert seen == [True]


def test_an_unknown_corner_is_refused(qtbot: Any) -> None:
    window = KioskWindow()
    qtbot.addWidget(window)
    with pytest.raises(ValueError, match="corner"):
        CornerTaps(window, corner="middle")
