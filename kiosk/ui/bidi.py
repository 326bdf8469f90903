"""Keeping text of one direction intact inside a sentence of the other.

A name, phone number or ticket number dropped into a translated sentence can be reordered by
the Unicode bidirectional algorithm: "5123 4567" inside an Arabic sentence would read
"4567 5123". Isolating the inserted text (Unicode 6.3 isolates, which Qt's text layout
honours) keeps it whole; the isolate marks themselves are invisible.

Text from Qminder (line names, field titles, options, the location's name) may carry its own
direction marks, some of them unbalanced: a right-to-left override that is never closed would
run on into the kiosk's words after it ("3 waiting" read backwards), and a stray isolate end
would close the kiosk's isolate early. Every isolate made here first balances what it wraps
(`contained`), so nothing inside can reach the sentence around it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

LRE = "\u202a"
RLE = "\u202b"
PDF = "\u202c"
"""POP DIRECTIONAL FORMATTING: ends an embedding or override."""
LRO = "\u202d"
RLO = "\u202e"
LRI = "\u2066"
"""LEFT-TO-RIGHT ISOLATE: what follows is left to right, whatever surrounds it."""
RLI = "\u2067"
FSI = "\u2068"
"""FIRST STRONG ISOLATE: what follows takes the direction of its first letter."""
PDI = "\u2069"
"""POP DIRECTIONAL ISOLATE: ends the isolate."""

_EMBEDDINGS = frozenset(LRE + RLE + LRO + RLO)
_ISOLATES = frozenset(LRI + RLI + FSI)
_PARAGRAPH_ENDS = frozenset("\n\r\x1c\x1d\x1e\x85\u2029")
"""Paragraph separators: the bidirectional algorithm starts afresh after each."""
LINE_SEPARATOR = "\u2028"
"""A line break inside one paragraph (what a label draws for a newline)."""


def contained(text: str) -> str:
    """`text` with its own direction marks balanced, so none of them acts outside it.

    Every embedding, override or isolate the text opens is closed at its end; an end mark with
    nothing of the text's own to end is dropped; a line break inside it stays a line break but
    no longer starts a new paragraph. What the text looks like by itself does not change.
    """
    if not any(mark in text for mark in (PDF, PDI, *_EMBEDDINGS, *_ISOLATES, *_PARAGRAPH_ENDS)):
        return text
    out: list[str] = []
    open_marks: list[str] = []
    for char in text:
        if char in _EMBEDDINGS or char in _ISOLATES:
            open_marks.append(char)
        elif char == PDF:
            if not open_marks or open_marks[-1] in _ISOLATES:
                continue  # nothing of its own to end (inside an isolate, the algorithm ignores it)
            open_marks.pop()
        elif char == PDI:
            if not any(mark in _ISOLATES for mark in open_marks):
                continue  # would end an isolate around the text
            while open_marks[-1] not in _ISOLATES:
                out.append(PDF)
                open_marks.pop()
            open_marks.pop()
        elif char in _PARAGRAPH_ENDS:
            char = LINE_SEPARATOR  # a new paragraph would cut the isolate around the text in two
        out.append(char)
    out.append(_closers(open_marks))
    return "".join(out)


def _closers(open_marks: Iterable[str]) -> str:
    return "".join(PDI if mark in _ISOLATES else PDF for mark in reversed(list(open_marks)))


def left_to_right(text: str) -> str:
    """`text` kept left to right (phone numbers, emails, ticket numbers) inside any sentence."""
    return f"{LRI}{contained(text)}{PDI}" if text else text


def isolate(text: str) -> str:
    """`text` in its own direction (a visitor's name, a line's name, in whatever script, or a
    time or count written the language's way) inside any sentence."""
    return f"{FSI}{contained(text)}{PDI}" if text else text


def isolate_count(text: str, count: int) -> str:
    """`text` (a translated sentence with ``count`` put in by Qt's ``%n``) with the count
    isolated, as every number placed in a sentence is."""
    number = str(count)
    if not number or number not in text:
        return text
    out: list[str] = []
    index = 0
    while (found := text.find(number, index)) >= 0:
        end = found + len(number)
        whole = (found == 0 or not text[found - 1].isdigit()) and (
            end == len(text) or not text[end].isdigit()
        )
        out.append(text[index:found])
        out.append(isolate(number) if whole else number)
        index = end
    out.append(text[index:])
    return "".join(out)


_PLACE = re.compile(r"%([1-9])")


def fill(sentence: str, *values: str) -> str:
    """`sentence` with Qt's ``%1``, ``%2``... replaced by `values` in one pass: a value that
    itself holds ``%2`` (a line's name, say) stays as it is. The values go in as given; isolate
    them first (`isolate`, `left_to_right`)."""

    def value(match: re.Match[str]) -> str:
        index = int(match.group(1)) - 1
        return values[index] if index < len(values) else match.group(0)

    return _PLACE.sub(value, sentence)


def strip_isolates(text: str) -> str:
    """`text` without isolate marks: what the visitor reads."""
    return text.translate({ord(mark): None for mark in (LRI, RLI, FSI, PDI)})
