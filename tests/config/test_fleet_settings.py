"""The fleet's settings: heartbeat URLs and interval, the metrics file, and the monitoring
settings still read when the rest of the configuration is invalid."""

from __future__ import annotations

from pathlib import Path

import pytest

from kiosk.config import ConfigError
from kiosk.config.fleet_values import read_fleet_values
from kiosk.config.loading import ConfigSource, load_settings


def source(tmp_path: Path, text: str) -> ConfigSource:
    path = tmp_path / "kiosk.toml"
    path.write_text(f'location_id = "1"\n{text}\n', encoding="utf-8")
    return ConfigSource(path, explicit=True)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ('heartbeat_url = "http://hc.example.com/ping/x"', "must use https://"),
        ('heartbeat_fail_url = "ftp://hc.example.com/x"', "absolute http(s) URL"),
        ('heartbeat_url = "https://user:pw@hc.example.com/x"', "user name or password"),
        ("heartbeat_seconds = 5", "greater than or equal to 10"),
        ("metrics_port = 70000", "less than or equal to 65535"),
    ],
)
def test_bad_fleet_settings_are_named(
    clean_env: pytest.MonkeyPatch, tmp_path: Path, text: str, message: str
) -> None:
    clean_env.setenv("QMINDER_API_KEY", "k")
    with pytest.raises(ConfigError) as caught:
        load_settings(source(tmp_path, text), environ={})
    assert message in str(caught.value)
    assert str(caught.value).startswith(str(tmp_path / "kiosk.toml"))


def test_good_fleet_settings(clean_env: pytest.MonkeyPatch, tmp_path: Path) -> None:
    clean_env.setenv("QMINDER_API_KEY", "k")
    clean_env.setenv("KIOSK_METRICS_PORT", "9464")
    settings = load_settings(
        source(
            tmp_path,
            'heartbeat_url = "https://hc-ping.com/0b4a"\n'
            'heartbeat_fail_url = "http://127.0.0.1:3001/api/push/x?status=down"\n'
            'metrics_file = "textfile/kiosk.prom"\nheartbeat_seconds = 10',
        )
    )
    assert settings.heartbeat_url == "https://hc-ping.com/0b4a"
    assert settings.heartbeat_fail_url == "http://127.0.0.1:3001/api/push/x?status=down"
    assert settings.metrics_file == (tmp_path / "textfile" / "kiosk.prom").resolve()
    assert settings.metrics_port == 9464
    assert settings.metrics_bind == "127.0.0.1"
    assert settings.heartbeat_seconds == 10


def test_monitoring_settings_survive_an_invalid_configuration(
    clean_env: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    config = source(tmp_path, 'idle_timout = 30\nmetrics_file = "/var/lib/k.prom"')
    assert config.path is not None
    clean_env.setenv("XDG_CONFIG_DIRS", str(tmp_path / "none"))
    clean_env.setenv("KIOSK_HEARTBEAT_URL", "https://hc-ping.com/0b4a")
    clean_env.setenv("KIOSK_IDLE_TIMEOUT", "soon")  # bad, but not a monitoring setting
    values = read_fleet_values(config.path)
    assert values is not None
    assert values["heartbeat_url"] == "https://hc-ping.com/0b4a"
    assert values["metrics_file"] == Path("/var/lib/k.prom")
    clean_env.setenv("KIOSK_HEARTBEAT_SECONDS", "1")
    assert read_fleet_values(config.path) is None  # the monitoring settings are bad too
