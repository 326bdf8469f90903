"""What a screen tells audio guidance: a small protocol, so speech needs no screen classes.

A screen (or whoever composes it) that wants to be read implements `SpokenScreen`: its
heading, its instructions and its controls in reading order. Texts the kiosk owns may be
given as `Phrase` (context and English source, as in the Qt Linguist catalogues), so that they
are said in the spoken language even when it differs from the one on screen; anything else
(line names, field titles from Qminder) is a plain string and is said as it is.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Protocol, runtime_checkable

from PySide6.QtWidgets import QWidget

from kiosk.ui.spoken import Phrase, Text

__all__ = ["Phrase", "SpokenScreen", "StaticScreen", "Text"]


@runtime_checkable
class SpokenScreen(Protocol):
    """The part of a screen audio guidance reads."""

    def speech_heading(self) -> Text:
        """The screen's heading ("What can we help you with?")."""
        ...

    def speech_instructions(self) -> Text:
        """What to do here ("Choose the service you came for. 3 services."); may be empty."""
        ...

    def speech_controls(self) -> Sequence[QWidget]:
        """The controls a visitor can reach, in reading order (visible ones only)."""
        ...


@dataclass(frozen=True)
class StaticScreen:
    """A `SpokenScreen` made of fixed parts (messages, overlays, tests)."""

    heading: Text
    instructions: Text = ""
    controls: tuple[QWidget, ...] = ()

    def speech_heading(self) -> Text:
        return self.heading

    def speech_instructions(self) -> Text:
        return self.instructions

    def speech_controls(self) -> Sequence[QWidget]:
        return self.controls
