"""Outside opening hours the kiosk shows Closed, in every offered language, and reopens itself.

The sandbox serves the demo office with real hours (Mon-Fri 8-18, Sat 10-14, Tallinn time,
closed on 24 February 2027 for Independence Day). The machine's own time zone (UTC here) is
not the location's: every moment below is given in UTC and judged in Tallinn time.
"""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
import qasync
from pytestqt.qtbot import QtBot

from kiosk.api.client import QminderClient
from kiosk.api.config import ApiConfig
from kiosk.sandbox import DEMO_API_KEY, SandboxServer
from kiosk.sandbox.seed import OFFICE_HOURS_LOCATION
from kiosk.shell.wiring import Kiosk
from kiosk.ui.bidi import strip_isolates
from kiosk.ui.screens.message import MessageKind
from tests.e2e.driver import running_kiosk
from tests.fixtures.qt import run

pytestmark = pytest.mark.e2e

UTC = dt.UTC


@pytest.fixture
def office_client(qloop: qasync.QEventLoop, qtbot: QtBot) -> Iterator[QminderClient]:
    with SandboxServer(port=0, location=OFFICE_HOURS_LOCATION) as server:
        client = QminderClient(ApiConfig(base_url=server.url, api_key=DEMO_API_KEY))
        run(qloop, client.__aenter__(), qtbot)
        yield client
        run(qloop, client.aclose(), qtbot)


def running_from(start: dt.datetime) -> Callable[[], dt.datetime]:
    """A clock that starts at `start` and runs at real speed."""
    began = time.monotonic()
    return lambda: start + dt.timedelta(seconds=time.monotonic() - began)


def closed(kiosk: Kiosk) -> bool:
    window = kiosk.window
    return window.current_screen() is window.message and window.message.kind() is MessageKind.CLOSED


@contextmanager
def closed_kiosk(
    client: QminderClient,
    tmp_path: Path,
    qtbot: QtBot,
    qloop: qasync.QEventLoop,
    start: dt.datetime,
) -> Iterator[Kiosk]:
    """A kiosk whose clock starts at `start` (UTC), once it shows Closed."""
    clock = running_from(start)
    with running_kiosk(
        client, tmp_path, qtbot, qloop, clock=clock, wait_for_welcome=False
    ) as kiosk:
        qtbot.waitUntil(lambda: closed(kiosk), timeout=5_000)
        yield kiosk


def test_open_in_the_locations_time_zone_not_the_machines(
    office_client: QminderClient, tmp_path: Path, qtbot: QtBot, qloop: qasync.QEventLoop
) -> None:
    # Monday 06:30 UTC is 08:30 in Tallinn: open (in UTC it would be before 8:00).
    monday = running_from(dt.datetime(2026, 11, 30, 6, 30, tzinfo=UTC))
    with running_kiosk(office_client, tmp_path, qtbot, qloop, clock=monday) as kiosk:
        assert not kiosk.is_closed()
        assert kiosk.window.current_screen() is kiosk.window.welcome


def test_closed_on_sunday_says_when_it_opens_in_every_language(
    office_client: QminderClient, tmp_path: Path, qtbot: QtBot, qloop: qasync.QEventLoop
) -> None:
    with closed_kiosk(
        office_client, tmp_path, qtbot, qloop, dt.datetime(2026, 11, 29, 10, 0, tzinfo=UTC)
    ) as kiosk:
        text = strip_isolates(kiosk.window.message.text())
        # The weekday and time in each language's own words, from Qt's locale data.
        for monday in ("Monday", "lunes", "esmaspäev", "понедельник", "lundi", "Montag"):
            assert monday in text, text
        assert "08:00" in text
        assert len(text.splitlines()) >= 7
        # Each line is in its own language, not only the day's name.
        assert "Wir öffnen wieder am Montag um 08:00." in text
        assert "Volvemos a abrir el lunes a las 8:00." in text


def test_closed_between_intervals(
    office_client: QminderClient, tmp_path: Path, qtbot: QtBot, qloop: qasync.QEventLoop
) -> None:
    # Saturday 15:00 in Tallinn: the 10-14 interval is over; next is Monday 8:00.
    with closed_kiosk(
        office_client, tmp_path, qtbot, qloop, dt.datetime(2026, 11, 28, 13, 0, tzinfo=UTC)
    ) as kiosk:
        assert "Monday" in kiosk.window.message.text()


def test_an_exception_closes_a_working_day_and_names_the_reason(
    office_client: QminderClient, tmp_path: Path, qtbot: QtBot, qloop: qasync.QEventLoop
) -> None:
    # Wednesday 24 February 2027, 10:00 in Tallinn: a weekday, but a public holiday.
    with closed_kiosk(
        office_client, tmp_path, qtbot, qloop, dt.datetime(2027, 2, 24, 8, 0, tzinfo=UTC)
    ) as kiosk:
        text = strip_isolates(kiosk.window.message.text())
        assert "Independence Day" in text
        assert "Thursday" in text


def test_reopens_by_itself_at_the_boundary(
    office_client: QminderClient, tmp_path: Path, qtbot: QtBot, qloop: qasync.QEventLoop
) -> None:
    # Two seconds before Monday 8:00 in Tallinn.
    with closed_kiosk(
        office_client, tmp_path, qtbot, qloop, dt.datetime(2026, 11, 30, 5, 59, 58, tzinfo=UTC)
    ) as kiosk:
        qtbot.waitUntil(
            lambda: kiosk.window.current_screen() is kiosk.window.welcome, timeout=8_000
        )
        assert not kiosk.is_closed()
