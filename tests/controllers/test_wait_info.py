"""Wait information against the sandbox: right counts, and never late."""

from __future__ import annotations

import datetime as dt
import time

import pytest
import qasync
from pytestqt.qtbot import QtBot

from kiosk.api.client import QminderClient
from kiosk.controllers.wait_info import WAIT_DEADLINE, WaitInfo, WaitInfoController, count_ahead
from kiosk.domain.ticket import FieldAnswer, Ticket, TicketCreated, TicketRequest
from kiosk.sandbox import SandboxServer
from kiosk.sandbox.seed import FIELD_CONTACT, LINE_GENERAL, LINE_PERMITS, OPTION_SMS
from tests.fixtures.qt import run


def create(client: QminderClient, qloop: qasync.QEventLoop, qtbot: QtBot, line: str) -> str:
    request = TicketRequest(
        line_id=line,
        first_name="Visitor",
        phone_number="+37251234567",
        language_code="en",
        fields=(FieldAnswer(input_field_id=FIELD_CONTACT, option_ids=(OPTION_SMS,)),),
    )
    created: TicketCreated = run(qloop, client.create_ticket(request), qtbot)
    return created.id


@pytest.fixture
def queue_of_three(
    live_client: QminderClient, sandbox: SandboxServer, qloop: qasync.QEventLoop, qtbot: QtBot
) -> str:
    """Three people waiting on General before our ticket; others that must not count. Ours' id."""
    for _ in range(3):
        create(live_client, qloop, qtbot, LINE_GENERAL)
    served = create(live_client, qloop, qtbot, LINE_GENERAL)
    sandbox.set_ticket_status(served, "CALLED")
    create(live_client, qloop, qtbot, LINE_PERMITS)
    ours = create(live_client, qloop, qtbot, LINE_GENERAL)
    create(live_client, qloop, qtbot, LINE_GENERAL)  # came after us
    return ours


def now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def test_people_ahead_and_estimate_from_the_sandbox(
    live_client: QminderClient, queue_of_three: str, qtbot: QtBot, qloop: qasync.QEventLoop
) -> None:
    wait = WaitInfoController(live_client)
    emitted: list[tuple[str, WaitInfo]] = []
    wait.ready.connect(lambda info: emitted.append(("ready", info)))
    wait.settled.connect(lambda info: emitted.append(("settled", info)))
    with qtbot.waitSignal(wait.settled, timeout=5_000):
        wait.fetch(queue_of_three, LINE_GENERAL, now())
    assert [name for name, _ in emitted] == ["ready", "settled"]
    info = emitted[0][1]
    assert emitted[1][1] == info
    assert isinstance(info, WaitInfo)
    assert info.ticket_id == queue_of_three
    assert info.people_ahead == 3
    assert info.estimated is not None
    # the sandbox estimates four minutes per person ahead
    assert abs((info.estimated - now()) - dt.timedelta(minutes=12)) < dt.timedelta(seconds=30)


def test_the_first_in_line_has_nobody_ahead(
    live_client: QminderClient, sandbox: SandboxServer, qtbot: QtBot, qloop: qasync.QEventLoop
) -> None:
    create(live_client, qloop, qtbot, LINE_PERMITS)
    ours = create(live_client, qloop, qtbot, LINE_GENERAL)
    wait = WaitInfoController(live_client)
    with qtbot.waitSignal(wait.ready, timeout=5_000) as ready:
        wait.fetch(ours, LINE_GENERAL)
    assert ready.args[0].people_ahead == 0


def test_a_slow_estimate_is_left_out_within_the_deadline(
    live_client: QminderClient,
    sandbox: SandboxServer,
    queue_of_three: str,
    qtbot: QtBot,
    qloop: qasync.QEventLoop,
) -> None:
    sandbox.set_faults(latency=4.0, only="/v1/tickets/*/estimated-time")
    wait = WaitInfoController(live_client)  # the real deadline, about 1.5 s
    started = time.monotonic()
    with qtbot.waitSignal(wait.ready, timeout=5_000) as ready:
        wait.fetch(queue_of_three, LINE_GENERAL, now())
        assert time.monotonic() - started < 0.05, "fetch waited for Qminder"
    elapsed = time.monotonic() - started
    assert ready.args[0] == WaitInfo(queue_of_three, people_ahead=3, estimated=None)
    assert WAIT_DEADLINE - 0.1 <= elapsed <= WAIT_DEADLINE + 0.4


