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
from pathlib import Path
from types import MappingProxyType
from typing import Any, Literal

from pydantic import AliasChoices, Field, SecretStr, field_validator
from pydantic.fields import FieldInfo
from pydantic_settings import (
    BaseSettings,
    PydanticBaseSettingsSource,
    SettingsConfigDict,
)

from kiosk.config.pin import pin_hash_problem
from kiosk.config.push_url import check_push_url
from kiosk.config.rules import (
    Label,
    LanguageCode,
    check_api_key,
    check_location_id,
    check_text_list,
    check_welcome_text,
)

DEFAULT_BASE_URL = "https://api.qminder.com"


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


class KioskSettings(BaseSettings):
    """Settings for one kiosk. Frozen: built once at start-up and passed to whoever needs it."""

    model_config = SettingsConfigDict(
        env_prefix="KIOSK_", frozen=True, extra="ignore", env_ignore_empty=True
    )

    base_url: str = Field(
        default=DEFAULT_BASE_URL,
        validation_alias=AliasChoices("QMINDER_BASE_URL", "base_url"),
        description="Qminder API root.",
    )
    api_key: SecretStr | None = Field(
        default=None,
        validation_alias=AliasChoices("QMINDER_API_KEY", "api_key"),
        description="Qminder REST API key. Never logged.",
    )
    location_id: str | None = Field(
        default=None,
        validation_alias=AliasChoices("KIOSK_LOCATION_ID", "location_id"),
        description="The Qminder location this kiosk checks visitors into.",
    )
    demo: bool = Field(default=False, description="Run against the built-in sandbox.")
    ticket_seconds: int = Field(
        default=15, ge=3, le=300, description="How long the ticket number stays on screen."
    )
    labels: tuple[Label, ...] = Field(
        default=("Kiosk",),
        max_length=20,
        description="Labels added to every ticket this kiosk creates (each 1-50 characters).",
    )
    refresh_minutes: float = Field(
        default=5.0,
        ge=1,
        le=24 * 60,
        allow_inf_nan=False,
        description="How often the location's configuration is reloaded (1-1440 minutes).",
    )
    offline: Literal["queue", "refuse"] = Field(
        default="queue",
        description=(
            "When Qminder does not answer in time: 'queue' saves the check-in and sends it"
            " later; 'refuse' sends the visitor to the front desk."
        ),
    )
    wait_seconds: float = Field(
        default=8.0,
        ge=1,
        le=60,
        allow_inf_nan=False,
        description="How long a visitor waits for the ticket number.",
    )
    max_age_minutes: float = Field(
        default=20.0,
        ge=1,
        le=24 * 60,
        allow_inf_nan=False,
        description="A saved check-in older than this is not sent any more (staff see it).",
    )
    idle_timeout: float = Field(
        default=60.0,
        ge=5,
        le=3600,
        allow_inf_nan=False,
        description="Seconds without a touch before the warning.",
    )
    idle_warning: int = Field(
        default=20,
        ge=20,
        le=300,
        description="Seconds the 'Need more time?' countdown runs (at least 20, WCAG 2.2.1).",
    )
    keyboard: bool = Field(
        default=True,
        description="Show the on-screen keyboard (KIOSK_KEYBOARD=0 on kiosks with a real one).",
    )
    printer: str | None = Field(
        default=None,
        description=(
            "Where ticket slips print: empty for none; a system printer name or 'system:<name>';"
            " 'pdf:<folder or file.pdf>'; 'escpos-net:<host>[:port]';"
            " 'escpos-usb:<vendor>:<product>' (hex ids)."
        ),
    )
    print_mode: Literal["auto", "button"] = Field(
        default="auto",
        description="'auto' prints after every check-in; 'button' offers a Print ticket button.",
    )
    paper_mm: Literal[58, 80] = Field(default=80, description="Roll paper width in millimetres.")
    qr_url: str | None = Field(
        default=None,
        description=(
            "URL printed as a QR code on the slip; {ticket_id} and {public_id} are filled in."
        ),
    )
    ticket_logo: Path | None = Field(
        default=None, description="Image printed at the top of the slip (PNG, preferably black)."
    )
    show_waiting_count: bool = Field(
        default=False, description="Show how many people wait on each line on the Service screen."
    )
    lines: tuple[str, ...] = Field(
        default=(),
        max_length=200,
        description=(
            "Which lines to offer and in what order (line ids or names); empty offers every"
            " enabled line in Qminder's order."
        ),
    )
    languages: tuple[LanguageCode, ...] = Field(
        default=(),
        max_length=100,
        description="Which of the location's languages to offer (codes, in order); empty: all.",
    )
    default_language: LanguageCode | None = Field(
        default=None,
        description="The language the Welcome screen starts in; empty: the location's default.",
    )
    fullscreen: bool = Field(
        default=True,
        description=(
            "Kiosk mode: frameless full screen, on top, closing needs the admin PIN."
            " `--windowed` overrides it for development."
        ),
    )
    hide_cursor: bool = Field(default=False, description="Hide the mouse pointer (touch screens).")
    theme: str = Field(
        default="default",
        pattern=r"^[a-z][a-z0-9_]*$",
        description="The look: 'default', 'dark' or 'high_contrast' (resources/themes/).",
    )
    primary_color: str | None = Field(
        default=None,
        pattern=r"^#[0-9A-Fa-f]{6}$",
        description="The location's brand colour (#RRGGBB); shades and text colours follow.",
    )
    logo: Path | None = Field(
        default=None, description="The location's logo on the Welcome screen (PNG or SVG)."
    )
    welcome_text: dict[str, str] = Field(
        default_factory=dict,
        description='Welcome text per language code, e.g. { en = "Welcome", es = "Hola" }.',
    )

    # --- appointments, remote join and privacy notice (issue 17) -----------------------------
    appointments: Literal["auto", "on", "off"] = Field(
        default="auto",
        description=(
            "'I have an appointment' on the Service screen: 'auto' where lines take"
            " appointments in Qminder, 'on' always, 'off' never."
        ),
    )
    appointment_early_minutes: int = Field(
        default=60,
        ge=0,
        le=24 * 60,
        description="How many minutes before an appointment's start a visitor may check in.",
    )
    appointment_late_minutes: int = Field(
        default=30,
        ge=0,
        le=24 * 60,
        description="How many minutes after an appointment's start a visitor may still check in.",
    )
    appointment_allow_early: bool = Field(
        default=False,
        description="Check in visitors who come earlier than the early minutes allow (same day).",
    )
    appointment_allow_late: bool = Field(
        default=False,
        description="Check in visitors who come later than the late minutes allow (same day).",
    )
    remote_join_qr: bool = Field(
        default=True,
        description=(
            "Show a QR code to the location's Visitor Website on Welcome, where Qminder allows"
            " remote sign-in."
        ),
    )
    privacy_text: dict[str, str] = Field(
        default_factory=dict,
        description=(
            "The privacy notice on the details screen per language code; other languages"
            " keep the built-in sentence."
        ),
    )
    privacy_url: str | None = Field(
        default=None,
        pattern=r"^https://\S+$",
        description="The full privacy policy, shown as a QR code next to the notice (https).",
    )
    # --- end of appointments, remote join and privacy notice ---------------------------------
    # -- audio guidance (speech) -------------------------------------------------------------
    speech: Literal["on-demand", "always", "off"] = Field(
        default="on-demand",
        description=(
            "Audio guidance: 'on-demand' starts silent and a visitor turns it on (a keypad key,"
            " a 3 s hold on Welcome, the Audio control, a headset); 'always' speaks from the"
            " start; 'off' never speaks."
        ),
    )
    speech_rate: float = Field(
        default=0.0, ge=-1, le=1, description="Speaking rate: -1 slowest, 0 normal, 1 fastest."
    )
    speech_volume: float = Field(
        default=0.8, ge=0, le=1, description="Start volume (0..1), back to it after every visit."
    )
    speech_private: bool = Field(
        default=False,
        description=(
            "Read typed text (names, phone numbers) aloud: only with a headset or handset;"
            " otherwise the kiosk says how many characters were entered."
        ),
    )
    # -- end of audio guidance ---------------------------------------------------------------

    admin_taps: int = Field(
        default=5, ge=3, le=10, description="Taps in the admin corner that open the PIN pad."
    )
    admin_tap_seconds: float = Field(
        default=3.0,
        ge=1,
        le=10,
        allow_inf_nan=False,
        description="Time within which the admin taps must fall.",
    )
    admin_corner: Literal["top-left", "top-right", "bottom-left", "bottom-right"] = Field(
        default="top-left", description="The screen corner that takes the admin taps."
    )
    admin_pin_hash: SecretStr | None = Field(
        default=None,
        description=(
            "The admin PIN's scrypt hash, as `kiosk set-pin --print` prints it; normally kept"
            " in the OS keyring by `kiosk set-pin` instead."
        ),
    )

    # -- fleet: monitoring and heartbeat (docs/fleet.md) ------------------------------------------
    kiosk_id: str | None = Field(
        default=None,
        max_length=100,
        description="This kiosk's name in metrics (the `kiosk_id` label); empty: the host name.",
    )
    metrics_file: Path | None = Field(
        default=None,
        description=(
            "Write Prometheus metrics to this file (node_exporter / windows_exporter textfile"
            " collector), every 15 s and at once on a change."
        ),
    )
    metrics_port: int | None = Field(
        default=None, ge=1, le=65535, description="Serve the metrics on /metrics at this port."
    )
    metrics_bind: str = Field(
        default="127.0.0.1",
        min_length=1,
        description="The address /metrics listens on (loopback unless said otherwise).",
    )
    heartbeat_url: str | None = Field(
        default=None,
        description="GET this URL every heartbeat_seconds while the kiosk is healthy.",
    )
    heartbeat_seconds: float = Field(
        default=60.0, ge=10, le=86_400, description="Seconds between heartbeat pings."
    )
    heartbeat_fail_url: str | None = Field(
        default=None,
        description="GET this URL once each time the kiosk stops being healthy.",
    )

    @field_validator("heartbeat_url", "heartbeat_fail_url")
    @classmethod
    def _heartbeat_url(cls, value: str | None) -> str | None:
        if not value:
            return None
        return check_push_url(value)

    # -- end of fleet settings ------------------------------------------------------------------

    @classmethod
    def settings_customise_sources(
        cls,
        settings_cls: type[BaseSettings],
        init_settings: PydanticBaseSettingsSource,
        env_settings: PydanticBaseSettingsSource,
        dotenv_settings: PydanticBaseSettingsSource,
        file_secret_settings: PydanticBaseSettingsSource,
    ) -> tuple[PydanticBaseSettingsSource, ...]:
        return (
            init_settings,
            env_settings,
            _ContextSource(settings_cls, FILE_VALUES),
            _ContextSource(settings_cls, STORED_VALUES),
        )

    @field_validator("admin_pin_hash")
    @classmethod
    def _is_pin_hash(cls, value: SecretStr | None) -> SecretStr | None:
        problem = None if value is None else pin_hash_problem(value.get_secret_value())
        if problem is not None:
            raise ValueError(
                f"not a PIN hash that can ever match ({problem}): make one with `kiosk set-pin`"
                " (or `kiosk set-pin --print` for the file)"
            )
        return value

    @field_validator("api_key")
    @classmethod
    def _key_fits_a_header(cls, value: SecretStr | None) -> SecretStr | None:
        return check_api_key(value)

    @field_validator("location_id")
    @classmethod
    def _location_number(cls, value: str | None) -> str | None:
        return None if value is None else check_location_id(value)

    @field_validator("lines")
    @classmethod
    def _no_blank_line(cls, value: tuple[str, ...]) -> tuple[str, ...]:
        return check_text_list(value)

    @field_validator("welcome_text")
    @classmethod
    def _welcome_texts(cls, value: dict[str, str]) -> dict[str, str]:
        return check_welcome_text(value)

    @field_validator("base_url")
    @classmethod
    def _strip_slash(cls, value: str) -> str:
        return value.rstrip("/")

    @field_validator("paper_mm", mode="before")
    @classmethod
    def _paper_from_text(cls, value: object) -> object:
        """Environment values are text: "58" means 58."""
        return int(value) if isinstance(value, str) and value.strip().isdigit() else value

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
