"""``kiosk set-key`` and ``kiosk set-pin``: put the API key and the admin PIN in the OS keyring.

Both prompt without echo (``getpass``), so the secret never lands in the shell's history, and
store it for the user running the command: run them as the user the kiosk runs as.
"""

from __future__ import annotations

import getpass
from collections.abc import Callable
from typing import TextIO

from pydantic import SecretStr

from kiosk.config import secrets
from kiosk.config.pin import BadPin, check_pin, hash_pin
from kiosk.config.rules import check_api_key

Prompt = Callable[[str], str]

OK, FAILED = 0, 1


def set_key(out: TextIO, prompt: Prompt = getpass.getpass, *, clear: bool = False) -> int:
    """Ask for the Qminder API key and keep it in the keyring (or remove it)."""
    try:
        if clear:
            removed = secrets.forget(secrets.API_KEY)
            out.write("The API key was removed.\n" if removed else "No API key was stored.\n")
            return OK
        key = prompt("Qminder API key (input hidden): ").strip()
        if not key:
            out.write("kiosk: no key entered; nothing changed\n")
            return FAILED
        try:
            check_api_key(SecretStr(key))  # the rule the settings apply when the kiosk starts
        except ValueError as exc:
            out.write(f"kiosk: that is not an API key: {exc}; nothing changed\n")
            return FAILED
        secrets.store(secrets.API_KEY, key)
    except secrets.KeyringUnavailable as exc:
        out.write(f"kiosk: {exc}; set QMINDER_API_KEY for the kiosk instead\n")
        return FAILED
    out.write(
        f"The API key is stored in {secrets.backend_name()}."
        " Run `kiosk check-config` to confirm Qminder accepts it.\n"
    )
    return OK


def set_pin(
    out: TextIO,
    prompt: Prompt = getpass.getpass,
    *,
    print_hash: bool = False,
    clear: bool = False,
) -> int:
    """Ask for the admin PIN twice and keep its scrypt hash (or print it, or remove it)."""
    try:
        if clear:
            removed = secrets.forget(secrets.PIN_HASH)
            out.write(
                "The admin PIN was removed: the admin panel cannot be opened.\n"
                if removed
                else "No admin PIN was stored.\n"
            )
            return OK
        pin = prompt("New admin PIN, 4 to 12 digits (input hidden): ").strip()
        try:
            check_pin(pin)
        except BadPin as exc:
            out.write(f"kiosk: {exc}; nothing changed\n")
            return FAILED
        if prompt("The same PIN again: ").strip() != pin:
            out.write("kiosk: the two PINs differ; nothing changed\n")
            return FAILED
        pin_hash = hash_pin(pin)
        if print_hash:
            out.write(
                "Put this line in kiosk.toml (it holds only a salted hash of the PIN):\n"
                f'admin_pin_hash = "{pin_hash}"\n'
            )
            return OK
        secrets.store(secrets.PIN_HASH, pin_hash)
    except secrets.KeyringUnavailable as exc:
        out.write(f"kiosk: {exc}; use `kiosk set-pin --print` and put the line in kiosk.toml\n")
        return FAILED
    out.write(f"The admin PIN is stored (as a hash) in {secrets.backend_name()}.\n")
    return OK
