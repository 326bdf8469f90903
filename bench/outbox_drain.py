"""Outbox drain: check-ins saved while Qminder is down, sent when it comes back.

``python -m bench.outbox_drain [--quick] [--count N]``

Queues `--count` check-ins (default 1,000) through the real outbox and sender while the sandbox
(in another process) refuses connections, brings it back, and waits until every one is a
ticket. Prints how soon after Qminder came back the first went out (the sender probes a
server that keeps failing once a minute), the sending rate (Qminder allows 5 requests a
second), and how many were lost or sent twice. 1,000 take about 200 s at 5 a second.
"""

from __future__ import annotations

import asyncio
import logging
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

from bench.common import Figure, parser, publish, say
from bench.sandbox_process import SandboxProcess
from kiosk.api import ApiConfig, QminderClient
from kiosk.delivery import Cipher, Outbox, Sender
from kiosk.domain.ticket import FieldAnswer, TicketRequest
from kiosk.sandbox.seed import DEMO_API_KEY, FIELD_CONTACT, LINE_GENERAL, OPTION_SMS

RATE_LIMIT = 5
"""Requests a second Qminder allows."""
SLACK_S = 120.0
"""Beyond count / rate, how long the drain may take before the benchmark gives up."""


def request(index: int) -> TicketRequest:
    return TicketRequest(
        line_id=LINE_GENERAL,
        first_name=f"Drain {index:05d}",
        phone_number="+37251234567",
        language_code="en",
        fields=(FieldAnswer(input_field_id=FIELD_CONTACT, option_ids=(OPTION_SMS,)),),
    )


JITTER_S = 0.05
"""Arrival times at the sandbox wobble a little around the sender's spacing."""


def busiest_second(times: list[float]) -> int:
    """The most requests arriving within any one second (less `JITTER_S`)."""
    most, start = 0, 0
    for end, at in enumerate(times):
        while at - times[start] >= 1.0 - JITTER_S:
            start += 1
        most = max(most, end - start + 1)
    return most


async def drain(sandbox: SandboxProcess, folder: Path, count: int) -> dict[str, float]:
    sandbox.set_down(True)
    async with QminderClient(ApiConfig(base_url=sandbox.url, api_key=DEMO_API_KEY)) as client:
        outbox = Outbox.open(folder / "outbox.sqlite3", Cipher([Cipher.generate_key()]))
        sender = Sender(outbox, client)
        sending = asyncio.ensure_future(sender.run())
        try:
            started = time.monotonic()
            for index in range(count):
                await sender.submit(request(index))
            queued_s = time.monotonic() - started
            say(f"queued {count} check-ins in {queued_s:.1f} s while Qminder was down")
            up_at = time.time()
            sandbox.set_down(False)
            deadline = time.monotonic() + count / RATE_LIMIT + SLACK_S
            while time.monotonic() < deadline:
                if len(sandbox.ticket_names()) >= count:
                    break
                await asyncio.sleep(0.5)
            await asyncio.sleep(2.0)  # anything sent twice would arrive now
        finally:
            sender.stop()
            sending.cancel()
            await sender.aclose()
            outbox.close()
    names = Counter(sandbox.ticket_names())
    wanted = {request(index).first_name for index in range(count)}
    posts = [at for at in sandbox.request_times("POST", "/tickets") if at >= up_at]
    first, last = (posts[0], posts[-1]) if posts else (up_at, up_at)
    return {
        "delivered": float(len(wanted & names.keys())),
        "lost": float(len(wanted - names.keys())),
        "doubled": float(sum(n - 1 for n in names.values() if n > 1)),
        "first_after_s": first - up_at,
        "drain_s": last - first,
        "rate": (len(posts) - 1) / (last - first) if len(posts) > 1 else 0.0,
        "busiest": float(busiest_second(posts)),
        "posts": float(len(posts)),
    }


def main(argv: list[str] | None = None) -> int:
    args_parser = parser(__doc__.split("\n\n")[0])
    args_parser.add_argument("--count", type=int, default=None, help="check-ins (default 1000)")
    args = args_parser.parse_args(argv)
    count = args.count or (25 if args.quick else 1000)
    logging.basicConfig(level=logging.ERROR, format="%(levelname)s %(name)s: %(message)s")
    with SandboxProcess() as sandbox, tempfile.TemporaryDirectory() as tmp:
        result = asyncio.run(drain(sandbox, Path(tmp), count))
    say(
        f"first sent {result['first_after_s']:.1f} s after Qminder came back; {result['posts']:.0f}"
        f" POST /tickets in {result['drain_s']:.1f} s = {result['rate']:.2f} a second (busiest"
        f" second: {result['busiest']:.0f}); delivered {result['delivered']:.0f},"
        f" lost {result['lost']:.0f}, sent twice {result['doubled']:.0f}"
    )
    at_limit = result["rate"] >= 0.9 * RATE_LIMIT and result["busiest"] <= RATE_LIMIT
    publish(
        [
            Figure(
                f"Outbox drain of {count}",
                f"{result['rate']:.2f} req/s (busiest second {result['busiest']:.0f}),"
                f" lost {result['lost']:.0f}, doubled {result['doubled']:.0f};"
                f" first sent {result['first_after_s']:.0f} s after Qminder returned",
                f"{RATE_LIMIT} req/s, none lost or doubled",
                at_limit and not result["lost"] and not result["doubled"],
            )
        ],
        args.json,
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
