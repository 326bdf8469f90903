"""GraphQL errors as Qminder reports them: graphql-java names, `errorType` and `classification`."""

from __future__ import annotations

from typing import Any

from graphql import GraphQLError, GraphQLSchema, specified_rules, validate

# graphql-java names for the validation rules, as Qminder reports them in `validationErrorType`.
VALIDATION_ERROR_TYPES = {
    "FieldsOnCorrectTypeRule": "FieldUndefined",
    "KnownArgumentNamesRule": "UnknownArgument",
    "ProvidedRequiredArgumentsRule": "MissingFieldArgument",
    "KnownTypeNamesRule": "UnknownType",
    "ScalarLeafsRule": "SubselectionRequired",
    "NoUndefinedVariablesRule": "UndefinedVariable",
    "NoUnusedVariablesRule": "UnusedVariable",
    "KnownFragmentNamesRule": "UndefinedFragment",
    "NoUnusedFragmentsRule": "UnusedFragment",
    "VariablesInAllowedPositionRule": "VariableTypeMismatch",
    "ValuesOfCorrectTypeRule": "WrongType",
    "KnownDirectivesRule": "UnknownDirective",
    "LoneAnonymousOperationRule": "LoneAnonymousOperationViolation",
    "UniqueOperationNamesRule": "DuplicateOperationName",
    "OverlappingFieldsCanBeMergedRule": "FieldsConflict",
    "PossibleFragmentSpreadsRule": "InvalidFragmentType",
}


class NotFoundError(Exception):
    """A looked-up object does not exist; answered as a NOT_FOUND GraphQL error."""


def format_error(error: GraphQLError, error_type: str) -> dict[str, Any]:
    formatted: dict[str, Any] = {"message": error.message}
    if error.locations:
        formatted["locations"] = [
            {"line": loc.line, "column": loc.column} for loc in error.locations
        ]
    if error.path:
        formatted["path"] = list(error.path)
    formatted["errorType"] = error_type
    formatted["extensions"] = {"classification": error_type}
    return formatted


def request_error(message: str) -> dict[str, Any]:
    return {
        "message": message,
        "errorType": "InvalidSyntax",
        "extensions": {"classification": "InvalidSyntax"},
    }


def validation_errors(schema: GraphQLSchema, document: Any) -> list[dict[str, Any]]:
    """Validation errors, each tagged with the graphql-java name of the rule it broke."""
    errors: list[dict[str, Any]] = []
    for rule in specified_rules:
        for error in validate(schema, document, [rule]):
            formatted = format_error(error, "ValidationError")
            formatted["validationErrorType"] = VALIDATION_ERROR_TYPES.get(
                rule.__name__, rule.__name__.removesuffix("Rule")
            )
            errors.append(formatted)
    return errors


def execution_error_type(error: GraphQLError) -> str:
    if isinstance(error.original_error, NotFoundError):
        return "NOT_FOUND"
    if not error.path:
        return "ValidationError"  # e.g. a variable that does not fit its type
    return "DataFetchingException"
