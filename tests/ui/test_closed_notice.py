"""The Closed screen's lines: every offered language at once, each in its own words and
direction."""

from __future__ import annotations

import datetime as dt
from typing import Any
from zoneinfo import ZoneInfo

from kiosk.ui.bidi import FSI, PDI, strip_isolates
from kiosk.ui.closed_notice import ClosedNotice

TALLINN = ZoneInfo("Europe/Tallinn")


def test_each_language_says_it_in_its_own_words(qapp: Any) -> None:
    notice = ClosedNotice()
    monday = dt.datetime(2026, 11, 30, 8, 0, tzinfo=TALLINN)
    sunday = dt.datetime(2026, 11, 29, 12, 0, tzinfo=TALLINN)
    lines = [
        strip_isolates(line) for line in notice.lines(["de", "ru", "en"], monday, None, sunday)
    ]
    assert lines == [
        "Wir öffnen wieder am Montag um 08:00.",
        "Мы снова открыты: понедельник, 08:00.",
        "We open again on Monday at 8:00\u202fAM.",
    ]


def test_far_openings_give_the_date_and_a_reason_is_named(qapp: Any) -> None:
    notice = ClosedNotice()
    holiday = dt.datetime(2027, 2, 24, 10, 0, tzinfo=TALLINN)
    later = dt.datetime(2027, 3, 8, 9, 0, tzinfo=TALLINN)
    [line] = notice.lines(["de"], later, "Independence Day", holiday)
    assert strip_isolates(line) == (
        "Heute geschlossen: Independence Day. Wir öffnen wieder am Montag, 8. März 2027 um 09:00."
    )


def test_each_line_keeps_its_own_direction(qapp: Any) -> None:
    """An Arabic line inside a left-to-right screen keeps its full stop at its own end."""
    notice = ClosedNotice()
    monday = dt.datetime(2026, 11, 30, 8, 0, tzinfo=TALLINN)
    [arabic] = notice.lines(["ar"], monday, None, monday - dt.timedelta(hours=20))
    assert arabic.startswith(FSI)
    assert arabic.endswith(PDI)
    assert "الاثنين" in arabic
