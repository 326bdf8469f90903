"""GraphQL documents the client sends to ``POST /graphql`` (queries only; Qminder has no mutations).

Every document here is checked against Qminder's published schema by the contract tests.
"""

from __future__ import annotations

KIOSK_CONFIG = """\
query KioskConfig($locationId: ID!) {
  location(id: $locationId) {
    id name timezone countryCode
    languages { code name nativeName primary }
    openingHours2 { mon { ...Day } tue { ...Day } wed { ...Day } thu { ...Day } fri { ...Day } sat { ...Day } sun { ...Day } }
    openingHoursExceptions2 { date closed closedReason businessHours { ...Hours } }
    lines { id name color disabled archived translations { languageCode name } appointmentSettings { enabled } }
    visitPlanner { url remoteSignIn }
    inputFields {
      id type title visitorFacingTitle isMandatoryBeforeAdded multiSelect
      options { id title color translations { languageCode title } }
      visibleForLines { id }
      translations { languageCode title visitorFacingTitle }
      constraints { __typename ... on NumericFieldConstraints { min max scale } }
    }
  }
}
fragment Day on DayOpeningHours { closed businessHours { ...Hours } }
fragment Hours on BusinessHours { opens { hours minutes } closes { hours minutes } }
"""  # noqa: E501
"""The location's whole kiosk configuration; variables ``{"locationId": "<id>"}``."""

TODAYS_APPOINTMENTS = """\
query TodaysAppointments(
  $locationId: ID!, $start: Date!, $end: Date!, $limit: Int!, $offset: Int!
) {
  ticketSearch(
    locationId: $locationId
    status: [SCHEDULED]
    appointment: { start: $start, end: $end }
    limit: $limit
    offset: $offset
    order: { field: ID, direction: ASCENDING }
  ) {
    id status firstName lastName phoneNumber
    line { id }
    appointment { startTime endTime }
  }
}
"""
"""The location's SCHEDULED appointments starting in [start, end], one page; no email asked."""

TICKET_STATUS = """\
query TicketStatus($ticketId: ID!) {
  ticket(id: $ticketId) { id status }
}
"""
"""A ticket's status (GraphQL knows SCHEDULED; the REST ticket documents do not list it)."""

ALL_QUERIES: dict[str, str] = {
    "KioskConfig": KIOSK_CONFIG,
    "TodaysAppointments": TODAYS_APPOINTMENTS,
    "TicketStatus": TICKET_STATUS,
}
"""Every document the client can send, by operation name."""
