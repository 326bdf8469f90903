"""Control endpoints under `/_sandbox/` for tests and demos; they need no API key.

- `GET /_sandbox/faults`, `POST /_sandbox/faults` (JSON object with `Faults` keys; replaces them)
- `GET /_sandbox/requests`: recorded API requests, API key masked
- `GET /_sandbox/tickets`: stored tickets with their request bodies
- `POST /_sandbox/tickets/{id}/status` with `{"status": "CALLED"}`: move a ticket
- `POST /_sandbox/location` with `{"disabledLines": [ids], "archivedLines": [ids],
  "languages": [codes]}` (every key optional): serve the seeded location changed as an
  administrator would in Qminder: a list given says exactly which lines are disabled (or
  archived), `languages` keeps only those codes (`[]`: none); a key left out keeps the seed's
- `POST /_sandbox/reset`: clear tickets, recorded requests and faults; serve the seeded location
"""

from __future__ import annotations

import json
from dataclasses import replace
from typing import Any

from aiohttp import web

from kiosk.sandbox.faults import Faults
from kiosk.sandbox.legacy import iso
from kiosk.sandbox.model import Location
from kiosk.sandbox.state import STATE, error, json_response
from kiosk.sandbox.store import Ticket

PREFIX = "/_sandbox/"


def add_control_routes(app: web.Application) -> None:
    """Register the control endpoints."""
    app.router.add_get(PREFIX + "faults", get_faults)
    app.router.add_post(PREFIX + "faults", set_faults)
    app.router.add_get(PREFIX + "requests", list_requests)
    app.router.add_get(PREFIX + "tickets", list_tickets)
    app.router.add_post(PREFIX + "tickets/{id}/status", set_status)
    app.router.add_post(PREFIX + "location", change_location)
    app.router.add_post(PREFIX + "reset", reset)


def ticket_summary(ticket: Ticket) -> dict[str, Any]:
    """A stored ticket as the control API shows it (with its slot, for an appointment)."""
    summary: dict[str, Any] = {
        "id": ticket.id,
        "publicId": ticket.public_id,
        "lineId": ticket.line_id,
        "status": ticket.status,
        "created": iso(ticket.created),
        "body": ticket.body,
    }
    if ticket.slot is not None:
        summary["appointment"] = {"start": iso(ticket.slot.start), "end": iso(ticket.slot.end)}
    return summary


async def _json_object(request: web.Request) -> dict[str, Any]:
    """The request's JSON body; ValueError unless it is a JSON object."""
    data = json.loads(await request.read())
    if not isinstance(data, dict):
        raise ValueError("body must be a JSON object")
    return data


async def get_faults(request: web.Request) -> web.Response:
    """The faults still to play."""
    return json_response(request.app[STATE].faults.get().to_json())


async def set_faults(request: web.Request) -> web.Response:
    """Replace the faults with the ones in the JSON body."""
    state = request.app[STATE]
    try:
        data = await _json_object(request)
        faults = Faults.from_json(data)
    except (ValueError, TypeError) as exc:
        return error(400, str(exc))
    state.faults.set(faults)
    return json_response(faults.to_json())


async def list_requests(request: web.Request) -> web.Response:
    """Recorded API requests, oldest first."""
    return json_response([r.to_json() for r in request.app[STATE].log.all()])


async def list_tickets(request: web.Request) -> web.Response:
    """Stored tickets, oldest first."""
    return json_response([ticket_summary(t) for t in request.app[STATE].store.all()])


async def set_status(request: web.Request) -> web.Response:
    """Move a ticket to another status (e.g. CALLED, SERVED)."""
    state = request.app[STATE]
    try:
        data = json.loads(await request.read())
        status = data["status"] if isinstance(data, dict) else None
        if not isinstance(status, str):
            raise ValueError('body must be {"status": "..."}')
        ticket = state.store.set_status(request.match_info["id"], status)
    except (ValueError, KeyError) as exc:
        return error(400, str(exc))
    if ticket is None:
        return error(404, f"Ticket with id {request.match_info['id']} not found")
    return json_response(ticket_summary(ticket))


def _ids(data: dict[str, Any], key: str) -> frozenset[str] | None:
    value = data.get(key)
    if value is None:
        return None
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ValueError(f"{key} must be a list of strings")
    return frozenset(value)


def changed_location(seed: Location, data: dict[str, Any]) -> Location:
    """The seeded location with the lines' states and the languages `data` asks for."""
    unknown = sorted(set(data) - {"disabledLines", "archivedLines", "languages"})
    if unknown:
        raise ValueError(f"unknown key(s): {', '.join(unknown)}")
    disabled = _ids(data, "disabledLines")
    archived = _ids(data, "archivedLines")
    languages = _ids(data, "languages")
    lines = tuple(
        replace(
            line,
            disabled=line.disabled if disabled is None else line.id in disabled,
            archived=line.archived if archived is None else line.id in archived,
        )
        for line in seed.lines
    )
    kept = seed.languages
    if languages is not None:
        kept = tuple(language for language in seed.languages if language.code in languages)
    return replace(seed, lines=lines, languages=kept)


async def change_location(request: web.Request) -> web.Response:
    """Serve the seeded location changed as the JSON body says."""
    state = request.app[STATE]
    try:
        data = await _json_object(request)
        assert state.starting_location is not None
        state.location = changed_location(state.starting_location, data)
    except ValueError as exc:
        return error(400, str(exc))
    location = state.location
    return json_response(
        {
            "lines": [
                {"id": line.id, "disabled": line.disabled, "archived": line.archived}
                for line in location.lines
            ],
            "languages": [language.code for language in location.languages],
        }
    )


async def reset(request: web.Request) -> web.Response:
    """Clear tickets, recorded requests and faults."""
    request.app[STATE].reset()
    return json_response({"reset": True})
