"""Fault injection through the Python API and the control endpoint, seen by a real client."""

from __future__ import annotations

import time

import httpx
import pytest

from kiosk.sandbox import DEMO_LOCATION_ID, Faults, SandboxServer
from tests.sandbox.helpers import create, ticket_body

LOCATION = f"/v1/locations/{DEMO_LOCATION_ID}"


def test_latency_delays_api_requests_only(
    client: httpx.Client, anonymous: httpx.Client, sandbox: SandboxServer
) -> None:
    sandbox.set_faults(latency=0.3)
    start = time.monotonic()
    assert client.get(LOCATION).status_code == 200
    assert time.monotonic() - start >= 0.3
    start = time.monotonic()
    assert anonymous.get("/_sandbox/faults").json()["latency"] == 0.3
    assert time.monotonic() - start < 0.3
    assert sandbox.faults.latency == 0.3  # latency is not count-based


def test_fail_503_counts_down(client: httpx.Client, sandbox: SandboxServer) -> None:
    sandbox.set_faults(Faults(fail_503=2))
    for _ in range(2):
        response = create(client, ticket_body())
        assert response.status_code == 503
        assert response.json()["statusCode"] == 503
    assert sandbox.tickets == []
    assert sandbox.faults.fail_503 == 0
    assert create(client, ticket_body()).status_code == 201
    assert len(sandbox.tickets) == 1


def test_rate_limit_sends_retry_after(client: httpx.Client, sandbox: SandboxServer) -> None:
    sandbox.set_faults(rate_limit=1, retry_after=7)
    limited = create(client, ticket_body())
    assert limited.status_code == 429
    assert limited.headers["Retry-After"] == "7"
    assert limited.json()["statusCode"] == 429
    assert sandbox.tickets == []
    assert create(client, ticket_body()).status_code == 201


def test_error_500_after_create_stores_the_ticket(
    client: httpx.Client, sandbox: SandboxServer
) -> None:
    sandbox.set_faults(error_500_after_create=1)
    assert client.get(LOCATION).status_code == 200  # only creations play this fault
    assert create(client, ticket_body(firstName="J")).status_code == 400  # nor failed ones
    failed = create(client, ticket_body())
    assert failed.status_code == 500
    assert failed.json()["statusCode"] == 500
    assert [t.public_id for t in sandbox.tickets] == ["A-1"]
    assert create(client, ticket_body()).json()["publicId"] == "A-2"


def test_drop_before_closes_without_processing(
    client: httpx.Client, sandbox: SandboxServer
) -> None:
    sandbox.set_faults(drop_before=1)
    with pytest.raises(httpx.TransportError):
        create(client, ticket_body())
    assert sandbox.tickets == []
    [recorded] = sandbox.requests
    assert recorded.status is None  # nothing was answered
    assert create(client, ticket_body()).status_code == 201


def test_drop_after_closes_after_creating(client: httpx.Client, sandbox: SandboxServer) -> None:
    sandbox.set_faults(drop_after=1)
    with pytest.raises(httpx.TransportError):
        create(client, ticket_body())
    assert [t.public_id for t in sandbox.tickets] == ["A-1"]
    assert create(client, ticket_body()).json()["publicId"] == "A-2"


def test_malformed_json_keeps_the_status(client: httpx.Client, sandbox: SandboxServer) -> None:
    sandbox.set_faults(malformed_json=1)
    response = create(client, ticket_body())
    assert response.status_code == 201
    assert response.headers["Content-Type"].startswith("application/json")
    with pytest.raises(ValueError, match=r"Expecting|Unterminated"):
        response.json()
    assert len(sandbox.tickets) == 1
    assert create(client, ticket_body()).json()["publicId"] == "A-2"


def test_only_restricts_faults_to_matching_requests(
    client: httpx.Client, sandbox: SandboxServer
) -> None:
    sandbox.set_faults(fail_503=1, only="POST /tickets")
    assert client.post("/graphql", json={"query": "{ locations { id } }"}).status_code == 200
    assert client.get(LOCATION).status_code == 200
    assert create(client, ticket_body()).status_code == 503
    assert create(client, ticket_body()).status_code == 201
    sandbox.set_faults(fail_503=1, only="/v1/locations/*")
    assert client.get(LOCATION).status_code == 503


