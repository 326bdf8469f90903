"""Every GraphQL document the client sends is valid against Qminder's published schema."""

from __future__ import annotations

import asyncio
import json
from typing import Any

import httpx
import pytest
from graphql import (
    GraphQLSchema,
    OperationDefinitionNode,
    OperationType,
    parse,
    validate,
)
from graphql.execution.values import get_variable_values

from kiosk.api import ApiConfig, QminderClient
from kiosk.api.queries import ALL_QUERIES
from tests.api.payloads import location_payload


def _sent_graphql_bodies() -> list[dict[str, Any]]:
    """Drive every client call that uses GraphQL and keep the bodies it posted."""
    bodies: list[dict[str, Any]] = []

    def handler(request: httpx.Request) -> httpx.Response:
        assert (request.method, request.url.path) == ("POST", "/graphql")
        bodies.append(json.loads(request.content))
        return httpx.Response(200, json={"data": {"location": location_payload()}})

    config = ApiConfig(
        api_key="contract", base_url="http://127.0.0.1:1", transport=httpx.MockTransport(handler)
    )

    async def go() -> None:
        async with QminderClient(config) as client:
            await client.location_config("4052")

    asyncio.run(go())
    return bodies


@pytest.fixture(scope="module")
def sent() -> list[dict[str, Any]]:
    return _sent_graphql_bodies()


def _check(schema: GraphQLSchema, query: str, variables: dict[str, Any] | None = None) -> None:
    document = parse(query)
    errors = validate(schema, document)
    assert not errors, [e.message for e in errors]
    operations = [d for d in document.definitions if isinstance(d, OperationDefinitionNode)]
    assert len(operations) == 1
    operation = operations[0]
    assert operation.operation is OperationType.QUERY  # Qminder has no mutations
    coerced = get_variable_values(schema, operation.variable_definitions or (), variables or {})
    assert not isinstance(coerced, list), [e.message for e in coerced]


def test_sent_queries_validate_against_the_published_schema(
    graphql_schema: GraphQLSchema, sent: list[dict[str, Any]]
) -> None:
    assert sent
    for body in sent:
        assert set(body) == {"query", "variables"}
        _check(graphql_schema, body["query"], body["variables"])


@pytest.mark.parametrize("name", sorted(ALL_QUERIES))
def test_every_declared_query_validates(graphql_schema: GraphQLSchema, name: str) -> None:
    query = ALL_QUERIES[name]
    document = parse(query)
    operation = next(d for d in document.definitions if isinstance(d, OperationDefinitionNode))
    assert operation.name is not None
    assert operation.name.value == name
    errors = validate(graphql_schema, document)
    assert not errors, [e.message for e in errors]


def test_the_check_catches_a_field_qminder_does_not_have(graphql_schema: GraphQLSchema) -> None:
    with pytest.raises(AssertionError, match="Cannot query field"):
        _check(graphql_schema, "query Q($id: ID!) { location(id: $id) { id publicId } }")


def test_the_check_catches_bad_variables(graphql_schema: GraphQLSchema) -> None:
    query = "query Q($id: ID!) { location(id: $id) { id } }"
    with pytest.raises(AssertionError, match=r"\$id"):
        _check(graphql_schema, query, {"locationId": "1"})
