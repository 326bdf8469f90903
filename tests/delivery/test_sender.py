"""The sender against an in-memory Qminder: every failure class, lookups, withdrawal, restart."""

from __future__ import annotations

import asyncio
import datetime as dt
import random
from pathlib import Path

import pytest

from kiosk.api.errors import (
    AuthError,
    Conflict,
    NotFound,
    RateLimited,
    ServerError,
    TransportError,
    ValidationFailed,
)
from kiosk.delivery import (
    Backoff,
    Cipher,
    Delivered,
    Expired,
    LookupPolicy,
    Outbox,
    Pending,
    Rejected,
    Sender,
    State,
    Unavailable,
    Withdrawn,
)
from kiosk.domain.ticket import TicketRequest
from tests.delivery.fakes import FakeQminder, Step, request
from tests.delivery.helpers import FAST, eventually, finish, settle, start

EPOCH = dt.datetime(2026, 1, 1, tzinfo=dt.UTC)
REFUSED = TransportError("connect refused", may_have_reached_server=False)
TIMED_OUT = TransportError("read timeout", may_have_reached_server=True)


class Longest(random.Random):
    """A jitter source that always picks the longest wait."""

    def uniform(self, a: float, b: float) -> float:
        return b


def run(main: object) -> None:
    asyncio.run(main)  # type: ignore[arg-type]


def methods(api: FakeQminder) -> list[str]:
    return [call.method for call in api.calls]


# -- the happy path ----------------------------------------------------------------------------


def test_a_check_in_is_delivered_and_its_personal_data_erased(
    outbox: Outbox, api: FakeQminder
) -> None:
    async def main() -> None:
        sender, task = start(outbox, api)
        row_id = await sender.submit(request())
        outcome = await sender.wait_for(row_id, timeout=2)
        assert outcome == Delivered(ticket_id="1001", public_id="A-1")
        row = outbox.get(row_id)
        assert (row.state, row.ticket_id, row.public_id) == (State.DELIVERED, "1001", "A-1")
        assert not row.has_personal_data
        assert await sender.wait_for(row_id) == outcome  # settled rows answer at once
        status = sender.status()
        assert (status.delivered, status.waiting, status.online) == (1, 0, True)
        await finish(sender, task)

    run(main())
    assert methods(api) == ["create"]


def test_the_row_is_committed_before_the_request_goes_out(outbox: Outbox) -> None:
    seen: list[State] = []

    class Watching(FakeQminder):
        async def create_ticket(self, req: TicketRequest):  # type: ignore[no-untyped-def]
            seen.append(outbox.rows([State.SENDING])[0].state)
            return await super().create_ticket(req)

    async def main() -> None:
        sender, task = start(outbox, Watching())
        await sender.wait_for(await sender.submit(request()), timeout=2)
        await finish(sender, task)

    run(main())
    assert seen == [State.SENDING]


def _breaking(**changes: object) -> TicketRequest:
    """A request that breaks Qminder's rules, as an older version with other rules stored it."""
    return TicketRequest.model_construct(**{**dict(request()), **changes})


def test_a_request_that_breaks_a_rule_is_never_sent(outbox: Outbox, api: FakeQminder) -> None:
    async def main() -> None:
        sender, task = start(outbox, api)
        row_id = await sender.submit(_breaking(first_name="A"))
        outcome = await sender.wait_for(row_id, timeout=2)
        assert isinstance(outcome, Rejected)  # the visitor is sent to the desk
        assert outcome.reason == "request no longer valid: firstName (string_too_short)"
        assert sender.status().rejected == 1
        await finish(sender, task)

    run(main())
    assert api.calls == []


def test_stored_rows_no_longer_valid_are_rejected_and_sending_goes_on(
    outbox: Outbox, api: FakeQminder
) -> None:
    now = dt.datetime.now(dt.UTC)
    queued = outbox.add(_breaking(phone_number="+372 555"), now)
    ambiguous = outbox.add(_breaking(first_name=" B "), now)
    outbox.claim(ambiguous.id, now)
    outbox.mark_ambiguous(ambiguous.id, now, now, "TransportError")
    good = outbox.add(request("Cleo"), now)

    async def main() -> None:
        sender, task = start(outbox, api)
        await settle(sender)
        await finish(sender, task)

    run(main())
    assert outbox.get(queued.id).state is State.REJECTED
    assert outbox.get(queued.id).error == (
        "request no longer valid: phoneNumber (string_pattern_mismatch)"
    )
    assert outbox.get(ambiguous.id).state is State.REJECTED
    assert outbox.get(ambiguous.id).error == (
        "request no longer valid: firstName (value_error); the ticket may exist"
    )
    assert outbox.get(good.id).state is State.DELIVERED
    assert [c.row_first_name for c in api.calls if c.method == "create"] == ["Cleo"]