def test_faults_play_in_order_one_at_a_time(client: httpx.Client, sandbox: SandboxServer) -> None:
    sandbox.set_faults(drop_before=1, fail_503=1, rate_limit=1)
    with pytest.raises(httpx.TransportError):
        client.get(LOCATION)
    assert client.get(LOCATION).status_code == 503
    assert client.get(LOCATION).status_code == 429
    assert client.get(LOCATION).status_code == 200


def test_set_faults_replaces_and_clears(sandbox: SandboxServer) -> None:
    sandbox.set_faults(Faults(fail_503=3), drop_after=1)
    assert (sandbox.faults.fail_503, sandbox.faults.drop_after) == (3, 1)
    sandbox.set_faults(rate_limit=2)
    assert sandbox.faults == Faults(rate_limit=2)
    sandbox.set_faults()
    assert sandbox.faults == Faults()
    with pytest.raises(ValueError, match="fail_503"):
        Faults(fail_503=-1)


def test_control_endpoint_sets_reads_and_resets_faults(
    client: httpx.Client, anonymous: httpx.Client, sandbox: SandboxServer
) -> None:
    answer = anonymous.post("/_sandbox/faults", json={"fail_503": 2, "only": "POST /tickets"})
    assert answer.status_code == 200
    assert sandbox.faults == Faults(fail_503=2, only="POST /tickets")
    assert create(client, ticket_body()).status_code == 503
    assert anonymous.get("/_sandbox/faults").json()["fail_503"] == 1
    bad = anonymous.post("/_sandbox/faults", json={"explode": 1})
    assert bad.status_code == 400
    assert "explode" in bad.json()["message"]
    assert anonymous.post("/_sandbox/faults", json={"latency": -1}).status_code == 400
    assert anonymous.post("/_sandbox/reset").status_code == 200
    assert sandbox.faults == Faults()
    assert sandbox.requests == []


def test_requests_are_recorded_with_the_key_hidden(
    client: httpx.Client, anonymous: httpx.Client, sandbox: SandboxServer
) -> None:
    body = ticket_body()
    create(client, body)
    [recorded] = sandbox.requests
    assert (recorded.method, recorded.path, recorded.json, recorded.status) == (
        "POST",
        "/tickets",
        body,
        201,
    )
    assert recorded.header("X-Qminder-API-Version") == "2020-09-01"
    assert recorded.header("X-Qminder-REST-API-Key") == sandbox.api_key
    assert sandbox.api_key not in repr(recorded)
    listed = anonymous.get("/_sandbox/requests").json()
    assert listed[0]["headers"]["x-qminder-rest-api-key"] == "***"
    assert sandbox.api_key not in anonymous.get("/_sandbox/requests").text


def test_down_refuses_connections_and_comes_back_on_the_same_port(
    client: httpx.Client, sandbox: SandboxServer
) -> None:
    url = sandbox.url
    assert client.get(LOCATION).status_code == 200  # leaves a pooled keep-alive connection
    sandbox.set_down(True)
    assert sandbox.is_down
    with pytest.raises(httpx.ConnectError):
        client.get(LOCATION)
    with pytest.raises(httpx.ConnectError):
        create(client, ticket_body())
    sandbox.set_down(False)
    assert not sandbox.is_down
    assert sandbox.url == url
    assert client.get(LOCATION).status_code == 200
    assert sandbox.tickets == []


@pytest.mark.parametrize("chunked", [False, True])
def test_oversized_pads_a_successful_answer_and_keeps_it_json(
    client: httpx.Client, sandbox: SandboxServer, chunked: bool
) -> None:
    fault = "oversized_stream" if chunked else "oversized"
    sandbox.set_faults(Faults(oversized_bytes=300_000, only="GET /v1/locations/*", **{fault: 1}))
    response = client.get(LOCATION)
    assert response.status_code == 200
    assert len(response.content) == 300_000
    assert ("content-length" in response.headers) is not chunked
    data = response.json()
    assert data["id"] == int(DEMO_LOCATION_ID)
    assert len(data["padding"]) > 290_000
    assert len(client.get(LOCATION).content) < 10_000  # one answer only
    assert getattr(sandbox.faults, fault) == 0


def test_a_client_hanging_up_on_an_oversized_answer_leaves_the_server_well(
    client: httpx.Client, sandbox: SandboxServer
) -> None:
    sandbox.set_faults(oversized_stream=1, oversized_bytes=50_000_000)
    with client.stream("GET", LOCATION) as response:
        assert response.status_code == 200
        next(response.iter_bytes())
    assert client.get(LOCATION).status_code == 200
