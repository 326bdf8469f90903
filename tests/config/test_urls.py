"""The URLs the kiosk calls follow one rule, and a mistake in any of them reads the same."""

from __future__ import annotations

import re

import pytest
from pydantic import ValidationError

from kiosk.api.urls import check_base_url
from kiosk.config import KioskSettings

MISTAKES = {
    "https://api.example.com:99999": "must be a valid URL",
    "ftp://api.example.com": "must be an absolute http(s) URL with a host",
    "https://": "must be an absolute http(s) URL with a host",
    "https://user:secret@api.example.com": "must not carry a user name or password",
    "http://api.example.com": "must use https://",
}


def _heartbeat_problem(url: str) -> str:
    with pytest.raises(ValidationError) as caught:
        KioskSettings(heartbeat_url=url)
    return str(caught.value.errors()[0]["msg"])


@pytest.mark.parametrize(("url", "problem"), MISTAKES.items())
def test_the_base_url_and_a_heartbeat_url_name_the_same_mistake_alike(
    url: str, problem: str
) -> None:
    with pytest.raises(ValueError, match=f"^base_url {re.escape(problem)}"):
        check_base_url(url)
    assert problem in _heartbeat_problem(url)


def test_only_a_heartbeat_url_may_carry_its_token_in_the_query() -> None:
    url = "https://hc.example.com/ping?token=abc"
    assert KioskSettings(heartbeat_url=url).heartbeat_url == url
    with pytest.raises(ValueError, match="base_url must not carry a query or a fragment"):
        check_base_url(url)
