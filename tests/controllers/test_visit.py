"""The visitor's path as the visit controller decides it (no widgets)."""

from __future__ import annotations

from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from kiosk.controllers.visit import Step, VisitController
from kiosk.domain.models import Location, parse_location
from kiosk.domain.ticket import TicketRequest

REASON = "7d1c3f6e-0000-4000-8000-000000000001"


def location(lines: list[dict[str, Any]] | None = None, questions: bool = True) -> Location:
    fields: list[dict[str, Any]] = [
        {"id": "f-first", "type": "FIRST_NAME", "isMandatoryBeforeAdded": True},
        {"id": "f-last", "type": "LAST_NAME"},
        {"id": "f-phone", "type": "PHONE_NUMBER"},
    ]
    if questions:
        fields.append(
            {
                "id": REASON,
                "type": "TEXT",
                "title": "Reason",
                "isMandatoryBeforeAdded": True,
                "translations": [{"languageCode": "es", "title": "Motivo"}],
            }
        )
    return parse_location(
        {
            "id": "1",
            "name": "Office",
            "countryCode": "EE",
            "languages": [{"code": "en", "primary": True}, {"code": "es"}],
            "lines": lines
            if lines is not None
            else [
                {
                    "id": "10",
                    "name": "Passports",
                    "translations": [{"languageCode": "es", "name": "Pasaportes"}],
                },
                {"id": "11", "name": "Permits"},
                {"id": "12", "name": "Closed one", "disabled": True},
            ],
            "inputFields": fields,
        }
    )


@pytest.fixture
def visit(qtbot: QtBot) -> VisitController:
    controller = VisitController(labels=("Kiosk",))
    controller.set_location(location())
    return controller


def test_language_leads_to_the_offered_lines_in_that_language(visit: VisitController) -> None:
    visit.choose_language("es")
    assert visit.step == Step.SERVICE
    assert visit.lines() == [("10", "Pasaportes"), ("11", "Permits")]


def test_a_single_offered_line_skips_the_service_step(qtbot: QtBot) -> None:
    visit = VisitController()
    visit.set_location(
        location(lines=[{"id": "10", "name": "Only"}, {"id": "9", "name": "Off", "disabled": True}])
    )
    visit.choose_language("en")
    assert visit.step == Step.DETAILS
    assert visit.line is not None
    assert visit.line.id == "10"


def test_disabled_lines_cannot_be_chosen(visit: VisitController) -> None:
    visit.choose_language("en")
    visit.choose_line("12")
    assert visit.step == Step.SERVICE
    assert visit.line is None


def test_details_then_questions_then_a_valid_request(visit: VisitController, qtbot: QtBot) -> None:
    visit.choose_language("es")
    visit.choose_line("10")
    assert visit.form is not None
    assert visit.form.language == "es"
    visit.complete_details({"f-first": " Ada ", "f-last": "", "f-phone": "+372 5123 4567"})
    assert visit.step == Step.QUESTIONS
    with qtbot.waitSignal(visit.ready) as ready:
        visit.check_in({REASON: "Renewal"})
    request = ready.args[0]
    assert isinstance(request, TicketRequest)
    body = request.to_body()
    assert body["lineId"] == "10"
    assert body["firstName"] == "Ada"
    assert "lastName" not in body
    assert body["phoneNumber"] == "+37251234567"
    assert body["languageCode"] == "es"
    assert body["source"] == "NAME"
    assert body["fields"] == [{"inputFieldId": REASON, "value": "Renewal"}]
    assert body["labels"] == [{"value": "Kiosk"}]


def test_missing_required_answer_is_reported_not_sent(visit: VisitController, qtbot: QtBot) -> None:
    visit.choose_language("en")
    visit.choose_line("11")
    visit.complete_details({"f-first": "Ada"})
    with qtbot.waitSignal(visit.invalid) as invalid, qtbot.assertNotEmitted(visit.ready):
        visit.check_in({})
    assert [e.field_id for e in invalid.args[0]] == [REASON]


def test_without_questions_details_go_straight_to_check_in(qtbot: QtBot) -> None:
    visit = VisitController()
    visit.set_location(location(questions=False))
    visit.choose_language("en")
    visit.choose_line("10")
    with qtbot.waitSignal(visit.ready):
        visit.complete_details({"f-first": "Ada"})


def test_back_walks_the_path_backwards(visit: VisitController) -> None:
    visit.choose_language("en")
    visit.choose_line("10")
    visit.complete_details({"f-first": "Ada"})
    assert visit.step == Step.QUESTIONS
    visit.back()
    assert visit.step == Step.DETAILS
    visit.back()
    assert visit.step == Step.SERVICE
    visit.back()
    assert visit.step == Step.WELCOME


def test_start_over_forgets_the_visitor(visit: VisitController) -> None:
    visit.choose_language("es")
    visit.choose_line("10")
    visit.complete_details({"f-first": "Ada", "f-phone": "+37251234567"})
    visit.start_over()
    assert visit.step == Step.WELCOME
    assert visit.answers == {}
    assert visit.form is None
    assert visit.line is None
    assert visit.language == "en"
