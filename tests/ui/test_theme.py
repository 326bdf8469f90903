"""Theme tokens, QSS templates and resource paths."""

from __future__ import annotations

import re

import pytest
from pydantic import ValidationError
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QLabel

from kiosk.ui.resources import resource_path, resources_root
from kiosk.ui.style import set_role, set_state
from kiosk.ui.theme import Theme, active_theme, load_theme, render_template, stylesheet


@pytest.mark.parametrize("name", ["default", "dark", "high_contrast"])
def test_every_shipped_theme_fills_every_template(name: str) -> None:
    theme = load_theme(name)
    sheet = stylesheet(theme)
    assert "{{" not in sheet
    assert "}}" not in sheet
    assert theme.color.accent in sheet
    assert f"font-size: {theme.size.text_ticket}px" in sheet


@pytest.mark.parametrize("name", ["default", "dark", "high_contrast"])
def test_themes_meet_the_touch_and_type_minimums(name: str) -> None:
    size = load_theme(name).size
    assert size.text_ticket >= 96
    assert min(size.text_body, size.text_small, size.text_label) >= 20
    assert min(size.button_height, size.option_height, size.touch_min) >= 48
    assert size.input_height >= 56


def test_tokens_are_named_by_section() -> None:
    tokens = load_theme("default").tokens()
    assert tokens["color.accent"].startswith("#")
    assert tokens["size.text_body"] == "22"
    assert tokens["font.families"].startswith('"Noto Sans"')


def test_an_unknown_token_is_an_error() -> None:
    assert render_template("a { color: {{ color.accent }}; }", {"color.accent": "#000000"}) == (
        "a { color: #000000; }"
    )
    with pytest.raises(KeyError, match=r"color\.nope"):
        render_template("a { color: {{ color.nope }}; }", {})


def test_a_theme_missing_a_token_does_not_load() -> None:
    data = load_theme("default").model_dump()
    del data["color"]["accent"]
    with pytest.raises(ValidationError):
        Theme.model_validate(data)


def test_a_colour_token_must_be_a_colour() -> None:
    data = load_theme("default").model_dump()
    data["color"]["accent"] = "red; background: url(x)"
    with pytest.raises(ValidationError):
        Theme.model_validate(data)


@pytest.mark.parametrize("name", ["../default", "default.toml", "", "a/b"])
def test_theme_names_are_plain(name: str) -> None:
    with pytest.raises(ValueError, match="theme name"):
        load_theme(name)


def test_no_widget_module_carries_a_literal_colour() -> None:
    sources = (resources_root().parent / "kiosk" / "ui").rglob("*.py")
    pattern = re.compile(r"#[0-9A-Fa-f]{6}\b|QColor\(\s*\d|Qt\.GlobalColor\.(?!transparent)")
    offenders = [
        path.name
        for path in sources
        if path.name not in ("theme.py", "contrast.py") and pattern.search(path.read_text("utf-8"))
    ]
    assert offenders == []


def test_applied_theme_sets_palette_font_and_stylesheet(qapp: QApplication) -> None:
    theme = active_theme()
    assert qapp.palette().color(QPalette.ColorRole.Highlight) == QColor(theme.color.accent)
    assert qapp.font().families()[0] == theme.font.families[0]
    assert qapp.styleSheet() == stylesheet(theme)


def test_state_property_restyles(qtbot: object) -> None:
    label = QLabel("x")
    set_role(label, "error")
    assert label.property("role") == "error"
    set_state(label, "error")
    assert label.property("state") == "error"
    set_state(label, None)
    assert label.property("state") == ""


def test_resource_path_resolves_inside_resources() -> None:
    path = resource_path("themes", "default.toml")
    assert path.is_file()
    assert path.parent.parent == resources_root()


@pytest.mark.parametrize(
    "parts", [("/etc", "passwd"), ("..", "x"), ("themes", "../../x"), ("C:\\x",), ("",), ()]
)
def test_resource_path_refuses_escapes(parts: tuple[str, ...]) -> None:
    with pytest.raises(ValueError, match=r"resource path|needs"):
        resource_path(*parts)


def test_frozen_builds_read_resources_from_the_bundle(
    monkeypatch: pytest.MonkeyPatch, tmp_path: object
) -> None:
    import sys

    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert resource_path("styles", "a.qss") == resources_root() / "styles" / "a.qss"
    assert str(resources_root()) == f"{tmp_path}/resources"
