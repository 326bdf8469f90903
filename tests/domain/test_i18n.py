"""The language fallback chain: exact → base language → primary language → raw text."""

from __future__ import annotations

import pytest

from kiosk.domain.i18n import (
    base_code,
    field_title,
    line_name,
    match_code,
    normalise_code,
    option_title,
    pick,
    resolve_language,
)
from kiosk.domain.models import FieldType, Line, LineTranslation
from tests.domain.factories import field, option, translated


def test_codes_are_normalised() -> None:
    assert normalise_code(" pt_BR ") == "pt-br"
    assert base_code("fr-CA") == "fr"
    assert base_code("zh_Hant_TW") == "zh"


@pytest.mark.parametrize(
    ("language", "codes", "expected"),
    [
        ("fr-CA", ["en", "fr-CA", "fr"], 1),
        ("FR_ca", ["en", "fr-CA"], 1),
        ("fr-CA", ["en", "fr", "fr-FR"], 1),
        ("fr-CA", ["en", "fr-FR"], 1),
        ("pt", ["en", "pt-BR", "pt-PT"], 1),
        ("pt", ["en", "pt-PT", "pt"], 2),
        ("pt-BR", ["pt-PT", "en"], 0),
        ("de", ["en", "et"], None),
        ("", ["en"], None),
        ("en", [], None),
    ],
)
def test_match_code(language: str, codes: list[str], expected: int | None) -> None:
    assert match_code(language, codes) == expected


def test_pick_walks_the_chain() -> None:
    pairs = [("en", "Hello"), ("et", "Tere"), ("fr", "Bonjour")]
    assert pick(pairs, "et", "en") == "Tere"
    assert pick(pairs, "fr-CA", "en") == "Bonjour"
    assert pick(pairs, "de", "en") == "Hello"
    assert pick(pairs, "de", "ru") is None


def test_pick_skips_blank_translations() -> None:
    pairs = [("et", "  "), ("et-EE", "Tere"), ("en", None), ("en-GB", "Hello")]
    assert pick(pairs, "et", "en") == "Tere"
    assert pick(pairs, "de", "en") == "Hello"
    assert pick([("et", ""), ("en", None)], "et", "en") is None


def test_pick_strips_the_text() -> None:
    assert pick([("et", "  Tere ")], "et", "en") == "Tere"


def test_resolve_language() -> None:
    assert resolve_language("et", ["en", "et"], "en") == "et"
    assert resolve_language("ET", ["en", "et"], "en") == "et"
    assert resolve_language("fr_CA", ["en", "fr-CA"], "en") == "fr-CA"
    assert resolve_language("fr-CA", ["en", "fr"], "en") == "fr"
    assert resolve_language("pt", ["en", "pt-PT"], "en") == "pt-PT"
    assert resolve_language("de", ["en", "et"], "et") == "et"
    assert resolve_language("de", [], "en") == "en"


_LINE = Line(
    id="1",
    name="Passports",
    translations=(
        LineTranslation(language_code="et", name="Passid"),
        LineTranslation(language_code="fr", name="Passeports"),
        LineTranslation(language_code="ru", name=" "),
        LineTranslation(language_code="de", name=None),
        LineTranslation(language_code="es-MX", name="Pasaportes"),
    ),
)


@pytest.mark.parametrize(
    ("language", "primary", "expected"),
    [
        ("et", "en", "Passid"),  # exact
        ("fr-CA", "en", "Passeports"),  # base language
        ("es", "en", "Pasaportes"),  # regional sibling
        ("es-ES", "en", "Pasaportes"),
        ("ru", "en", "Passports"),  # blank translation skipped, raw
        ("de", "en", "Passports"),  # missing translation skipped, raw
        ("ru", "et", "Passid"),  # primary language
        ("ar", "fr-BE", "Passeports"),  # primary language's base
    ],
)
def test_line_name(language: str, primary: str, expected: str) -> None:
    assert line_name(_LINE, language, primary) == expected


def test_line_name_without_translations() -> None:
    assert line_name(Line(id="2", name=" Licences "), "et", "en") == "Licences"


_FIELD = field(
    FieldType.TEXT,
    "reason",
    title="Reason",
    visitor_facing_title="Why are you here?",
    translations=(
        translated("et", title="Põhjus", visitor="Miks te tulite?"),
        translated("ru", title="Причина"),
        translated("fi", title="Syy", visitor="  "),
        translated("lv", title=" ", visitor=None),
        translated("lt"),
    ),
)


@pytest.mark.parametrize(
    ("language", "primary", "expected"),
    [
        ("et", "en", "Miks te tulite?"),  # visitorFacingTitle preferred
        ("et-EE", "en", "Miks te tulite?"),
        ("ru", "en", "Причина"),  # title when there is no visitor-facing one
        ("fi", "en", "Syy"),  # blank visitor-facing title skipped
        ("lv", "en", "Why are you here?"),  # blank translation skipped, raw
        ("lt", "en", "Why are you here?"),  # empty translation skipped, raw
        ("de", "en", "Why are you here?"),  # raw: visitor-facing title
        ("de", "ru", "Причина"),  # primary language
    ],
)
def test_field_title(language: str, primary: str, expected: str) -> None:
    assert field_title(_FIELD, language, primary) == expected


def test_field_title_raw_falls_back_to_title_then_empty() -> None:
    assert field_title(field(FieldType.TEXT, title="Reason"), "et", "en") == "Reason"
    staff_only = field(FieldType.TEXT, title="Reason", visitor_facing_title=" ")
    assert field_title(staff_only, "et", "en") == "Reason"
    assert field_title(field(FieldType.FIRST_NAME), "et", "en") == ""


def test_option_title() -> None:
    choice = option("o1", "New", et="Uus", fr_CA="Nouveau", ru="")
    assert option_title(choice, "et", "en") == "Uus"
    assert option_title(choice, "fr", "en") == "Nouveau"
    assert option_title(choice, "ru", "en") == "New"
    assert option_title(choice, "de", "et") == "Uus"
    assert option_title(option("o2", "Plain"), "et", "en") == "Plain"
