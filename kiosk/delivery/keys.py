"""Which keys open the outbox: every source is tried, and a key is never replaced silently.

Every row records the id of the key that encrypted it (`crypto.key_id`). When the outbox
opens it gathers the keys of all sources at once (``KIOSK_OUTBOX_KEY``, the OS keyring, the key
file; see `kiosk.delivery.crypto`), keeps them all for reading, and goes on encrypting with the
key the waiting rows were written with. A row whose key none of the sources holds is never
rejected or erased for it: it waits, the store says how many rows wait so, and while any do,
new check-ins are refused. The sources are asked again from time to time (`StoreKeys.discover`),
so a keyring unlocked or a key file put back lets the waiting rows go out.

A new key is made (in the keyring, else in the key file) only when no source holds any key
and no waiting row needs one.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

from cryptography.fernet import Fernet, InvalidToken

from kiosk.delivery.crypto import (
    KEY_ENV,
    KEY_FILE_ENV,
    KEYRING_SERVICE,
    KEYRING_USER,
    Cipher,
    key_id,
    parse_keys,
    write_private,
)
from kiosk.delivery.errors import DecryptError, KeyMissing

log = logging.getLogger("kiosk.delivery")

KEYRING_LABEL = "the OS keyring"


@dataclass(frozen=True, slots=True)
class FoundKey:
    """Keys from one source; `source` names it for logs and staff (never the key)."""

    source: str
    keys: tuple[bytes, ...]


class KeySource(Protocol):
    """Where an outbox finds its keys."""

    def find(self) -> Iterator[FoundKey]:
        """The keys available now, best source first (asked one by one); never creates one."""
        ...

    def create(self) -> FoundKey | None:
        """Make and keep a new key; None when this source cannot."""
        ...

    def names(self) -> str:
        """The sources, for a message ("KIOSK_OUTBOX_KEY, the OS keyring, key file …")."""
        ...


class FixedKeys:
    """The keys of a `Cipher` the caller made (tests, tools); no other source."""

    def __init__(self, cipher: Cipher) -> None:
        self._cipher = cipher

    def find(self) -> Iterator[FoundKey]:
        yield FoundKey("the given key", self._cipher.keys)

    def create(self) -> FoundKey | None:
        return None

    def names(self) -> str:
        return "the given key"


class KeySources:
    """``KIOSK_OUTBOX_KEY``, then the OS keyring, then the key file (``KIOSK_OUTBOX_KEY_FILE``
    or `key_file`). `environ` and `backend` (a keyring backend) replace the process's own."""

    def __init__(
        self,
        key_file: Path | None = None,
        *,
        environ: Mapping[str, str] | None = None,
        backend: Any = None,
        service: str = KEYRING_SERVICE,
        username: str = KEYRING_USER,
    ) -> None:
        self._key_file = key_file
        self._environ = environ
        self._backend = backend
        self._service = service
        self._username = username

    def _env(self) -> Mapping[str, str]:
        return os.environ if self._environ is None else self._environ

    def _file(self) -> Path | None:
        named = self._env().get(KEY_FILE_ENV, "").strip()
        return Path(named) if named else self._key_file

    def _store(self) -> Any:
        if self._backend is not None:
            return self._backend
        import keyring

        return keyring.get_keyring()

    def names(self) -> str:
        path = self._file()
        found = [KEY_ENV, KEYRING_LABEL]
        if path is not None:
            found.append(f"key file {path}")
        return ", ".join(found)

    def find(self) -> Iterator[FoundKey]:
        """Raises `KeyUnavailable` for a malformed key (a configuration error)."""
        text = self._env().get(KEY_ENV, "").strip()
        if text:
            yield FoundKey(KEY_ENV, tuple(parse_keys(text, KEY_ENV)))
        try:
            stored = self._store().get_password(self._service, self._username)
        except Exception as exc:  # a locked or missing keyring: the other sources remain
            log.debug("outbox key: keyring unavailable (%s)", type(exc).__name__)
            stored = None
        if stored:
            yield FoundKey(KEYRING_LABEL, tuple(parse_keys(stored, "the keyring entry")))
        path = self._file()
        if path is not None:
            content: str | None = None
            try:
                content = path.read_text("utf-8", errors="replace")
            except FileNotFoundError:
                pass
            except OSError as exc:
                log.warning("outbox key file %s cannot be read (%s)", path.name, exc.strerror)
            if content is not None:
                label = f"key file {path.name}"
                yield FoundKey(label, tuple(parse_keys(content, label)))

    def create(self) -> FoundKey | None:
        """A new key in the keyring, else in the key file; None if neither can keep one."""
        key = Cipher.generate_key()
        try:
            self._store().set_password(self._service, self._username, key)
        except Exception as exc:
            log.warning("outbox key: the keyring cannot keep one (%s)", type(exc).__name__)
        else:
            log.warning("created a new outbox key in %s", KEYRING_LABEL)
            return FoundKey(KEYRING_LABEL, (key.encode("ascii"),))
        path = self._file()
        if path is None:
            return None
        try:
            write_private(path, key + "\n")
        except FileExistsError:  # another process was quicker: use its key
            label = f"key file {path.name}"
            return FoundKey(label, tuple(parse_keys(path.read_text("utf-8"), label)))
        log.warning("created a new outbox key file %s", path.name)
        return FoundKey(f"key file {path.name}", (key.encode("ascii"),))


