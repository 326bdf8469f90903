"""Every visible text goes through Qt Linguist, under the context lupdate extracts it with."""

from __future__ import annotations

import ast
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel

import kiosk.ui
from kiosk.domain.validation import ErrorCode, FieldError
from kiosk.ui.main_window import KioskWindow
from kiosk.ui.screens.message import MessageKind
from kiosk.ui.widgets.touch_button import TouchButton
from tests.ui.conftest import LANGUAGES, LINES, QUESTIONS, form, show

UI = Path(kiosk.ui.__file__).parent
SPEECH = UI.parent / "speech"
"""Audio guidance's sentences share the catalogues (context SpeechNarrator)."""


def extracted() -> set[tuple[str, str]]:
    """(context, source) pairs as pyside6-lupdate reads them: self.tr in a class, translate()
    and QT_TRANSLATE_NOOP()."""
    pairs: set[tuple[str, str]] = set()
    for path in [*UI.rglob("*.py"), *SPEECH.rglob("*.py")]:
        tree = ast.parse(path.read_text("utf-8"))
        for cls in [n for n in ast.walk(tree) if isinstance(n, ast.ClassDef)]:
            for call in [n for n in ast.walk(cls) if isinstance(n, ast.Call)]:
                func = call.func
                if isinstance(func, ast.Attribute) and func.attr == "tr" and call.args:
                    source = call.args[0]
                    if isinstance(source, ast.Constant):
                        pairs.add((cls.name, source.value))
        for call in [n for n in ast.walk(tree) if isinstance(n, ast.Call)]:
            func = call.func
            noop = isinstance(func, ast.Name) and func.id == "QT_TRANSLATE_NOOP"
            translate = isinstance(func, ast.Attribute) and func.attr == "translate"
            if (noop or translate) and len(call.args) >= 2:
                context, source = call.args[0], call.args[1]
                if isinstance(context, ast.Constant) and isinstance(source, ast.Constant):
                    pairs.add((context.value, source.value))
    return pairs


class Bracketing(QTranslator):
    """Translates exactly the extracted pairs, to «source»; anything else stays untranslated."""

    def __init__(self, pairs: set[tuple[str, str]]) -> None:
        super().__init__()
        self.pairs = pairs

    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str | None:
        return f"«{source}»" if (context, source) in self.pairs else None

    def isEmpty(self) -> bool:
        return False


def test_extraction_finds_the_texts() -> None:
    pairs = extracted()
    assert ("FieldWidget", "Required") in pairs
    assert ("FieldErrors", "Please fill this in.") in pairs
    assert ("DetailsScreen", "Your details") in pairs
    assert len(pairs) > 80


def test_every_visible_text_is_translated(qtbot: Any) -> None:
    server_text = {name for _, name in LANGUAGES} | {name for _, name in LINES}
    server_text |= {q.label for q in QUESTIONS} | {o.label for q in QUESTIONS for o in q.options}
    server_text |= {"City Service Centre", "A-42", "Passports and ID cards", "+", "\u2212"}
    translator = Bracketing(extracted())
    app = QCoreApplication.instance()
    assert app is not None
    app.installTranslator(translator)
    try:
        window = KioskWindow()
        qtbot.addWidget(window)
        window.set_location_name("City Service Centre")
        window.welcome.set_languages(LANGUAGES)
        window.service.set_lines(LINES)
        window.details.set_form(form(), "EE")
        window.questions.set_form(form(), "EE")
        window.details.show_errors((FieldError("firstName", ErrorCode.TOO_SHORT, "2"),))
        window.ticket.show_ticket("A-42", "Passports and ID cards", "Ada", "L")
        window.set_demo(True)
        show(window, qtbot)
        untranslated: list[str] = []
        for kind in MessageKind:
            window.message.show_message(kind)
            for screen in [*window.screens(), window.header]:
                if screen is not window.header:
                    window.show_screen(screen)
                QApplication.processEvents()
                widgets = screen.findChildren(QLabel) + screen.findChildren(QAbstractButton)
                for widget in widgets:
                    if not widget.isVisible() or widget.property("role") == "date-value":
                        continue
                    text = widget.label() if isinstance(widget, TouchButton) else widget.text()
                    if text and text not in server_text and "«" not in text:
                        untranslated.append(f"{type(screen).__name__}: {text!r}")
        assert sorted(set(untranslated)) == []
    finally:
        app.removeTranslator(translator)
