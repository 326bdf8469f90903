"""The monitoring settings alone, for a kiosk whose configuration is invalid: it then still
reports itself down (metrics, heartbeat) instead of going silent. No Qt here."""

from __future__ import annotations

import contextlib
import os
import tomllib
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from kiosk.config.layers import system_config_dirs, system_files
from kiosk.config.loading import ConfigSource, env_name, find_config
from kiosk.config.settings import ConfigError, KioskSettings

FLEET_KEYS = (
    "kiosk_id",
    "metrics_file",
    "metrics_port",
    "metrics_bind",
    "heartbeat_url",
    "heartbeat_seconds",
    "heartbeat_fail_url",
)


class _InitOnly(KioskSettings):
    """The settings' fields and checks, fed only what is passed in."""

    reads_layers = False


def _raw_fleet_values(path: Path) -> dict[str, Any]:
    """The monitoring keys of a file, whatever the rest of it says; {} when unreadable."""
    try:
        found = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError):
        return {}
    values = {key: found[key] for key in FLEET_KEYS if key in found}
    metrics_file = values.get("metrics_file")
    if isinstance(metrics_file, str) and metrics_file:
        values["metrics_file"] = str((path.parent / Path(metrics_file).expanduser()).resolve())
    return values


def read_fleet_values(config_path: str | os.PathLike[str] | None = None) -> dict[str, Any] | None:
    """The monitoring settings alone, from every layer that can still be read, for a kiosk
    whose configuration is invalid (it then reports itself down instead of going silent).
    None when they are unusable too."""
    from kiosk.config.policy import read_policy

    values: dict[str, Any] = {}
    try:
        source = find_config(config_path, os.environ)
    except ConfigError:
        source = ConfigSource(None, explicit=False)
    paths = [source.path] if source.path is not None else []
    for path in [*paths, *system_files(system_config_dirs())]:
        values.update(_raw_fleet_values(path))
    values.update(
        {key: os.environ[env_name(key)] for key in FLEET_KEYS if os.environ.get(env_name(key))}
    )
    with contextlib.suppress(ConfigError):
        values.update(read_policy().values)
    try:
        settings = _InitOnly(**{key: values[key] for key in FLEET_KEYS if key in values})
    except ValidationError:
        return None
    return {key: getattr(settings, key) for key in FLEET_KEYS}
