"""Finding the translation catalogues (``.qm``) for a language.

The kiosk's own catalogues are built from ``resources/i18n/kiosk_<lang>.ts`` by the install
step (``setup.py``) and sit next to their sources. When one is missing or older than its
source (a translator edited the ``.ts`` in a checkout), it is compiled into the cache folder
on first use instead. Qt's own catalogues (``qtbase_<lang>.qm``) come with PySide6. A language
without a catalogue is shown in English, and that is logged once.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QLibraryInfo, QObject, QStandardPaths, QTranslator

from kiosk.ui.qm_compiler import compile_catalogue, is_stale
from kiosk.ui.resources import resource_path

log = logging.getLogger("kiosk.ui")

SOURCE_LANGUAGE = "en"
"""The language the kiosk's texts are written in: it needs no catalogue."""


def catalogue_names(code: str) -> list[str]:
    """File-name suffixes to try for a language code, most specific first.

    ``"pt-BR"`` → ``["pt_BR", "pt"]``; ``"et"`` → ``["et"]``.
    """
    parts = code.strip().replace("-", "_").split("_")
    base = parts[0].lower()
    if not base:
        return []
    names = [f"{base}_{parts[-1].upper()}"] if len(parts) > 1 and parts[-1] else []
    return [*names, base]


def default_cache_folder() -> Path:
    """Where compiled catalogues go when the installed ones are missing or stale."""
    location = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.CacheLocation)
    return Path(location or Path.home() / ".cache" / "qminder-kiosk") / "i18n"


class Catalogues:
    """Looks up (and if need be compiles) the catalogues of each language.

    Args:
        sources: the folder of ``kiosk_<lang>.ts`` (and the built ``.qm``).
        cache: where to compile a catalogue the install step did not build.
    """

    def __init__(self, sources: Path | None = None, cache: Path | None = None) -> None:
        self.sources = sources if sources is not None else resource_path("i18n")
        self._cache = cache
        self._reported: set[str] = set()

    @property
    def cache(self) -> Path:
        if self._cache is None:
            self._cache = default_cache_folder()
        return self._cache

    def languages(self) -> list[str]:
        """The languages with a catalogue source, e.g. ``["ar", "de", "es", ...]``."""
        found = {p.stem.removeprefix("kiosk_") for p in self.sources.glob("kiosk_*.ts")}
        found |= {p.stem.removeprefix("kiosk_") for p in self.sources.glob("kiosk_*.qm")}
        return sorted(found)

    def kiosk(self, code: str) -> Path | None:
        """The kiosk's catalogue for `code`, or None (English is shown; logged once)."""
        names = catalogue_names(code)
        if not names or names[-1] == SOURCE_LANGUAGE:
            return None
        for name in names:
            found = self._usable(name)
            if found is not None:
                return found
        if code not in self._reported:
            self._reported.add(code)
            log.warning("no translation for language %r: the kiosk shows it in English", code)
        return None

    def translator(self, code: str, parent: QObject) -> QTranslator | None:
        """A translator holding the kiosk's catalogue for `code`, for texts in a language other
        than the screen's; None for English and for a language without a usable catalogue."""
        path = self.kiosk(code)
        if path is None:
            return None
        translator = QTranslator(parent)
        return translator if translator.load(str(path)) else None

    def qt(self, code: str) -> Path | None:
        """Qt's own catalogue (``qtbase_<lang>.qm``) for `code`, when Qt ships one."""
        folder = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
        for name in catalogue_names(code):
            candidate = folder / f"qtbase_{name}.qm"
            if candidate.is_file():
                return candidate
        return None

    def _usable(self, name: str) -> Path | None:
        source = self.sources / f"kiosk_{name}.ts"
        built = self.sources / f"kiosk_{name}.qm"
        if not source.is_file():
            return built if built.is_file() else None
        if not is_stale(source, built):
            return built
        compiled = self.cache / f"kiosk_{name}.qm"
        if not is_stale(source, compiled):
            return compiled
        if compile_catalogue(source, compiled):
            log.info("translation %s compiled into %s", source.name, compiled.parent)
            return compiled
        return built if built.is_file() else None  # out of date beats English
