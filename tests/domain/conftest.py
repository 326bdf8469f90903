"""Fixtures of the domain tests: a location with every kind of field and its forms."""

from __future__ import annotations

import pytest

from kiosk.domain.form import FormSpec, build_form
from kiosk.domain.models import Location
from tests.domain.factories import LINE_A, full_location


@pytest.fixture(scope="session")
def office() -> Location:
    return full_location()


@pytest.fixture(scope="session")
def form_a(office: Location) -> FormSpec:
    """The English form for line A of `office`."""
    return build_form(office, LINE_A, "en")
