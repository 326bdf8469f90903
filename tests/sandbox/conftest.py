"""An httpx client bound to the sandbox, carrying the API key."""

from __future__ import annotations

from collections.abc import Iterator

import httpx
import pytest

from kiosk.sandbox import SandboxServer


@pytest.fixture
def client(sandbox: SandboxServer) -> Iterator[httpx.Client]:
    with httpx.Client(
        base_url=sandbox.url,
        headers={"X-Qminder-REST-API-Key": sandbox.api_key},
        timeout=5.0,
        trust_env=False,
    ) as http:
        yield http


@pytest.fixture
def anonymous(sandbox: SandboxServer) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=sandbox.url, timeout=5.0, trust_env=False) as http:
        yield http
