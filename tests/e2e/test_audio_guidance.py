"""A blind visitor checks in with a keypad and the kiosk's voice, against the sandbox.

The real kiosk (window, controllers, outbox, sender) with Qt's ``mock`` text-to-speech
engine: every step of the visit is done with keypad keys alone, and what is said at each
step is checked, in the visitor's language.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
import qasync
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit
from pytestqt.qtbot import QtBot

from kiosk.api.client import QminderClient
from kiosk.sandbox import SandboxServer
from kiosk.sandbox.seed import (
    FIELD_CONTACT,
    FIELD_FIRST_NAME,
    FIELD_PHONE,
    LINE_GENERAL,
    OPTION_SMS,
)
from kiosk.shell.wiring import Kiosk
from kiosk.speech.engine import SpeechEngine
from kiosk.speech.narrator import CHARACTERS, EDIT, NOW_AT, SELECTED, Narrator
from kiosk.speech.phrasebook import Phrasebook
from tests.e2e.driver import running_kiosk
from tests.e2e.speech_driver import EveryLanguageMock, Keypad, listen
from tests.e2e.test_visitor_path import line_label, option_label

pytestmark = pytest.mark.e2e

LANGUAGE_BUTTON = {"en": "English", "es": "Español", "et": "Eesti", "ar": "العربية"}

SAID = {
    "en": {
        "on": "Audio guidance is on.",
        "service": "What can we help you with?",
        "services": "3 services.",
        "details": "Your details.",
        "questions": "A few questions.",
        "number": "Your number is %1.",
        "seat": "Please take a seat, we will call you.",
        "button": "button",
        "empty": "empty",
    },
    "es": {
        "on": "La guía por voz está activada.",
        "service": "¿En qué podemos ayudarle?",
        "services": "3 servicios.",
        "details": "Sus datos.",
        "questions": "Unas preguntas.",
        "number": "Su número es %1.",
        "seat": "Tome asiento, por favor. Le llamaremos.",
        "button": "botón",
        "empty": "vacío",
    },
    "et": {
        "on": "Hääljuhend on sees.",
        "service": "Kuidas saame teid aidata?",
        "services": "3 teenust.",
        "details": "Teie andmed.",
        "questions": "Mõned küsimused.",
        "number": "Teie number on %1.",
        "seat": "Palun võtke istet, me kutsume teid.",
        "button": "nupp",
        "empty": "tühi",
    },
    "ar": {
        "on": "الإرشاد الصوتي مفعّل.",
        "service": "كيف يمكننا مساعدتك؟",
        "services": "٣ خدمات.",
        "details": "بياناتك.",
        "questions": "بعض الأسئلة.",
        "number": "رقمك هو %1.",
        "seat": "تفضّل بالجلوس، وسننادي عليك.",
        "button": "زر",
        "empty": "فارغ",
    },
}


@pytest.fixture
def voice(qtbot: QtBot) -> SpeechEngine:
    return EveryLanguageMock()  # the kiosk owns it from then on (stopped and deleted with it)


@pytest.fixture
def kiosk(
    live_client: QminderClient,
    tmp_path: Path,
    qtbot: QtBot,
    qloop: qasync.QEventLoop,
    voice: SpeechEngine,
) -> Iterator[Kiosk]:
    with running_kiosk(live_client, tmp_path, qtbot, qloop, voice=voice) as running:
        running.window.activateWindow()
        qtbot.waitUntil(running.window.isActiveWindow, timeout=5000)
        yield running


@pytest.mark.parametrize("language", ["en", "es", "et", "ar"])
def test_a_blind_visitor_checks_in_with_a_keypad_and_hears_each_step_in_their_language(
    kiosk: Kiosk, voice: SpeechEngine, sandbox: SandboxServer, qtbot: QtBot, language: str
) -> None:
    window, words = kiosk.window, SAID[language]
    heard = listen(voice)
    keys = Keypad(kiosk, qtbot)
    assert kiosk.speech is not None
    narrator = kiosk.speech.narrator

    def join(*parts: str) -> str:
        return narrator.join(language, parts)

    # Welcome: silent until a key is pressed; that key reads the screen and presses nothing.
    assert heard.said == []
    keys.press(Qt.Key.Key_Return)
    assert window.current_screen() is window.welcome
    assert heard.last().startswith("Audio guidance is on.")
    assert "Welcome! Please choose your language." in heard.last()
    assert heard.last().endswith("English, button, 1 of 7")

    keys.move_to_name(LANGUAGE_BUTTON[language])
    assert f"{LANGUAGE_BUTTON[language]}, button" in heard.last()
    keys.press(Qt.Key.Key_Return)

    # Service: heading, instructions, the first line; all in the visitor's language.
    assert window.current_screen() is window.service
    assert heard.said[-1][1] == language
    assert heard.last().startswith(words["service"])
    assert len(window.service.buttons) == 3
    assert words["services"] in heard.last(), "the count of services is said"
    general = line_label(kiosk, LINE_GENERAL)
    assert join(general, words["button"]) in heard.last()
    keys.move_to_name(general)
    keys.press(Qt.Key.Key_Return)

    # Your details: Check in with nothing typed says every error and where the focus is.
    assert window.current_screen() is window.details
    assert heard.last().startswith(words["details"])
    assert heard.language() == language
    keys.move_to(lambda w: w is window.details.primary_button, "Next")
    keys.press(Qt.Key.Key_Return)
    first = window.details.field_widget(FIELD_FIRST_NAME)
    phone = window.details.field_widget(FIELD_PHONE)
    assert first is not None
    assert phone is not None
    errors = window.details.shown_errors()
    assert len(errors) == 2
    for label, message in errors:
        assert f"{label}: {message}" in heard.last()
    at_first = join(first.label_text(), narrator.word(language, EDIT), words["empty"])
    assert narrator.word(language, NOW_AT).replace("%1", at_first) in heard.last()
    assert QApplication.focusWidget() in first.inputs()

    keys.type("Ada")
    assert "Ada" not in heard.last()
    assert heard.last() == narrator.word(language, CHARACTERS, 3)
    keys.move_to(lambda w: w in phone.inputs() and isinstance(w, QLineEdit), "phone")
    keys.type("+37256667788")
    assert not [t for t in heard.texts() if "5666" in t or "Ada" in t]
    keys.move_to(lambda w: w is window.details.primary_button, "Next")
    keys.press(Qt.Key.Key_Return)

    # Questions: the heading, then the answers; an option is said with its state.
    assert window.current_screen() is window.questions
    assert heard.last().startswith(words["questions"])
    sms = option_label(kiosk, FIELD_CONTACT, OPTION_SMS)
    keys.move_to_name(sms)
    keys.press(Qt.Key.Key_Return)
    contact = window.questions.field_widget(FIELD_CONTACT)
    assert contact is not None
    assert contact.value() == OPTION_SMS
    said = join(contact.label_text(), sms, narrator.word(language, SELECTED))
    assert heard.last().startswith(said), "the question, the answer, its state"
    for _ in range(window.questions.page_count()):
        last_page = window.questions.is_last_page()
        keys.move_to(lambda w: w is window.questions.primary_button, "Next / Check in")
        keys.press(Qt.Key.Key_Return)
        if last_page:
            break

    # The number, spelled, and what to do next; Help says it again.
    qtbot.waitUntil(lambda: window.current_screen() is window.ticket, timeout=10_000)
    [ticket] = sandbox.tickets
    assert ticket.body["languageCode"] == language
    spelled = narrator.spell(language, ticket.public_id)
    said = heard.last()
    assert said.startswith(words["number"].replace("%1", spelled))
    assert words["seat"] in said
    assert "Ada" not in said
    assert heard.language() == language
    heard.clear()
    keys.press(Qt.Key.Key_F1)
    assert words["number"].replace("%1", spelled) in heard.last()

    # Done ends the visit: guidance is off for the next visitor, and silent.
    keys.move_to(lambda w: w is window.ticket.done_button, "Done")
    keys.press(Qt.Key.Key_Return)
    assert window.current_screen() is window.welcome
    assert not kiosk.speech.guidance.is_active()
    heard.clear()
    keys.press(Qt.Key.Key_Down)
    assert heard.last().startswith("Audio guidance is on."), "a key turns it on again"
    assert heard.language() == "en"


def test_the_sentences_expected_here_are_the_catalogues() -> None:
    """A typo in the table above must fail here, not make the path test pass vacuously."""
    narrator = Narrator(Phrasebook())
    for language, words in SAID.items():
        assert narrator.guidance_on(language).startswith(words["on"])
        assert narrator.word(language, "button") == words["button"]
        assert narrator.word(language, "empty") == words["empty"]
