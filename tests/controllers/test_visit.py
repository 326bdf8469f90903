"""The visitor's path as the visit controller decides it (no widgets)."""

from __future__ import annotations

from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from kiosk.controllers.appointments import AppointmentCheckedIn
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


# -- a visitor with an appointment --------------------------------------------------------------


def one_line_visit(offered: bool) -> VisitController:
    controller = VisitController()
    controller.set_location(location(lines=[{"id": "10", "name": "Passports"}]))
    controller.appointments_offered = offered
    return controller


def test_one_line_skips_service_unless_appointments_are_offered() -> None:
    plain = one_line_visit(offered=False)
    plain.choose_language("en")
    assert plain.step == Step.DETAILS
    booked = one_line_visit(offered=True)
    booked.choose_language("en")
    assert booked.step == Step.SERVICE  # where "I have an appointment" is
    booked.choose_line("10")
    booked.back()
    assert booked.step == Step.SERVICE


def test_the_appointment_step_and_back(visit: VisitController) -> None:
    visit.start_appointment()
    visit.choose_language("en")
    visit.start_appointment()
    assert visit.step == Step.SERVICE  # not offered: no appointment step
    visit.appointments_offered = True
    visit.start_appointment()
    assert visit.step == Step.APPOINTMENT
    visit.back()
    assert visit.step == Step.SERVICE


def test_walk_in_keeps_the_typed_number_until_the_visit_ends(visit: VisitController) -> None:
    visit.appointments_offered = True
    visit.choose_language("en")
    visit.start_appointment()
    visit.walk_in(" 5550 9999 ")
    assert visit.step == Step.SERVICE
    assert visit.prefilled_phone == "5550 9999"
    visit.choose_line("10")
    assert visit.prefilled_phone == "5550 9999"
    visit.start_over()
    assert visit.prefilled_phone == ""


def test_walk_in_on_one_line_goes_straight_to_the_details() -> None:
    booked = one_line_visit(offered=True)
    booked.choose_language("en")
    booked.start_appointment()
    booked.walk_in("5550 9999")
    assert booked.step == Step.DETAILS


def test_an_appointment_checked_in_becomes_the_ticket(visit: VisitController) -> None:
    visit.appointments_offered = True
    visit.choose_language("es")
    visit.start_appointment()
    visit.appointment_checked_in(
        AppointmentCheckedIn(ticket_id="t1", public_id=None, line_id="10", first_name="Maria")
    )
    assert visit.step == Step.TICKET
    assert visit.ticket is not None
    assert visit.ticket.ticket_id == "t1"
    assert visit.line_label() == "Pasaportes"
    assert visit.caller_name() == ("Maria", None)
    visit.start_over()
    assert visit.appointment_name is None
    assert visit.caller_name() == ("", None)
