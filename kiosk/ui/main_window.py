"""The kiosk window: a header strip over one stack holding every screen."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QSize, Qt, Signal
from PySide6.QtGui import QCloseEvent, QKeyEvent, QPixmap, QResizeEvent
from PySide6.QtWidgets import (
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from kiosk.ui.accessibility import AccessibilityOptions
from kiosk.ui.admin.panel import AdminPanel
from kiosk.ui.admin.pin_pad import PinPad
from kiosk.ui.bidi import left_to_right
from kiosk.ui.focus_order import ReadingOrder
from kiosk.ui.keyboard_inset import KeyboardInset
from kiosk.ui.screens.appointment import AppointmentPhoneScreen, AppointmentResultScreen
from kiosk.ui.screens.base import Screen
from kiosk.ui.screens.details import DetailsScreen
from kiosk.ui.screens.message import MessageScreen
from kiosk.ui.screens.questions import QuestionsScreen
from kiosk.ui.screens.service import ServiceScreen
from kiosk.ui.screens.ticket import TicketScreen
from kiosk.ui.screens.welcome import WelcomeScreen
from kiosk.ui.style import set_role
from kiosk.ui.theme import active_theme
from kiosk.ui.widgets.accessibility_panel import AccessibilityPanel
from kiosk.ui.widgets.header_bar import HeaderBar
from kiosk.ui.widgets.idle_overlay import IdleOverlay

if TYPE_CHECKING:
    from kiosk.ui.on_screen_keyboard import OnScreenKeyboard

_HEADER_MOVES = frozenset(
    {QEvent.Type.Resize, QEvent.Type.Move, QEvent.Type.Show, QEvent.Type.Hide}
)
WINDOWED_SIZE = QSize(1280, 800)
MINIMUM_SIZE = QSize(640, 480)


class KioskWindow(QWidget):
    """The one window of the kiosk. Every screen is built once and reused for every visitor.

    The header shows the location's logo and name (the name is left out on Welcome, which
    shows it large), a "Demo" badge when running against the built-in sandbox, and the
    Accessibility button (Large text, High contrast) at its right-hand end in every language
    (the top-left corner is kept free for staff). While the on-screen keyboard is open the
    screens shrink above it (`keyboard_inset`).

    Attributes:
        welcome, service, details, questions, ticket, message, appointment_phone,
        appointment_result: the screens.

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

        self.header = HeaderBar()
        self.logo_label = self.header.logo_label
        self.location_label = self.header.location_label
        self.demo_badge = self.header.demo_badge
        self.accessibility = AccessibilityOptions(parent=self)
        self.accessibility_button = self.header.accessibility_button
        # Audio guidance on and off, for a sighted companion; shown where the kiosk can speak.
        self.audio_button = self.header.audio_button
        self.audio_button.toggled.connect(lambda _on: self.retranslate_ui())
        self.accessibility_button.clicked.connect(self.toggle_accessibility_panel)

        self.welcome = WelcomeScreen()
        self.service = ServiceScreen()
        self.details = DetailsScreen()
        self.questions = QuestionsScreen()
        self.ticket = TicketScreen()
        self.message = MessageScreen()
        self.appointment_phone = AppointmentPhoneScreen()
        self.appointment_result = AppointmentResultScreen()
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
        self.accessibility_panel = AccessibilityPanel(self.accessibility, self)
        self.accessibility_panel.closed.connect(self._on_accessibility_panel_closed)
        self.accessibility.changed.connect(self._place_accessibility_panel)
        self.header.installEventFilter(self)  # the panel hangs under it, however tall
        self.idle_overlay = IdleOverlay(self)
        self.pin_pad = PinPad(self)
        self.admin_panel = AdminPanel(self)
        self.reading_order = ReadingOrder(self, self._on_screen_now)
        self._place_accessibility_panel()
        self.show_screen(self.message)
        self.retranslate_ui()

    def screens(self) -> list[QWidget]:
        return [
            self.welcome,
            self.service,
            self.details,
            self.questions,
            self.ticket,
            self.message,
            self.appointment_phone,
            self.appointment_result,
        ]

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
        self.appointment_phone.clear()
        self.appointment_result.clear()
        self.service.clear_waiting_counts()
        self.idle_overlay.hide_warning()
        self.pin_pad.close_pad()
        self.accessibility_panel.hide()
        self.accessibility.reset()

    def toggle_accessibility_panel(self) -> None:
        """Open (or close) the Large text / High contrast panel under the header."""
        if self.accessibility_panel.isVisible():
            self.accessibility_panel.close_panel()
            return
        self._place_accessibility_panel()
        self.accessibility_panel.open_panel()

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
            badge = self.tr("Demo · admin PIN %1").replace("%1", left_to_right(self._demo_pin))
        else:
            badge = self.tr("Demo")
        self.demo_badge.setText(badge)
        self.demo_badge.setAccessibleName(badge)
        self.accessibility_button.setText(self.tr("Accessibility"))
        self.accessibility_button.setAccessibleDescription(self.tr("Large text and high contrast"))
        on = self.audio_button.isChecked()
        self.audio_button.setText(self.tr("Audio on") if on else self.tr("Audio"))
        self.audio_button.setAccessibleDescription(self.tr("The screen read aloud"))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.header and event.type() in _HEADER_MOVES:
            self._place_accessibility_panel()
        return super().eventFilter(watched, event)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        elif event.type() == QEvent.Type.LayoutDirectionChange:
            self._place_accessibility_panel()
        super().changeEvent(event)

    def focusNextPrevChild(self, next: bool) -> bool:
        # Tab and Shift+Tab arrive here from the focused control: put the chain in reading
        # order first (the screen, its page or form may have changed since the last Tab).
        self.reading_order.apply()
        return super().focusNextPrevChild(next)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._place_accessibility_panel()

    def _place_accessibility_panel(self) -> None:
        """The panel hangs under the header, at its right-hand end."""
        panel = self.accessibility_panel
        margin = active_theme().space.page_margin
        hint = panel.sizeHint()
        width = min(hint.width(), self.width() - 2 * margin)
        height = min(
            panel.heightForWidth(width) if panel.hasHeightForWidth() else hint.height(),
            self.height() - self.header.height(),
        )
        top = self.header.geometry().bottom() + 1 if self.header.isVisible() else 0
        panel.setGeometry(self.width() - margin - width, top, width, height)

    def _on_screen_now(self) -> list[QWidget]:
        """What Tab moves through: an overlay alone, else the header and the screen."""
        for overlay in (
            self.admin_panel,
            self.pin_pad,
            self.idle_overlay,
            self.accessibility_panel,
        ):
            if overlay.isVisible():
                return [overlay]
        current = self.stack.currentWidget()
        return [self.header] + ([current] if current is not None else [])

    def _on_accessibility_panel_closed(self) -> None:
        self.accessibility_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def _update_header(self) -> None:
        on_welcome = self.stack.currentWidget() is self.welcome
        self.location_label.setText("" if on_welcome else self._location_name)

    def _on_stack_current_changed(self, _index: int) -> None:
        self._update_header()
