"""Audio guidance driven as a blind visitor drives it: keypad keys, taps, a hold, a headset."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from kiosk.speech.engine import SpeechEngine
from kiosk.speech.guidance import GuidanceController
from kiosk.speech.keypad import Action, KeypadFilter, key_action
from kiosk.speech.narrator import Narrator
from kiosk.speech.outputs import AudioOutputWatcher
from kiosk.speech.screen import StaticScreen
from kiosk.speech.touch import TouchExplorer
from tests.speech.conftest import Heard, WelcomeLike, press


def keypad(guidance: GuidanceController, screen: QWidget) -> KeypadFilter:
    keys = KeypadFilter(guidance, screen)
    window = screen.windowHandle()
    assert window is not None
    window.installEventFilter(keys)
    return keys


def test_a_key_turns_guidance_on_and_reads_the_screen_without_pressing_anything(
    qtbot: QtBot, guidance: GuidanceController, welcome: WelcomeLike, heard: Heard
) -> None:
    guidance.show_screen(welcome)
    assert heard.said == [], "on-demand: silent until asked"
    keypad(guidance, welcome)
    with qtbot.waitSignal(guidance.active_changed):
        press(qtbot, welcome, Qt.Key.Key_Return)
    assert guidance.is_active()
    assert welcome.clicked == [], "the key that turned guidance on pressed nothing"
    said = heard.last()
    assert said.startswith("Audio guidance is on.")
    assert said.endswith("Welcome. Choose your language. English, button, 1 of 7")
    assert QApplication.focusWidget() is welcome.languages[0]


def test_arrows_move_in_reading_order_and_enter_presses(
    qtbot: QtBot, guidance: GuidanceController, welcome: WelcomeLike, heard: Heard
) -> None:
    guidance.show_screen(welcome)
    keypad(guidance, welcome)
    guidance.turn_on("test")
    press(qtbot, welcome, Qt.Key.Key_Down)
    assert heard.last() == "Español, button, 2 of 7"
    press(qtbot, welcome, Qt.Key.Key_Right)
    assert heard.last() == "Eesti, button, 3 of 7"
    press(qtbot, welcome, Qt.Key.Key_Up)
    press(qtbot, welcome, Qt.Key.Key_Left)
    assert heard.last() == "English, button, 1 of 7"
    press(qtbot, welcome, Qt.Key.Key_Up)
    assert heard.last() == "Start, button", "round the end"
    assert QApplication.focusWidget() is welcome.start
    press(qtbot, welcome, Qt.Key.Key_Space)
    assert welcome.clicked == ["Start"]


def test_typing_in_a_field_says_how_much_was_typed_never_what(
    qtbot: QtBot, guidance: GuidanceController, welcome: WelcomeLike, heard: Heard
) -> None:
    guidance.show_screen(welcome)
    keypad(guidance, welcome)
    guidance.turn_on("test")
    for _ in range(7):
        press(qtbot, welcome, Qt.Key.Key_Tab)
    assert heard.last() == "First name, edit field, empty"
    for letter in "Mari":
        qtbot.keyClicks(welcome.name_edit, letter)
    assert heard.last() == "4 characters entered"
    assert not any("Mari" in text for text in heard.texts())
    press(qtbot, welcome, Qt.Key.Key_Backspace)  # in a field, Backspace deletes
    assert welcome.name_edit.text() == "Mar"
    assert heard.last() == "3 characters entered"


def test_back_help_and_volume_keys(
    qtbot: QtBot, guidance: GuidanceController, welcome: WelcomeLike, heard: Heard
) -> None:
    guidance.show_screen(welcome)
    keypad(guidance, welcome)
    guidance.turn_on("test")
    with qtbot.waitSignal(guidance.back_requested):
        press(qtbot, welcome, Qt.Key.Key_Escape)
    press(qtbot, welcome, Qt.Key.Key_F1)
    assert heard.last() == "Welcome. Choose your language."
    press(qtbot, welcome, Qt.Key.Key_Plus)
    assert heard.last() == "Volume 90 percent."
    press(qtbot, welcome, Qt.Key.Key_Minus)
    press(qtbot, welcome, Qt.Key.Key_Minus)
    assert heard.last() == "Volume 70 percent."
    tts = guidance.engine.tts
    assert tts is not None
    qtbot.waitUntil(lambda: tts.volume() == 0.7)


def test_the_end_of_a_visit_turns_guidance_off_and_restores_the_volume(
    guidance: GuidanceController, welcome: WelcomeLike, heard: Heard
) -> None:
    guidance.show_screen(welcome)
    guidance.turn_on("test")
    guidance.change_volume(2)
    guidance.end_visit()
    assert not guidance.is_active()
    assert guidance.engine.volume() == 0.8
    heard.clear()
    guidance.show_screen(welcome)
    assert heard.said == [], "the next visitor starts in silence"


def test_always_stays_on_and_off_never_speaks(
    engine: SpeechEngine, narrator: Narrator, welcome: WelcomeLike, heard: Heard
) -> None:
    always = GuidanceController(engine, narrator, mode="always")
    always.show_screen(welcome)
    assert heard.last().startswith("Welcome.")
    always.end_visit()
    always.toggle()
    assert always.is_active()
    heard.clear()
    off = GuidanceController(engine, narrator, mode="off")
    off.turn_on("key")
    off.toggle()
    off.show_screen(welcome)
    assert not off.is_active()
    assert heard.said == []


def test_a_voiceless_language_falls_back_to_the_locations_default(
    qtbot: QtBot, guidance: GuidanceController, welcome: WelcomeLike, heard: Heard
) -> None:
    guidance.set_default_language("en")
    guidance.show_screen(welcome)
    guidance.turn_on("test")
    with qtbot.waitSignal(guidance.language_fallback) as fallback:
        guidance.set_language("et")  # the mock engine has no Estonian voice
    assert fallback.args == ["et", "en"]
    assert heard.said[-1] == (
        "Audio guidance is not available in eesti. It continues in English.",
        "en",
    )
    assert {language for _, language in heard.said} == {"en"}


def test_errors_ticket_idle_warning_and_messages_are_said_when_they_appear(
    guidance: GuidanceController, welcome: WelcomeLike, heard: Heard
) -> None:
    guidance.show_screen(welcome)
    guidance.turn_on("test")
    guidance.show_errors([("First name", "Please enter your first name.")], welcome.name_edit)
    assert heard.last() == (
        "First name: Please enter your first name. Now at: First name, edit field, empty"
    )
    guidance.idle_warning("Need more time?", 20)
    assert heard.last().startswith("Need more time? 20 seconds left.")
    heard.clear()
    guidance.idle_tick(19)
    guidance.idle_tick(10)
    assert heard.texts() == ["10 seconds left."]
    guidance.show_message("The check-in is saved", "Please see the front desk.")
    assert heard.last() == "The check-in is saved. Please see the front desk."
    guidance.show_ticket("A-42", "Please take a seat.")
    assert heard.last().startswith("Your number is A, 4, 2. Please take a seat.")
    heard.clear()
    guidance.help()
    assert "Your number is A, 4, 2." in heard.last(), "Help repeats the number"


def test_touch_says_a_tapped_control_and_a_double_tap_presses_it(
    qtbot: QtBot, guidance: GuidanceController, welcome: WelcomeLike, heard: Heard
) -> None:
    now = [100.0]
    explorer = TouchExplorer(guidance, welcome, clock=lambda: now[0])
    window = welcome.windowHandle()
    assert window is not None
    window.installEventFilter(explorer)
    guidance.show_screen(welcome)

    def tap(widget: QWidget) -> None:
        qtbot.mouseClick(window, Qt.MouseButton.LeftButton, pos=centre(welcome, widget))

    tap(welcome.start)
    assert welcome.clicked == ["Start"], "with guidance off, a tap is a tap"
    guidance.turn_on("test")
    now[0] += 5
    tap(welcome.languages[2])
    assert heard.last() == "Eesti, button, 3 of 7"
    assert welcome.clicked == ["Start"], "a single tap only says"
    now[0] += 0.2
    tap(welcome.start)  # a double tap anywhere presses what was said
    assert welcome.clicked == ["Start", "Eesti"]


def test_sliding_a_finger_says_each_control_it_passes(
    qtbot: QtBot, guidance: GuidanceController, welcome: WelcomeLike, heard: Heard
) -> None:
    window = welcome.windowHandle()
    assert window is not None
    window.installEventFilter(TouchExplorer(guidance, welcome))
    guidance.show_screen(welcome)
    guidance.turn_on("test")
    heard.clear()
    first, last = welcome.languages[0], welcome.languages[3]
    qtbot.mousePress(window, Qt.MouseButton.LeftButton, pos=centre(welcome, first))
    for button in welcome.languages[1:4]:
        qtbot.mouseMove(window, pos=centre(welcome, button))
    qtbot.mouseRelease(window, Qt.MouseButton.LeftButton, pos=centre(welcome, last))
    assert heard.texts() == [
        "English, button, 1 of 7",
        "Español, button, 2 of 7",
        "Eesti, button, 3 of 7",
        "Русский, button, 4 of 7",
    ]
    assert welcome.clicked == []


def test_a_new_audio_output_turns_guidance_on(
    guidance: GuidanceController, welcome: WelcomeLike, heard: Heard
) -> None:
    watcher = AudioOutputWatcher()
    watcher.compare([(b"speaker", "Built-in speaker")])
    watcher.output_added.connect(lambda _name: guidance.turn_on("headset"))
    guidance.show_screen(welcome)
    watcher.compare([(b"speaker", "Built-in speaker")])
    assert not guidance.is_active()
    watcher.compare([(b"speaker", "Built-in speaker"), (b"usb-1", "USB headset")])
    assert guidance.is_active()
    assert heard.last().startswith("Audio guidance is on.")


def test_keys_map_to_actions_and_mirror_on_right_to_left_screens() -> None:
    key = Qt.Key
    assert key_action(key.Key_Right) is Action.NEXT
    assert key_action(key.Key_Right, right_to_left=True) is Action.PREVIOUS
    assert key_action(key.Key_Tab, Qt.KeyboardModifier.ShiftModifier) is Action.PREVIOUS
    assert key_action(key.Key_Question) is Action.HELP
    assert key_action(key.Key_Question, in_text=True) is None
    assert key_action(key.Key_Left, in_text=True) is None
    assert key_action(key.Key_A) is None


def test_a_screen_without_controls_reads_its_instructions(
    guidance: GuidanceController, heard: Heard
) -> None:
    guidance.turn_on("test")
    guidance.show_screen(StaticScreen("Closed", "We open again on Monday at 9:00."))
    assert heard.last() == "Closed. We open again on Monday at 9:00."
    guidance.move(1)
    assert heard.last() == "Closed. We open again on Monday at 9:00."


def centre(screen: QWidget, widget: QWidget) -> QPoint:
    return widget.mapTo(screen, widget.rect().center())
