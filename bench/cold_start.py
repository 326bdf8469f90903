"""Cold start: process start to the painted Welcome screen, against a bare PySide6 window.

``python -m bench.cold_start [--quick] [--runs N]``

Measures the real ``kiosk`` program as a lobby PC runs it: configured (API key, location),
talking to the Qminder sandbox in another process, with its location configuration already in
the on-disk cache from an earlier start, off screen, on-screen keyboard on. It is started with
``--trace-startup``, which prints the time of the first paint of Welcome. The reference, started
the same way in the same run (turn about), is `bench/bare_window.py`: import QtWidgets, show a
label. Both are timed from just before the process is spawned to that paint. The kiosk's
resident memory is read 3 s after Welcome is painted (idle, nobody using it).
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench.common import MIB, ROOT, Figure, median, parser, publish, rss_bytes, say
from bench.sandbox_process import SandboxProcess
from kiosk.delivery.crypto import KEY_ENV, Cipher
from kiosk.sandbox.seed import DEMO_API_KEY, DEMO_LOCATION_ID
from kiosk.selftest.startup_trace import TRACE_PREFIX

RATIO_BUDGET = 1.2
IDLE_BUDGET_MIB = 120.0
IDLE_AFTER_S = 3.0
TIMEOUT_S = 60.0
BARE = [sys.executable, str(ROOT / "bench" / "bare_window.py")]
KIOSK = [sys.executable, "-m", "kiosk", "--windowed", "--trace-startup"]


def kiosk_environment(url: str, folder: Path) -> dict[str, str]:
    """A configured kiosk whose data, cache and key live in `folder`."""
    env = dict(os.environ)
    env.update(
        QT_QPA_PLATFORM="offscreen",
        XDG_CACHE_HOME=str(folder / "cache"),
        XDG_DATA_HOME=str(folder / "data"),
        XDG_CONFIG_HOME=str(folder / "config"),
        QMINDER_BASE_URL=url,
        QMINDER_API_KEY=DEMO_API_KEY,
        KIOSK_LOCATION_ID=DEMO_LOCATION_ID,
        KIOSK_DEMO="0",
    )
    env[KEY_ENV] = Cipher.generate_key()
    return env


def start_and_paint(
    command: list[str], env: dict[str, str], idle_rss: bool = False
) -> tuple[float, int | None]:
    """Seconds from spawning `command` to its first paint; its RSS when idle, if asked."""
    started = time.time()
    process = subprocess.Popen(
        command, env=env, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True
    )
    assert process.stdout is not None
    painted: float | None = None
    deadline = time.monotonic() + TIMEOUT_S
    try:
        while painted is None and time.monotonic() < deadline:
            line = process.stdout.readline()
            if not line:
                break
            if line.startswith(TRACE_PREFIX):
                facts = dict(part.split("=", 1) for part in line.split()[2:])
                painted = float(facts["painted_at"])
        if painted is None:
            raise RuntimeError(f"{' '.join(command)} did not report its first paint")
        rss = None
        if idle_rss:
            time.sleep(IDLE_AFTER_S)
            rss = rss_bytes(process.pid)
        return painted - started, rss
    finally:
        if process.poll() is None:
            process.send_signal(signal.SIGTERM)
        try:
            process.wait(15)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
        process.stdout.close()


def main(argv: list[str] | None = None) -> int:
    args_parser = parser(__doc__.split("\n\n")[0])
    args_parser.add_argument("--runs", type=int, default=None, help="starts of each (default 10)")
    args = args_parser.parse_args(argv)
    runs = args.runs or (3 if args.quick else 10)
    kiosk_times: list[float] = []
    bare_times: list[float] = []
    with SandboxProcess() as sandbox, tempfile.TemporaryDirectory() as tmp:
        env = kiosk_environment(sandbox.url, Path(tmp))
        # The first start fills the location cache (and the disk cache): not counted.
        start_and_paint(KIOSK, env)
        start_and_paint(BARE, env)
        cached = Path(tmp, "cache", "qminder-kiosk", f"location-{DEMO_LOCATION_ID}.json")
        if not cached.is_file():
            raise RuntimeError(f"the first start did not cache the location at {cached}")
        idle: int | None = None
        for index in range(runs):
            bare_times.append(start_and_paint(BARE, env)[0] * 1000)
            took, rss = start_and_paint(KIOSK, env, idle_rss=index == runs - 1)
            kiosk_times.append(took * 1000)
            idle = rss if rss is not None else idle
    assert idle is not None
    kiosk_ms, bare_ms = median(kiosk_times), median(bare_times)
    ratio = kiosk_ms / bare_ms
    say(f"kiosk (configured, cached location): {', '.join(f'{t:.0f}' for t in kiosk_times)} ms")
    say(f"bare PySide6 window:                 {', '.join(f'{t:.0f}' for t in bare_times)} ms")
    say(f"median of {runs}: kiosk {kiosk_ms:.0f} ms, bare {bare_ms:.0f} ms, ratio {ratio:.2f}")
    say(f"kiosk RSS {IDLE_AFTER_S:.0f} s after Welcome: {idle / MIB:.1f} MiB")
    publish(
        [
            Figure(
                "Cold start to painted Welcome",
                f"ratio {ratio:.2f} (kiosk {kiosk_ms:.0f} ms, bare window {bare_ms:.0f} ms,"
                f" median of {runs})",
                f"ratio ≤ {RATIO_BUDGET}",
                ratio <= RATIO_BUDGET,
            ),
            Figure(
                "Memory at idle on Welcome",
                f"{idle / MIB:.0f} MiB RSS",
                f"≤ {IDLE_BUDGET_MIB:.0f} MiB",
                idle / MIB <= IDLE_BUDGET_MIB,
            ),
        ],
        args.json,
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
