"""Picking Qminder's own translations (lines, field titles, options) for the visitor's language.

The fallback chain, used everywhere:

1. a translation for exactly the visitor's language ("fr-CA");
2. one for the same base language: the base itself ("fr") first, else a regional sibling in
   the order Qminder lists them ("pt" finds "pt-PT", "fr-CA" finds "fr-FR");
3. steps 1 and 2 for the location's primary language;
4. the untranslated text of the definition;
5. when that is blank (Qminder allows a ``null`` title), the first usable translation.

Codes match case-insensitively and ``_`` counts as ``-``. A translation whose text is blank or
missing is skipped, as if it did not exist.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from kiosk.domain.models import InputField, Line, SelectOption


def normalise_code(code: str) -> str:
    """``"pt_BR "`` → ``"pt-br"``: the form language codes are compared in."""
    return code.strip().replace("_", "-").lower()


def base_code(code: str) -> str:
    """``"fr-CA"`` → ``"fr"``; the base language of a (normalised) code."""
    return normalise_code(code).split("-", 1)[0]


def _nonblank(text: str | None) -> str | None:
    if text is None:
        return None
    stripped = text.strip()
    return stripped or None


def match_code(language: str, codes: Sequence[str]) -> int | None:
    """Index of the code in `codes` that best matches `language` (steps 1 and 2), else None."""
    wanted = normalise_code(language)
    if not wanted:
        return None
    normalised = [normalise_code(c) for c in codes]
    if wanted in normalised:
        return normalised.index(wanted)
    base = base_code(wanted)
    if base in normalised:
        return normalised.index(base)
    for index, code in enumerate(normalised):
        if base_code(code) == base:
            return index
    return None


def pick(candidates: Iterable[tuple[str, str | None]], language: str, primary: str) -> str | None:
    """The text for `language` from ``(code, text)`` pairs by the fallback chain (steps 1–3).

    Pairs with blank text are ignored. None means no translation fits: use the raw text.
    """
    usable = [(code, text) for code, raw in candidates if (text := _nonblank(raw)) is not None]
    codes = [code for code, _ in usable]
    for wanted in (language, primary):
        index = match_code(wanted, codes)
        if index is not None:
            return usable[index][1]
    return None


def resolve_language(language: str, available: Sequence[str], primary: str) -> str:
    """The location language to send as `languageCode` for a visitor who chose `language`.

    The best match among `available` (exact, then base language), else `primary`.
    """
    index = match_code(language, available)
    return available[index] if index is not None else primary


def _any(candidates: Iterable[str | None]) -> str:
    """The first non-blank text (step 5), else ``""``."""
    return next((text for raw in candidates if (text := _nonblank(raw)) is not None), "")


def line_name(line: Line, language: str, primary: str) -> str:
    """The line's name in the visitor's language."""
    picked = pick(((t.language_code, t.name) for t in line.translations), language, primary)
    if picked is not None:
        return picked
    return line.name.strip() or _any(t.name for t in line.translations)


def field_title(field: InputField, language: str, primary: str) -> str:
    """The field's visitor-facing title in the visitor's language; ``""`` when it has none.

    At each language step a translation's `visitorFacingTitle` wins over its `title`; the raw
    step uses the field's own `visitorFacingTitle`, else its `title`. Built-in fields
    (FIRST_NAME, LAST_NAME) usually have no title at all: the UI labels those itself.
    """
    picked = pick(
        (
            (t.language_code, _nonblank(t.visitor_facing_title) or t.title)
            for t in field.translations
        ),
        language,
        primary,
    )
    if picked is not None:
        return picked
    own = _nonblank(field.visitor_facing_title) or _nonblank(field.title)
    if own is not None:
        return own
    return _any(_nonblank(t.visitor_facing_title) or t.title for t in field.translations)


def option_title(option: SelectOption, language: str, primary: str) -> str:
    """The select option's title in the visitor's language."""
    picked = pick(((t.language_code, t.title) for t in option.translations), language, primary)
    if picked is not None:
        return picked
    return option.title.strip() or _any(t.title for t in option.translations)
