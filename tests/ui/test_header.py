"""The header finds room for every text: the badge moves under the name, the Accessibility
button's label takes two lines between its words, a long location name wraps before it is
cut; the kiosk's own words are never cut."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from kiosk.ui.accessibility import AccessibilityOptions
from kiosk.ui.main_window import KioskWindow
from kiosk.ui.theme import active_theme
from kiosk.ui.widgets.header_bar import HeaderLayout
from kiosk.ui.widgets.header_shapes import BadgePlace, Pieces, choose
from kiosk.ui.widgets.touch_button import TouchButton
from tests.ui.conftest import LANDSCAPE, PORTRAIT, show

RUSSIAN_BUTTON = "Специальные возможности"
TWO_LINE_NAME = "Tallinna Linnavalitsuse Teeninduskeskus, Lasnamäe osakond"


def pieces(room: int, **widths: tuple[int, ...]) -> Pieces:
    """A header `room` pixels wide holding a name, a badge and a button of these widths on
    one and two lines."""
    return Pieces(
        room=room,
        spacing=10,
        logo=0,
        name=widths.get("name", (200, 120)),
        badge=widths.get("badge", (300, 160)),
        button=widths.get("button", (300, 170)),
        shortest_name=60,
    )


def test_everything_on_one_row_when_it_fits() -> None:
    plan = choose(pieces(1000))
    assert plan.shape.badge is BadgePlace.BESIDE
    assert (plan.shape.badge_lines, plan.shape.button_lines) == (1, 1)
    assert plan.name >= 200
    assert not plan.cut_name


def test_the_badge_takes_two_lines_then_moves_under_the_name() -> None:
    two_lines = choose(pieces(700))
    assert (two_lines.shape.badge, two_lines.shape.badge_lines) == (BadgePlace.BESIDE, 2)
    under = choose(pieces(620))
    assert (under.shape.badge, under.shape.badge_lines) == (BadgePlace.UNDER_NAME, 1)
    assert under.shape.button_lines == 1


def test_the_button_takes_two_lines_before_the_badge_gets_a_row_of_its_own() -> None:
    wrapped = choose(pieces(460))
    assert wrapped.shape.button_lines == 2
    assert wrapped.shape.badge is BadgePlace.UNDER_NAME
    own_row = choose(pieces(400, badge=(380, 330)))
    assert own_row.shape.badge is BadgePlace.OWN_ROW
    assert own_row.badge <= 400
    assert not own_row.cut_name


def test_a_name_too_long_for_every_shape_is_cut_with_the_most_room_the_kiosk_can_give() -> None:
    plan = choose(pieces(1000, name=(5000, 2600)))
    assert plan.cut_name
    # The button's two-line label leaves the name more room than any one-line shape.
    assert plan.shape.button_lines == 2
    assert plan.name == 1000 - 170 - 10
    assert (plan.badge, plan.button) == (300, 170)  # the kiosk's own words stay whole


def test_without_a_badge_a_long_name_wraps_before_the_button_does() -> None:
    plan = choose(pieces(560, name=(400, 220), badge=()))
    assert (plan.shape.name_lines, plan.shape.button_lines) == (2, 1)
    assert plan.badge == 0
    assert plan.name == 220  # balanced lines, not one long and one short


@pytest.mark.parametrize(
    ("label", "lines"), [(RUSSIAN_BUTTON, 2), ("Accesibilidad", 1), ("Accessibility", 1)]
)
def test_a_button_at_its_width_for_two_lines_breaks_between_words_only(
    qtbot: Any, label: str, lines: int
) -> None:
    button = TouchButton(label, wrap=True)
    qtbot.addWidget(button)
    show(button, qtbot, (600, 200))
    for focused in (False, True):  # the focus ring may be thicker than the border
        if focused:
            button.setFocus(Qt.FocusReason.TabFocusReason)
        button.resize(button.width_for_lines(2), button.heightForWidth(button.width()))
        QApplication.processEvents()
        assert button.shown_text().split("\n") == (label.split() if lines == 2 else [label]), (
            focused
        )
        assert button.width() >= active_theme().size.touch_min


def test_a_long_location_name_takes_two_lines_before_it_is_cut(
    window: KioskWindow, qtbot: Any
) -> None:
    window.set_location_name(TWO_LINE_NAME)
    show(window, qtbot, PORTRAIT)
    window.show_screen(window.service)
    QApplication.processEvents()
    shown = window.location_label.shown_text()
    assert shown.replace("\n", " ") == TWO_LINE_NAME
    assert shown.count("\n") == 1
    assert window.header.rect().contains(window.location_label.geometry())


def test_in_arabic_the_name_and_badge_stand_at_the_right_next_to_the_button(
    window: KioskWindow, qtbot: Any
) -> None:
    window.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    window.set_location_name("City Service Centre")
    window.set_demo(True, "1234")
    window.accessibility_button.setText(RUSSIAN_BUTTON)  # long enough to stack the header
    show(window, qtbot, PORTRAIT)
    window.show_screen(window.service)
    QApplication.processEvents()
    assert window.header.plan().shape.badge is not BadgePlace.BESIDE
    name, badge = window.location_label.geometry(), window.demo_badge.geometry()
    button = window.header.buttons.geometry()  # Audio (hidden here) and Accessibility
    assert name.right() == badge.right() == button.left() - active_theme().space.md - 1
    assert button.right() == window.width() - active_theme().space.page_margin - 1


def test_the_header_grows_and_shrinks_with_large_text_in_one_turn_of_the_event_loop(
    window: KioskWindow, qtbot: Any
) -> None:
    window.set_location_name("City Service Centre")
    window.set_demo(True, "1234")
    show(window, qtbot, LANDSCAPE)
    window.show_screen(window.service)
    QApplication.processEvents()
    regular = window.header.height()
    options: AccessibilityOptions = window.accessibility
    window.accessibility_button.setText(RUSSIAN_BUTTON)
    options.set_large_text(True)
    QApplication.processEvents()
    assert window.header.height() > regular
    assert window.header.height() == window.header.heightForWidth(window.width())
    assert window.header.rect().contains(window.demo_badge.geometry())
    options.set_large_text(False)
    QApplication.processEvents()
    assert window.header.height() == regular


def test_the_accessibility_panel_hangs_under_the_header_when_large_text_makes_it_taller(
    window: KioskWindow, qtbot: Any
) -> None:
    window.set_location_name("City Service Centre")
    window.set_demo(True, "1234")
    show(window, qtbot, PORTRAIT)
    window.toggle_accessibility_panel()
    QApplication.processEvents()
    regular = window.header.height()
    window.accessibility.set_large_text(True)  # as the panel's switch does
    QApplication.processEvents()
    assert window.header.height() > regular
    panel = window.accessibility_panel
    assert panel.isVisible()
    assert panel.geometry().top() == window.header.geometry().bottom() + 1


def test_with_the_audio_control_both_buttons_show_whole_side_by_side_at_the_end(
    window: KioskWindow, qtbot: Any
) -> None:
    window.set_location_name("City Service Centre")
    window.set_demo(True, "1234")
    window.audio_button.show()
    window.audio_button.setText("Аудиогид включён")
    window.accessibility_button.setText(RUSSIAN_BUTTON)
    show(window, qtbot, PORTRAIT)
    window.show_screen(window.service)
    QApplication.processEvents()
    group = window.header.buttons
    audio, access = window.audio_button.geometry(), window.accessibility_button.geometry()
    assert audio.right() < access.left(), "Audio just inside Accessibility"
    assert audio.width() >= window.audio_button.width_for_lines(2)
    assert access.width() >= window.accessibility_button.width_for_lines(2)
    assert group.geometry().right() == window.width() - active_theme().space.page_margin - 1
    name = window.location_label.geometry()
    assert name.right() < group.geometry().left(), "the name never runs under the buttons"


def test_moving_between_screens_under_the_same_name_leaves_the_header_as_arranged(
    window: KioskWindow, qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Questions → Your number sets the same name in the header again: measuring the header's
    shapes anew then would hold up the screen that shows the visitor's number."""
    window.set_location_name(TWO_LINE_NAME)
    window.set_demo(True, "1234")
    show(window, qtbot, PORTRAIT)
    window.show_screen(window.questions)
    QApplication.processEvents()
    arranged = window.header.plan()
    measured: list[int] = []
    measure = HeaderLayout._arrange

    def counted(layout: HeaderLayout, width: int) -> Any:
        measured.append(width)
        return measure(layout, width)

    monkeypatch.setattr(HeaderLayout, "_arrange", counted)
    window.show_screen(window.ticket)
    window.retranslate_ui()  # the header's button and badge get the same words again
    QApplication.processEvents()
    assert measured == []
    assert window.header.plan() == arranged
    window.show_screen(window.welcome)  # no name on Welcome: that is a new arrangement
    QApplication.processEvents()
    assert measured
    assert window.location_label.text() == ""


def test_the_audio_control_saying_audio_on_gets_the_room_for_it_at_once(
    window: KioskWindow, qtbot: Any
) -> None:
    """Turning audio guidance on changes the control's words on the screen the visitor is on:
    the header makes room for them then, not at the next screen."""
    window.set_location_name("City Service Centre")
    window.set_demo(True, "0000")
    window.audio_button.show()
    show(window, qtbot, LANDSCAPE)
    window.show_screen(window.service)
    QApplication.processEvents()
    window.audio_button.setText("Audio guidance on")
    QApplication.processEvents()
    QApplication.processEvents()
    audio = window.audio_button
    assert audio.width() >= audio.width_for_lines(1), "the words on one line, none cut"
    assert audio.shown_text() == "Audio guidance on"
    assert window.header.rect().contains(window.header.buttons.geometry())
