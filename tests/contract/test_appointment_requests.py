"""The appointment calls' requests, as the sandbox received them, against Qminder's documents:
the check-in against the OpenAPI operation, the GraphQL queries against the published schema."""

from __future__ import annotations

import asyncio
import datetime as dt
import re
from typing import Any

import pytest
from graphql import GraphQLSchema

from kiosk.api import ApiConfig, AppointmentNotScheduled, QminderClient
from kiosk.domain.appointments import today_window
from kiosk.sandbox import DEMO_API_KEY, DEMO_LOCATION_ID, RecordedRequest, SandboxServer
from tests.contract.test_graphql_queries import _check

CHECK_IN = "/v1/appointments/{ticketId}/checkin"


def _drive(server: SandboxServer) -> list[RecordedRequest]:
    """Every appointment call once (and a check-in twice), as the kiosk would make them."""
    config = ApiConfig(api_key=DEMO_API_KEY, base_url=server.url, deadline=5.0)
    due = server.appointments["due"].id
    start, end = today_window(dt.datetime.now(dt.UTC), dt.UTC)

    async def go() -> None:
        async with QminderClient(config) as client:
            await client.appointments(DEMO_LOCATION_ID, start, end, page_size=2)
            await client.ticket_status(due)
            await client.check_in_appointment(due)
            with pytest.raises(AppointmentNotScheduled):
                await client.check_in_appointment(due)

    asyncio.run(go())
    return server.requests


def _operation(openapi: dict[str, Any], request: RecordedRequest) -> dict[str, Any]:
    """The OpenAPI operation whose path template and method match the request."""
    for template, item in openapi["paths"].items():
        pattern = "^" + re.sub(r"\\\{[^}]+\\\}", "[^/]+", re.escape(template)) + "$"
        if re.match(pattern, request.path) and request.method.lower() in item:
            operation: dict[str, Any] = item[request.method.lower()]
            return operation
    raise AssertionError(f"{request.method} {request.path} is not in Qminder's OpenAPI document")


def _problems(openapi: dict[str, Any], request: RecordedRequest) -> list[str]:
    """What in the request breaks the documented operation (headers, parameters, body)."""
    operation = _operation(openapi, request)
    problems: list[str] = []
    for parameter in operation.get("parameters", []):
        if parameter["in"] != "header":
            continue
        value = request.header(parameter["name"])
        if value is None:
            if parameter.get("required"):
                problems.append(f"missing header {parameter['name']}")
            continue
        allowed = parameter.get("schema", {}).get("enum")
        if allowed is not None and value not in allowed:
            problems.append(f"header {parameter['name']}={value!r} not in {allowed}")
    for scheme in openapi["components"]["securitySchemes"].values():
        if scheme["in"] == "header" and request.header(scheme["name"]) is None:
            problems.append(f"missing security header {scheme['name']}")
    if "requestBody" not in operation and request.json is not None:
        problems.append("a body the operation does not take")
    return problems


@pytest.fixture
def recorded(appointment_sandbox: SandboxServer) -> list[RecordedRequest]:
    return _drive(appointment_sandbox)


def test_the_check_in_is_the_documented_operation(
    openapi: dict[str, Any], recorded: list[RecordedRequest]
) -> None:
    check_ins = [r for r in recorded if r.path.endswith("/checkin")]
    assert len(check_ins) == 2
    for request in check_ins:
        assert _operation(openapi, request)["operationId"] == "checkin-appointment"
        assert _problems(openapi, request) == []
    documented = set(openapi["paths"][CHECK_IN]["post"]["responses"])
    assert {str(r.status) for r in check_ins} <= documented  # 200, then 400


def test_the_check_catches_a_missing_version_header(
    openapi: dict[str, Any], recorded: list[RecordedRequest]
) -> None:
    request = next(r for r in recorded if r.path.endswith("/checkin"))
    headers = {k: v for k, v in request.headers.items() if k != "x-qminder-api-version"}
    bare = RecordedRequest(
        request.method, request.path, {}, headers, {"ticket": 1}, request.received
    )
    assert _problems(openapi, bare) == [
        "missing header X-Qminder-API-Version",
        "a body the operation does not take",
    ]


def test_the_graphql_queries_sent_validate_against_the_published_schema(
    graphql_schema: GraphQLSchema, recorded: list[RecordedRequest]
) -> None:
    bodies = [r.json for r in recorded if r.path == "/graphql"]
    names = set()
    for body in bodies:
        assert set(body) == {"query", "variables"}
        _check(graphql_schema, body["query"], body["variables"])
        names.add(body["query"].split("(")[0].split()[-1])
    assert names == {"TodaysAppointments", "TicketStatus"}
    search = next(b for b in bodies if "ticketSearch" in b["query"])
    assert "SCHEDULED" in search["query"]
    assert "email" not in search["query"]  # only what the lookup needs
    assert search["variables"]["start"].endswith("Z")
