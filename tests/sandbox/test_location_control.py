"""Changing the served location through the control endpoint, as an administrator would."""

from __future__ import annotations

from typing import Any

import httpx

from kiosk.sandbox import DEMO_LOCATION_ID, SandboxServer
from kiosk.sandbox.seed import DEMO_LOCATION

QUERY = (
    "query($id: ID!) { location(id: $id) { languages { code } lines { id disabled archived } } }"
)


def served(client: httpx.Client) -> dict[str, Any]:
    answer = client.post("/graphql", json={"query": QUERY, "variables": {"id": DEMO_LOCATION_ID}})
    location: dict[str, Any] = answer.json()["data"]["location"]
    return location


def test_lines_and_languages_change_and_reset_brings_them_back(
    client: httpx.Client, anonymous: httpx.Client, sandbox: SandboxServer
) -> None:
    first, *others = [line.id for line in DEMO_LOCATION.lines]
    answer = anonymous.post(
        "/_sandbox/location",
        json={"disabledLines": [first], "archivedLines": others, "languages": []},
    )
    assert answer.status_code == 200
    location = served(client)
    assert location["languages"] == []
    states = {line["id"]: (line["disabled"], line["archived"]) for line in location["lines"]}
    assert states[first] == (True, False)
    assert all(states[line_id] == (False, True) for line_id in others)

    anonymous.post("/_sandbox/location", json={"languages": ["en"]})
    location = served(client)
    assert location["languages"] == [{"code": "en"}]
    seeded = {line.id: (line.disabled, line.archived) for line in DEMO_LOCATION.lines}
    assert {line["id"]: (line["disabled"], line["archived"]) for line in location["lines"]} == (
        seeded
    )

    anonymous.post("/_sandbox/reset")
    assert len(served(client)["languages"]) == len(DEMO_LOCATION.languages)


def test_an_unknown_key_is_refused(anonymous: httpx.Client) -> None:
    answer = anonymous.post("/_sandbox/location", json={"lines": []})
    assert answer.status_code == 400
    assert "lines" in answer.json()["message"]
