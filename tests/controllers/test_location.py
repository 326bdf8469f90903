"""Loading the location's configuration: from Qminder, cached on disk, usable offline."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest
import qasync
from pytestqt.qtbot import QtBot

from kiosk.api.cache import LocationCache
from kiosk.api.client import QminderClient
from kiosk.controllers.location import LoadFailure, LocationController
from kiosk.domain.models import Location, parse_location
from kiosk.sandbox import DEMO_LOCATION_ID, SandboxServer


def controller(client: QminderClient, cache: LocationCache | None) -> LocationController:
    return LocationController(client, DEMO_LOCATION_ID, cache, refresh_ms=60_000)


def test_loads_the_location_and_caches_it(
    live_client: QminderClient, tmp_path: Path, qtbot: QtBot, qloop: qasync.QEventLoop
) -> None:
    cache = LocationCache(tmp_path)
    location = controller(live_client, cache)
    with qtbot.waitSignal(location.loaded, timeout=10_000) as loaded:
        location.start()
    config = loaded.args[0]
    assert isinstance(config, Location)
    assert config.name == "City Service Centre"
    assert [lang.code for lang in config.languages][:2] == ["en", "es"]
    assert cache.load(DEMO_LOCATION_ID) == config
    location.stop()


def test_the_next_start_paints_from_the_cache_even_offline(
    live_client: QminderClient,
    sandbox: SandboxServer,
    tmp_path: Path,
    qtbot: QtBot,
    qloop: qasync.QEventLoop,
) -> None:
    cache = LocationCache(tmp_path)
    first = controller(live_client, cache)
    with qtbot.waitSignal(first.loaded, timeout=10_000):
        first.start()
    qtbot.waitUntil(lambda: cache.load(DEMO_LOCATION_ID) is not None)
    first.stop()

    sandbox.set_down(True)
    second = controller(live_client, cache)
    with (
        qtbot.waitSignal(second.loaded, timeout=1_000) as loaded,
        qtbot.assertNotEmitted(second.failed, wait=300),
    ):
        second.start()
    assert loaded.args[0].id == DEMO_LOCATION_ID
    second.stop()


def test_without_cache_or_network_it_reports_the_failure(
    live_client: QminderClient,
    sandbox: SandboxServer,
    tmp_path: Path,
    qtbot: QtBot,
    qloop: qasync.QEventLoop,
) -> None:
    sandbox.set_down(True)
    location = controller(live_client, LocationCache(tmp_path))
    with qtbot.waitSignal(location.failed, timeout=10_000) as failed:
        location.start()
    assert failed.args == [LoadFailure.NETWORK.value]
    sandbox.set_down(False)
    with qtbot.waitSignal(location.loaded, timeout=10_000):
        location.reload()
    location.stop()


def test_a_changed_configuration_is_announced_again(
    live_client: QminderClient, tmp_path: Path, qtbot: QtBot, qloop: qasync.QEventLoop
) -> None:
    cache = LocationCache(tmp_path)
    location = controller(live_client, cache)
    with qtbot.waitSignal(location.loaded, timeout=10_000):
        location.start()
    qtbot.waitUntil(lambda: cache.load(DEMO_LOCATION_ID) is not None)
    stale = location.location
    assert stale is not None
    location.location = stale.model_copy(update={"name": "Old name"})
    with qtbot.waitSignal(location.loaded, timeout=10_000) as loaded:
        location.reload()
    assert loaded.args[0].name == "City Service Centre"
    location.stop()


def test_a_huge_answer_keeps_the_cached_location(
    live_client: QminderClient,
    sandbox: SandboxServer,
    tmp_path: Path,
    qtbot: QtBot,
    qloop: qasync.QEventLoop,
) -> None:
    cache = LocationCache(tmp_path)
    first = controller(live_client, cache)
    with qtbot.waitSignal(first.loaded, timeout=10_000):
        first.start()
    qtbot.waitUntil(lambda: cache.load(DEMO_LOCATION_ID) is not None)
    first.stop()

    sandbox.set_faults(oversized_stream=1, oversized_bytes=20_000_000, only="POST /graphql")
    second = controller(live_client, cache)
    with qtbot.assertNotEmitted(second.failed, wait=0):
        second.start()
        qtbot.waitUntil(lambda: second.last_failure is not None, timeout=10_000)
    assert second.last_failure == LoadFailure.BAD_RESPONSE.value
    assert second.location is not None
    assert second.location.id == DEMO_LOCATION_ID
    second.stop()


def test_a_huge_answer_without_a_cache_is_a_bad_answer(
    live_client: QminderClient,
    sandbox: SandboxServer,
    tmp_path: Path,
    qtbot: QtBot,
    qloop: qasync.QEventLoop,
) -> None:
    sandbox.set_faults(oversized=1, oversized_bytes=20_000_000, only="POST /graphql")
    location = controller(live_client, LocationCache(tmp_path))
    with qtbot.waitSignal(location.failed, timeout=10_000) as failed:
        location.start()
    assert failed.args == [LoadFailure.BAD_RESPONSE.value]
    assert location.location is None
    with qtbot.waitSignal(location.loaded, timeout=10_000):  # the next answer is a normal one
        location.reload()


class _OddSource:
    """Qminder answering with a location whose one option has a null id."""

    async def location_config(self, location_id: str) -> Location:
        field = {
            "id": "pick",
            "type": "SELECT",
            "title": "Pick",
            "options": [
                {"id": None, "title": "Secret title", "translations": []},
                {"id": "ok", "title": "Fine", "translations": []},
            ],
        }
        return parse_location(
            {
                "id": location_id,
                "name": "Office",
                "lines": [{"id": "1", "name": "One", "color": "", "disabled": False}],
                "inputFields": [field],
            }
        )


def test_what_was_left_out_is_logged_without_its_text(
    qtbot: QtBot, qloop: qasync.QEventLoop, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.WARNING, logger="kiosk.location")
    location = LocationController(_OddSource(), "7", None, refresh_ms=60_000)
    with qtbot.waitSignal(location.loaded, timeout=5_000) as loaded:
        location.start()
    assert [o.id for o in loaded.args[0].input_field("pick").options] == ["ok"]
    logged = caplog.text
    assert "input field 'pick': option #1 skipped" in logged
    assert "Secret title" not in logged
    location.stop()
