"""ApiConfig: HTTPS unless loopback, the key hidden, timeouts as httpx wants them."""

from __future__ import annotations

import httpx
import pytest

from kiosk import __version__
from kiosk.api import DEFAULT_BASE_URL, ApiConfig
from kiosk.api.config import is_loopback_host
from tests.api.helpers import KEY


def test_defaults() -> None:
    config = ApiConfig(api_key=KEY)
    assert config.base_url == DEFAULT_BASE_URL == "https://api.qminder.com"
    assert config.user_agent == f"qminder-kiosk/{__version__}"
    assert config.timeout == httpx.Timeout(connect=3.0, read=8.0, write=5.0, pool=2.0)
    assert config.deadline == 10.0
    assert config.transport is None


def test_key_is_hidden_from_repr_and_str() -> None:
    config = ApiConfig(api_key=KEY)
    assert KEY not in repr(config)
    assert KEY not in str(config)
    assert config.api_key.get_secret_value() == KEY


@pytest.mark.parametrize(
    "url",
    [
        "http://api.qminder.com",
        "http://example.org:8080",
        "http://10.0.0.1",
        "http://localhost.example.com",
        "http://128.0.0.1",
    ],
)
def test_plain_http_is_refused_for_non_loopback_hosts(url: str) -> None:
    with pytest.raises(ValueError, match="must use https://"):
        ApiConfig(api_key=KEY, base_url=url)


@pytest.mark.parametrize(
    "url",
    [
        "http://127.0.0.1:8080",
        "http://127.3.4.5",
        "http://[::1]:9000",
        "http://localhost:9000",
        "https://api.qminder.com",
        "https://eu.example.com/qminder",
    ],
)
def test_https_or_loopback_is_accepted(url: str) -> None:
    assert ApiConfig(api_key=KEY, base_url=url + "/").base_url == url


@pytest.mark.parametrize(
    "url",
    ["ftp://api.qminder.com", "api.qminder.com", "https://", "https://u:p@api.qminder.com"],
)
def test_malformed_base_urls_are_refused(url: str) -> None:
    with pytest.raises(ValueError, match="base_url"):
        ApiConfig(api_key=KEY, base_url=url)


@pytest.mark.parametrize("key", ["", "has space", "line\nbreak", "naïve"])
def test_unusable_keys_are_refused_without_echoing_them(key: str) -> None:
    with pytest.raises(ValueError, match="api_key") as caught:
        ApiConfig(api_key=key)
    if key:
        assert key not in str(caught.value)


def test_timeouts_must_be_positive() -> None:
    with pytest.raises(ValueError, match="deadline"):
        ApiConfig(api_key=KEY, deadline=0)


def test_config_is_frozen() -> None:
    config = ApiConfig(api_key=KEY)
    with pytest.raises(ValueError, match="frozen"):
        config.base_url = "https://evil.example"  # type: ignore[misc]


@pytest.mark.parametrize(
    ("host", "loopback"),
    [
        ("localhost", True),
        ("LOCALHOST", True),
        ("127.0.0.1", True),
        ("127.255.255.254", True),
        ("::1", True),
        ("[::1]", True),
        ("0.0.0.0", False),
        ("192.168.1.1", False),
        ("localhost.evil.com", False),
        ("api.qminder.com", False),
    ],
)
def test_loopback_hosts(host: str, loopback: bool) -> None:
    assert is_loopback_host(host) is loopback
