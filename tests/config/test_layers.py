"""Settings from every layer: the user's file, the system-wide files and drop-ins, the
environment and managed policy, in that order of priority, each value named by its origin."""

from __future__ import annotations

import io
import plistlib
from pathlib import Path, PurePosixPath, PureWindowsPath

import pytest

from kiosk.commands.check_config import check_config
from kiosk.commands.origins import HIDDEN, settings_lines
from kiosk.config import ConfigError
from kiosk.config.layers import Layer, key_line, system_config_dirs, system_files
from kiosk.config.loading import ConfigSource, load_layered, load_settings
from kiosk.config.policy import plist_layer, read_plist_policy, registry_layer
from kiosk.sandbox import DEMO_API_KEY, DEMO_LOCATION_ID, SandboxServer


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


@pytest.fixture
def etc(tmp_path: Path) -> Path:
    """A system-wide folder, as /etc/xdg/qminder-kiosk is on Linux."""
    return tmp_path / "etc" / "qminder-kiosk"


@pytest.fixture
def user(tmp_path: Path) -> ConfigSource:
    path = write(tmp_path / "home" / "kiosk.toml", 'location_id = "1"\nidle_timeout = 30\n')
    return ConfigSource(path, explicit=False)


def policy_of(**values: object) -> Layer:
    return Layer("policy", values, {key: f"registry value X\\{key}" for key in values})


def test_each_layer_wins_over_the_one_below(
    clean_env: pytest.MonkeyPatch, etc: Path, user: ConfigSource
) -> None:
    clean_env.setenv("QMINDER_API_KEY", "k")
    load = lambda: load_settings(user, system_dirs=[etc], policy=lambda: policy)  # noqa: E731
    policy = Layer("policy")
    assert load().idle_timeout == 30  # the user's file over the defaults
    write(etc / "kiosk.toml", "idle_timeout = 40\nticket_seconds = 20\n")
    assert load().idle_timeout == 40  # the system-wide file over the user's
    write(etc / "kiosk.d" / "20-branch.toml", "idle_timeout = 50\n")
    assert load().idle_timeout == 50  # a drop-in over the main system file
    assert load().ticket_seconds == 20  # what the drop-in does not set stays
    write(etc / "kiosk.d" / "10-first.toml", "idle_timeout = 45\n")
    assert load().idle_timeout == 50  # drop-ins in name order: 20-branch comes last
    clean_env.setenv("KIOSK_IDLE_TIMEOUT", "70")
    assert load().idle_timeout == 70  # the environment over every file
    policy = policy_of(idle_timeout=90)
    assert load().idle_timeout == 90  # policy over everything


def test_the_first_xdg_folder_is_the_most_important(tmp_path: Path) -> None:
    first, second = tmp_path / "a", tmp_path / "b"
    dirs = system_config_dirs("linux", {"XDG_CONFIG_DIRS": f"{first}:{second}"})
    assert dirs == [second / "qminder-kiosk", first / "qminder-kiosk"]  # read last, wins
    write(first / "qminder-kiosk" / "kiosk.toml", "")
    write(second / "qminder-kiosk" / "kiosk.d" / "x.toml", "")
    write(second / "qminder-kiosk" / "kiosk.d" / "notes.txt", "")
    assert system_files(dirs) == [
        second / "qminder-kiosk" / "kiosk.d" / "x.toml",
        first / "qminder-kiosk" / "kiosk.toml",
    ]


def test_the_system_folders_of_each_platform() -> None:
    assert system_config_dirs("linux", {}) == [PurePosixPath("/etc/xdg/qminder-kiosk")]
    assert system_config_dirs("win32", {"ProgramData": r"D:\ProgramData"}) == [
        PureWindowsPath(r"D:\ProgramData\qminder-kiosk")
    ]
    assert system_config_dirs("darwin", {}) == [
        PurePosixPath("/Library/Application Support/qminder-kiosk")
    ]


