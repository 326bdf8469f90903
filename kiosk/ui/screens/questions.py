"""The location's own questions for the chosen service, a few per page."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QScrollArea, QStackedWidget, QWidget

from kiosk.domain.form import FieldSpec, FormSpec
from kiosk.domain.validation import FieldError
from kiosk.ui.bidi import fill, isolate
from kiosk.ui.screens.base import page_indicator, stacked_scroll_area
from kiosk.ui.screens.form_screen import FormScreen
from kiosk.ui.screens.paging import MAX_FIELDS_PER_PAGE, paginate
from kiosk.ui.spoken import Phrase, Text
from kiosk.ui.theme import active_theme
from kiosk.ui.widgets.field_base import FieldWidget

_RESIZE_SLACK = 24
"""Pixels the page area may change by before the questions are spread over pages again."""


class QuestionsScreen(FormScreen):
    """Custom questions in pages that fit the screen: Next checks a page before moving on.

    Questions are measured at the screen's width and spread over as few pages as fit its
    height (at most four a page), so nothing scrolls. Back on the first page leaves the
    screen; the last page's button reads "Check in".

    A new form builds its first page at once and the others a page at a time while the event
    loop is idle (or at once, when something asks for them): fifty questions must not keep the
    screen from appearing, nor freeze it while they are built.

    Signals:
        check_in_requested(dict): field id → answer for every question, all pages accepted.
        back_requested(): Back was tapped on the first page.
        start_over_requested(): Start over was tapped.
        page_changed(int): another page of questions is shown (its index).
        errors_shown(): answers were refused (`shown_errors`).
    """

    check_in_requested = Signal(dict)
    page_changed = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._page_ids: list[list[str]] = []
        self._page = 0
        self._measured_for = QSize()
        self._lookahead: tuple[FieldWidget, int] | None = None
        """Built and measured, but too tall for the page before: it starts the next one."""
        self.page_label = page_indicator()
        self.head_layout.addWidget(self.page_label, 0, Qt.AlignmentFlag.AlignTop)
        self.pages = QStackedWidget()
        self.body_layout.addWidget(self.pages, 1)
        self.pages.installEventFilter(self)
        self._repaginate_timer = QTimer(self)
        self._repaginate_timer.setSingleShot(True)
        self._repaginate_timer.setInterval(0)
        self._repaginate_timer.timeout.connect(self._on_repaginate_timer_timeout)
        self._build_timer = QTimer(self)
        self._build_timer.setObjectName("questions-build")
        self._build_timer.setInterval(0)
        self._build_timer.timeout.connect(self._on_build_timer_timeout)
        self.nav.primary_clicked.connect(self._on_primary_clicked)
        self.retranslate_ui()

    # -- render ------------------------------------------------------------------------------

    lazy = True

    def part_of(self, form: FormSpec) -> Sequence[FieldSpec]:
        return form.questions

    def dropping(self) -> None:
        self._build_timer.stop()

    def rebuilt(self) -> None:
        """Lay the new questions out from the first page."""
        self._page_ids = []
        self._lookahead = None
        self._remove_pages(self._page_widgets())
        self._measured_for = self._page_area()
        self._build_page()
        if not self._built():
            self._build_timer.start()
        self.go_to_page(0)

    def show_errors(self, errors: Iterable[FieldError]) -> None:
        """Show errors under their questions and open the page of the first one."""
        self.build_all()
        first = self._fields.show_errors(errors)
        if first is not None:
            self.go_to_page(self.page_of(first.field_id))
            first.focus_input()
            self.errors_shown.emit()

    def clear(self) -> None:
        """Empty every answer, hide every error, back to the first page, not busy."""
        self._fields.clear()
        self.set_busy(False)
        self.go_to_page(0)

    # -- pages -------------------------------------------------------------------------------

    def page_count(self) -> int:
        self.build_all()
        return len(self._page_ids)

    def current_page(self) -> int:
        return self._page

    def page_field_ids(self, page: int) -> list[str]:
        self.build_all()
        return self._built_page_ids(page)

    def page_of(self, field_id: str) -> int:
        self.build_all()
        return next((i for i, ids in enumerate(self._page_ids) if field_id in ids), 0)

    def go_to_page(self, page: int) -> None:
        """Show a page (clamped to the pages there are)."""
        while len(self._page_ids) <= page and self._build_page():
            pass
        before = self._page
        self._page = max(0, min(page, len(self._page_ids) - 1))
        if self.pages.count():
            self.pages.setCurrentIndex(self._page)
            area = self.pages.currentWidget()
            if isinstance(area, QScrollArea):
                area.verticalScrollBar().setValue(0)
        self.retranslate_ui()
        if self._page != before:
            self.page_changed.emit(self._page)

    def is_last_page(self) -> bool:
        return self._built() and self._page >= len(self._page_ids) - 1

    # -- translation -------------------------------------------------------------------------

    def retranslate_ui(self) -> None:
        self.title_label.setText(self.tr("A few questions"))
        count = len(self._page_ids) if self._built() else 0  # not known yet: no "1 / ?"
        self.page_label.setText(
            fill(self.tr("%1 / %2"), isolate(str(self._page + 1)), isolate(str(count)))
        )
        self.page_label.setAccessibleName(
            fill(self.tr("Page %1 of %2"), isolate(str(self._page + 1)), isolate(str(count)))
        )
        self.page_label.setVisible(count > 1)
        self.nav.set_primary_text(self.tr("Check in") if self.is_last_page() else self.tr("Next"))

    def speech_heading(self) -> Text:
        return Phrase("QuestionsScreen", "A few questions")

    def speech_instructions(self) -> Text:
        count = len(self._page_ids) if self._built() else 0
        if count < 2:
            return ""
        return Phrase("QuestionsScreen", "Page %1 of %2", (str(self._page + 1), str(count)))

    # -- layout ------------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # The pages' own size, not the screen's: the bottom bar may take a row more or less
        # after the screen was resized (Start over on a row of its own), changing only theirs.
        if watched is self.pages and event.type() == QEvent.Type.Resize:
            self._repaginate_timer.start()
        return super().eventFilter(watched, event)

    def _page_area(self) -> QSize:
        space = active_theme().space
        if self.pages.isVisible() and self.pages.height() > 0:
            return self.pages.size()
        return QSize(space.content_max_width, space.page_budget)

    def _layout_pages(self) -> None:
        """Spread every question over pages again (the screen's size changed)."""
        self._build_timer.stop()
        self._fields.build_all()
        self._lookahead = None
        area = self._page_area()
        self._measured_for = area
        widgets = list(self._fields.widgets.values())
        heights = [_height_at(widget, area.width()) for widget in widgets]
        spacing = active_theme().space.md
        ranges = paginate(heights, area.height(), spacing=spacing, max_per_page=MAX_FIELDS_PER_PAGE)
        page_ids = [[widgets[i].field_id for i in page] for page in ranges]
        if page_ids == self._page_ids and self.pages.count() == len(page_ids):
            return
        old_pages = self._page_widgets()
        self._page_ids = page_ids
        for ids in page_ids:
            fields = [self._fields.widgets[field_id] for field_id in ids]
            # spacing: the error line each field reserves adds air of its own
            self.pages.addWidget(stacked_scroll_area(fields, spacing))
        self._remove_pages(old_pages)

    def _build_page(self) -> bool:
        """Build the next page: as many of the next questions as fit (as `paginate` would).

        Returns False when every question already had its page.
        """
        width, budget = self._measured_for.width(), self._measured_for.height()
        spacing = active_theme().space.md
        fields: list[FieldWidget] = []
        used = 0
        while len(fields) < MAX_FIELDS_PER_PAGE:
            if self._lookahead is not None:
                widget, height = self._lookahead
                self._lookahead = None
            else:
                built = self._fields.build_next()
                if built is None:
                    break
                widget, height = built, _height_at(built, width)
            needed = height if not fields else used + spacing + height
            if fields and needed > budget:
                self._lookahead = (widget, height)
                break
            fields.append(widget)
            used = needed
        if not fields:
            return False
        self._page_ids.append([widget.field_id for widget in fields])
        self.pages.addWidget(stacked_scroll_area(fields, spacing))
        return True

    def build_all(self) -> None:
        if not self._built():
            while self._build_page():
                pass
            self._build_timer.stop()
            self.retranslate_ui()

    def _built(self) -> bool:
        return self._fields.complete and self._lookahead is None

    def _built_page_ids(self, page: int) -> list[str]:
        return list(self._page_ids[page]) if 0 <= page < len(self._page_ids) else []

    def _on_build_timer_timeout(self) -> None:
        # One page a turn of the event loop: taps and paints go on in between.
        if not self._build_page() or self._built():
            self._build_timer.stop()
            self.retranslate_ui()

    def _page_widgets(self) -> list[QWidget]:
        pages: list[QWidget] = []
        for index in range(self.pages.count()):
            page = self.pages.widget(index)
            if page is not None:
                pages.append(page)
        return pages

    def _remove_pages(self, pages: list[QWidget]) -> None:
        # Last first: removing the page on show makes the stack show (and lay out) another.
        for page in reversed(pages):
            self.pages.removeWidget(page)
            page.deleteLater()

    def _on_repaginate_timer_timeout(self) -> None:
        if QGuiApplication.inputMethod().isVisible():
            return  # the keyboard took the room for a while; the pages stay as they are
        # Pending layout changes first (the bottom bar's rows): measure the room they leave.
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest.value)
        area = self._page_area()
        if (
            abs(area.height() - self._measured_for.height()) <= _RESIZE_SLACK
            and abs(area.width() - self._measured_for.width()) <= _RESIZE_SLACK
        ):
            return
        ids = self._built_page_ids(self._page)
        self._layout_pages()
        self.go_to_page(self.page_of(ids[0]) if ids else 0)

    # -- slots -------------------------------------------------------------------------------

    def _on_primary_clicked(self) -> None:
        if self._form is None or self.nav.is_busy():
            return
        # Whether this is the last page is only known once the next one was tried.
        while len(self._page_ids) <= self._page + 1 and self._build_page():
            pass
        if self._built():
            self._build_timer.stop()
        ids = self._built_page_ids(self._page)
        answers = self._fields.answers(ids)
        errors = self.check(answers, ids)
        first = self._fields.show_errors(errors, ids)
        if first is not None:
            first.focus_input()
            self.errors_shown.emit()
            return
        if self.is_last_page():
            self.check_in_requested.emit(self.answers())
        else:
            self.go_to_page(self._page + 1)

    def _on_back_clicked(self) -> None:
        if self._page > 0:
            self.go_to_page(self._page - 1)
        else:
            self.back_requested.emit()


def _height_at(widget: QWidget, width: int) -> int:
    """The height a field needs at `width`, with the theme's fonts applied."""
    widget.ensurePolished()
    if widget.hasHeightForWidth():
        height = widget.heightForWidth(width)
        if height >= 0:
            return height
    return widget.sizeHint().height()
