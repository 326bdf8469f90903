"""Isolating text: whatever direction marks a server string carries stay inside it."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from kiosk.ui.bidi import (
    FSI,
    LRE,
    LRI,
    LRO,
    PDF,
    PDI,
    RLE,
    RLI,
    RLO,
    contained,
    fill,
    isolate,
    isolate_count,
    left_to_right,
    strip_isolates,
)

MARKS = LRE + RLE + PDF + LRO + RLO + LRI + RLI + FSI + PDI


def balance(text: str) -> list[str] | None:
    """The marks left open at the end of `text`, following Unicode's rules (UAX #9, X1-X8);
    None when an end mark would close something opened before the text (it leaks out)."""
    stack: list[str] = []
    for char in text:
        if char in LRE + RLE + LRO + RLO:
            stack.append("E")
        elif char in LRI + RLI + FSI:
            stack.append("I")
        elif char == PDF:
            if stack and stack[-1] == "E":
                stack.pop()
            elif not stack:
                return None
        elif char == PDI:
            if "I" not in stack:
                return None
            while stack.pop() != "I":
                pass
    return stack


def test_an_open_override_is_closed_before_the_isolate_ends() -> None:
    assert contained(RLO + "General") == RLO + "General" + PDF
    assert isolate(RLO + "General") == FSI + RLO + "General" + PDF + PDI
    assert isolate(RLI + LRE + "x") == FSI + RLI + LRE + "x" + PDF + PDI + PDI


def test_a_stray_end_mark_cannot_close_the_isolate_around_it() -> None:
    assert isolate("Gen" + PDI + RLO + "eral") == FSI + "Gen" + RLO + "eral" + PDF + PDI
    assert contained(PDF + "x" + PDF) == "x"
    # Inside an isolate the text opened, an end of embedding ends nothing (as Unicode says).
    assert contained(FSI + PDF + "x" + PDI) == FSI + "x" + PDI


def test_a_line_break_inside_does_not_end_the_isolate() -> None:
    assert isolate(RLO + "a\nb") == FSI + RLO + "a\u2028b" + PDF + PDI


def test_balanced_text_is_left_as_it_is() -> None:
    text = RLE + "a" + PDF + " " + LRI + "b" + PDI
    assert contained(text) == text
    assert contained("Passports") == "Passports"


@given(st.text(alphabet=st.sampled_from(list(MARKS + "ab \n")), max_size=40))
def test_nothing_inside_an_isolate_reaches_outside(text: str) -> None:
    for wrapped in (isolate(text), left_to_right(text)):
        assert balance(wrapped) == [] or wrapped == ""
        assert balance(contained(text)) == []
    visible = [c for c in text.replace("\n", "\u2028") if c not in MARKS]
    assert [c for c in contained(text) if c not in MARKS] == visible


def test_fill_replaces_each_place_once() -> None:
    assert fill("%1 then %2", "a%2", "b") == "a%2 then b"
    assert fill("Page %1 of %2", "1") == "Page 1 of %2"


def test_a_count_put_in_by_qt_is_isolated_where_it_stands_alone() -> None:
    assert isolate_count("12 waiting", 12) == f"{FSI}12{PDI} waiting"
    assert isolate_count("Returning in 5 seconds, not 15.", 5) == (
        f"Returning in {FSI}5{PDI} seconds, not 15."
    )
    assert isolate_count("no number", 3) == "no number"
    assert strip_isolates(isolate_count("3 في الانتظار", 3)) == "3 في الانتظار"