def test_rows_go_oldest_first(outbox: Outbox, api: FakeQminder) -> None:
    names = ["Anna", "Bert", "Cleo", "Dave", "Emma"]

    async def main() -> None:
        idle = Sender(outbox, api, FAST)
        for name in names:
            await idle.submit(request(name))
        await idle.aclose()
        sender, task = start(outbox, api)
        await settle(sender)
        await finish(sender, task)

    run(main())
    assert [call.row_first_name for call in api.calls] == names


def test_unknown_row(outbox: Outbox, api: FakeQminder) -> None:
    async def main() -> None:
        sender, task = start(outbox, api)
        with pytest.raises(KeyError):
            await sender.wait_for("no-such-row")
        await finish(sender, task)

    run(main())


# -- retryable failures ------------------------------------------------------------------------


def test_retryable_failures_back_off_and_send_again(outbox: Outbox, api: FakeQminder) -> None:
    api.creates.extend([Step(REFUSED), Step(ServerError(503)), Step(ServerError(502))])

    async def main() -> None:
        sender, task = start(outbox, api)
        row_id = await sender.submit(request())
        assert isinstance(await sender.wait_for(row_id, timeout=3), Delivered)
        assert outbox.get(row_id).attempts == 4
        assert sender.status().last_error == "ServerError (HTTP 502)"
        await finish(sender, task)

    run(main())
    assert methods(api) == ["create"] * 4  # no lookup: none of these can have created a ticket
    assert len(api.tickets) == 1


def test_retry_after_pauses_every_request(outbox: Outbox, api: FakeQminder) -> None:
    api.creates.append(Step(RateLimited(retry_after=0.4)))

    async def main() -> None:
        sender, task = start(outbox, api)
        first = await sender.submit(request("Anna"))
        await eventually(lambda: api.count("create") == 1)
        second = await sender.submit(request("Bert"))
        for row_id in (first, second):
            assert isinstance(await sender.wait_for(row_id, timeout=3), Delivered)
        await finish(sender, task)

    run(main())
    limited, *later = api.calls
    assert len(later) == 2
    assert all(call.at - limited.at >= 0.39 for call in later)


def test_each_retry_is_scheduled_by_the_jittered_backoff(outbox: Outbox, api: FakeQminder) -> None:
    """The due time set after the n-th failure is the backoff's n-th draw, within its ceiling."""
    api.creates.extend(Step(REFUSED) for _ in range(4))
    backoff = Backoff(base=0.04, cap=0.1, slow_after=10)
    draws = random.Random(11)
    expected = [backoff.delay(n, draws) for n in range(1, 5)]
    scheduled: list[float] = []

    async def main() -> None:
        loop = asyncio.get_running_loop()

        def clock() -> dt.datetime:
            return EPOCH + dt.timedelta(seconds=loop.time())

        class Watching(FakeQminder):
            async def create_ticket(self, req: TicketRequest):  # type: ignore[no-untyped-def]
                row = outbox.rows([State.SENDING])[0]
                scheduled.append((row.next_attempt_at - EPOCH).total_seconds())
                return await api.create_ticket(req)

        sender, task = start(
            outbox, Watching(), backoff=backoff, clock=clock, rng=random.Random(11)
        )
        await sender.wait_for(await sender.submit(request()), timeout=3)
        await finish(sender, task)

    run(main())
    failed_at = [call.at for call in api.calls][:4]
    waits = [due - at for due, at in zip(scheduled[1:], failed_at, strict=True)]
    assert waits == pytest.approx(expected, abs=0.01)
    assert all(w <= backoff.ceiling(n) for n, w in enumerate(expected, 1))
    assert expected[-1] <= backoff.cap


# -- ambiguous failures ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "error",
    [ServerError(500), ServerError(504), TIMED_OUT],
    ids=["500", "504", "timeout"],
)
def test_a_created_ticket_is_found_and_not_sent_again(
    outbox: Outbox, api: FakeQminder, error: Exception
) -> None:
    api.creates.append(Step(error, created=True))  # type: ignore[arg-type]

    async def main() -> None:
        sender, task = start(outbox, api)
        row_id = await sender.submit(request())
        assert await sender.wait_for(row_id, timeout=2) == Delivered("1001", "A-1")
        assert outbox.get(row_id).lookups == 0  # found at the first lookup; not counted as a miss
        await finish(sender, task)

    run(main())
    assert methods(api) == ["create", "search"]
    assert len(api.tickets) == 1


