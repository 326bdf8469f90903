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


def _derive(pin: str, salt: bytes, log_n: int, r: int, p: int) -> bytes:
    return hashlib.scrypt(
        pin.encode("ascii"), salt=salt, n=2**log_n, r=r, p=p, maxmem=2**26, dklen=_LEN
    )


def hash_pin(pin: str) -> str:
    """A new salted hash of a PIN, as text."""
    salt = secrets.token_bytes(16)
    digest = _derive(check_pin(pin), salt, _LOG_N, _R, _P)
    encode = base64.b64encode
    return f"{SCHEME}${_LOG_N}${_R}${_P}${encode(salt).decode()}${encode(digest).decode()}"


def is_pin_hash(text: str) -> bool:
    try:
        _parse(text)
    except ValueError:
        return False
    return True


def _parse(text: str) -> tuple[int, int, int, bytes, bytes]:
    parts = text.strip().split("$")
    if len(parts) != 6 or parts[0] != SCHEME:
        raise ValueError("not a kiosk PIN hash")
    log_n, r, p = (int(part) for part in parts[1:4])
    if not (10 <= log_n <= 20 and 1 <= r <= 32 and 1 <= p <= 4):
        raise ValueError("PIN hash parameters out of range")
    return log_n, r, p, base64.b64decode(parts[4]), base64.b64decode(parts[5])


def verify_pin(pin: str, stored: str) -> bool:
    """True when `pin` is the PIN `stored` was made from (constant-time comparison)."""
    try:
        log_n, r, p, salt, digest = _parse(stored)
        candidate = _derive(pin, salt, log_n, r, p) if pin.isascii() else b""
    except ValueError:
        return False
    return hmac.compare_digest(candidate, digest)
