"""A push heartbeat for monitors such as Healthchecks or Uptime Kuma.

While the kiosk is healthy it sends a GET to ``heartbeat_url`` every ``heartbeat_seconds``;
when it is not, it stops (the monitor raises the alarm when pings stop) and sends one GET to
``heartbeat_fail_url``, if set, per change to unhealthy. Pings carry nothing but the URL
configured. Its own small HTTP client: no proxies from the environment, no redirects, a short
timeout; the URLs were checked by the settings (https, or http on loopback). Failures are
logged once per change (failing / working again), not per attempt. No Qt here: it runs as an
asyncio task (on the GUI's qasync loop, never blocking it).
"""

from __future__ import annotations

import asyncio
import contextlib
import logging

import httpx

log = logging.getLogger("kiosk.heartbeat")

TIMEOUT_S = 10.0


class Heartbeat:
    """Run `run()` as one task; tell it `set_healthy` whenever health may have changed."""

    def __init__(
        self,
        url: str | None,
        interval_s: float,
        *,
        fail_url: str | None = None,
        client: httpx.AsyncClient | None = None,
    ) -> None:
        self._url = url
        self._fail_url = fail_url
        self._interval = interval_s
        self._client = client
        self._own_client = client is None
        self._healthy = False
        self._fail_due = False
        self._wake = asyncio.Event()
        self._failing = False
        self.pings = 0
        self.fail_pings = 0

    @property
    def healthy(self) -> bool:
        return self._healthy

    def set_healthy(self, healthy: bool) -> None:
        """Start pinging at once (healthy), or stop and send the fail ping (unhealthy)."""
        if healthy == self._healthy:
            return
        self._healthy = healthy
        log.info("heartbeat: %s", "healthy, pinging" if healthy else "unhealthy, not pinging")
        if not healthy and self._fail_url:
            self._fail_due = True
        self._wake.set()

    async def run(self) -> None:
        """Ping until cancelled."""
        if self._client is None:
            self._client = httpx.AsyncClient(
                trust_env=False, follow_redirects=False, timeout=TIMEOUT_S
            )
        try:
            while True:
                self._wake.clear()
                if self._fail_due and self._fail_url:
                    self._fail_due = False
                    if await self._get(self._fail_url):
                        self.fail_pings += 1
                if self._healthy and self._url and await self._get(self._url):
                    self.pings += 1
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(self._wake.wait(), self._interval)
        finally:
            if self._own_client and self._client is not None:
                await self._client.aclose()
                self._client = None

    async def _get(self, url: str) -> bool:
        assert self._client is not None
        try:
            response = await self._client.get(url)
            ok = response.is_success
            problem = f"HTTP {response.status_code}"
        except httpx.HTTPError as exc:
            ok, problem = False, type(exc).__name__
        if ok and self._failing:
            log.info("heartbeat: the monitor answers again")
        elif not ok and not self._failing:
            log.warning("heartbeat: the monitor did not take the ping (%s)", problem)
        self._failing = not ok
        return ok
