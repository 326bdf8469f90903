"""Each sandbox fault mode: after recovery the sandbox holds exactly one ticket per check-in."""

from __future__ import annotations

import asyncio
import random
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from kiosk.delivery import Cipher, Delivered, Outbox, Outcome, Row, Sender, State
from kiosk.sandbox import SandboxServer
from tests.faults.campaign import (
    FAST_SENDER,
    LATENCY,
    client_for,
    make_request,
    name_for,
    phone_for,
)

COUNT = 3
RELAXED = {"read_timeout": 3.0, "deadline": 3.0}
"""Timeouts no busy test machine reaches: only the latency mode wants requests to time out."""


def _posts(server: SandboxServer) -> list[int | None]:
    return [r.status for r in server.requests if (r.method, r.path) == ("POST", "/tickets")]


def _searches(server: SandboxServer) -> int:
    return sum(1 for r in server.requests if r.path == "/v1/tickets/search")


def _no_lookups(server: SandboxServer) -> None:
    """503: refused before processing, so sent again without looking anything up."""
    assert sorted(_posts(server), key=str) == [201] * COUNT + [503] * 4
    assert _searches(server) == 0


def _retry_after_honoured(server: SandboxServer) -> None:
    posts = [r for r in server.requests if (r.method, r.path) == ("POST", "/tickets")]
    limited = [r for r in posts if r.status == 429]
    assert len(limited) == 2
    for answer in limited:
        later = [r for r in posts if r.received > answer.received]
        assert (later[0].received - answer.received).total_seconds() >= 0.95


def _found_not_resent(server: SandboxServer) -> None:
    """The ticket exists although the answer was lost: found by a lookup, never sent twice."""
    assert len(_posts(server)) == COUNT
    assert _searches(server) >= COUNT


def _resent_after_two_lookups(server: SandboxServer) -> None:
    """Dropped before processing (the first lookups may be dropped too): every dropped POST is
    sent again only after two lookups that Qminder answered without the ticket."""
    posts = _posts(server)
    assert posts.count(201) == COUNT
    dropped = posts.count(None)
    assert dropped >= 1
    answered = [r for r in server.requests if r.path == "/v1/tickets/search" and r.status == 200]
    assert len(answered) >= 2 * dropped


@dataclass
class Mode:
    """A fault to play while `COUNT` check-ins are submitted, and how the server recovers."""

    name: str
    start: Callable[[SandboxServer], None]
    recover_after: float | None = None
    recover: Callable[[SandboxServer], None] = field(default=lambda server: server.set_faults())
    check: Callable[[SandboxServer], None] = field(default=lambda server: None)
    timeouts: dict[str, float] = field(default_factory=lambda: dict(RELAXED))


MODES = [
    Mode(
        "latency beyond the timeout",
        lambda s: s.set_faults(latency=LATENCY),
        recover_after=1.0,
        timeouts={},
    ),
    Mode("503 burst", lambda s: s.set_faults(fail_503=4), check=_no_lookups),
    Mode(
        "429 with Retry-After",
        lambda s: s.set_faults(rate_limit=2, retry_after=1),
        check=_retry_after_honoured,
    ),
    Mode(
        "500 after create",
        lambda s: s.set_faults(error_500_after_create=COUNT),
        check=_found_not_resent,
    ),
    Mode(
        "dropped before processing",
        lambda s: s.set_faults(drop_before=COUNT),
        check=_resent_after_two_lookups,
    ),
    Mode(
        "dropped after processing",
        lambda s: s.set_faults(drop_after=COUNT),
        check=_found_not_resent,
    ),
    Mode(
        "malformed JSON",
        lambda s: s.set_faults(malformed_json=COUNT, only="POST /tickets"),
        check=_found_not_resent,
    ),
    Mode(
        "answers too big to read",
        lambda s: s.set_faults(oversized=COUNT - 1, oversized_stream=1, only="POST /tickets"),
        check=_found_not_resent,
    ),
    Mode(
        "server down, then back",
        lambda s: s.set_down(True),
        recover_after=0.8,
        recover=lambda s: s.set_down(False),
    ),
]


@dataclass
class Run:
    outcomes: dict[str, Outcome]
    rows: dict[str, Row]
    names: dict[str, str]
    offline_seen: bool
    leaks: list[str]


def _leaks(path: Path, values: list[str]) -> list[str]:
    found = []
    for file in (path, path.with_name(path.name + "-wal")):
        if file.exists():
            data = file.read_bytes()
            found += [f"{file.name}: {v}" for v in values if v.encode() in data]
    return found


def _deliver_under(mode: Mode, server: SandboxServer, path: Path) -> Run:
    async def main() -> Run:
        outbox = Outbox.open(path, Cipher([Cipher.generate_key()]))
        try:
            async with client_for(server, **mode.timeouts) as client:
                sender = Sender(outbox, client, FAST_SENDER, rng=random.Random(1))
                task = asyncio.ensure_future(sender.run())
                await asyncio.to_thread(mode.start, server)
                names: dict[str, str] = {}
                rng = random.Random(5)
                for index in range(COUNT):
                    names[await sender.submit(make_request(index, rng))] = name_for(index)
                secrets = [*names.values(), *(phone_for(i)[1:] for i in range(COUNT))]
                leaks = _leaks(path, secrets)  # rows are on disk, undelivered
                waits = {
                    row_id: asyncio.ensure_future(sender.wait_for(row_id, timeout=10))
                    for row_id in names
                }
                offline_seen = False
                if mode.recover_after is not None:
                    await asyncio.sleep(mode.recover_after)
                    offline_seen = not sender.status().online
                    await asyncio.to_thread(mode.recover, server)
                outcomes = {row_id: await wait for row_id, wait in waits.items()}
                await asyncio.sleep(LATENCY + 0.3)  # anything still held server-side lands
                status = sender.status()
                await sender.aclose()
                await task
            assert status.waiting == 0, status
            rows = {row_id: outbox.get(row_id) for row_id in names}
            return Run(outcomes, rows, names, offline_seen, leaks)
        finally:
            outbox.close()

    return asyncio.run(main())


@pytest.mark.parametrize("mode", MODES, ids=lambda m: m.name)
def test_one_ticket_per_check_in_after_recovery(
    mode: Mode, sandbox: SandboxServer, tmp_path: Path
) -> None:
    path = tmp_path / "outbox.sqlite3"
    result = _deliver_under(mode, sandbox, path)

    tickets = sandbox.tickets
    assert sorted(t.body["firstName"] for t in tickets) == sorted(result.names.values())
    for row_id, name in result.names.items():
        (ticket,) = [t for t in tickets if t.body["firstName"] == name]
        row = result.rows[row_id]
        assert (row.state, row.ticket_id, row.public_id) == (
            State.DELIVERED,
            ticket.id,
            ticket.public_id,
        )
        assert not row.has_personal_data
        assert result.outcomes[row_id] == Delivered(ticket.id, ticket.public_id)
    assert result.leaks == []
    assert _leaks(path, list(result.names.values())) == []
    if mode.recover_after is not None:
        assert result.offline_seen
    mode.check(sandbox)
