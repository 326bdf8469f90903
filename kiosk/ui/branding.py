"""A location's look: its theme, its brand colour, and the visitor's Large text.

`theme_for` turns the settings' theme name and ``primary_color`` into the theme the kiosk
applies. The brand colour becomes the accent; its hover, pressed, soft and disabled shades and
the text colour on it are derived so that every text keeps the theme's contrast minimum
(4.5:1, 7:1 for High contrast), whatever colour a location picks. `with_large_text` scales the
type (and the controls around it) for visitors who asked for Large text.
"""

from __future__ import annotations

import logging

from kiosk.ui.contrast import (
    BLACK,
    WHITE,
    contrast_ratio,
    desaturate,
    ensure_contrast,
    is_dark,
    mix,
    readable_text,
    shift_lightness,
)
from kiosk.ui.theme import Theme, load_theme

log = logging.getLogger("kiosk.ui")

LARGE_TEXT = 1.5
"""How much larger Large text makes body text."""

_HEADLINE_SCALE = 1.1
"""Titles and the hero text are large already: they grow less."""

_TICKET_SCALE = 0.55

_CONTROL_GROWTH = 0.3
"""Controls grow by this share of the text's growth: their padding is room enough."""

_TEXT = ("text_body", "text_small", "text_label", "text_input", "text_button", "text_choice")
_HEADLINES = ("text_title", "text_subtitle", "text_hero", "text_header")
_CONTROLS = (
    "touch_min",
    "button_height",
    "input_height",
    "option_height",
    "stepper_width",
    "indicator",
)
# Language and service cards (``choice_height``) are tall already; they grow with their text.


def theme_for(name: str = "default", primary_color: str | None = None) -> Theme:
    """The named theme, with the location's brand colour as its accent when one is given.

    A theme that does not exist is logged and replaced by the default one: a typo in the
    configuration must not keep the kiosk from starting.
    """
    try:
        theme = load_theme(name)
    except (FileNotFoundError, ValueError):
        log.error("there is no theme %r; using the default theme", name)
        theme = load_theme("default")
    return branded(theme, primary_color) if primary_color else theme


def branded(theme: Theme, primary: str) -> Theme:
    """`theme` with `primary` as its accent, every derived shade readable.

    On a light theme the brand colour is darkened just enough to read as text on the page and
    to carry white (or black) text; on a dark theme it is lightened. The hue stays the
    location's.
    """
    c = theme.color
    minimum = theme.contrast
    dark_theme = is_dark(c.window)
    grounds = (c.window, c.surface)
    accent = ensure_contrast(primary, grounds, minimum, darken=not dark_theme)
    on_accent = readable_text(accent, (c.on_accent, WHITE, BLACK))
    step = 0.06 if dark_theme else -0.06
    hover = _readable_under(_shade(accent, step / 2), on_accent, minimum, dark_theme)
    pressed = _readable_under(_shade(accent, step), on_accent, minimum, dark_theme)
    soft = mix(c.surface, accent, 0.14)
    # Text and the accent itself must still read on the soft shade (a selected option).
    soft = _soft_enough(soft, (c.text, accent), minimum, c.surface)
    disabled_surface = mix(c.surface, desaturate(accent, 0.85), 0.16)
    disabled_text = ensure_contrast(
        c.disabled_text, (disabled_surface,), minimum, darken=not dark_theme
    )
    colors = c.model_copy(
        update={
            "accent": accent,
            "accent_hover": hover,
            "accent_pressed": pressed,
            "accent_soft": soft,
            "on_accent": on_accent,
            "disabled_surface": disabled_surface,
            "disabled_text": disabled_text,
        }
    )
    return theme.model_copy(update={"color": colors})


def with_large_text(theme: Theme, factor: float = LARGE_TEXT) -> Theme:
    """`theme` with body text `factor` times larger, headlines and controls growing with it."""
    size = theme.size
    control_scale = 1 + (factor - 1) * _CONTROL_GROWTH
    update: dict[str, int] = {}
    for key in _TEXT:
        update[key] = round(getattr(size, key) * factor)
    for key in _HEADLINES:
        update[key] = round(getattr(size, key) * min(factor, _HEADLINE_SCALE))
    for key in _CONTROLS:
        update[key] = round(getattr(size, key) * control_scale)
    # The ticket number is the largest text by far (168 px and more, still over 100 px here);
    # it gives room to the larger texts around it, so the whole ticket fits a 1280 x 800
    # screen in every language. Its caption keeps its size for the same reason.
    update["text_ticket"] = max(96, round(size.text_ticket * _TICKET_SCALE))
    return theme.model_copy(update={"size": size.model_copy(update=update)})


def _shade(color: str, delta: float) -> str:
    """A visibly different shade: lightness moved by `delta`, or the other way at black/white."""
    shade = shift_lightness(color, delta)
    return shade if shade != color else shift_lightness(color, -delta)


def _readable_under(color: str, text: str, minimum: float, dark_theme: bool) -> str:
    """`color` adjusted (towards more contrast with `text`) until `text` reads on it."""
    if contrast_ratio(color, text) >= minimum:
        return color
    # Dark text wants a lighter background; light text a darker one.
    return ensure_contrast(color, (text,), minimum, darken=not is_dark(color) or not dark_theme)


def _soft_enough(soft: str, texts: tuple[str, ...], minimum: float, surface: str) -> str:
    """Move `soft` back towards `surface` until every text reads on it."""
    for amount in (0.0, 0.25, 0.5, 0.75, 1.0):
        candidate = mix(soft, surface, amount)
        if all(contrast_ratio(text, candidate) >= minimum for text in texts):
            return candidate
    return surface
