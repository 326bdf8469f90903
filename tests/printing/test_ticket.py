"""The slip's data: what is refused, what is cut, how the QR URL is filled in."""

from __future__ import annotations

import datetime as dt

import pytest

from kiosk.printing.ticket import MESSAGE_MAX, TicketPrint, expand_qr_url

NOW = dt.datetime(2026, 5, 6, 14, 20)


def test_a_slip_needs_its_number() -> None:
    with pytest.raises(ValueError, match="number"):
        TicketPrint(public_id="  ", line_name="General", issued_at=NOW)


def test_people_ahead_is_never_negative() -> None:
    with pytest.raises(ValueError, match="people_ahead"):
        TicketPrint(public_id="A-1", line_name="General", issued_at=NOW, people_ahead=-1)


def test_a_blank_qr_payload_is_refused() -> None:
    with pytest.raises(ValueError, match="qr_payload"):
        TicketPrint(public_id="A-1", line_name="General", issued_at=NOW, qr_payload=" ")


def test_long_messages_are_cut_with_an_ellipsis() -> None:
    slip = TicketPrint(public_id="A-1", line_name="L", issued_at=NOW, message="word " * 200)
    assert len(slip.short_message) == MESSAGE_MAX
    assert slip.short_message.endswith("…")


def test_messages_are_kept_on_one_paragraph() -> None:
    slip = TicketPrint(public_id="A-1", line_name="L", issued_at=NOW, message="a\n\tb  c")
    assert slip.short_message == "a b c"


def test_the_qr_url_gets_the_ticket_filled_in_and_encoded() -> None:
    url = expand_qr_url(
        "https://example.org/q/{ticket_id}?n={public_id}&x={other}",
        ticket_id="5100012",
        public_id="A 12/3",
    )
    assert url == "https://example.org/q/5100012?n=A%2012%2F3&x={other}"
