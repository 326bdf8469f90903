"""POST /graphql: the kiosk's configuration query, errors, and the schema's faithfulness."""

from __future__ import annotations

import os
from importlib.resources import files
from pathlib import Path
from typing import Any

import httpx
import pytest
from graphql import (
    GraphQLEnumType,
    GraphQLInterfaceType,
    GraphQLObjectType,
    GraphQLSchema,
    build_schema,
    parse,
    validate,
)

from kiosk.sandbox import DEMO_LOCATION_ID, SandboxServer
from kiosk.sandbox.seed import (
    FIELD_AMOUNT,
    FIELD_BIRTH_DATE,
    FIELD_CONTACT,
    FIELD_DOCUMENTS,
    FIELD_FIRST_NAME,
    FIELD_GROUP_SIZE,
    FIELD_OLD_NOTES,
    FIELD_UPLOAD,
    LANGUAGES,
    LINE_OLD,
    LINE_PASSPORTS,
    LINE_PERMITS,
    LINE_VEHICLES,
    OFFICE_HOURS_LOCATION,
)

REPO_ROOT = Path(__file__).resolve().parents[2]

KIOSK_CONFIG_QUERY = """
query KioskConfig($locationId: ID!) {
  location(id: $locationId) {
    id name timezone countryCode
    languages { code name nativeName primary }
    openingHours2 { mon { ...Day } tue { ...Day } wed { ...Day } thu { ...Day } fri { ...Day } sat { ...Day } sun { ...Day } }
    openingHoursExceptions2 { date closed closedReason businessHours { ...Hours } }
    lines { id name color disabled archived translations { languageCode name } }
    inputFields {
      id type title visitorFacingTitle isMandatoryBeforeAdded multiSelect
      options { id title color translations { languageCode title } }
      visibleForLines { id }
      translations { languageCode title visitorFacingTitle }
      constraints { __typename ... on NumericFieldConstraints { min max scale } }
    }
  }
}
fragment Day on DayOpeningHours { closed businessHours { ...Hours } }
fragment Hours on BusinessHours { opens { hours minutes } closes { hours minutes } }
"""  # noqa: E501

OTHER_LANGUAGES = {lang.code for lang in LANGUAGES if not lang.primary}


def official_schema() -> GraphQLSchema:
    """Qminder's published schema; skipped when absent, unless CI is set."""
    spec_dir = Path(os.environ.get("QMINDER_SPEC_DIR", REPO_ROOT.parent / "shared" / "qminder"))
    path = spec_dir / "schema.graphqls"
    if not path.is_file():
        if os.environ.get("CI"):
            pytest.fail(f"Qminder schema not found at {path}")
        pytest.skip(f"Qminder schema not found at {path}")
    return build_schema(path.read_text(encoding="utf-8"))


def sandbox_sdl_schema() -> GraphQLSchema:
    return build_schema(files("kiosk.sandbox").joinpath("schema.graphql").read_text("utf-8"))


def query(client: httpx.Client, text: str, **variables: Any) -> dict[str, Any]:
    response = client.post("/graphql", json={"query": text, "variables": variables})
    assert response.status_code == 200
    data: dict[str, Any] = response.json()
    return data


def test_kiosk_query_is_valid_against_both_schemas() -> None:
    document = parse(KIOSK_CONFIG_QUERY)
    assert validate(sandbox_sdl_schema(), document) == []
    assert validate(official_schema(), document) == []


def test_sandbox_schema_is_a_faithful_subset_of_qminders() -> None:
    ours, theirs = sandbox_sdl_schema(), official_schema()
    for name, our_type in ours.type_map.items():
        if name.startswith("__"):
            continue
        their_type = theirs.get_type(name)
        assert their_type is not None, f"type {name} is not in Qminder's schema"
        assert type(our_type) is type(their_type), name
        if isinstance(our_type, GraphQLEnumType):
            assert isinstance(their_type, GraphQLEnumType)
            assert set(our_type.values) <= set(their_type.values), name
        if isinstance(our_type, GraphQLObjectType | GraphQLInterfaceType):
            assert isinstance(their_type, GraphQLObjectType | GraphQLInterfaceType)
            assert {i.name for i in our_type.interfaces} == {i.name for i in their_type.interfaces}
            for field_name, field in our_type.fields.items():
                assert field_name in their_type.fields, f"{name}.{field_name}"
                their_field = their_type.fields[field_name]
                assert str(field.type) == str(their_field.type), f"{name}.{field_name}"
                for arg_name, arg in field.args.items():
                    assert arg_name in their_field.args, f"{name}.{field_name}({arg_name})"
                    assert str(arg.type) == str(their_field.args[arg_name].type)


