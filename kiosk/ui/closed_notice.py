"""When a closed location opens again, said in every language the kiosk offers at once.

Nobody has chosen a language on a closed kiosk, so the Closed screen lists the next opening
in each offered language, with the day and time written the way that language writes them
(Qt's locale data). The sentences come from the kiosk's catalogues, read with one translator
per language without switching the interface's language.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from PySide6.QtCore import QT_TRANSLATE_NOOP, QDate, QLocale, QObject, QTime, QTranslator

from kiosk.ui.bidi import fill, isolate
from kiosk.ui.language import locale_for
from kiosk.ui.translations import Catalogues

CONTEXT = "ClosedNotice"
OPENS_ON = str(QT_TRANSLATE_NOOP("ClosedNotice", "We open again on %1 at %2."))
CLOSED_FOR = str(QT_TRANSLATE_NOOP("ClosedNotice", "Closed today: %1."))
NOT_SOON = str(QT_TRANSLATE_NOOP("ClosedNotice", "We are closed for now."))

WEEK = dt.timedelta(days=6)


class ClosedNotice(QObject):
    """Makes the Closed screen's lines; translators are loaded once per language."""

    def __init__(self, catalogues: Catalogues | None = None, parent: QObject | None = None):
        super().__init__(parent)
        self._catalogues = catalogues or Catalogues()
        self._translators: dict[str, QTranslator | None] = {}

    def lines(
        self,
        languages: Sequence[str],
        next_opening: dt.datetime | None,
        reason: str | None,
        now: dt.datetime,
        region: str | None = None,
    ) -> list[str]:
        """One line per language: when the location opens (in its own time zone)."""
        out: list[str] = []
        for code in dict.fromkeys(languages):
            locale = locale_for(code, region)
            parts = []
            if reason:
                # The reason comes from Qminder: its own direction marks stay inside it.
                parts.append(fill(self._tr(code, CLOSED_FOR), isolate(reason)))
            if next_opening is None:
                parts.append(self._tr(code, NOT_SOON))
            else:
                day, time = _day(locale, next_opening, now), _time(locale, next_opening)
                parts.append(fill(self._tr(code, OPENS_ON), isolate(day), isolate(time)))
            # Each line in its own direction: an Arabic line keeps its full stop at its end
            # (the left) inside a screen laid out left to right, and the other way round.
            out.append(isolate(" ".join(parts)))
        return out

    def _tr(self, code: str, source: str) -> str:
        if code not in self._translators:
            self._translators[code] = self._catalogues.translator(code, self)
        translator = self._translators[code]
        if translator is None:
            return source
        return translator.translate(CONTEXT, source) or source


def _day(locale: QLocale, moment: dt.datetime, now: dt.datetime) -> str:
    """The weekday's name within a week, else the date (both in the language's words)."""
    if moment - now.astimezone(moment.tzinfo) <= WEEK:
        return locale.dayName(moment.isoweekday(), QLocale.FormatType.LongFormat)
    date = QDate(moment.year, moment.month, moment.day)
    return locale.toString(date, QLocale.FormatType.LongFormat)


def _time(locale: QLocale, moment: dt.datetime) -> str:
    return locale.toString(QTime(moment.hour, moment.minute), QLocale.FormatType.ShortFormat)
