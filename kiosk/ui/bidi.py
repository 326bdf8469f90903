"""Keeping text of one direction intact inside a sentence of the other.

A name, phone number or ticket number dropped into a translated sentence can be reordered by
the Unicode bidirectional algorithm: "5123 4567" inside an Arabic sentence would read
"4567 5123". Isolating the inserted text (Unicode 6.3 isolates, which Qt's text layout
honours) keeps it whole; the isolate marks themselves are invisible.
"""

from __future__ import annotations

LRI = "\u2066"
"""LEFT-TO-RIGHT ISOLATE: what follows is left to right, whatever surrounds it."""
FSI = "\u2068"
"""FIRST STRONG ISOLATE: what follows takes the direction of its first letter."""
PDI = "\u2069"
"""POP DIRECTIONAL ISOLATE: ends the isolate."""


def left_to_right(text: str) -> str:
    """`text` kept left to right (phone numbers, emails, ticket numbers) inside any sentence."""
    return f"{LRI}{text}{PDI}" if text else text


def isolate(text: str) -> str:
    """`text` in its own direction (a visitor's name, in whatever script) inside any sentence."""
    return f"{FSI}{text}{PDI}" if text else text


def strip_isolates(text: str) -> str:
    """`text` without isolate marks: what the visitor reads."""
    return text.translate({ord(mark): None for mark in (LRI, FSI, PDI)})
