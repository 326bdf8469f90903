"""Drive the kiosk the way a visitor does: tap buttons by their label, type into fields."""

from __future__ import annotations

import asyncio
import datetime as dt
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import qasync
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QLabel, QLineEdit, QWidget
from pytestqt.qtbot import QtBot

from kiosk.api.cache import LocationCache
from kiosk.api.client import QminderClient
from kiosk.config import KioskSettings
from kiosk.controllers.delivery import DeliveryMonitor
from kiosk.controllers.idle import IdleController
from kiosk.controllers.printing import PrintController
from kiosk.controllers.wait_info import WaitInfoController
from kiosk.delivery import Backoff, Cipher, DeliveryPolicy, LookupPolicy, Outbox, Sender
from kiosk.sandbox import DEMO_LOCATION_ID
from kiosk.shell.wiring import Kiosk
from kiosk.speech.engine import SpeechEngine
from kiosk.ui.language import UiLanguage
from kiosk.ui.main_window import KioskWindow
from kiosk.ui.widgets.field_base import FieldWidget
from tests.fixtures.qt import run


@contextmanager
def running_kiosk(
    client: QminderClient,
    tmp_path: Path,
    qtbot: QtBot,
    qloop: qasync.QEventLoop,
    *,
    printer: PrintController | None = None,
    idle: IdleController | None = None,
    clock: Callable[[], dt.datetime] | None = None,
    location_id: str = DEMO_LOCATION_ID,
    wait_for_welcome: bool = True,
    senders: list[Sender] | None = None,
    wait_for_location: bool = True,
    lookup: LookupPolicy | None = None,
    voice: SpeechEngine | None = None,
    ui_language: UiLanguage | None = None,
    **settings_changes: Any,
) -> Iterator[Kiosk]:
    """A kiosk window on the sandbox, shown at 1280x800 and ready on the Welcome screen.

    Check-ins go through a real outbox (SQLite in `tmp_path`) and sender, with quick retries
    and quick lookups unless `lookup` is given; the sender is appended to `senders` when given.
    With a `voice`, audio guidance is connected. With `ui_language` the screens speak the
    visit's language (reset when the kiosk stops).
    """
    window = KioskWindow()
    qtbot.addWidget(window)
    settings = KioskSettings(demo=True, **{"ticket_seconds": 60, **settings_changes})
    outbox = Outbox.open(tmp_path / "outbox.sqlite3", Cipher([Cipher.generate_key()]))
    monitor = DeliveryMonitor()
    policy = DeliveryPolicy(
        max_age=dt.timedelta(minutes=settings.max_age_minutes),
        backoff=Backoff(base=0.2, cap=1.0, slow_interval=0.5),
        lookup=lookup or LookupPolicy(delay=0.2, interval=0.2),
    )
    sender = Sender(outbox, client, policy, on_change=monitor.refresh)
    monitor.attach(sender.status)
    if senders is not None:
        senders.append(sender)
    sending = asyncio.ensure_future(sender.run())
    kiosk = Kiosk(
        window,
        client,
        settings,
        location_id,
        LocationCache(tmp_path),
        sender=sender,
        delivery=monitor,
        wait_info=WaitInfoController(client),
        printer=printer,
        idle=idle,
        ui_language=ui_language,
        **({"clock": clock} if clock is not None else {}),
        speech=voice,
    )
    window.resize(1280, 800)
    window.show()
    kiosk.start()
    if wait_for_welcome:
        qtbot.waitUntil(lambda: window.current_screen() is window.welcome, timeout=10_000)
    elif wait_for_location:
        qtbot.waitUntil(lambda: kiosk.visit.location is not None, timeout=10_000)
    try:
        yield kiosk
    finally:
        kiosk.halt()
        qtbot.waitUntil(lambda: not kiosk.checkin.busy, timeout=10_000)
        if printer is not None:
            qtbot.waitUntil(lambda: not printer.busy, timeout=10_000)
            printer.close()
        sender.stop()
        sending.cancel()
        run(qloop, sender.aclose(), qtbot)
        outbox.close()
        if ui_language is not None:
            ui_language.reset()


def buttons(root: QWidget) -> list[QAbstractButton]:
    return [b for b in root.findChildren(QAbstractButton) if b.isVisibleTo(root)]


def tap(root: QWidget, label: str, qtbot: QtBot) -> None:
    """Tap the visible button whose accessible name or text is `label`."""
    matches = [b for b in buttons(root) if label in (b.accessibleName(), b.text())]
    assert matches, f"no button {label!r} among {[b.text() for b in buttons(root)]}"
    assert matches[0].isEnabled(), f"button {label!r} is disabled"
    qtbot.mouseClick(matches[0], Qt.MouseButton.LeftButton)


def type_into(field: FieldWidget, text: str, qtbot: QtBot) -> None:
    edit = next(w for w in field.inputs() if isinstance(w, QLineEdit))
    edit.clear()
    qtbot.keyClicks(edit, text)


def choose(field: FieldWidget, labels: list[str], qtbot: QtBot) -> None:
    options = {b.accessibleName(): b for b in field.inputs() if isinstance(b, QAbstractButton)}
    for label in labels:
        assert label in options, f"no option {label!r} among {sorted(options)}"
        qtbot.mouseClick(options[label], Qt.MouseButton.LeftButton)


def visible_texts(root: QWidget) -> list[str]:
    return [lbl.text() for lbl in root.findChildren(QLabel) if lbl.isVisibleTo(root)]
