"""What is said, in the visitor's language: controls, errors, the ticket, warnings, typing."""

from __future__ import annotations

import datetime as dt

import pytest
from pytestqt.qtbot import QtBot

from kiosk.domain.appointment_display import AppointmentDisplay
from kiosk.domain.form import FieldKind
from kiosk.speech.describe import ControlInfo, Kind, describe
from kiosk.speech.narrator import Narrator, sentence
from kiosk.speech.phrasebook import Phrasebook
from kiosk.speech.screen import Phrase, StaticScreen
from kiosk.ui.main_window import KioskWindow
from kiosk.ui.screens.appointment import AppointmentPhoneScreen, AppointmentResultScreen
from kiosk.ui.screens.service import ServiceScreen
from kiosk.ui.widgets.choice_fields import ChoiceFieldWidget
from tests.ui.conftest import spec

ENGLISH = ControlInfo("English", Kind.BUTTON, position=(1, 7))
SMS = ControlInfo("SMS", Kind.OPTION, checked=True, group="Preferred contact")
NAME = ControlInfo("First name", Kind.EDIT, typed="Mari")


def test_a_control_is_its_name_role_state_and_position(narrator: Narrator) -> None:
    assert narrator.control("en", ENGLISH) == "English, button, 1 of 7"
    assert narrator.control("en", SMS) == "Preferred contact, SMS, selected"
    off = ControlInfo("Large text", Kind.TOGGLE, checked=False)
    assert narrator.control("en", off) == "Large text, switch, off"
    dimmed = ControlInfo("Next", Kind.BUTTON, enabled=False)
    assert narrator.control("en", dimmed) == "Next, button, unavailable"


@pytest.mark.parametrize(
    ("language", "english", "sms"),
    [
        ("es", "English, botón, 1 de 7", "Preferred contact, SMS, seleccionado"),
        ("et", "English, nupp, 1 7-st", "Preferred contact, SMS, valitud"),
        ("ar", "English، زر، 1 من 7", "Preferred contact، SMS، محدد"),
    ],
)
def test_controls_are_said_in_the_visitors_language(
    narrator: Narrator, language: str, english: str, sms: str
) -> None:
    assert narrator.control(language, ENGLISH).replace("١", "1").replace("٧", "7") == english
    assert narrator.control(language, SMS) == sms


def test_typed_text_is_never_said_unless_private_speech_is_allowed(
    phrasebook: Phrasebook,
) -> None:
    speaker = Narrator(phrasebook)
    assert speaker.control("en", NAME) == "First name, edit field, 4 characters entered"
    assert "Mari" not in speaker.control("es", NAME)
    assert speaker.typed("ru", NAME) == "введено 4 символа"
    headset = Narrator(phrasebook, private=True)
    assert headset.control("en", NAME) == "First name, edit field, Mari"
    secret = ControlInfo("PIN", Kind.EDIT, typed="1234", secret=True)
    assert headset.typed("en", secret) == "4 characters entered"
    assert speaker.typed("en", ControlInfo("Email", Kind.EDIT)) == "empty"


def test_the_ticket_number_is_spelled_with_what_to_do_next(narrator: Narrator) -> None:
    said = narrator.ticket("en", "A-42", "Please take a seat; we will call your number.")
    assert said == (
        "Your number is A, 4, 2. Please take a seat; we will call your number."
        " Press Help to hear it again."
    )
    assert narrator.ticket("es", "A-42").startswith("Su número es A, 4, 2.")
    assert narrator.ticket("et", "B7").startswith("Teie number on B, 7.")
    assert narrator.ticket("ar", "A-42").startswith("رقمك هو A، 4، 2.")


def test_every_error_is_said_at_once_then_where_the_focus_is(narrator: Narrator) -> None:
    said = narrator.errors(
        "en",
        [("First name", "Please enter at least 2 letters."), ("Phone", "Check the number.")],
        ControlInfo("First name", Kind.EDIT, typed="A"),
    )
    assert said == (
        "2 answers need correcting. First name: Please enter at least 2 letters."
        " Phone: Check the number. Now at: First name, edit field, 1 character entered"
    )
    assert narrator.errors("fr", [("Nom", "Trop court.")], None) == "Nom : Trop court."


def test_the_idle_warning_says_its_countdown(narrator: Narrator) -> None:
    assert narrator.idle_warning("en", "Need more time?", 20) == (
        "Need more time? 20 seconds left. Press Enter or touch the screen to continue."
    )
    assert narrator.seconds_left("ru", 5) == "Осталось 5 секунд."
    assert narrator.seconds_left("ar", 2) == "بقيت ثانيتان."
    assert narrator.seconds_left("et", 1) == "Jäänud on 1 sekund."