def test_a_missing_ticket_is_sent_again_after_two_lookups(outbox: Outbox, api: FakeQminder) -> None:
    """Looked up at once (a miss that proves nothing yet), then twice for real, then resent."""
    api.creates.append(Step(TIMED_OUT))  # never reached the server
    lookup = LookupPolicy(delay=0.3, interval=0.05, early_interval=10)

    async def main() -> None:
        sender, task = start(outbox, api, lookup=lookup)
        row_id = await sender.submit(request())
        assert isinstance(await sender.wait_for(row_id, timeout=3), Delivered)
        await finish(sender, task)

    run(main())
    assert methods(api) == ["create", "search", "search", "search", "create"]
    assert len(api.tickets) == 1


def test_a_dropped_answer_is_looked_up_at_once(outbox: Outbox, api: FakeQminder) -> None:
    """Qminder created the ticket but the connection dropped: the visitor gets the number
    while still waiting, although the lookup policy would wait 30 s before a resend."""
    api.creates.append(Step(TIMED_OUT, created=True))
    lookup = LookupPolicy(delay=30, interval=30)

    async def main() -> None:
        sender, task = start(outbox, api, lookup=lookup)
        row_id = await sender.submit(request())
        assert await sender.wait_for(row_id, timeout=2) == Delivered("1001", "A-1")
        await finish(sender, task)

    run(main())
    assert methods(api) == ["create", "search"]


@pytest.mark.parametrize("status", [504, 500])
def test_a_5xx_after_create_is_looked_up_at_once(
    outbox: Outbox, api: FakeQminder, status: int
) -> None:
    api.creates.append(Step(ServerError(status), created=True))
    lookup = LookupPolicy(delay=30, interval=30)

    async def main() -> None:
        sender, task = start(outbox, api, lookup=lookup)
        row_id = await sender.submit(request())
        assert await sender.wait_for(row_id, timeout=2) == Delivered("1001", "A-1")
        await finish(sender, task)

    run(main())
    assert methods(api) == ["create", "search"]


def test_a_slow_server_is_not_taken_for_a_missing_ticket(outbox: Outbox, api: FakeQminder) -> None:
    """A request that timed out may still be processed: misses before `delay` prove nothing,
    so the row is looked up again (not resent), and the visitor still gets the number."""
    api.creates.append(Step(TIMED_OUT))
    lookup = LookupPolicy(delay=30, interval=30, early_interval=0.05)
    req = request()

    async def main() -> None:
        sender, task = start(outbox, api, lookup=lookup)
        row_id = await sender.submit(req)
        waiting = asyncio.ensure_future(sender.wait_for(row_id, timeout=3))
        await eventually(lambda: api.count("search") >= 3)  # three misses: not there yet
        row = outbox.get(row_id)
        assert (row.state, row.misses) == (State.AMBIGUOUS, 0)
        api.add(req)  # the server finishes after the client gave up
        assert await waiting == Delivered("1001", "A-1")
        await finish(sender, task)

    run(main())
    assert api.count("create") == 1
    assert len(api.tickets) == 1


def test_without_a_visitor_waiting_an_early_miss_waits_for_the_delay(
    outbox: Outbox, api: FakeQminder
) -> None:
    """Nobody at the kiosk waits: after one miss the next lookup waits for `delay`."""
    api.creates.append(Step(TIMED_OUT))
    lookup = LookupPolicy(delay=30, interval=30, early_interval=0.01)

    async def main() -> None:
        sender, task = start(outbox, api, lookup=lookup)
        row_id = await sender.submit(request())
        await eventually(lambda: api.count("search") == 1)
        await asyncio.sleep(0.3)
        row = outbox.get(row_id)
        assert (row.state, row.lookups, row.misses) == (State.AMBIGUOUS, 1, 0)
        assert row.attempt_started_at is not None
        later = row.next_attempt_at - row.attempt_started_at
        assert abs(later - dt.timedelta(seconds=30)) < dt.timedelta(milliseconds=1)
        await finish(sender, task)

    run(main())
    assert methods(api) == ["create", "search"]


