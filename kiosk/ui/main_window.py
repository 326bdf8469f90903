"""The kiosk window: a header strip over one stack holding every screen."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QSize, Qt, Signal
from PySide6.QtGui import QCloseEvent, QKeyEvent, QPixmap, QResizeEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
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
from kiosk.ui.widgets.fitted_label import FittedLabel
from kiosk.ui.widgets.idle_overlay import IdleOverlay
from kiosk.ui.widgets.touch_button import TouchButton

if TYPE_CHECKING:
    from kiosk.ui.on_screen_keyboard import OnScreenKeyboard

QWIDGETSIZE_MAX = (1 << 24) - 1
_HEADER_CHANGES = frozenset({QEvent.Type.Resize, QEvent.Type.LayoutRequest})
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

        self.header = QFrame()
        set_role(self.header, "header")
        self.logo_label = QLabel()
        self.logo_label.hide()
        # On a narrow screen the badge takes two lines; the location's name gives way (cut
        # with "…", whole in its accessible name) before the kiosk's own badge and button.
        self.location_label = FittedLabel(role="header-title")
        self.demo_badge = FittedLabel(role="badge", max_lines=2, keep_whole=True)
        self.demo_badge.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.demo_badge.hide()
        self.accessibility = AccessibilityOptions(parent=self)
        self.accessibility_button = TouchButton(role="secondary")
        self.accessibility_button.setObjectName("accessibility-button")
        self.accessibility_button.clicked.connect(self.toggle_accessibility_panel)
        header_layout = QHBoxLayout(self.header)
        self._header_layout = header_layout
        header_layout.setContentsMargins(space.page_margin, 0, space.page_margin, 0)
        header_layout.setSpacing(space.md)
        header_layout.addWidget(self.logo_label)
        header_layout.addWidget(self.location_label, 1)
        header_layout.addWidget(self.demo_badge, 0, Qt.AlignmentFlag.AlignVCenter)
        header_layout.addWidget(self.accessibility_button, 0, Qt.AlignmentFlag.AlignVCenter)
        self.header.installEventFilter(self)

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
        self.idle_overlay = IdleOverlay(self)
        self.pin_pad = PinPad(self)
        self.admin_panel = AdminPanel(self)
        self.reading_order = ReadingOrder(self, self._on_screen_now)
        self._keep_accessibility_button_right()  # a window made while right to left too
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
        self._fit_header()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.header and event.type() in _HEADER_CHANGES:
            self._fit_header()
        return super().eventFilter(watched, event)

    def _fit_header(self) -> None:
        """When the header's texts do not fit on one line each, the badge takes two lines
        (never cut), and the location's name gets what is left."""
        layout = self._header_layout
        margins = layout.contentsMargins()
        shown = [w for w in (self.logo_label, self.demo_badge) if not w.isHidden()]
        room = self.header.width() - margins.left() - margins.right()
        room -= layout.spacing() * (len(shown) + 1)  # between the name, these and the button
        labels = [w for w in (self.location_label, self.demo_badge) if not w.isHidden()]
        wanted = (
            sum(w.natural_width() for w in labels) + self.accessibility_button.sizeHint().width()
        )
        wanted += self.logo_label.sizeHint().width() if not self.logo_label.isHidden() else 0
        narrow = wanted > room
        limits = {self.demo_badge: self.demo_badge.minimumSizeHint().width()}
        changed = False
        for widget, limit in limits.items():
            limit = limit if narrow else QWIDGETSIZE_MAX
            if widget.maximumWidth() != limit:
                widget.setMaximumWidth(limit)
                changed = True
            tall = widget.heightForWidth(limit) if narrow and widget.hasHeightForWidth() else 0
            if widget.minimumHeight() != tall:
                widget.setMinimumHeight(tall)
                changed = True
        if changed:
            layout.invalidate()  # the pending layout pass sees the new limits, not stale hints

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        elif event.type() == QEvent.Type.LayoutDirectionChange:
            self._keep_accessibility_button_right()
        super().changeEvent(event)

    def focusNextPrevChild(self, next: bool) -> bool:
        # Tab and Shift+Tab arrive here from the focused control: put the chain in reading
        # order first (the screen, its page or form may have changed since the last Tab).
        self.reading_order.apply()
        return super().focusNextPrevChild(next)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._place_accessibility_panel()

    def _keep_accessibility_button_right(self) -> None:
        """The button stays at the right in right-to-left languages too (the header's start)."""
        layout = self._header_layout
        layout.removeWidget(self.accessibility_button)
        index = 0 if self.isRightToLeft() else layout.count()
        layout.insertWidget(index, self.accessibility_button, 0, Qt.AlignmentFlag.AlignVCenter)
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
        self._fit_header()

    def _on_stack_current_changed(self, _index: int) -> None:
        self._update_header()
