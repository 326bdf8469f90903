"""SandboxServer lifecycle, thread safety, and the kiosk-sandbox command line."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import threading
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import httpx
import pytest

from kiosk.sandbox import DEMO_API_KEY, DEMO_LOCATION_ID, Faults, SandboxServer
from kiosk.sandbox.__main__ import main
from tests.sandbox.helpers import create, ticket_body

REPO_ROOT = Path(__file__).resolve().parents[2]


def sandbox_threads() -> int:
    return sum(1 for t in threading.enumerate() if t.name == "kiosk-sandbox")


def test_start_and_stop_are_clean() -> None:
    threads_before = sandbox_threads()
    server = SandboxServer(port=0, host="127.0.0.1", api_key="k", faults=Faults(fail_503=1))
    url = server.start()
    assert url == server.url == f"http://127.0.0.1:{server.port}"
    assert server.port > 0
    with pytest.raises(RuntimeError, match="already started"):
        server.start()
    headers = {"X-Qminder-REST-API-Key": "k"}
    with httpx.Client(base_url=url, headers=headers, trust_env=False) as client:
        assert client.get(f"/v1/locations/{DEMO_LOCATION_ID}").status_code == 503
        assert client.get(f"/v1/locations/{DEMO_LOCATION_ID}").status_code == 200
    server.stop()
    server.stop()  # a second stop does nothing
    assert sandbox_threads() == threads_before
    with pytest.raises(httpx.ConnectError), httpx.Client(trust_env=False) as client:
        client.get(url)


def test_context_manager_and_busy_port() -> None:
    with SandboxServer(appointments=False) as server:
        assert server.api_key == DEMO_API_KEY
        with pytest.raises(OSError, match=r"in use|Errno"):
            SandboxServer(port=server.port).start()
        with httpx.Client(trust_env=False) as client:
            assert client.get(server.url + "/_sandbox/tickets").json() == []


def test_stop_while_a_request_is_waiting() -> None:
    server = SandboxServer(faults=Faults(latency=5.0))
    server.start()
    with httpx.Client(trust_env=False, timeout=10.0) as client:
        errors: list[Exception] = []

        def slow_call() -> None:
            try:
                client.get(server.url + "/v1/locations")
            except httpx.HTTPError as exc:
                errors.append(exc)

        caller = threading.Thread(target=slow_call)
        caller.start()
        while not server.requests:
            threading.Event().wait(0.01)
        server.stop()
        caller.join()
    assert len(errors) == 1


def test_concurrent_creations_get_distinct_numbers(sandbox: SandboxServer) -> None:
    headers = {"X-Qminder-REST-API-Key": sandbox.api_key}
    with (
        httpx.Client(base_url=sandbox.url, headers=headers, trust_env=False) as client,
        ThreadPoolExecutor(max_workers=8) as pool,
    ):
        creations = [pool.submit(lambda: create(client, ticket_body()).json()) for _ in range(16)]
        reads = [pool.submit(lambda: len(sandbox.tickets)) for _ in range(16)]
        answers = [f.result() for f in creations]
        seen = [f.result() for f in reads]
    assert sorted(int(a["publicId"].split("-")[1]) for a in answers) == list(range(1, 17))
    assert len({a["id"] for a in answers}) == 16
    assert all(0 <= n <= 16 for n in seen)
    assert len(sandbox.tickets) == 16
    tickets = sandbox.tickets
    tickets[0].body["firstName"] = "changed"  # copies: the store is not touched
    assert sandbox.tickets[0].body["firstName"] == "Jane"


def test_cli_help(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["--help"])
    assert exit_info.value.code == 0
    out = capsys.readouterr().out
    for option in (
        "--port",
        "--latency",
        "--fail-503",
        "--rate-limit",
        "--retry-after",
        "--error-500-after-create",
        "--drop-before",
        "--drop-after",
        "--malformed-json",
    ):
        assert option in out


def test_cli_rejects_bad_fault(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--fail-503", "-1"]) == 2
    assert "fail_503" in capsys.readouterr().err


@pytest.mark.skipif(sys.platform == "win32", reason="sends SIGINT")
def test_cli_runs_and_stops_on_ctrl_c() -> None:
    env = {**os.environ, "PYTHONPATH": str(REPO_ROOT)}
    command = [sys.executable, "-m", "kiosk.sandbox", "--port", "0", "--fail-503", "1"]
    with subprocess.Popen(
        command, cwd=REPO_ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    ) as proc:
        assert proc.stdout is not None
        try:
            first = proc.stdout.readline()
            assert first.startswith("Qminder sandbox listening on http://127.0.0.1:"), first
            url = first.rsplit(" ", 1)[1].strip()
            assert proc.stdout.readline().strip() == f"API key: {DEMO_API_KEY}"
            assert proc.stdout.readline().strip() == f"Location id: {DEMO_LOCATION_ID}"
            headers = {"X-Qminder-REST-API-Key": DEMO_API_KEY}
            with httpx.Client(base_url=url, headers=headers, trust_env=False) as client:
                assert client.get("/v1/locations").status_code == 503
                assert client.get("/v1/locations").status_code == 200
            proc.send_signal(signal.SIGINT)
            out, err = proc.communicate(timeout=10)
        finally:
            if proc.poll() is None:
                proc.kill()
                proc.communicate()
    assert proc.returncode == 0, err
    assert "Stopped." in out
    assert DEMO_API_KEY not in err  # request logs never show the key


def test_free_port_helper_matches_a_fixed_port() -> None:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    with SandboxServer(port=port) as server:
        assert server.url == f"http://127.0.0.1:{port}"
