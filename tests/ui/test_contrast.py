"""Every theme, and every theme a location's brand colour makes, keeps its text readable."""

from __future__ import annotations

import colorsys
import re

import pytest

from kiosk.ui.branding import branded, theme_for, with_large_text
from kiosk.ui.contrast import (
    FOCUS_PAIRS,
    TEXT_PAIRS,
    contrast_ratio,
    ensure_contrast,
    lowest_contrast,
    readable_text,
)
from kiosk.ui.resources import resource_path
from kiosk.ui.theme import Theme, load_theme

THEMES = ("default", "dark", "high_contrast")
BRANDS = (
    "#FFCC00",  # yellow: far too light for text on white
    "#E11D48",  # rose
    "#0066FF",  # bright blue
    "#22C55E",  # green
    "#7C3AED",  # violet
    "#FF6600",  # orange
    "#00FFFF",  # cyan
    "#000000",
    "#FFFFFF",
    "#808080",
)

_RULE = re.compile(r"([^{}]+)\{([^}]*)\}")
_PLACEHOLDER = re.compile(r"\{\{\s*([\w.]+)\s*\}\}")
_TOKEN = re.compile(r"@color\.(\w+)@")


def used_pairs() -> set[tuple[str, str]]:
    """(text, background) colour tokens the stylesheet combines, read from the QSS templates.

    A rule with both ``color`` and ``background`` pairs them. A rule with a text colour and no
    background draws on whatever is behind it: the page (`window`) or a card (`surface`); the
    header's texts sit on the header.
    """
    pairs: set[tuple[str, str]] = set()
    for path in sorted(resource_path("styles").glob("*.qss")):
        text = re.sub(r"/\*.*?\*/", "", path.read_text("utf-8"), flags=re.S)
        text = _PLACEHOLDER.sub(r"@\1@", text)
        for selector, body in _RULE.findall(text):
            props = {
                name.strip(): value.strip()
                for name, _, value in (p.partition(":") for p in body.split(";"))
                if value
            }
            fg = _TOKEN.search(props.get("color", ""))
            if fg is None:
                continue
            bg = _TOKEN.search(props.get("background", ""))
            if bg is not None:
                pairs.add((fg.group(1), bg.group(1)))
            elif "header" in selector or fg.group(1) == "header_text":
                pairs.add((fg.group(1), "header"))
            else:
                pairs.update({(fg.group(1), "window"), (fg.group(1), "surface")})
    return pairs


def test_the_checked_pairs_include_every_pair_the_stylesheet_uses() -> None:
    found = used_pairs()
    assert len(found) >= 12
    assert found - set(TEXT_PAIRS) == set()


def test_contrast_ratio_follows_wcag() -> None:
    assert contrast_ratio("#000000", "#FFFFFF") == pytest.approx(21.0)
    assert contrast_ratio("#FFFFFF", "#000000") == pytest.approx(21.0)
    assert contrast_ratio("#0B6B63", "#0B6B63") == pytest.approx(1.0)
    # WCAG's own borderline example: #767676 on white just passes 4.5:1, #777777 does not.
    assert contrast_ratio("#767676", "#FFFFFF") >= 4.5 > contrast_ratio("#777777", "#FFFFFF")
    assert readable_text("#FFCC00") == "#000000"
    assert readable_text("#0B6B63") == "#FFFFFF"
    darker = ensure_contrast("#FFCC00", ["#FFFFFF"], 4.5, darken=True)
    assert 4.5 <= contrast_ratio(darker, "#FFFFFF") < 4.8


def check(theme: Theme) -> tuple[float, str]:
    colors = theme.color.model_dump()
    lowest, pair = lowest_contrast(colors, TEXT_PAIRS)
    assert lowest >= theme.contrast, f"{theme.name}: {pair} is {lowest:.2f}:1"
    focus, focus_pair = lowest_contrast(colors, FOCUS_PAIRS)
    assert focus >= 3.0, f"{theme.name}: the focus ring {focus_pair} is {focus:.2f}:1"
    return lowest, pair


@pytest.mark.parametrize("name", THEMES)
def test_every_shipped_theme_keeps_its_contrast(name: str) -> None:
    theme = load_theme(name)
    check(theme)
    check(with_large_text(theme))
    assert theme.contrast == (7.0 if name == "high_contrast" else 4.5)


@pytest.mark.parametrize("name", THEMES)
@pytest.mark.parametrize("primary", BRANDS)
def test_a_brand_colour_never_makes_text_unreadable(name: str, primary: str) -> None:
    theme = theme_for(name, primary)
    check(theme)
    c = theme.color
    assert {c.accent_hover, c.accent_pressed} != {c.accent}, "no shades derived"
    assert c.on_accent in ("#FFFFFF", "#000000", load_theme(name).color.on_accent)


@pytest.mark.parametrize("primary", ["#E11D48", "#0066FF", "#22C55E", "#7C3AED"])
def test_the_brand_keeps_its_hue(primary: str) -> None:
    accent = branded(load_theme("default"), primary).color.accent

    def hue(color: str) -> float:
        r, g, b = (int(color[i : i + 2], 16) / 255 for i in (1, 3, 5))
        return colorsys.rgb_to_hls(r, g, b)[0]

    assert abs(hue(accent) - hue(primary)) < 0.02


def test_a_dark_enough_brand_colour_is_used_as_it_is() -> None:
    assert branded(load_theme("default"), "#0B4F8A").color.accent == "#0B4F8A"


def test_an_unknown_theme_falls_back_to_the_default(caplog: pytest.LogCaptureFixture) -> None:
    assert theme_for("no_such_theme").name == "default"
    assert "no_such_theme" in caplog.text


def test_large_text_is_half_as_large_again() -> None:
    theme = load_theme("default")
    large = with_large_text(theme)
    assert large.size.text_body == 33
    assert large.size.text_small == 30
    assert large.size.touch_min >= 48
    assert large.size.text_title > theme.size.text_title
