"""GraphQL: the sandbox's schema (`schema.graphql`), its resolvers, and Qminder-style answers."""

from __future__ import annotations

import functools
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from importlib.resources import files
from typing import Any

from graphql import (
    GraphQLError,
    GraphQLInterfaceType,
    GraphQLObjectType,
    GraphQLResolveInfo,
    GraphQLScalarType,
    GraphQLSchema,
    build_schema,
    execute_sync,
    parse,
    validate,
)

from kiosk.sandbox.gql_errors import (
    NotFoundError,
    execution_error_type,
    format_error,
    request_error,
    validation_errors,
)
from kiosk.sandbox.gql_tickets import wire_tickets
from kiosk.sandbox.model import (
    WEEKDAYS,
    AttachmentConstraints,
    Hours,
    InputField,
    Line,
    Location,
    NumericConstraints,
    OpeningException,
)
from kiosk.sandbox.store import TicketStore

__all__ = ["Context", "NotFoundError", "run_query", "sandbox_schema"]


@dataclass(frozen=True)
class Context:
    """What resolvers read: the served location and the ticket store."""

    location: Location
    store: TicketStore


def run_query(payload: object, context: Context) -> dict[str, Any]:
    """Answer a GraphQL request body `{query, variables, operationName}` like Qminder does.

    The result is always sent with HTTP 200; failures are reported in `errors`.
    """
    if not isinstance(payload, dict) or not isinstance(payload.get("query"), str):
        return {"errors": [request_error("Request body must be a JSON object with a query")]}
    variables = payload.get("variables")
    operation_name = payload.get("operationName")
    if variables is not None and not isinstance(variables, dict):
        return {"errors": [request_error("variables must be a JSON object")]}
    if operation_name is not None and not isinstance(operation_name, str):
        return {"errors": [request_error("operationName must be a string")]}
    try:
        document = parse(payload["query"])
    except GraphQLError as error:
        return {"errors": [format_error(error, "InvalidSyntax")]}
    schema = sandbox_schema()
    if validate(schema, document):
        return {"errors": validation_errors(schema, document)}
    result = execute_sync(
        schema,
        document,
        context_value=context,
        variable_values=variables,
        operation_name=operation_name,
    )
    answer: dict[str, Any] = {"data": result.data}
    if result.errors:
        answer["errors"] = [format_error(e, execution_error_type(e)) for e in result.errors]
    return answer


@functools.cache
def sandbox_schema() -> GraphQLSchema:
    """The executable schema built from `schema.graphql`, with resolvers and scalars."""
    sdl = files("kiosk.sandbox").joinpath("schema.graphql").read_text(encoding="utf-8")
    schema = build_schema(sdl)
    _scalar(schema, "Date", _date_time)
    _scalar(schema, "LocalDate", _local_date)
    _scalar(schema, "BigDecimal", _big_decimal)
    _scalar(schema, "Short", _short)
    constraints = schema.get_type("InputFieldConstraints")
    assert isinstance(constraints, GraphQLInterfaceType)
    constraints.resolve_type = _constraints_type
    _resolver(schema, "Query", "locations", _query_locations)
    _resolver(schema, "Query", "location", _query_location)
    _resolver(schema, "Query", "line", _query_line)
    _resolver(schema, "Query", "inputField", _query_input_field)
    _resolver(schema, "Location", "lines", _location_lines)
    _resolver(schema, "Location", "inputFields", _location_input_fields)
    _resolver(schema, "Line", "location", _owner_location)
    _resolver(schema, "Line", "hasActiveTickets", _line_has_active_tickets)
    _resolver(schema, "InputField", "location", _owner_location)
    wire_tickets(schema, line_view)
    return schema


# --- schema wiring ---------------------------------------------------------------------------


def _scalar(schema: GraphQLSchema, name: str, output: Callable[[Any], Any]) -> None:
    scalar = schema.get_type(name)
    assert isinstance(scalar, GraphQLScalarType)
    # graphql-core 3.3 reads `coerce_output_value`; 3.2 reads `serialize`.
    setattr(scalar, "coerce_output_value", output)  # noqa: B010
    setattr(scalar, "serialize", output)  # noqa: B010


