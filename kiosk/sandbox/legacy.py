"""JSON shapes of the legacy `/v1` REST API: locations, lines and tickets."""

from __future__ import annotations

import zlib
from datetime import UTC, datetime
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from kiosk.sandbox.model import Line, Location
from kiosk.sandbox.store import Ticket

LABEL_COLORS = ("6E5CE6", "2BB3A3", "F2994A", "EB5757", "2D9CDB", "27AE60", "BB6BD9", "F2C94C")
FALLBACK_UTC_OFFSET_MINUTES = 120


def iso(moment: datetime) -> str:
    """UTC time as Qminder writes it: `2026-05-06T13:13:16.057Z`."""
    moment = moment.astimezone(UTC)
    return moment.strftime("%Y-%m-%dT%H:%M:%S.") + f"{moment.microsecond // 1000:03d}Z"


def utc_offset_minutes(timezone: str, at: datetime | None = None) -> int:
    """Minutes to add to UTC for local time in the zone, following daylight saving time."""
    try:
        zone = ZoneInfo(timezone)
    except (ZoneInfoNotFoundError, ValueError):
        return FALLBACK_UTC_OFFSET_MINUTES
    offset = (at or datetime.now(UTC)).astimezone(zone).utcoffset()
    return int(offset.total_seconds() // 60) if offset is not None else 0


def location_json(location: Location) -> dict[str, Any]:
    """`GET /v1/locations/{id}` and the items of `GET /v1/locations`."""
    return {
        "id": int(location.id),
        "name": location.name,
        "latitude": location.latitude,
        "longitude": location.longitude,
        "country": location.country_code.lower(),
        "address": location.address,
        "selectingDeskMandatory": False,
        "timezoneOffset": utc_offset_minutes(location.timezone),
    }


def line_json(line: Line, location: Location) -> dict[str, Any]:
    """`GET /v1/lines/{id}` and the items of `GET /v1/locations/{id}/lines`."""
    return {
        "id": int(line.id),
        "name": line.name,
        "location": int(location.id),
        "color": line.color,
        "disabled": line.disabled,
    }


def ticket_json(ticket: Ticket, location: Location) -> dict[str, Any]:
    """A ticket in the legacy shape of `GET /v1/tickets/{id}` and `/v1/tickets/search`."""
    body = ticket.body
    data: dict[str, Any] = {
        "id": ticket.id,
        **({"publicId": ticket.public_id} if ticket.public_id is not None else {}),
        "status": ticket.status,
        "source": body.get("source", "MANUAL"),
        "line": int(ticket.line_id),
        "firstName": str(body["firstName"]).strip(),
    }
    last_name = str(body.get("lastName") or "").strip()
    if last_name:
        data["lastName"] = last_name
    if body.get("phoneNumber"):
        data["phoneNumber"] = int(str(body["phoneNumber"]).lstrip("+"))
    if body.get("email"):
        data["email"] = body["email"]
    data["languageCode"] = body.get("languageCode", "en")
    data["orderAfter"] = iso(ticket.created)
    data["created"] = {"date": iso(ticket.created)}
    if ticket.called is not None:
        data["called"] = {"date": iso(ticket.called)}
    if ticket.served is not None:
        data["served"] = {"date": iso(ticket.served)}
    data["extra"] = _extra(body, location)
    data["labels"] = [
        {"value": label["value"], "color": _label_color(label["value"])}
        for label in body.get("labels", [])
    ]
    return data


def _extra(body: dict[str, Any], location: Location) -> list[dict[str, str]]:
    extra: list[dict[str, str]] = []
    for item in body.get("fields", []):
        field = location.input_field(item["inputFieldId"])
        if field is None:
            continue
        if "optionIds" in item:
            titles = [o.title for oid in item["optionIds"] if (o := field.option(oid)) is not None]
            value = ", ".join(titles)
        else:
            value = str(item["value"])
        extra.append({"title": field.title or field.type, "value": value})
    return extra


def _label_color(value: str) -> str:
    return LABEL_COLORS[zlib.crc32(value.encode("utf-8")) % len(LABEL_COLORS)]
