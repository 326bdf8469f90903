"""The admin panel: how the kiosk is doing, and the few things staff may do to it."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QWidget

from kiosk.ui.bidi import fill, isolate
from kiosk.ui.screens.base import scroll_area
from kiosk.ui.style import set_role
from kiosk.ui.theme import active_theme
from kiosk.ui.widgets.card_overlay import CardOverlay
from kiosk.ui.widgets.field_base import plain_label
from kiosk.ui.widgets.touch_button import TouchButton

AUTO_CLOSE_MS = 120_000
"""The panel closes itself after two minutes without a tap (staff walked away)."""


@dataclass(frozen=True, slots=True)
class AdminStatus:
    """What the panel shows; plain text and numbers, made by the wiring."""

    connected: bool
    connection_detail: str
    last_refresh: str
    version: str
    queued: int
    expired: int
    rejected: int
    last_error: str | None
    printer: str | None
    unreadable: int = 0
    store_problem: str | None = None
    """``"full"`` (no space left) or ``"unwritable"`` while new check-ins cannot be stored."""
    store_replaced: bool = False
    speech: bool = False
    """Audio guidance can speak (a text-to-speech engine, and ``speech`` is not "off")."""
    voiceless: tuple[str, ...] = ()
    """The offered languages (their own names) audio guidance has no voice for."""
    spoken_instead: str = ""
    """The language (its own name) said instead of a voiceless one."""


class AdminPanel(CardOverlay):
    """Status rows and actions. Exit asks for confirmation first: it loses the kiosk's service
    until someone starts it again.

    Signals:
        reload_requested(): read the configuration file and Qminder's configuration again.
        test_print_requested(): print a sample slip.
        exit_requested(): confirmed: close the kiosk application.
        closed(): the panel was closed (back to the visitors' screens).
    """

    reload_requested = Signal()
    test_print_requested = Signal()
    exit_requested = Signal()
    closed = Signal()

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent, max_width=860)
        space = active_theme().space
        self.setObjectName("admin-panel")
        self._status: AdminStatus | None = None
        self._confirming = False
        self.title_label = plain_label(role="title")
        self.rows = QGridLayout()
        self.rows.setHorizontalSpacing(space.lg)
        self.rows.setVerticalSpacing(space.sm)
        self.names: dict[str, QLabel] = {}
        self.values: dict[str, QLabel] = {}
        for index, key in enumerate(
            ("connection", "refresh", "outbox", "store", "error", "printer", "speech", "version")
        ):
            name = plain_label(role="muted")
            name.setWordWrap(True)
            value = plain_label(role="body")
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
            self.rows.addWidget(name, index, 0, Qt.AlignmentFlag.AlignTop)
            self.rows.addWidget(value, index, 1)
            self.names[key], self.values[key] = name, value
        self.rows.setColumnStretch(0, 2)
        self.rows.setColumnStretch(1, 3)
        self.confirm_label = plain_label(role="subtitle")
        self.confirm_label.setWordWrap(True)
        self.reload_button = TouchButton(wrap=True)
        self.print_button = TouchButton(wrap=True)
        self.exit_button = TouchButton(wrap=True)
        self.close_button = TouchButton(role="primary")
        self.confirm_exit_button = TouchButton(role="primary")
        self.cancel_exit_button = TouchButton()
        self.reload_button.clicked.connect(self._on_reload)
        self.print_button.clicked.connect(self._on_print)
        self.exit_button.clicked.connect(self._ask_exit)
        self.close_button.clicked.connect(self.close_panel)
        self.confirm_exit_button.clicked.connect(self.exit_requested)
        self.cancel_exit_button.clicked.connect(self._cancel_exit)
        actions = QGridLayout()
        actions.setSpacing(space.sm)
        actions.addWidget(self.reload_button, 0, 0)
        actions.addWidget(self.print_button, 0, 1)
        actions.addWidget(self.exit_button, 1, 0)
        actions.addWidget(self.close_button, 1, 1)
        confirm = QHBoxLayout()
        confirm.setSpacing(space.sm)
        confirm.addStretch(1)
        confirm.addWidget(self.cancel_exit_button)
        confirm.addWidget(self.confirm_exit_button)
        rows = QWidget()
        set_role(rows, "transparent")
        rows.setLayout(self.rows)
        self.rows.setContentsMargins(0, 0, 0, 0)
        self.rows_area = scroll_area(rows)
        self.card_layout.addWidget(self.title_label)
        self.card_layout.addWidget(self.rows_area, 1)
        self.card_layout.addSpacing(space.sm)
        self.card_layout.addWidget(self.confirm_label)
        self.card_layout.addLayout(confirm)
        self.card_layout.addLayout(actions)
        self._auto_close = QTimer(self)
        self._auto_close.setObjectName("admin-auto-close")
        self._auto_close.setSingleShot(True)
        self._auto_close.setInterval(AUTO_CLOSE_MS)
        self._auto_close.timeout.connect(self.close_panel)
        self._show_confirmation(False)
        self.retranslate_ui()

    def show_status(self, status: AdminStatus) -> None:
        """Open (or refresh) the panel with this status."""
        self._status = status
        self.retranslate_ui()
        self._fit()
        if not self.isVisible():
            self._show_confirmation(False)
            self.open()
            self.close_button.setFocus()
        self._auto_close.start()

    def _fit(self) -> None:
        """As tall as the rows need, as far as the window allows; the rest scrolls."""
        super()._fit()
        content = self.rows_area.widget()
        if content is None:
            return
        margins = self.card_layout.contentsMargins()
        inner = self.card.width() - margins.left() - margins.right()
        layout = content.layout()
        want = (
            layout.heightForWidth(inner)
            if layout is not None and layout.hasHeightForWidth()
            else content.sizeHint().height()
        )
        others = self.card.sizeHint().height() - self.rows_area.sizeHint().height()
        room = self.height() - 2 * active_theme().space.md - others
        self.rows_area.setMinimumHeight(max(0, min(want, room)))

    def close_panel(self) -> None:
        self._auto_close.stop()
        self._show_confirmation(False)
        if self.isVisible():
            self.hide()
            self.closed.emit()

    def _on_reload(self) -> None:
        self._auto_close.start()
        self.reload_requested.emit()

    def _on_print(self) -> None:
        self._auto_close.start()
        self.test_print_requested.emit()

    def _ask_exit(self) -> None:
        self._auto_close.start()
        self._show_confirmation(True)
        self.cancel_exit_button.setFocus()

    def _cancel_exit(self) -> None:
        self._auto_close.start()
        self._show_confirmation(False)

    def _show_confirmation(self, confirming: bool) -> None:
        self._confirming = confirming
        self.confirm_label.setVisible(confirming)
        self.confirm_exit_button.setVisible(confirming)
        self.cancel_exit_button.setVisible(confirming)
        for button in (self.reload_button, self.print_button, self.exit_button, self.close_button):
            button.setVisible(not confirming)
        self.print_button.setVisible(
            not confirming and self._status is not None and self._status.printer is not None
        )
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.title_label.setText(self.tr("Admin"))
        names = {
            "connection": self.tr("Qminder"),
            "refresh": self.tr("Configuration"),
            "outbox": self.tr("Saved check-ins"),
            "store": self.tr("Check-in store"),
            "error": self.tr("Last delivery error"),
            "printer": self.tr("Printer"),
            "speech": self.tr("Audio guidance"),
            "version": self.tr("Version"),
        }
        for key, text in names.items():
            self.names[key].setText(text)
        status = self._status
        if status is not None:
            connection = self.tr("Connected") if status.connected else self.tr("Not connected")
            if status.connection_detail:
                connection = f"{connection} ({isolate(status.connection_detail)})"
            values = {
                "connection": connection,
                "refresh": fill(self.tr("Last loaded %1"), isolate(status.last_refresh)),
                "outbox": fill(
                    self.tr("%1 waiting to be sent, %2 expired, %3 rejected"),
                    *(isolate(str(n)) for n in (status.queued, status.expired, status.rejected)),
                ),
                "store": self._store_text(status),
                "error": status.last_error or self.tr("None"),
                "printer": status.printer or self.tr("None"),
                "speech": self._speech_text(status),
                "version": status.version,
            }
            for key, text in values.items():
                self.values[key].setText(text)
                self.values[key].setAccessibleName(f"{names[key]}: {isolate(text)}")
        waiting = status.queued if status is not None else 0
        question = self.tr("Exit the kiosk? Visitors cannot check in until it is started again.")
        if waiting:
            question += " " + fill(
                self.tr("Saved check-ins still to be sent when it starts again: %1."),
                isolate(str(waiting)),
            )
        self.confirm_label.setText(question)
        self.reload_button.setText(self.tr("Reload configuration"))
        self.print_button.setText(self.tr("Print test ticket"))
        self.exit_button.setText(self.tr("Exit kiosk"))
        self.close_button.setText(self.tr("Close"))
        self.confirm_exit_button.setText(self.tr("Exit"))
        self.cancel_exit_button.setText(self.tr("Cancel"))

    def _speech_text(self, status: AdminStatus) -> str:
        """Audio guidance: off, a voice for every language, or the languages without one."""
        if not status.speech:
            return self.tr("Off")
        if not status.voiceless:
            return self.tr("A voice for every language")
        return fill(
            self.tr("No voice for %1: spoken in %2 instead"),
            ", ".join(isolate(name) for name in status.voiceless),
            isolate(status.spoken_instead),
        )

    def _store_text(self, status: AdminStatus) -> str:
        """The store's health: why new check-ins are refused, and a replaced file."""
        parts: list[str] = []
        if status.unreadable:
            parts.append(
                self.tr(
                    "The check-in store cannot be read with this key: %1 check-ins waiting. "
                    "New check-ins are refused until the right key is back."
                ).replace("%1", isolate(str(status.unreadable)))
            )
        if status.store_problem == "full":
            parts.append(self.tr("No space left on the disk: new check-ins are refused."))
        elif status.store_problem is not None:
            parts.append(self.tr("The data folder cannot be written: new check-ins are refused."))
        if status.store_replaced:
            parts.append(
                self.tr(
                    "The check-in store was replaced or emptied outside the kiosk: "
                    "check-ins may have been lost."
                )
            )
        return " ".join(parts) or self.tr("No problems")

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
