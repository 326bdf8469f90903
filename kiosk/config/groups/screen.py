"""What the screens offer (lines, languages, welcome text) and how they look (theme, logo,
full screen)."""

from __future__ import annotations

from pathlib import Path

from pydantic import BaseModel, Field, field_validator

from kiosk.config.rules import LanguageCode, check_text_list, check_welcome_text


class ScreenSettings(BaseModel):
    """What the screens offer and how they look."""

    show_waiting_count: bool = Field(
        default=False, description="Show how many people wait on each line on the Service screen."
    )
    lines: tuple[str, ...] = Field(
        default=(),
        max_length=200,
        description=(
            "Which lines to offer and in what order (line ids or names); empty offers every"
            " enabled line in Qminder's order."
        ),
    )
    languages: tuple[LanguageCode, ...] = Field(
        default=(),
        max_length=100,
        description="Which of the location's languages to offer (codes, in order); empty: all.",
    )
    default_language: LanguageCode | None = Field(
        default=None,
        description="The language the Welcome screen starts in; empty: the location's default.",
    )
    fullscreen: bool = Field(
        default=True,
        description=(
            "Kiosk mode: frameless full screen, on top, closing needs the admin PIN."
            " `--windowed` overrides it for development."
        ),
    )
    hide_cursor: bool = Field(default=False, description="Hide the mouse pointer (touch screens).")
    theme: str = Field(
        default="default",
        pattern=r"^[a-z][a-z0-9_]*$",
        description="The look: 'default', 'dark' or 'high_contrast' (resources/themes/).",
    )
    primary_color: str | None = Field(
        default=None,
        pattern=r"^#[0-9A-Fa-f]{6}$",
        description="The location's brand colour (#RRGGBB); shades and text colours follow.",
    )
    logo: Path | None = Field(
        default=None, description="The location's logo on the Welcome screen (PNG or SVG)."
    )
    welcome_text: dict[str, str] = Field(
        default_factory=dict,
        description='Welcome text per language code, e.g. { en = "Welcome", es = "Hola" }.',
    )

    @field_validator("lines")
    @classmethod
    def _no_blank_line(cls, value: tuple[str, ...]) -> tuple[str, ...]:
        return check_text_list(value)

    @field_validator("welcome_text")
    @classmethod
    def _welcome_texts(cls, value: dict[str, str]) -> dict[str, str]:
        return check_welcome_text(value)