def test_a_screen_is_its_heading_instructions_and_first_control(narrator: Narrator) -> None:
    screen = StaticScreen(
        Phrase("ServiceScreen", "What can we help you with?"),
        "Choose the service you came for. 3 services",
    )
    first = ControlInfo("General enquiries", Kind.BUTTON, position=(1, 3))
    assert narrator.screen("en", screen, first) == (
        "What can we help you with? Choose the service you came for. 3 services."
        " General enquiries, button, 1 of 3"
    )
    spanish = narrator.screen("es", screen, None)
    assert spanish.startswith("¿En qué podemos ayudarle?"), spanish


def test_a_voiceless_language_is_named_in_its_own_words(narrator: Narrator) -> None:
    assert narrator.no_voice("en", "et", "en") == (
        "Audio guidance is not available in eesti. It continues in English."
    )
    assert narrator.no_voice("de", "ar", "de") == (
        "Die Sprachführung ist auf العربية nicht verfügbar. Sie wird auf Deutsch fortgesetzt."
    )


@pytest.mark.parametrize(
    ("language", "count", "said"),
    [
        ("en", 3, "Choose the service you came for. 3 services. General enquiries, button, 1 of 3"),
        ("es", 3, "Elija el servicio que necesita. 3 servicios."),
        ("et", 1, "Valige teenus, mille pärast tulite. 1 teenus."),
        ("ru", 2, "Выберите нужную услугу. 2 услуги."),
        ("ru", 5, "Выберите нужную услугу. 5 услуг."),
        ("ar", 2, "يرجى اختيار الخدمة التي جئت من أجلها. خدمتان."),
        ("fr", 3, "Choisissez le service qui vous amène. 3 services."),
        ("de", 3, "Wählen Sie Ihr Anliegen. 3 Anliegen."),
    ],
)
def test_the_service_screen_says_how_many_services_there_are(
    qtbot: QtBot, narrator: Narrator, language: str, count: int, said: str
) -> None:
    screen = ServiceScreen()
    qtbot.addWidget(screen)
    names = ["General enquiries", "Passports", "Permits"][:count] + ["Other"] * (count - 3)
    screen.set_lines([(str(index), name) for index, name in enumerate(names)])
    first = ControlInfo("General enquiries", Kind.BUTTON, position=(1, count))
    spoken = narrator.screen(language, screen, first if language == "en" else None)
    heading = narrator.resolve(language, screen.speech_heading())
    assert spoken == f"{sentence(heading)} {said}"


def test_a_setting_is_said_as_a_switch_and_an_answer_to_tick_as_a_check_box(
    narrator: Narrator, qtbot: QtBot
) -> None:
    window = KioskWindow()
    qtbot.addWidget(window)
    panel = window.accessibility_panel
    for switch in (window.audio_button, panel.large_text_button, panel.high_contrast_button):
        assert describe(switch).kind is Kind.TOGGLE
    window.audio_button.setText("Audio")
    assert narrator.control("en", describe(window.audio_button)).startswith("Audio, switch, off")
    documents = ChoiceFieldWidget(
        spec("documents", FieldKind.MULTI_SELECT, "Documents", options=("Passport", "ID card"))
    )
    qtbot.addWidget(documents)
    assert {describe(b).kind for b in documents.buttons.values()} == {Kind.CHECK_BOX}


def _appointment(name: str, service: str) -> AppointmentDisplay:
    start = dt.datetime(2026, 12, 7, 10, 30, tzinfo=dt.UTC)
    return AppointmentDisplay("t1", "l1", name, "10:30", service, start)


@pytest.mark.parametrize(
    ("language", "phone", "found"),
    [
        (
            "en",
            "Find your appointment. Enter the phone number you booked with.",
            "Is this your appointment? 10:30, Passports.",
        ),
        (
            "es",
            "Busque su cita. Introduzca el número de teléfono con el que reservó.",
            "¿Es esta su cita? 10:30, Passports.",
        ),
        (
            "ar",
            "ابحث عن موعدك. أدخل رقم الهاتف الذي حجزت به.",
            "هل هذا موعدك؟ 10:30، Passports.",
        ),
    ],
)
def test_the_appointment_screens_say_what_they_ask_and_never_the_visitors_name(
    qtbot: QtBot, narrator: Narrator, language: str, phone: str, found: str
) -> None:
    lookup, result = AppointmentPhoneScreen(), AppointmentResultScreen()
    qtbot.addWidget(lookup)
    qtbot.addWidget(result)
    assert narrator.screen(language, lookup, None) == phone
    result.show_found([_appointment("Maria T.", "Passports")])
    spoken = narrator.screen(language, result, None)
    assert spoken == found
    assert "Maria" not in spoken
    result.show_too_early("10:30", "10:00")
    assert narrator.screen("en", result, None) == (
        "Your appointment is at 10:30; you can check in from 10:00."
    )
