"""The check-in controller against the sandbox: one ticket per visitor, whatever happens."""

from __future__ import annotations

import pytest
import qasync
from pytestqt.qtbot import QtBot

from kiosk.api.client import QminderClient
from kiosk.api.config import ApiConfig
from kiosk.controllers.checkin import CheckInController, CheckInFailure, CheckInResult
from kiosk.domain.ticket import FieldAnswer, Ticket, TicketCreated, TicketRequest
from kiosk.sandbox import SandboxServer
from kiosk.sandbox.seed import FIELD_CONTACT, LINE_GENERAL, LINE_VEHICLES, OPTION_SMS
from tests.fixtures.qt import run


def request(line_id: str = LINE_GENERAL, first_name: str = "Ada") -> TicketRequest:
    return TicketRequest(
        line_id=line_id,
        first_name=first_name,
        phone_number="+37251234567",
        language_code="en",
        fields=(FieldAnswer(input_field_id=FIELD_CONTACT, option_ids=(OPTION_SMS,)),),
    )


@pytest.fixture
def checkin(live_client: QminderClient, qtbot: QtBot) -> CheckInController:
    return CheckInController(live_client)


def finish(checkin: CheckInController, qtbot: QtBot) -> None:
    qtbot.waitUntil(lambda: not checkin.busy, timeout=10_000)


def test_creates_the_ticket_and_reports_its_number(
    checkin: CheckInController, sandbox: SandboxServer, qtbot: QtBot, qloop: qasync.QEventLoop
) -> None:
    busy: list[bool] = []
    checkin.busy_changed.connect(busy.append)
    with qtbot.waitSignal(checkin.succeeded, timeout=10_000) as done:
        assert checkin.submit(request())
    result = done.args[0]
    assert isinstance(result, CheckInResult)
    [ticket] = sandbox.tickets
    assert result.public_id == ticket.public_id == "A-1"
    assert result.ticket_id == ticket.id
    finish(checkin, qtbot)
    assert busy == [True, False]


def test_a_second_tap_while_in_flight_creates_nothing_more(
    checkin: CheckInController, sandbox: SandboxServer, qtbot: QtBot, qloop: qasync.QEventLoop
) -> None:
    sandbox.set_faults(latency=0.3)
    with qtbot.waitSignal(checkin.succeeded, timeout=10_000):
        assert checkin.submit(request())
        assert not checkin.submit(request())
        assert not checkin.submit(request())
    finish(checkin, qtbot)
    assert len(sandbox.tickets) == 1


def test_qminder_refusing_the_line_sends_the_visitor_to_the_desk(
    checkin: CheckInController, sandbox: SandboxServer, qtbot: QtBot, qloop: qasync.QEventLoop
) -> None:
    with qtbot.waitSignal(checkin.failed, timeout=10_000) as failed:
        checkin.submit(request(line_id=LINE_VEHICLES))
    assert failed.args == [CheckInFailure.REJECTED.value]
    finish(checkin, qtbot)
    assert not checkin.can_retry
    assert sandbox.tickets == []


def test_a_refused_key_makes_the_kiosk_unavailable(
    sandbox: SandboxServer, qtbot: QtBot, qloop: qasync.QEventLoop
) -> None:
    client = QminderClient(ApiConfig(base_url=sandbox.url, api_key="revoked-key"))
    run(qloop, client.__aenter__(), qtbot)
    checkin = CheckInController(client)
    try:
        with qtbot.waitSignal(checkin.failed, timeout=10_000) as failed:
            checkin.submit(request())
        assert failed.args == [CheckInFailure.UNAVAILABLE.value]
        finish(checkin, qtbot)
        assert sandbox.tickets == []
    finally:
        run(qloop, client.aclose(), qtbot)


def test_qminder_down_then_back_retries_once_and_succeeds(
    checkin: CheckInController, sandbox: SandboxServer, qtbot: QtBot, qloop: qasync.QEventLoop
) -> None:
    sandbox.set_down(True)
    with qtbot.waitSignal(checkin.failed, timeout=10_000) as failed:
        checkin.submit(request())
    assert failed.args == [CheckInFailure.NETWORK.value]
    finish(checkin, qtbot)
    assert checkin.can_retry
    sandbox.set_down(False)
    with qtbot.waitSignal(checkin.succeeded, timeout=10_000):
        assert checkin.retry()
    finish(checkin, qtbot)
    assert len(sandbox.tickets) == 1


@pytest.mark.parametrize("fault", ["error_500_after_create", "drop_after"])
def test_an_unconfirmed_ticket_is_found_not_sent_twice(
    fault: str,
    checkin: CheckInController,
    sandbox: SandboxServer,
    qtbot: QtBot,
    qloop: qasync.QEventLoop,
) -> None:
    sandbox.set_faults(**{fault: 1})  # type: ignore[arg-type]
    with qtbot.waitSignal(checkin.failed, timeout=10_000) as failed:
        checkin.submit(request())
    assert failed.args == [CheckInFailure.NETWORK.value]
    finish(checkin, qtbot)
    [created] = sandbox.tickets
    with qtbot.waitSignal(checkin.succeeded, timeout=10_000) as done:
        assert checkin.retry()
    finish(checkin, qtbot)
    assert done.args[0].public_id == created.public_id
    assert len(sandbox.tickets) == 1
    posts = [r for r in sandbox.requests if r.method == "POST" and r.path == "/tickets"]
    assert len(posts) == 1


def test_a_dropped_request_that_never_arrived_is_sent_again_after_a_lookup(
    checkin: CheckInController, sandbox: SandboxServer, qtbot: QtBot, qloop: qasync.QEventLoop
) -> None:
    sandbox.set_faults(drop_before=1)
    with qtbot.waitSignal(checkin.failed, timeout=10_000):
        checkin.submit(request())
    finish(checkin, qtbot)
    assert sandbox.tickets == []
    with qtbot.waitSignal(checkin.succeeded, timeout=10_000):
        checkin.retry()
    finish(checkin, qtbot)
    assert len(sandbox.tickets) == 1
    searches = [r for r in sandbox.requests if r.path == "/v1/tickets/search"]
    assert len(searches) == 1


class _NoNumberService:
    """Qminder answering a create without `publicId`, and a ticket read without one."""

    def __init__(self) -> None:
        self.reads = 0

    async def create_ticket(self, request: TicketRequest) -> TicketCreated:
        return TicketCreated(id="9001")

    async def get_ticket(self, ticket_id: str) -> Ticket:
        self.reads += 1
        return Ticket(id=ticket_id)

    async def search_tickets(self, *args: object, **kwargs: object) -> list[Ticket]:
        raise AssertionError("nothing to look up: the create succeeded")


def test_without_a_number_the_ticket_is_read_back_once_then_called_by_name(
    qtbot: QtBot, qloop: qasync.QEventLoop
) -> None:
    service = _NoNumberService()
    checkin = CheckInController(service)  # type: ignore[arg-type]
    with qtbot.waitSignal(checkin.succeeded, timeout=10_000) as done:
        checkin.submit(request())
    assert done.args[0] == CheckInResult(ticket_id="9001", public_id=None)
    assert service.reads == 1
