"""The kiosk's mode: what a visitor finds at the kiosk, decided from every input at once."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from kiosk.controllers.mode import Blocker, Mode, ModeController, ModeInputs, decide
from kiosk.domain.hours import OpeningState

OPEN = OpeningState(open=True)
SHUT = OpeningState(open=False, next_opening=dt.datetime(2026, 12, 7, 8, tzinfo=dt.UTC))


def ready_inputs(**changes: Any) -> ModeInputs:
    return replace(ModeInputs(configured=True, hours=OPEN), **changes)


def test_a_configured_open_location_is_ready() -> None:
    assert decide(ready_inputs()) is Mode.READY


def test_before_any_configuration_the_kiosk_is_loading_then_says_it_failed() -> None:
    assert decide(ModeInputs()) is Mode.LOADING
    assert decide(ModeInputs(load_failed=True)) is Mode.LOAD_FAILED


def test_closed_hours_show_closed() -> None:
    assert decide(ready_inputs(hours=SHUT)) is Mode.CLOSED


def test_no_line_to_offer_is_said_plainly() -> None:
    assert decide(ready_inputs(has_lines=False)) is Mode.NO_SERVICE


@pytest.mark.parametrize("blocker", list(Blocker))
def test_every_blocker_makes_the_kiosk_unavailable(blocker: Blocker) -> None:
    assert decide(ready_inputs(blockers=frozenset({blocker}))) is Mode.UNAVAILABLE


def test_closed_wins_over_every_blocker_and_no_service_over_delivery_blockers() -> None:
    for blocker in Blocker:
        blocked = frozenset({blocker})
        assert decide(ready_inputs(hours=SHUT, blockers=blocked)) is Mode.CLOSED
        assert decide(ready_inputs(has_lines=False, blockers=blocked)) is Mode.NO_SERVICE


def test_a_refused_key_without_configuration_is_unavailable_not_a_retry() -> None:
    refused = ModeInputs(load_failed=True, blockers=frozenset({Blocker.CREDENTIALS}))
    assert decide(refused) is Mode.UNAVAILABLE


def test_the_controller_emits_each_change_once(qtbot: QtBot) -> None:
    mode = ModeController()
    seen: list[Mode] = []
    mode.changed.connect(seen.append)
    mode.location_failed()
    mode.location_failed()
    mode.location_loaded(line_count=3)
    mode.hours_checked(OPEN)
    mode.set_blocker(Blocker.OFFLINE, True)
    mode.set_blocker(Blocker.OFFLINE, True)
    mode.set_blocker(Blocker.OFFLINE, False)
    mode.location_loaded(line_count=0)
    mode.location_loaded(line_count=2)
    assert seen == [
        Mode.LOAD_FAILED,
        Mode.READY,
        Mode.UNAVAILABLE,
        Mode.READY,
        Mode.NO_SERVICE,
        Mode.READY,
    ]


def test_a_refused_key_lasts_until_a_load_succeeds(qtbot: QtBot) -> None:
    mode = ModeController()
    mode.location_failed(credentials_refused=True)
    assert mode.mode is Mode.UNAVAILABLE
    mode.location_retrying()
    assert mode.mode is Mode.UNAVAILABLE
    mode.location_loaded(line_count=1)
    assert mode.mode is Mode.READY
