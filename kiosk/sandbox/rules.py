"""Validation of `POST /tickets` bodies against the documented rules and the location's setup.

Checks run in this order: body shape and property rules (400, field errors collected in one
answer), line (404 unknown, 409 disabled or archived), language (404), `fields[]` entries
(404 unknown field, 400 otherwise), mandatory fields (400).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from decimal import Decimal, InvalidOperation
from typing import Any

from kiosk.sandbox.model import BUILT_IN_TYPES, InputField, Line, Location

TICKET_KEYS = frozenset(
    {
        "lineId",
        "firstName",
        "lastName",
        "phoneNumber",
        "email",
        "languageCode",
        "source",
        "fields",
        "labels",
    }
)
FIELD_KEYS = frozenset({"inputFieldId", "value", "optionIds"})
SOURCES = ("MANUAL", "NAME", "MICROSITE")
PHONE_PATTERN = r"^(\+)?([0-9]){5,20}$"
EMAIL_PATTERN = re.compile(r"^\S+@\S+\.\S+$")
DATE_PATTERN = re.compile(r"^\d{4}-\d{2}-\d{2}$")
NUMBER_PATTERN = re.compile(r"^-?\d+(\.\d+)?$")
URL_PATTERN = re.compile(r"^https?://\S+$", re.IGNORECASE)
TOP_LEVEL_PROPERTY = {
    "FIRST_NAME": "firstName",
    "LAST_NAME": "lastName",
    "EMAIL": "email",
    "PHONE_NUMBER": "phoneNumber",
}


@dataclass(frozen=True)
class Rejection:
    """An error answer: HTTP status and JSON body."""

    status: int
    body: dict[str, Any]


def bad_request(message: str) -> Rejection:
    """400 with a message, in the documented `{statusCode, message}` shape."""
    return Rejection(400, {"statusCode": 400, "message": message})


def field_errors(errors: list[dict[str, str]]) -> Rejection:
    """400 with per-property errors, in the documented `{statusCode, errors: [{prop: msg}]}`."""
    return Rejection(400, {"statusCode": 400, "errors": errors})


def not_found(message: str) -> Rejection:
    """404 in the documented V2 shape `{message}`."""
    return Rejection(404, {"message": message})


def conflict(message: str) -> Rejection:
    """409 in the documented V2 shape `{message}`."""
    return Rejection(409, {"message": message})


def check_ticket(body: object, location: Location) -> Rejection | None:
    """None when the body may create a ticket in the location, else the error to answer."""
    if not isinstance(body, dict):
        return bad_request("Request body must be a JSON object")
    unknown = sorted(k for k in body if k not in TICKET_KEYS)
    if unknown:
        return bad_request(f'Unrecognized field "{unknown[0]}"')
    first_name = body.get("firstName")
    if first_name is None or (isinstance(first_name, str) and not first_name.strip()):
        return bad_request("First name must not be empty or blank")
    items = body.get("fields")
    for item in items if isinstance(items, list) else []:
        if isinstance(item, dict):
            extra = sorted(k for k in item if k not in FIELD_KEYS)
            if extra:
                return bad_request(f'Unrecognized field "{extra[0]}"')

    errors = _shape_errors(body)
    if errors:
        return field_errors(errors)

    line_id: str = body["lineId"]
    line = location.line(line_id)
    if line is None:
        return not_found(f"Line with id {line_id} not found")
    if line.archived:
        return conflict(f"Line with id {line_id} is archived")
    if line.disabled:
        return conflict(f"Line with id {line_id} is disabled")

    language = body.get("languageCode")
    if language is not None and language not in {lang.code for lang in location.languages}:
        return not_found(f"Language {language} not found")

    given: set[str] = set()
    for item in body.get("fields", []):
        field_id: str = item["inputFieldId"]
        input_field = location.input_field(field_id)
        if input_field is None:
            return not_found(f"Input field with id {field_id} not found")
        if field_id in given:
            return bad_request(f"Input field with id {field_id} is given more than once")
        given.add(field_id)
        problem = _field_problem(input_field, item, line)
        if problem:
            return bad_request(problem)

    return _missing_mandatory(body, location, line, given)


def _shape_errors(body: dict[str, Any]) -> list[dict[str, str]]:
    errors: list[dict[str, str]] = []

    def text(key: str, value: Any, low: int, high: int, strip: bool = False) -> str | None:
        if not isinstance(value, str):
            errors.append({key: "must be a string"})
            return None
        length = len(value.strip() if strip else value)
        if not low <= length <= high:
            errors.append({key: f"size must be between {low} and {high}"})
            return None
        return value

    for key, value in body.items():
        if value is None:
            errors.append({key: "must not be null"})

    line_id = body.get("lineId")
    if "lineId" not in body:
        errors.append({"lineId": "must not be null"})
    elif line_id is not None and text("lineId", line_id, 1, 50) is not None and not line_id.strip():
        errors.append({"lineId": "must not be blank"})
    text("firstName", body["firstName"], 2, 50, strip=True)
    if body.get("lastName") is not None:
        text("lastName", body["lastName"], 0, 50, strip=True)
    phone = body.get("phoneNumber")
    phone = text("phoneNumber", phone, 0, 10_000) if phone is not None else None
    if phone is not None and not re.fullmatch(PHONE_PATTERN, phone):
        errors.append({"phoneNumber": f'must match "{PHONE_PATTERN}"'})
    email = body.get("email")
    email = text("email", email, 0, 100) if email is not None else None
    if email is not None and not EMAIL_PATTERN.fullmatch(email):
        errors.append({"email": "must be a well-formed email address"})
    if body.get("languageCode") is not None:
        text("languageCode", body["languageCode"], 2, 5)
    source = body.get("source")
    if source is not None and source not in SOURCES:
        errors.append({"source": f"must be one of {', '.join(SOURCES)}"})

    errors.extend(_array_errors(body, "fields", _field_item_errors))
    errors.extend(_array_errors(body, "labels", _label_errors))
    return errors


def _array_errors(
    body: dict[str, Any], name: str, item_errors: Callable[[str, Any], list[dict[str, str]]]
) -> list[dict[str, str]]:
    """The errors of an optional array in the body: not an array, or each item's own."""
    items = body.get(name)
    if items is None:
        return []
    if not isinstance(items, list):
        return [{name: "must be an array"}]
    return [error for i, item in enumerate(items) for error in item_errors(f"{name}[{i}]", item)]


