"""The rules for the URLs the kiosk calls: absolute, https (plain http only on loopback), no
credentials; Qminder's base URL is nothing but a scheme, a host, a port and a path.

Standard library only, so the settings can check the URL without loading the HTTP client.
"""

from __future__ import annotations

import ipaddress
from urllib.parse import urlsplit

DEFAULT_BASE_URL = "https://api.qminder.com"


def is_loopback_host(host: str) -> bool:
    """True for ``localhost`` and loopback IP addresses (127.0.0.0/8, ``::1``)."""
    host = host.strip("[]").lower()
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def check_web_url(text: str, *, query_allowed: bool) -> str:
    """`text` when it is an absolute http(s) URL with a host, https unless the host is
    loopback, and no user name or password (nor, unless `query_allowed`, a query or a
    fragment); ValueError saying what is wrong otherwise, for the caller to name the setting.
    """
    try:
        url = urlsplit(text)
        host = url.hostname
        _ = url.port  # an unparsable port raises here
    except ValueError:
        raise ValueError("must be a valid URL") from None
    if url.scheme not in ("http", "https") or not host:
        raise ValueError("must be an absolute http(s) URL with a host")
    if url.username or url.password or "@" in url.netloc:
        raise ValueError("must not carry a user name or password")
    if not query_allowed and (url.query or url.fragment):
        raise ValueError("must not carry a query or a fragment")
    if url.scheme == "http" and not is_loopback_host(host):
        raise ValueError("must use https://; plain http:// is allowed only for loopback hosts")
    return text


def check_base_url(value: str) -> str:
    """`value` without a trailing slash; ValueError saying what is wrong with it."""
    text = value.strip()
    try:
        check_web_url(text, query_allowed=False)
    except ValueError as exc:
        raise ValueError(f"base_url {exc}") from None
    return text.rstrip("/")
