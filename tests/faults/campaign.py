"""A seeded randomised campaign: many check-ins through the real delivery code and the real
client, against the sandbox over loopback, while faults are switched on and off at random.

Used by `tests/faults/test_campaign.py` (a few hundred check-ins) and by
`bench/delivery_campaign.py` (ten thousand). Every check-in carries a unique first name, so the
sandbox's tickets can be counted per check-in afterwards. A share of them (`appointments`) are
visitors with an appointment: the sandbox books it just before the visitor checks in, and it
must end checked in once, with no walk-in ticket beside it.
"""

from __future__ import annotations

import asyncio
import contextlib
import datetime as dt
import random
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from kiosk.api import ApiConfig, QminderClient
from kiosk.delivery import (
    Backoff,
    Delivered,
    DeliveryPolicy,
    LookupPolicy,
    Outbox,
    Outcome,
    Pending,
    Sender,
    State,
    StoreUnavailable,
)
from kiosk.delivery.appointment_checkin import ROW_KIND, AppointmentCheckIn
from kiosk.domain.ticket import FieldAnswer, TicketRequest
from kiosk.sandbox import DEMO_API_KEY, SandboxServer
from kiosk.sandbox.seed import FIELD_CONTACT, LINE_GENERAL, LINE_PERMITS, OPTION_SMS
from tests.faults.incidents import INCIDENTS, Host, play_incidents

FAST_API: dict[str, Any] = {
    "connect_timeout": 0.5,
    "read_timeout": 0.25,
    "write_timeout": 0.5,
    "pool_timeout": 0.5,
    "deadline": 0.3,
}
"""Client timeouts for tests: a latency fault of `LATENCY` seconds is beyond them."""

LATENCY = 0.45
"""Seconds of the latency fault: past the deadline, well within the lookup delay."""

FAST_SENDER = DeliveryPolicy(
    rate=None,
    backoff=Backoff(base=0.02, cap=0.2, slow_after=5, slow_interval=0.2),
    lookup=LookupPolicy(delay=1.0, interval=0.25, confirmations=2, page_size=1000),
    sweep_interval=dt.timedelta(seconds=0.5),
)
"""Sender settings for tests: small backoff, no rate limit, lookups after the latency fault."""

LINES = (LINE_GENERAL, LINE_PERMITS)
FAULTS = (
    "latency",
    "fail_503",
    "rate_limit",
    "error_500_after_create",
    "drop_before",
    "drop_after",
    "malformed_json",
    "oversized",
    "oversized_stream",
    "down",
)


def name_for(index: int) -> str:
    """A unique first name per check-in: letters only, like a real one."""
    letters = ""
    n = index
    for _ in range(5):
        n, digit = divmod(n, 26)
        letters = chr(ord("a") + digit) + letters
    return f"Cv{letters}"


def phone_for(index: int) -> str:
    return f"+3725{index:07d}"


def make_request(index: int, rng: random.Random) -> TicketRequest:
    return TicketRequest(
        line_id=rng.choice(LINES),
        first_name=name_for(index),
        last_name="Tester" if rng.random() < 0.5 else None,
        phone_number=phone_for(index),
        language_code="en",
        fields=(FieldAnswer(input_field_id=FIELD_CONTACT, option_ids=(OPTION_SMS,)),),
    )


def client_for_url(url: str, **overrides: Any) -> QminderClient:
    """A client for the sandbox at `url` with the test timeouts."""
    return QminderClient(ApiConfig(base_url=url, api_key=DEMO_API_KEY, **{**FAST_API, **overrides}))


def client_for(server: SandboxServer, **overrides: Any) -> QminderClient:
    return client_for_url(server.url, **overrides)


@dataclass
class CampaignResult:
    """What became of every check-in, judged against the sandbox's tickets."""

    count: int
    seed: int
    delivered: int = 0
    lost: int = 0
    duplicated: int = 0
    expired: int = 0
    rejected: int = 0
    misreported: int = 0
    stray_tickets: int = 0
    refused: int = 0
    key_changes: int = 0
    locked_out: int = 0
    told_delivered: int = 0
    told_pending: int = 0
    appointments: int = 0
    faults: Counter[str] = field(default_factory=Counter)
    elapsed: float = 0.0
    problems: list[str] = field(default_factory=list)

    def summary(self) -> str:
        played = ", ".join(f"{name} {n}" for name, n in sorted(self.faults.items()))
        return (
            f"check-ins {self.count} (seed {self.seed}, {self.appointments} for an appointment): "
            f"delivered {self.delivered}, "
            f"lost {self.lost}, duplicated {self.duplicated}, expired {self.expired}, "
            f"rejected {self.rejected}, misreported {self.misreported}, "
            f"stray tickets {self.stray_tickets}; visitors told: number "
            f"{self.told_delivered}, pending {self.told_pending}, front desk {self.refused}; "
            f"restarts {self.key_changes} ({self.locked_out} with check-ins waiting for their "
            "key); "
            f"faults played: {played or 'none'}; time {self.elapsed:.1f} s"
        )


