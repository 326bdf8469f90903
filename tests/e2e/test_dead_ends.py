"""Dead ends: no line to join, no language to choose; the kiosk says so and recovers by itself.

The sandbox is changed through its control API (`POST /_sandbox/location`), as an
administrator changes the location in Qminder; the kiosk sees it on its next refresh.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
import qasync
from pytestqt.qtbot import QtBot

from kiosk.api.client import QminderClient
from kiosk.controllers.visit import Step
from kiosk.sandbox import SandboxServer
from kiosk.sandbox.seed import DEMO_LOCATION
from kiosk.shell.wiring import Kiosk
from kiosk.ui.screens.message import MessageKind
from tests.e2e.driver import buttons, running_kiosk, tap

pytestmark = pytest.mark.e2e

EVERY_LINE = [line.id for line in DEMO_LOCATION.lines]
SEEDED_DISABLED = [line.id for line in DEMO_LOCATION.lines if line.disabled]
NO_SERVICE = "No service is available at the moment."


def change_location(sandbox: SandboxServer, **changes: Any) -> None:
    with httpx.Client(base_url=sandbox.url) as control:
        answer = control.post("/_sandbox/location", json=changes)
    assert answer.status_code == 200, answer.text


@pytest.fixture
def start(
    live_client: QminderClient, tmp_path: Path, qtbot: QtBot, qloop: qasync.QEventLoop
) -> Iterator[Any]:
    """Start the real kiosk on the sandbox, as it is now; stopped after the test."""
    running: list[Any] = []

    def started() -> Kiosk:
        context = running_kiosk(live_client, tmp_path, qtbot, qloop, wait_for_welcome=False)
        running.append(context)
        return context.__enter__()

    yield started
    for context in running:
        context.__exit__(None, None, None)


def shows_no_service(kiosk: Kiosk) -> bool:
    w = kiosk.window
    return w.current_screen() is w.message and w.message.kind() is MessageKind.NO_SERVICE


def refresh(kiosk: Kiosk) -> None:
    """What the refresh timer does every `refresh_minutes`."""
    kiosk.location.reload()


def test_no_line_to_join_says_so_and_recovers_when_one_is_enabled(
    sandbox: SandboxServer, start: Any, qtbot: QtBot
) -> None:
    change_location(sandbox, disabledLines=EVERY_LINE)
    kiosk = start()
    qtbot.waitUntil(lambda: shows_no_service(kiosk), timeout=10_000)
    message = kiosk.window.message
    assert message.text().startswith(NO_SERVICE)
    assert buttons(message) == [], "nothing to tap on the 'no service' screen"

    change_location(sandbox)  # the seeded lines again
    refresh(kiosk)
    qtbot.waitUntil(lambda: kiosk.window.current_screen() is kiosk.window.welcome, timeout=10_000)
    tap(kiosk.window.welcome, "English", qtbot)
    assert kiosk.visit.step == Step.SERVICE
    assert kiosk.window.service.buttons, "the service screen offers the lines again"


def test_lines_disabled_while_a_visitor_chooses_one(
    sandbox: SandboxServer, start: Any, qtbot: QtBot
) -> None:
    kiosk = start()
    qtbot.waitUntil(lambda: kiosk.window.current_screen() is kiosk.window.welcome, timeout=10_000)
    tap(kiosk.window.welcome, "English", qtbot)
    assert kiosk.window.current_screen() is kiosk.window.service

    change_location(sandbox, disabledLines=EVERY_LINE)
    refresh(kiosk)
    qtbot.waitUntil(lambda: shows_no_service(kiosk), timeout=10_000)
    assert kiosk.visit.step == Step.WELCOME

    change_location(sandbox)
    refresh(kiosk)
    qtbot.waitUntil(lambda: kiosk.window.current_screen() is kiosk.window.welcome, timeout=10_000)


def test_a_line_disabled_on_the_service_screen_disappears_from_it(
    sandbox: SandboxServer, start: Any, qtbot: QtBot
) -> None:
    kiosk = start()
    qtbot.waitUntil(lambda: kiosk.window.current_screen() is kiosk.window.welcome, timeout=10_000)
    tap(kiosk.window.welcome, "English", qtbot)
    offered = list(kiosk.window.service.buttons)
    assert len(offered) >= 2
    gone = offered[0]
    change_location(sandbox, disabledLines=[gone, *SEEDED_DISABLED])
    refresh(kiosk)
    qtbot.waitUntil(lambda: gone not in kiosk.window.service.buttons, timeout=10_000)
    assert list(kiosk.window.service.buttons) == offered[1:]
    assert kiosk.window.current_screen() is kiosk.window.service


def test_no_language_falls_back_to_the_default_and_recovers(
    sandbox: SandboxServer, start: Any, qtbot: QtBot
) -> None:
    change_location(sandbox, languages=[])
    kiosk = start()
    welcome = kiosk.window.welcome
    qtbot.waitUntil(lambda: kiosk.window.current_screen() is welcome, timeout=10_000)
    assert list(welcome.buttons) == ["en"], "one button: the default language"
    tap(welcome, "English", qtbot)
    assert kiosk.visit.step == Step.SERVICE
    assert kiosk.window.service.buttons

    kiosk.window.service.start_over_requested.emit()
    change_location(sandbox)
    refresh(kiosk)
    seeded = [language.code for language in DEMO_LOCATION.languages]
    qtbot.waitUntil(lambda: list(welcome.buttons) == seeded, timeout=10_000)