def test_a_failing_lookup_is_retried_soon_while_the_visitor_waits(
    outbox: Outbox, api: FakeQminder
) -> None:
    """Qminder is gone right after creating the ticket and back a moment later: the
    lookups keep trying (past the point where the sender would only probe), and the visitor
    gets the number once Qminder answers."""
    api.creates.append(Step(TIMED_OUT, created=True))
    api.searches.extend(Step(REFUSED) for _ in range(8))
    backoff = Backoff(base=0.05, cap=60, slow_after=3, slow_interval=60)
    lookup = LookupPolicy(delay=30, interval=30, early_interval=0.05)

    async def main() -> None:
        sender, task = start(outbox, api, backoff=backoff, lookup=lookup)
        row_id = await sender.submit(request())
        assert await sender.wait_for(row_id, timeout=3) == Delivered("1001", "A-1")
        assert sender.status().online
        await finish(sender, task)

    run(main())
    assert api.count("create") == 1
    assert api.count("search") >= 9


def test_a_failing_lookup_is_retried_never_skipped(outbox: Outbox, api: FakeQminder) -> None:
    api.creates.append(Step(ServerError(500), created=True))
    api.searches.extend([Step(ServerError(503)), Step(REFUSED), Step(NotFound(404))])

    async def main() -> None:
        sender, task = start(outbox, api)
        row_id = await sender.submit(request())
        assert isinstance(await sender.wait_for(row_id, timeout=3), Delivered)
        assert outbox.get(row_id).lookups == 3
        await finish(sender, task)

    run(main())
    assert methods(api) == ["create", "search", "search", "search", "search"]
    assert len(api.tickets) == 1


def test_two_identical_visitors_keep_two_tickets(outbox: Outbox, api: FakeQminder) -> None:
    """Same name, same phone, same moment: each row claims its own ticket."""
    api.creates.extend([Step(ServerError(500), created=True), Step(ServerError(500), created=True)])

    async def main() -> None:
        sender, task = start(outbox, api)
        first = await sender.submit(request())
        second = await sender.submit(request())
        one = await sender.wait_for(first, timeout=2)
        two = await sender.wait_for(second, timeout=2)
        assert isinstance(one, Delivered)
        assert isinstance(two, Delivered)
        assert one.ticket_id != two.ticket_id
        await finish(sender, task)

    run(main())
    assert api.count("create") == 2
    assert len(api.tickets) == 2


def test_a_twin_already_delivered_is_not_taken_for_ours(outbox: Outbox, api: FakeQminder) -> None:
    api.creates.extend([Step(), Step(ServerError(503)), Step(TIMED_OUT)])

    async def main() -> None:
        sender, task = start(outbox, api)
        first = await sender.submit(request())
        assert isinstance(await sender.wait_for(first, timeout=2), Delivered)
        second = await sender.submit(request())
        assert isinstance(await sender.wait_for(second, timeout=2), Delivered)
        await finish(sender, task)

    run(main())
    assert len(api.tickets) == 2  # the twin's ticket was claimed, so ours was sent again


def test_lookups_page_through_a_busy_line(outbox: Outbox, api: FakeQminder) -> None:
    api.creates.append(Step(TIMED_OUT, created=True))
    base = dt.datetime.now(dt.UTC).replace(microsecond=0)
    for n in range(9):
        api.add(request(f"Other{n:02d}"), created=base + dt.timedelta(seconds=n - 10))
    lookup = LookupPolicy(delay=0.0, interval=0.05, page_size=3)

    async def main() -> None:
        sender, task = start(outbox, api, lookup=lookup)
        row_id = await sender.submit(request())
        assert await sender.wait_for(row_id, timeout=2) == Delivered("1010", "A-10")
        await finish(sender, task)

    run(main())
    assert api.count("search") == 5  # pages overlap by the last second of the previous one
    assert api.count("create") == 1


def test_a_lookup_that_cannot_see_everything_proves_nothing(
    outbox: Outbox, api: FakeQminder
) -> None:
    api.creates.append(Step(TIMED_OUT))
    crowded = dt.datetime.now(dt.UTC).replace(microsecond=0) - dt.timedelta(seconds=5)
    for n in range(4):  # more tickets in one second than one page holds
        api.add(request(f"Other{n:02d}"), created=crowded)
    lookup = LookupPolicy(delay=0.0, interval=0.0, page_size=3)

    async def main() -> None:
        sender, task = start(outbox, api, lookup=lookup)
        row_id = await sender.submit(request())
        await eventually(lambda: outbox.get(row_id).lookups >= 3)
        row = outbox.get(row_id)
        assert (row.state, row.misses, row.error) == (State.AMBIGUOUS, 0, "lookup incomplete")
        await finish(sender, task)

    run(main())
    assert api.count("create") == 1  # never resent on an inconclusive lookup