async def _chaos(
    server: SandboxServer, rng: random.Random, done: asyncio.Event, played: Counter[str], gap: float
) -> None:
    """Switch a fault on every `gap`-ish seconds until `done`: every kind in each round of
    eight, in a shuffled order."""

    async def call(function: Callable[..., Any], *args: Any, **kwargs: Any) -> None:
        await asyncio.to_thread(function, *args, **kwargs)

    async def pause(low: float, high: float) -> None:
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(done.wait(), rng.uniform(low, high))

    order: list[str] = []
    while not done.is_set():
        await pause(gap * 0.5, gap * 1.5)
        if done.is_set():
            break
        if not order:
            order = list(FAULTS)
            rng.shuffle(order)
        fault = order.pop()
        played[fault] += 1
        if fault == "down":
            await call(server.set_down, True)
            await pause(0.1, 0.5)
            await call(server.set_down, False)
        elif fault == "latency":
            await call(server.set_faults, latency=LATENCY)
            await pause(0.2, 0.5)
            await call(server.set_faults)
        elif fault == "rate_limit":
            await call(server.set_faults, rate_limit=rng.randint(1, 3), retry_after=0)
        elif fault == "malformed_json":
            only = rng.choice(["POST /tickets", None])
            await call(server.set_faults, malformed_json=rng.randint(1, 3), only=only)
        else:
            await call(server.set_faults, **{fault: rng.randint(1, 4)})


async def run_campaign(
    server: SandboxServer,
    outbox_path: Path,
    *,
    count: int,
    seed: int,
    pace: float = 0.02,
    chaos_gap: float = 0.4,
    visitor_wait: float = 2.0,
    drain_limit: float = 120.0,
    progress: Callable[[str], None] | None = None,
    sender_settings: dict[str, Any] | None = None,
    incident_gap: float | None = None,
    incident_spell: float = 0.3,
    appointments: float = 0.0,
) -> CampaignResult:
    """Submit `count` check-ins at random intervals (mean `pace` s) under random faults.

    With `incident_gap`, the kiosk's own incidents (`tests.faults.incidents`: its outbox key
    changes, its disk fills) are played too, about that many seconds apart. A check-in the
    kiosk refuses meanwhile is not stored, and its visitor is sent to the desk.

    Faults stop once every check-in is submitted; the sender then drains the outbox and the
    result compares every row (and what its visitor was told) with the sandbox's tickets.
    """
    rng = random.Random(seed)
    result = CampaignResult(count=count, seed=seed)
    started = time.perf_counter()
    names: dict[str, str] = {}
    refused: list[str] = []
    told: dict[str, Outcome] = {}
    async with client_for(server) as client:
        settings = {"policy": FAST_SENDER, **(sender_settings or {})}
        host = Host(outbox_path, client, settings, seed + 1)
        await host.start()
        try:
            done = asyncio.Event()
            chaos = asyncio.ensure_future(_chaos(server, rng, done, result.faults, chaos_gap))
            incidents = asyncio.ensure_future(
                play_incidents(
                    host,
                    server,
                    random.Random(seed + 2),
                    done,
                    result.faults,
                    incident_gap,
                    incident_spell,
                )
                if incident_gap
                else asyncio.sleep(0)
            )
            waiters: list[asyncio.Task[None]] = []

            async def visitor(sender: Sender, row_id: str) -> None:
                try:
                    told[row_id] = await sender.wait_for(row_id, timeout=visitor_wait)
                except RuntimeError:  # the kiosk restarted under the visitor's eyes
                    told[row_id] = Pending()

            index = -1
            while index + 1 < count or (incident_gap and not set(INCIDENTS) <= set(result.faults)):
                index += 1  # (more check-ins while incidents are still being played)
                async with host.lock:
                    sender = host.sender
                    assert sender is not None
                    try:
                        if rng.random() < appointments:
                            checkin = await _book(server, index, rng)
                            row_id = await sender.submit_appointment(checkin)
                        else:
                            row_id = await sender.submit(make_request(index, rng))
                    except StoreUnavailable:
                        refused.append(name_for(index))
                        row_id = None
                if row_id is not None:
                    names[row_id] = name_for(index)
                    waiters.append(asyncio.ensure_future(visitor(sender, row_id)))
                if pace:
                    await asyncio.sleep(rng.expovariate(1.0 / pace))
                if progress and index and index % 1000 == 0:
                    progress(f"submitted {index}: {sender.status()}")
            result.count = index + 1
            done.set()
            await chaos
            await incidents
            await asyncio.to_thread(server.set_down, False)
            await asyncio.to_thread(server.set_faults)
            await asyncio.gather(*waiters)
            assert host.sender is not None
            await _drain(host.sender, drain_limit, progress)
            await asyncio.sleep(LATENCY + 0.3)  # requests still held by the latency fault land
            await host.sender.aclose()
            assert host.outbox is not None
            _judge(result, host.outbox, server, names, told)
            result.refused = len(refused)
            result.key_changes = host.restarts
            result.locked_out = host.locked_out_spells
            result.stray_tickets += sum(  # (a refused appointment stays booked, unchecked)
                1
                for t in server.tickets
                if str(t.body["firstName"]) in set(refused) and t.status != "SCHEDULED"
            )
        finally:
            await host.stop()
    result.elapsed = time.perf_counter() - started
    return result


