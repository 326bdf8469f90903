"""Finding a visitor's appointment by phone, the check-in window, the display, the limiter,
and which extra ways in the kiosk offers."""

from __future__ import annotations

import datetime as dt
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from kiosk.domain.appointment_display import display, short_name
from kiosk.domain.appointments import (
    LOOKUP_FIELD_ID,
    Appointment,
    find_by_phone,
    lookup_number,
    offerable,
    stored_number,
    today_window,
)
from kiosk.domain.checkin_window import OnTime, TooEarly, TooLate, WindowRule, check_in_verdict
from kiosk.domain.lookup_limiter import LookupLimiter
from kiosk.domain.models import (
    Line,
    LineAppointmentSettings,
    LineTranslation,
    Location,
    VisitPlanner,
)
from kiosk.domain.validation import ErrorCode, InvalidAnswers
from kiosk.domain.visit_options import (
    appointments_offered,
    privacy_text_for,
    remote_join_url,
)

TALLINN = ZoneInfo("Europe/Tallinn")
NOW = dt.datetime(2026, 3, 10, 10, 5, tzinfo=TALLINN)
GENERAL = Line(
    id="1",
    name="General enquiries",
    translations=(LineTranslation(language_code="es", name="Consultas generales"),),
    appointment_settings=LineAppointmentSettings(enabled=True, duration_minutes=15),
)
PERMITS = Line(id="2", name="Permits")
OFFICE = Location(
    id="41205",
    name="Office",
    timezone="Europe/Tallinn",
    country_code="EE",
    lines=(GENERAL, PERMITS),
)


def booked(
    ticket_id: str,
    start: dt.datetime,
    phone: int | str | None = 37255501001,
    *,
    status: str = "SCHEDULED",
    line: str = "1",
    first: str | None = "Maria",
    last: str | None = "Tamm",
) -> Appointment:
    """An appointment parsed from a `ticketSearch` item, as the client parses it."""
    item: dict[str, Any] = {
        "id": ticket_id,
        "status": status,
        "firstName": first,
        "lastName": last,
        "phoneNumber": phone,
        "line": {"id": line},
        "appointment": {
            "startTime": start.astimezone(dt.UTC).isoformat(),
            "endTime": (start + dt.timedelta(minutes=15)).astimezone(dt.UTC).isoformat(),
        },
    }
    return Appointment.model_validate(item)


# --- finding by phone ------------------------------------------------------------------------


@pytest.mark.parametrize("typed", ["5550 1001", "+372 5550 1001", "00372 55501001", "55501001"])
def test_the_number_is_read_like_on_the_details_screen(typed: str) -> None:
    assert lookup_number(typed, OFFICE) == "+37255501001"


@pytest.mark.parametrize(
    ("typed", "code"),
    [("", ErrorCode.REQUIRED), ("12", ErrorCode.INVALID_PHONE), ("5" * 41, ErrorCode.TOO_LONG)],
)
def test_unusable_numbers_are_field_errors(typed: str, code: ErrorCode) -> None:
    with pytest.raises(InvalidAnswers) as raised:
        lookup_number(typed, OFFICE)
    [error] = raised.value.errors
    assert (error.field_id, error.code) == (LOOKUP_FIELD_ID, code)


def test_stored_numbers_compare_in_e164() -> None:
    assert stored_number("37255501001", "EE") == "+37255501001"
    assert stored_number("+372 5550 1001", "EE") == "+37255501001"
    assert stored_number("55501001", "EE") == "+37255501001"  # kept without the country code
    assert stored_number("4915112345678", "EE") == "+4915112345678"
    assert stored_number(None, "EE") is None
    assert stored_number("", "EE") is None


def test_one_match_is_found_by_the_exact_number() -> None:
    mine = booked("11", NOW + dt.timedelta(minutes=10))
    other = booked("12", NOW + dt.timedelta(minutes=20), phone=37255501009)
    assert find_by_phone("+37255501001", [mine, other], OFFICE, NOW) == [mine]
    assert find_by_phone("+37255501002", [mine, other], OFFICE, NOW) == []


def test_several_today_come_earliest_first() -> None:
    later = booked("21", NOW + dt.timedelta(hours=2))
    sooner = booked("22", NOW + dt.timedelta(minutes=5))
    assert [a.id for a in find_by_phone("+37255501001", [later, sooner], OFFICE, NOW)] == [
        "22",
        "21",
    ]


