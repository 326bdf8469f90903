"""The rule for heartbeat URLs: https, or plain http on loopback; no credentials in the URL's
user part (a push monitor's token belongs in its path or query, where Healthchecks and Uptime
Kuma put it)."""

from __future__ import annotations

from urllib.parse import urlsplit

from kiosk.api.urls import is_loopback_host


def check_push_url(value: str) -> str:
    """`value`, stripped; ValueError saying what is wrong with it."""
    text = value.strip()
    try:
        url = urlsplit(text)
        host = url.hostname
        _ = url.port  # an unparsable port raises here
    except ValueError:
        raise ValueError("not a valid URL") from None
    if url.scheme not in ("http", "https") or not host:
        raise ValueError("must be an absolute http(s) URL with a host")
    if url.username or url.password or "@" in url.netloc:
        raise ValueError("must not carry a user name or password")
    if url.scheme == "http" and not is_loopback_host(host):
        raise ValueError("must use https://; plain http:// is allowed only for loopback hosts")
    return text
