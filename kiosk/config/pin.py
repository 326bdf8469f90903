"""The admin PIN, stored only as a salted scrypt hash.

Format: ``scrypt$<log2 n>$<r>$<p>$<salt, base64>$<hash, base64>``. scrypt (RFC 7914) is in
Python's standard library; n = 2**14, r = 8 takes about 20-60 ms on a kiosk PC, which is
nothing for a person typing a PIN and a great deal for someone trying all 10,000 four-digit
PINs against a stolen hash.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import secrets

SCHEME = "scrypt"
MIN_DIGITS = 4
MAX_DIGITS = 12
_LOG_N, _R, _P, _LEN = 14, 8, 1, 32
DEMO_PIN = "0000"


class BadPin(ValueError):
    """A PIN that cannot be used (not digits, too short or too long)."""


def check_pin(pin: str) -> str:
    """The PIN if it is 4 to 12 digits; else BadPin saying what is wrong."""
    if not pin.isascii() or not pin.isdigit():
        raise BadPin("the PIN must be digits only (the pad has only digits)")
    if not MIN_DIGITS <= len(pin) <= MAX_DIGITS:
        raise BadPin(f"the PIN must have {MIN_DIGITS} to {MAX_DIGITS} digits")
    return pin


MAX_MEMORY = 2**26
"""The most memory scrypt may use to check a PIN (64 MiB): a hash asking for more never verifies."""

_SALT_MIN = 8


def _derive(pin: str, salt: bytes, log_n: int, r: int, p: int) -> bytes:
    return hashlib.scrypt(
        pin.encode("ascii"), salt=salt, n=2**log_n, r=r, p=p, maxmem=MAX_MEMORY, dklen=_LEN
    )


def scrypt_memory(log_n: int, r: int, p: int) -> int:
    """Bytes scrypt needs for these parameters, as OpenSSL counts them against ``maxmem``."""
    return 128 * r * ((1 << log_n) + 2) + 128 * r * p


def hash_pin(pin: str) -> str:
    """A new salted hash of a PIN, as text."""
    salt = secrets.token_bytes(16)
    digest = _derive(check_pin(pin), salt, _LOG_N, _R, _P)
    encode = base64.b64encode
    return f"{SCHEME}${_LOG_N}${_R}${_P}${encode(salt).decode()}${encode(digest).decode()}"


def is_pin_hash(text: str) -> bool:
    return pin_hash_problem(text) is None


def pin_hash_problem(text: str) -> str | None:
    """Why a stored hash can never match any PIN (None: it can).

    A hash that parses but asks scrypt for more memory than `MAX_MEMORY`, or carries an empty
    or wrongly sized digest, would refuse every PIN: staff locked out without a word. The
    reason never includes the hash itself.
    """
    try:
        _parse(text)
    except ValueError as exc:
        return str(exc)
    return None


def _parse(text: str) -> tuple[int, int, int, bytes, bytes]:
    parts = text.strip().split("$")
    if len(parts) != 6 or parts[0] != SCHEME:
        raise ValueError(f"not in the form {SCHEME}$<log2 n>$<r>$<p>$<salt>$<hash>")
    try:
        log_n, r, p = (int(part, 10) for part in parts[1:4])
    except ValueError:
        raise ValueError("its scrypt parameters are not numbers") from None
    if not (10 <= log_n <= 20 and 1 <= r <= 32 and 1 <= p <= 4):
        raise ValueError("its scrypt parameters are out of range")
    if log_n >= 16 * r:  # RFC 7914: N < 2^(128 r / 8)
        raise ValueError("its scrypt parameters are out of range (N too large for r)")
    if scrypt_memory(log_n, r, p) > MAX_MEMORY:
        raise ValueError(
            f"its scrypt parameters need more than the {MAX_MEMORY // 2**20} MiB a PIN check"
            " may use"
        )
    try:
        salt = base64.b64decode(parts[4], validate=True)
        digest = base64.b64decode(parts[5], validate=True)
    except ValueError:
        raise ValueError("its salt or digest is not base64") from None
    if len(salt) < _SALT_MIN:
        raise ValueError(f"its salt is shorter than {_SALT_MIN} bytes")
    if len(digest) != _LEN:
        raise ValueError(f"its digest is {len(digest)} bytes, not {_LEN}")
    return log_n, r, p, salt, digest


def verify_pin(pin: str, stored: str) -> bool:
    """True when `pin` is the PIN `stored` was made from (constant-time comparison)."""
    try:
        log_n, r, p, salt, digest = _parse(stored)
        candidate = _derive(pin, salt, log_n, r, p) if pin.isascii() else b""
    except ValueError:
        return False
    return hmac.compare_digest(candidate, digest)
