"""Switching the whole kiosk to a visitor's language while it runs.

One `UiLanguage` per application swaps the installed `QTranslator`s (the kiosk's catalogue and
Qt's own), the default `QLocale` (numbers, month names) and the layout direction (Arabic and
other right-to-left languages mirror every screen). Installing a translator makes Qt send
`QEvent.LanguageChange` to every widget, and each screen then runs its `retranslate_ui()`.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QEvent, QLocale, QObject, Qt, QTranslator, Signal
from PySide6.QtWidgets import QApplication

from kiosk.domain.languages import is_right_to_left
from kiosk.ui.translations import SOURCE_LANGUAGE, Catalogues, catalogue_names

log = logging.getLogger("kiosk.ui")


def locale_for(code: str, region: str | None = None) -> QLocale:
    """The QLocale of a language, in the location's country when Qt knows that pairing.

    ``("en", "EE")`` → English as written in Estonia (day before month); ``("ar", None)`` →
    Qt's default Arabic. An unknown code gives English rather than Qt's "C" locale.
    """
    names = catalogue_names(code)
    if not names:
        return QLocale(QLocale.Language.English)
    base = QLocale(names[-1])
    if base.language() == QLocale.Language.C:
        return QLocale(QLocale.Language.English)
    if region:
        regional = QLocale(f"{names[-1]}_{region.upper()}")
        if regional.language() == base.language() and (
            QLocale.territoryToCode(regional.territory()) == region.upper()
        ):
            return regional
    if len(names) > 1:
        specific = QLocale(names[0])
        if specific.language() == base.language():
            return specific
    return base


class UiLanguage(QObject):
    """The language the kiosk speaks now; `switch` changes it everywhere at once.

    Signals:
        changed(str): the new language code, after every screen has been retranslated.
    """

    changed = Signal(str)

    def __init__(self, catalogues: Catalogues | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.catalogues = catalogues or Catalogues()
        self._code = SOURCE_LANGUAGE
        self._region: str | None = None
        self._offered: list[str] = []
        self._translators: list[QTranslator] = []
        self._initial_locale = QLocale()

    def code(self) -> str:
        return self._code

    def offered(self) -> list[str]:
        """The languages the location offers (the keyboard's globe key cycles through them)."""
        return list(self._offered)

    def locale(self) -> QLocale:
        return locale_for(self._code, self._region)

    def is_right_to_left(self) -> bool:
        return is_right_to_left(self._code)

    def switch(
        self, code: str, region: str | None = None, offered: list[str] | None = None
    ) -> None:
        """Speak `code` from now on (English texts when there is no catalogue for it).

        Args:
            code: the language (a Qminder language code such as ``"es"`` or ``"pt-BR"``).
            region: the location's country (``"EE"``): dates and numbers are written the
                way they are there when Qt knows the pairing.
            offered: every language of the location, when known.
        """
        code = code.strip() or SOURCE_LANGUAGE
        new_offer = offered is not None and list(offered) != self._offered
        if new_offer:
            self._offered = list(offered or [])
        if (code, region) == (self._code, self._region):
            if new_offer:
                self.changed.emit(code)
            return
        self._code, self._region = code, region
        rtl = is_right_to_left(code)
        _apply_locale(locale_for(code, region), rtl)
        self._install(code)
        _deliver_language_change()
        log.info("language: %s", code)
        self.changed.emit(code)

    def reset(self) -> None:
        """No translator, the locale and direction the application started with."""
        self._uninstall()
        _apply_locale(self._initial_locale, False)
        _deliver_language_change()
        self._code, self._region = SOURCE_LANGUAGE, None

    def _install(self, code: str) -> None:
        loaded: list[QTranslator] = []
        for path in (self.catalogues.qt(code), self.catalogues.kiosk(code)):
            if path is None:
                continue
            translator = QTranslator(self)
            if translator.load(str(path)):
                loaded.append(translator)
            else:
                log.warning("translation %s could not be read", path.name)
        self._uninstall()
        for translator in loaded:
            QCoreApplication.installTranslator(translator)
        self._translators = loaded

    def _uninstall(self) -> None:
        for translator in self._translators:
            QCoreApplication.removeTranslator(translator)
            translator.deleteLater()
        self._translators = []


def _apply_locale(locale: QLocale, right_to_left: bool) -> None:
    QLocale.setDefault(locale)
    app = QCoreApplication.instance()
    if isinstance(app, QApplication):
        direction = (
            Qt.LayoutDirection.RightToLeft if right_to_left else Qt.LayoutDirection.LeftToRight
        )
        app.setLayoutDirection(direction)
        for widget in app.topLevelWidgets():
            widget.setLocale(locale)


def _deliver_language_change() -> None:
    """Retranslate every widget now: Qt posts the LanguageChange events it sends them."""
    QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)
    QCoreApplication.sendPostedEvents(None, QEvent.Type.LocaleChange)