def test_a_mistake_in_a_drop_in_names_its_file_and_line(
    clean_env: pytest.MonkeyPatch, etc: Path, user: ConfigSource
) -> None:
    clean_env.setenv("QMINDER_API_KEY", "k")
    drop_in = write(etc / "kiosk.d" / "50-lobby.toml", "# lobby\n\nidle_timeout = 1\n")
    with pytest.raises(ConfigError) as caught:
        load_settings(user, system_dirs=[etc])
    assert str(caught.value) == (
        f"{drop_in}, line 3: key 'idle_timeout': Input should be greater than or equal to 5"
    )


def test_the_api_key_is_refused_in_a_system_file(
    clean_env: pytest.MonkeyPatch, etc: Path, user: ConfigSource
) -> None:
    write(etc / "kiosk.toml", 'api_key = "s3cret"\n')
    with pytest.raises(ConfigError, match="must not be written in the file") as caught:
        load_settings(user, system_dirs=[etc])
    assert "s3cret" not in str(caught.value)


def test_policy_may_give_the_api_key(clean_env: pytest.MonkeyPatch, user: ConfigSource) -> None:
    settings = load_settings(user, policy=lambda: policy_of(api_key="from-policy"))
    assert settings.api_key is not None
    assert settings.api_key.get_secret_value() == "from-policy"
    assert not settings.is_demo


def test_a_bad_policy_value_names_the_registry_value(
    clean_env: pytest.MonkeyPatch, user: ConfigSource
) -> None:
    clean_env.setenv("QMINDER_API_KEY", "k")
    policy = registry_layer([("heartbeat_seconds", 3, 4)])
    with pytest.raises(ConfigError) as caught:
        load_settings(user, policy=lambda: policy)
    assert str(caught.value).startswith(
        r"registry value HKLM\SOFTWARE\Policies\QminderKiosk\heartbeat_seconds: "
    )


def test_check_config_says_where_every_value_came_from(
    clean_env: pytest.MonkeyPatch, etc: Path, user: ConfigSource, sandbox: SandboxServer
) -> None:
    assert user.path is not None
    write(etc / "kiosk.toml", f'base_url = "{sandbox.url}"\n')
    drop_in = write(etc / "kiosk.d" / "10-m.toml", '\nmetrics_file = "/var/lib/node/k.prom"\n')
    clean_env.setenv("KIOSK_TICKET_SECONDS", "25")
    policy = registry_layer(
        [("api_key", DEMO_API_KEY, 1), ("location_id", int(DEMO_LOCATION_ID), 4)]
    )
    loaded = load_layered(user, system_dirs=[etc], policy=lambda: policy)
    lines = settings_lines(loaded.settings, loaded.origins)
    key = r"registry value HKLM\SOFTWARE\Policies\QminderKiosk"
    assert lines == [
        f'  base_url = "{sandbox.url}"   ({etc / "kiosk.toml"}, line 1)',
        f"  api_key = {HIDDEN}   ({key}\\api_key)",
        f'  location_id = "{DEMO_LOCATION_ID}"   ({key}\\location_id)',
        "  ticket_seconds = 25   (environment variable KIOSK_TICKET_SECONDS)",
        f"  idle_timeout = 30.0   ({user.path}, line 2)",
        f'  metrics_file = "/var/lib/node/k.prom"   ({drop_in}, line 2)',
    ]
    out = io.StringIO()
    status = check_config(loaded.settings, "test", "policy", out, loaded.origins)
    assert status == 0, out.getvalue()
    assert "\n".join(lines) in out.getvalue()
    assert DEMO_API_KEY not in out.getvalue()


def test_key_line_finds_top_level_keys_and_tables() -> None:
    text = 'a = 1\n[welcome_text]\nb = "x"\n[b]\n'
    assert key_line(text, "a") == 1
    assert key_line(text, "welcome_text") == 2
    assert key_line(text, "b") == 4  # the table, not the key inside welcome_text
    assert key_line(text, "c") is None


# -- the Windows registry ----------------------------------------------------------------------

REG_SZ, REG_DWORD, REG_MULTI_SZ, REG_BINARY = 1, 4, 7, 3


