"""Cleaning of text a visitor typed, applied to every answer before it is validated or sent.

`clean_text` removes what a touch keyboard, a paste or a hostile input can smuggle into a
ticket: control characters, bidirectional overrides, every invisible format character
(category Cf and Unicode's other default-ignorable code points: soft hyphen, combining
grapheme joiner, Hangul fillers, ...), private-use characters, noncharacters (U+FFFE), lone
surrogates (which cannot be encoded as JSON UTF-8), and runs of whitespace. The result is NFC.

Joiners and variation selectors are kept only where they do their work: attached to a
visible character (an emoji sequence, a Persian word with a non-joiner). On their own they
are dropped, so an answer can never look blank and still be "filled in".

`letter_count` counts the letters a name really shows (validation asks for two).
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

ZERO WIDTH JOINER and NON-JOINER stay between visible characters: emoji sequences and some
scripts (Persian) need them.
"""

JOINERS = frozenset("\u200c\u200d")  # ZERO WIDTH NON-JOINER, ZERO WIDTH JOINER
"""Kept only between two visible characters."""


def _code_points(*spans: tuple[int, int]) -> frozenset[str]:
    return frozenset(chr(cp) for first, last in spans for cp in range(first, last + 1))


SELECTORS = _code_points(
    (0x180B, 0x180D),  # MONGOLIAN FREE VARIATION SELECTORS ONE..THREE
    (0x180F, 0x180F),  # MONGOLIAN FREE VARIATION SELECTOR FOUR
    (0xFE00, 0xFE0F),  # VARIATION SELECTORS (emoji or text presentation)
    (0xE0020, 0xE007F),  # TAG characters (subdivision flags) and CANCEL TAG
    (0xE0100, 0xE01EF),  # VARIATION SELECTORS SUPPLEMENT
)
"""Invisible modifiers of the character before them: kept only right after a visible one."""

DEFAULT_IGNORABLE = _code_points(
    (0x00AD, 0x00AD),  # SOFT HYPHEN
    (0x034F, 0x034F),  # COMBINING GRAPHEME JOINER
    (0x061C, 0x061C),  # ARABIC LETTER MARK
    (0x115F, 0x1160),  # HANGUL CHOSEONG / JUNGSEONG FILLER
    (0x17B4, 0x17B5),  # KHMER VOWEL INHERENT AQ / AA
    (0x180B, 0x180F),  # MONGOLIAN variation selectors and VOWEL SEPARATOR
    (0x200B, 0x200F),  # zero width space, joiners, direction marks
    (0x202A, 0x202E),  # bidi embeddings and overrides
    (0x2060, 0x206F),  # WORD JOINER, invisible operators, isolates, deprecated controls
    (0x3164, 0x3164),  # HANGUL FILLER
    (0xFE00, 0xFE0F),  # VARIATION SELECTORS
    (0xFEFF, 0xFEFF),  # ZERO WIDTH NO-BREAK SPACE
    (0xFFA0, 0xFFA0),  # HALFWIDTH HANGUL FILLER
    (0xFFF0, 0xFFF8),  # reserved specials
    (0x1BCA0, 0x1BCA3),  # SHORTHAND FORMAT controls
    (0x1D173, 0x1D17A),  # MUSICAL SYMBOL BEGIN/END controls
    (0xE0000, 0xE0FFF),  # tags, variation selectors supplement, reserved
)
"""Unicode's Default_Ignorable_Code_Point: characters that render as nothing at all.

Some are letters (the Hangul fillers) or marks (the combining grapheme joiner), so a test on
the category alone would let a blank-looking name through.
"""

BLANKS = frozenset("\u2800")  # BRAILLE PATTERN BLANK: a symbol that looks like a space
"""Characters that are not whitespace to Unicode but look like a space: treated as one."""

_WHITESPACE_RUN = re.compile(r"\s+")

_DROPPED_CATEGORIES = frozenset({"Cc", "Cf", "Cs", "Co"})
"""Controls (whitespace controls become spaces first), format characters, lone surrogates
(which no UTF-8 encoder accepts) and private-use characters (no font shows them)."""


def is_noncharacter(ch: str) -> bool:
    """U+FDD0..U+FDEF and the last two code points of every plane (U+FFFE, U+FFFF, ...)."""
    cp = ord(ch)
    return 0xFDD0 <= cp <= 0xFDEF or cp & 0xFFFE == 0xFFFE


def _is_dropped(ch: str) -> bool:
    if ch in JOINERS or ch in SELECTORS:
        return False  # decided by their neighbours
    if ch in BIDI_CONTROLS or ch in INVISIBLE or ch in DEFAULT_IGNORABLE:
        return True
    return unicodedata.category(ch) in _DROPPED_CATEGORIES or is_noncharacter(ch)


def _attached(chars: str) -> str:
    """`chars` without joiners and selectors that are not attached to visible characters."""
    out: list[str] = []
    for index, ch in enumerate(chars):
        before = out[-1] if out else " "
        if ch in SELECTORS:
            keep = not before.isspace() and before not in JOINERS
        elif ch in JOINERS:
            after = chars[index + 1] if index + 1 < len(chars) else " "
            keep = (
                not before.isspace()
                and before not in JOINERS
                and not after.isspace()
                and after not in JOINERS
                and after not in SELECTORS
            )
        else:
            keep = True
        if keep:
            out.append(ch)
    return "".join(out)


def _clean_line(s: str) -> str:
    # Whitespace controls (tab, newline, form feed, NEL, ...) and blank-looking symbols become
    # spaces; then the remaining controls and the invisible characters go.
    kept = "".join(
        " " if ch.isspace() or ch in BLANKS else ch
        for ch in s
        if ch.isspace() or ch in BLANKS or not _is_dropped(ch)
    )
    kept = _WHITESPACE_RUN.sub(" ", _attached(kept)).strip()
    kept = unicodedata.normalize("NFC", kept)
    return _WHITESPACE_RUN.sub(" ", kept).strip()


def letter_count(s: str) -> int:
    """How many letters (Unicode category L) `s` shows; blank-looking letters do not count."""
    return sum(
        1 for ch in s if unicodedata.category(ch).startswith("L") and ch not in DEFAULT_IGNORABLE
    )


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
