"""What a kiosk offers of its location: chosen lines and languages, in the chosen order."""

from __future__ import annotations

from kiosk.domain.offer import tailor
from tests.domain.factories import LINE_A, LINE_B, location


def test_nothing_chosen_offers_the_location_as_it_is() -> None:
    office = location(languages=("en", "et", "ru"))
    result = tailor(office)
    assert result.location == office
    assert result.problems == ()


def test_lines_by_id_or_name_in_the_chosen_order() -> None:
    result = tailor(location(), lines=("licences", LINE_A))
    assert [line.id for line in result.location.offered_lines] == [LINE_B, LINE_A]
    assert result.problems == ()


def test_unknown_and_disabled_lines_are_reported_and_left_out() -> None:
    result = tailor(location(), lines=("Passports", "Bakery", "Closed desk"))
    assert [line.id for line in result.location.offered_lines] == [LINE_A]
    assert result.problems == (
        "line 'Bakery' is not a line of this location",
        "line 'Closed desk' is disabled in Qminder",
    )


def test_no_usable_line_falls_back_to_every_line() -> None:
    office = location()
    result = tailor(office, lines=("Bakery",))
    assert result.location.offered_lines == office.offered_lines
    assert "offering every line" in result.problems[-1]


def test_languages_are_filtered_and_ordered_and_the_default_moves() -> None:
    result = tailor(location(languages=("en", "et", "ru")), languages=("ru", "et"))
    assert [language.code for language in result.location.languages] == ["ru", "et"]
    assert result.location.primary_language == "ru"


def test_default_language_is_chosen_among_the_offered() -> None:
    result = tailor(location(languages=("en", "et", "ru")), default_language="et")
    assert result.location.primary_language == "et"
    assert [language.code for language in result.location.languages] == ["en", "et", "ru"]


def test_a_default_that_is_not_offered_is_reported() -> None:
    result = tailor(location(languages=("en", "et")), languages=("en",), default_language="et")
    assert result.location.primary_language == "en"
    assert result.problems == ("default language 'et' is not one of the offered languages",)


def test_unknown_language_is_reported() -> None:
    result = tailor(location(languages=("en", "et")), languages=("en", "xx"))
    assert [language.code for language in result.location.languages] == ["en"]
    assert result.problems == ("language 'xx' is not a language of this location",)


def test_a_location_without_languages_offers_the_default_one() -> None:
    bare = location(languages=("en",)).model_copy(update={"languages": ()})
    tailored = tailor(bare, default_language="et")
    assert [(lang.code, lang.primary) for lang in tailored.location.languages] == [("et", True)]
    assert tailored.location.primary_language == "et"
    assert any("no language" in problem for problem in tailored.problems)
    assert [lang.code for lang in tailor(bare).location.languages] == ["en"]
