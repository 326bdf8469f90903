"""Test-wide set-up: Qt runs offscreen, and shared fixtures come from `tests/fixtures/`."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("LANG", "C.UTF-8")

pytest_plugins = [
    "tests.fixtures.sandbox",
    "tests.fixtures.qt",
    "tests.fixtures.client",
]
