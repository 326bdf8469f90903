"""``kiosk check-config``'s list of settings: every value that is not a default, and where it
came from (file and line, environment variable, registry value, configuration profile, the
OS keyring). Secrets are never printed."""

from __future__ import annotations

import json
from collections.abc import Mapping
from pathlib import Path

from pydantic import SecretStr

from kiosk.config import KioskSettings

HIDDEN = "(set, hidden)"


def shown_value(value: object) -> str:
    """A value as a person reads it in TOML-like form; a secret as `HIDDEN`."""
    if isinstance(value, SecretStr):
        return HIDDEN
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, Path):
        return json.dumps(str(value), ensure_ascii=False)
    if isinstance(value, tuple | list):
        return json.dumps(list(value), ensure_ascii=False)
    if isinstance(value, dict):
        return json.dumps(value, ensure_ascii=False, sort_keys=True)
    if isinstance(value, str):
        return json.dumps(value, ensure_ascii=False)
    return str(value)


def settings_lines(settings: KioskSettings, origins: Mapping[str, str]) -> list[str]:
    """One line per setting that is not its default: ``key = value   (where)``."""
    lines = []
    for key, field in KioskSettings.model_fields.items():
        value = getattr(settings, key)
        default = field.get_default(call_default_factory=True)
        if key not in origins and value == default:
            continue
        where = origins.get(key, "derived")
        lines.append(f"  {key} = {shown_value(value)}   ({where})")
    return lines