def _label_errors(key: str, label: Any) -> list[dict[str, str]]:
    if not isinstance(label, dict) or set(label) != {"value"}:
        return [{key: 'must be an object with only "value"'}]
    value = label["value"]
    if not isinstance(value, str):
        return [{f"{key}.value": "must be a string"}]
    if not value.strip():
        return [{f"{key}.value": "must not be blank"}]
    if len(value) > 50:
        return [{f"{key}.value": "size must be between 1 and 50"}]
    return []


def _field_item_errors(key: str, item: Any) -> list[dict[str, str]]:
    if not isinstance(item, dict):
        return [{key: "must be an object"}]
    errors: list[dict[str, str]] = []
    field_id = item.get("inputFieldId")
    if field_id is None:
        errors.append({f"{key}.inputFieldId": "must not be null"})
    elif not isinstance(field_id, str):
        errors.append({f"{key}.inputFieldId": "must be a string"})
    if "value" in item:
        value = item["value"]
        if isinstance(value, bool) or not isinstance(value, str | int | float):
            errors.append({f"{key}.value": "must be a string"})
        elif not str(value).strip():
            errors.append({f"{key}.value": "must not be blank"})
        elif len(str(value)) > 500:
            errors.append({f"{key}.value": "size must be between 0 and 500"})
    if "optionIds" in item:
        options = item["optionIds"]
        if not isinstance(options, list) or not all(isinstance(o, str) for o in options):
            errors.append({f"{key}.optionIds": "must be an array of strings"})
    return errors


