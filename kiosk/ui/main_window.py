"""The kiosk window: a header strip over one stack holding every screen."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QSize, Qt, Signal
from PySide6.QtGui import QCloseEvent, QKeyEvent, QPixmap
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QStackedWidget, QVBoxLayout, QWidget

from kiosk.ui.admin.panel import AdminPanel
from kiosk.ui.admin.pin_pad import PinPad
from kiosk.ui.keyboard_inset import KeyboardInset
from kiosk.ui.screens.base import Screen
from kiosk.ui.screens.details import DetailsScreen
from kiosk.ui.screens.message import MessageScreen
from kiosk.ui.screens.questions import QuestionsScreen
from kiosk.ui.screens.service import ServiceScreen
from kiosk.ui.screens.ticket import TicketScreen
from kiosk.ui.screens.welcome import WelcomeScreen
from kiosk.ui.style import set_role
from kiosk.ui.theme import active_theme
from kiosk.ui.widgets.field_base import plain_label
from kiosk.ui.widgets.idle_overlay import IdleOverlay

if TYPE_CHECKING:
    from kiosk.ui.on_screen_keyboard import OnScreenKeyboard

WINDOWED_SIZE = QSize(1280, 800)
MINIMUM_SIZE = QSize(640, 480)


class KioskWindow(QWidget):
    """The one window of the kiosk. Every screen is built once and reused for every visitor.

    The header shows the location's logo and name (the name is left out on Welcome, which
    shows it large) and a "Demo" badge when running against the built-in sandbox. While the
    on-screen keyboard is open the screens shrink above it (`keyboard_inset`).

    Attributes:
        welcome, service, details, questions, ticket, message: the screens.

    In kiosk mode (`set_kiosk_mode`) the window is frameless, full screen and on top, and it
    refuses to close (Alt+F4, the window manager's close) until `allow_close` is called after
    an admin confirmed Exit.

    Signals:
        close_refused(): something tried to close the window in kiosk mode.
        The screens carry the visitors' intent signals.
    """

    close_refused = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        space = active_theme().space
        set_role(self, "window")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self._location_name = ""
        self._locked = False
        self._demo_pin: str | None = None

        self.header = QFrame()
        set_role(self.header, "header")
        self.logo_label = QLabel()
        self.logo_label.hide()
        self.location_label = plain_label(role="header-title")
        self.demo_badge = plain_label(role="badge")
        self.demo_badge.hide()
        header_layout = QHBoxLayout(self.header)
        header_layout.setContentsMargins(space.page_margin, 0, space.page_margin, 0)
        header_layout.setSpacing(space.md)
        header_layout.addWidget(self.logo_label)
        header_layout.addWidget(self.location_label, 1)
        header_layout.addWidget(self.demo_badge, 0, Qt.AlignmentFlag.AlignVCenter)

        self.welcome = WelcomeScreen()
        self.service = ServiceScreen()
        self.details = DetailsScreen()
        self.questions = QuestionsScreen()
        self.ticket = TicketScreen()
        self.message = MessageScreen()
        self.stack = QStackedWidget()
        for screen in self.screens():
            self.stack.addWidget(screen)
        self.stack.currentChanged.connect(self._on_stack_current_changed)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.header)
        layout.addWidget(self.stack, 1)
        # An explicit minimum keeps Qt from deriving one from the wrapped texts' height at the
        # narrowest width, which would make the window taller than the screen.
        self.setMinimumSize(MINIMUM_SIZE)
        self.resize(WINDOWED_SIZE)
        self.keyboard_inset = KeyboardInset(self, layout, space.xs, self.set_compact)
        self.idle_overlay = IdleOverlay(self)
        self.pin_pad = PinPad(self)
        self.admin_panel = AdminPanel(self)
        self.show_screen(self.message)
        self.retranslate_ui()

    def screens(self) -> list[QWidget]:
        return [self.welcome, self.service, self.details, self.questions, self.ticket, self.message]

    def show_screen(self, screen: QWidget) -> None:
        """Bring one of this window's screens to the front."""
        if self.stack.indexOf(screen) < 0:
            raise ValueError(f"{type(screen).__name__} is not a screen of this window")
        self.stack.setCurrentWidget(screen)
        self._update_header()

    def current_screen(self) -> QWidget | None:
        return self.stack.currentWidget()

    def clear_visit(self) -> None:
        """Forget everything the last visitor typed or chose, on every screen."""
        self.details.clear()
        self.questions.clear()
        self.details.set_busy(False)
        self.questions.set_busy(False)
        self.ticket.clear()
        self.service.clear_waiting_counts()
        self.idle_overlay.hide_warning()
        self.pin_pad.close_pad()

    def set_location_name(self, name: str) -> None:
        """The location's name in the header and on Welcome (plain text)."""
        self._location_name = name
        self.welcome.set_location_name(name)
        self._update_header()

    def set_logo(self, logo: QPixmap | None) -> None:
        """A logo at the header's leading edge, scaled to the header's height (None: no logo)."""
        if logo is None or logo.isNull():
            self.logo_label.clear()
            self.logo_label.hide()
            return
        height = active_theme().space.header_height - 2 * active_theme().space.md
        self.logo_label.setPixmap(
            logo.scaledToHeight(height, Qt.TransformationMode.SmoothTransformation)
        )
        self.logo_label.show()

    def set_demo(self, demo: bool, pin: str | None = None) -> None:
        """Show the "Demo" badge (the kiosk runs against the built-in sandbox), and the demo's
        admin PIN on it when there is one."""
        self._demo_pin = pin
        self.demo_badge.setVisible(demo)
        self.retranslate_ui()

    def is_demo(self) -> bool:
        return not self.demo_badge.isHidden()

    def attach_keyboard(self, keyboard: OnScreenKeyboard) -> None:
        """Draw the on-screen keyboard inside this window, in the strip the screens leave free."""
        self.keyboard_inset.attach(keyboard)

    def set_compact(self, compact: bool) -> None:
        """Hide the header and subtitles (while the on-screen keyboard takes the room)."""
        self.header.setVisible(not compact)
        for screen in self.screens():
            if isinstance(screen, Screen):
                screen.set_compact(compact)

    def set_fullscreen(self, fullscreen: bool) -> None:
        """Full screen for the kiosk, or a 1280 × 800 window for setting up and demos."""
        if fullscreen:
            self.showFullScreen()
        else:
            self.showNormal()
            self.resize(WINDOWED_SIZE)

    def set_kiosk_mode(self, locked: bool, hide_cursor: bool = False) -> None:
        """Kiosk mode: frameless, on top of every other window, full screen, and closing is
        refused. Off: an ordinary window (development, demos)."""
        self._locked = locked
        self.setWindowFlag(Qt.WindowType.FramelessWindowHint, locked)
        self.setWindowFlag(Qt.WindowType.WindowStaysOnTopHint, locked)
        if hide_cursor:
            self.setCursor(Qt.CursorShape.BlankCursor)
        else:
            self.unsetCursor()
        self.set_fullscreen(locked)

    def is_locked(self) -> bool:
        return self._locked

    def allow_close(self) -> None:
        """An admin confirmed Exit: the window may close now."""
        self._locked = False

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._locked:
            event.ignore()
            self.close_refused.emit()
            return
        super().closeEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape and self._locked:
            event.accept()  # Esc never leaves the kiosk
            return
        super().keyPressEvent(event)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Check-in"))
        if self._demo_pin:
            badge = self.tr("Demo · admin PIN %1").replace("%1", self._demo_pin)
        else:
            badge = self.tr("Demo")
        self.demo_badge.setText(badge)
        self.demo_badge.setAccessibleName(badge)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def _update_header(self) -> None:
        on_welcome = self.stack.currentWidget() is self.welcome
        self.location_label.setText("" if on_welcome else self._location_name)

    def _on_stack_current_changed(self, _index: int) -> None:
        self._update_header()
