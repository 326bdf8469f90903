"""A visitor's whole path through the kiosk, against the sandbox over loopback HTTP."""

from __future__ import annotations

import datetime as dt
import itertools
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
import qasync
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QLineEdit
from pytestqt.qtbot import QtBot

from kiosk.api.client import QminderClient
from kiosk.sandbox import SandboxServer
from kiosk.sandbox.seed import (
    FIELD_BIRTH_DATE,
    FIELD_CONTACT,
    FIELD_DOCUMENTS,
    FIELD_FIRST_NAME,
    FIELD_GROUP_SIZE,
    FIELD_LAST_NAME,
    FIELD_PHONE,
    LINE_GENERAL,
    LINE_PASSPORTS,
    OPTION_ID_CARD,
    OPTION_PASSPORT,
    OPTION_SMS,
)
from kiosk.shell.wiring import Kiosk
from kiosk.ui.screens.message import MessageKind
from tests.e2e.driver import choose, running_kiosk, tap, type_into, visible_texts

pytestmark = pytest.mark.e2e

LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def kiosk(
    live_client: QminderClient, tmp_path: Path, qtbot: QtBot, qloop: qasync.QEventLoop
) -> Kiosk:
    with running_kiosk(live_client, tmp_path, qtbot, qloop) as running:
        yield running  # type: ignore[misc]


def option_label(kiosk: Kiosk, field_id: str, option_id: str) -> str:
    assert kiosk.visit.form is not None
    spec = kiosk.visit.form.field(field_id)
    assert spec is not None
    return next(o.label for o in spec.options if o.id == option_id)


def line_label(kiosk: Kiosk, line_id: str) -> str:
    return dict(kiosk.visit.lines())[line_id]


def fill_details(kiosk: Kiosk, qtbot: QtBot, first: str, phone: str, last: str = "") -> None:
    details = kiosk.window.details
    type_into(details.field_widget(FIELD_FIRST_NAME), first, qtbot)  # type: ignore[arg-type]
    type_into(details.field_widget(FIELD_LAST_NAME), last, qtbot)  # type: ignore[arg-type]
    type_into(details.field_widget(FIELD_PHONE), phone, qtbot)  # type: ignore[arg-type]
    qtbot.mouseClick(details.primary_button, LEFT)


def answer_passport_questions(kiosk: Kiosk, qtbot: QtBot) -> None:
    questions = kiosk.window.questions
    choose(
        questions.field_widget(FIELD_CONTACT),
        [option_label(kiosk, FIELD_CONTACT, OPTION_SMS)],
        qtbot,
    )  # type: ignore[arg-type]
    choose(
        questions.field_widget(FIELD_DOCUMENTS),  # type: ignore[arg-type]
        [
            option_label(kiosk, FIELD_DOCUMENTS, OPTION_PASSPORT),
            option_label(kiosk, FIELD_DOCUMENTS, OPTION_ID_CARD),
        ],
        qtbot,
    )
    type_into(questions.field_widget(FIELD_GROUP_SIZE), "2", qtbot)  # type: ignore[arg-type]
    questions.field_widget(FIELD_BIRTH_DATE).set_value(dt.date(1990, 5, 17))  # type: ignore[union-attr]


def press_until_check_in(kiosk: Kiosk, qtbot: QtBot) -> None:
    questions = kiosk.window.questions
    for _ in range(questions.page_count()):
        if questions.is_last_page():
            break
        qtbot.mouseClick(questions.primary_button, LEFT)
    assert questions.is_last_page()
    qtbot.mouseClick(questions.primary_button, LEFT)


def test_a_visitor_checks_in_in_spanish_and_sees_their_number(
    kiosk: Kiosk, sandbox: SandboxServer, qtbot: QtBot
) -> None:
    window = kiosk.window
    tap(window.welcome, "Español", qtbot)
    assert window.current_screen() is window.service
    tap(window.service, line_label(kiosk, LINE_PASSPORTS), qtbot)
    assert window.current_screen() is window.details

    fill_details(kiosk, qtbot, first="Ada", phone="+372 5123 4567")
    assert window.current_screen() is window.questions
    answer_passport_questions(kiosk, qtbot)
    press_until_check_in(kiosk, qtbot)

    qtbot.waitUntil(lambda: window.current_screen() is window.ticket, timeout=10_000)
    [ticket] = sandbox.tickets
    assert ticket.public_id in visible_texts(window.ticket)
    body = ticket.body
    assert body["source"] == "NAME"
    assert body["languageCode"] == "es"
    assert body["lineId"] == LINE_PASSPORTS
    assert body["firstName"] == "Ada"
    assert body["phoneNumber"] == "+37251234567"
    assert "lastName" not in body
    answers = {f["inputFieldId"]: f for f in body["fields"]}
    assert answers[FIELD_CONTACT]["optionIds"] == [OPTION_SMS]
    assert sorted(answers[FIELD_DOCUMENTS]["optionIds"]) == sorted(
        [OPTION_PASSPORT, OPTION_ID_CARD]
    )
    assert answers[FIELD_GROUP_SIZE]["value"] == "2"
    assert answers[FIELD_BIRTH_DATE]["value"] == "1990-05-17"