class StoreKeys:
    """The keys an outbox has found so far (never forgotten while it runs) and which encrypts."""

    def __init__(self, source: KeySource) -> None:
        self._source = source
        self._keys: dict[str, bytes] = {}
        self._origin: dict[str, str] = {}
        self._encrypting: str | None = None

    @property
    def ids(self) -> frozenset[str]:
        return frozenset(self._keys)

    @property
    def encrypting(self) -> str | None:
        """The id of the key new rows are written with; None: no key (new rows refused)."""
        return self._encrypting

    def names(self) -> str:
        return self._source.names()

    def origin(self, kid: str) -> str:
        return self._origin.get(kid, "?")

    def discover(self, enough: Callable[[], bool] | None = None) -> list[str]:
        """Ask the sources again, in order, until `enough()` says the keys found so far do
        (None: ask them all); the ids of keys not known before."""
        new: list[str] = []
        for found in self._source.find():
            for key in found.keys:
                self._add(key, found.source, new)
            if enough is not None and enough():
                break
        return new

    def create(self) -> bool:
        """Make a new key (see `KeySources.create`); False if no source can keep one."""
        found = self._source.create()
        if found is None:
            return False
        new: list[str] = []
        for key in found.keys:
            self._add(key, found.source, new)
        return True

    def _add(self, key: bytes, source: str, new: list[str]) -> None:
        kid = key_id(key)
        if kid not in self._keys:
            self._keys[kid] = key
            self._origin[kid] = source
            new.append(kid)

    def choose(self, wanted: Sequence[str]) -> None:
        """Encrypt with the first of `wanted` (the waiting rows' key ids, newest first) that
        is known, else with the first key found."""
        for kid in wanted:
            if kid in self._keys:
                self._encrypting = kid
                return
        self._encrypting = next(iter(self._keys), None)

    def encrypt(self, data: bytes) -> tuple[bytes, str]:
        """A token and the id of the key that made it; `KeyMissing` if there is no key."""
        kid = self._encrypting
        if kid is None:
            raise KeyMissing("no outbox key")
        return Fernet(self._keys[kid]).encrypt(data), kid

    def decrypt(self, token: bytes, kid: str | None) -> bytes:
        """The payload; `KeyMissing` if its key is not known, `DecryptError` if damaged."""
        if kid is None:
            found = self.identify(token)
            if found is None:
                raise KeyMissing("no known key opens this payload")
            kid = found
        key = self._keys.get(kid)
        if key is None:
            raise KeyMissing("the payload's key is not available")
        try:
            return Fernet(key).decrypt(token)
        except InvalidToken:
            raise DecryptError("payload damaged: its own key cannot decrypt it") from None

    def identify(self, token: bytes) -> str | None:
        """Which known key opens `token` (for rows stored before key ids were kept)."""
        for kid, key in self._keys.items():
            try:
                Fernet(key).decrypt(token)
            except InvalidToken:
                continue
            return kid
        return None
