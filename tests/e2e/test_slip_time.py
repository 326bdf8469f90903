"""The time on a slip (and on screen) is the location's, whatever zone the computer is set to."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
import qasync
from PySide6.QtCore import QDate, QDateTime, QLocale, QTime
from pytestqt.qtbot import QtBot

from kiosk.api.client import QminderClient
from kiosk.api.config import ApiConfig
from kiosk.controllers.printing import PrintController
from kiosk.printing.spec import make_target
from kiosk.sandbox import DEMO_API_KEY, SandboxServer
from kiosk.sandbox.seed import DEMO_LOCATION
from tests.e2e.test_ticket_extras import check_in
from tests.fixtures.qt import run

pytestmark = pytest.mark.e2e

AUCKLAND = ZoneInfo("Pacific/Auckland")


@pytest.fixture
def computer_in_utc(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setenv("TZ", "UTC")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


@pytest.fixture
def auckland_client(qloop: qasync.QEventLoop, qtbot: QtBot) -> Iterator[QminderClient]:
    location = dataclasses.replace(DEMO_LOCATION, timezone="Pacific/Auckland")
    with SandboxServer(port=0, location=location, appointments=False) as server:
        client = QminderClient(ApiConfig(base_url=server.url, api_key=DEMO_API_KEY))
        run(qloop, client.__aenter__(), qtbot)
        yield client
        run(qloop, client.aclose(), qtbot)


def _plain(text: str) -> str:
    return re.sub(r"\s+", " ", text.replace("\u202f", " ").replace("\xa0", " "))


def shown(moment: dt.datetime, zone: dt.tzinfo, *, with_date: bool = True) -> str:
    """The short date and time (or time) a slip in English shows for `moment` in `zone`."""
    local = moment.astimezone(zone)
    when = QTime(local.hour, local.minute, local.second)
    locale = QLocale("en")
    if not with_date:
        return _plain(locale.toString(when, QLocale.FormatType.ShortFormat))
    stamp = QDateTime(QDate(local.year, local.month, local.day), when)
    return _plain(locale.toString(stamp, QLocale.FormatType.ShortFormat))


def minutes_between(start: dt.datetime, end: dt.datetime) -> list[dt.datetime]:
    moments, moment = [], start.replace(second=0, microsecond=0)
    while moment <= end:
        moments.append(moment)
        moment += dt.timedelta(minutes=1)
    return moments


def test_the_slip_shows_the_locations_time_not_the_computers(
    computer_in_utc: None,
    auckland_client: QminderClient,
    tmp_path: Path,
    qtbot: QtBot,
    qloop: qasync.QEventLoop,
) -> None:
    from tests.e2e.driver import running_kiosk

    folder = tmp_path / "slips"
    folder.mkdir()
    printer = PrintController(make_target(f"pdf:{folder}"))
    before = dt.datetime.now(dt.UTC)
    with running_kiosk(auckland_client, tmp_path, qtbot, qloop, printer=printer) as kiosk:
        check_in(kiosk, qtbot)
        qtbot.waitUntil(lambda: printer.printed_count == 1, timeout=10_000)
        on_screen = _plain(kiosk.window.ticket.wait_label.text())
        screen_locale = QLocale()  # the visitor's language
    after = dt.datetime.now(dt.UTC)
    [slip] = folder.glob("*.pdf")
    text = _plain(
        subprocess.run(
            ["pdftotext", str(slip), "-"], capture_output=True, text=True, check=True
        ).stdout
    )
    moments = minutes_between(before, after)
    assert any(shown(m, AUCKLAND) in text for m in moments), text
    assert not any(shown(m, dt.UTC) in text for m in moments), text
    # The estimated time (no one ahead: now) on the slip and on screen, in Auckland too.
    clock_times = [shown(m, AUCKLAND, with_date=False) for m in moments]
    assert any(text.count(t) == 2 for t in clock_times), text  # issued, and estimated
    on_screen_times = [
        _plain(
            screen_locale.toString(QTime(local.hour, local.minute), QLocale.FormatType.ShortFormat)
        )
        for local in (m.astimezone(AUCKLAND) for m in moments)
    ]
    assert any(t in on_screen for t in on_screen_times), on_screen
