"""Cleaning of text a visitor typed, applied to every answer before it is validated or sent.

`clean_text` removes what a touch keyboard, a paste or a hostile input can smuggle into a
ticket: control characters, bidirectional overrides, invisible separators, lone surrogates
(which cannot be encoded as JSON UTF-8), and runs of whitespace. The result is NFC.
"""

from __future__ import annotations

import re
import unicodedata

BIDI_CONTROLS = frozenset(
    "\u061c"  # ARABIC LETTER MARK
    "\u200e\u200f"  # LEFT-TO-RIGHT MARK, RIGHT-TO-LEFT MARK
    "\u202a\u202b\u202c\u202d\u202e"  # embeddings, pop, overrides
    "\u2066\u2067\u2068\u2069"  # isolates
)
"""Characters that reorder displayed text (a name could otherwise render backwards)."""

INVISIBLE = frozenset(
    "\u200b"  # ZERO WIDTH SPACE
    "\u2060"  # WORD JOINER
    "\ufeff"  # ZERO WIDTH NO-BREAK SPACE (byte order mark)
)
"""Zero-width characters that would make a blank answer look non-empty.

ZERO WIDTH JOINER and NON-JOINER stay: emoji sequences and some scripts (Persian) need them.
"""

_WHITESPACE_RUN = re.compile(r"\s+")


def _is_dropped(ch: str) -> bool:
    if ch in BIDI_CONTROLS or ch in INVISIBLE:
        return True
    category = unicodedata.category(ch)
    # Cc: control characters (whitespace controls were turned into spaces before this).
    # Cs: lone surrogates, which no UTF-8 encoder accepts.
    return category in ("Cc", "Cs")


def _clean_line(s: str) -> str:
    # Whitespace controls (tab, newline, form feed, NEL, ...) become spaces; then the
    # remaining controls and the bidi/invisible characters go.
    kept = "".join(" " if ch.isspace() else ch for ch in s if ch.isspace() or not _is_dropped(ch))
    kept = unicodedata.normalize("NFC", kept)
    return _WHITESPACE_RUN.sub(" ", kept).strip()


def clean_text(s: str, *, multiline: bool = False) -> str:
    """Return `s` NFC-normalised, without control/bidi/invisible characters, whitespace collapsed.

    Single-line (the default): every line break becomes a space, each run of whitespace becomes
    one space, and the ends are stripped. With ``multiline=True`` line breaks (any of those
    `str.splitlines` knows) become ``"\\n"``, each line is cleaned as above, blank lines at the
    ends are dropped and runs of blank lines collapse to one. The function is idempotent.
    """
    if not multiline:
        return _clean_line(s)
    lines: list[str] = []
    for raw in s.splitlines():
        line = _clean_line(raw)
        if line or (lines and lines[-1]):
            lines.append(line)
    while lines and not lines[-1]:
        lines.pop()
    return "\n".join(lines)


def is_clean(s: str, *, multiline: bool = False) -> bool:
    """True when `s` is already what `clean_text` returns for it."""
    return clean_text(s, multiline=multiline) == s


def utf16_length(s: str) -> int:
    """Length in UTF-16 code units, as Qt's line edits and Java-based servers count characters.

    An emoji counts 2. Maximum lengths are checked with this so that a value the kiosk accepts
    is never longer than the limit the server (or the widget) applies.
    """
    return len(s.encode("utf-16-le", "surrogatepass")) // 2