# -- permanent and auth failures ---------------------------------------------------------------


@pytest.mark.parametrize("error", [ValidationFailed(400), NotFound(404), Conflict(409)])
def test_a_refused_check_in_is_rejected(outbox: Outbox, api: FakeQminder, error: Exception) -> None:
    api.creates.append(Step(error))  # type: ignore[arg-type]

    async def main() -> None:
        sender, task = start(outbox, api)
        row_id = await sender.submit(request())
        outcome = await sender.wait_for(row_id, timeout=2)
        assert isinstance(outcome, Rejected)
        assert type(error).__name__ in outcome.reason
        row = outbox.get(row_id)
        assert row.state is State.REJECTED
        assert row.has_personal_data  # kept for staff until the retention period ends
        assert sender.status().rejected == 1
        await finish(sender, task)

    run(main())
    assert methods(api) == ["create"]


def test_a_refused_key_stops_everything_until_it_works_again(
    outbox: Outbox, api: FakeQminder
) -> None:
    api.creates.append(Step(AuthError(401)))
    api.searches.append(Step(AuthError(401)))  # the first probe still fails

    async def main() -> None:
        sender, task = start(outbox, api, auth_retry=dt.timedelta(seconds=0.2))
        first = await sender.submit(request("Anna"))
        assert await sender.wait_for(first, timeout=2) == Unavailable("AuthError (HTTP 401)")
        status = sender.status()
        assert (status.unavailable, status.online, status.queued) == (True, False, 1)
        second = await sender.submit(request("Bert"))
        assert isinstance(await sender.wait_for(second, timeout=2), Unavailable)
        assert api.count("create") == 1  # nothing more sent while the key is refused
        await eventually(lambda: api.count("search") == 2, limit=3)
        for row_id in (first, second):
            assert isinstance(await sender.wait_for(row_id, timeout=2), Delivered)
        assert not sender.status().unavailable
        await finish(sender, task)

    run(main())
    assert methods(api) == ["create", "search", "search", "create", "create"]


def test_resume_after_auth_failure(outbox: Outbox, api: FakeQminder) -> None:
    api.creates.append(Step(AuthError(403)))

    async def main() -> None:
        sender, task = start(outbox, api, auth_retry=dt.timedelta(hours=1))
        row_id = await sender.submit(request())
        assert isinstance(await sender.wait_for(row_id, timeout=2), Unavailable)
        sender.resume()
        assert isinstance(await sender.wait_for(row_id, timeout=2), Delivered)
        await finish(sender, task)

    run(main())


# -- slow mode ---------------------------------------------------------------------------------


def test_five_failures_slow_down_to_probes_then_speed_up(outbox: Outbox, api: FakeQminder) -> None:
    api.creates.extend(Step(REFUSED) for _ in range(5))
    api.searches.append(Step(REFUSED))  # the first probe fails too
    backoff = Backoff(base=0.01, cap=0.02, slow_after=5, slow_interval=0.3)

    async def main() -> None:
        sender, task = start(outbox, api, backoff=backoff)
        row_ids = [await sender.submit(request(name)) for name in ("Anna", "Bert")]
        await eventually(lambda: api.count("create") == 5)
        assert not sender.status().online
        # Nobody waits at the kiosk: probes keep to the slow interval.
        await eventually(
            lambda: all(outbox.get(r).state is State.DELIVERED for r in row_ids), limit=3
        )
        assert sender.status().online
        await finish(sender, task)

    run(main())
    assert methods(api) == ["create"] * 5 + ["search", "search", "create", "create"]
    fifth, probe, second_probe, *_ = api.calls[4:]
    assert probe.at - fifth.at >= 0.29
    assert second_probe.at - probe.at >= 0.29


def test_a_new_check_in_probes_at_once_in_slow_mode(outbox: Outbox, api: FakeQminder) -> None:
    api.creates.extend(Step(REFUSED) for _ in range(5))
    backoff = Backoff(base=0.01, cap=0.02, slow_after=5, slow_interval=60)

    async def main() -> None:
        sender, task = start(outbox, api, backoff=backoff)
        first = await sender.submit(request("Anna"))
        await eventually(lambda: api.count("create") == 5)
        second = await sender.submit(request("Bert"))
        for row_id in (first, second):
            assert isinstance(await sender.wait_for(row_id, timeout=2), Delivered)
        await finish(sender, task)

    run(main())
    assert methods(api)[5:] == ["search", "create", "create"]


