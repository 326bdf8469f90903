"""Finding and reading the configuration file, and turning every problem into one clear message.

The file is found in this order: the ``--config PATH`` option, else the ``KIOSK_CONFIG``
environment variable, else ``kiosk.toml`` in the platform's configuration folder (only if it
exists: with no file at all the kiosk runs on the environment and its defaults). Keys are the
`KioskSettings` field names; relative paths in the file are relative to the file.
"""

from __future__ import annotations

import difflib
import os
import tomllib
from collections.abc import Callable, Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path, PurePath
from typing import TYPE_CHECKING, Any, TypedDict, Unpack

import platformdirs
from pydantic import ValidationError
from pydantic_settings import SettingsError

from kiosk.api.urls import check_base_url
from kiosk.config.env_values import check_env_json, settings_error_message
from kiosk.config.layers import Layer, file_layer, merge, system_config_dirs, system_files
from kiosk.config.settings import FILE_VALUES, STORED_VALUES, ConfigError, KioskSettings

if TYPE_CHECKING:
    from kiosk.config.policy import PolicyReader

APP_NAME = "qminder-kiosk"
CONFIG_ENV = "KIOSK_CONFIG"
FILE_NAME = "kiosk.toml"
MAX_FILE_BYTES = 1 << 20
"""A configuration file is a few kilobytes; anything over a megabyte is not one."""

SECRET_KEYS = frozenset({"api_key"})
"""Keys that must never be written in the file (they belong in the OS keyring)."""

_PATH_KEYS = ("logo", "ticket_logo")
_RELATIVE_KEYS = ("metrics_file",)
"""Paths relative to their file that need not exist yet."""

# Environment variable names that differ from KIOSK_<FIELD>.
_ENV_ALIASES = {
    "base_url": "QMINDER_BASE_URL",
    "api_key": "QMINDER_API_KEY",
    "location_id": "KIOSK_LOCATION_ID",
}


def default_config_path() -> Path:
    """``kiosk.toml`` in the platform's per-user configuration folder."""
    return Path(platformdirs.user_config_dir(APP_NAME, appauthor=False)) / FILE_NAME


def env_name(field: str) -> str:
    """The environment variable that sets a field."""
    return _ENV_ALIASES.get(field, f"KIOSK_{field.upper()}")


@dataclass(frozen=True, slots=True)
class ConfigSource:
    """Which file (if any) the settings were read from, and whether it was asked for."""

    path: Path | None
    explicit: bool


def find_config(
    cli_path: str | os.PathLike[str] | None, environ: Mapping[str, str]
) -> ConfigSource:
    """The file to read: ``--config``, else ``KIOSK_CONFIG``, else the default if it exists.

    A file that was asked for (option or variable) must exist; the default one may be absent.
    """
    if cli_path:
        return ConfigSource(Path(cli_path).expanduser(), explicit=True)
    if environ.get(CONFIG_ENV):
        return ConfigSource(Path(environ[CONFIG_ENV]).expanduser(), explicit=True)
    default = default_config_path()
    return ConfigSource(default if default.is_file() else None, explicit=False)


def read_file(path: Path) -> dict[str, Any]:
    """The file's keys and values; ConfigError names the file, the key and the problem."""
    try:
        if path.stat().st_size > MAX_FILE_BYTES:
            raise ConfigError(f"{path}: larger than {MAX_FILE_BYTES // 1024} KiB: not a kiosk.toml")
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise ConfigError(f"{path}: the configuration file does not exist") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{path}: cannot be read ({type(exc).__name__})") from None
    try:
        values = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: not valid TOML: {exc}") from None
    except RecursionError:
        raise ConfigError(f"{path}: not valid TOML: arrays or tables nested too deeply") from None
    known = set(KioskSettings.model_fields)
    for key in values:
        if key in SECRET_KEYS:
            raise ConfigError(
                f"{path}: key '{key}': the API key must not be written in the file;"
                " store it with `kiosk set-key` (or set QMINDER_API_KEY)"
            )
        if key not in known:
            close = difflib.get_close_matches(key, sorted(known), n=1)
            hint = f"; did you mean '{close[0]}'?" if close else ""
            raise ConfigError(f"{path}: key '{key}' is not a setting{hint}")
    for key in (*_PATH_KEYS, *_RELATIVE_KEYS):
        if isinstance(values.get(key), str) and values[key]:
            values[key] = str((path.parent / Path(values[key]).expanduser()).resolve())
    return values


StoredValues = Callable[[Collection[str]], Mapping[str, Any]]
"""Reads the keyring's values for the fields named (`kiosk.config.secrets.stored_values`)."""

KEYRING_FIELDS = ("api_key", "admin_pin_hash")


class LoadOptions(TypedDict, total=False):
    """What `load_settings` and `load_layered` read besides the user's file.

    Keys:
        stored: reads the keyring's values (`kiosk.config.secrets.stored_values`); absent or
            None reads nothing there.
        overrides: values that win over everything (command-line options).
        environ: the environment, for naming where a bad value came from; absent or None:
            `os.environ`.
        system_dirs: the system-wide folders, least important first
            (`kiosk.config.layers.system_config_dirs`); none by default.
        policy: reads the managed policy (`kiosk.config.policy.read_policy`); absent or
            None: none.
    """

    stored: StoredValues | None
    overrides: Mapping[str, Any] | None
    environ: Mapping[str, str] | None
    system_dirs: Sequence[PurePath]
    policy: PolicyReader | None


