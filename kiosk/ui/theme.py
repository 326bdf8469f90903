"""Theme tokens (TOML) → one app-wide stylesheet and palette.

A theme file (``resources/themes/<name>.toml``) names every colour, type size and spacing the
kiosk uses. The QSS templates in ``resources/styles/*.qss`` refer to tokens as
``{{ color.accent }}`` or ``{{ size.text_body }}``; `stylesheet` fills them in and joins the
files in filename order. Widgets never carry literal colours or sizes: they set a dynamic
``role`` / ``state`` property and the stylesheet does the rest. The few numbers code needs for
layout spacing come from `active_theme().space`.
"""

from __future__ import annotations

import re
import tomllib
from functools import cache
from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field, StringConstraints
from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication

from kiosk.ui.resources import resource_path

Color = Annotated[str, StringConstraints(pattern=r"^#[0-9A-Fa-f]{6}$")]
Pixels = Annotated[int, Field(ge=0, le=1000)]
ReadingText = Annotated[int, Field(ge=20)]
"""Text a visitor reads: at least 20 px."""
TouchTarget = Annotated[int, Field(ge=48)]
"""Anything a finger taps: at least 48 px across."""

_PLACEHOLDER = re.compile(r"\{\{\s*([A-Za-z_][\w.]*)\s*\}\}")
_NAME = re.compile(r"^[a-z][a-z0-9_]*$")


class _Section(BaseModel):
    """A table of a theme file: frozen, and a misspelt token is an error."""

    model_config = ConfigDict(frozen=True, extra="forbid")


class FontTokens(_Section):
    """Font families in order of preference; Qt falls back along the list per glyph."""

    families: tuple[str, ...] = Field(min_length=1)


class ColorTokens(_Section):
    """Every colour of the kiosk (``#RRGGBB``)."""

    window: Color
    surface: Color
    surface_pressed: Color
    header: Color
    header_text: Color
    border: Color
    border_strong: Color
    text: Color
    text_muted: Color
    accent: Color
    accent_hover: Color
    accent_pressed: Color
    accent_soft: Color
    on_accent: Color
    error: Color
    error_soft: Color
    badge: Color
    badge_soft: Color
    disabled_surface: Color
    disabled_text: Color
    keyboard: Color
    scrim: Color
    focus: Color


class SizeTokens(_Section):
    """Type sizes, radii, borders and control heights in pixels."""

    text_body: ReadingText
    text_small: ReadingText
    text_label: ReadingText
    text_input: ReadingText
    text_button: ReadingText
    text_choice: ReadingText
    text_title: Pixels
    text_subtitle: Pixels
    text_hero: Pixels
    text_header: Pixels
    text_ticket: Annotated[int, Field(ge=96)]
    text_ticket_caption: Pixels
    radius: Pixels
    radius_small: Pixels
    border: Pixels
    focus_border: Pixels
    touch_min: TouchTarget
    button_height: TouchTarget
    input_height: TouchTarget
    choice_height: TouchTarget
    option_height: TouchTarget
    stepper_width: TouchTarget
    button_padding: Pixels
    input_padding: Pixels
    indicator: Pixels
    spinner: Pixels
    scrollbar: Pixels


class SpaceTokens(_Section):
    """Layout spacing and budgets in pixels, read by code that builds layouts."""

    xs: Pixels
    sm: Pixels
    md: Pixels
    lg: Pixels
    xl: Pixels
    page_margin: Pixels
    header_height: Pixels
    content_max_width: Annotated[int, Field(ge=320, le=10_000)]
    choice_min_width: Pixels
    option_min_width: Pixels
    page_budget: Annotated[int, Field(ge=100, le=10_000)]


