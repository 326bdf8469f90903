"""The kiosk's settings and where they come from: environment, `kiosk.toml`, the OS keyring.

No Qt here.
"""

from kiosk.config.settings import ConfigError, KioskSettings

__all__ = ["ConfigError", "KioskSettings"]