def test_kiosk_config_query_returns_the_seed(client: httpx.Client) -> None:
    answer = query(client, KIOSK_CONFIG_QUERY, locationId=DEMO_LOCATION_ID)
    assert "errors" not in answer
    location = answer["data"]["location"]
    assert location["id"] == DEMO_LOCATION_ID
    assert location["name"] == "City Service Centre"
    assert (location["timezone"], location["countryCode"]) == ("Europe/Tallinn", "EE")

    languages = location["languages"]
    assert languages[0] == {
        "code": "en",
        "name": "English",
        "nativeName": "English",
        "primary": True,
    }
    assert {lang["code"]: lang["nativeName"] for lang in languages[1:]} == {
        "es": "Español",
        "et": "Eesti",
        "ru": "Русский",
        "ar": "العربية",
        "fr": "Français",
        "de": "Deutsch",
    }

    all_day = [{"opens": {"hours": 0, "minutes": 0}, "closes": {"hours": 24, "minutes": 0}}]
    for day in ("mon", "tue", "wed", "thu", "fri", "sat", "sun"):  # the demo never closes
        assert location["openingHours2"][day] == {"closed": False, "businessHours": all_day}
    assert location["openingHoursExceptions2"] == []

    lines = {line["id"]: line for line in location["lines"]}
    assert len(lines) == 5
    assert lines[LINE_VEHICLES]["disabled"]
    assert not lines[LINE_VEHICLES]["archived"]
    assert lines[LINE_OLD]["archived"]
    assert sum(1 for ln in lines.values() if not ln["disabled"] and not ln["archived"]) == 3
    for line in lines.values():
        assert line["color"].startswith("#")
        assert {t["languageCode"] for t in line["translations"]} == OTHER_LANGUAGES

    fields = {f["id"]: f for f in location["inputFields"]}
    assert FIELD_OLD_NOTES not in fields
    assert fields[FIELD_FIRST_NAME]["type"] == "FIRST_NAME"
    assert fields[FIELD_FIRST_NAME]["title"] is None
    contact = fields[FIELD_CONTACT]
    assert contact["isMandatoryBeforeAdded"]
    assert not contact["multiSelect"]
    assert contact["visibleForLines"] == []
    assert len(contact["options"]) == 3
    assert fields[FIELD_DOCUMENTS]["multiSelect"]
    assert fields[FIELD_DOCUMENTS]["visibleForLines"] == [{"id": LINE_PASSPORTS}]
    assert fields[FIELD_BIRTH_DATE]["visibleForLines"] == [{"id": LINE_PASSPORTS}]
    assert fields[FIELD_AMOUNT]["visibleForLines"] == [{"id": LINE_PERMITS}]
    assert fields[FIELD_GROUP_SIZE]["constraints"] == {
        "__typename": "NumericFieldConstraints",
        "min": 1,
        "max": 10,
        "scale": 0,
    }
    assert fields[FIELD_AMOUNT]["constraints"] == {
        "__typename": "NumericFieldConstraints",
        "min": 0,
        "max": 10000,
        "scale": 2,
    }
    assert fields[FIELD_UPLOAD]["constraints"] == {"__typename": "AttachmentFieldConstraints"}
    assert fields[FIELD_CONTACT]["translations"][0]["languageCode"] == "es"


def test_every_custom_text_is_translated_into_every_language(client: httpx.Client) -> None:
    location = query(client, KIOSK_CONFIG_QUERY, locationId=DEMO_LOCATION_ID)["data"]["location"]
    for field in location["inputFields"]:
        if field["title"] is None:
            assert field["translations"] == []
            continue
        translations = {t["languageCode"]: t for t in field["translations"]}
        assert set(translations) == OTHER_LANGUAGES, field["title"]
        for translation in translations.values():
            assert translation["title"]
            assert bool(translation["visitorFacingTitle"]) == bool(field["visitorFacingTitle"])
        for option in field["options"]:
            assert {t["languageCode"] for t in option["translations"]} == OTHER_LANGUAGES
            assert all(t["title"] for t in option["translations"])


