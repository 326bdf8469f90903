"""What every connector of the front hall starts from.

A connector ties the window's screens to the controllers of one part of the visit. Each one
works with the same four things, the `Hall`: the window, the visit, the idle watch and the
settings; `Connector` keeps them, so a connector's constructor names only what is its own.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QObject

from kiosk.config import KioskSettings
from kiosk.controllers.idle import IdleController
from kiosk.controllers.visit import VisitController
from kiosk.ui.main_window import KioskWindow


@dataclass(frozen=True, slots=True)
class Hall:
    window: KioskWindow
    visit: VisitController
    idle: IdleController
    settings: KioskSettings


class Connector(QObject):
    """Keeps the hall's parts as ``window``, ``visit``, ``_idle`` and ``_settings``."""

    def __init__(self, hall: Hall, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.window = hall.window
        self.visit = hall.visit
        self._idle = hall.idle
        self._settings = hall.settings
