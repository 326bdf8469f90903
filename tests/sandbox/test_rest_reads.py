"""Auth and the legacy /v1 reads: location, lines, ticket, search, count, estimated time."""

from __future__ import annotations

import time
from datetime import UTC, datetime, timedelta

import httpx
import pytest

from kiosk.sandbox import DEMO_LOCATION_ID, SandboxServer
from kiosk.sandbox.seed import LINE_GENERAL, LINE_OLD, LINE_PERMITS, LINE_VEHICLES
from tests.sandbox.helpers import create, ticket_body

UNAUTHENTICATED = {
    "statusCode": 401,
    "message": "Please authenticate",
    "developerMessage": "Set X-Qminder-REST-API-Key HTTP header with API key",
}
INVALID_KEY = {"statusCode": 403, "message": "Provided API key is invalid"}


@pytest.mark.parametrize(
    ("method", "path"),
    [
        ("POST", "/tickets"),
        ("POST", "/graphql"),
        ("GET", f"/v1/locations/{DEMO_LOCATION_ID}"),
        ("GET", "/v1/tickets/search"),
    ],
)
def test_api_key_is_required(
    anonymous: httpx.Client, sandbox: SandboxServer, method: str, path: str
) -> None:
    missing = anonymous.request(method, path, json={})
    assert (missing.status_code, missing.json()) == (401, UNAUTHENTICATED)
    wrong = anonymous.request(method, path, json={}, headers={"X-Qminder-REST-API-Key": "nope"})
    assert (wrong.status_code, wrong.json()) == (403, INVALID_KEY)
    assert sandbox.tickets == []


def test_control_endpoints_need_no_key(anonymous: httpx.Client) -> None:
    assert anonymous.get("/_sandbox/tickets").status_code == 200


def test_unknown_path_and_method_answer_json(client: httpx.Client) -> None:
    missing = client.get("/v1/nothing")
    assert (missing.status_code, missing.json()["statusCode"]) == (404, 404)
    wrong_method = client.get("/tickets")
    assert wrong_method.status_code == 405
    assert "POST" in wrong_method.headers["Allow"]


def test_location(client: httpx.Client) -> None:
    data = client.get(f"/v1/locations/{DEMO_LOCATION_ID}").json()
    assert data["statusCode"] == 200
    assert data["id"] == int(DEMO_LOCATION_ID)
    assert data["name"] == "City Service Centre"
    assert data["country"] == "ee"
    assert data["timezoneOffset"] in {120, 180}
    assert isinstance(data["latitude"], float)
    assert isinstance(data["longitude"], float)
    assert data["address"]
    assert client.get("/v1/locations").json()["data"][0]["id"] == int(DEMO_LOCATION_ID)
    missing = client.get("/v1/locations/1")
    assert (missing.status_code, missing.json()["statusCode"]) == (404, 404)


def test_lines(client: httpx.Client) -> None:
    data = client.get(f"/v1/locations/{DEMO_LOCATION_ID}/lines").json()
    assert data["statusCode"] == 200
    lines = {line["id"]: line for line in data["data"]}
    assert int(LINE_OLD) not in lines  # archived lines are left out
    assert lines[int(LINE_VEHICLES)]["disabled"] is True
    assert lines[int(LINE_GENERAL)] == {
        "id": int(LINE_GENERAL),
        "name": "General enquiries",
        "location": int(DEMO_LOCATION_ID),
        "color": "#6e5ce6",
        "disabled": False,
    }
    assert client.get(f"/v1/lines/{LINE_PERMITS}").json()["name"] == "Residence permits"
    assert client.get("/v1/lines/1").status_code == 404
    assert client.get("/v1/locations/1/lines").status_code == 404


def test_ticket_in_legacy_shape(client: httpx.Client) -> None:
    body = ticket_body(email="jane@example.com", languageCode="et", labels=[{"value": "Kiosk"}])
    created = create(client, body).json()
    data = client.get(f"/v1/tickets/{created['id']}").json()
    assert data["statusCode"] == 200
    assert data["id"] == created["id"]
    assert data["publicId"] == created["publicId"]
    assert (data["status"], data["source"], data["line"]) == ("NEW", "NAME", int(LINE_GENERAL))
    assert (data["firstName"], data["lastName"]) == ("Jane", "Doe")
    assert data["phoneNumber"] == 3725123456
    assert (data["email"], data["languageCode"]) == ("jane@example.com", "et")
    assert data["created"]["date"].endswith("Z")
    created_at = datetime.fromisoformat(data["created"]["date"])
    assert abs(created_at - datetime.now(UTC)) < timedelta(seconds=30)
    assert data["extra"] == [{"title": "Preferred contact", "value": "Phone call"}]
    assert data["labels"][0]["value"] == "Kiosk"
    assert data["labels"][0]["color"]

    missing = client.get("/v1/tickets/42")
    assert (missing.status_code, missing.json()) == (
        404,
        {"statusCode": 404, "message": "Ticket with id 42 not found"},
    )


