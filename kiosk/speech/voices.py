"""Which voice speaks which language, and which languages have none.

The engine's locales are matched by language (Qt's `QLocale.Language`), preferring the
location's country. A language without a voice is never read with another language's voice:
the caller speaks the location's default language instead (`spoken_language`).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from PySide6.QtCore import QLocale

SOURCE_LANGUAGE = "en"
"""The language the kiosk's sentences are written in: the last resort of every fallback."""


def base_code(code: str) -> str:
    """``"pt-BR"`` → ``"pt"``; ``" ET "`` → ``"et"``."""
    return code.strip().replace("-", "_").split("_")[0].lower()


def language_of(code: str) -> QLocale.Language:
    """Qt's language for a code; `QLocale.Language.C` when Qt does not know it."""
    base = base_code(code)
    return QLocale(base).language() if base else QLocale.Language.C


def pick_locale(
    available: Sequence[QLocale], code: str, region: str | None = None
) -> QLocale | None:
    """The engine locale for a language code, in the location's country when one has it."""
    wanted = language_of(code)
    if wanted == QLocale.Language.C:
        return None
    matches = [locale for locale in available if locale.language() == wanted]
    if not matches:
        return None
    if region:
        for locale in matches:
            if QLocale.territoryToCode(locale.territory()).upper() == region.upper():
                return locale
    return matches[0]


def missing_languages(available: Sequence[QLocale], codes: Iterable[str]) -> list[str]:
    """The codes among `codes` that no voice of the engine speaks, in their order."""
    return [code for code in dict.fromkeys(codes) if pick_locale(available, code) is None]


def spoken_language(available: Sequence[QLocale], visitor: str, default: str | None) -> str | None:
    """The language to speak: the visitor's if a voice has it, else the location's default,
    else English; None when the engine has no voice for any of them."""
    for code in (visitor, default, SOURCE_LANGUAGE):
        if code and pick_locale(available, code) is not None:
            return base_code(code)
    return None