def _resolver(schema: GraphQLSchema, type_name: str, field: str, fn: Callable[..., Any]) -> None:
    object_type = schema.get_type(type_name)
    assert isinstance(object_type, GraphQLObjectType)
    object_type.fields[field].resolve = fn


def _date_time(value: Any) -> str:
    if not isinstance(value, datetime):
        raise GraphQLError(f"Date cannot represent {value!r}")
    return value.strftime("%Y-%m-%dT%H:%M:%S.") + f"{value.microsecond // 1000:03d}Z"


def _local_date(value: Any) -> str:
    if not isinstance(value, date):
        raise GraphQLError(f"LocalDate cannot represent {value!r}")
    return value.isoformat()


def _big_decimal(value: Any) -> int | float:
    if isinstance(value, Decimal):
        return int(value) if value == value.to_integral_value() else float(value)
    if isinstance(value, int | float) and not isinstance(value, bool):
        return value
    raise GraphQLError(f"BigDecimal cannot represent {value!r}")


def _short(value: Any) -> int:
    if isinstance(value, int) and not isinstance(value, bool) and -32768 <= value <= 32767:
        return value
    raise GraphQLError(f"Short cannot represent {value!r}")


def _constraints_type(value: Any, _info: GraphQLResolveInfo[Context], _type: Any) -> str:
    return str(value["__typename"])


# --- resolvers -------------------------------------------------------------------------------


def _context(info: GraphQLResolveInfo[Context]) -> Context:
    context = info.context
    if not isinstance(context, Context):
        raise TypeError("the sandbox schema needs a gql.Context")
    return context


def _query_locations(_source: Any, info: GraphQLResolveInfo[Context]) -> list[dict[str, Any]]:
    return [location_view(_context(info).location)]


def _query_location(_source: Any, info: GraphQLResolveInfo[Context], id: str) -> dict[str, Any]:
    location = _context(info).location
    if id != location.id:
        raise NotFoundError(f"Location with id {id} not found")
    return location_view(location)


def _query_line(_source: Any, info: GraphQLResolveInfo[Context], id: str) -> dict[str, Any]:
    line = _context(info).location.line(id)
    if line is None:
        raise NotFoundError(f"Line with id {id} not found")
    return line_view(line)


def _query_input_field(_source: Any, info: GraphQLResolveInfo[Context], id: str) -> dict[str, Any]:
    location = _context(info).location
    field = next((f for f in location.input_fields if f.id == id), None)
    if field is None:
        raise NotFoundError(f"Input field with id {id} not found")
    return input_field_view(field, location)


def _location_lines(
    source: dict[str, Any], _info: GraphQLResolveInfo[Context], archived: bool | None = None
) -> list[dict[str, Any]]:
    location: Location = source["_location"]
    return [line_view(ln) for ln in location.lines if archived is None or ln.archived == archived]


def _location_input_fields(
    source: dict[str, Any], _info: GraphQLResolveInfo[Context], includeDeleted: bool | None = None
) -> list[dict[str, Any]]:
    location: Location = source["_location"]
    return [
        input_field_view(f, location)
        for f in location.input_fields
        if includeDeleted or not f.deleted
    ]


def _owner_location(_source: Any, info: GraphQLResolveInfo[Context]) -> dict[str, Any]:
    return location_view(_context(info).location)


def _line_has_active_tickets(source: dict[str, Any], info: GraphQLResolveInfo[Context]) -> bool:
    return any(
        t.line_id == source["id"] and t.status in {"NEW", "CALLED"}
        for t in _context(info).store.all()
    )


# --- views: model objects as GraphQL-shaped dicts ---------------------------------------------


def location_view(location: Location) -> dict[str, Any]:
    """A Location as the schema names it; `lines` and `inputFields` come from resolvers."""
    return {
        "_location": location,
        "id": location.id,
        "name": location.name,
        "address": location.address,
        "countryCode": location.country_code,
        "country": location.country,
        "timezone": location.timezone,
        "created": location.created,
        "latitude": location.latitude,
        "longitude": location.longitude,
        "languages": [
            {
                "code": lang.code,
                "name": lang.name,
                "nativeName": lang.native_name,
                "primary": lang.primary,
            }
            for lang in location.languages
        ],
        "selectingDeskMandatory": False,
        "smsEnabled": True,
        "openingHours2": {day: _day_view(location.opening_hours.get(day, ())) for day in WEEKDAYS},
        "openingHoursExceptions2": [_exception_view(e) for e in location.opening_exceptions],
        "visitPlanner": _visit_planner_view(location),
        "isDemo": True,
    }


