"""The admin panel says which offered languages audio guidance has no voice for."""

from __future__ import annotations

from pathlib import Path

import pytest
import qasync
from pytestqt.qtbot import QtBot

from kiosk.api.client import QminderClient
from kiosk.controllers.admin import AdminAccess
from kiosk.speech.engine import SpeechEngine
from kiosk.ui.bidi import strip_isolates
from tests.e2e.driver import running_kiosk
from tests.e2e.test_admin import PIN, PIN_HASH, desk_for, enter

pytestmark = pytest.mark.e2e


def test_the_panel_names_the_languages_without_a_voice(
    live_client: QminderClient, tmp_path: Path, qtbot: QtBot, qloop: qasync.QEventLoop
) -> None:
    voice = SpeechEngine("mock")  # English, Norwegian and Finnish voices only
    with running_kiosk(live_client, tmp_path, qtbot, qloop, voice=voice) as kiosk:
        desk = desk_for(kiosk, AdminAccess(PIN_HASH))
        desk.open_pad()
        enter(kiosk.window, PIN, qtbot)
        panel = kiosk.window.admin_panel
        assert panel.isVisible()
        assert strip_isolates(panel.names["speech"].text()) == "Audio guidance"
        assert strip_isolates(panel.values["speech"].text()) == (
            "No voice for Español, Eesti, Русский, العربية, Français, Deutsch:"
            " spoken in English instead"
        )
        desk.remove()


def test_the_panel_says_audio_guidance_is_off_without_a_voice(
    live_client: QminderClient, tmp_path: Path, qtbot: QtBot, qloop: qasync.QEventLoop
) -> None:
    with running_kiosk(live_client, tmp_path, qtbot, qloop) as kiosk:
        desk = desk_for(kiosk, AdminAccess(PIN_HASH))
        desk.open_pad()
        enter(kiosk.window, PIN, qtbot)
        assert strip_isolates(kiosk.window.admin_panel.values["speech"].text()) == "Off"
        desk.remove()
