"""Date questions: day, month and year set with large − / + buttons (or typed)."""

from __future__ import annotations

import calendar
import datetime as dt
from collections.abc import Callable
from enum import StrEnum

from PySide6.QtCore import QRegularExpression, Qt
from PySide6.QtGui import QFontMetrics, QRegularExpressionValidator
from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QVBoxLayout, QWidget

from kiosk.domain.form import FieldSpec
from kiosk.domain.validation import Answer
from kiosk.ui.style import set_state
from kiosk.ui.theme import active_theme
from kiosk.ui.widgets.field_base import FieldWidget, plain_label
from kiosk.ui.widgets.numeric_field import MINUS
from kiosk.ui.widgets.responsive_grid import ResponsiveGrid
from kiosk.ui.widgets.touch_button import TouchButton

MIN_YEAR = 1900
MAX_YEAR = 2100

Today = Callable[[], dt.date]


class Part(StrEnum):
    """One column of the date picker."""

    DAY = "day"
    MONTH = "month"
    YEAR = "year"


def part_order(short_date_format: str) -> list[Part]:
    """Day, month and year in the order the locale writes them (``"M/d/yy"`` → month first)."""
    positions = {
        Part.DAY: short_date_format.find("d"),
        Part.MONTH: short_date_format.find("M"),
        Part.YEAR: short_date_format.find("y"),
    }
    if min(positions.values()) < 0:
        return [Part.DAY, Part.MONTH, Part.YEAR]
    return sorted(positions, key=lambda part: positions[part])


