"""The spoken cursor's moves over a keyboard's keys, and how keys are named, without Xvfb."""

from __future__ import annotations

from PySide6.QtCore import QRectF

from kiosk.speech.keyboard_cursor import rows, step
from kiosk.speech.narrator import Narrator
from kiosk.ui.spoken import KeyRole, VirtualKey


def key(
    text: str, x: int, y: int, width: int = 100, role: KeyRole = KeyRole.CHARACTER
) -> VirtualKey:
    return VirtualKey(text, role, QRectF(x, y, width, 100))


# A dial pad: three digits and a function key per row.
PAD = [
    key("1", 0, 0), key("2", 100, 0), key("3", 200, 0), key("", 300, 0, role=KeyRole.BACKSPACE),
    key("4", 0, 100), key("5", 100, 100), key("6", 200, 100), key("", 300, 100, role=KeyRole.SPACE),
    key("7", 0, 200), key("8", 100, 200), key("9", 200, 200), key("", 300, 200, role=KeyRole.ENTER),
]  # fmt: skip


def test_the_keys_are_read_in_rows_from_the_top_left() -> None:
    shuffled = list(reversed(PAD))
    grid = [[k.text for k in row] for row in rows(shuffled)]
    assert grid == [["1", "2", "3", ""], ["4", "5", "6", ""], ["7", "8", "9", ""]]


def test_the_arrows_move_along_rows_and_between_them() -> None:
    assert step(PAD, None, 1, 0).text == "1", "the first arrow goes to the first key"
    five = PAD[5].center()
    assert step(PAD, five, 1, 0).text == "6"
    assert step(PAD, five, -1, 0).text == "4"
    assert step(PAD, five, 0, 1).text == "8"
    assert step(PAD, five, 0, -1).text == "2"
    assert step(PAD, PAD[11].center(), 1, 0).text == "1", "round from the last key to the first"
    assert step(PAD, PAD[1].center(), 0, -1).text == "8", "up from the top row: the bottom row"


def test_keys_are_said_by_their_character_or_their_name_in_the_language(
    narrator: Narrator,
) -> None:
    assert narrator.key("en", PAD[0]) == "1"
    assert narrator.key("en", PAD[3]) == "Backspace"
    assert narrator.key("es", PAD[7]) == "Espacio"
    assert narrator.key("et", key("", 0, 0, role=KeyRole.SHIFT)) == "Tõstuklahv"
    assert narrator.key("ar", PAD[11]) == "إدخال"
