"""Audio guidance through the real kiosk: what turns it on and off, and what is said without a
key being pressed (the idle warning, a message that appears, a voiceless language)."""

from __future__ import annotations

from pathlib import Path

import pytest
import qasync
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from kiosk.api.client import QminderClient
from kiosk.sandbox import SandboxServer
from kiosk.shell.speech_flow import IDLE_QUESTION
from kiosk.shell.wiring import Kiosk
from kiosk.speech.engine import SpeechEngine
from kiosk.ui.screens.message import MessageKind
from tests.e2e.driver import running_kiosk
from tests.e2e.speech_driver import EveryLanguageMock, Keypad, listen
from tests.e2e.test_idle import fast_idle
from tests.e2e.test_visitor_path import ready_to_check_in

pytestmark = pytest.mark.e2e


def guidance_of(kiosk: Kiosk):  # type: ignore[no-untyped-def]
    assert kiosk.speech is not None
    return kiosk.speech.guidance


def test_the_idle_warning_and_its_countdown_are_said_and_the_timeout_turns_guidance_off(
    live_client: QminderClient, tmp_path: Path, qtbot: QtBot, qloop: qasync.QEventLoop
) -> None:
    voice = EveryLanguageMock()
    with running_kiosk(
        live_client, tmp_path, qtbot, qloop, voice=voice, idle=fast_idle(), speech_volume=0.5
    ) as kiosk:
        heard = listen(voice)
        keys = Keypad(kiosk, qtbot)
        keys.press(Qt.Key.Key_Return)
        keys.move_to_name("Español")
        keys.press(Qt.Key.Key_Return)
        keys.press(Qt.Key.Key_Minus)
        assert voice.volume() == pytest.approx(0.4)
        assert kiosk.window.current_screen() is kiosk.window.service
        qtbot.waitUntil(
            lambda: kiosk.window.current_screen() is kiosk.window.welcome, timeout=10_000
        )
        narrator = kiosk.speech.narrator  # type: ignore[union-attr]
        texts = heard.texts()
        assert narrator.idle_warning("es", IDLE_QUESTION, 20) in texts
        assert texts[texts.index(narrator.idle_warning("es", IDLE_QUESTION, 20))].startswith(
            "¿Necesita más tiempo?"
        )
        assert narrator.seconds_left("es", 10) in texts
        assert narrator.seconds_left("es", 5) in texts
        assert not guidance_of(kiosk).is_active(), "the next visitor starts without guidance"
        assert voice.volume() == pytest.approx(0.5), "the start volume again"


def test_a_message_that_appears_without_a_tap_is_said(
    live_client: QminderClient,
    sandbox: SandboxServer,
    tmp_path: Path,
    qtbot: QtBot,
    qloop: qasync.QEventLoop,
) -> None:
    voice = EveryLanguageMock()
    with running_kiosk(
        live_client, tmp_path, qtbot, qloop, voice=voice, wait_seconds=1.0, offline="refuse"
    ) as kiosk:
        ready_to_check_in(kiosk, qtbot)  # by touch, with guidance off
        heard = listen(voice)
        keys = Keypad(kiosk, qtbot)
        keys.press(Qt.Key.Key_Down)
        assert guidance_of(kiosk).is_active()
        assert heard.last().startswith("Audio guidance is on.")
        sandbox.set_down(True)
        keys.move_to(lambda w: w is kiosk.window.questions.primary_button, "Check in")
        keys.press(Qt.Key.Key_Return)
        qtbot.waitUntil(
            lambda: kiosk.window.current_screen() is kiosk.window.message, timeout=10_000
        )
        assert kiosk.window.message.kind() is MessageKind.UNAVAILABLE
        assert heard.last().startswith(
            "This kiosk is temporarily unavailable. Please see the front desk."
        )


