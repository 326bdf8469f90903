"""Every field of the kiosk's query that Qminder's schema lets be null, set to null in turn.

The list of nullable places is read from the schema and the query themselves, so a field
added to the query later is covered too. Each null must leave the location usable: parsed,
every usable line offered, and every line's form built.
"""

from __future__ import annotations

import copy
from collections.abc import Iterator
from typing import Any

import pytest
from graphql import (
    FieldNode,
    FragmentDefinitionNode,
    FragmentSpreadNode,
    GraphQLList,
    GraphQLNonNull,
    GraphQLObjectType,
    GraphQLSchema,
    InlineFragmentNode,
    OperationDefinitionNode,
    SelectionSetNode,
    get_named_type,
    parse,
)

from kiosk.api.queries import KIOSK_CONFIG
from kiosk.domain.form import build_form
from kiosk.domain.models import parse_location
from tests.api.payloads import location_payload
from tests.domain.test_odd_locations import usable_line_ids

Path = tuple[str, ...]
EACH = "[]"
"""In a path: every item of the list (the item itself when it is the last step)."""


def _nullable_paths(
    schema: GraphQLSchema,
    selections: SelectionSetNode,
    parent: Any,
    fragments: dict[str, FragmentDefinitionNode],
    path: Path,
) -> Iterator[Path]:
    for selection in selections.selections:
        if isinstance(selection, FragmentSpreadNode):
            fragment = fragments[selection.name.value]
            yield from _nullable_paths(schema, fragment.selection_set, parent, fragments, path)
            continue
        if isinstance(selection, InlineFragmentNode):
            assert selection.type_condition is not None
            condition = schema.get_type(selection.type_condition.name.value)
            yield from _nullable_paths(schema, selection.selection_set, condition, fragments, path)
            continue
        assert isinstance(selection, FieldNode)
        name = selection.name.value
        if name == "__typename":
            continue
        kind = parent.fields[name].type
        here = (*path, name)
        if not isinstance(kind, GraphQLNonNull):
            yield here
        else:
            kind = kind.of_type
        if isinstance(kind, GraphQLList):
            here = (*here, EACH)
            if not isinstance(kind.of_type, GraphQLNonNull):
                yield here
        if selection.selection_set is not None:
            named = get_named_type(kind)
            yield from _nullable_paths(schema, selection.selection_set, named, fragments, here)


def nullable_paths(schema: GraphQLSchema) -> list[Path]:
    document = parse(KIOSK_CONFIG)
    fragments = {
        d.name.value: d for d in document.definitions if isinstance(d, FragmentDefinitionNode)
    }
    operation = next(d for d in document.definitions if isinstance(d, OperationDefinitionNode))
    query = schema.query_type
    assert isinstance(query, GraphQLObjectType)
    paths = list(_nullable_paths(schema, operation.selection_set, query, fragments, ()))
    return [path[1:] for path in paths if path != ("location",)]  # a null location: NotFound


def _set_null(value: Any, path: Path) -> int:
    """Null every place `path` names in `value`; how many places there were."""
    if isinstance(value, list):
        if path == (EACH,):
            for index in range(len(value)):
                value[index] = None
            return len(value)
        rest = path[1:] if path and path[0] == EACH else path
        return sum(_set_null(item, rest) for item in value)
    if not isinstance(value, dict) or not path or path[0] not in value:
        return 0
    if len(path) == 1:
        value[path[0]] = None
        return 1
    return _set_null(value[path[0]], path[1:])


def test_the_query_has_the_nullable_places_the_kiosk_was_audited_for(
    graphql_schema: GraphQLSchema,
) -> None:
    """A new nullable place in the query shows up here (and is then covered below)."""
    names = {".".join(p for p in path if p != EACH) for path in nullable_paths(graphql_schema)}
    assert {
        "languages",
        "openingHours2",
        "openingHours2.mon.businessHours",
        "openingHoursExceptions2.closedReason",
        "openingHoursExceptions2.businessHours",
        "lines.translations.name",
        "inputFields",
        "inputFields.title",
        "inputFields.visitorFacingTitle",
        "inputFields.options.id",
        "inputFields.options.title",
        "inputFields.options.color",
        "inputFields.options.translations.title",
        "inputFields.translations.title",
        "inputFields.translations.visitorFacingTitle",
        "inputFields.constraints",
        "inputFields.constraints.min",
        "inputFields.constraints.max",
        "inputFields.constraints.scale",
    } <= names


def test_each_nullable_place_set_to_null_leaves_the_location_usable(
    graphql_schema: GraphQLSchema,
) -> None:
    checked = 0
    for path in nullable_paths(graphql_schema):
        data = copy.deepcopy(location_payload())
        if _set_null(data, path) == 0:
            continue  # the sample has nothing there (e.g. no field on that weekday)
        checked += 1
        try:
            location = parse_location(data)
        except Exception as exc:
            pytest.fail(f"null at {'.'.join(path)} takes the location down: {exc!r}")
        assert [line.id for line in location.offered_lines] == usable_line_ids(data), path
        for line in location.offered_lines:
            build_form(location, line.id, location.primary_language)
    assert checked >= 15