class Theme(_Section):
    """A named set of tokens, loaded from ``resources/themes/<name>.toml``."""

    name: str
    contrast: Annotated[float, Field(ge=4.5, le=21)] = 4.5
    """The lowest text/background contrast ratio the theme keeps (WCAG: 4.5 AA, 7 AAA)."""
    font: FontTokens
    color: ColorTokens
    size: SizeTokens
    space: SpaceTokens

    def tokens(self) -> dict[str, str]:
        """Every token as the text a QSS template needs: ``{"color.accent": "#0B6B63", ...}``."""
        values: dict[str, str] = {
            "font.families": ", ".join(f'"{family}"' for family in self.font.families)
        }
        for section in ("color", "size", "space"):
            for key, value in getattr(self, section).model_dump().items():
                values[f"{section}.{key}"] = str(value)
        return values


def load_theme(name: str = "default") -> Theme:
    """Read and validate ``resources/themes/<name>.toml``.

    Raises:
        ValueError: the name is not a plain theme name.
        FileNotFoundError: no such theme.
        pydantic.ValidationError: a token is missing, misspelt or out of range.
    """
    if not _NAME.match(name):
        raise ValueError(f"not a theme name: {name!r}")
    with resource_path("themes", f"{name}.toml").open("rb") as file:
        return Theme.model_validate(tomllib.load(file))


def render_template(template: str, tokens: dict[str, str]) -> str:
    """Replace every ``{{ token }}`` in a QSS template; an unknown token raises KeyError."""

    def token(match: re.Match[str]) -> str:
        key = match.group(1)
        if key not in tokens:
            raise KeyError(f"unknown theme token {{{{ {key} }}}}")
        return tokens[key]

    return _PLACEHOLDER.sub(token, template)


def stylesheet(theme: Theme) -> str:
    """The app-wide stylesheet: every ``resources/styles/*.qss`` in name order, filled in."""
    tokens = theme.tokens()
    parts = []
    for path in sorted(resource_path("styles").glob("*.qss")):
        parts.append(f"/* {path.name} */\n" + render_template(path.read_text("utf-8"), tokens))
    return "\n".join(parts)


def palette(theme: Theme) -> QPalette:
    """A palette matching the theme, for painted widgets and anything QSS does not reach."""
    c = theme.color
    pal = QPalette()
    roles = {
        QPalette.ColorRole.Window: c.window,
        QPalette.ColorRole.WindowText: c.text,
        QPalette.ColorRole.Base: c.surface,
        QPalette.ColorRole.AlternateBase: c.window,
        QPalette.ColorRole.Text: c.text,
        QPalette.ColorRole.Button: c.surface,
        QPalette.ColorRole.ButtonText: c.text,
        QPalette.ColorRole.Highlight: c.accent,
        QPalette.ColorRole.HighlightedText: c.on_accent,
        QPalette.ColorRole.PlaceholderText: c.text_muted,
        QPalette.ColorRole.Mid: c.border_strong,
        QPalette.ColorRole.Midlight: c.border,
        QPalette.ColorRole.ToolTipBase: c.surface,
        QPalette.ColorRole.ToolTipText: c.text,
        QPalette.ColorRole.Link: c.accent,
        QPalette.ColorRole.BrightText: c.error,
    }
    for role, value in roles.items():
        pal.setColor(role, QColor(value))
    for role in (
        QPalette.ColorRole.WindowText,
        QPalette.ColorRole.Text,
        QPalette.ColorRole.ButtonText,
    ):
        pal.setColor(QPalette.ColorGroup.Disabled, role, QColor(c.disabled_text))
    pal.setColor(
        QPalette.ColorGroup.Disabled, QPalette.ColorRole.Button, QColor(c.disabled_surface)
    )
    return pal


_active: Theme | None = None


@cache
def _default_theme() -> Theme:
    return load_theme("default")


def active_theme() -> Theme:
    """The theme last applied with `apply_theme`, else the default theme."""
    return _active if _active is not None else _default_theme()


def apply_theme(app: QApplication, theme: Theme) -> None:
    """Style the whole application: Fusion style, theme palette, font and stylesheet."""
    global _active
    _active = theme
    app.setStyle("Fusion")
    app.setPalette(palette(theme))
    font = QFont(app.font())
    font.setFamilies(list(theme.font.families))
    font.setPixelSize(theme.size.text_body)
    app.setFont(font)
    app.setStyleSheet(stylesheet(theme))
