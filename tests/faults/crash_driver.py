"""A headless kiosk for the SIGKILL test: real outbox, real sender, real client, no UI.

``python -m tests.faults.crash_driver --db PATH --key-file PATH --url URL --start N``
prints ``READY`` once the outbox is open and the sender runs, then submits check-ins named
after N, N+1, ... and prints ``ACCEPTED <row id> <first name>`` after each committed submit.
With ``--drain`` it submits nothing, prints ``DRAINED`` once every row is settled, and exits.

With ``--zygote`` (POSIX) it imports everything once, then reads commands from stdin:
``run N`` forks a child that does the above from N (the parent prints ``CHILD <pid>``, then
``EXITED <pid> <status>`` once the child is gone), ``quit`` ends it. A forked child starts in
milliseconds, so the test can kill many of them without paying for interpreter start-up.
"""

from __future__ import annotations

import argparse
import asyncio
import logging
import os
import random
import sys
import traceback
from pathlib import Path

from kiosk.delivery import Cipher, Outbox, Sender
from tests.faults.campaign import FAST_SENDER, client_for_url, make_request, name_for


def _say(line: str) -> None:
    sys.stdout.write(line + "\n")
    sys.stdout.flush()


async def main(args: argparse.Namespace) -> int:
    cipher = Cipher.from_env_or_file(Path(args.key_file), environ={})
    outbox = Outbox.open(Path(args.db), cipher)
    try:
        async with client_for_url(args.url) as client:
            drained = asyncio.Event()

            def check() -> None:
                if not sender.status().waiting:
                    drained.set()

            sender = Sender(
                outbox, client, FAST_SENDER, rng=random.Random(args.start), on_change=check
            )
            task = asyncio.ensure_future(sender.run())
            _say("READY")
            if args.drain:
                check()
                await drained.wait()
                _say(f"DRAINED {sender.status()}")
            else:
                rng = random.Random(args.start)
                for index in range(args.start, args.start + args.count):
                    row_id = await sender.submit(make_request(index, rng))
                    _say(f"ACCEPTED {row_id} {name_for(index)}")
                    await asyncio.sleep(rng.uniform(0.0, 0.02))
            await sender.aclose()
            await task
    finally:
        outbox.close()
    return 0


def zygote(args: argparse.Namespace) -> int:
    """Fork one driver child per ``run N`` command and wait for it to end."""
    for line in sys.stdin:
        command = line.split()
        if not command:
            continue
        if command[0] == "quit":
            return 0
        args.start = int(command[1])
        sys.stdout.flush()
        sys.stderr.flush()
        pid = os.fork()
        if pid == 0:  # the child: run the driver, never return into the command loop
            code = 1
            try:
                code = asyncio.run(main(args))
            except BaseException:
                traceback.print_exc()
            finally:
                sys.stdout.flush()
                sys.stderr.flush()
                os._exit(code)
        _say(f"CHILD {pid}")
        _, status = os.waitpid(pid, 0)
        _say(f"EXITED {pid} {status}")
    return 0


def parse(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--db", required=True)
    parser.add_argument("--key-file", required=True)
    parser.add_argument("--url", required=True)
    parser.add_argument("--start", type=int, default=0)
    parser.add_argument("--count", type=int, default=500)
    parser.add_argument("--drain", action="store_true")
    parser.add_argument("--zygote", action="store_true")
    return parser.parse_args(argv)


if __name__ == "__main__":
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    arguments = parse(sys.argv[1:])
    sys.exit(zygote(arguments) if arguments.zygote else asyncio.run(main(arguments)))
