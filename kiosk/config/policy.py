"""Managed policy: settings an MDM or Group Policy imposes; they win over everything else.

- Windows: the values under ``HKLM\\SOFTWARE\\Policies\\QminderKiosk``, as Intune or Group
  Policy write them (template: ``packaging/windows/QminderKiosk.admx``). Value names are the
  setting names; REG_SZ text, REG_DWORD numbers and switches (0/1), REG_MULTI_SZ lists (or a
  JSON list or table in a REG_SZ).
- macOS: the managed preferences of the app's bundle identifier, which a configuration profile
  installs (``/Library/Managed Preferences/<bundle id>.plist``; example profile:
  ``packaging/macos/qminder-kiosk.mobileconfig``). Keys are the setting names.

Each reader is split into the platform call (`registry_rows`, reading the plist file) and the
parsing (`registry_layer`, `plist_layer`), so the parsing is tested on any system. The API key
may come from policy (readable only by administrators and the kiosk's account). No Qt here.
"""

from __future__ import annotations

import json
import logging
import plistlib
import sys
import types
import typing
from collections.abc import Iterable
from pathlib import Path
from typing import Any, Protocol

from pydantic import SecretStr

from kiosk.config.layers import Layer
from kiosk.config.settings import ConfigError, KioskSettings

log = logging.getLogger("kiosk.config")

REGISTRY_KEY = r"SOFTWARE\Policies\QminderKiosk"
REGISTRY_ROOT = "HKLM"
BUNDLE_ID = "org.qminderkiosk.kiosk"
MANAGED_PREFERENCES = Path("/Library/Managed Preferences")

# winreg's value types (the numbers are fixed by Windows).
REG_SZ, REG_EXPAND_SZ, REG_DWORD, REG_MULTI_SZ, REG_QWORD = 1, 2, 4, 7, 11

RegistryRow = tuple[str, object, int]
"""One registry value: its name, its data and its type, as ``winreg.EnumValue`` gives them."""


class PolicyReader(Protocol):
    def __call__(self) -> Layer: ...


# -- shapes of the settings --------------------------------------------------------------------


def _kinds(annotation: object) -> set[object]:
    origin = typing.get_origin(annotation)
    if origin in (typing.Union, types.UnionType):
        found: set[object] = set()
        for arg in typing.get_args(annotation):
            found |= _kinds(arg)
        return found
    return {origin or annotation}


def _shape(key: str) -> str:
    """'list', 'table', 'text' (a string-like setting) or 'other'."""
    kinds = _kinds(KioskSettings.model_fields[key].annotation)
    if kinds & {tuple, list}:
        return "list"
    if dict in kinds:
        return "table"
    if kinds & {str, SecretStr, Path}:
        return "text"
    return "other"


def _check_key(key: str, where: str) -> None:
    if key not in KioskSettings.model_fields:
        raise ConfigError(f"{where}: '{key}' is not a setting")


def _coerce(key: str, value: object, where: str) -> object:
    """The value as the setting takes it: JSON text for lists and tables, numbers as text for
    text settings (a location id written as a REG_DWORD)."""
    shape = _shape(key)
    if shape in ("list", "table") and isinstance(value, str):
        try:
            return json.loads(value)
        except ValueError:
            if shape == "list":
                return [part.strip() for part in value.split(",") if part.strip()]
            raise ConfigError(f"{where}: not a JSON table") from None
    if shape == "text" and isinstance(value, int) and not isinstance(value, bool):
        return str(value)
    return value


# -- Windows: the registry ---------------------------------------------------------------------


def registry_layer(rows: Iterable[RegistryRow]) -> Layer:
    """The policy layer from the registry's values (parsing only; any system)."""
    values: dict[str, Any] = {}
    origins: dict[str, str] = {}
    for name, data, kind in rows:
        key = name.strip()
        if not key:
            continue  # the key's (Default) value
        where = f"registry value {REGISTRY_ROOT}\\{REGISTRY_KEY}\\{key}"
        _check_key(key, where)
        if kind == REG_MULTI_SZ and isinstance(data, list):
            value: object = [str(item) for item in data if str(item).strip()]
        elif _plain_value(kind, data):
            value = data
        else:
            raise ConfigError(f"{where}: unsupported value type {kind}")
        values[key] = _coerce(key, value, where)
        origins[key] = where
    return Layer("policy", values, origins)


def _plain_value(kind: int, data: object) -> bool:
    """A number as a number, text as text."""
    if kind in (REG_DWORD, REG_QWORD):
        return isinstance(data, int)
    return kind in (REG_SZ, REG_EXPAND_SZ) and isinstance(data, str)


class _WinReg(Protocol):
    HKEY_LOCAL_MACHINE: int

    def OpenKey(self, key: int, sub_key: str) -> Any: ...

    def EnumValue(self, key: Any, index: int) -> tuple[str, object, int]: ...


def registry_rows(winreg: _WinReg | None = None) -> list[RegistryRow]:
    """Every value under the policy key (the platform call); none when the key is absent."""
    if winreg is None:
        import winreg as system_winreg  # type: ignore[import-not-found,unused-ignore]

        winreg = typing.cast(_WinReg, system_winreg)
    try:
        handle = winreg.OpenKey(winreg.HKEY_LOCAL_MACHINE, REGISTRY_KEY)
    except OSError:
        return []
    rows: list[RegistryRow] = []
    with handle:
        index = 0
        while True:
            try:
                name, data, kind = winreg.EnumValue(handle, index)
            except OSError:  # no more values
                break
            rows.append((name, data, kind))
            index += 1
    return rows


# -- macOS: managed preferences ----------------------------------------------------------------


def plist_layer(data: bytes, where: str) -> Layer:
    """The policy layer from a managed-preferences plist (parsing only; any system)."""
    try:
        found = plistlib.loads(data)
    except (plistlib.InvalidFileException, ValueError) as exc:
        raise ConfigError(f"{where}: not a property list ({type(exc).__name__})") from None
    if not isinstance(found, dict):
        raise ConfigError(f"{where}: not a dictionary of settings")
    values: dict[str, Any] = {}
    origins: dict[str, str] = {}
    for key, value in found.items():
        if key.startswith(("Payload", "PolicyApplicationDate")):
            continue  # written by the profile machinery, not settings
        origin = f"{where}: key '{key}'"
        _check_key(key, origin)
        values[key] = _coerce(key, value, origin)
        origins[key] = origin
    return Layer("policy", values, origins)


def managed_preferences_file(bundle_id: str = BUNDLE_ID) -> Path:
    return MANAGED_PREFERENCES / f"{bundle_id}.plist"


def read_plist_policy(path: Path | None = None) -> Layer:
    """The managed preferences installed by a configuration profile; empty without one."""
    path = managed_preferences_file() if path is None else path
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        return Layer("policy")
    except OSError as exc:
        raise ConfigError(f"{path}: cannot be read ({type(exc).__name__})") from None
    return plist_layer(data, f"configuration profile {path}")


# -- this system -------------------------------------------------------------------------------


def read_policy(platform: str | None = None) -> Layer:
    """This system's managed policy (empty where the platform has none)."""
    platform = sys.platform if platform is None else platform
    if platform == "win32":
        return registry_layer(registry_rows())
    if platform == "darwin":
        return read_plist_policy()
    return Layer("policy")