def test_a_failing_search_leaves_people_ahead_out(
    live_client: QminderClient,
    sandbox: SandboxServer,
    queue_of_three: str,
    qtbot: QtBot,
    qloop: qasync.QEventLoop,
) -> None:
    sandbox.set_faults(fail_503=5, only="/v1/tickets/search")
    wait = WaitInfoController(live_client, deadline=1.0)
    started = time.monotonic()
    with qtbot.waitSignal(wait.ready, timeout=5_000) as ready:
        wait.fetch(queue_of_three, LINE_GENERAL, now())
    assert time.monotonic() - started < 1.0
    info = ready.args[0]
    assert info.people_ahead is None
    assert info.estimated is not None


def test_when_everything_is_slow_nothing_arrives_and_nothing_waits(
    live_client: QminderClient,
    sandbox: SandboxServer,
    queue_of_three: str,
    qtbot: QtBot,
    qloop: qasync.QEventLoop,
) -> None:
    sandbox.set_faults(latency=3.0, only="/v1/tickets/*")
    wait = WaitInfoController(live_client, deadline=0.4)
    settled: list[WaitInfo] = []
    wait.settled.connect(settled.append)
    started = time.monotonic()
    with qtbot.assertNotEmitted(wait.ready, wait=900):
        wait.fetch(queue_of_three, LINE_GENERAL, now())
        assert time.monotonic() - started < 0.05
    assert settled == [WaitInfo(queue_of_three)], "settled comes by the deadline, empty"


def test_qminder_down_means_no_wait_information(
    live_client: QminderClient, sandbox: SandboxServer, qtbot: QtBot, qloop: qasync.QEventLoop
) -> None:
    sandbox.set_down(True)
    wait = WaitInfoController(live_client, deadline=0.5)
    with qtbot.assertNotEmitted(wait.ready, wait=800):
        wait.fetch("5100001", LINE_GENERAL, now())


def test_a_cancelled_fetch_emits_nothing(
    live_client: QminderClient, queue_of_three: str, qtbot: QtBot, qloop: qasync.QEventLoop
) -> None:
    wait = WaitInfoController(live_client)
    with qtbot.assertNotEmitted(wait.ready, wait=500), qtbot.assertNotEmitted(wait.settled):
        wait.fetch(queue_of_three, LINE_GENERAL, now())
        wait.cancel()


def test_waiting_count_for_the_service_screen(
    live_client: QminderClient, queue_of_three: str, qtbot: QtBot, qloop: qasync.QEventLoop
) -> None:
    wait = WaitInfoController(live_client)
    counts: dict[str, int] = {}
    wait.waiting_count_ready.connect(counts.__setitem__)
    wait.waiting_count(LINE_GENERAL)
    wait.waiting_count(LINE_PERMITS)
    qtbot.waitUntil(lambda: len(counts) == 2, timeout=5_000)
    assert counts == {LINE_GENERAL: 5, LINE_PERMITS: 1}


def test_created_at_must_carry_a_time_zone(
    live_client: QminderClient, qtbot: QtBot, qloop: qasync.QEventLoop
) -> None:
    wait = WaitInfoController(live_client)
    with pytest.raises(ValueError, match="timezone"):
        wait.fetch("1", LINE_GENERAL, dt.datetime(2026, 5, 6, 14, 20))


# -- counting, without a server -----------------------------------------------------------------

T0 = dt.datetime(2026, 5, 6, 12, 0, tzinfo=dt.UTC)


def ticket(ticket_id: str, seconds: float | None) -> Ticket:
    created = None if seconds is None else {"date": T0 + dt.timedelta(seconds=seconds)}
    return Ticket.model_validate({"id": ticket_id, "created": created})


def test_count_ahead_uses_our_own_creation_time() -> None:
    tickets = [ticket("10", 0), ticket("11", 5), ticket("12", 10), ticket("13", 20)]
    assert count_ahead(tickets, "12", None) == 2
    assert count_ahead(tickets, "10", None) == 0


def test_count_ahead_falls_back_to_the_given_time() -> None:
    tickets = [ticket("10", 0), ticket("11", 5), ticket("13", 20)]
    assert count_ahead(tickets, "12", T0 + dt.timedelta(seconds=10)) == 2
    assert count_ahead(tickets, "12", None) is None


def test_count_ahead_breaks_ties_by_id_and_skips_undated_tickets() -> None:
    tickets = [ticket("9", 10), ticket("12", 10), ticket("15", 10), ticket("20", None)]
    assert count_ahead(tickets, "12", None) == 1