@pytest.mark.parametrize(
    "changes",
    [
        {"status": "SCHEDULING_CANCELLED"},
        {"status": "SCHEDULING_CANCELLED_BY_VISITOR"},
        {"status": "NEW"},  # already checked in
        {"status": "SCHEDULING_NOSHOW"},
        {"line": "99"},  # another location's line
    ],
)
def test_cancelled_checked_in_and_other_locations_are_never_offered(
    changes: dict[str, str],
) -> None:
    appointment = booked("31", NOW + dt.timedelta(minutes=10), **changes)
    assert offerable([appointment], OFFICE, NOW) == []
    assert find_by_phone("+37255501001", [appointment], OFFICE, NOW) == []


def test_only_today_in_the_location_s_zone() -> None:
    late_evening = dt.datetime(2026, 3, 10, 23, 30, tzinfo=TALLINN)  # 21:30 UTC
    after_midnight = booked("41", late_evening + dt.timedelta(hours=1))  # 23:30 UTC, same UTC day
    tonight = booked("42", late_evening + dt.timedelta(minutes=15))
    yesterday = booked("43", late_evening - dt.timedelta(days=1))
    found = offerable([after_midnight, tonight, yesterday], OFFICE, late_evening)
    assert [a.id for a in found] == ["42"]


def test_today_window_is_local_midnight_to_midnight() -> None:
    start, end = today_window(NOW, TALLINN)
    assert start == dt.datetime(2026, 3, 9, 22, 0, tzinfo=dt.UTC)
    assert end == dt.datetime(2026, 3, 10, 22, 0, tzinfo=dt.UTC)
    spring = dt.datetime(2026, 3, 29, 12, 0, tzinfo=TALLINN)  # clocks go forward that night
    start, end = today_window(spring, TALLINN)
    assert end - start == dt.timedelta(hours=23)


def test_personal_data_stays_out_of_repr() -> None:
    text = repr(booked("51", NOW))
    assert "Maria" not in text
    assert "Tamm" not in text
    assert "55501001" not in text
    assert "51" in text


# --- the check-in window ---------------------------------------------------------------------


START = dt.datetime(2026, 3, 10, 14, 30, tzinfo=TALLINN)


@pytest.mark.parametrize(
    ("now", "verdict"),
    [
        (START - dt.timedelta(minutes=60), OnTime),
        (START, OnTime),
        (START + dt.timedelta(minutes=30), OnTime),
        (START - dt.timedelta(minutes=61), TooEarly),
        (START + dt.timedelta(minutes=31), TooLate),
    ],
)
def test_default_window_is_an_hour_before_to_half_an_hour_after(
    now: dt.datetime, verdict: type
) -> None:
    assert isinstance(check_in_verdict(START, now, WindowRule(), TALLINN), verdict)


def test_too_early_says_when_and_from_when_in_local_time() -> None:
    verdict = check_in_verdict(START, START - dt.timedelta(hours=3), WindowRule(), TALLINN)
    assert isinstance(verdict, TooEarly)
    assert verdict.starts_at.strftime("%H:%M") == "14:30"
    assert verdict.opens_at.strftime("%H:%M") == "13:30"
    utc_start = START.astimezone(dt.UTC)
    assert check_in_verdict(utc_start, START - dt.timedelta(hours=3), WindowRule(), TALLINN) == (
        verdict
    )


def test_the_minutes_and_the_switches_are_configurable() -> None:
    early = START - dt.timedelta(hours=3)
    late = START + dt.timedelta(hours=1)
    assert isinstance(check_in_verdict(START, early, WindowRule(allow_early=True), TALLINN), OnTime)
    assert isinstance(check_in_verdict(START, late, WindowRule(allow_late=True), TALLINN), OnTime)
    assert isinstance(
        check_in_verdict(START, early, WindowRule(early_minutes=180), TALLINN), OnTime
    )
    narrow = check_in_verdict(START, late, WindowRule(late_minutes=5), TALLINN)
    assert isinstance(narrow, TooLate)
    assert narrow.closed_at.strftime("%H:%M") == "14:35"
    with pytest.raises(ValueError, match="negative"):
        WindowRule(early_minutes=-1)
    with pytest.raises(ValueError, match="aware"):
        check_in_verdict(START.replace(tzinfo=None), START, WindowRule(), TALLINN)


# --- what the visitor is shown ---------------------------------------------------------------


def test_the_display_shows_first_name_initial_time_and_service() -> None:
    appointment = booked("61", dt.datetime(2026, 3, 10, 8, 30, tzinfo=dt.UTC))
    shown = display(appointment, OFFICE, "en")
    assert shown.text == "Maria T., 10:30, General enquiries"
    assert shown.ticket_id == "61"
    assert display(appointment, OFFICE, "es").service == "Consultas generales"
    assert "55501001" not in repr(shown)
    assert "Tamm" not in repr(shown)


