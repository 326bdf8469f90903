"""The check-in controller over the durable sender, against the sandbox: one ticket each."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest
import qasync
from pytestqt.qtbot import QtBot

from kiosk.api.client import QminderClient
from kiosk.api.config import ApiConfig
from kiosk.controllers.checkin import CheckInController, CheckInFailure, CheckInResult
from kiosk.delivery import Cipher, Outbox, Sender
from kiosk.delivery.outcome import Delivered, Outcome, Pending, Withdrawn
from kiosk.domain.ticket import FieldAnswer, TicketRequest
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


def finish(checkin: CheckInController, qtbot: QtBot) -> None:
    qtbot.waitUntil(lambda: not checkin.busy, timeout=10_000)


@pytest.fixture
def checkin(live_sender: Sender, qtbot: QtBot) -> CheckInController:
    return CheckInController(live_sender, wait_seconds=3.0)


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
    assert busy == [True, False]


def test_a_second_tap_while_in_flight_stores_and_sends_nothing_more(
    checkin: CheckInController,
    live_sender: Sender,
    sandbox: SandboxServer,
    qtbot: QtBot,
    qloop: qasync.QEventLoop,
) -> None:
    sandbox.set_faults(latency=0.3)
    with qtbot.waitSignal(checkin.succeeded, timeout=10_000):
        assert checkin.submit(request())
        assert not checkin.submit(request())
        assert not checkin.submit(request())
    finish(checkin, qtbot)
    assert len(sandbox.tickets) == 1
    assert live_sender.status().delivered == 1


def test_qminder_refusing_the_line_sends_the_visitor_to_the_desk(
    checkin: CheckInController, sandbox: SandboxServer, qtbot: QtBot, qloop: qasync.QEventLoop
) -> None:
    with qtbot.waitSignal(checkin.failed, timeout=10_000) as failed:
        checkin.submit(request(line_id=LINE_VEHICLES))
    assert failed.args == [CheckInFailure.REJECTED.value]
    assert sandbox.tickets == []


def test_a_refused_key_makes_the_kiosk_unavailable_and_withdraws_the_check_in(
    sandbox: SandboxServer, tmp_path: Path, qtbot: QtBot, qloop: qasync.QEventLoop
) -> None:
    client = QminderClient(ApiConfig(base_url=sandbox.url, api_key="revoked-key"))
    run(qloop, client.__aenter__(), qtbot)
    outbox = Outbox.open(tmp_path / "revoked.sqlite3", Cipher([Cipher.generate_key()]))
    sender = Sender(outbox, client)
    task = asyncio.ensure_future(sender.run())
    checkin = CheckInController(sender, wait_seconds=3.0)
    try:
        with qtbot.waitSignal(checkin.failed, timeout=10_000) as failed:
            checkin.submit(request())
        assert failed.args == [CheckInFailure.UNAVAILABLE.value]
        assert sender.status().withdrawn == 1
        assert sandbox.tickets == []
    finally:
        sender.stop()
        task.cancel()
        run(qloop, sender.aclose(), qtbot)
        outbox.close()
        run(qloop, client.aclose(), qtbot)


class ScriptedSender:
    """A sender whose outcomes are set by the test (for the visitor-facing decisions)."""

    def __init__(self, outcome: Outcome, after_withdraw: Outcome | None = None) -> None:
        self.outcome = outcome
        self.after_withdraw = after_withdraw or Withdrawn()
        self.withdrawn: list[str] = []

    async def submit(self, request: TicketRequest) -> str:
        return "row-1"

    async def wait_for(self, row_id: str, timeout: float = 8.0) -> Outcome:  # noqa: ASYNC109
        return self.outcome

    async def withdraw(self, row_id: str) -> Outcome:
        self.withdrawn.append(row_id)
        return self.after_withdraw


def test_no_answer_in_time_queues_the_check_in_and_says_so(
    qtbot: QtBot, qloop: qasync.QEventLoop
) -> None:
    sender = ScriptedSender(Pending())
    checkin = CheckInController(sender, offline="queue")
    with qtbot.waitSignal(checkin.queued, timeout=5_000):
        checkin.submit(request())
    assert sender.withdrawn == []


def test_refuse_mode_withdraws_and_still_gives_a_number_qminder_has(
    qtbot: QtBot, qloop: qasync.QEventLoop
) -> None:
    sender = ScriptedSender(Pending(), after_withdraw=Delivered(ticket_id="7", public_id="A-7"))
    checkin = CheckInController(sender, offline="refuse")
    with qtbot.waitSignal(checkin.succeeded, timeout=5_000) as done:
        checkin.submit(request())
    assert sender.withdrawn == ["row-1"]
    assert done.args[0] == CheckInResult(ticket_id="7", public_id="A-7")


def test_refuse_mode_sends_the_visitor_to_the_desk_when_withdrawn(
    qtbot: QtBot, qloop: qasync.QEventLoop
) -> None:
    checkin = CheckInController(ScriptedSender(Pending()), offline="refuse")
    with qtbot.waitSignal(checkin.failed, timeout=5_000) as failed:
        checkin.submit(request())
    assert failed.args == [CheckInFailure.UNAVAILABLE.value]


def test_without_a_number_the_visitor_is_called_by_name(
    qtbot: QtBot, qloop: qasync.QEventLoop
) -> None:
    checkin = CheckInController(ScriptedSender(Delivered(ticket_id="9001", public_id=None)))
    with qtbot.waitSignal(checkin.succeeded, timeout=5_000) as done:
        checkin.submit(request())
    assert done.args[0] == CheckInResult(ticket_id="9001", public_id=None)


class LateSender(ScriptedSender):
    """No answer within the visitor's wait; the number comes during the follow-up wait."""

    def __init__(self, late: Outcome, delay: float = 0.0) -> None:
        super().__init__(Pending())
        self.late = late
        self.delay = delay
        self.waits = 0

    async def wait_for(self, row_id: str, timeout: float = 8.0) -> Outcome:  # noqa: ASYNC109
        self.waits += 1
        if self.waits == 1:
            return Pending()
        await asyncio.sleep(self.delay)
        return self.late


