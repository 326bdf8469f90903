"""Speech's sentences in any shipped language, independent of the language on screen.

Audio guidance may speak a language other than the screen's (the visitor's language has no
voice here, so the location's default is spoken). So sentences are not translated with the
application's installed translator but with one `QTranslator` per spoken language, loaded from
the kiosk's own catalogues (`resources/i18n`), as the Closed screen does for its lines.
"""

from __future__ import annotations

from PySide6.QtCore import QLocale, QObject, QTranslator

from kiosk.speech.screen import Phrase, Text
from kiosk.speech.voices import base_code
from kiosk.ui.translations import Catalogues


class Phrasebook(QObject):
    """Translates catalogue texts into a given language; translators are loaded once each."""

    def __init__(self, catalogues: Catalogues | None = None, parent: QObject | None = None):
        super().__init__(parent)
        self._catalogues = catalogues or Catalogues()
        self._translators: dict[str, QTranslator | None] = {}

    def text(self, language: str, phrase: Phrase) -> str:
        """`phrase` in `language`, before its `args` are filled in; ``%n`` becomes its count,
        written the language's way."""
        translator = self._translator(language)
        n, found = phrase.n, None
        if translator is not None:
            count = -1 if n is None else n
            found = translator.translate(phrase.context, phrase.source, phrase.comment, count)
        out = found or phrase.source
        if n is not None:
            out = out.replace("%n", QLocale(base_code(language)).toString(n))
        return out

    def resolve(self, language: str, text: Text) -> str:
        """A screen's text as it is said: a `Phrase` translated and filled in, a string as is."""
        if isinstance(text, str):
            return text
        if isinstance(text, tuple):
            return " ".join(part for part in (self.resolve(language, t) for t in text) if part)
        out = self.text(language, text)
        for index, arg in enumerate(text.args, start=1):
            out = out.replace(f"%{index}", arg)
        return out

    def _translator(self, language: str) -> QTranslator | None:
        code = base_code(language)
        if code not in self._translators:
            self._translators[code] = self._catalogues.translator(code, self)
        return self._translators[code]