class DatePart(QWidget):
    """One column of the date picker: a caption, then − value +.

    Signals:
        None (the picker listens to the buttons and the editor directly).
    """

    def __init__(self, part: Part, editor: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.part = part
        self.editor = editor
        self.caption = plain_label(role="hint")
        self.minus_button = TouchButton(MINUS, role="stepper")
        self.plus_button = TouchButton("+", role="stepper")
        for button in (self.minus_button, self.plus_button):
            button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
            button.setAutoRepeat(True)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(active_theme().space.xs)
        row.addWidget(self.minus_button)
        row.addWidget(editor, 1)
        row.addWidget(self.plus_button)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(active_theme().space.xs)
        column.addWidget(self.caption)
        column.addLayout(row)


class DateFieldWidget(FieldWidget):
    """A touch date picker: day, month (by name, in the visitor's language) and year.

    Nothing is chosen until the visitor touches it; the first tap on any − / + fills in
    today's date, later taps step the part (holding repeats). Day and year can also be typed
    on the number pad. Changing month or year keeps the day inside the month.

    `value()` is a `datetime.date`, None when untouched, or — for an incomplete or impossible
    entry — the ``"YYYY-MM-DD"`` text as far as it goes, which the domain refuses as
    INVALID_DATE.

    Signals:
        value_changed(): any part changed.
        next_requested(): Enter was pressed in the day or year.
    """

    def __init__(
        self, spec: FieldSpec, parent: QWidget | None = None, *, today: Today = dt.date.today
    ) -> None:
        super().__init__(spec, parent)
        self._today = today
        self._month: int | None = None
        theme = active_theme()

        self.day_edit = self._number_edit(2)
        self.year_edit = self._number_edit(4)
        self.month_label = plain_label(role="date-value")
        self.month_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.month_label.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.parts = {
            Part.DAY: DatePart(Part.DAY, self.day_edit),
            Part.MONTH: DatePart(Part.MONTH, self.month_label),
            Part.YEAR: DatePart(Part.YEAR, self.year_edit),
        }
        for part, widget in self.parts.items():
            widget.minus_button.clicked.connect(lambda _=False, p=part: self.step(p, -1))
            widget.plus_button.clicked.connect(lambda _=False, p=part: self.step(p, 1))
        self.clear_button = TouchButton(role="link")
        self.clear_button.clicked.connect(self._on_clear_button_clicked)
        self.clear_button.hide()
        self.header_layout.addWidget(self.clear_button, 0, Qt.AlignmentFlag.AlignBottom)

        self.grid = ResponsiveGrid(
            self,
            min_cell_width=theme.space.option_min_width + theme.space.xl,
            max_columns=3,
            spacing=theme.space.md,
            balanced=False,
            assumed_width=theme.space.content_max_width,
        )
        self.body_layout.addWidget(self.grid, 1)
        self.day_edit.textChanged.connect(self._on_part_changed)
        self.year_edit.textChanged.connect(self._on_part_changed)
        self.retranslate_ui()

    # -- answer ------------------------------------------------------------------------------

    def value(self) -> Answer:
        day, year = self.day_edit.text(), self.year_edit.text()
        if not day and not year and self._month is None:
            return None
        if day and year and self._month is not None:
            try:
                return dt.date(int(year), self._month, int(day))
            except ValueError:
                pass
        month = f"{self._month:02d}" if self._month is not None else ""
        return f"{year}-{month}-{day.zfill(2) if day else ''}"

    def set_value(self, value: Answer) -> None:
        if isinstance(value, str):
            try:
                value = dt.date.fromisoformat(value)
            except ValueError:
                value = None
        if isinstance(value, dt.date):
            self._set_parts(value.day, value.month, value.year)
        else:
            self._set_parts(None, None, None)

    def inputs(self) -> list[QWidget]:
        controls: list[QWidget] = []
        for part in self._order():
            widget = self.parts[part]
            controls += [widget.minus_button]
            if part is not Part.MONTH:
                controls.append(widget.editor)
            controls.append(widget.plus_button)
        return controls

    def focus_input(self) -> None:
        first = self._order()[0]
        target = (
            self.parts[first].editor if first is not Part.MONTH else self.parts[first].plus_button
        )
        target.setFocus(Qt.FocusReason.OtherFocusReason)

    def step(self, part: Part, steps: int) -> None:
        """Move one part by `steps`; an untouched picker first jumps to today."""
        day, month, year = self._parts()
        if day is None and month is None and year is None:
            today = self._today()
            self._set_parts(today.day, today.month, today.year)
            return
        today = self._today()
        if part is Part.DAY:
            last = _days_in(month, year)
            day = today.day if day is None else (day - 1 + steps) % last + 1
            day = min(day, last)
        elif part is Part.MONTH:
            month = today.month if month is None else (month - 1 + steps) % 12 + 1
        else:
            year = today.year if year is None else min(MAX_YEAR, max(MIN_YEAR, year + steps))
        if day is not None and part is not Part.DAY:
            day = min(day, _days_in(month, year))
        self._set_parts(day, month, year)

    # -- translation -------------------------------------------------------------------------

    def retranslate_ui(self) -> None:
        captions = {
            Part.DAY: self.tr("Day"),
            Part.MONTH: self.tr("Month"),
            Part.YEAR: self.tr("Year"),
        }
        purposes = {
            Part.DAY: (self.tr("Previous day"), self.tr("Next day")),
            Part.MONTH: (self.tr("Previous month"), self.tr("Next month")),
            Part.YEAR: (self.tr("Previous year"), self.tr("Next year")),
        }
        for part, widget in self.parts.items():
            widget.caption.setText(captions[part])
            widget.minus_button.setText(MINUS)
            widget.plus_button.setText("+")
            # Named by purpose, not by glyph: "Previous day, button", never "minus, button".
            earlier, later = purposes[part]
            widget.minus_button.setAccessibleName(earlier)
            widget.plus_button.setAccessibleName(later)
        self.day_edit.setPlaceholderText(self.tr("DD"))
        self.year_edit.setPlaceholderText(self.tr("YYYY"))
        self.clear_button.setText(self.tr("Clear date"))
        self.grid.set_widgets([self.parts[part] for part in self._order()])
        self._fit_month_width()
        self._show_month()
        super().retranslate_ui()
        self.grid.setAccessibleName(self.label_text())

    def _name_input(self, control: QWidget, label: str) -> None:
        for widget in self.parts.values():
            if control is widget.editor:
                control.setAccessibleName(widget.caption.text())

    # -- internals ---------------------------------------------------------------------------

    def _number_edit(self, digits: int) -> QLineEdit:
        edit = QLineEdit(self)
        edit.setMaxLength(digits)
        edit.setAlignment(Qt.AlignmentFlag.AlignCenter)
        edit.setInputMethodHints(Qt.InputMethodHint.ImhDigitsOnly)
        edit.setValidator(
            QRegularExpressionValidator(QRegularExpression(rf"^\d{{0,{digits}}}$"), edit)
        )
        edit.returnPressed.connect(self.next_requested)
        return edit

    def _order(self) -> list[Part]:
        return part_order(self.locale().dateFormat(self.locale().FormatType.ShortFormat))

    def _parts(self) -> tuple[int | None, int | None, int | None]:
        day, year = self.day_edit.text(), self.year_edit.text()
        return (int(day) if day else None, self._month, int(year) if year else None)

    def _set_parts(self, day: int | None, month: int | None, year: int | None) -> None:
        self._month = month
        for edit, number in ((self.day_edit, day), (self.year_edit, year)):
            edit.blockSignals(True)
            edit.setText("" if number is None else str(number))
            edit.blockSignals(False)
        self._show_month()
        self._on_part_changed()

    def _show_month(self) -> None:
        if self._month is None:
            self.month_label.setText(self.tr("Month"))
            set_state(self.month_label, "empty")
        else:
            self.month_label.setText(self.locale().standaloneMonthName(self._month))
            set_state(self.month_label, "error" if self.error_text() else None)
        self.month_label.setAccessibleName(self.parts[Part.MONTH].caption.text())
        # The label's text is hidden behind its name ("Month"), so the chosen month is its
        # description: a screen reader (and audio guidance) says "Month, December".
        month = self.locale().standaloneMonthName(self._month) if self._month else ""
        self.month_label.setAccessibleDescription(month)

    def _fit_month_width(self) -> None:
        self.month_label.ensurePolished()
        metrics = QFontMetrics(self.month_label.font())
        names = [self.locale().standaloneMonthName(m) for m in range(1, 13)]
        widest = max(metrics.horizontalAdvance(name) for name in names)
        self.month_label.setMinimumWidth(widest + 2 * active_theme().space.sm)

    def _show_error_text(self, message: str | None) -> None:
        super()._show_error_text(message)
        if self._month is not None:
            set_state(self.month_label, "error" if message else None)

    def _on_part_changed(self) -> None:
        self.clear_button.setVisible(self.value() is not None)
        self.value_changed.emit()

    def _on_clear_button_clicked(self) -> None:
        self.set_value(None)


def _days_in(month: int | None, year: int | None) -> int:
    if month is None:
        return 31
    return calendar.monthrange(year if year is not None else 2000, month)[1]