def test_a_number_that_comes_after_saved_is_reported(
    qtbot: QtBot, qloop: qasync.QEventLoop
) -> None:
    checkin = CheckInController(LateSender(Delivered(ticket_id="8", public_id="A-8")))
    told: list[str] = []
    checkin.queued.connect(lambda: told.append("saved"))
    with qtbot.waitSignal(checkin.delivered_late, timeout=5_000) as done:
        checkin.submit(request())
    assert told == ["saved"]
    assert done.args == [CheckInResult(ticket_id="8", public_id="A-8")]


def test_a_visitor_who_left_hears_nothing_more(qtbot: QtBot, qloop: qasync.QEventLoop) -> None:
    sender = LateSender(Delivered(ticket_id="8", public_id="A-8"), delay=0.3)
    checkin = CheckInController(sender)
    late: list[object] = []
    checkin.delivered_late.connect(late.append)
    with qtbot.waitSignal(checkin.queued, timeout=5_000):
        checkin.submit(request())
    qtbot.waitUntil(lambda: sender.waits == 2, timeout=5_000)  # following the saved check-in
    checkin.forget()
    qtbot.wait(600)
    assert late == []


def test_a_store_that_cannot_take_the_check_in_for_any_reason_sends_the_visitor_to_the_desk(
    sandbox: SandboxServer, tmp_path: Path, qtbot: QtBot, qloop: qasync.QEventLoop
) -> None:
    # Closed under the controller (the kiosk shutting down): not a disk problem, still a
    # delivery error; the visitor is told, nothing is stored, nothing escapes the task.
    client = QminderClient(ApiConfig(base_url=sandbox.url, api_key="unused"))
    outbox = Outbox.open(tmp_path / "closed.sqlite3", Cipher([Cipher.generate_key()]))
    outbox.close()
    sender = Sender(outbox, client)
    checkin = CheckInController(sender, wait_seconds=1.0)
    busy: list[bool] = []
    checkin.busy_changed.connect(busy.append)
    try:
        with qtbot.waitSignal(checkin.failed, timeout=5_000) as failed:
            checkin.submit(request())
        assert failed.args == [CheckInFailure.UNAVAILABLE.value]
        assert busy == [True, False]
        assert sandbox.tickets == []
    finally:
        run(qloop, sender.aclose(), qtbot)