# -- the visitor's wait ------------------------------------------------------------------------


def test_no_answer_in_time_is_pending_and_stays_queued(outbox: Outbox, api: FakeQminder) -> None:
    api.creates.extend(Step(REFUSED) for _ in range(3))
    backoff = Backoff(base=0.3, cap=0.3, slow_after=10)

    async def main() -> None:
        sender, task = start(outbox, api, backoff=backoff)
        row_id = await sender.submit(request())
        assert await sender.wait_for(row_id, timeout=0.1) == Pending()
        assert outbox.get(row_id).state in (State.QUEUED, State.SENDING)
        assert isinstance(await sender.wait_for(row_id, timeout=3), Delivered)
        await finish(sender, task)

    run(main())


def test_a_missing_public_id_is_read_back_once(outbox: Outbox, api: FakeQminder) -> None:
    api.give_public_id = False
    api.gets.extend([Step(), Step(ServerError(503))])

    async def main() -> None:
        sender, task = start(outbox, api)
        anna = await sender.submit(request("Anna"))
        first = await sender.wait_for(anna, timeout=2)
        bert = await sender.submit(request("Bert"))
        second = await sender.wait_for(bert, timeout=2)
        assert first == Delivered("1001", "A-1")
        assert second == Delivered("1002", None)  # the read-back failed: no number to show
        assert (outbox.get(anna).public_id, outbox.get(bert).public_id) == ("A-1", None)
        await finish(sender, task)

    run(main())
    assert methods(api) == ["create", "get", "create", "get"]


def test_rows_past_the_maximum_age_expire_unsent(outbox: Outbox, api: FakeQminder) -> None:
    api.creates.extend(Step(REFUSED) for _ in range(100))
    backoff = Backoff(base=0.05, cap=0.05, slow_after=100)

    async def main() -> None:
        sender, task = start(outbox, api, backoff=backoff, max_age=dt.timedelta(seconds=0.3))
        row_id = await sender.submit(request())
        assert await sender.wait_for(row_id, timeout=2) == Expired()
        assert sender.status().expired == 1
        sent = api.count("create")
        await asyncio.sleep(0.2)
        assert api.count("create") == sent
        await finish(sender, task)

    run(main())
    assert api.tickets == []


def test_retention_erases_unsent_personal_data(outbox: Outbox, api: FakeQminder) -> None:
    api.creates.append(Step(ValidationFailed(400)))

    async def main() -> None:
        sender, task = start(outbox, api, retention=dt.timedelta(seconds=0.2))
        row_id = await sender.submit(request())
        assert isinstance(await sender.wait_for(row_id, timeout=2), Rejected)
        assert outbox.get(row_id).has_personal_data
        await eventually(lambda: not outbox.get(row_id).has_personal_data)
        assert sender.status().rejected == 1  # still counted for the Admin view
        await finish(sender, task)

    run(main())


def test_delivered_tombstones_are_pruned_after_their_period(
    outbox: Outbox, api: FakeQminder
) -> None:
    async def main() -> None:
        sender, task = start(outbox, api, tombstones=dt.timedelta(seconds=0.2))
        row_id = await sender.submit(request())
        assert isinstance(await sender.wait_for(row_id, timeout=2), Delivered)
        await eventually(lambda: sender.status().delivered == 0)
        await finish(sender, task)

    run(main())


# -- withdrawal (offline mode "refuse") --------------------------------------------------------


def test_withdrawing_a_queued_row_means_it_is_never_sent(outbox: Outbox, api: FakeQminder) -> None:
    async def main() -> None:
        idle = Sender(outbox, api, FAST)
        row_id = await idle.submit(request())
        assert await idle.withdraw(row_id) == Withdrawn()
        assert await idle.withdraw(row_id) == Withdrawn()
        await idle.aclose()
        sender, task = start(outbox, api)
        assert await sender.wait_for(row_id) == Withdrawn()
        await asyncio.sleep(0.1)
        assert sender.status().withdrawn == 1
        await finish(sender, task)

    run(main())
    assert api.calls == []


