"""Every value `kiosk check-config` accepts is one the running kiosk can live with: numbers in
sane ranges, labels as Qminder takes them, and every mistake named instead of a traceback."""

from __future__ import annotations

import json
import math
from pathlib import Path

import annotated_types
import pytest
from hypothesis import given
from hypothesis import strategies as st
from pydantic import ValidationError

from kiosk.config import ConfigError, KioskSettings
from kiosk.config.loading import ConfigSource, load_settings
from kiosk.domain.ticket import Label

QT_MAX_MS = 2**31 - 1
"""QTimer intervals are C ints: more milliseconds than this overflow."""

_MS_PER_UNIT = {"minutes": 60_000, "seconds": 1_000, "timeout": 1_000, "warning": 1_000}


def write(tmp_path: Path, text: str) -> ConfigSource:
    path = tmp_path / "kiosk.toml"
    location = "" if text.startswith("location_id") else 'location_id = "41205"\n'
    path.write_text(f"{location}{text}\n", encoding="utf-8")
    return ConfigSource(path, explicit=True)


def load(tmp_path: Path, text: str) -> KioskSettings:
    return load_settings(write(tmp_path, text), environ={})


def number_fields() -> dict[str, tuple[float, float]]:
    """Each int or float setting with its lowest and highest allowed value."""
    found: dict[str, tuple[float, float]] = {}
    for name, info in KioskSettings.model_fields.items():
        if info.annotation not in (int, float):
            continue
        low = high = math.nan
        for rule in info.metadata:
            if isinstance(rule, annotated_types.Ge):
                low = float(rule.ge)  # type: ignore[arg-type]
            if isinstance(rule, annotated_types.Le):
                high = float(rule.le)  # type: ignore[arg-type]
        found[name] = (low, high)
    return found


def test_every_number_setting_has_a_range_whose_top_fits_a_qt_timer() -> None:
    fields = number_fields()
    assert {"refresh_minutes", "idle_timeout", "wait_seconds", "admin_taps"} <= set(fields)
    for name, (low, high) in fields.items():
        assert math.isfinite(low), f"{name} has no lowest value"
        assert math.isfinite(high), f"{name} has no highest value"
        unit = next((ms for suffix, ms in _MS_PER_UNIT.items() if name.endswith(suffix)), 1)
        assert high * unit <= QT_MAX_MS, name
    assert fields["refresh_minutes"] == (1, 24 * 60)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("refresh_minutes = inf", "key 'refresh_minutes': Input should be a finite number"),
        ("refresh_minutes = nan", "key 'refresh_minutes': Input should be a finite number"),
        ("refresh_minutes = 40000", "key 'refresh_minutes': Input should be less than or equal"),
        ("refresh_minutes = 1e-9", "key 'refresh_minutes': Input should be greater than or"),
        ("wait_seconds = inf", "key 'wait_seconds': Input should be a finite number"),
        ("idle_timeout = nan", "key 'idle_timeout': Input should be a finite number"),
        ("max_age_minutes = -inf", "key 'max_age_minutes': Input should be a finite number"),
        ("admin_tap_seconds = nan", "key 'admin_tap_seconds': Input should be a finite number"),
        ("admin_taps = 100000000000", "key 'admin_taps': Input should be less than or equal"),
        ("ticket_seconds = 99999999", "key 'ticket_seconds': Input should be less than or equal"),
        ("paper_mm = 1e400", "key 'paper_mm': Input should be 58 or 80"),
    ],
)
def test_numbers_outside_their_range_are_named(
    clean_env: pytest.MonkeyPatch, tmp_path: Path, text: str, message: str
) -> None:
    clean_env.setenv("QMINDER_API_KEY", "k")
    with pytest.raises(ConfigError) as caught:
        load(tmp_path, text)
    assert message in str(caught.value)


@pytest.mark.parametrize(
    ("labels", "message"),
    [
        (["L" * 51], "a label has at most 50 characters (Qminder refuses longer ones)"),
        (["😀" * 26], "a label has at most 50 characters"),  # 52 UTF-16 units
        (["  \u200b "], "a label must not be blank"),
        (["Kiosk", ""], "key 'labels'[1]: a label must not be blank"),
    ],
)
def test_labels_qminder_would_refuse_are_named(
    clean_env: pytest.MonkeyPatch, tmp_path: Path, labels: list[str], message: str
) -> None:
    clean_env.setenv("QMINDER_API_KEY", "k")
    with pytest.raises(ConfigError) as caught:
        load(tmp_path, f"labels = {json.dumps(labels, ensure_ascii=False)}")
    assert "key 'labels'" in str(caught.value)
    assert message in str(caught.value)


