"""Reading kiosk.toml: valid files, every kind of mistake named by its key, env overrides."""

from __future__ import annotations

from pathlib import Path

import pytest

from kiosk.config import ConfigError
from kiosk.config.loading import ConfigSource, find_config, load_settings, read_file
from kiosk.config.pin import hash_pin
from kiosk.config.secrets import stored_values
from tests.config.conftest import MemoryKeyring

EXAMPLE = Path(__file__).parents[2] / "resources" / "kiosk.example.toml"


def write(tmp_path: Path, text: str) -> ConfigSource:
    path = tmp_path / "kiosk.toml"
    path.write_text(text, encoding="utf-8")
    return ConfigSource(path, explicit=True)


def test_the_example_file_is_valid_and_means_what_it_says(clean_env: pytest.MonkeyPatch) -> None:
    clean_env.setenv("QMINDER_API_KEY", "key-from-env")
    settings = load_settings(ConfigSource(EXAMPLE, explicit=True), environ={})
    assert settings.location_id == "12345"
    assert not settings.is_demo
    assert settings.idle_timeout == 60
    assert settings.labels == ("Kiosk",)


def test_a_full_file(clean_env: pytest.MonkeyPatch, tmp_path: Path) -> None:
    (tmp_path / "logo.png").write_bytes(b"\x89PNG")
    source = write(
        tmp_path,
        """
location_id = "41205"
lines = ["Passports and ID cards", "88101"]
languages = ["et", "en"]
default_language = "et"
idle_timeout = 45
ticket_seconds = 20
labels = ["Kiosk", "Lobby"]
offline = "refuse"
fullscreen = true
keyboard = false
theme = "dark"
primary_color = "#1A5FB4"
logo = "logo.png"
printer = "pdf:slips"

[welcome_text]
en = "Welcome to the City Service Centre"
et = "Tere tulemast"
""",
    )
    clean_env.setenv("QMINDER_API_KEY", "k")
    settings = load_settings(source, environ={})
    assert settings.lines == ("Passports and ID cards", "88101")
    assert settings.languages == ("et", "en")
    assert settings.idle_timeout == 45
    assert settings.offline == "refuse"
    assert settings.keyboard is False
    assert settings.logo == (tmp_path / "logo.png").resolve()  # relative to the file
    assert settings.welcome_text["et"] == "Tere tulemast"


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("idle_timout = 30", "key 'idle_timout' is not a setting; did you mean 'idle_timeout'?"),
        ("idle_timeout = 2", "key 'idle_timeout': Input should be greater than or equal to 5"),
        ('offline = "maybe"', "key 'offline': Input should be 'queue' or 'refuse'"),
        ('primary_color = "blue"', "key 'primary_color': String should match pattern"),
        ('labels = "Kiosk"', "key 'labels': Input should be a valid tuple"),
        ('api_key = "abc"', "key 'api_key': the API key must not be written in the file"),
        ('admin_pin_hash = "1234"', "key 'admin_pin_hash': not a PIN hash"),
        ('logo = "missing.png"', "key 'logo': the file"),
        ("idle_timeout = ", "not valid TOML"),
        ('base_url = "http://qminder.example.com"', "key 'base_url': base_url must use https://"),
    ],
)
def test_each_problem_names_the_file_and_the_key(
    clean_env: pytest.MonkeyPatch, tmp_path: Path, text: str, message: str
) -> None:
    clean_env.setenv("QMINDER_API_KEY", "k")
    source = write(tmp_path, f'location_id = "1"\n{text}\n')
    with pytest.raises(ConfigError) as caught:
        load_settings(source, environ={})
    assert str(caught.value).startswith(str(source.path)), caught.value
    assert message in str(caught.value)


