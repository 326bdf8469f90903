"""Widget tests: the default theme applied app-wide, sample forms, and widget-tree helpers."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal

import pytest
from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QAbstractButton, QApplication, QLineEdit, QWidget

from kiosk.domain.form import FieldKind, FieldSpec, FormSpec, OptionSpec
from kiosk.ui.main_window import KioskWindow
from kiosk.ui.theme import apply_theme, load_theme
from kiosk.ui.widgets.touch_button import TouchButton

LANDSCAPE = (1280, 800)
PORTRAIT = (800, 1280)

LANGUAGES = [
    ("en", "English"),
    ("es", "Español"),
    ("et", "Eesti"),
    ("ru", "Русский"),
    ("ar", "العربية"),
    ("fr", "Français"),
    ("de", "Deutsch"),
]
LINES = [
    ("l1", "Passports and ID cards"),
    ("l2", "Driving licences and vehicle registration"),
    ("l3", "Residence permits"),
]


@pytest.fixture(scope="package", autouse=True)
def themed_app(qapp: QApplication) -> Iterator[QApplication]:
    """The kiosk's default theme for every widget test; the app is restored afterwards."""
    style = qapp.style().name()
    palette, font, sheet = qapp.palette(), qapp.font(), qapp.styleSheet()
    apply_theme(qapp, load_theme("default"))
    yield qapp
    qapp.setStyleSheet(sheet)
    qapp.setPalette(palette)
    qapp.setFont(font)
    qapp.setStyle(style)


def spec(
    field_id: str,
    kind: FieldKind,
    label: str = "",
    *,
    required: bool = False,
    options: tuple[str, ...] = (),
    minimum: str | None = None,
    maximum: str | None = None,
    scale: int | None = None,
    max_length: int = 500,
) -> FieldSpec:
    return FieldSpec(
        id=field_id,
        kind=kind,
        label=label or field_id,
        required=required,
        options=tuple(OptionSpec(f"{field_id}-{i}", text) for i, text in enumerate(options)),
        minimum=Decimal(minimum) if minimum is not None else None,
        maximum=Decimal(maximum) if maximum is not None else None,
        scale=scale,
        max_length=max_length,
        sent_as_field=kind not in {FieldKind.FIRST_NAME, FieldKind.LAST_NAME, FieldKind.PHONE},
    )


DETAILS = (
    FieldSpec(
        "firstName", FieldKind.FIRST_NAME, "", required=True, max_length=50, sent_as_field=False
    ),
    FieldSpec("ln", FieldKind.LAST_NAME, "", max_length=50, sent_as_field=False),
    FieldSpec("ph", FieldKind.PHONE, "Phone", required=True, max_length=40, sent_as_field=False),
    FieldSpec("em", FieldKind.EMAIL, "Email", max_length=100, sent_as_field=False),
)

QUESTIONS = (
    spec(
        "reason",
        FieldKind.SINGLE_SELECT,
        "What is your visit about?",
        required=True,
        options=("New passport", "Renew ID card", "Collect a document"),
    ),
    spec(
        "needs",
        FieldKind.MULTI_SELECT,
        "Do you need any assistance?",
        options=("Wheelchair access", "Interpreter", "Translator", "Large print"),
    ),
    spec(
        "people",
        FieldKind.NUMERIC,
        "How many people?",
        required=True,
        minimum="1",
        maximum="10",
        scale=0,
    ),
    spec("dob", FieldKind.DATE, "Date of birth"),
    spec("notes", FieldKind.TEXT, "Anything else we should know?"),
)


def form(
    details: tuple[FieldSpec, ...] = DETAILS, questions: tuple[FieldSpec, ...] = QUESTIONS
) -> FormSpec:
    return FormSpec(line_id="l1", language="en", details=details, questions=questions)


def many_questions(count: int) -> tuple[FieldSpec, ...]:
    return tuple(spec(f"q{i}", FieldKind.TEXT, f"Question {i + 1}") for i in range(count))


def show(widget: QWidget, qtbot: object, size: tuple[int, int] = LANDSCAPE) -> QWidget:
    """Show a widget at a kiosk size and let layouts settle."""
    widget.resize(*size)
    widget.show()
    qtbot.waitExposed(widget)  # type: ignore[attr-defined]
    QApplication.processEvents()
    return widget


def visible_buttons(root: QWidget) -> list[QAbstractButton]:
    return [b for b in root.findChildren(QAbstractButton) if b.isVisibleTo(root) and b.isVisible()]


def visible_line_edits(root: QWidget) -> list[QLineEdit]:
    return [e for e in root.findChildren(QLineEdit) if e.isVisible()]


def button_label(button: QAbstractButton) -> str:
    return button.label() if isinstance(button, TouchButton) else button.text()


def delete_windows() -> None:
    """Delete every kiosk window left by an earlier test (a window is a top-level widget)."""
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, KioskWindow):
            widget.hide()
            widget.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


@pytest.fixture
def window(qtbot: object) -> Iterator[KioskWindow]:
    """The one kiosk window of a test; the visitor's options are reset afterwards."""
    delete_windows()
    made = KioskWindow()
    qtbot.addWidget(made)  # type: ignore[attr-defined]
    yield made
    made.accessibility.reset()
