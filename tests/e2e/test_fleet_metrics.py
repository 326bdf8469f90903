"""The metrics file a fleet's Prometheus reads, through a real check-in with Qminder down and
back: the textfile collector's file is rewritten at once on each change, and passes
`promtool check metrics`."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
import qasync
from prometheus_client.parser import text_string_to_metric_families
from pytestqt.qtbot import QtBot

from kiosk import __version__
from kiosk.api.client import QminderClient
from kiosk.controllers.monitoring import MonitoringController
from kiosk.delivery import Sender
from kiosk.monitoring.export import FileWriter
from kiosk.monitoring.metrics import KioskMetrics
from kiosk.sandbox import DEMO_LOCATION_ID, SandboxServer
from kiosk.shell.wiring import Kiosk
from kiosk.ui.screens.message import MessageKind
from tests.e2e.driver import running_kiosk
from tests.e2e.test_visitor_path import LEFT, ready_to_check_in
from tests.fixtures.qt import run
from tests.monitoring.promtool import check_metrics

pytestmark = pytest.mark.e2e


def samples(path: Path) -> dict[str, float]:
    """Every sample in the file, keyed ``name{label="value",...}`` (labels sorted)."""
    if not path.exists():
        return {}
    found = {}
    for family in text_string_to_metric_families(path.read_text(encoding="utf-8")):
        for sample in family.samples:
            labels = ",".join(f'{k}="{v}"' for k, v in sorted(sample.labels.items()))
            found[f"{sample.name}{{{labels}}}" if labels else sample.name] = sample.value
    return found


@pytest.fixture
def monitored(
    live_client: QminderClient, tmp_path: Path, qtbot: QtBot, qloop: qasync.QEventLoop
) -> Iterator[tuple[Kiosk, MonitoringController, Path]]:
    senders: list[Sender] = []
    with running_kiosk(
        live_client, tmp_path, qtbot, qloop, wait_seconds=1.0, senders=senders
    ) as kiosk:
        metrics = KioskMetrics(
            version=__version__, location_id=DEMO_LOCATION_ID, kiosk_id="lobby-1"
        )
        path = tmp_path / "textfile" / "qminder_kiosk.prom"
        path.parent.mkdir()
        controller = MonitoringController(metrics, writer=FileWriter(path, metrics.registry))
        controller.attach(
            delivery=kiosk.delivery,
            location=kiosk.location,
            hours=kiosk.hours,
            checkin=kiosk.checkin,
            oldest_pending=senders[0].oldest_pending,
        )
        controller.start()
        try:
            yield kiosk, controller, path
        finally:
            # No Qt events until the kiosk halts: pytest-qt has scheduled its window's deletion.
            controller.detach()
    run(qloop, controller.close(), qtbot)


def test_a_check_in_with_qminder_down_and_back_moves_the_metrics(
    monitored: tuple[Kiosk, MonitoringController, Path], sandbox: SandboxServer, qtbot: QtBot
) -> None:
    kiosk, _controller, path = monitored
    kiosk.location.reload()  # a configuration load: Qminder answers
    qtbot.waitUntil(
        lambda: samples(path).get("qminder_kiosk_qminder_reachable") == 1, timeout=10_000
    )
    first = samples(path)
    info = (
        f'qminder_kiosk_info{{kiosk_id="lobby-1",location_id="{DEMO_LOCATION_ID}",'
        f'version="{__version__}"}}'
    )
    assert first[info] == 1
    assert first["qminder_kiosk_up"] == 1
    assert first["qminder_kiosk_open"] == 1  # the sandbox's location is always open
    assert first["qminder_kiosk_outbox_pending"] == 0
    assert first["qminder_kiosk_config_loaded_timestamp_seconds"] > 0
    assert first["qminder_kiosk_last_qminder_success_timestamp_seconds"] > 0
    assert first["process_resident_memory_bytes"] > 0
    assert "qminder_kiosk_printer_ok" not in first  # no printer: absent
    check_metrics(path.read_text(encoding="utf-8"))

    ready_to_check_in(kiosk, qtbot)
    sandbox.set_down(True)
    qtbot.mouseClick(kiosk.window.questions.primary_button, LEFT)
    qtbot.waitUntil(lambda: kiosk.window.message.kind() is MessageKind.QUEUED, timeout=10_000)
    qtbot.waitUntil(
        lambda: samples(path).get('qminder_kiosk_checkins_total{result="queued"}') == 1,
        timeout=10_000,
    )
    down = samples(path)
    assert down["qminder_kiosk_qminder_reachable"] == 0
    assert down["qminder_kiosk_outbox_pending"] == 1
    assert down["qminder_kiosk_outbox_oldest_pending_age_seconds"] >= 0
    assert down['qminder_kiosk_checkins_total{result="queued"}'] == 1
    assert down['qminder_kiosk_checkins_total{result="delivered"}'] == 0
    assert down["qminder_kiosk_up"] == 1  # the screens still run: check-ins are saved
    check_metrics(path.read_text(encoding="utf-8"))

    sandbox.set_down(False)
    qtbot.waitUntil(lambda: samples(path).get("qminder_kiosk_outbox_pending") == 0, timeout=15_000)
    qtbot.waitUntil(
        lambda: samples(path).get("qminder_kiosk_qminder_reachable") == 1, timeout=10_000
    )
    back = samples(path)
    assert back['qminder_kiosk_checkins_total{result="delivered"}'] == 1
    assert back['qminder_kiosk_checkins_total{result="queued"}'] == 1
    assert back["qminder_kiosk_outbox_oldest_pending_age_seconds"] == 0
    assert (
        back["qminder_kiosk_last_qminder_success_timestamp_seconds"]
        >= first["qminder_kiosk_last_qminder_success_timestamp_seconds"]
    )
    assert len(sandbox.tickets) == 1
    text = path.read_text(encoding="utf-8")
    assert "Ada" not in text
    assert "5123" not in text
    check_metrics(text)


def test_setup_needed_and_a_stopped_kiosk_report_down(
    monitored: tuple[Kiosk, MonitoringController, Path], qtbot: QtBot
) -> None:
    _kiosk, controller, path = monitored
    qtbot.waitUntil(lambda: samples(path).get("qminder_kiosk_up") == 1, timeout=10_000)
    controller.set_store_readable(False)
    qtbot.waitUntil(lambda: samples(path).get("qminder_kiosk_up") == 0, timeout=10_000)
    controller.set_store_readable(True)
    qtbot.waitUntil(lambda: samples(path).get("qminder_kiosk_up") == 1, timeout=10_000)
    controller.detach()  # what Setup needed does
    qtbot.waitUntil(lambda: samples(path).get("qminder_kiosk_up") == 0, timeout=10_000)
