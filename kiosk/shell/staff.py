"""The staff side of a running kiosk: corner taps → PIN pad → admin panel → its actions.

Built by `kiosk.shell.run` next to the visitor wiring (`kiosk.shell.wiring.Kiosk`); the
panel's Reload and Exit end the current run (`reload_requested`, `exit_requested`), which
`kiosk.shell.run` turns into re-reading the configuration or leaving.
"""

from __future__ import annotations

import datetime as dt
import logging

from PySide6.QtCore import QObject, Signal

from kiosk.config import KioskSettings
from kiosk.controllers.admin import AdminAccess, Verdict
from kiosk.domain.hours import location_zone
from kiosk.domain.languages import native_name
from kiosk.shell.about import PRODUCT_NAME, about_line
from kiosk.shell.wiring import Kiosk
from kiosk.speech.narrator import language_name
from kiosk.ui.admin.gesture import CornerTaps
from kiosk.ui.admin.panel import AdminStatus

log = logging.getLogger("kiosk.admin")


class AdminDesk(QObject):
    """Connects the admin gesture, PIN pad and panel of one running kiosk.

    Signals:
        reload_requested(): re-read the configuration file and start the kiosk again.
        exit_requested(): an admin confirmed Exit.
    """

    reload_requested = Signal()
    exit_requested = Signal()

    def __init__(self, kiosk: Kiosk, access: AdminAccess, settings: KioskSettings) -> None:
        super().__init__(kiosk)
        self.kiosk = kiosk
        self.access = access
        window = kiosk.window
        self.gesture = CornerTaps(
            window,
            taps=settings.admin_taps,
            seconds=settings.admin_tap_seconds,
            corner=settings.admin_corner,
        )
        self.gesture.enabled = access.enabled
        self.gesture.triggered.connect(self.open_pad)
        self._watched: QObject | None = None
        window.pin_pad.submitted.connect(self._on_pin)
        window.admin_panel.reload_requested.connect(self._on_reload)
        window.admin_panel.test_print_requested.connect(self._on_test_print)
        window.admin_panel.exit_requested.connect(self._on_exit)
        window.admin_panel.closed.connect(kiosk.idle.note_activity)
        kiosk.delivery.changed.connect(self._refresh_panel)

    def start(self) -> None:
        """Watch for the gesture; call once the window is shown (its QWindow exists).

        The filter sits on the top-level QWindow, which sees every touch and click before Qt
        hands it to a widget, and nothing else (an application-wide filter would route every
        event of every object through Python).
        """
        window = self.kiosk.window
        self.remove()
        self._watched = window.windowHandle() or window
        self._watched.installEventFilter(self.gesture)

    def remove(self) -> None:
        if self._watched is not None:
            self._watched.removeEventFilter(self.gesture)
            self._watched = None

    def open_pad(self) -> None:
        if not self.access.enabled:
            return
        pad = self.kiosk.window.pin_pad
        locked = self.access.locked_seconds()
        if locked:
            pad.show_locked(locked)
        else:
            pad.ask()

    def status(self) -> AdminStatus:
        kiosk = self.kiosk
        delivery = kiosk.delivery.status
        location = kiosk.location
        loaded = location.loaded_at
        refresh = "-" if loaded is None else f"{loaded.astimezone():%Y-%m-%d %H:%M:%S}"
        failure = location.last_failure
        connected = failure is None and delivery.online and loaded is not None
        printer = kiosk.printer.target if kiosk.printer is not None else None
        speech, voiceless, instead = self._speech_status()
        return AdminStatus(
            connected=connected,
            connection_detail=failure or ("" if delivery.online else "offline"),
            last_refresh=refresh,
            version=about_line().removeprefix(PRODUCT_NAME).strip(),
            queued=delivery.waiting,
            expired=delivery.expired,
            rejected=delivery.rejected,
            last_error=_short(delivery.last_error),
            printer=printer.name if printer is not None else None,
            unreadable=delivery.unreadable,
            store_problem=delivery.store_problem,
            store_replaced=delivery.store_replaced,
            speech=speech,
            voiceless=voiceless,
            spoken_instead=instead,
        )

    def _speech_status(self) -> tuple[bool, tuple[str, ...], str]:
        """Whether audio guidance can speak, the offered languages it has no voice for (their
        own names), and the language said instead."""
        speech, location = self.kiosk.speech, self.kiosk.visit.location
        if speech is None or speech.guidance.mode == "off":
            return False, (), ""
        if location is None:
            return True, (), ""
        names = {language.code: native_name(language) for language in location.languages}
        missing = speech.engine.missing_languages(names)
        default = location.primary_language
        instead = speech.engine.spoken_language(default, default) or default
        return (
            True,
            tuple(names[code] for code in missing),
            names.get(instead) or language_name(instead),
        )

    def _on_pin(self, pin: str) -> None:
        pad = self.kiosk.window.pin_pad
        result = self.access.check(pin)
        if result.verdict is Verdict.OK:
            pad.close_pad()
            self.kiosk.idle.disarm()
            self.kiosk.window.admin_panel.show_status(self.status())
        elif result.verdict is Verdict.LOCKED:
            pad.show_locked(result.locked_seconds)
        else:
            pad.show_wrong(result.tries_left)

    def _refresh_panel(self, _status: object = None) -> None:
        panel = self.kiosk.window.admin_panel
        if panel.isVisible():
            panel.show_status(self.status())

    def _on_reload(self) -> None:
        log.info("admin: reload the configuration")
        self.reload_requested.emit()

    def _on_test_print(self) -> None:
        printer = self.kiosk.printer
        location = self.kiosk.visit.location
        heading = location.name if location is not None else ""
        zone = location_zone(location) if location is not None else None
        if printer is not None and printer.print_test_ticket(heading=heading, zone=zone):
            log.info("admin: test print")

    def _on_exit(self) -> None:
        log.info("admin: exit confirmed at %s", dt.datetime.now().astimezone().isoformat())
        self.kiosk.window.allow_close()
        self.exit_requested.emit()


def _short(text: str | None, limit: int = 120) -> str | None:
    if text is None or len(text) <= limit:
        return text
    return text[: limit - 1] + "…"
