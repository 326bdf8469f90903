"""Language tests: the shipped fonts and the default theme, and a language switch undone after."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from kiosk.ui.fonts import register_fonts
from kiosk.ui.language import UiLanguage
from kiosk.ui.resources import resource_path
from kiosk.ui.theme import apply_theme, load_theme

SHIPPED = ("es", "et", "ru", "ar", "fr", "de")
"""Every language with a catalogue; English is the source language."""


@dataclass(frozen=True)
class Message:
    context: str
    source: str
    forms: tuple[str, ...]
    numerus: bool
    finished: bool


def ts_path(code: str) -> Path:
    return resource_path("i18n", f"kiosk_{code}.ts")


def read_ts(code: str) -> list[Message]:
    messages: list[Message] = []
    for context in ET.parse(ts_path(code)).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            numerus = message.get("numerus") == "yes"
            if numerus:
                forms = tuple(f.text or "" for f in translation.findall("numerusform"))
            else:
                forms = (translation.text or "",)
            messages.append(
                Message(
                    context=name,
                    source=message.findtext("source", ""),
                    forms=forms,
                    numerus=numerus,
                    finished=translation.get("type") not in ("unfinished", "vanished"),
                )
            )
    return messages


@pytest.fixture(scope="package", autouse=True)
def kiosk_look(qapp: QApplication) -> Iterator[QApplication]:
    """The shipped fonts and the default theme, as the kiosk starts; restored afterwards."""
    style = qapp.style().name()
    palette, font, sheet = qapp.palette(), qapp.font(), qapp.styleSheet()
    register_fonts()
    apply_theme(qapp, load_theme("default"))
    yield qapp
    qapp.setStyleSheet(sheet)
    qapp.setPalette(palette)
    qapp.setFont(font)
    qapp.setStyle(style)


@pytest.fixture
def ui_language(qapp: QApplication) -> Iterator[UiLanguage]:
    """The application's language switch; back to English, left to right, afterwards."""
    language = UiLanguage()
    yield language
    language.reset()
    QApplication.processEvents()
