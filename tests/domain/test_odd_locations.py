"""Odd but schema-valid location data never takes the location down (property tests).

Each drawn location goes through what the kiosk does with Qminder's answer: parsing, the
kiosk's choice of lines and languages, opening hours, and the form of every line in every
language. The kiosk must offer every usable line (an id, neither disabled nor archived), and
a visitor must be able to answer every form it shows.
"""

from __future__ import annotations

import datetime as dt
from decimal import ROUND_CEILING, ROUND_FLOOR, Decimal
from typing import Any

from hypothesis import HealthCheck, given, settings

from kiosk.domain.form import FieldKind, FieldSpec, build_form
from kiosk.domain.hours import location_zone, opening_state
from kiosk.domain.i18n import line_name
from kiosk.domain.models import Location, parse_location
from kiosk.domain.numeric import first_answer, plain
from kiosk.domain.offer import tailor
from kiosk.domain.validation import Answer, build_ticket_request
from tests.domain.odd_locations import as_served, odd_location

NOW = dt.datetime(2026, 3, 2, 10, 30, tzinfo=dt.UTC)


def usable_line_ids(served: dict[str, Any]) -> list[str]:
    """The lines a visitor can join, read straight from the answer: the first line of each
    id decides; it needs a non-blank id and must be neither disabled nor archived."""
    seen: set[str] = set()
    usable: list[str] = []
    for line in served["lines"]:
        line_id = str(line["id"])
        if not line_id.strip() or line_id in seen:
            continue
        seen.add(line_id)
        if not line["disabled"] and not line["archived"]:
            usable.append(line_id)
    return usable


def _number(spec: FieldSpec) -> str:
    low, high = spec.minimum, spec.maximum
    if low is not None and high is not None:
        found = first_answer(low, high, spec.scale)
        assert found is not None, "a numeric question no typed number can answer"
        return plain(found)
    if low is not None:
        return plain(low.to_integral_value(ROUND_CEILING))
    if high is not None:
        return plain(min(high.to_integral_value(ROUND_FLOOR), Decimal(0)))
    return "0"


def an_answer(spec: FieldSpec) -> Answer:
    """What a visitor would answer to a question the kiosk shows."""
    match spec.kind:
        case FieldKind.FIRST_NAME | FieldKind.LAST_NAME:
            return "Jo"
        case FieldKind.PHONE:
            return "+372 5123 4567"
        case FieldKind.EMAIL:
            return "jo@example.com"
        case FieldKind.TEXT:
            return "Yes"
        case FieldKind.SINGLE_SELECT:
            return spec.options[0].id
        case FieldKind.MULTI_SELECT:
            return (spec.options[-1].id,)
        case FieldKind.NUMERIC:
            return _number(spec)
        case FieldKind.DATE:
            return dt.date(1990, 5, 17)


def check_forms(location: Location) -> None:
    """Every line's form in every language builds, is well formed and can be completed."""
    primary = location.primary_language
    languages = [*(lang.code for lang in location.languages[-1:]), "xx-YY", primary]
    for line in location.offered_lines:
        for language in languages:
            assert isinstance(line_name(line, language, primary), str)
            form = build_form(location, line.id, language)
            ids = [spec.id for spec in form.fields]
            assert len(ids) == len(set(ids)), "two questions share an id"
            assert any(spec.kind is FieldKind.FIRST_NAME for spec in form.details)
            for spec in form.fields:
                if spec.kind in (FieldKind.SINGLE_SELECT, FieldKind.MULTI_SELECT):
                    option_ids = [option.id for option in spec.options]
                    assert option_ids, "a select without options is shown"
                    assert len(option_ids) == len(set(option_ids))
                    assert all(o.id.strip() and o.label for o in spec.options)
        answers = {spec.id: an_answer(spec) for spec in form.fields}
        request = build_ticket_request(form, answers, default_region=None)
        assert request.line_id == line.id


