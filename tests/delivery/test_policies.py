"""Backoff, the rate limiter and failure classes: the sender's rules in isolation."""

from __future__ import annotations

import asyncio
import random
import statistics

import pytest

from kiosk.api.errors import (
    AuthError,
    BadResponse,
    Conflict,
    GraphQLError,
    NotFound,
    RateLimited,
    ServerError,
    TransportError,
    ValidationFailed,
)
from kiosk.delivery import Backoff, RateLimiter
from kiosk.delivery.classify import Failure, FailureClass, classify

# -- backoff -----------------------------------------------------------------------------------


def test_ceiling_doubles_up_to_the_cap() -> None:
    policy = Backoff(base=1.0, cap=60.0)
    assert [policy.ceiling(n) for n in range(9)] == [0, 1, 2, 4, 8, 16, 32, 60, 60]
    assert policy.ceiling(10_000) == 60.0


def test_full_jitter_spreads_over_zero_to_the_ceiling() -> None:
    policy = Backoff(base=1.0, cap=60.0)
    rng = random.Random(7)
    for failures in (1, 3, 6, 20):
        waits = [policy.delay(failures, rng) for _ in range(2000)]
        ceiling = policy.ceiling(failures)
        assert all(0.0 <= w <= ceiling for w in waits)
        assert min(waits) < ceiling * 0.05
        assert max(waits) > ceiling * 0.95
        assert statistics.mean(waits) == pytest.approx(ceiling / 2, rel=0.08)


def test_jitter_differs_between_random_sources() -> None:
    policy = Backoff()
    first = [policy.delay(4, random.Random(1)) for _ in range(3)]
    second = [policy.delay(4, random.Random(2)) for _ in range(3)]
    assert first != second


def test_retry_after_is_a_floor_with_an_upper_bound() -> None:
    policy = Backoff(base=1.0, cap=4.0, max_retry_after=120.0)
    rng = random.Random(3)
    assert all(policy.delay(1, rng, retry_after=30.0) == 30.0 for _ in range(100))
    assert policy.delay(1, rng, retry_after=5000.0) == 120.0
    assert all(policy.delay(3, rng, retry_after=0.0) <= 4.0 for _ in range(100))


def test_slow_mode_after_five_failures() -> None:
    policy = Backoff()
    assert [policy.is_slow(n) for n in range(7)] == [False] * 5 + [True] * 2
    assert policy.slow_interval == 60.0


@pytest.mark.parametrize(
    "settings",
    [{"base": 0}, {"base": 2, "cap": 1}, {"slow_after": 0}, {"slow_interval": 0}],
)
def test_nonsense_backoff_is_refused(settings: dict[str, float]) -> None:
    with pytest.raises(ValueError, match="backoff"):
        Backoff(**settings)  # type: ignore[arg-type]


# -- rate limiter ------------------------------------------------------------------------------


class ManualTime:
    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now

    async def sleep(self, seconds: float) -> None:
        self.now += seconds
        await asyncio.sleep(0)


def _max_in_window(times: list[float], period: float) -> int:
    return max(sum(1 for t in times if start <= t < start + period) for start in times)


def test_at_most_five_requests_in_any_second() -> None:
    time = ManualTime()
    limiter = RateLimiter.per_second(5.0, clock=time, sleep=time.sleep)
    sent: list[float] = []

    async def main() -> None:
        for _ in range(23):
            await limiter.acquire()
            sent.append(time.now)
            time.now += 0.01  # the request itself

    asyncio.run(main())
    assert sent[:5] == pytest.approx([0.0, 0.01, 0.02, 0.03, 0.04])  # a burst of five goes at once
    assert _max_in_window(sent, 1.0) == 5
    assert sent[-1] == pytest.approx(4.0, abs=0.1)  # 23 requests take a little over 4 s


