"""The settings of appointments, the remote-join code and the privacy notice in kiosk.toml."""

from __future__ import annotations

from pathlib import Path

import pytest

from kiosk.config import ConfigError, KioskSettings
from kiosk.config.loading import ConfigSource, load_settings


def _load(tmp_path: Path, text: str, clean_env: pytest.MonkeyPatch) -> KioskSettings:
    path = tmp_path / "kiosk.toml"
    path.write_text('location_id = "1"\n' + text, encoding="utf-8")
    clean_env.setenv("QMINDER_API_KEY", "k")
    return load_settings(ConfigSource(path, explicit=True), environ={})


def test_the_defaults(clean_env: pytest.MonkeyPatch, tmp_path: Path) -> None:
    settings = _load(tmp_path, "", clean_env)
    assert settings.appointments == "auto"
    assert settings.appointment_early_minutes == 60
    assert settings.appointment_late_minutes == 30
    assert not settings.appointment_allow_early
    assert not settings.appointment_allow_late
    assert settings.remote_join_qr
    assert settings.privacy_text == {}
    assert settings.privacy_url is None


def test_a_file_setting_all_of_them(clean_env: pytest.MonkeyPatch, tmp_path: Path) -> None:
    settings = _load(
        tmp_path,
        """
appointments = "on"
appointment_early_minutes = 15
appointment_late_minutes = 0
appointment_allow_early = true
appointment_allow_late = true
remote_join_qr = false
privacy_url = "https://example.com/privacy"

[privacy_text]
en = "We call you by name."
et = "Kutsume teid nimepidi."
""",
        clean_env,
    )
    assert settings.appointments == "on"
    assert settings.appointment_early_minutes == 15
    assert settings.appointment_late_minutes == 0
    assert settings.appointment_allow_early
    assert settings.appointment_allow_late
    assert not settings.remote_join_qr
    assert settings.privacy_text["et"] == "Kutsume teid nimepidi."
    assert settings.privacy_url == "https://example.com/privacy"


@pytest.mark.parametrize(
    ("line", "key"),
    [
        ('appointments = "sometimes"', "appointments"),
        ("appointment_early_minutes = -5", "appointment_early_minutes"),
        ('privacy_url = "http://example.com/privacy"', "privacy_url"),
        ('privacy_url = "example.com"', "privacy_url"),
    ],
)
def test_mistakes_are_named_by_their_key(
    clean_env: pytest.MonkeyPatch, tmp_path: Path, line: str, key: str
) -> None:
    with pytest.raises(ConfigError, match=key):
        _load(tmp_path, line + "\n", clean_env)


def test_the_environment_sets_them_too(clean_env: pytest.MonkeyPatch, tmp_path: Path) -> None:
    clean_env.setenv("KIOSK_APPOINTMENTS", "off")
    clean_env.setenv("KIOSK_PRIVACY_TEXT", '{"de": "Datenschutz"}')
    path = tmp_path / "kiosk.toml"
    path.write_text('location_id = "1"\n', encoding="utf-8")
    clean_env.setenv("QMINDER_API_KEY", "k")
    settings = load_settings(ConfigSource(path, explicit=True))
    assert settings.appointments == "off"
    assert settings.privacy_text == {"de": "Datenschutz"}