def test_registry_values_become_settings() -> None:
    layer = registry_layer(
        [
            ("", "the key's default value", REG_SZ),
            ("location_id", 12345, REG_DWORD),  # a number as text
            ("fullscreen", 0, REG_DWORD),
            ("lines", ["Passports", "88101"], REG_MULTI_SZ),
            ("languages", '["et", "en"]', REG_SZ),  # a JSON list
            ("welcome_text", '{"et": "Tere"}', REG_SZ),
            ("heartbeat_url", "https://hc-ping.com/abc", REG_SZ),
        ]
    )
    assert layer.values == {
        "location_id": "12345",
        "fullscreen": 0,
        "lines": ["Passports", "88101"],
        "languages": ["et", "en"],
        "welcome_text": {"et": "Tere"},
        "heartbeat_url": "https://hc-ping.com/abc",
    }


@pytest.mark.parametrize(
    ("rows", "message"),
    [
        ([("idle_timout", 30, REG_DWORD)], r"QminderKiosk\idle_timout: 'idle_timout' is not a"),
        ([("logo", b"\x00", REG_BINARY)], r"QminderKiosk\logo: unsupported value type 3"),
        ([("welcome_text", "{nope", REG_SZ)], r"QminderKiosk\welcome_text: not a JSON table"),
    ],
)
def test_a_bad_registry_value_is_named(rows: list[tuple[str, object, int]], message: str) -> None:
    with pytest.raises(ConfigError) as caught:
        registry_layer(rows)
    assert message in str(caught.value)


class FakeKey:
    def __enter__(self) -> FakeKey:
        return self

    def __exit__(self, *_exc: object) -> None:
        return None


class FakeWinReg:
    """What `winreg` offers for reading a key: OpenKey and EnumValue, raising OSError."""

    HKEY_LOCAL_MACHINE = 0x80000002

    def __init__(self, keys: dict[str, list[tuple[str, object, int]]]) -> None:
        self.keys = keys
        self.opened: list[tuple[int, str]] = []

    def OpenKey(self, root: int, path: str) -> FakeKey:
        self.opened.append((root, path))
        if path not in self.keys:
            raise FileNotFoundError(path)
        self._values = self.keys[path]
        return FakeKey()

    def EnumValue(self, _key: FakeKey, index: int) -> tuple[str, object, int]:
        if index >= len(self._values):
            raise OSError("no more data")
        return self._values[index]


def test_the_registry_reader_lists_every_value_under_the_policy_key() -> None:
    from kiosk.config.policy import registry_rows

    rows = [("location_id", "1", REG_SZ), ("idle_timeout", 90, REG_DWORD)]
    winreg = FakeWinReg({r"SOFTWARE\Policies\QminderKiosk": rows})
    assert registry_rows(winreg) == rows
    assert winreg.opened == [(FakeWinReg.HKEY_LOCAL_MACHINE, r"SOFTWARE\Policies\QminderKiosk")]
    assert registry_rows(FakeWinReg({})) == []  # no policy: nothing


# -- macOS managed preferences -----------------------------------------------------------------


def test_a_configuration_profiles_preferences_become_settings(tmp_path: Path) -> None:
    path = tmp_path / "org.qminderkiosk.kiosk.plist"
    path.write_bytes(
        plistlib.dumps(
            {
                "location_id": "12345",
                "hide_cursor": True,
                "labels": ["Kiosk", "Lobby"],
                "heartbeat_seconds": 120,
                "welcome_text": {"en": "Welcome"},
                "PayloadUUID": "added by the profile machinery",
            },
            fmt=plistlib.FMT_BINARY,
        )
    )
    layer = read_plist_policy(path)
    assert layer.values == {
        "location_id": "12345",
        "hide_cursor": True,
        "labels": ["Kiosk", "Lobby"],
        "heartbeat_seconds": 120,
        "welcome_text": {"en": "Welcome"},
    }
    assert layer.origins["hide_cursor"] == f"configuration profile {path}: key 'hide_cursor'"
    assert read_plist_policy(tmp_path / "absent.plist").values == {}


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"not a plist", "not a property list"),
        (plistlib.dumps(["a"]), "not a dictionary of settings"),
        (plistlib.dumps({"idle_timout": 3}), "key 'idle_timout': 'idle_timout' is not a setting"),
    ],
)
def test_a_bad_profile_is_named(data: bytes, message: str) -> None:
    with pytest.raises(ConfigError, match=message):
        plist_layer(data, "configuration profile p.plist")