def test_done_returns_to_welcome_with_nothing_left_behind(
    kiosk: Kiosk, sandbox: SandboxServer, qtbot: QtBot
) -> None:
    window = kiosk.window
    tap(window.welcome, "English", qtbot)
    tap(window.service, line_label(kiosk, LINE_GENERAL), qtbot)
    fill_details(kiosk, qtbot, first="Grace", phone="+372 5123 4567", last="Hopper")
    choose(
        window.questions.field_widget(FIELD_CONTACT),  # type: ignore[arg-type]
        [option_label(kiosk, FIELD_CONTACT, OPTION_SMS)],
        qtbot,
    )
    press_until_check_in(kiosk, qtbot)
    qtbot.waitUntil(lambda: window.current_screen() is window.ticket, timeout=10_000)
    tap(window.ticket, "Done", qtbot)
    assert window.current_screen() is window.welcome
    tap(window.welcome, "English", qtbot)
    tap(window.service, line_label(kiosk, LINE_GENERAL), qtbot)
    for field in window.details.field_widgets():
        assert not field.value(), f"{field.field_id} kept the last visitor's answer"


@pytest.mark.parametrize(
    ("first", "phone", "wrong_field"),
    [("A", "+372 5123 4567", FIELD_FIRST_NAME), ("Ada", "call me maybe", FIELD_PHONE)],
)
def test_bad_details_are_shown_and_nothing_is_sent(
    first: str, phone: str, wrong_field: str, kiosk: Kiosk, sandbox: SandboxServer, qtbot: QtBot
) -> None:
    window = kiosk.window
    tap(window.welcome, "English", qtbot)
    tap(window.service, line_label(kiosk, LINE_GENERAL), qtbot)
    fill_details(kiosk, qtbot, first=first, phone=phone)
    assert window.current_screen() is window.details
    field = window.details.field_widget(wrong_field)
    assert field is not None
    assert field.error_text()
    assert field.error_text() in visible_texts(window.details)
    assert not [r for r in sandbox.requests if r.path == "/tickets"]


def test_a_number_out_of_range_and_a_missing_answer_are_shown_and_nothing_is_sent(
    kiosk: Kiosk, sandbox: SandboxServer, qtbot: QtBot
) -> None:
    window = kiosk.window
    tap(window.welcome, "English", qtbot)
    tap(window.service, line_label(kiosk, LINE_PASSPORTS), qtbot)
    fill_details(kiosk, qtbot, first="Ada", phone="+372 5123 4567")
    questions = window.questions
    type_into(questions.field_widget(FIELD_GROUP_SIZE), "99", qtbot)  # type: ignore[arg-type]
    contact = questions.field_widget(FIELD_CONTACT)
    group = questions.field_widget(FIELD_GROUP_SIZE)
    assert contact is not None
    assert group is not None

    qtbot.mouseClick(questions.primary_button, LEFT)
    assert window.current_screen() is questions
    assert questions.current_page() == questions.page_of(FIELD_CONTACT)
    assert contact.error_text() in visible_texts(questions)

    choose(contact, [option_label(kiosk, FIELD_CONTACT, OPTION_SMS)], qtbot)
    for _ in range(questions.page_count() + 1):
        qtbot.mouseClick(questions.primary_button, LEFT)
        if group.error_text():
            break
    assert questions.current_page() == questions.page_of(FIELD_GROUP_SIZE)
    assert group.error_text() in visible_texts(questions)
    assert window.current_screen() is questions
    assert not [r for r in sandbox.requests if r.path == "/tickets"]


def test_a_double_tap_on_check_in_creates_one_ticket(
    kiosk: Kiosk, sandbox: SandboxServer, qtbot: QtBot
) -> None:
    window = kiosk.window
    tap(window.welcome, "English", qtbot)
    tap(window.service, line_label(kiosk, LINE_GENERAL), qtbot)
    fill_details(kiosk, qtbot, first="Ada", phone="+372 5123 4567")
    choose(
        window.questions.field_widget(FIELD_CONTACT),  # type: ignore[arg-type]
        [option_label(kiosk, FIELD_CONTACT, OPTION_SMS)],
        qtbot,
    )
    sandbox.set_faults(latency=0.5)
    button = window.questions.primary_button
    qtbot.mouseClick(button, LEFT)
    qtbot.mouseClick(button, LEFT)
    qtbot.mouseDClick(button, LEFT)
    qtbot.waitUntil(lambda: window.current_screen() is window.ticket, timeout=10_000)
    qtbot.wait(700)
    assert len(sandbox.tickets) == 1