def test_labels_are_kept_as_qminder_will_see_them(
    clean_env: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    clean_env.setenv("QMINDER_API_KEY", "k")
    settings = load(tmp_path, 'labels = ["  Lobby\\u202e  kiosk ", "' + "L" * 50 + '"]')
    assert settings.labels == ("Lobby kiosk", "L" * 50)


@given(st.text(max_size=80))
def test_a_label_the_settings_accept_is_one_a_ticket_can_carry(text: str) -> None:
    """What check-config lets through never makes Check in raise."""
    try:
        settings = KioskSettings(demo=True, labels=(text,))
    except ValidationError:
        return
    for label in settings.labels:
        Label(value=label)


@pytest.mark.parametrize(
    ("variable", "value", "message"),
    [
        ("KIOSK_LINES", "General", "environment variable KIOSK_LINES: not valid JSON"),
        ("kiosk_lines", "[General]", "environment variable KIOSK_LINES: not valid JSON"),
        ("KIOSK_WELCOME_TEXT", "Hello", "environment variable KIOSK_WELCOME_TEXT: not valid JSON"),
        ("KIOSK_LABELS", "[" * 50_000, "environment variable KIOSK_LABELS: "),
        ("KIOSK_LANGUAGES", "[" * 50_000 + "]" * 50_000, "KIOSK_LANGUAGES: nested too deeply"),
        ("KIOSK_LOCATION_ID", "../41205", "KIOSK_LOCATION_ID: must be the location's number"),
        ("QMINDER_API_KEY", "abc def", "QMINDER_API_KEY: the API key contains a space"),
        ("QMINDER_API_KEY", "abc\u00e9", "QMINDER_API_KEY: the API key contains characters"),
        ("KIOSK_LANGUAGES", '["en", "../x"]', "KIOSK_LANGUAGES[1]: not a language code"),
        ("KIOSK_WELCOME_TEXT", '{"en": " "}', "KIOSK_WELCOME_TEXT: the text for 'en' is blank"),
        ("KIOSK_REFRESH_MINUTES", "inf", "KIOSK_REFRESH_MINUTES: Input should be a finite"),
    ],
)
def test_environment_mistakes_name_the_variable(
    clean_env: pytest.MonkeyPatch, tmp_path: Path, variable: str, value: str, message: str
) -> None:
    clean_env.setenv("QMINDER_API_KEY", "k")
    clean_env.setenv("KIOSK_LOCATION_ID", "41205")
    clean_env.setenv(variable, value)
    with pytest.raises(ConfigError) as caught:
        load_settings(ConfigSource(None, explicit=False))
    assert message in str(caught.value)
    assert "base_url" not in str(caught.value)
    if "API_KEY" in variable:
        assert value not in str(caught.value)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ('location_id = "../41205"', "key 'location_id': must be the location's number"),
        ('location_id = "41205?x=1"', "key 'location_id': must be the location's number"),
        ("lines = " + "[" * 50_000 + "]" * 50_000, "nested too deeply"),
        ("a = " + "{b=" * 50_000 + "1" + "}" * 50_000, "nested too deeply"),
        ('lines = ["General", " "]', "key 'lines': entry 2 is blank"),
        ('default_language = "e n"', "key 'default_language': not a language code"),
        ("[welcome_text]\n'../en' = 'Hi'", "key 'welcome_text': a key is not a language code"),
    ],
)
def test_file_mistakes_name_the_file_and_key(
    clean_env: pytest.MonkeyPatch, tmp_path: Path, text: str, message: str
) -> None:
    clean_env.setenv("QMINDER_API_KEY", "k")
    source = write(tmp_path, text)
    with pytest.raises(ConfigError) as caught:
        load_settings(source, environ={})
    assert str(caught.value).startswith(str(source.path))
    assert message in str(caught.value)


def test_a_huge_file_is_refused_without_reading_it(
    clean_env: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    source = write(tmp_path, "# " + "x" * (2 << 20))
    with pytest.raises(ConfigError, match=r"not a kiosk\.toml"):
        load_settings(source, environ={})
