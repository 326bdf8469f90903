"""Test-wide set-up: Qt runs offscreen, and shared fixtures come from `tests/fixtures/`."""

from __future__ import annotations

import gc
import os
from collections.abc import Iterator

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("LANG", "C.UTF-8")

pytest_plugins = [
    "tests.fixtures.sandbox",
    "tests.fixtures.qt",
    "tests.fixtures.client",
]


@pytest.fixture(autouse=True, scope="session")
def _collect_garbage_in_the_main_thread() -> Iterator[None]:
    """Python's collector runs only here, between tests, as the kiosk runs it
    (kiosk/shell/gui_gc.py).

    Otherwise a Qt object from an earlier test could be freed by a collection that happens to
    run in the sandbox's thread, where Qt cannot stop its timers.
    """
    gc.disable()
    yield
    gc.enable()


_tests_run = 0


@pytest.fixture(autouse=True)
def _collect_after_each_test() -> Iterator[None]:
    global _tests_run
    yield
    _tests_run += 1
    gc.collect() if _tests_run % 100 == 0 else gc.collect(1)
