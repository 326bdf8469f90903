"""Fixtures holding Qminder's published GraphQL schema and the ticket body's JSON Schema."""

from __future__ import annotations

from typing import Any

import pytest
from graphql import GraphQLSchema, build_schema
from jsonschema import Draft4Validator, Draft202012Validator
from jsonschema.protocols import Validator

from tests.contract.spec import GRAPHQL_SCHEMA, load_openapi, spec_file, ticket_body_schema


@pytest.fixture(scope="session")
def graphql_schema() -> GraphQLSchema:
    return build_schema(spec_file(GRAPHQL_SCHEMA).read_text(encoding="utf-8"))


@pytest.fixture(scope="session")
def openapi() -> dict[str, Any]:
    return load_openapi()


@pytest.fixture(scope="session")
def ticket_body_validator(openapi: dict[str, Any]) -> Validator:
    """OpenAPI 3.1 schemas are JSON Schema 2020-12 (3.0 ones a Draft 4 dialect); formats such
    as uuid are checked."""
    cls: type[Validator] = (
        Draft202012Validator if str(openapi["openapi"]).startswith("3.1") else Draft4Validator
    )
    schema = ticket_body_schema(openapi)
    cls.check_schema(schema)
    return cls(schema, format_checker=cls.FORMAT_CHECKER)
