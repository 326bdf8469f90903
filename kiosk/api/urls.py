"""The rule for Qminder's base URL: absolute, https (plain http only on loopback), nothing
but a scheme, a host, a port and a path.

Standard library only, so the settings can check the URL without loading the HTTP client.
"""

from __future__ import annotations

import ipaddress
from urllib.parse import urlsplit


def is_loopback_host(host: str) -> bool:
    """True for ``localhost`` and loopback IP addresses (127.0.0.0/8, ``::1``)."""
    host = host.strip("[]").lower()
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def check_base_url(value: str) -> str:
    """`value` without a trailing slash; ValueError saying what is wrong with it."""
    try:
        url = urlsplit(value.strip())
        host = url.hostname
        _ = url.port  # an unparsable port raises here
    except ValueError:
        raise ValueError("base_url is not a valid URL") from None
    if url.scheme not in ("http", "https") or not host:
        raise ValueError("base_url must be an absolute http(s) URL with a host")
    if url.username or url.password or "@" in url.netloc or url.query or url.fragment:
        raise ValueError("base_url must not carry credentials, a query or a fragment")
    if url.scheme == "http" and not is_loopback_host(host):
        raise ValueError(
            "base_url must use https://; plain http:// is allowed only for loopback hosts"
        )
    return value.strip().rstrip("/")
