"""Handlers of the Qminder-compatible API: `POST /tickets`, `POST /graphql` and `/v1` reads."""

from __future__ import annotations

import json
import re
import time
from datetime import UTC, datetime

from aiohttp import web

from kiosk.sandbox.gql import Context, run_query
from kiosk.sandbox.legacy import line_json, location_json, ticket_json
from kiosk.sandbox.rules import check_ticket
from kiosk.sandbox.search import SearchError, parse_search
from kiosk.sandbox.state import STATE, error, json_response

API_VERSION = "2020-09-01"
SECONDS_PER_TICKET_AHEAD = 240
CHECK_IN_ROUTE = "/v1/appointments/{ticketId}/checkin"
CHECK_IN_PATH = re.compile(r"^/v1/appointments/[^/]+/checkin$")


def add_api_routes(app: web.Application) -> None:
    """Register the API routes (the search route before the ticket-id route)."""
    app.router.add_post("/tickets", create_ticket)
    app.router.add_post("/graphql", graphql)
    app.router.add_get("/v1/locations", list_locations)
    app.router.add_get("/v1/locations/{id}", get_location)
    app.router.add_get("/v1/locations/{id}/lines", list_lines)
    app.router.add_get("/v1/lines/{id}", get_line)
    app.router.add_get("/v1/tickets/search", search_tickets)
    app.router.add_get("/v1/tickets/count", count_tickets)
    app.router.add_post("/v1/tickets/count", count_tickets)
    app.router.add_get("/v1/tickets/{id}", get_ticket)
    app.router.add_get("/v1/tickets/{id}/estimated-time", estimated_time)
    app.router.add_post(CHECK_IN_ROUTE, check_in_appointment)


async def create_ticket(request: web.Request) -> web.Response:
    """`POST /tickets`: validate, store, answer 201 `{id, publicId}`."""
    state = request.app[STATE]
    if request.headers.get("X-Qminder-API-Version") != API_VERSION:
        return error(400, f"X-Qminder-API-Version header must be set to {API_VERSION}")
    if request.content_type != "application/json":
        return error(415, "Content-Type must be application/json")
    try:
        body = json.loads(await request.read())
    except ValueError:
        return error(400, "Malformed JSON request body")
    rejection = check_ticket(body, state.location)
    if rejection is not None:
        return json_response(rejection.body, status=rejection.status)
    line_id: str = body["lineId"]
    ticket = state.store.create(line_id, state.location.line_letter(line_id), body)
    return json_response({"id": ticket.id, "publicId": ticket.public_id}, status=201)


async def check_in_appointment(request: web.Request) -> web.Response:
    """`POST /v1/appointments/{ticketId}/checkin`: SCHEDULED → NEW with a public id; 200.

    400 when the version header is missing or wrong, or the ticket is not SCHEDULED (already
    checked in, cancelled, a walk-in); 404 when there is no such ticket. The body is ignored.
    """
    state = request.app[STATE]
    if request.headers.get("X-Qminder-API-Version") != API_VERSION:
        return error(400, f"X-Qminder-API-Version header must be set to {API_VERSION}")
    ticket_id = request.match_info["ticketId"]
    ticket = state.store.get(ticket_id)
    if ticket is None:
        return error(404, f"Appointment with id {ticket_id} not found")
    if ticket.status != "SCHEDULED":
        return error(400, "Ticket is not in scheduled status")
    location = state.location
    letter = location.line_letter(ticket.line_id) if location.line(ticket.line_id) else "X"
    checked = state.store.check_in(ticket_id, letter)
    if checked is None or checked.status != "NEW":  # changed meanwhile by another request
        return error(400, "Ticket is not in scheduled status")
    return web.Response(status=200)


async def graphql(request: web.Request) -> web.Response:
    """`POST /graphql`: run the query; errors are answered with 200 and `errors`."""
    state = request.app[STATE]
    try:
        payload = json.loads(await request.read())
    except ValueError:
        return error(400, "Malformed JSON request body")
    return json_response(run_query(payload, Context(state.location, state.store)))


async def list_locations(request: web.Request) -> web.Response:
    """`GET /v1/locations`."""
    location = request.app[STATE].location
    return json_response({"statusCode": 200, "data": [location_json(location)]})


async def get_location(request: web.Request) -> web.Response:
    """`GET /v1/locations/{id}`."""
    location = request.app[STATE].location
    location_id = request.match_info["id"]
    if location_id != location.id:
        return error(404, f"Location with id {location_id} not found")
    return json_response({"statusCode": 200, **location_json(location)})


async def list_lines(request: web.Request) -> web.Response:
    """`GET /v1/locations/{id}/lines`: enabled and disabled lines; archived ones are left out."""
    location = request.app[STATE].location
    location_id = request.match_info["id"]
    if location_id != location.id:
        return error(404, f"Location with id {location_id} not found")
    lines = [line_json(ln, location) for ln in location.lines if not ln.archived]
    return json_response({"statusCode": 200, "data": lines})


async def get_line(request: web.Request) -> web.Response:
    """`GET /v1/lines/{id}`."""
    location = request.app[STATE].location
    line = location.line(request.match_info["id"])
    if line is None:
        return error(404, f"Line with id {request.match_info['id']} not found")
    return json_response({"statusCode": 200, **line_json(line, location)})


async def get_ticket(request: web.Request) -> web.Response:
    """`GET /v1/tickets/{id}` in the legacy ticket shape."""
    state = request.app[STATE]
    ticket = state.store.get(request.match_info["id"])
    if ticket is None:
        return error(404, f"Ticket with id {request.match_info['id']} not found")
    return json_response({"statusCode": 200, **ticket_json(ticket, state.location)})


async def search_tickets(request: web.Request) -> web.Response:
    """`GET /v1/tickets/search`."""
    state = request.app[STATE]
    try:
        search = parse_search(request.query)
    except SearchError as exc:
        return error(400, str(exc))
    found = search.run(state.store.all(), state.location.id)
    data = []
    for ticket in found:
        item = ticket_json(ticket, state.location)
        if "INTERACTIONS" in search.scopes:
            item["interactions"] = []
        if "MESSAGES" in search.scopes:
            item["messages"] = []
        data.append(item)
    return json_response({"statusCode": 200, "data": data})


async def count_tickets(request: web.Request) -> web.Response:
    """`GET` or `POST /v1/tickets/count` with the search filters."""
    state = request.app[STATE]
    try:
        search = parse_search(request.query, with_limit=False)
    except SearchError as exc:
        return error(400, str(exc))
    count = sum(1 for t in state.store.all() if search.matches(t, state.location.id))
    return json_response({"statusCode": 200, "count": count})


async def estimated_time(request: web.Request) -> web.Response:
    """`GET /v1/tickets/{id}/estimated-time`: now plus four minutes per NEW ticket ahead."""
    state = request.app[STATE]
    ticket_id = request.match_info["id"]
    tickets = state.store.all()
    ticket = next((t for t in tickets if t.id == ticket_id), None)
    if ticket is None:
        return error(404, f"Ticket with id {ticket_id} not found")
    if ticket.status == "NEW":
        ahead = sum(
            1
            for t in tickets
            if t.line_id == ticket.line_id and t.status == "NEW" and int(t.id) < int(ticket.id)
        )
        moment = time.time() + ahead * SECONDS_PER_TICKET_AHEAD
    else:
        moment = (ticket.called or datetime.now(UTC)).timestamp()
    return json_response({"estimatedTimeOfService": int(moment)})
