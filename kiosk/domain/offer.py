"""What this kiosk offers of its location: the lines and languages its settings choose.

A location may have lines and languages that belong to other desks or other kiosks. The
kiosk's settings name the lines (by id or name) and the languages (by code) it offers, in the
order it shows them, and which language the Welcome screen starts in. `tailor` applies those
choices to the location Qminder returns, and reports every choice that does not fit it: the
kiosk shows what it can and logs the rest; `kiosk check-config` prints it.

A location without any language still gets one: the kiosk's default language (else
English), so that Welcome always has a button to start with.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from kiosk.domain.models import Language, Line, Location

FALLBACK_LANGUAGE = "en"
"""The language offered when neither the location nor the settings name one."""


@dataclass(frozen=True, slots=True)
class Tailored:
    """The location as this kiosk offers it, and the settings that did not fit."""

    location: Location
    problems: tuple[str, ...] = ()


def _find_line(location: Location, wanted: str) -> Line | None:
    key = wanted.strip()
    by_id = location.line(key)
    if by_id is not None:
        return by_id
    folded = key.casefold()
    return next((line for line in location.lines if line.name.casefold() == folded), None)


def _tailor_lines(
    location: Location, wanted: Sequence[str], problems: list[str]
) -> tuple[Line, ...]:
    if not wanted:
        return location.lines
    chosen: list[Line] = []
    for entry in wanted:
        line = _find_line(location, entry)
        if line is None:
            problems.append(f"line '{entry}' is not a line of this location")
        elif not line.offered:
            state = "archived" if line.archived else "disabled"
            problems.append(f"line '{entry}' is {state} in Qminder")
        elif line not in chosen:
            chosen.append(line)
    if not chosen:
        problems.append("none of the chosen lines can be offered: offering every line")
        return location.lines
    return tuple(chosen)


def _tailor_languages(
    location: Location,
    wanted: Sequence[str],
    default: str | None,
    problems: list[str],
) -> tuple[Language, ...]:
    languages = location.languages
    if not languages:
        code = (default or "").strip() or FALLBACK_LANGUAGE
        problems.append(f"the location offers no language: offering '{code}'")
        return (Language(code=code, primary=True),)
    if wanted:
        by_code = {language.code.casefold(): language for language in location.languages}
        chosen: list[Language] = []
        for code in wanted:
            language = by_code.get(code.strip().casefold())
            if language is None:
                problems.append(f"language '{code}' is not a language of this location")
            elif language not in chosen:
                chosen.append(language)
        if chosen:
            languages = tuple(chosen)
        else:
            problems.append("none of the chosen languages is offered: offering every language")
    if default:
        codes = [language.code.casefold() for language in languages]
        if default.strip().casefold() in codes:
            primary = default.strip().casefold()
            languages = tuple(
                language.model_copy(update={"primary": language.code.casefold() == primary})
                for language in languages
            )
        else:
            problems.append(f"default language '{default}' is not one of the offered languages")
    elif wanted and languages and not any(language.primary for language in languages):
        # The location's own default was left out: the first chosen language starts.
        first = languages[0].model_copy(update={"primary": True})
        languages = (first, *languages[1:])
    return languages


def tailor(
    location: Location,
    lines: Sequence[str] = (),
    languages: Sequence[str] = (),
    default_language: str | None = None,
) -> Tailored:
    """The location with only the chosen lines and languages, in the chosen order."""
    problems: list[str] = []
    tailored = location.model_copy(
        update={
            "lines": _tailor_lines(location, lines, problems),
            "languages": _tailor_languages(location, languages, default_language, problems),
        }
    )
    return Tailored(tailored, tuple(problems))
