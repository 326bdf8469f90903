"""The kiosk's mode on screen: what the signals say goes into the mode controller, and the mode
comes out on the window by one function, whenever nobody is in the middle of a visit.

The mode controller decides (`kiosk.controllers.mode`); this connector only translates the
location, opening-hours and delivery signals into its inputs and renders its answer. A visit
in progress is never interrupted: the mode is shown when the visit is back at Welcome.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject

from kiosk.controllers.checkin import CheckInController
from kiosk.controllers.hours import HoursController
from kiosk.controllers.location import LoadFailure
from kiosk.controllers.mode import Blocker, Mode, ModeController
from kiosk.controllers.visit import Step
from kiosk.delivery.outcome import DeliveryStatus
from kiosk.domain.hours import OpeningState, location_zone
from kiosk.domain.models import Location
from kiosk.shell.connector import Connector, Hall
from kiosk.ui.closed_notice import ClosedNotice
from kiosk.ui.main_window import KioskWindow
from kiosk.ui.screens.message import MessageKind

log = logging.getLogger("kiosk.shell.mode")

MESSAGES = {
    Mode.LOADING: MessageKind.LOADING,
    Mode.LOAD_FAILED: MessageKind.LOAD_FAILED,
    Mode.CLOSED: MessageKind.CLOSED,
    Mode.NO_SERVICE: MessageKind.NO_SERVICE,
    Mode.UNAVAILABLE: MessageKind.UNAVAILABLE,
}
"""The message each mode but Ready shows."""


def show_mode(window: KioskWindow, mode: Mode, detail: str | None = None) -> None:
    """Render `mode`: Welcome when ready, else its message (`detail`: the Closed text)."""
    if mode is Mode.READY:
        window.show_screen(window.welcome)
        return
    window.message.show_message(MESSAGES[mode], detail)
    window.show_screen(window.message)


def blockers_of(status: DeliveryStatus, offline: str) -> dict[Blocker, bool]:
    """Which delivery blockers `status` sets (`offline`: the settings' offline mode)."""
    return {
        Blocker.CREDENTIALS: status.unavailable,
        Blocker.STORE_UNREADABLE: bool(status.unreadable),
        Blocker.STORE_FULL: status.store_problem is not None,
        Blocker.OFFLINE: offline == "refuse" and not status.online,
    }


class ModeView(Connector):
    """Feeds `mode` and shows it on `window` while the visit is at Welcome."""

    def __init__(
        self,
        hall: Hall,
        mode: ModeController,
        checkin: CheckInController,
        hours: HoursController,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(hall, parent)
        self.mode = mode
        self._checkin = checkin
        self._hours = hours
        self._offline = hall.settings.offline
        self._closed_notice = ClosedNotice(parent=self)
        self._shown: Mode | None = None
        self._status: DeliveryStatus | None = None
        mode.changed.connect(self._on_mode_changed)

    # -- inputs ------------------------------------------------------------------------------

    def location_loaded(self, location: Location) -> None:
        self.mode.location_loaded(len(location.offered_lines))

    def location_failed(self, kind: str) -> None:
        self.mode.location_failed(credentials_refused=kind == LoadFailure.AUTH)

    def location_retrying(self) -> None:
        self.mode.location_retrying()

    def hours_checked(self, state: OpeningState) -> None:
        self.mode.hours_checked(state)
        if not state.open:
            self.render()  # the Closed text says when it opens, counted from now

    def delivery_changed(self, status: DeliveryStatus) -> None:
        self._status = status
        for blocker, active in blockers_of(status, self._offline).items():
            self.mode.set_blocker(blocker, active)

    # -- rendering ---------------------------------------------------------------------------

    def at_home(self) -> bool:
        """Nobody is in the middle of a visit: the mode may be shown."""
        return self.visit.step == Step.WELCOME and not self._checkin.busy

    def render(self) -> None:
        """Show the mode, if nobody is in the middle of a visit."""
        if not self.at_home():
            return
        mode = self.mode.mode
        if mode is not self._shown:
            self._log_change(mode)
        self._shown = mode
        show_mode(self.window, mode, self._closed_text() if mode is Mode.CLOSED else None)

    def _on_mode_changed(self, _mode: Mode) -> None:
        self.render()

    def _closed_text(self) -> str | None:
        location, state = self.visit.location, self._hours.state
        if location is None or state is None:
            return None
        zone = location_zone(location)
        opening = state.next_opening.astimezone(zone) if state.next_opening else None
        lines = self._closed_notice.lines(
            [language.code for language in location.languages] or ["en"],
            opening,
            state.reason,
            self._hours.now().astimezone(zone),
            self.visit.default_region,
        )
        return "\n".join(lines)

    def _log_change(self, mode: Mode) -> None:
        if mode is Mode.READY and self._shown is not None:
            log.info("ready: the welcome screen is shown")
        elif mode is Mode.NO_SERVICE:
            log.warning("no line of the location can be joined: showing 'no service'")
        elif mode is Mode.UNAVAILABLE and self._status is not None:
            log.info("check-in unavailable: %s", _why(self._status))


def _why(status: DeliveryStatus) -> str:
    """Why visitors are sent to the desk, for the log (English, no personal data)."""
    if status.unreadable:
        return f"the check-in store cannot be read with this key: {status.unreadable} waiting"
    if status.store_problem is not None:
        return f"the check-in store cannot take check-ins ({status.store_problem})"
    return status.last_error or "Qminder not answering"