def test_the_screen_keeps_responding_while_qminder_is_slow(
    kiosk: Kiosk, sandbox: SandboxServer, qtbot: QtBot
) -> None:
    window = kiosk.window
    tap(window.welcome, "English", qtbot)
    tap(window.service, line_label(kiosk, LINE_GENERAL), qtbot)
    fill_details(kiosk, qtbot, first="Ada", phone="+372 5123 4567")
    choose(
        window.questions.field_widget(FIELD_CONTACT),  # type: ignore[arg-type]
        [option_label(kiosk, FIELD_CONTACT, OPTION_SMS)],
        qtbot,
    )
    sandbox.set_faults(latency=3.0)
    beats: list[float] = []
    heartbeat = QTimer()
    heartbeat.setInterval(10)
    heartbeat.timeout.connect(lambda: beats.append(time.monotonic()))
    heartbeat.start()
    qtbot.mouseClick(window.questions.primary_button, LEFT)
    assert not window.questions.primary_button.isEnabled()
    qtbot.waitUntil(lambda: kiosk.window.current_screen() is not window.questions, timeout=10_000)
    heartbeat.stop()
    gaps = [b - a for a, b in itertools.pairwise(beats)]
    assert len(beats) > 100
    assert max(gaps) < 0.2
    assert kiosk.window.current_screen() is window.ticket


def ready_to_check_in(kiosk: Kiosk, qtbot: QtBot) -> None:
    window = kiosk.window
    tap(window.welcome, "English", qtbot)
    tap(window.service, line_label(kiosk, LINE_GENERAL), qtbot)
    fill_details(kiosk, qtbot, first="Ada", phone="+372 5123 4567")
    choose(
        window.questions.field_widget(FIELD_CONTACT),  # type: ignore[arg-type]
        [option_label(kiosk, FIELD_CONTACT, OPTION_SMS)],
        qtbot,
    )


def test_a_refused_send_is_retried_and_the_visitor_still_gets_a_number(
    kiosk: Kiosk, sandbox: SandboxServer, qtbot: QtBot
) -> None:
    ready_to_check_in(kiosk, qtbot)
    sandbox.set_faults(fail_503=2, only="POST /tickets")
    qtbot.mouseClick(kiosk.window.questions.primary_button, LEFT)
    qtbot.waitUntil(lambda: kiosk.window.current_screen() is kiosk.window.ticket, timeout=10_000)
    [ticket] = sandbox.tickets
    assert ticket.public_id in visible_texts(kiosk.window.ticket)


@pytest.fixture
def impatient_kiosk(
    live_client: QminderClient, tmp_path: Path, qtbot: QtBot, qloop: qasync.QEventLoop
) -> Iterator[Kiosk]:
    """A kiosk that waits only 1 s for Qminder before telling the visitor."""
    with running_kiosk(live_client, tmp_path, qtbot, qloop, wait_seconds=1.0) as running:
        yield running


def test_with_qminder_down_the_check_in_is_saved_and_sent_once_later(
    impatient_kiosk: Kiosk, sandbox: SandboxServer, qtbot: QtBot
) -> None:
    kiosk = impatient_kiosk
    ready_to_check_in(kiosk, qtbot)
    sandbox.set_down(True)
    qtbot.mouseClick(kiosk.window.questions.primary_button, LEFT)
    qtbot.waitUntil(lambda: kiosk.window.current_screen() is kiosk.window.message, timeout=10_000)
    assert kiosk.window.message.kind() is MessageKind.QUEUED
    assert "will be sent automatically" in kiosk.window.message.text()
    sandbox.set_down(False)
    qtbot.waitUntil(lambda: len(sandbox.tickets) == 1, timeout=15_000)
    qtbot.wait(500)
    assert len(sandbox.tickets) == 1
    assert sandbox.tickets[0].body["firstName"] == "Ada"


def test_refuse_mode_sends_the_visitor_to_the_desk_and_never_sends_later(
    live_client: QminderClient,
    sandbox: SandboxServer,
    tmp_path: Path,
    qtbot: QtBot,
    qloop: qasync.QEventLoop,
) -> None:
    with running_kiosk(
        live_client, tmp_path, qtbot, qloop, wait_seconds=1.0, offline="refuse"
    ) as kiosk:
        ready_to_check_in(kiosk, qtbot)
        sandbox.set_down(True)
        qtbot.mouseClick(kiosk.window.questions.primary_button, LEFT)
        qtbot.waitUntil(
            lambda: kiosk.window.current_screen() is kiosk.window.message, timeout=10_000
        )
        assert kiosk.window.message.kind() is MessageKind.UNAVAILABLE
        sandbox.set_down(False)
        qtbot.wait(1500)
        assert sandbox.tickets == []
        assert kiosk.delivery.status.withdrawn == 1


def test_the_phone_field_shows_a_local_example(kiosk: Kiosk, qtbot: QtBot) -> None:
    tap(kiosk.window.welcome, "English", qtbot)
    tap(kiosk.window.service, line_label(kiosk, LINE_GENERAL), qtbot)
    phone = kiosk.window.details.field_widget(FIELD_PHONE)
    assert phone is not None
    edits = [w for w in phone.inputs() if isinstance(w, QLineEdit)]
    assert [e.placeholderText() for e in edits] == ["+372 5123 4567"]