def test_arguments_filter_deleted_fields_and_archived_lines(client: httpx.Client) -> None:
    text = """query($id: ID!) { location(id: $id) {
        all: inputFields(includeDeleted: true) { id deleted }
        current: lines(archived: false) { id }
        archived: lines(archived: true) { id }
        } }"""
    data = query(client, text, id=DEMO_LOCATION_ID)["data"]["location"]
    assert {"id": FIELD_OLD_NOTES, "deleted": True} in data["all"]
    assert len(data["current"]) == 4
    assert data["archived"] == [{"id": LINE_OLD}]


def test_other_root_fields(client: httpx.Client) -> None:
    text = """query($line: ID!, $field: ID!) {
        locations { id created }
        line(id: $line) { name location { id } hasActiveTickets }
        inputField(id: $field) { type location { id } constraints { id ... on NumericFieldConstraints { max } } }
    }"""  # noqa: E501
    data = query(client, text, line=LINE_PERMITS, field=FIELD_AMOUNT)["data"]
    assert data["locations"][0]["id"] == DEMO_LOCATION_ID
    assert data["locations"][0]["created"].endswith("Z")
    assert data["line"] == {
        "name": "Residence permits",
        "location": {"id": DEMO_LOCATION_ID},
        "hasActiveTickets": False,
    }
    assert data["inputField"]["constraints"]["max"] == 10000


def test_unknown_location_is_null_with_a_not_found_error(client: httpx.Client) -> None:
    answer = query(client, KIOSK_CONFIG_QUERY, locationId="99999")
    assert answer["data"] == {"location": None}
    [error] = answer["errors"]
    assert error["errorType"] == "NOT_FOUND"
    assert error["path"] == ["location"]
    assert "99999" in error["message"]


def test_invalid_query_answers_200_with_validation_errors(client: httpx.Client) -> None:
    answer = query(client, "{ location(id: 1) { id colour } }")
    assert "data" not in answer
    [error] = answer["errors"]
    assert error["errorType"] == "ValidationError"
    assert error["validationErrorType"] == "FieldUndefined"
    assert error["locations"] == [{"line": 1, "column": 24}]
    assert error["extensions"] == {"classification": "ValidationError"}


def test_syntax_error_and_missing_variable(client: httpx.Client) -> None:
    syntax = query(client, "{ location(id: 1) { id ")
    assert syntax["errors"][0]["errorType"] == "InvalidSyntax"
    missing = query(client, KIOSK_CONFIG_QUERY)
    assert missing["errors"][0]["errorType"] == "ValidationError"
    assert "locationId" in missing["errors"][0]["message"]


def test_bad_request_bodies(client: httpx.Client) -> None:
    not_json = client.post("/graphql", content=b"query", headers={"Content-Type": "text/plain"})
    assert not_json.status_code == 400
    no_query = client.post("/graphql", json={"variables": {}})
    assert no_query.status_code == 200
    assert no_query.json()["errors"][0]["errorType"] == "InvalidSyntax"


def test_office_hours_location_serves_its_week_and_exceptions() -> None:
    with (
        SandboxServer(port=0, location=OFFICE_HOURS_LOCATION) as server,
        httpx.Client(
            base_url=server.url,
            headers={"X-Qminder-REST-API-Key": server.api_key},
            timeout=5.0,
            trust_env=False,
        ) as client,
    ):
        answer = query(client, KIOSK_CONFIG_QUERY, locationId=DEMO_LOCATION_ID)
    location = answer["data"]["location"]
    hours = location["openingHours2"]
    eight_to_six = [{"opens": {"hours": 8, "minutes": 0}, "closes": {"hours": 18, "minutes": 0}}]
    for day in ("mon", "tue", "wed", "thu", "fri"):
        assert hours[day] == {"closed": False, "businessHours": eight_to_six}
    assert hours["sat"]["businessHours"][0]["opens"] == {"hours": 10, "minutes": 0}
    assert hours["sun"] == {"closed": True, "businessHours": []}
    exceptions = location["openingHoursExceptions2"]
    assert {"date": "2027-02-24", "closed": True, "closedReason": "Independence Day"}.items() <= (
        exceptions[1].items()
    )
    assert exceptions[0]["date"] == "2026-12-24"
