"""SIGKILL at random moments: every check-in the driver accepted reaches the sandbox once.

A headless driver process (`crash_driver.py`) submits check-ins through the real outbox,
sender and client. The test kills it with SIGKILL at a random moment after it is ready, 35
times (sometimes with a fault armed so rows are ambiguous or retrying when it dies): three
freshly started interpreters, then 32 children forked from a warm driver process. A fresh
process finally drains the outbox.
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import threading
import time
from collections import Counter
from pathlib import Path

import pytest

from kiosk.delivery import Cipher, Outbox, State
from kiosk.sandbox import SandboxServer

ROOT = Path(__file__).resolve().parents[2]
SEED = 4242
FRESH_KILLS = 3
FORKED_KILLS = 32

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="needs SIGKILL")


class Driver:
    """A driver process, the lines it printed, and (for a zygote) its current child."""

    def __init__(self, args: list[str], log: Path) -> None:
        self.lines: list[str] = []
        self._log = log.open("wb")
        self.process = subprocess.Popen(
            [sys.executable, "-m", "tests.faults.crash_driver", *args],
            cwd=ROOT,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=self._log,
            text=True,
        )
        self._reader = threading.Thread(target=self._read, daemon=True)
        self._reader.start()

    def _read(self) -> None:
        assert self.process.stdout is not None
        for line in self.process.stdout:
            self.lines.append(line.strip())

    def send(self, command: str) -> None:
        assert self.process.stdin is not None
        self.process.stdin.write(command + "\n")
        self.process.stdin.flush()

    def wait_for_line(self, prefix: str, limit: float, after: int = 0) -> str:
        end = time.monotonic() + limit
        while time.monotonic() < end:
            for line in self.lines[after:]:
                if line.startswith(prefix):
                    return line
            if self.process.poll() is not None and not self._reader.is_alive():
                break
            time.sleep(0.005)
        raise AssertionError(f"driver never printed {prefix!r}; exit {self.process.poll()}")

    def finish(self, limit: float = 30.0) -> int:
        if self.process.stdin is not None:
            self.process.stdin.close()
        code = self.process.wait(limit)
        self._reader.join(5)
        assert self.process.stdout is not None
        self.process.stdout.close()
        self._log.close()
        return code

    def accepted(self) -> dict[str, str]:
        """first name → row id, for every ``ACCEPTED`` line."""
        found = {}
        for line in self.lines:
            parts = line.split()
            if len(parts) == 3 and parts[0] == "ACCEPTED":
                found[parts[2]] = parts[1]
        return found


def _arm_a_fault(sandbox: SandboxServer, rng: random.Random) -> None:
    """Sometimes leave rows ambiguous or retrying when the kill comes."""
    armed = rng.choice([None, None, "error_500_after_create", "drop_after", "drop_before"])
    faults = {armed: rng.randint(1, 3)} if armed else {}
    sandbox.set_faults(latency=0.01, **faults)  # type: ignore[arg-type]


def test_sigkill_at_random_moments_loses_and_doubles_nothing(
    sandbox: SandboxServer, tmp_path: Path
) -> None:
    rng = random.Random(SEED)
    db = tmp_path / "outbox.sqlite3"
    common = ["--db", str(db), "--key-file", str(tmp_path / "outbox.key"), "--url", sandbox.url]
    accepted: dict[str, str] = {}

    # A few kills of freshly started interpreters (first open, key creation, schema) ...
    for cycle in range(FRESH_KILLS):
        _arm_a_fault(sandbox, rng)
        driver = Driver([*common, "--start", str(cycle * 1000)], tmp_path / f"fresh-{cycle}.log")
        driver.wait_for_line("READY", limit=30)
        time.sleep(rng.uniform(0.02, 0.35))
        os.kill(driver.process.pid, signal.SIGKILL)
        assert driver.finish() == -signal.SIGKILL
        accepted.update(driver.accepted())

    # ... then many more of children forked from a warm process, each restarting the outbox.
    zygote = Driver([*common, "--zygote"], tmp_path / "zygote.log")
    for cycle in range(FRESH_KILLS, FRESH_KILLS + FORKED_KILLS):
        _arm_a_fault(sandbox, rng)
        mark = len(zygote.lines)
        zygote.send(f"run {cycle * 1000}")
        pid = int(zygote.wait_for_line("CHILD", limit=10, after=mark).split()[1])
        zygote.wait_for_line("READY", limit=10, after=mark)
        time.sleep(rng.uniform(0.02, 0.3))
        os.kill(pid, signal.SIGKILL)
        status = zygote.wait_for_line(f"EXITED {pid}", limit=10, after=mark).split()[2]
        assert os.WIFSIGNALED(int(status))
        assert os.WTERMSIG(int(status)) == signal.SIGKILL
    zygote.send("quit")
    assert zygote.finish() == 0
    accepted.update(zygote.accepted())
    sandbox.set_faults()

    # A fresh process drains whatever the kills left behind.
    drain = Driver([*common, "--drain"], tmp_path / "drain.log")
    done = drain.wait_for_line("DRAINED", limit=60)
    assert drain.finish() == 0, done

    names = Counter(str(t.body["firstName"]) for t in sandbox.tickets)
    assert len(accepted) >= FRESH_KILLS + FORKED_KILLS, "too few check-ins to prove anything"
    missing = [name for name in accepted if names[name] == 0]
    doubled = [name for name, n in names.items() if n > 1]
    assert missing == []
    assert doubled == []

    with Outbox.open(db, Cipher.from_env_or_file(tmp_path / "outbox.key", environ={})) as box:
        rows = box.rows(limit=100_000)
        assert {row.state for row in rows} == {State.DELIVERED}
        assert {row.id for row in rows} >= set(accepted.values())
        assert sorted(row.ticket_id or "" for row in rows) == sorted(t.id for t in sandbox.tickets)
