"""Incidents on the kiosk's own side for the campaign: its outbox key changes and its disk fills.

`Host` plays the kiosk process: it owns the key sources (an environment, a keyring that can be
locked, a key file), the outbox and the sender, and can restart them as a supervisor would.
`play_incidents` runs, one after another in a shuffled order, the episodes the issue names:

* ``env_swapped``: check-ins wait under the ``KIOSK_OUTBOX_KEY`` key, the kiosk restarts with
  another key in the variable, then with the right one again;
* ``keyring_locked``: check-ins wait under the keyring's key, the keyring locks and the kiosk
  restarts; the keyring is unlocked while it runs;
* ``key_file_removed``: check-ins wait under the key file's key, the file is removed and the
  kiosk restarts; the file is put back while it runs;
* ``disk_full``: the store gets no page more (``PRAGMA max_page_count``, a real SQLITE_FULL)
  for a spell, then space comes back.

Each key episode holds Qminder down while check-ins are taken, so some wait when the key goes.
"""

from __future__ import annotations

import asyncio
import contextlib
import random
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

from kiosk.api import QminderClient
from kiosk.delivery import Cipher, KeySources, Outbox, Sender
from kiosk.delivery.crypto import KEY_ENV
from kiosk.sandbox import SandboxServer
from tests.delivery.helpers import make_sender
from tests.delivery.keyrings import SwitchKeyring

KEY_INCIDENTS = ("env_swapped", "keyring_locked", "key_file_removed")
INCIDENTS = (*KEY_INCIDENTS, "disk_full")


class Host:
    """The kiosk process: key sources, outbox and sender, restarted on demand.

    `lock` serialises check-ins with restarts, as one process never takes a check-in while
    it is starting.
    """

    def __init__(
        self, path: Path, client: QminderClient, settings: dict[str, Any], seed: int
    ) -> None:
        self.path = path
        self.client = client
        self.settings = settings
        self.seed = seed
        self.environ: dict[str, str] = {}
        self.ring = SwitchKeyring()
        self.key_file = path.with_name("outbox.key")
        self.lock = asyncio.Lock()
        self.outbox: Outbox | None = None
        self.sender: Sender | None = None
        self.task: asyncio.Task[None] | None = None
        self.restarts = 0
        self.locked_out_spells = 0

    def sources(self) -> KeySources:
        return KeySources(self.key_file, environ=dict(self.environ), backend=self.ring)

    async def start(self) -> Sender:
        self.outbox = await asyncio.to_thread(Outbox.open, self.path, self.sources())
        rng = random.Random(self.seed + self.restarts)
        self.sender = make_sender(self.outbox, self.client, rng=rng, **self.settings)
        self.task = asyncio.ensure_future(self.sender.run())
        return self.sender

    async def stop(self) -> None:
        if self.sender is not None and self.task is not None:
            await self.sender.aclose()
            await self.task
        if self.outbox is not None:
            await asyncio.to_thread(self.outbox.close)

    async def restart(self, *, locked: bool = False) -> None:
        """Stop and start again; `locked`: the caller holds `lock` already."""
        async with contextlib.AsyncExitStack() as stack:
            if not locked:
                await stack.enter_async_context(self.lock)
            await self.stop()
            self.restarts += 1
            await self.start()
        assert self.outbox is not None
        if self.outbox.unreadable_count():
            self.locked_out_spells += 1

    def waiting(self) -> int:
        return self.sender.status().waiting if self.sender is not None else 0


async def _pause(done: asyncio.Event, rng: random.Random, low: float, high: float) -> None:
    with contextlib.suppress(TimeoutError):
        await asyncio.wait_for(done.wait(), rng.uniform(low, high))


async def _until(check: Callable[[], bool], limit: float) -> None:
    for _ in range(int(limit / 0.05)):
        if check():
            return
        await asyncio.sleep(0.05)


async def _key_episode(
    kind: str, host: Host, server: SandboxServer, rng: random.Random, spell: float
) -> bool:
    """One episode; False (and nothing changed) if the outbox did not empty beforehand."""
    # Prepare: nothing waiting (new check-ins wait meanwhile, as at a busy kiosk), then make
    # the source of this episode the one that encrypts.
    async with host.lock:
        await _until(lambda: host.waiting() == 0, 30.0)
        if host.waiting():
            return False
        good = Cipher.generate_key()
        if kind == "env_swapped":
            host.environ[KEY_ENV] = good
        else:
            host.environ.pop(KEY_ENV, None)
            host.ring.locked = kind == "key_file_removed"
            if kind == "key_file_removed" and not host.key_file.exists():
                host.key_file.write_text(good + "\n")
        await host.restart(locked=True)
    # Check-ins arrive while Qminder is down: they wait, encrypted with that source's key.
    await asyncio.to_thread(server.set_down, True)
    await _until(lambda: host.waiting() > 0, 5.0)
    # The key goes away and the kiosk restarts.
    saved = host.key_file.read_bytes() if host.key_file.exists() else None
    if kind == "env_swapped":
        host.environ[KEY_ENV] = Cipher.generate_key()
    elif kind == "keyring_locked":
        host.ring.locked = True
    else:
        host.key_file.unlink(missing_ok=True)
    await host.restart()
    await asyncio.to_thread(server.set_down, False)
    await asyncio.sleep(spell)  # visitors are refused meanwhile; nothing waiting is sent
    # The right key comes back: by a restart (environment) or while the kiosk runs.
    if kind == "env_swapped":
        host.environ[KEY_ENV] = good
        await host.restart()
    elif kind == "keyring_locked":
        host.ring.locked = False
    elif saved is not None:
        host.key_file.write_bytes(saved)
    return True


async def _disk_episode(host: Host, spell: float) -> None:
    outbox = host.outbox
    assert outbox is not None

    def limit(pages: int | None) -> None:
        conn = outbox._conn
        if conn is None:
            return
        with outbox._lock:
            if pages is None:
                conn.execute("PRAGMA max_page_count = 1073741823")
            else:
                (count,) = conn.execute("PRAGMA page_count").fetchone()
                conn.execute(f"PRAGMA max_page_count = {count}")

    await asyncio.to_thread(limit, 0)
    await asyncio.sleep(spell)
    await asyncio.to_thread(limit, None)


async def play_incidents(
    host: Host,
    server: SandboxServer,
    rng: random.Random,
    done: asyncio.Event,
    played: Counter[str],
    gap: float,
    spell: float,
) -> None:
    """Play every incident in each round, in a shuffled order, until `done` (but at least one
    round); each episode is finished (its key or space given back) before this returns."""
    order: list[str] = []
    while not done.is_set() or not set(INCIDENTS) <= set(played):
        await _pause(done, rng, gap * 0.5, gap * 1.5)
        if not order:
            order = list(INCIDENTS)
            rng.shuffle(order)
        kind = order[-1]
        if kind == "disk_full":
            await _disk_episode(host, spell)
        elif not await _key_episode(kind, host, server, rng, spell):
            continue  # the outbox did not drain first (Qminder too slow): try again later
        order.pop()
        played[kind] += 1