def test_holding_the_welcome_background_for_3_seconds_turns_guidance_on(
    live_client: QminderClient, tmp_path: Path, qtbot: QtBot, qloop: qasync.QEventLoop
) -> None:
    voice = SpeechEngine("mock")
    with running_kiosk(live_client, tmp_path, qtbot, qloop, voice=voice) as kiosk:
        heard = listen(voice)
        window = kiosk.window
        handle = window.windowHandle()
        assert handle is not None
        background = QPoint(8, window.height() // 2)
        assert window.childAt(background) is not None
        QTest.mousePress(
            handle, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, background
        )
        qtbot.waitUntil(guidance_of(kiosk).is_active, timeout=5000)
        QTest.mouseRelease(
            handle, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, background
        )
        assert heard.last().startswith("Audio guidance is on.")
        assert "Welcome! Please choose your language." in heard.last()


def test_a_plugged_in_headset_turns_guidance_on(
    live_client: QminderClient, tmp_path: Path, qtbot: QtBot, qloop: qasync.QEventLoop
) -> None:
    voice = SpeechEngine("mock")
    with running_kiosk(live_client, tmp_path, qtbot, qloop, voice=voice) as kiosk:
        heard = listen(voice)
        assert kiosk.speech is not None
        outputs = kiosk.speech.outputs
        assert outputs is not None
        outputs.compare([(b"usb-headset-1", "USB headset")])
        assert guidance_of(kiosk).is_active()
        assert "Welcome! Please choose your language." in heard.last()


def test_a_language_without_a_voice_is_said_so_and_the_visit_goes_on_in_the_default(
    live_client: QminderClient, tmp_path: Path, qtbot: QtBot, qloop: qasync.QEventLoop
) -> None:
    voice = SpeechEngine("mock")  # English, Norwegian and Finnish voices only
    with running_kiosk(live_client, tmp_path, qtbot, qloop, voice=voice) as kiosk:
        heard = listen(voice)
        keys = Keypad(kiosk, qtbot)
        keys.press(Qt.Key.Key_Return)
        keys.move_to_name("Eesti")
        keys.press(Qt.Key.Key_Return)
        assert kiosk.window.current_screen() is kiosk.window.service
        assert heard.language() == "en"
        assert heard.last().startswith(
            "Audio guidance is not available in eesti. It continues in English."
            " What can we help you with? Choose the service you came for."
        )
        # Back (Escape) returns to Welcome; Start over ends the visit and turns guidance off.
        keys.press(Qt.Key.Key_Escape)
        assert kiosk.window.current_screen() is kiosk.window.welcome
        keys.move_to_name("Eesti")
        keys.press(Qt.Key.Key_Return)
        keys.move_to_name(kiosk.window.service.start_over_button.accessibleName())
        keys.press(Qt.Key.Key_Return)
        assert kiosk.window.current_screen() is kiosk.window.welcome
        assert not guidance_of(kiosk).is_active()


def test_with_speech_always_guidance_speaks_from_the_start_and_stays_on(
    live_client: QminderClient, tmp_path: Path, qtbot: QtBot, qloop: qasync.QEventLoop
) -> None:
    voice = SpeechEngine("mock")
    heard = listen(voice)
    with running_kiosk(live_client, tmp_path, qtbot, qloop, voice=voice, speech="always") as kiosk:
        qtbot.waitUntil(lambda: bool(heard.said) and "Welcome!" in heard.last(), timeout=5000)
        keys = Keypad(kiosk, qtbot)
        keys.press(Qt.Key.Key_Return)  # already on: English is pressed
        assert kiosk.window.current_screen() is kiosk.window.service
        keys.move_to_name(kiosk.window.service.start_over_button.accessibleName())
        keys.press(Qt.Key.Key_Return)
        assert kiosk.window.current_screen() is kiosk.window.welcome
        assert guidance_of(kiosk).is_active()
        assert "Welcome! Please choose your language." in heard.last()


def test_the_audio_control_in_the_header_turns_guidance_on_and_a_double_tap_turns_it_off(
    live_client: QminderClient, tmp_path: Path, qtbot: QtBot, qloop: qasync.QEventLoop
) -> None:
    voice = SpeechEngine("mock")
    with running_kiosk(live_client, tmp_path, qtbot, qloop, voice=voice) as kiosk:
        heard = listen(voice)
        window = kiosk.window
        button = window.audio_button
        assert button.isVisible()
        assert button.text() == "Audio"
        assert button.x() < window.accessibility_button.x(), "next to Accessibility"
        handle = window.windowHandle()
        assert handle is not None
        where = button.mapTo(window, button.rect().center())
        left, none = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
        QTest.mouseClick(handle, left, none, where)
        assert guidance_of(kiosk).is_active()
        assert button.isChecked()
        assert button.text() == "Audio on", "not by its colour alone"
        assert "Welcome! Please choose your language." in heard.last()
        # Guidance on: a tap says the control, a double tap presses it.
        QTest.mouseClick(handle, left, none, where)
        assert heard.last().startswith("Audio on, switch, on")
        QTest.qWait(50)  # a finger's second tap, not the same press seen twice
        QTest.mouseClick(handle, left, none, where)
        assert not guidance_of(kiosk).is_active()
        assert not button.isChecked()
        assert button.text() == "Audio"


def test_without_a_voice_there_is_no_audio_control(
    live_client: QminderClient, tmp_path: Path, qtbot: QtBot, qloop: qasync.QEventLoop
) -> None:
    with running_kiosk(live_client, tmp_path, qtbot, qloop) as kiosk:
        assert kiosk.window.accessibility_button.isVisible()
        assert not kiosk.window.audio_button.isVisible()