@pytest.mark.parametrize("exists", [True, False])
def test_withdrawing_an_ambiguous_row_looks_it_up_first(
    outbox: Outbox, api: FakeQminder, exists: bool
) -> None:
    api.creates.append(Step(TIMED_OUT, created=exists))
    api.searches.append(Step(REFUSED))  # the immediate lookup fails; the next is far off
    lookup = LookupPolicy(delay=30, interval=30, early_interval=30)
    backoff = Backoff(base=30, cap=30)

    async def main() -> None:
        sender, task = start(outbox, api, lookup=lookup, backoff=backoff, rng=Longest())
        row_id = await sender.submit(request())
        assert await sender.wait_for(row_id, timeout=0.2) == Pending()
        assert outbox.get(row_id).state is State.AMBIGUOUS
        outcome = await sender.withdraw(row_id)
        assert outcome == (Delivered("1001", "A-1") if exists else Withdrawn())
        await finish(sender, task)

    run(main())
    assert methods(api) == ["create", "search", "search"]
    assert len(api.tickets) == int(exists)


def test_withdrawal_waits_for_the_request_in_flight(outbox: Outbox, api: FakeQminder) -> None:
    api.creates.append(Step(delay=0.3))

    async def main() -> None:
        sender, task = start(outbox, api)
        row_id = await sender.submit(request())
        await eventually(lambda: api.count("create") == 1)
        assert await sender.withdraw(row_id) == Delivered("1001", "A-1")
        await finish(sender, task)

    run(main())


def test_withdrawing_a_settled_row_changes_nothing(outbox: Outbox, api: FakeQminder) -> None:
    api.creates.append(Step(ValidationFailed(400)))

    async def main() -> None:
        sender, task = start(outbox, api)
        row_id = await sender.submit(request())
        rejected = await sender.wait_for(row_id, timeout=2)
        assert await sender.withdraw(row_id) == rejected
        await finish(sender, task)

    run(main())


# -- restart -----------------------------------------------------------------------------------


def test_restart_resumes_rows_in_every_state(db_path: Path, cipher: Cipher) -> None:
    """Rows left in every state by a crash: open ones settle once, final ones stay."""
    api = FakeQminder()
    now = dt.datetime.now(dt.UTC)
    with Outbox.open(db_path, cipher) as box:
        queued = box.add(request("Queued"), now)
        sent = box.claim(box.add(request("SentBeforeCrash"), now).id, now)
        api.add(request("SentBeforeCrash"))  # the crash came after Qminder created it
        unsent = box.claim(box.add(request("UnsentBeforeCrash"), now).id, now)
        known = box.claim(box.add(request("AmbiguousKnown"), now).id, now)
        box.mark_ambiguous(known.id, now, now, "ServerError (HTTP 500)")
        api.add(request("AmbiguousKnown"))
        lost = box.claim(box.add(request("AmbiguousLost"), now).id, now)
        box.mark_ambiguous(lost.id, now, now, "TransportError")
        delivered = box.claim(box.add(request("Delivered"), now).id, now)
        box.mark_delivered(delivered.id, now, "999", "Z-9")
        rejected = box.claim(box.add(request("Rejected"), now).id, now)
        box.mark_rejected(rejected.id, now, "ValidationFailed (HTTP 400)")
        expired = box.mark_expired(box.add(request("Expired"), now).id, now)
        withdrawn = box.mark_withdrawn(box.add(request("Withdrawn"), now).id, now)
    api.calls.clear()

    async def main(box: Outbox) -> None:
        sender, task = start(box, api)
        await settle(sender)
        await finish(sender, task)

    with Outbox.open(db_path, cipher) as box:
        run(main(box))
        for row in (queued, sent, unsent, known, lost):
            assert box.get(row.id).state is State.DELIVERED
        assert box.get(delivered.id).ticket_id == "999"
        for row, state in (
            (rejected, State.REJECTED),
            (expired, State.EXPIRED),
            (withdrawn, State.WITHDRAWN),
        ):
            assert box.get(row.id).state is state
    names = sorted(t.first_name or "" for t in api.tickets)
    assert names == sorted(
        ["Queued", "SentBeforeCrash", "UnsentBeforeCrash", "AmbiguousKnown", "AmbiguousLost"]
    )
    created = sorted(call.row_first_name or "" for call in api.calls if call.method == "create")
    assert created == ["AmbiguousLost", "Queued", "UnsentBeforeCrash"]