def test_a_secret_is_never_echoed_in_a_message(
    clean_env: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    source = write(tmp_path, 'location_id = "1"\n')
    clean_env.setenv("QMINDER_API_KEY", "key with spaces-s3cret")
    clean_env.setenv("QMINDER_BASE_URL", "http://example.com")
    with pytest.raises(ConfigError) as caught:
        load_settings(source)
    assert "s3cret" not in str(caught.value)
    assert "environment variable QMINDER_API_KEY: the API key contains a space" in str(caught.value)
    assert "base_url" not in str(caught.value)
    clean_env.setenv("QMINDER_API_KEY", "key-s3cret")
    with pytest.raises(ConfigError) as caught:
        load_settings(source)
    assert "s3cret" not in str(caught.value)
    assert "environment variable QMINDER_BASE_URL" in str(caught.value)


def test_the_environment_wins_over_the_file(clean_env: pytest.MonkeyPatch, tmp_path: Path) -> None:
    source = write(tmp_path, 'location_id = "1"\nidle_timeout = 45\n')
    clean_env.setenv("QMINDER_API_KEY", "k")
    clean_env.setenv("KIOSK_IDLE_TIMEOUT", "90")
    clean_env.setenv("KIOSK_LOCATION_ID", "2")
    settings = load_settings(source)
    assert (settings.idle_timeout, settings.location_id) == (90, "2")


def test_a_bad_environment_value_names_the_variable(
    clean_env: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    source = write(tmp_path, 'location_id = "1"\n')
    clean_env.setenv("QMINDER_API_KEY", "k")
    clean_env.setenv("KIOSK_IDLE_TIMEOUT", "soon")
    with pytest.raises(ConfigError, match="environment variable KIOSK_IDLE_TIMEOUT"):
        load_settings(source)


def test_half_a_configuration_says_what_is_missing(
    clean_env: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    with pytest.raises(ConfigError, match="kiosk set-key"):
        load_settings(write(tmp_path, 'location_id = "1"\n'), environ={})


def test_which_file_is_read(clean_env: pytest.MonkeyPatch, tmp_path: Path) -> None:
    clean_env.setenv("HOME", str(tmp_path))
    clean_env.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    assert find_config(None, {}).path is None  # no file: environment and defaults
    default = tmp_path / "config" / "qminder-kiosk" / "kiosk.toml"
    default.parent.mkdir(parents=True)
    default.write_text("", encoding="utf-8")
    assert find_config(None, {}).path == default
    assert find_config(None, {"KIOSK_CONFIG": "/etc/k.toml"}).path == Path("/etc/k.toml")
    assert find_config("/opt/k.toml", {"KIOSK_CONFIG": "/etc/k.toml"}).path == Path("/opt/k.toml")
    with pytest.raises(ConfigError, match="does not exist"):
        read_file(tmp_path / "absent.toml")


def test_the_keyring_supplies_the_key_and_the_pin_hash(
    clean_env: pytest.MonkeyPatch, tmp_path: Path, memory_keyring: MemoryKeyring
) -> None:
    pin_hash = hash_pin("2468")
    memory_keyring.set_password("qminder-kiosk", "api-key", "from-the-keyring")
    memory_keyring.set_password("qminder-kiosk", "admin-pin", pin_hash)
    settings = load_settings(write(tmp_path, 'location_id = "1"\n'), stored=stored_values)
    assert settings.api_key is not None
    assert settings.api_key.get_secret_value() == "from-the-keyring"
    assert settings.admin_pin_hash is not None
    assert settings.admin_pin_hash.get_secret_value() == pin_hash
    clean_env.setenv("QMINDER_API_KEY", "from-env")  # the environment wins, for CI
    settings = load_settings(write(tmp_path, 'location_id = "1"\n'), stored=stored_values)
    assert settings.api_key is not None
    assert settings.api_key.get_secret_value() == "from-env"


def test_every_setting_is_documented_in_the_example_and_the_readme() -> None:
    from kiosk.config import KioskSettings

    example = EXAMPLE.read_text(encoding="utf-8")
    readme = (EXAMPLE.parents[1] / "README.md").read_text(encoding="utf-8")
    for key in KioskSettings.model_fields:
        assert f"`{key}`" in readme, key
        if key != "api_key":
            assert f"{key} =" in example or f"[{key}]" in example, key
