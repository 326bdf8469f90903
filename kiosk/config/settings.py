"""Kiosk settings: which Qminder account and location to serve, and how the kiosk behaves.

Where a setting comes from, the first that has it wins:

1. the environment: ``KIOSK_<NAME>`` (e.g. ``KIOSK_IDLE_TIMEOUT``), and ``QMINDER_BASE_URL``,
   ``QMINDER_API_KEY`` and ``KIOSK_LOCATION_ID``;
2. the configuration file (``kiosk.toml``; see `kiosk.config.loading`), keys named as the
   fields below;
3. the OS keyring, for the API key and the admin PIN's hash only (`kiosk.config.secrets`);
4. the defaults below.

With neither a key nor a location the kiosk runs in demo mode against the built-in sandbox.
No Qt here.
"""

from __future__ import annotations

from collections.abc import Mapping
from contextvars import ContextVar
from types import MappingProxyType
from typing import Any, ClassVar

from pydantic.fields import FieldInfo
from pydantic_settings import (
    BaseSettings,
    PydanticBaseSettingsSource,
    SettingsConfigDict,
)

from kiosk.config.groups.account import AccountSettings
from kiosk.config.groups.admin import AdminSettings
from kiosk.config.groups.appointments import AppointmentSettings
from kiosk.config.groups.fleet import FleetSettings
from kiosk.config.groups.printing import PrintingSettings
from kiosk.config.groups.screen import ScreenSettings
from kiosk.config.groups.speech import SpeechSettings
from kiosk.config.groups.visit import VisitSettings


class ConfigError(ValueError):
    """The configuration cannot work; the message names the setting and what is wrong."""


FILE_VALUES: ContextVar[Mapping[str, Any]] = ContextVar(
    "kiosk_file_values", default=MappingProxyType({})
)
"""Values read from the configuration file, for the settings being built (see `loading`)."""

STORED_VALUES: ContextVar[Mapping[str, Any]] = ContextVar(
    "kiosk_stored_values", default=MappingProxyType({})
)
"""Values read from the OS keyring, for the settings being built (see `loading`)."""


class _ContextSource(PydanticBaseSettingsSource):
    """A settings source serving the values a context variable holds."""

    def __init__(self, settings_cls: type[BaseSettings], values: ContextVar[Mapping[str, Any]]):
        super().__init__(settings_cls)
        self._values = values

    def get_field_value(self, field: FieldInfo, field_name: str) -> tuple[Any, str, bool]:
        return self._values.get().get(field_name), field_name, False

    def __call__(self) -> dict[str, Any]:
        return dict(self._values.get())


class KioskSettings(
    # pydantic lists inherited fields from the last base to the first: this order keeps the
    # settings in the order `kiosk check-config` prints them (account first, fleet last).
    FleetSettings,
    AdminSettings,
    SpeechSettings,
    AppointmentSettings,
    ScreenSettings,
    PrintingSettings,
    VisitSettings,
    AccountSettings,
    BaseSettings,
):
    """Settings for one kiosk. Frozen: built once at start-up and passed to whoever needs it.

    The fields are declared in groups (`kiosk.config.groups`), each with its own checks.
    """

    reads_layers: ClassVar[bool] = True
    """False for a class fed only the values passed in (no environment, file or keyring)."""

    model_config = SettingsConfigDict(
        env_prefix="KIOSK_", frozen=True, extra="ignore", env_ignore_empty=True
    )

    @classmethod
    def settings_customise_sources(
        cls,
        settings_cls: type[BaseSettings],
        init_settings: PydanticBaseSettingsSource,
        env_settings: PydanticBaseSettingsSource,
        dotenv_settings: PydanticBaseSettingsSource,
        file_secret_settings: PydanticBaseSettingsSource,
    ) -> tuple[PydanticBaseSettingsSource, ...]:
        if not cls.reads_layers:
            return (init_settings,)
        return (
            init_settings,
            env_settings,
            _ContextSource(settings_cls, FILE_VALUES),
            _ContextSource(settings_cls, STORED_VALUES),
        )

    @property
    def is_demo(self) -> bool:
        """Demo mode: asked for, or nothing configured at all."""
        return self.demo or (self.api_key is None and self.location_id is None)

    def check(self) -> None:
        """Raise ConfigError when a real account is half configured."""
        if self.is_demo:
            return
        if self.api_key is None:
            raise ConfigError(
                "no Qminder API key: store one with `kiosk set-key` (or set QMINDER_API_KEY)"
            )
        if not self.location_id:
            raise ConfigError("no location: set location_id in kiosk.toml (or KIOSK_LOCATION_ID)")
