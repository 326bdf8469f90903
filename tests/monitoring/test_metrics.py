"""The metrics model and its outputs: the names the issue lists, counters from the outbox's
counts, the file written atomically, /metrics on loopback."""

from __future__ import annotations

import datetime as dt
import logging
import urllib.request
from pathlib import Path

import pytest
from prometheus_client import generate_latest

from kiosk.monitoring.export import FileWriter, MetricsServer
from kiosk.monitoring.metrics import KioskMetrics
from tests.monitoring.promtool import check_metrics

NOW = 1_780_000_000.0


def metrics(**kwargs: object) -> KioskMetrics:
    return KioskMetrics(
        version="1.2.3", location_id="41205", kiosk_id="lobby-1", clock=lambda: NOW, **kwargs
    )


def settled(delivered: int = 0, rejected: int = 0, expired: int = 0) -> dict[str, int]:
    return {"delivered": delivered, "rejected": rejected, "expired": expired, "withdrawn": 0}


def test_the_metrics_are_named_as_the_fleet_expects() -> None:
    m = metrics()
    m.set_running(True)
    m.set_reachable(True)
    m.note_config_loaded(dt.datetime.fromtimestamp(NOW - 60, dt.UTC))
    m.observe_outbox(1, settled())
    m.set_oldest_pending(dt.datetime.fromtimestamp(NOW - 42, dt.UTC))
    m.set_printer_ok(False)
    m.set_open(True)
    text = generate_latest(m.registry).decode()
    for line in (
        'qminder_kiosk_info{kiosk_id="lobby-1",location_id="41205",version="1.2.3"} 1.0',
        "qminder_kiosk_up 1.0",
        "qminder_kiosk_qminder_reachable 1.0",
        "qminder_kiosk_outbox_pending 1.0",
        "qminder_kiosk_outbox_oldest_pending_age_seconds 42.0",
        'qminder_kiosk_checkins_total{result="delivered"} 0.0',
        'qminder_kiosk_checkins_total{result="queued"} 0.0',
        'qminder_kiosk_checkins_total{result="withdrawn"} 0.0',
        'qminder_kiosk_checkins_total{result="rejected"} 0.0',
        'qminder_kiosk_checkins_total{result="expired"} 0.0',
        "qminder_kiosk_printer_ok 0.0",
        "qminder_kiosk_open 1.0",
    ):
        assert line in text.splitlines(), line
    assert m.value("qminder_kiosk_last_qminder_success_timestamp_seconds") == NOW
    assert m.value("qminder_kiosk_config_loaded_timestamp_seconds") == NOW - 60
    assert "process_start_time_seconds" in text
    check_metrics(text)


def test_without_a_printer_or_known_hours_those_metrics_are_absent() -> None:
    text = generate_latest(metrics().registry).decode()
    assert "qminder_kiosk_printer_ok" not in text
    assert "qminder_kiosk_open" not in text


def test_check_ins_are_counted_from_the_outbox_since_the_kiosk_started() -> None:
    m = metrics(process=False)
    m.observe_outbox(0, settled(delivered=120, rejected=2))  # from before: the baseline
    assert m.value("qminder_kiosk_checkins_total", {"result": "delivered"}) == 0
    m.observe_outbox(1, settled(delivered=121, rejected=2))
    m.observe_outbox(0, settled(delivered=122, rejected=3, expired=1))
    m.observe_outbox(0, settled(delivered=20, rejected=3, expired=1))  # old rows pruned
    m.observe_outbox(0, settled(delivered=21, rejected=3, expired=1))
    assert m.value("qminder_kiosk_checkins_total", {"result": "delivered"}) == 3
    assert m.value("qminder_kiosk_checkins_total", {"result": "rejected"}) == 1
    assert m.value("qminder_kiosk_checkins_total", {"result": "expired"}) == 1
    m.count("queued")
    assert m.value("qminder_kiosk_checkins_total", {"result": "queued"}) == 1


def test_up_needs_the_screens_and_a_readable_store() -> None:
    m = metrics(process=False)
    assert m.value("qminder_kiosk_up") == 0  # not started: Setup needed looks the same
    m.set_running(True)
    assert m.value("qminder_kiosk_up") == 1
    m.set_store_readable(False)
    assert m.value("qminder_kiosk_up") == 0
    assert not m.health.healthy
    m.set_store_readable(True)
    m.set_reachable(True)
    assert m.health.healthy
    m.set_reachable(False)
    assert not m.health.healthy
    assert m.value("qminder_kiosk_up") == 1  # Qminder away: check-ins are still saved


def test_the_file_is_replaced_whole(tmp_path: Path) -> None:
    m = metrics()
    path = tmp_path / "qminder_kiosk.prom"
    path.write_text("old\n", encoding="utf-8")
    writer = FileWriter(path, m.registry)
    assert writer.write()
    assert path.read_text(encoding="utf-8").startswith("# HELP")
    assert [p.name for p in tmp_path.iterdir()] == ["qminder_kiosk.prom"]  # no leftovers
    check_metrics(path.read_text(encoding="utf-8"))


def test_a_failing_write_is_logged_once(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    writer = FileWriter(tmp_path / "missing" / "k.prom", metrics(process=False).registry)
    with caplog.at_level(logging.WARNING, "kiosk.monitoring"):
        assert not writer.write()
        assert not writer.write()
    assert len(caplog.records) == 1
    (tmp_path / "missing").mkdir()
    assert writer.write()


def test_metrics_are_served_on_loopback() -> None:
    m = metrics()
    m.set_running(True)
    server = MetricsServer(m.registry, 0)
    try:
        assert server.running
        assert server.bind == "127.0.0.1"
        url = f"http://127.0.0.1:{server.port}/metrics"
        with urllib.request.urlopen(url, timeout=10) as response:
            text = response.read().decode()
    finally:
        server.close()
    assert "qminder_kiosk_up 1.0" in text
    check_metrics(text)


def test_a_port_in_use_is_logged_not_raised(caplog: pytest.LogCaptureFixture) -> None:
    m = metrics(process=False)
    first = MetricsServer(m.registry, 0)
    try:
        with caplog.at_level(logging.ERROR, "kiosk.monitoring"):
            second = MetricsServer(m.registry, first.port)
        assert not second.running
        assert "cannot serve metrics" in caplog.text
    finally:
        first.close()


def test_counters_carry_no_created_series() -> None:
    m = metrics(process=False)
    m.set_running(True)
    text = generate_latest(m.registry).decode()
    assert "qminder_kiosk_checkins_total" in text
    assert "_created" not in text