def make_tickets(client: httpx.Client, sandbox: SandboxServer) -> list[str]:
    ids = [
        create(client, ticket_body()).json()["id"],
        create(client, ticket_body(lineId=LINE_PERMITS)).json()["id"],
        create(client, ticket_body()).json()["id"],
    ]
    sandbox.set_ticket_status(ids[0], "CALLED")
    return ids


def search(client: httpx.Client, **params: str) -> list[str]:
    response = client.get("/v1/tickets/search", params=params)
    assert response.status_code == 200, response.text
    assert response.json()["statusCode"] == 200
    return [t["id"] for t in response.json()["data"]]


def test_search_filters(client: httpx.Client, sandbox: SandboxServer) -> None:
    first, permit, third = make_tickets(client, sandbox)
    assert search(client) == [first, permit, third]
    assert search(client, line=LINE_GENERAL) == [first, third]
    assert search(client, line=f"{LINE_GENERAL},{LINE_PERMITS}") == [first, permit, third]
    assert search(client, status="NEW") == [permit, third]
    assert search(client, status="CALLED,SERVED") == [first]
    assert search(client, line=LINE_GENERAL, status="NEW") == [third]
    assert search(client, location=DEMO_LOCATION_ID, limit="2") == [first, permit]
    assert search(client, location="1") == []
    assert search(client, order="id DESC") == [third, permit, first]
    assert search(client, order="called DESC") == [first, permit, third]

    now = datetime.now(UTC)
    assert search(client, minCreated=(now - timedelta(minutes=5)).isoformat()) == [
        first,
        permit,
        third,
    ]
    assert (
        search(client, minCreated=(now + timedelta(minutes=5)).strftime("%Y-%m-%dT%H:%M:%SZ")) == []
    )
    assert search(client, maxCreated=str(int(time.time()) - 300)) == []
    assert search(client, maxCreated=str(int(time.time()) + 300)) == [first, permit, third]
    assert search(client, minCalled=str(int(time.time()) - 300)) == [first]


@pytest.mark.parametrize(
    "params",
    [
        {"status": "WAITING"},
        {"limit": "0"},
        {"limit": "20001"},
        {"limit": "ten"},
        {"line": "general"},
        {"order": "name ASC"},
        {"order": "id UP"},
        {"minCreated": "yesterday"},
        {"location": "1,2"},
        {"lines": LINE_GENERAL},
    ],
)
def test_search_rejects_bad_parameters(client: httpx.Client, params: dict[str, str]) -> None:
    response = client.get("/v1/tickets/search", params=params)
    assert response.status_code == 400
    assert response.json()["statusCode"] == 400
    assert response.json()["message"]


def test_count(client: httpx.Client, sandbox: SandboxServer) -> None:
    make_tickets(client, sandbox)
    params = {"line": LINE_GENERAL, "status": "NEW"}
    assert client.get("/v1/tickets/count", params=params).json() == {"statusCode": 200, "count": 1}
    assert client.post("/v1/tickets/count").json()["count"] == 3


def test_estimated_time_grows_with_tickets_ahead(
    client: httpx.Client, sandbox: SandboxServer
) -> None:
    ids = [create(client, ticket_body()).json()["id"] for _ in range(3)]

    def eta(ticket_id: str) -> int:
        response = client.get(f"/v1/tickets/{ticket_id}/estimated-time")
        assert response.status_code == 200
        value: int = response.json()["estimatedTimeOfService"]
        return value

    now = time.time()
    assert abs(eta(ids[0]) - now) < 5
    assert abs(eta(ids[2]) - (now + 2 * 240)) < 5
    sandbox.set_ticket_status(ids[0], "CALLED")
    assert abs(eta(ids[2]) - (now + 240)) < 5
    assert client.get("/v1/tickets/1/estimated-time").status_code == 404


def test_control_endpoint_moves_a_ticket(
    client: httpx.Client, anonymous: httpx.Client, sandbox: SandboxServer
) -> None:
    ticket_id = create(client, ticket_body()).json()["id"]
    moved = anonymous.post(f"/_sandbox/tickets/{ticket_id}/status", json={"status": "SERVED"})
    assert moved.status_code == 200
    assert moved.json()["status"] == "SERVED"
    data = client.get(f"/v1/tickets/{ticket_id}").json()
    assert data["status"] == "SERVED"
    assert "served" in data
    assert "called" in data
    assert (
        anonymous.post("/_sandbox/tickets/1/status", json={"status": "CALLED"}).status_code == 404
    )
    assert (
        anonymous.post(f"/_sandbox/tickets/{ticket_id}/status", json={"status": "X"}).status_code
        == 400
    )
    [listed] = anonymous.get("/_sandbox/tickets").json()
    assert listed["publicId"] == "A-1"
    assert listed["body"]["firstName"] == "Jane"