def test_concurrent_callers_share_the_limit() -> None:
    time = ManualTime()
    limiter = RateLimiter(limit=5, period=1.0, clock=time, sleep=time.sleep)
    sent: list[float] = []

    async def caller() -> None:
        for _ in range(4):
            await limiter.acquire()
            sent.append(time.now)

    async def main() -> None:
        await asyncio.gather(*(caller() for _ in range(5)))

    asyncio.run(main())
    assert len(sent) == 20
    assert _max_in_window(sorted(sent), 1.0) == 5


def test_a_clock_stepped_back_does_not_stall() -> None:
    time = ManualTime()
    limiter = RateLimiter(limit=2, period=1.0, clock=time, sleep=time.sleep)

    async def main() -> None:
        time.now = 3600.0
        await limiter.acquire()
        await limiter.acquire()
        time.now = 0.0  # stepped back an hour
        assert limiter.wait_time() == 1.0
        await limiter.acquire()

    asyncio.run(main())
    assert time.now == 1.0


def test_fractional_rates() -> None:
    limiter = RateLimiter.per_second(0.5)
    assert (limiter.limit, limiter.period) == (1, 2.0)
    limiter = RateLimiter.per_second(12.5)
    assert (limiter.limit, limiter.period) == (12, 0.96)
    with pytest.raises(ValueError, match="positive"):
        RateLimiter.per_second(0)


def test_real_clock_keeps_the_limit() -> None:
    limiter = RateLimiter(limit=5, period=0.2)
    sent: list[float] = []

    async def main() -> None:
        loop = asyncio.get_running_loop()
        for _ in range(12):
            await limiter.acquire()
            sent.append(loop.time())

    asyncio.run(main())
    assert _max_in_window(sent, 0.195) <= 5
    assert sent[-1] - sent[0] >= 0.39


# -- failure classes ---------------------------------------------------------------------------

CASES = [
    (TransportError("connect refused", may_have_reached_server=False), FailureClass.RETRYABLE),
    (TransportError("read timeout", may_have_reached_server=True), FailureClass.AMBIGUOUS),
    (ServerError(502), FailureClass.RETRYABLE),
    (ServerError(503), FailureClass.RETRYABLE),
    (ServerError(500), FailureClass.AMBIGUOUS),
    (ServerError(504), FailureClass.AMBIGUOUS),
    (ServerError(599), FailureClass.AMBIGUOUS),
    (RateLimited(retry_after=7.0), FailureClass.RETRYABLE),
    (BadResponse("2xx, no id", status=201, may_have_reached_server=True), FailureClass.AMBIGUOUS),
    (BadResponse("redirect", status=302), FailureClass.RETRYABLE),
    (GraphQLError(status=200), FailureClass.RETRYABLE),
    (ValidationFailed(400), FailureClass.PERMANENT),
    (ValidationFailed(422), FailureClass.PERMANENT),
    (NotFound(404), FailureClass.PERMANENT),
    (Conflict(409), FailureClass.PERMANENT),
    (AuthError(401), FailureClass.AUTH),
    (AuthError(403), FailureClass.AUTH),
]


@pytest.mark.parametrize(("error", "kind"), CASES, ids=lambda v: getattr(v, "summary", v))
def test_each_error_has_its_class(error: Exception, kind: FailureClass) -> None:
    failure = classify(error)  # type: ignore[arg-type]
    assert failure.kind is kind
    assert type(error).__name__ in failure.reason


def test_retry_after_and_answered_ambiguity_are_carried() -> None:
    assert classify(RateLimited(retry_after=7.0)) == Failure(
        FailureClass.RETRYABLE, "RateLimited (HTTP 429)", retry_after=7.0
    )
    assert classify(ServerError(500)).finished  # the server answered: look up at once
    assert classify(BadResponse("x", status=201, may_have_reached_server=True)).finished
    assert not classify(ServerError(504)).finished  # the server behind may still be working
    assert not classify(TransportError("t", may_have_reached_server=True)).finished


def test_reasons_never_carry_server_text() -> None:
    error = ValidationFailed(400, message="First name 'Quetzalina' is invalid")
    assert "Quetzalina" not in classify(error).reason
