"""Odd but schema-valid location data on the real screens (a bounded property test).

The location is drawn as in `tests.domain.test_odd_locations`; here it is rendered: language
buttons on Welcome, a button per usable line on Service, and the details and questions of
each line's form, offscreen. Every usable line gets its button and every question its
widget, which takes a visitor's answer, and nothing raises.
"""

from __future__ import annotations

from typing import Any

from hypothesis import HealthCheck, given, settings
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from kiosk.domain.form import build_form
from kiosk.domain.i18n import line_name
from kiosk.domain.languages import native_name
from kiosk.domain.models import parse_location
from kiosk.domain.offer import tailor
from kiosk.domain.validation import build_ticket_request
from kiosk.ui.main_window import KioskWindow
from tests.domain.odd_locations import as_served, odd_location
from tests.domain.test_odd_locations import an_answer, usable_line_ids

LINES_RENDERED = 2
"""Forms rendered per example: enough to meet odd fields, few enough for CI."""


@settings(
    max_examples=8,
    deadline=None,
    suppress_health_check=[
        HealthCheck.function_scoped_fixture,
        HealthCheck.too_slow,
        HealthCheck.data_too_large,
    ],
)
@given(raw=odd_location())
def test_odd_locations_render_every_usable_line_and_question(
    qtbot: QtBot, raw: dict[str, Any]
) -> None:
    location = tailor(parse_location(as_served(raw))).location
    window = KioskWindow()
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()

    window.set_location_name(location.name)
    window.welcome.set_languages([(lang.code, native_name(lang)) for lang in location.languages])
    assert len(window.welcome.buttons) == len(location.languages) >= 1

    primary = location.primary_language
    window.service.set_lines(
        [(line.id, line_name(line, primary, primary)) for line in location.offered_lines]
    )
    assert list(window.service.buttons) == usable_line_ids(as_served(raw))
    window.show_screen(window.service)
    QApplication.processEvents()

    region = location.country_code.upper() or None
    for line in location.offered_lines[:LINES_RENDERED]:
        form = build_form(location, line.id, primary)
        window.details.set_form(form, region)
        window.questions.set_form(form, region)
        window.show_screen(window.questions)
        window.questions.page_count()  # builds every page
        QApplication.processEvents()
        answers = {}
        for spec in form.fields:
            screen = window.details if spec in form.details else window.questions
            widget = screen.field_widget(spec.id)
            assert widget is not None, f"no widget for {spec.kind} question"
            widget.set_value(an_answer(spec))
            answers[spec.id] = widget.value()
        request = build_ticket_request(form, answers, default_region=region)
        assert request.line_id == line.id
    window.close()
