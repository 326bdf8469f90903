"""Colour arithmetic for readable themes: WCAG contrast, shades, and text colour picking.

Pure functions on ``#RRGGBB`` strings (no Qt), used to derive a location's brand colours and
by the tests that check every theme. Contrast follows WCAG 2.x: the ratio of the relative
luminances of two colours, from 1:1 to 21:1; 4.5:1 is the minimum for body text (AA), 7:1 the
enhanced level (AAA) the high-contrast theme keeps.
"""

from __future__ import annotations

import colorsys
from collections.abc import Iterable

BLACK = "#000000"
WHITE = "#FFFFFF"

TEXT_PAIRS: tuple[tuple[str, str], ...] = (
    # (foreground token, background token) for every text the stylesheet draws. The tests
    # check that the QSS templates use no other combination.
    ("text", "window"),
    ("text", "surface"),
    ("text", "surface_pressed"),
    ("text", "accent_soft"),
    ("text", "error_soft"),
    ("text_muted", "window"),
    ("text_muted", "surface"),
    ("header_text", "header"),
    ("badge", "badge_soft"),
    ("on_accent", "accent"),
    ("on_accent", "accent_hover"),
    ("on_accent", "accent_pressed"),
    ("accent", "window"),
    ("accent", "surface"),
    ("accent", "accent_soft"),
    ("error", "window"),
    ("error", "surface"),
    ("disabled_text", "disabled_surface"),
)
"""Every (text colour, background colour) pair a visitor reads."""

FOCUS_PAIRS: tuple[tuple[str, str], ...] = (
    ("focus", "window"),
    ("focus", "surface"),
    ("focus", "accent_soft"),
)
"""The focus ring against what it surrounds: non-text contrast, at least 3:1 (WCAG 1.4.11)."""


def _channels(color: str) -> tuple[float, float, float]:
    value = color.lstrip("#")
    if len(value) != 6:
        raise ValueError(f"not a #RRGGBB colour: {color!r}")
    return (
        int(value[0:2], 16) / 255,
        int(value[2:4], 16) / 255,
        int(value[4:6], 16) / 255,
    )


def _hex(red: float, green: float, blue: float) -> str:
    return "#" + "".join(f"{round(max(0.0, min(1.0, c)) * 255):02X}" for c in (red, green, blue))


def relative_luminance(color: str) -> float:
    """WCAG relative luminance of an sRGB colour, 0 (black) to 1 (white)."""

    def linear(c: float) -> float:
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4

    red, green, blue = (linear(c) for c in _channels(color))
    return 0.2126 * red + 0.7152 * green + 0.0722 * blue


def contrast_ratio(first: str, second: str) -> float:
    """WCAG contrast ratio of two colours (symmetric), 1.0 to 21.0."""
    a, b = relative_luminance(first), relative_luminance(second)
    lighter, darker = max(a, b), min(a, b)
    return (lighter + 0.05) / (darker + 0.05)


def readable_text(background: str, candidates: Iterable[str] = (WHITE, BLACK)) -> str:
    """The candidate text colour with the highest contrast on `background`."""
    return max(candidates, key=lambda c: contrast_ratio(c, background))


def is_dark(color: str) -> bool:
    """True when white text reads better on it than black."""
    return readable_text(color) == WHITE


def shift_lightness(color: str, delta: float) -> str:
    """The colour with its HLS lightness moved by `delta` (-1..1), hue and saturation kept."""
    hue, lightness, saturation = colorsys.rgb_to_hls(*_channels(color))
    return _hex(*colorsys.hls_to_rgb(hue, max(0.0, min(1.0, lightness + delta)), saturation))


def mix(color: str, other: str, amount: float) -> str:
    """`amount` (0..1) of `other` blended into `color`."""
    a, b = _channels(color), _channels(other)
    return _hex(*(x + (y - x) * amount for x, y in zip(a, b, strict=True)))


def desaturate(color: str, amount: float) -> str:
    """The colour with its saturation reduced by `amount` (0..1)."""
    hue, lightness, saturation = colorsys.rgb_to_hls(*_channels(color))
    return _hex(*colorsys.hls_to_rgb(hue, lightness, saturation * (1 - amount)))


def ensure_contrast(
    color: str, backgrounds: Iterable[str], minimum: float, *, darken: bool, step: float = 0.01
) -> str:
    """`color` made darker (or lighter) just enough to reach `minimum` against every background.

    The hue is kept; at the extreme (black or white) the loop stops, so the result is the best
    this hue can do. Callers check the ratio they need.
    """
    grounds = list(backgrounds)
    current = color
    for _ in range(int(1 / step) + 1):
        if all(contrast_ratio(current, ground) >= minimum for ground in grounds):
            return current
        current = shift_lightness(current, -step if darken else step)
    return current


def lowest_contrast(colors: dict[str, str], pairs: Iterable[tuple[str, str]]) -> tuple[float, str]:
    """The smallest ratio among `pairs` of colour tokens, and which pair it is ("fg/bg")."""
    ratios = [(contrast_ratio(colors[fg], colors[bg]), f"{fg}/{bg}") for fg, bg in pairs]
    return min(ratios)
