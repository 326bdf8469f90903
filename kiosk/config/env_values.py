"""Lists and tables set in the environment are JSON: a value that is not is named, not a traceback.

pydantic-settings decodes ``KIOSK_LINES``, ``KIOSK_WELCOME_TEXT`` and the like as JSON and
raises its own `SettingsError` (or a bare `RecursionError` for JSON nested thousands deep)
when it cannot. `check_env_json` looks first and says which variable is wrong and what it
should look like. No Qt here.
"""

from __future__ import annotations

import json
import re
import types
import typing
from collections.abc import Callable, Mapping

from pydantic.fields import FieldInfo

from kiosk.config.settings import ConfigError

_EXAMPLES: dict[type, str] = {
    dict: '{"en": "Welcome", "es": "Bienvenidos"}',
    tuple: '["General enquiries", "88101"]',
    list: '["General enquiries", "88101"]',
}


def _container(info: FieldInfo) -> type | None:
    """The JSON container type a field takes from the environment, if any."""
    annotation = info.annotation
    unions = (typing.Union, types.UnionType)
    is_union = typing.get_origin(annotation) in unions
    candidates = typing.get_args(annotation) if is_union else (annotation,)
    for candidate in candidates:
        origin = typing.get_origin(candidate) or candidate
        if origin in _EXAMPLES:
            return typing.cast(type, origin)
    return None


def check_env_json(
    fields: Mapping[str, FieldInfo], env_name: Callable[[str], str], environ: Mapping[str, str]
) -> None:
    """Raise ConfigError naming the first list or table variable that is not valid JSON.

    Variable names are matched without regard to case, as pydantic-settings reads them;
    empty values are ignored (as the settings ignore them).
    """
    lowered = {name.lower(): value for name, value in environ.items()}
    for field, info in fields.items():
        container = _container(info)
        if container is None:
            continue
        variable = env_name(field)
        raw = lowered.get(variable.lower())
        if not raw:
            continue
        try:
            json.loads(raw)
        except RecursionError:
            raise ConfigError(f"environment variable {variable}: nested too deeply") from None
        except ValueError:
            raise ConfigError(
                f"environment variable {variable}: not valid JSON; lists and tables in the"
                f" environment are JSON, like {variable}='{_EXAMPLES[container]}'"
            ) from None


_FIELD_IN_MESSAGE = re.compile(r'field "([A-Za-z_][A-Za-z0-9_]*)"')


def settings_error_message(message: str, env_name: Callable[[str], str]) -> str:
    """A pydantic-settings `SettingsError` told as the variable it is about."""
    found = _FIELD_IN_MESSAGE.search(message)
    if found is None:
        return "the environment has a value that cannot be read"
    return f"environment variable {env_name(found.group(1))}: cannot be read as a value"
