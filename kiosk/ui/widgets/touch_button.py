"""A large touch button whose text wraps onto more lines instead of being cut off."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QRect, QSize, Qt
from PySide6.QtGui import QFontMetrics, QIcon, QKeyEvent, QPaintEvent, QPixmap
from PySide6.QtWidgets import (
    QPushButton,
    QSizePolicy,
    QStyle,
    QStyleOptionButton,
    QStylePainter,
    QWidget,
)

from kiosk.ui.style import set_role
from kiosk.ui.widgets.text_fit import FittedTexts, narrowest_width

_LONGEST_UNBROKEN = 12
"""A word longer than this many average letters may be broken: it does not set the width."""
_SIZE_CHANGES = frozenset(
    {
        QEvent.Type.FontChange,
        QEvent.Type.StyleChange,
        QEvent.Type.LayoutDirectionChange,
        QEvent.Type.PaletteChange,
    }
)


class TouchButton(QPushButton):
    """A push button for fingers: a stylesheet role, and text that wraps when it is long.

    The accessible name always follows the visible text, so a screen reader announces exactly
    what the visitor sees. A tap does not take the keyboard focus (no focus ring on a touch
    screen); Tab does, and Enter or Space then press the button. Text is never interpreted as
    a mnemonic or markup: an ``&`` in a service name stays an ``&``.

    Args:
        text: the label.
        role: the stylesheet role ("primary", "secondary", "choice", "option", "stepper"...).
        wrap: break long text onto several lines (service names, answer options); a word too
            long for the button is broken where it must be.
        alignment: where wrapped text sits (``AlignLeft`` follows the layout direction).
        max_lines: with `wrap`, the most lines a paragraph of the text takes; the rest is cut
            with "…" (the accessible name keeps the whole text). None: no limit.

    Signals:
        Those of QPushButton (``clicked``, ``toggled``).
    """

    def __init__(
        self,
        text: str = "",
        parent: QWidget | None = None,
        *,
        role: str = "secondary",
        wrap: bool = False,
        alignment: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignCenter,
        max_lines: int | None = None,
    ) -> None:
        super().__init__(parent)
        self._wrap = wrap
        self._alignment = alignment
        self._heights: dict[tuple[int, str, bool], int] = {}
        self._widths: dict[tuple[int, str, bool], int] = {}
        self._fitted = FittedTexts(max_lines)
        set_role(self, role)
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        if wrap:
            policy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
            policy.setHeightForWidth(True)
            self.setSizePolicy(policy)
        self.setText(text)

    def setText(self, text: str) -> None:
        """Set the label (plain text) and the matching accessible name."""
        # "&" would otherwise make the next letter a mnemonic and vanish from the label.
        super().setText(text.replace("&", "&&"))
        self.setAccessibleName(text)
        self._fitted.set_text(text)
        self._forget_sizes()
        self.updateGeometry()

    def setIcon(self, icon: QIcon | QPixmap) -> None:
        super().setIcon(icon)
        self._forget_sizes()
        self.updateGeometry()

    def label(self) -> str:
        """The visible label as plain text (``text()`` doubles any ``&``)."""
        return self.text().replace("&&", "&")

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Enter presses a focused button, as Space does (keypads and switch devices send Enter).
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not event.isAutoRepeat():
            if self.isEnabled():
                self.click()
            event.accept()
            return
        super().keyPressEvent(event)

    def hasHeightForWidth(self) -> bool:
        return self._wrap

    def heightForWidth(self, width: int) -> int:
        if not self._wrap:
            return super().heightForWidth(width)
        # The stylesheet's padding and min-height count too: they arrive with the polish.
        key = (width, self.font().key(), self.testAttribute(Qt.WidgetAttribute.WA_WState_Polished))
        height = self._heights.get(key)
        if height is None:
            height = self._heights[key] = self._measure_height(width)
        return height

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in _SIZE_CHANGES:
            self._forget_sizes()
        super().changeEvent(event)

    def _measure_height(self, width: int) -> int:
        option = self._option()
        chrome = self.style().sizeFromContents(
            QStyle.ContentsType.CT_PushButton, option, QSize(0, 0), self
        )
        text_width = max(1, width - chrome.width() - self._icon_room())
        text_height = self._fitted.height(self.font(), text_width, self.layoutDirection())
        content = QSize(text_width + self._icon_room(), max(text_height, self._icon_height()))
        size = self.style().sizeFromContents(
            QStyle.ContentsType.CT_PushButton, option, content, self
        )
        return max(size.height(), self.minimumHeight())

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        if not self._wrap:
            return hint
        return QSize(hint.width(), max(hint.height(), self.heightForWidth(hint.width())))

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        if not self._wrap:
            return hint
        option = self._option()
        words = self.label().split() or [""]
        metrics = QFontMetrics(self.font())
        longest = min(
            max(metrics.horizontalAdvance(w) for w in words),
            metrics.averageCharWidth() * _LONGEST_UNBROKEN,
        )
        chrome = self.style().sizeFromContents(
            QStyle.ContentsType.CT_PushButton, option, QSize(0, 0), self
        )
        return QSize(longest + chrome.width() + self._icon_room(), hint.height())

    def width_for_lines(self, lines: int) -> int:
        """The narrowest width at which a wrapping button shows its whole label on `lines`
        lines, broken between words only (a single word keeps one line, however wide)."""
        self.ensurePolished()
        key = (lines, self.font().key(), self.isRightToLeft())
        text = self._widths.get(key)
        if text is None:
            direction = self.layoutDirection()
            text = self._widths[key] = narrowest_width(self.label(), self.font(), lines, direction)
        return max(text + self._chrome_width() + self._icon_room(), self.sizeHint().height())

    def _chrome_width(self) -> int:
        """Border and padding across, with or without the focus ring (which may be thicker):
        the width the text is not drawn in (as in `paintEvent`)."""
        widest = 0
        for focus in (False, True):
            option = self._option()
            option.rect = QRect(0, 0, 10_000, 1_000)
            if focus:
                option.state |= QStyle.StateFlag.State_HasFocus
            contents = self.style().subElementRect(
                QStyle.SubElement.SE_PushButtonContents, option, self
            )
            widest = max(widest, option.rect.width() - contents.width())
        return widest

    def paintEvent(self, event: QPaintEvent) -> None:
        if not self._wrap:
            super().paintEvent(event)
            return
        painter = QStylePainter(self)
        option = self._option()
        icon = QIcon(option.icon)  # a copy: the option is cleared below
        option.text = ""
        option.icon = QIcon()
        painter.drawControl(QStyle.ControlElement.CE_PushButtonBevel, option)
        contents = self.style().subElementRect(
            QStyle.SubElement.SE_PushButtonContents, option, self
        )
        direction = self.layoutDirection()
        if not icon.isNull():
            size = self.iconSize()
            icon_rect = QRect(
                contents.left(),
                contents.center().y() - size.height() // 2 + 1,
                size.width(),
                size.height(),
            )
            icon_rect = QStyle.visualRect(direction, contents, icon_rect)
            mode = QIcon.Mode.Normal if self.isEnabled() else QIcon.Mode.Disabled
            state = QIcon.State.On if self.isChecked() else QIcon.State.Off
            icon.paint(painter, icon_rect, Qt.AlignmentFlag.AlignCenter, mode, state)
            room = self._icon_room()
            contents = QStyle.visualRect(direction, contents, contents.adjusted(room, 0, 0, 0))
        alignment = QStyle.visualAlignment(
            direction, self._alignment | Qt.AlignmentFlag.AlignVCenter
        )
        painter.setFont(self.font())
        self.style().drawItemText(
            painter,
            contents,
            int(alignment),
            option.palette,
            self.isEnabled(),
            self.shown_text(contents.width()),
            self.foregroundRole(),
        )

    def shown_text(self, text_width: int | None = None) -> str:
        """The label as drawn in `text_width` pixels (by default, the room the button has for
        it now): wrapped, and cut after `max_lines`."""
        if text_width is None:
            text_width = self._text_width()
        return self._fitted.text(self.font(), text_width, self.layoutDirection())

    def _text_width(self) -> int:
        """The width the text is drawn in (as in `paintEvent`)."""
        contents = self.style().subElementRect(
            QStyle.SubElement.SE_PushButtonContents, self._option(), self
        )
        return contents.width() - self._icon_room()

    def _forget_sizes(self) -> None:
        self._heights.clear()
        self._widths.clear()

    def _option(self) -> QStyleOptionButton:
        option = QStyleOptionButton()
        self.initStyleOption(option)
        return option

    def _icon_room(self) -> int:
        if self.icon().isNull():
            return 0
        return self.iconSize().width() + self.fontMetrics().averageCharWidth() * 2

    def _icon_height(self) -> int:
        return 0 if self.icon().isNull() else self.iconSize().height()
