"""The API key and the admin PIN's hash in the OS keyring (Windows Credential Manager, macOS
Keychain, the Secret Service on Linux), under the service name ``qminder-kiosk``.

`kiosk set-key` and `kiosk set-pin` write them; `stored_values` reads them for the settings.
A machine without a usable keyring simply has nothing stored: the environment (and, for the
PIN hash, the configuration file) can still provide them.
"""

from __future__ import annotations

import logging
from collections.abc import Collection
from typing import Any

log = logging.getLogger("kiosk.config")

SERVICE = "qminder-kiosk"
API_KEY = "api-key"
PIN_HASH = "admin-pin"

FIELDS = {"api_key": API_KEY, "admin_pin_hash": PIN_HASH}
"""Settings the keyring can hold, and their user names there."""


class KeyringUnavailable(Exception):
    """The OS keyring cannot store secrets on this machine."""


def stored_values(fields: Collection[str] = tuple(FIELDS)) -> dict[str, Any]:
    """The settings kept in the keyring (only those asked for that are there).

    The keyring library is imported here, on first need: finding its backend takes tens of
    milliseconds a kiosk whose secrets come from elsewhere should not spend at start.
    """
    if not fields:
        return {}
    import keyring
    import keyring.errors

    values: dict[str, Any] = {}
    for field, user in FIELDS.items():
        if field not in fields:
            continue
        try:
            secret = keyring.get_password(SERVICE, user)
        except keyring.errors.KeyringError as exc:
            log.debug("keyring: %s unavailable (%s)", user, type(exc).__name__)
            return values
        if secret:
            values[field] = secret
    return values


def store(user: str, secret: str) -> None:
    """Keep a secret in the keyring (`API_KEY` or `PIN_HASH`)."""
    import keyring
    import keyring.errors

    try:
        keyring.set_password(SERVICE, user, secret)
    except keyring.errors.KeyringError as exc:
        raise KeyringUnavailable(
            f"the OS keyring cannot store secrets here ({type(exc).__name__})"
        ) from None


def forget(user: str) -> bool:
    """Remove a secret; False when there was none."""
    import keyring
    import keyring.errors

    try:
        keyring.delete_password(SERVICE, user)
    except keyring.errors.PasswordDeleteError:
        return False
    except keyring.errors.KeyringError as exc:
        raise KeyringUnavailable(
            f"the OS keyring cannot be changed here ({type(exc).__name__})"
        ) from None
    return True


def backend_name() -> str:
    """The keyring in use, for messages ("Windows Credential Manager" style names)."""
    import keyring

    backend = keyring.get_keyring()
    return str(getattr(backend, "name", type(backend).__name__))
