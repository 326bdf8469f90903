"""Keyrings for the tests (the OS keyring is never touched): one that can be locked."""

from __future__ import annotations

from keyring.errors import KeyringLocked


class SwitchKeyring:
    """A keyring in a dict that can be locked and unlocked, like a login keyring."""

    def __init__(self) -> None:
        self.entries: dict[tuple[str, str], str] = {}
        self.locked = False

    def get_password(self, service: str, username: str) -> str | None:
        if self.locked:
            raise KeyringLocked("locked")
        return self.entries.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        if self.locked:
            raise KeyringLocked("locked")
        self.entries[(service, username)] = password
