"""Encryption of the personal data kept in the outbox (Fernet: AES-128-CBC + HMAC-SHA256).

Where the key comes from, in the order `Cipher.load` tries:

1. ``KIOSK_OUTBOX_KEY``: one or more Fernet keys (url-safe base64 of 32 bytes), separated by
   commas. The first one encrypts; all of them decrypt, so a key can be rotated by prepending
   the new one and dropping the old one after the retention period.
2. The OS keyring (Windows Credential Manager, macOS Keychain, Secret Service): service
   ``qminder-kiosk``, user ``outbox-key``. Created on first use.
3. A key file, for headless machines without a keyring (CI): ``KIOSK_OUTBOX_KEY_FILE``, or
   the path the caller gives. Created on first use with mode 0600, holding one key per line
   in the format of ``KIOSK_OUTBOX_KEY``.

Whoever can read the key can read the outbox, so a key file next to the database protects
only against copies of the database alone. Full-disk encryption protects a stolen device.
Generate a key with ``python -c "from kiosk.delivery.crypto import Cipher;
print(Cipher.generate_key())"``.
"""

from __future__ import annotations

import contextlib
import hashlib
import hmac
import logging
import os
import tempfile
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from cryptography.fernet import Fernet, InvalidToken, MultiFernet

from kiosk.delivery.errors import DecryptError, KeyUnavailable

log = logging.getLogger("kiosk.delivery")

KEY_ENV = "KIOSK_OUTBOX_KEY"
KEY_FILE_ENV = "KIOSK_OUTBOX_KEY_FILE"
KEYRING_SERVICE = "qminder-kiosk"
KEYRING_USER = "outbox-key"


KEY_ID_LABEL = b"qminder-kiosk outbox key id"


def key_id(key: bytes | str) -> str:
    """A short public name for a key (an HMAC of a fixed label under the key): stored with
    every row, it tells which key a payload needs without revealing anything of the key."""
    raw = key.encode("ascii") if isinstance(key, str) else key
    return hmac.new(raw, KEY_ID_LABEL, hashlib.sha256).hexdigest()[:16]


def parse_keys(text: str, where: str) -> list[bytes]:
    keys: list[bytes] = []
    for part in text.replace("\n", ",").split(","):
        if not part.strip():
            continue
        try:
            key = part.strip().encode("ascii")
            Fernet(key)
        except (ValueError, TypeError):
            raise KeyUnavailable(
                f"{where} holds a malformed key (need url-safe base64 of 32 bytes)"
            ) from None
        keys.append(key)
    if not keys:
        raise KeyUnavailable(f"{where} holds no key")
    return keys


class Cipher:
    """Encrypts and decrypts outbox payloads; the first key encrypts, every key decrypts."""

    def __init__(self, keys: Sequence[bytes | str]) -> None:
        if not keys:
            raise KeyUnavailable("a cipher needs at least one key")
        raw = [key.encode("ascii") if isinstance(key, str) else key for key in keys]
        self._keys = tuple(raw)
        self._fernet = MultiFernet([Fernet(key) for key in raw])

    def __repr__(self) -> str:
        return "Cipher(<keys hidden>)"

    @property
    def keys(self) -> tuple[bytes, ...]:
        """The keys, the encrypting one first (for `kiosk.delivery.keys`; never log them)."""
        return self._keys

    @property
    def key_id(self) -> str:
        """The id of the key that encrypts."""
        return key_id(self._keys[0])

    @staticmethod
    def generate_key() -> str:
        """A new random key, as text."""
        return Fernet.generate_key().decode("ascii")

    def encrypt(self, data: bytes) -> bytes:
        """An authenticated token for `data`."""
        return self._fernet.encrypt(data)

    def decrypt(self, token: bytes) -> bytes:
        """The data of a token made by `encrypt` with one of this cipher's keys."""
        try:
            return self._fernet.decrypt(token)
        except InvalidToken:
            raise DecryptError("payload cannot be decrypted with the configured keys") from None

    # -- key sources ---------------------------------------------------------------------------

    @classmethod
    def from_keyring(
        cls,
        service: str = KEYRING_SERVICE,
        username: str = KEYRING_USER,
        *,
        backend: Any = None,
        create: bool = True,
    ) -> Cipher:
        """The key stored in the OS keyring, created there on first use.

        ``backend`` is a `keyring.backend.KeyringBackend`; None means the OS default.
        Raises `KeyUnavailable` when the keyring is unavailable or holds a malformed key.
        """
        import keyring
        import keyring.errors

        store: Any = backend if backend is not None else keyring.get_keyring()
        try:
            stored = store.get_password(service, username)
            if stored is None:
                if not create:
                    raise KeyUnavailable(f"no outbox key in the keyring (service {service!r})")
                stored = cls.generate_key()
                store.set_password(service, username, stored)
                log.info("created a new outbox key in the keyring")
        except keyring.errors.KeyringError as exc:
            raise KeyUnavailable(f"keyring unavailable ({type(exc).__name__})") from None
        return cls(parse_keys(stored, "the keyring entry"))

    @classmethod
    def from_env_or_file(
        cls,
        path: Path | None = None,
        *,
        environ: Mapping[str, str] | None = None,
        create: bool = True,
    ) -> Cipher:
        """The key from ``KIOSK_OUTBOX_KEY``, else from a key file.

        The file is ``KIOSK_OUTBOX_KEY_FILE`` if set, else `path`. A missing file is created
        (mode 0600) when `create` is true. Raises `KeyUnavailable` when neither gives a key.
        """
        env = os.environ if environ is None else environ
        text = env.get(KEY_ENV, "").strip()
        if text:
            return cls(parse_keys(text, KEY_ENV))
        file_name = env.get(KEY_FILE_ENV, "").strip()
        key_path = Path(file_name) if file_name else path
        if key_path is None:
            raise KeyUnavailable(f"no outbox key: set {KEY_ENV} or {KEY_FILE_ENV}")
        if not key_path.exists():
            if not create:
                raise KeyUnavailable(f"key file {key_path.name} does not exist")
            with contextlib.suppress(FileExistsError):  # another process was quicker
                write_private(key_path, cls.generate_key() + "\n")
                log.info("created a new outbox key file")
        return cls(
            parse_keys(key_path.read_text("utf-8", errors="replace"), f"key file {key_path.name}")
        )

    @classmethod
    def load(
        cls,
        fallback_file: Path,
        *,
        service: str = KEYRING_SERVICE,
        backend: Any = None,
        environ: Mapping[str, str] | None = None,
    ) -> Cipher:
        """The key from ``KIOSK_OUTBOX_KEY``, else the keyring, else the key file.

        The key file is used only when the keyring cannot be used; ``KIOSK_OUTBOX_KEY_FILE``
        overrides `fallback_file`.
        """
        env = os.environ if environ is None else environ
        if env.get(KEY_ENV, "").strip():
            return cls.from_env_or_file(environ=env)
        try:
            return cls.from_keyring(service, backend=backend)
        except KeyUnavailable as exc:
            log.warning("outbox key not in the keyring (%s); using the key file", exc)
        return cls.from_env_or_file(fallback_file, environ=env)


def write_private(path: Path, text: str) -> None:
    """Write a new file readable by its owner only (mkstemp's 0600), atomically.

    Never replaces an existing file: raises FileExistsError instead.
    """
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".key-", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="ascii") as handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        os.link(tmp, path)  # fails if another process created the file meanwhile
    finally:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)