def load_settings(source: ConfigSource, **options: Unpack[LoadOptions]) -> KioskSettings:
    """Build the settings from every layer (see `kiosk.config.layers`) and the keyring.

    `source` is the user's file to read (`find_config`); `options` are `LoadOptions`.

    Raises:
        ConfigError: naming the file, variable or policy value, the key and what is wrong.
    """
    return load_layered(source, **options).settings


@dataclass(frozen=True, slots=True)
class Loaded:
    """Settings, and for every value not taken from the defaults, where it came from."""

    settings: KioskSettings
    origins: Mapping[str, str]


def load_layered(source: ConfigSource, **options: Unpack[LoadOptions]) -> Loaded:
    """`load_settings`, also saying where each value came from (`kiosk check-config`)."""
    stored = options.get("stored")
    environ = options.get("environ")
    system_dirs = options.get("system_dirs", ())
    policy = options.get("policy")
    environ = os.environ if environ is None else environ
    files = [file_layer(source.path, read_file(source.path))] if source.path is not None else []
    files += [file_layer(path, read_file(path)) for path in system_files(system_dirs)]
    file_values = merge(files, "files")
    policy_layer = policy() if policy is not None else Layer("policy")
    overrides = dict(options.get("overrides") or {})
    given = {
        **policy_layer.origins,
        **dict.fromkeys(overrides, "the command line"),
    }
    wanted = [
        key
        for key in KEYRING_FIELDS
        if key not in file_values.values
        and not environ.get(env_name(key))
        and key not in policy_layer.values
        and key not in overrides
    ]
    origins = _Origins(
        file_values.origins,
        dict(stored(wanted)) if stored is not None and wanted else {},
        environ,
        given,
    )
    check_env_json(KioskSettings.model_fields, env_name, environ)
    file_token = FILE_VALUES.set(file_values.values)
    stored_token = STORED_VALUES.set(origins.stored_values)
    try:
        settings = KioskSettings(**{**policy_layer.values, **overrides})
    except ValidationError as exc:
        raise ConfigError(origins.describe(exc)) from None
    except SettingsError as exc:
        raise ConfigError(settings_error_message(str(exc), env_name)) from None
    except RecursionError:
        raise ConfigError("a setting's value is nested too deeply") from None
    finally:
        FILE_VALUES.reset(file_token)
        STORED_VALUES.reset(stored_token)
    settings.check()
    if not settings.is_demo:
        try:
            check_base_url(settings.base_url)
        except ValueError as exc:
            raise ConfigError(f"{origins.where('base_url')}: {exc}") from None
    for key in _PATH_KEYS:
        value = getattr(settings, key)
        if value is not None and not Path(value).is_file():
            raise ConfigError(f"{origins.where(key)}: the file {value} does not exist")
    return Loaded(settings, origins.all(KioskSettings.model_fields))


@dataclass(frozen=True, slots=True)
class _Origins:
    """Where each value came from, to name it in a message."""

    file_origins: Mapping[str, str]
    stored_values: Mapping[str, Any]
    environ: Mapping[str, str]
    given: Mapping[str, str]
    """Values from managed policy and the command line (they win over everything)."""

    def origin(self, key: str) -> str | None:
        if key in self.given:
            return self.given[key]
        variable = env_name(key)
        if self.environ.get(variable):
            return f"environment variable {variable}"
        if key in self.file_origins:
            return self.file_origins[key]
        if key in self.stored_values:
            return "the OS keyring"
        return None

    def where(self, key: str) -> str:
        origin = self.origin(key)
        if origin is None:
            return f"setting '{key}'"
        if origin == "the OS keyring":
            return f"the OS keyring's '{key}'"
        if origin.startswith(("environment variable", "registry value")) or "key '" in origin:
            return origin
        return f"{origin}: key '{key}'"

    def all(self, keys: Iterable[str]) -> dict[str, str]:
        found = {key: self.origin(key) for key in keys}
        return {key: origin for key, origin in found.items() if origin is not None}

    def describe(self, exc: ValidationError) -> str:
        """One line per problem, each naming where the value came from; never the value."""
        aliases = {alias: name for name, alias in _ENV_ALIASES.items()}
        lines = []
        for error in exc.errors(include_url=False, include_input=False):
            loc = [str(part) for part in error["loc"]]
            key = aliases.get(loc[0], loc[0]) if loc else "?"
            inner = "".join(f"[{part}]" for part in loc[1:])
            lines.append(f"{self.where(key)}{inner}: {_plain(error['msg'])}")
        return "\n".join(lines)


def _plain(message: str) -> str:
    """Pydantic's message without its "Value error, " prefix."""
    return message.removeprefix("Value error, ")


def read_settings(
    config_path: str | os.PathLike[str] | None, *, demo: bool = False
) -> tuple[KioskSettings, ConfigSource]:
    """The kiosk's settings as the command line, policy, environment, files and keyring give
    them."""
    loaded, source = read_layered(config_path, demo=demo)
    return loaded.settings, source


def read_layered(
    config_path: str | os.PathLike[str] | None, *, demo: bool = False
) -> tuple[Loaded, ConfigSource]:
    """`read_settings`, with where each value came from."""
    from kiosk.config.policy import read_policy
    from kiosk.config.secrets import stored_values

    source = find_config(config_path, os.environ)
    overrides = {"demo": True} if demo else {}
    loaded = load_layered(
        source,
        stored=stored_values,
        overrides=overrides,
        system_dirs=system_config_dirs(),
        policy=read_policy,
    )
    return loaded, source