@settings(
    max_examples=100,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(odd_location())
def test_odd_location_data_keeps_every_usable_line(raw: dict[str, Any]) -> None:
    served = as_served(raw)
    location = parse_location(served)

    assert [line.id for line in location.offered_lines] == usable_line_ids(served)
    shown = tailor(location).location
    assert [line.id for line in shown.offered_lines] == usable_line_ids(served)
    assert shown.languages, "Welcome needs at least one language button"
    codes = [lang.code.casefold() for lang in shown.languages]
    assert len(codes) == len(set(codes))

    location_zone(shown)
    opening_state(shown, NOW)
    check_forms(shown)

    # What the kiosk caches is read back as the same configuration.
    again = parse_location(shown.model_dump(mode="json", by_alias=True))
    assert [line.id for line in again.offered_lines] == usable_line_ids(served)


def test_the_generator_is_held_to_qminder_schema() -> None:
    """`as_served` refuses what the schema does not allow (a null line name)."""
    raw = {"id": "1", "name": "x", "timezone": "UTC", "countryCode": "EE", "languages": None}
    raw |= {"openingHours2": None, "openingHoursExceptions2": [], "inputFields": None}
    raw["lines"] = [{"id": "1", "name": None, "color": "", "disabled": False, "archived": False}]
    raw["lines"][0]["translations"] = []
    try:
        as_served(raw)
    except AssertionError:
        return
    raise AssertionError("a null line name was accepted as schema-valid")


def _raw(**changes: Any) -> dict[str, Any]:
    raw: dict[str, Any] = {"id": "1", "name": "Office", "timezone": "UTC", "countryCode": "EE"}
    raw |= {"languages": [{"code": "en", "name": "English", "nativeName": "", "primary": True}]}
    raw |= {"openingHours2": None, "openingHoursExceptions2": [], "inputFields": []}
    raw["lines"] = [
        {"id": "1", "name": "One", "color": "", "disabled": False, "archived": False},
        {"id": "2", "name": "Two", "color": "", "disabled": False, "archived": False},
    ]
    return raw | changes


def test_a_select_keeps_its_good_options_and_the_titleless_ones_use_a_translation() -> None:
    options = [
        {"id": None, "title": "Lost", "translations": []},
        {"id": "o1", "title": None, "translations": []},
        {"id": "o2", "title": None, "translations": [{"languageCode": "et", "title": "Kaks"}]},
        {"id": "o2", "title": "Again", "translations": []},
        {"id": "o3", "title": "Three", "translations": []},
    ]
    field = {"id": "s", "type": "SELECT", "title": "Pick", "options": options}
    location = parse_location(_raw(inputFields=[field]))
    spec = build_form(location, "1", "en").questions[0]
    assert [(o.id, o.label) for o in spec.options] == [("o2", "Kaks"), ("o3", "Three")]
    assert len(location.skipped) == 3
    assert all("Lost" not in note and "Again" not in note for note in location.skipped)


def test_repeated_ids_keep_the_first_item() -> None:
    lines = _raw()["lines"] + [
        {"id": "1", "name": "One again", "color": "", "disabled": False, "archived": False}
    ]
    fields = [{"id": "t", "type": "TEXT", "title": "A"}, {"id": "t", "type": "TEXT", "title": "B"}]
    location = parse_location(_raw(lines=lines, inputFields=fields))
    assert [(line.id, line.name) for line in location.lines] == [("1", "One"), ("2", "Two")]
    assert [q.label for q in build_form(location, "1", "en").questions] == ["A"]


def test_unusable_opening_hours_leave_out_the_interval_only() -> None:
    week = {
        "mon": {
            "closed": None,
            "businessHours": [
                {"opens": {"hours": 99, "minutes": 0}, "closes": {"hours": 100, "minutes": 0}},
                {"opens": {"hours": None, "minutes": None}, "closes": {"hours": 24}},
            ],
        }
    }
    location = parse_location(_raw(openingHours2=week))
    assert location.opening_hours is not None
    assert location.opening_hours.mon is not None
    assert len(location.opening_hours.mon.business_hours) == 1
    assert opening_state(location, dt.datetime(2026, 3, 2, 12, tzinfo=dt.UTC)).open  # a Monday
