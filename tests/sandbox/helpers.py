"""Shared request helpers for the sandbox tests."""

from __future__ import annotations

from typing import Any

import httpx

from kiosk.sandbox.seed import FIELD_CONTACT, LINE_GENERAL, OPTION_CALL

V2 = {"X-Qminder-API-Version": "2020-09-01"}


def ticket_body(**overrides: Any) -> dict[str, Any]:
    """A body the demo location accepts for the General enquiries line, with overrides."""
    body: dict[str, Any] = {
        "lineId": LINE_GENERAL,
        "firstName": "Jane",
        "lastName": "Doe",
        "phoneNumber": "+3725123456",
        "source": "NAME",
        "fields": [{"inputFieldId": FIELD_CONTACT, "optionIds": [OPTION_CALL]}],
    }
    body.update(overrides)
    return body


def create(client: httpx.Client, body: Any) -> httpx.Response:
    """POST /tickets with the version header."""
    return client.post("/tickets", json=body, headers=V2)
