"""The translation sources are complete and current, and a missing catalogue is harmless."""

from __future__ import annotations

import logging
import re
import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication

from kiosk.ui.keyboard_layouts import keyboard_layout, keyboard_layouts
from kiosk.ui.language import UiLanguage, locale_for
from kiosk.ui.translations import Catalogues, catalogue_names
from tests.i18n.conftest import SHIPPED, read_ts, ts_path
from tests.ui.test_translations import extracted

PLACEHOLDER = re.compile(r"%(?:\d|n)")


@pytest.mark.parametrize("code", SHIPPED)
def test_every_text_is_translated_and_keeps_its_placeholders(code: str) -> None:
    problems: list[str] = []
    for message in read_ts(code):
        where = f"{message.context}: {message.source!r}"
        if not message.finished or not all(form.strip() for form in message.forms):
            problems.append(f"untranslated {where}")
            continue
        wanted = set(PLACEHOLDER.findall(message.source))
        numbered = wanted - {"%n"}
        for form in message.forms:
            if not numbered <= set(PLACEHOLDER.findall(form)):
                problems.append(f"{where} loses {sorted(numbered)} in {form!r}")
        if "%n" in wanted and not any("%n" in form for form in message.forms):
            problems.append(f"{where} never shows the count")
    assert problems == []


@pytest.mark.parametrize("code", SHIPPED)
def test_the_sources_match_the_code(code: str) -> None:
    """Every text of kiosk/ui is in the catalogue, and nothing else (run pyside6-lupdate)."""
    in_catalogue = {(m.context, m.source) for m in read_ts(code)}
    assert in_catalogue == extracted()


def test_counts_use_the_languages_plural_forms(ui_language: UiLanguage) -> None:
    ui_language.switch("ru")
    say = QCoreApplication.translate
    assert say("TicketScreen", "Returning to the start in %n seconds.", "", 2).endswith(
        "2 секунды."
    )
    assert say("TicketScreen", "Returning to the start in %n seconds.", "", 5).endswith("5 секунд.")
    ui_language.switch("ar")
    assert "ثانيتين" in say("TicketScreen", "Returning to the start in %n seconds.", "", 2)
    assert "5 ثوانٍ" in say("TicketScreen", "Returning to the start in %n seconds.", "", 5)


def test_a_language_without_a_catalogue_shows_english_and_says_so_once(
    tmp_path: Path, ui_language: UiLanguage, caplog: pytest.LogCaptureFixture
) -> None:
    language = UiLanguage(Catalogues(tmp_path / "none", tmp_path / "cache"))
    caplog.set_level(logging.INFO, logger="kiosk.ui")
    try:
        for code in ("es", "en", "es", "lt", "es"):
            language.switch(code)
        assert QCoreApplication.translate("NavBar", "Back") == "Back"
    finally:
        language.reset()
    missing = [r for r in caplog.records if "no translation" in r.getMessage()]
    assert [r.getMessage().split("'")[1] for r in missing] == ["es", "lt"]


def test_a_catalogue_missing_or_older_than_its_source_is_compiled_into_the_cache(
    tmp_path: Path,
) -> None:
    sources, cache = tmp_path / "i18n", tmp_path / "cache"
    sources.mkdir()
    shutil.copy(ts_path("et"), sources)
    found = Catalogues(sources, cache).kiosk("et")
    assert found == cache / "kiosk_et.qm"
    assert found.stat().st_size > 1000
    assert Catalogues(sources, cache).kiosk("et-EE") == found  # up to date: reused


def test_qt_catalogues_come_with_pyside_where_qt_has_one() -> None:
    catalogues = Catalogues()
    for code in ("es", "ru", "ar", "fr", "de"):
        path = catalogues.qt(code)
        assert path is not None
        assert path.name == f"qtbase_{code}.qm"
    assert catalogues.qt("et") is None  # Qt has no Estonian: Qt's few texts stay English


def test_language_codes_become_catalogue_names_and_locales() -> None:
    assert catalogue_names("pt-BR") == ["pt_BR", "pt"]
    assert catalogue_names(" et ") == ["et"]
    assert locale_for("en", "EE").name() == "en_EE"
    assert locale_for("es").name() == "es_ES"
    assert locale_for("ar").language().name == "Arabic"
    assert locale_for("xx").name() == "en_US"


def test_keyboard_layouts_follow_the_language() -> None:
    expected = {
        "en": "en_GB",
        "es": "es_ES",
        "et": "et_EE",
        "ru": "ru_RU",
        "ar": "ar_AR",
        "fr": "fr_FR",
        "de": "de_DE",
    }
    assert {code: keyboard_layout(code) for code in expected} == expected
    assert keyboard_layout("pt_BR") == "pt_BR"
    assert keyboard_layout("lt") == "en_GB"
    assert keyboard_layouts(["et", "en", "lt", "ar"]) == ["et_EE", "en_GB", "ar_AR"]
