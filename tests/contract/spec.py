"""Where Qminder's published documents are, and what to do when they are not there.

The folder comes from ``QMINDER_SPEC_DIR``; relative paths (and the default,
``../shared/qminder``) are taken from the repository root, not the working directory.
A missing document skips the contract tests on a developer machine and fails them in CI.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import pytest

REPO_ROOT = Path(__file__).resolve().parents[2]
DEFAULT_SPEC_DIR = "../shared/qminder"
GRAPHQL_SCHEMA = "schema.graphqls"
OPENAPI = "openapi.json"


def spec_dir() -> Path:
    path = Path(os.environ.get("QMINDER_SPEC_DIR") or DEFAULT_SPEC_DIR).expanduser()
    if not path.is_absolute():
        path = REPO_ROOT / path
    return path.resolve()


def in_ci() -> bool:
    return os.environ.get("CI", "").strip().lower() not in ("", "0", "false", "no")


def spec_file(name: str) -> Path:
    """The path of one published document; skips (or fails in CI) when it is missing."""
    path = spec_dir() / name
    if not path.is_file():
        message = f"Qminder's {name} is not in {path.parent}; set QMINDER_SPEC_DIR"
        if in_ci():
            pytest.fail(message)
        pytest.skip(message)
    return path


def ticket_body_schema(openapi: dict[str, Any]) -> dict[str, Any]:
    """The JSON Schema of the ``POST /tickets`` request body."""
    body = openapi["paths"]["/tickets"]["post"]["requestBody"]
    schema: dict[str, Any] = body["content"]["application/json"]["schema"]
    return schema


def load_openapi() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(spec_file(OPENAPI).read_text(encoding="utf-8"))
    return data
