"""Two notices around the visit: Welcome's QR code to join on the phone instead, and the privacy
notice on the details screen.

* Welcome shows a QR code to the Visitor Website where `remote_join_qr` is on and the location
  allows remote sign-in (`kiosk.domain.visit_options.remote_join_url`).
* The details screen shows the location's `privacy_text` for the visitor's language, or the
  built-in sentence, with a QR code to `privacy_url` when one is set.
"""

from __future__ import annotations

from PySide6.QtCore import QObject

from kiosk.controllers.visit import Step
from kiosk.domain.visit_options import privacy_text_for, remote_join_url
from kiosk.shell.connector import Connector, Hall


class VisitNotices(Connector):
    """Keeps Welcome's remote-join code and the details screen's privacy notice up to date."""

    def __init__(self, hall: Hall, parent: QObject | None = None) -> None:
        super().__init__(hall, parent)
        hall.visit.step_changed.connect(self._on_step)

    def location_loaded(self, _location: object = None) -> None:
        """The visit took the location in (tailored): the remote-join code follows it."""
        location = self.visit.location
        url = remote_join_url(self._settings.remote_join_qr, location) if location else None
        self.window.welcome.set_remote_join_url(url)

    def _on_step(self, step: Step) -> None:
        if step == Step.DETAILS:
            text = privacy_text_for(self._settings.privacy_text, self.visit.language)
            self.window.details.set_privacy(text, self._settings.privacy_url)
