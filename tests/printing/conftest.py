"""Printing tests draw with Qt: every test here gets the application, and poppler is required."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from tests.printing.imaging import require_poppler


@pytest.fixture(autouse=True)
def _qt(qapp: QApplication) -> QApplication:
    return qapp


@pytest.fixture(scope="session", autouse=True)
def _poppler() -> None:
    require_poppler()