def test_cancelling_mid_request_leaves_a_row_the_next_run_looks_up(
    outbox: Outbox, api: FakeQminder
) -> None:
    api.creates.append(Step(delay=30))  # no answer before the app shuts down

    async def main() -> None:
        sender, task = start(outbox, api)
        req = request()
        row_id = await sender.submit(req)
        await eventually(lambda: api.count("create") == 1)
        task.cancel()
        with pytest.raises(asyncio.CancelledError):
            await task
        await sender.aclose()
        assert outbox.get(row_id).state is State.SENDING
        api.add(req)  # yet Qminder got the request and created the ticket
        again, task = start(outbox, api)
        assert isinstance(await again.wait_for(row_id, timeout=2), Delivered)
        await finish(again, task)

    run(main())
    assert methods(api) == ["create", "search"]
    assert len(api.tickets) == 1


def test_a_row_found_sending_at_start_up_is_looked_up_at_once(
    outbox: Outbox, api: FakeQminder
) -> None:
    """The kiosk restarted right after sending: Qminder's ticket is found without waiting for
    the lookup delay, and nothing is sent again."""
    req = request()
    now = dt.datetime.now(dt.UTC)
    row = outbox.claim(outbox.add(req, now).id, now)
    api.add(req)  # Qminder created it before the kiosk went down
    lookup = LookupPolicy(delay=30, interval=30)

    async def main() -> None:
        sender, task = start(outbox, api, lookup=lookup)
        assert await sender.wait_for(row.id, timeout=2) == Delivered("1001", "A-1")
        await finish(sender, task)

    run(main())
    assert methods(api) == ["search"]


def test_only_one_run_at_a_time(outbox: Outbox, api: FakeQminder) -> None:
    async def main() -> None:
        sender, task = start(outbox, api)
        await asyncio.sleep(0.05)
        with pytest.raises(RuntimeError, match="already running"):
            await sender.run()
        await finish(sender, task)

    run(main())


# -- limits and reporting ----------------------------------------------------------------------


def test_the_sender_keeps_to_five_requests_a_second(outbox: Outbox, api: FakeQminder) -> None:
    async def main() -> None:
        sender, task = start(outbox, api, rate=5.0)
        row_ids = [await sender.submit(request(f"Visitor{n:02d}")) for n in range(8)]
        for row_id in row_ids:
            assert isinstance(await sender.wait_for(row_id, timeout=5), Delivered)
        await finish(sender, task)

    run(main())
    times = [call.at for call in api.calls]
    assert len(times) == 8
    # The limiter spaces the moments requests may go; a busy machine may delay one request
    # between that moment and the fake's clock, so the window looked at is a little shorter.
    assert max(sum(1 for t in times if s <= t < s + 0.8) for s in times) <= 5


def test_status_changes_are_announced(outbox: Outbox, api: FakeQminder) -> None:
    api.creates.append(Step(ServerError(503)))
    seen: list[tuple[int, int]] = []

    async def main() -> None:
        def changed() -> None:
            status = sender.status()
            seen.append((status.queued, status.delivered))

        sender = Sender(outbox, api, FAST, on_change=changed)
        task = asyncio.ensure_future(sender.run())
        await sender.wait_for(await sender.submit(request()), timeout=2)
        assert sender.status().last_error == "ServerError (HTTP 503)"
        await finish(sender, task)

    run(main())
    assert seen[0] == (1, 0)
    assert seen[-1] == (0, 1)


def test_an_outbox_failure_after_sending_is_survived_and_looked_up(
    outbox: Outbox, api: FakeQminder, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The commit after a successful POST fails once: the row is looked up, not resent."""
    real = outbox.mark_delivered
    failures = [OSError("disk full")]

    def flaky(*args: object, **kwargs: object) -> object:
        if failures:
            raise failures.pop()
        return real(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(outbox, "mark_delivered", flaky)

    async def main() -> None:
        sender, task = start(outbox, api)
        row_id = await sender.submit(request())
        assert isinstance(await sender.wait_for(row_id, timeout=3), Delivered)
        assert "internal error: OSError" in (sender.status().last_error or "")
        await finish(sender, task)

    run(main())
    assert methods(api) == ["create", "search"]
    assert len(api.tickets) == 1


def test_a_closed_sender_refuses_work(outbox: Outbox, api: FakeQminder) -> None:
    async def main() -> None:
        sender, task = start(outbox, api)
        await finish(sender, task)
        with pytest.raises(RuntimeError, match="closed"):
            await sender.submit(request())
        await sender.run()  # a stopped sender stays stopped

    run(main())
    assert outbox.rows() == []