def _field_problem(field: InputField, item: dict[str, Any], line: Line) -> str | None:
    """Why a `fields[]` entry is not acceptable for the line, or None."""
    fid = field.id
    if ("value" in item) == ("optionIds" in item):
        return f"Exactly one of value or optionIds must be given for input field with id {fid}"
    if field.type in BUILT_IN_TYPES:
        prop = TOP_LEVEL_PROPERTY[field.type]
        return f"Input field with id {fid} is a {field.type} field; send it as {prop}"
    if field.type == "ATTACHMENT":
        return f"Input field with id {fid} of type ATTACHMENT cannot be set when creating a ticket"
    if not field.is_visible_for(line.id):
        return f"Input field with id {fid} is not visible for line with id {line.id}"
    if field.type == "SELECT":
        return _select_problem(field, item)
    if "optionIds" in item:
        return f"Input field with id {fid} of type {field.type} needs a value, not optionIds"
    value = str(item["value"])
    if field.type == "DATE":
        return None if _is_date(value) else f"Value of input field with id {fid} must be YYYY-MM-DD"
    if field.type == "NUMERIC":
        return _numeric_problem(field, value)
    if field.type == "URL" and not URL_PATTERN.fullmatch(value):
        return f"Value of input field with id {fid} must be an http or https URL"
    return None


def _select_problem(field: InputField, item: dict[str, Any]) -> str | None:
    fid = field.id
    if "optionIds" not in item:
        return f"Input field with id {fid} of type SELECT needs optionIds, not a value"
    option_ids: list[str] = item["optionIds"]
    if not option_ids:
        return f"At least one option must be selected for input field with id {fid}"
    if len(set(option_ids)) != len(option_ids):
        return f"Option ids are repeated for input field with id {fid}"
    for option_id in option_ids:
        if field.option(option_id) is None:
            return f"Option with id {option_id} does not belong to input field with id {fid}"
    if not field.multi_select and len(option_ids) != 1:
        return f"Input field with id {fid} accepts exactly one option"
    return None


def _is_date(value: str) -> bool:
    if not DATE_PATTERN.fullmatch(value):
        return False
    try:
        date.fromisoformat(value)
    except ValueError:
        return False
    return True


def _numeric_problem(field: InputField, value: str) -> str | None:
    fid = field.id
    if not NUMBER_PATTERN.fullmatch(value):
        return f"Value of input field with id {fid} must be a number"
    try:
        number = Decimal(value)
    except InvalidOperation:
        return f"Value of input field with id {fid} must be a number"
    constraints = field.constraints
    lo = getattr(constraints, "min", None)
    hi = getattr(constraints, "max", None)
    scale = getattr(constraints, "scale", None)
    if scale is not None:
        exponent = number.normalize().as_tuple().exponent
        places = -exponent if isinstance(exponent, int) and exponent < 0 else 0
        if places > scale:
            return f"Value of input field with id {fid} must have at most {scale} decimal places"
    if (lo is not None and number < lo) or (hi is not None and number > hi):
        return f"Value of input field with id {fid} must be between {lo} and {hi}"
    return None


def _missing_mandatory(
    body: dict[str, Any], location: Location, line: Line, given: set[str]
) -> Rejection | None:
    for field in location.input_fields:
        if field.deleted or not field.mandatory or not field.is_visible_for(line.id):
            continue
        if field.type == "ATTACHMENT":
            continue  # cannot be sent on creation
        if field.type in BUILT_IN_TYPES:
            value = body.get(TOP_LEVEL_PROPERTY[field.type])
            present = isinstance(value, str) and bool(value.strip())
        else:
            present = field.id in given
        if not present:
            name = field.title or TOP_LEVEL_PROPERTY.get(field.type, field.type)
            return bad_request(f'Mandatory input field "{name}" with id {field.id} is missing')
    return None
