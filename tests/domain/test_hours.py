"""Opening hours in the location's time zone, with exceptions winning over the week."""

from __future__ import annotations

import datetime as dt
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from kiosk.domain.hours import opening_state
from kiosk.domain.models import Location, parse_location

TALLINN = ZoneInfo("Europe/Tallinn")


def hours(opens: int, closes: int, opens_min: int = 0) -> dict[str, Any]:
    return {"opens": {"hours": opens, "minutes": opens_min}, "closes": {"hours": closes}}


def location(**extra: Any) -> Location:
    week = {
        day: {"businessHours": [hours(8, 12), hours(13, 18)]}
        for day in ("mon", "tue", "wed", "thu", "fri")
    }
    week["sat"] = {"businessHours": [hours(10, 14)]}
    week["sun"] = {"closed": True}
    data: dict[str, Any] = {
        "id": "1",
        "name": "Office",
        "timezone": "Europe/Tallinn",
        "openingHours2": week,
    }
    data.update(extra)
    return parse_location(data)


MONDAY = dt.date(2026, 11, 30)


def at(days_after_monday: int, hour: int, minute: int = 0) -> dt.datetime:
    day = MONDAY + dt.timedelta(days=days_after_monday)
    return dt.datetime.combine(day, dt.time(hour, minute), TALLINN)


def test_open_during_business_hours() -> None:
    state = opening_state(location(), at(0, 9))
    assert state.open
    assert state.closes_at == at(0, 12)


def test_closed_over_lunch_reopens_the_same_day() -> None:
    state = opening_state(location(), at(0, 12, 30))
    assert not state.open
    assert state.next_opening == at(0, 13)


@pytest.mark.parametrize(
    ("moment", "is_open"),
    [(at(0, 7, 59), False), (at(0, 8, 0), True), (at(0, 17, 59), True), (at(0, 18, 0), False)],
)
def test_reopening_and_closing_at_the_boundary(moment: dt.datetime, is_open: bool) -> None:
    assert opening_state(location(), moment).open is is_open


def test_sunday_closed_until_monday_morning() -> None:
    state = opening_state(location(), at(6, 11))
    assert not state.open
    assert state.next_opening == at(7, 8)


def test_a_closed_exception_wins_over_the_week() -> None:
    holiday = {"date": "2026-12-01", "closed": True, "closedReason": "Staff training"}
    state = opening_state(location(openingHoursExceptions2=[holiday]), at(1, 10))
    assert not state.open
    assert state.reason == "Staff training"
    assert state.next_opening == at(2, 8)


def test_an_exception_with_short_hours_opens_late() -> None:
    short = {"date": "2026-12-01", "closed": False, "businessHours": [hours(11, 13)]}
    loc = location(openingHoursExceptions2=[short])
    assert not opening_state(loc, at(1, 9)).open
    assert opening_state(loc, at(1, 9)).next_opening == at(1, 11)
    assert opening_state(loc, at(1, 12)).open


def test_the_location_time_zone_counts_not_the_machine_one() -> None:
    # 06:30 UTC is 08:30 in Tallinn (UTC+2 in winter): open there, whatever the machine says.
    moment = dt.datetime(2026, 11, 30, 6, 30, tzinfo=dt.UTC)
    assert opening_state(location(), moment).open
    new_york = dt.datetime(2026, 11, 30, 1, 30, tzinfo=ZoneInfo("America/New_York"))
    assert opening_state(location(), new_york).open


def test_no_schedule_means_always_open() -> None:
    bare = parse_location({"id": "1", "name": "Office"})
    assert opening_state(bare, at(6, 3)).open


def test_hours_past_midnight_stay_open_after_midnight() -> None:
    late = parse_location(
        {
            "id": "1",
            "name": "Night desk",
            "timezone": "Europe/Tallinn",
            "openingHours2": {
                d: {"businessHours": [hours(22, 2)]}
                for d in ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
            },
        }
    )
    assert opening_state(late, at(1, 1)).open
    assert not opening_state(late, at(1, 3)).open


def test_naive_times_are_refused() -> None:
    with pytest.raises(ValueError, match="timezone-aware"):
        opening_state(location(), dt.datetime(2026, 11, 30, 9))
