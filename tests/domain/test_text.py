"""`clean_text`: normalisation and removal of control, bidi and invisible characters."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kiosk.domain.text import (
    BIDI_CONTROLS,
    DEFAULT_IGNORABLE,
    INVISIBLE,
    JOINERS,
    SELECTORS,
    clean_text,
    is_clean,
    is_noncharacter,
    utf16_length,
)


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("  Jane  ", "Jane"),
        ("Jane\t\tDoe", "Jane Doe"),
        ("Jane\nDoe", "Jane Doe"),
        ("Jane\r\n  Doe", "Jane Doe"),
        ("Jane\u00a0\u2003Doe", "Jane Doe"),
        ("Ja\x00ne\x07", "Jane"),
        ("Ja\x7fne\x9b", "Jane"),
        ("\u202eenaJ", "enaJ"),
        ("\u2066Jane\u2069", "Jane"),
        ("\u200eJane\u200f", "Jane"),
        ("J\u200bane\ufeff", "Jane"),
        ("Jose\u0301", "José"),
        ("Ja\ud800ne", "Jane"),
        ("", ""),
        (" \t\n ", ""),
        ("\u200b\u202e", ""),
        ("Ja\u00adne", "Jane"),  # SOFT HYPHEN
        ("Ja\u034fne", "Jane"),  # COMBINING GRAPHEME JOINER
        ("\u3164Jane\u3164", "Jane"),  # HANGUL FILLER
        ("\u115f\u1160\uffa0", ""),  # the other Hangul fillers
        ("\u200c\u200d", ""),  # joiners with nothing to join
        ("Jane\u200d", "Jane"),
        ("\u200cJane", "Jane"),
        ("Ja\u2061\u2062\u2063\u2064ne", "Jane"),  # invisible operators
        ("\u180eJane\U000e0001", "Jane"),  # MONGOLIAN VOWEL SEPARATOR, LANGUAGE TAG
        ("Ja\ue000ne\U000f0000", "Jane"),  # private use
        ("Ja\ufffene\uffff\ufdd0\U0010fffe", "Jane"),  # noncharacters
        ("\ufe0fJane", "Jane"),  # a variation selector with nothing to vary
        ("Jane\u2800Doe\u2800", "Jane Doe"),  # BRAILLE PATTERN BLANK looks like a space
    ],
)
def test_clean_text(raw: str, expected: str) -> None:
    assert clean_text(raw) == expected


def test_removing_an_invisible_character_lets_the_rest_compose() -> None:
    assert clean_text("e\u200b\u0301") == "é"


def test_joiners_are_kept() -> None:
    family = "\U0001f468\u200d\U0001f469\u200d\U0001f467"
    assert clean_text(family) == family
    heart_on_fire = "\u2764\ufe0f\u200d\U0001f525"
    assert clean_text(heart_on_fire) == heart_on_fire
    scotland = "\U0001f3f4\U000e0067\U000e0062\U000e0073\U000e0063\U000e0074\U000e007f"
    assert clean_text(scotland) == scotland
    assert clean_text("\u0645\u06cc\u200c\u062e\u0648\u0627\u0647\u0645") == (
        "\u0645\u06cc\u200c\u062e\u0648\u0627\u0647\u0645"
    )


def test_right_to_left_text_is_kept() -> None:
    assert clean_text(" \u0645\u0631\u062d\u0628\u0627 ") == "\u0645\u0631\u062d\u0628\u0627"


def test_multiline_keeps_line_breaks_and_one_blank_line() -> None:
    raw = "\n\n  first   line \r\nsecond\u2028\n\n\n\nthird\t\n \n"
    assert clean_text(raw, multiline=True) == "first line\nsecond\n\nthird"


def test_is_clean() -> None:
    assert is_clean("Jane Doe")
    assert not is_clean("Jane  Doe")
    assert is_clean("a\nb", multiline=True)
    assert not is_clean("a\nb")


def test_utf16_length_counts_astral_characters_twice() -> None:
    assert utf16_length("abc") == 3
    assert utf16_length("é") == 1
    assert utf16_length("\U0001f600") == 2


_NASTY = st.sampled_from(
    [
        *sorted(BIDI_CONTROLS | INVISIBLE),
        *("\x00", "\x1b", "\x7f", "\x85", "\t", "\n", "\r", "\u00a0", "\u2028", "\u3000"),
        "\u0301",
        *("\u00ad", "\u034f", "\u3164", "\u200c", "\u200d", "\ufe0f", "\ue000", "\ufffe"),
    ]
)
_TEXT = st.lists(st.one_of(st.characters(), _NASTY), max_size=40).map("".join)


def _check_output(out: str, *, multiline: bool) -> None:
    assert unicodedata.is_normalized("NFC", out)
    assert out == out.strip()
    assert "  " not in out
    for ch in out:
        assert ch not in BIDI_CONTROLS
        assert ch not in INVISIBLE
        assert unicodedata.category(ch) not in ("Cc", "Cs") or (multiline and ch == "\n")
        assert unicodedata.category(ch) != "Co"
        assert not is_noncharacter(ch)
        if ch in DEFAULT_IGNORABLE or unicodedata.category(ch) == "Cf":
            assert ch in JOINERS or ch in SELECTORS
        assert ch == " " or ch == "\n" or not ch.isspace()


@settings(max_examples=300)
@given(_TEXT)
def test_clean_text_properties(raw: str) -> None:
    out = clean_text(raw)
    _check_output(out, multiline=False)
    assert "\n" not in out
    assert clean_text(out) == out


@settings(max_examples=200)
@given(_TEXT)
def test_clean_text_multiline_properties(raw: str) -> None:
    out = clean_text(raw, multiline=True)
    _check_output(out, multiline=True)
    assert "\n\n\n" not in out
    assert all(line == line.strip() for line in out.split("\n"))
    assert clean_text(out, multiline=True) == out
    assert clean_text(out) == clean_text(raw)
