"""`kiosk-sandbox`: run the sandbox in the foreground until Ctrl-C."""

from __future__ import annotations

import argparse
import logging
import signal
import sys
import threading
from collections.abc import Sequence
from types import FrameType

from kiosk.sandbox.faults import OVERSIZED_BYTES, Faults
from kiosk.sandbox.seed import (
    DEMO_API_KEY,
    DEMO_LOCATION,
    DEMO_LOCATION_ID,
    OFFICE_HOURS_LOCATION,
)
from kiosk.sandbox.server import SandboxServer


def build_parser() -> argparse.ArgumentParser:
    """Command-line options."""
    parser = argparse.ArgumentParser(
        prog="kiosk-sandbox",
        description="Run a Qminder-compatible sandbox server on loopback (demo data, faults).",
    )
    parser.add_argument("--port", type=int, default=8765, help="port (0 = any free port)")
    parser.add_argument("--host", default="127.0.0.1", help="address to listen on")
    parser.add_argument("--api-key", default=DEMO_API_KEY, help="API key requests must carry")
    parser.add_argument("--quiet", action="store_true", help="do not log each request")
    parser.add_argument(
        "--office-hours",
        action="store_true",
        help="serve real opening hours (Mon-Fri 8-18, Sat 10-14, Tallinn time) instead of"
        " open around the clock",
    )
    parser.add_argument(
        "--no-appointments",
        action="store_true",
        help="book no appointments (by default today's are booked relative to the current time)",
    )
    faults = parser.add_argument_group("faults")
    faults.add_argument(
        "--latency", type=float, default=0.0, metavar="S", help="delay each request"
    )
    faults.add_argument("--fail-503", type=int, default=0, metavar="N", help="next N answer 503")
    faults.add_argument("--rate-limit", type=int, default=0, metavar="N", help="next N answer 429")
    faults.add_argument(
        "--retry-after", type=int, default=1, metavar="S", help="Retry-After seconds of a 429"
    )
    faults.add_argument(
        "--error-500-after-create",
        type=int,
        default=0,
        metavar="N",
        help="next N ticket creations store the ticket, then answer 500",
    )
    faults.add_argument(
        "--drop-before",
        type=int,
        default=0,
        metavar="N",
        help="next N requests: close the connection before processing",
    )
    faults.add_argument(
        "--drop-after",
        type=int,
        default=0,
        metavar="N",
        help="next N requests: process, then close the connection without answering",
    )
    faults.add_argument(
        "--malformed-json",
        type=int,
        default=0,
        metavar="N",
        help="next N successful answers carry a body that is not JSON",
    )
    faults.add_argument(
        "--oversized",
        type=int,
        default=0,
        metavar="N",
        help="next N successful answers are padded to --oversized-bytes (with Content-Length)",
    )
    faults.add_argument(
        "--oversized-stream",
        type=int,
        default=0,
        metavar="N",
        help="next N successful answers are padded and streamed without Content-Length",
    )
    faults.add_argument(
        "--oversized-bytes",
        type=int,
        default=OVERSIZED_BYTES,
        metavar="B",
        help="size of an oversized answer in bytes",
    )
    faults.add_argument(
        "--only",
        default=None,
        metavar="PATTERN",
        help="apply faults only to matching requests, e.g. 'POST /tickets'",
    )
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of `kiosk-sandbox` and `python -m kiosk.sandbox`."""
    args = build_parser().parse_args(argv)
    try:
        faults = Faults(
            latency=args.latency,
            fail_503=args.fail_503,
            rate_limit=args.rate_limit,
            retry_after=args.retry_after,
            error_500_after_create=args.error_500_after_create,
            drop_before=args.drop_before,
            drop_after=args.drop_after,
            malformed_json=args.malformed_json,
            oversized=args.oversized,
            oversized_stream=args.oversized_stream,
            oversized_bytes=args.oversized_bytes,
            only=args.only,
        )
    except ValueError as exc:
        print(f"kiosk-sandbox: {exc}", file=sys.stderr)
        return 2
    if not args.quiet:
        logging.basicConfig(level=logging.INFO, format="%(asctime)s %(message)s")

    stop = threading.Event()

    def on_signal(_signum: int, _frame: FrameType | None) -> None:
        stop.set()

    server = SandboxServer(
        port=args.port,
        host=args.host,
        api_key=args.api_key,
        faults=faults,
        location=OFFICE_HOURS_LOCATION if args.office_hours else DEMO_LOCATION,
        access_log=not args.quiet,
        appointments=not args.no_appointments,
    )
    try:
        url = server.start()
    except OSError as exc:
        print(f"kiosk-sandbox: cannot listen on {args.host}:{args.port}: {exc}", file=sys.stderr)
        return 1
    signal.signal(signal.SIGINT, on_signal)
    signal.signal(signal.SIGTERM, on_signal)
    print(f"Qminder sandbox listening on {url}", flush=True)
    print(f"API key: {args.api_key}", flush=True)
    print(f"Location id: {DEMO_LOCATION_ID}", flush=True)
    print("Press Ctrl-C to stop.", flush=True)
    try:
        while not stop.wait(0.5):
            pass
    finally:
        server.stop()
    print("Stopped.", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
