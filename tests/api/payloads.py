"""Answers shaped like Qminder's, for the mock-transport tests."""

from __future__ import annotations

from typing import Any

FIELD_TEXT = "550e8400-e29b-41d4-a716-446655440000"
FIELD_SELECT = "550e8400-e29b-41d4-a716-446655440001"
FIELD_NUMERIC = "550e8400-e29b-41d4-a716-446655440002"
FIELD_ATTACHMENT = "550e8400-e29b-41d4-a716-446655440003"
OPTION_A = "a1b2c3d4-e5f6-7890-abcd-ef1234567890"


def _hours(opens: int, closes: int) -> dict[str, Any]:
    return {
        "closed": False,
        "businessHours": [
            {"opens": {"hours": opens, "minutes": 0}, "closes": {"hours": closes, "minutes": 30}}
        ],
    }


def location_payload() -> dict[str, Any]:
    """A `location` object as the KioskConfig query returns it."""
    week = {day: _hours(9, 17) for day in ("mon", "tue", "wed", "thu", "fri")}
    week |= {"sat": {"closed": True, "businessHours": []}, "sun": None}
    return {
        "id": "4052",
        "name": "Downtown",
        "timezone": "Europe/Tallinn",
        "countryCode": "EE",
        "languages": [
            {"code": "en", "name": "English", "nativeName": "English", "primary": False},
            {"code": "et", "name": "Estonian", "nativeName": "Eesti", "primary": True},
        ],
        "openingHours2": week,
        "openingHoursExceptions2": [
            {"date": "2026-12-24", "closed": True, "closedReason": "Holiday", "businessHours": []}
        ],
        "lines": [
            {
                "id": "88100",
                "name": "Service",
                "color": "#ff00ff",
                "disabled": False,
                "archived": False,
                "translations": [{"languageCode": "et", "name": "Teenindus"}],
            },
            {
                "id": "88101",
                "name": "Closed desk",
                "color": "#00ff00",
                "disabled": True,
                "archived": False,
                "translations": [],
            },
        ],
        "inputFields": [
            {
                "id": FIELD_TEXT,
                "type": "TEXT",
                "title": "Reason",
                "visitorFacingTitle": "Reason for visit",
                "isMandatoryBeforeAdded": True,
                "multiSelect": False,
                "options": [],
                "visibleForLines": [],
                "translations": [
                    {"languageCode": "et", "title": "Põhjus", "visitorFacingTitle": None}
                ],
                "constraints": None,
            },
            {
                "id": FIELD_SELECT,
                "type": "SELECT",
                "title": "Service type",
                "visitorFacingTitle": None,
                "isMandatoryBeforeAdded": False,
                "multiSelect": True,
                "options": [
                    {
                        "id": OPTION_A,
                        "title": "New account",
                        "color": "#123456",
                        "translations": [{"languageCode": "et", "title": "Uus konto"}],
                    }
                ],
                "visibleForLines": [{"id": "88100"}],
                "translations": [],
                "constraints": None,
            },
            {
                "id": FIELD_NUMERIC,
                "type": "NUMERIC",
                "title": "Party size",
                "visitorFacingTitle": "How many of you?",
                "isMandatoryBeforeAdded": False,
                "multiSelect": False,
                "options": [],
                "visibleForLines": [],
                "translations": [],
                "constraints": {
                    "__typename": "NumericFieldConstraints",
                    "min": 1,
                    "max": 12,
                    "scale": 0,
                },
            },
            {
                "id": FIELD_ATTACHMENT,
                "type": "ATTACHMENT",
                "title": "Documents",
                "visitorFacingTitle": None,
                "isMandatoryBeforeAdded": False,
                "multiSelect": False,
                "options": [],
                "visibleForLines": [],
                "translations": [],
                "constraints": {"__typename": "AttachmentFieldConstraints"},
            },
        ],
    }


def ticket_payload(ticket_id: str = "226859", **extra: Any) -> dict[str, Any]:
    """A ticket in the legacy REST shape (``GET /v1/tickets/{id}``)."""
    return {
        "statusCode": 200,
        "id": ticket_id,
        "status": "NEW",
        "source": "NAME",
        "line": 88100,
        "firstName": "Jane",
        "lastName": "Doe",
        "phoneNumber": 3725551234,
        "created": {"date": "2026-03-01T10:15:00.000Z"},
        **extra,
    }