def line_view(line: Line) -> dict[str, Any]:
    """A Line as the schema names it."""
    return {
        "id": line.id,
        "name": line.name,
        "color": line.color,
        "disabled": line.disabled,
        "archived": line.archived,
        "translations": [{"languageCode": code, "name": name} for code, name in line.names.items()],
        "appointmentSettings": (
            None
            if line.appointment_minutes is None
            else {"enabled": True, "durationMinutes": line.appointment_minutes}
        ),
    }


def _visit_planner_view(location: Location) -> dict[str, Any] | None:
    planner = location.visit_planner
    if planner is None:
        return None
    return {
        "url": planner.url,
        "name": planner.name,
        "description": planner.description,
        "remoteSignIn": planner.remote_sign_in,
    }


def input_field_view(field: InputField, location: Location) -> dict[str, Any]:
    """An InputField as the schema names it."""
    codes = sorted(set(field.titles) | set(field.visitor_titles), key=_language_order(location))
    return {
        "id": field.id,
        "type": field.type,
        "mandatory": field.mandatory,
        "isMandatoryBeforeAdded": field.mandatory,
        "isMandatoryBeforeServed": field.mandatory_before_served,
        "isVisibleInWaitingDrawer": field.visible_in_waiting_drawer,
        "isVisibleInServingDrawer": field.visible_in_serving_drawer,
        "showInRemoteSignIn": field.show_in_remote_sign_in,
        "visibleForLines": [
            line_view(ln) for ln in location.lines if ln.id in field.visible_for_lines
        ],
        "title": field.title,
        "visitorFacingTitle": field.visitor_title,
        "multiSelect": field.multi_select,
        "options": [
            {
                "id": o.id,
                "title": o.title,
                "color": o.color,
                "translations": [
                    {"languageCode": code, "title": title} for code, title in o.titles.items()
                ],
            }
            for o in field.options
        ],
        "constraints": _constraints_view(field.constraints),
        "translations": [
            {
                "languageCode": code,
                "title": field.titles.get(code),
                "visitorFacingTitle": field.visitor_titles.get(code),
            }
            for code in codes
        ],
        "isRequiredInAppointments": field.required_in_appointments,
        "deleted": field.deleted,
    }


def _language_order(location: Location) -> Callable[[str], int]:
    order = {lang.code: i for i, lang in enumerate(location.languages)}
    return lambda code: order.get(code, len(order))


def _constraints_view(
    constraints: NumericConstraints | AttachmentConstraints | None,
) -> dict[str, Any] | None:
    if isinstance(constraints, NumericConstraints):
        return {
            "__typename": "NumericFieldConstraints",
            "id": constraints.id,
            "min": constraints.min,
            "max": constraints.max,
            "scale": constraints.scale,
        }
    if isinstance(constraints, AttachmentConstraints):
        return {
            "__typename": "AttachmentFieldConstraints",
            "id": constraints.id,
            "maxNumberOfFiles": constraints.max_number_of_files,
            "allowedFileTypeGroups": {
                "mode": constraints.mode,
                "groups": list(constraints.groups),
            },
            "resolvedAllowedMimeTypes": list(constraints.mime_types),
        }
    return None


def _hours_view(hours: Hours) -> dict[str, Any]:
    return {
        "opens": {"hours": hours.opens[0], "minutes": hours.opens[1]},
        "closes": {"hours": hours.closes[0], "minutes": hours.closes[1]},
    }


def _day_view(hours: tuple[Hours, ...]) -> dict[str, Any]:
    return {"closed": not hours, "businessHours": [_hours_view(h) for h in hours]}


def _exception_view(exception: OpeningException) -> dict[str, Any]:
    return {
        "date": exception.date,
        "closed": exception.closed,
        "closedReason": exception.reason,
        "businessHours": [_hours_view(h) for h in exception.hours],
    }