async def _book(server: SandboxServer, index: int, rng: random.Random) -> AppointmentCheckIn:
    """Book an appointment for visitor `index` and return its check-in."""
    line_id = rng.choice(LINES)
    ticket = await asyncio.to_thread(server.book_appointment, line_id, name_for(index))
    return AppointmentCheckIn(ticket_id=ticket.id, line_id=line_id, visitor=f"{name_for(index)} T.")


async def _drain(sender: Sender, limit: float, progress: Callable[[str], None] | None) -> None:
    loop = asyncio.get_running_loop()
    end = loop.time() + limit
    last_report = loop.time()
    while sender.status().waiting:
        if loop.time() > end:
            raise AssertionError(f"the outbox did not drain: {sender.status()}")
        if progress and loop.time() - last_report > 5:
            progress(f"draining: {sender.status()}")
            last_report = loop.time()
        await asyncio.sleep(0.05)


def _judge(
    result: CampaignResult,
    outbox: Outbox,
    server: SandboxServer,
    names: dict[str, str],
    told: dict[str, Outcome],
) -> None:
    tickets = server.tickets
    by_name: dict[str, list[Any]] = {}
    for ticket in tickets:
        by_name.setdefault(str(ticket.body["firstName"]), []).append(ticket)
    ours = set(names.values())
    result.stray_tickets = sum(  # (an appointment booked for a refused visitor stays unchecked)
        1 for t in tickets if str(t.body["firstName"]) not in ours and t.status != "SCHEDULED"
    )
    for row_id, name in names.items():
        row = outbox.get(row_id)
        appointment = row.kind == ROW_KIND
        result.appointments += appointment
        booked = by_name.get(name, [])
        found = [t for t in booked if t.status != "SCHEDULED"] if appointment else booked
        if len(booked) > 1:
            result.duplicated += 1
            result.problems.append(f"{row_id}: {len(booked)} tickets")
        if row.state is State.DELIVERED:
            result.delivered += 1
            if not found:
                result.lost += 1
                result.problems.append(f"{row_id}: delivered but no ticket")
            elif row.ticket_id not in {t.id for t in found}:
                result.misreported += 1
                result.problems.append(f"{row_id}: delivered as another ticket")
        elif row.state in (State.EXPIRED, State.REJECTED, State.WITHDRAWN):
            result.expired += row.state is State.EXPIRED
            result.rejected += row.state is State.REJECTED
            if found:
                result.misreported += 1
                result.problems.append(f"{row_id}: {row.state.value} but on Qminder")
        else:
            result.lost += 1
            result.problems.append(f"{row_id}: left {row.state.value}")
        outcome = told.get(row_id)
        if isinstance(outcome, Delivered):
            result.told_delivered += 1
            match = [t for t in found if t.id == outcome.ticket_id]
            number = outcome.public_id  # an appointment's is read back: may be unknown
            if not match or (match[0].public_id != number and not (appointment and number is None)):
                result.misreported += 1
                result.problems.append(f"{row_id}: visitor shown a ticket that is not theirs")
        elif isinstance(outcome, Pending):
            result.told_pending += 1
