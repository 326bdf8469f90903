"""Which ticket found on Qminder belongs to an unconfirmed check-in."""

from __future__ import annotations

import datetime as dt

import pytest

from kiosk.delivery import matching
from tests.delivery.fakes import LINE, OTHER_LINE, request, ticket

FIRST = dt.datetime(2026, 3, 2, 9, 0, tzinfo=dt.UTC)
NOW = FIRST + dt.timedelta(minutes=3)
SINCE, UNTIL = matching.window(FIRST, NOW)


def ours(t: object, **changes: object) -> bool:
    req = request(**changes)  # type: ignore[arg-type]
    return matching.is_ours(t, req, since=SINCE, until=UNTIL)  # type: ignore[arg-type]


def test_window_is_two_minutes_either_side() -> None:
    assert FIRST - dt.timedelta(minutes=2) == SINCE
    assert NOW + dt.timedelta(minutes=2) == UNTIL


def test_same_visitor_same_line_in_the_window() -> None:
    found = ticket("1", "ADA", phone="37251234567", created=FIRST + dt.timedelta(seconds=5))
    assert ours(found)


@pytest.mark.parametrize(
    ("found", "why"),
    [
        (ticket("1", "Ada", phone="37251234567", line=OTHER_LINE, created=FIRST), "line"),
        (ticket("1", "Ada", phone="37251234567", created=SINCE - dt.timedelta(seconds=1)), "old"),
        (ticket("1", "Ada", phone="37251234567", created=UNTIL + dt.timedelta(seconds=1)), "new"),
        (ticket("1", "Adam", phone="37251234567", created=FIRST), "first name"),
        (ticket("1", "Ada", phone="37251234568", created=FIRST), "phone"),
        (ticket("1", "Ada", phone=None, created=FIRST), "no phone"),
    ],
)
def test_anything_different_is_not_ours(found: object, why: str) -> None:
    assert not ours(found), why


def test_names_compare_folded_and_trimmed() -> None:
    found = ticket("1", "  straße  ", phone="37251234567", created=FIRST)
    assert ours(found, first_name="STRASSE")
    decomposed = ticket("2", "Jose\u0301", phone="37251234567", created=FIRST)
    assert ours(decomposed, first_name="Jos\u00e9")


def test_phone_digits_only_when_we_sent_a_phone() -> None:
    found = ticket("1", "Ada", phone=None, created=FIRST)
    assert ours(found, phone=None)
    formatted = ticket("2", "Ada", phone="+372 5123-4567", created=FIRST)
    assert ours(formatted)


def test_last_name_only_when_we_sent_one() -> None:
    found = ticket("1", "Ada", phone="37251234567", last_name="Lovelace", created=FIRST)
    assert ours(found)
    assert ours(found, last_name="lovelace")
    assert not ours(found, last_name="Byron")
    assert not ours(ticket("2", "Ada", phone="37251234567", created=FIRST), last_name="Byron")


def test_pick_takes_the_oldest_unclaimed() -> None:
    older = ticket("7", "Ada", phone="37251234567", created=FIRST + dt.timedelta(seconds=1))
    newer = ticket("9", "Ada", phone="37251234567", created=FIRST + dt.timedelta(seconds=2))
    other = ticket("8", "Bo", phone="37251234567", created=FIRST)
    req = request()
    found = matching.pick([newer, other, older], req, since=SINCE, until=UNTIL, claimed=set())
    assert found == older
    found = matching.pick([newer, older], req, since=SINCE, until=UNTIL, claimed={"7"})
    assert found == newer
    assert matching.pick([older], req, since=SINCE, until=UNTIL, claimed={"7"}) is None
    assert matching.pick([], req, since=SINCE, until=UNTIL, claimed=set()) is None


def test_a_ticket_without_a_line_still_matches_when_searched_by_line() -> None:
    found = ticket("1", "Ada", phone="37251234567", created=FIRST)
    assert found.line == LINE
    bare = found.model_copy(update={"line": None})
    assert ours(bare)
