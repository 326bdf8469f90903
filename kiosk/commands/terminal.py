"""Text from elsewhere (Qminder's location data, a configuration file) made safe for a terminal.

A location or line name can hold anything Qminder stored: an escape sequence that clears the
operator's screen or rewrites what was printed before, a right-to-left override that turns a
line around. `printable` shows such characters as visible escapes (``\\x1b``, ``\\u202e``)
instead of letting the terminal act on them.
"""

from __future__ import annotations

import unicodedata

_ESCAPED_CATEGORIES = frozenset({"Cc", "Cf", "Cs", "Zl", "Zp"})
"""Control and format characters (C0, C1, DEL, bidi controls, zero-width characters), lone
surrogates and the Unicode line and paragraph separators."""


def _escape(ch: str) -> str:
    code = ord(ch)
    if code <= 0xFF:
        return f"\\x{code:02x}"
    if code <= 0xFFFF:
        return f"\\u{code:04x}"
    return f"\\U{code:08x}"


def printable(text: str) -> str:
    """`text` with every control and format character written as a visible escape."""
    if text.isprintable():
        return text
    return "".join(
        _escape(ch) if unicodedata.category(ch) in _ESCAPED_CATEGORIES else ch for ch in text
    )


def printable_lines(text: str) -> str:
    """Each line of `text` made `printable`, the line breaks between them kept."""
    return "\n".join(printable(line) for line in text.split("\n"))