@pytest.mark.parametrize(
    ("first", "last", "expected"),
    [
        ("Maria", "Tamm", "Maria T."),
        ("  Jaan ", "kask", "Jaan k."),
        ("Olga", None, "Olga"),
        (None, "Ivanova", "I."),
        ("Šárka", "Šťastná", "Šárka Š."),
        ("Ana", "S\u030caulys", "Ana \u0160."),  # S + combining caron: the whole letter
        ("Zoë", "\u200f\u202eEvil", "Zoë E."),  # bidi overrides never reach the screen
        ("محمد", "علي", "محمد ع."),
    ],
)
def test_short_names(first: str | None, last: str | None, expected: str) -> None:
    assert short_name(first, last) == expected


# --- the lookup limiter ----------------------------------------------------------------------


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def test_five_misses_in_a_minute_pause_every_lookup() -> None:
    clock = Clock()
    limiter = LookupLimiter(clock=clock)
    for _ in range(4):
        assert limiter.allowed
        limiter.record(found=False)
        clock.now += 10
    assert limiter.allowed
    limiter.record(found=False)
    assert not limiter.allowed
    assert limiter.wait() == 30.0
    clock.now += 29.5
    assert limiter.wait() == pytest.approx(0.5)
    clock.now += 0.5
    assert limiter.allowed
    limiter.record(found=False)  # a fresh count after the pause
    assert limiter.allowed


def test_misses_spread_over_more_than_a_minute_do_not_pause() -> None:
    clock = Clock()
    limiter = LookupLimiter(clock=clock)
    for _ in range(10):
        limiter.record(found=False)
        clock.now += 15
        assert limiter.allowed


def test_a_found_appointment_does_not_wipe_the_misses() -> None:
    clock = Clock()
    limiter = LookupLimiter(max_misses=3, clock=clock)
    limiter.record(found=False)
    limiter.record(found=False)
    limiter.record(found=True)
    assert limiter.allowed
    limiter.record(found=False)
    assert not limiter.allowed


def test_the_limiter_refuses_nonsense() -> None:
    with pytest.raises(ValueError, match="max_misses"):
        LookupLimiter(max_misses=0)


# --- which ways in are offered ---------------------------------------------------------------


def test_appointments_are_offered_where_a_joinable_line_takes_them() -> None:
    assert appointments_offered("auto", OFFICE)
    without = OFFICE.model_copy(update={"lines": (PERMITS,)})
    assert not appointments_offered("auto", without)
    disabled = GENERAL.model_copy(update={"disabled": True})
    assert not appointments_offered("auto", OFFICE.model_copy(update={"lines": (disabled,)}))
    switched_off = GENERAL.model_copy(
        update={"appointment_settings": LineAppointmentSettings(enabled=False)}
    )
    assert not appointments_offered("auto", OFFICE.model_copy(update={"lines": (switched_off,)}))
    assert appointments_offered("on", without)
    assert not appointments_offered("off", OFFICE)


def test_the_remote_join_code_needs_the_setting_remote_sign_in_and_https() -> None:
    planner = VisitPlanner(url="https://visit.example.com/office", remote_sign_in=True)
    location = OFFICE.model_copy(update={"visit_planner": planner})
    assert remote_join_url(True, location) == "https://visit.example.com/office"
    assert remote_join_url(False, location) is None
    assert remote_join_url(True, OFFICE) is None
    no_remote = planner.model_copy(update={"remote_sign_in": False})
    assert remote_join_url(True, OFFICE.model_copy(update={"visit_planner": no_remote})) is None
    for url in ("http://visit.example.com", "javascript:alert(1)", "https://", "https://a b"):
        bad = planner.model_copy(update={"url": url})
        assert remote_join_url(True, OFFICE.model_copy(update={"visit_planner": bad})) is None


def test_the_privacy_text_follows_the_visitor_s_language() -> None:
    texts = {"en": "We keep your details for one day.", "pt-BR": "Guardamos...", "et": "  "}
    assert privacy_text_for(texts, "en") == "We keep your details for one day."
    assert privacy_text_for(texts, "en-GB") == "We keep your details for one day."
    assert privacy_text_for(texts, "pt_br") == "Guardamos..."
    assert privacy_text_for(texts, "et") is None  # blank: the built-in sentence
    assert privacy_text_for(texts, "ru") is None
    assert privacy_text_for({}, "en") is None
