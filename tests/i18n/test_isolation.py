"""Numbers and server text placed in the kiosk's sentences keep their own direction.

Every value the kiosk puts into one of its translated sentences (a phone number, a ticket
number, a count, a time, a limit, a line's name) is isolated (FSI or LRI ... PDI), so the
bidirectional algorithm neither reorders it within an Arabic sentence nor lets direction marks
inside it (a right-to-left override in a line's name from Qminder) act on the words around it.
"""

from __future__ import annotations

import datetime as dt
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QLocale, Qt, QTime
from PySide6.QtGui import QFont, QTextLayout, QTextLine, QTextOption

from kiosk.domain.form import FieldKind
from kiosk.domain.validation import ErrorCode, FieldError
from kiosk.ui.admin.panel import AdminStatus
from kiosk.ui.bidi import FSI, LRI, PDI, RLO, strip_isolates
from kiosk.ui.closed_notice import ClosedNotice
from kiosk.ui.language import UiLanguage
from kiosk.ui.main_window import KioskWindow
from kiosk.ui.messages import error_message
from kiosk.ui.screens.message import MessageKind
from kiosk.ui.screens.service import ServiceScreen
from kiosk.ui.widgets.numeric_field import NumericFieldWidget
from tests.ui.conftest import form, show, spec

TALLINN = ZoneInfo("Europe/Tallinn")
MARKS = frozenset("\u200e\u200f\u061c" + "".join(chr(c) for c in range(0x202A, 0x202F)))
MARKS |= frozenset(chr(c) for c in range(0x2066, 0x206A))


def x_centres(text: str, direction: Qt.LayoutDirection) -> list[float]:
    """The x of each character's centre, with line breaks drawn as a label draws them."""
    text = text.replace("\n", "\u2028")
    layout = QTextLayout(text, QFont())
    option = QTextOption()
    option.setTextDirection(direction)
    layout.setTextOption(option)
    layout.beginLayout()
    while (line := layout.createLine()).isValid():
        line.setLineWidth(100_000.0)
    layout.endLayout()
    centres = []
    for i in range(len(text)):
        line = layout.lineForTextPosition(i)
        leading = line.cursorToX(i, QTextLine.Edge.Leading)[0]
        trailing = line.cursorToX(i, QTextLine.Edge.Trailing)[0]
        centres.append((leading + trailing) / 2)
    return centres


def reads_forwards(
    text: str, part: str, direction: Qt.LayoutDirection = Qt.LayoutDirection.LeftToRight
) -> bool:
    """`part` of `text` (as read, without direction marks) is drawn left to right, letter
    after letter."""
    xs = x_centres(text, direction)
    shown = [(char, x) for char, x in zip(text, xs, strict=True) if char not in MARKS]
    start = "".join(char for char, _ in shown).index(part)
    inside = [x for _, x in shown[start : start + len(part)]]
    return inside == sorted(inside) and len(set(inside)) == len(inside)


def isolated(text: str, value: str) -> bool:
    return f"{FSI}{value}{PDI}" in text or f"{LRI}{value}{PDI}" in text


# -- server text: its direction marks stay inside it ------------------------------------------


@pytest.mark.parametrize(
    "name",
    [RLO + "General", "Gen\u2069" + RLO + "eral", "\u202b" + "General\u202c\u202c" + RLO],
    ids=["open override", "stray isolate end", "stray embedding ends"],
)
def test_a_line_name_cannot_turn_the_waiting_count_round(qtbot: Any, name: str) -> None:
    screen = ServiceScreen()
    qtbot.addWidget(screen)
    screen.set_lines([("l1", name), ("l2", "Passports")])
    screen.set_waiting_count("l1", 3)
    text = screen.buttons["l1"].label()
    assert reads_forwards(text, "3 waiting"), "not 'gnitiaw 3'"


def test_a_closing_reason_cannot_turn_the_opening_time_round() -> None:
    opening = dt.datetime(2025, 6, 2, 8, 0, tzinfo=TALLINN)  # a Monday
    now = dt.datetime(2025, 6, 1, 12, 0, tzinfo=TALLINN)
    (line,) = ClosedNotice().lines(["en"], opening, RLO + "Holiday", now)
    assert reads_forwards(line, "We open again on Monday at")


def test_the_admin_panel_keeps_an_error_name_to_itself(qtbot: Any) -> None:
    window = KioskWindow()
    qtbot.addWidget(window)
    show(window, qtbot)
    window.admin_panel.show_status(status(connection_detail=RLO + "ConnectError"))
    value = window.admin_panel.values["outbox"]
    assert reads_forwards(value.accessibleName(), "waiting to be sent")
    connection = window.admin_panel.values["connection"]
    assert isolated(connection.text(), RLO + "ConnectError\u202c")


def status(**changes: Any) -> AdminStatus:
    values: dict[str, Any] = {
        "connected": False,
        "connection_detail": "",
        "last_refresh": "2025-06-02 08:00",
        "version": "1.0",
        "queued": 12,
        "expired": 3,
        "rejected": 1,
        "last_error": None,
        "printer": None,
    }
    values.update(changes)
    return AdminStatus(**values)


# -- every value in a translated sentence, in Arabic ------------------------------------------


def error(code: ErrorCode, limit: str | None = None, kind: FieldKind = FieldKind.TEXT) -> str:
    return error_message(
        FieldError("f", code, limit),
        spec("f", kind),
        phone_example="+372 5123 4567",
    )


def sentences(window: KioskWindow, qtbot: Any) -> list[tuple[str, str, str]]:
    """(where, sentence, value placed in it) for every sentence that takes a value."""
    found: list[tuple[str, str, str]] = []
    for code, limit, value, kind in (
        (ErrorCode.INVALID_PHONE, None, "+372 5123 4567", FieldKind.PHONE),
        (ErrorCode.TOO_SHORT, "3", "3", FieldKind.FIRST_NAME),
        (ErrorCode.TOO_SHORT, "12", "12", FieldKind.TEXT),
        (ErrorCode.TOO_LONG, "50", "50", FieldKind.TEXT),
        (ErrorCode.BELOW_MINIMUM, "-2.5", "\u061c-2\u066b5", FieldKind.NUMERIC),
        (ErrorCode.ABOVE_MAXIMUM, "10", "10", FieldKind.NUMERIC),
        (ErrorCode.TOO_MANY_DECIMALS, "3", "3", FieldKind.NUMERIC),
        (ErrorCode.TOO_MANY_CHOICES, "3", "3", FieldKind.MULTI_SELECT),
    ):
        found.append((f"error {code}", error(code, limit, kind), value))

    service = window.service
    service.set_lines([("l1", "General"), ("l2", "Passports")])
    service.set_waiting_count("l1", 14)
    found.append(("waiting count", service.buttons["l1"].label(), "14"))

    ticket = window.ticket
    ticket.show_ticket("A-42", "General", "Ada", None)
    estimated = dt.datetime(2025, 6, 2, 14, 30, tzinfo=dt.UTC)
    ticket.show_wait_info(7, estimated)
    ticket.stop_countdown()
    found.append(("ticket announcement", ticket.announcement(), "A-42"))
    wait = ticket.wait_label.text()
    found.append(("people ahead", wait, "7"))
    local = estimated.astimezone()
    clock = QLocale().toString(QTime(local.hour, local.minute), QLocale.FormatType.ShortFormat)
    found.append(("estimated time", wait, clock))
    ticket.set_return_after(15)
    ticket._start_countdown()
    found.append(("countdown", ticket.countdown_label.text(), "15"))
    ticket.stop_countdown()

    window.questions.set_form(form(), "EE")
    pages = str(window.questions.page_count())
    found.append(("page", window.questions.page_label.text(), pages))
    found.append(("page, spoken", window.questions.page_label.accessibleName(), pages))

    people = NumericFieldWidget(spec("n", FieldKind.NUMERIC, minimum="1", maximum="10"))
    qtbot.addWidget(people)
    found.append(("numeric range", people.hint_text(), "10"))
    at_least = NumericFieldWidget(spec("n", FieldKind.NUMERIC, minimum="-1.5"))
    qtbot.addWidget(at_least)
    found.append(("numeric minimum", at_least.hint_text(), "\u061c-1\u066b5"))

    window.idle_overlay.show_warning(20)
    found.append(("idle countdown", window.idle_overlay.count_label.text(), "20"))
    window.idle_overlay.hide_warning()

    window.message.set_queue_minutes(30)
    window.message.show_message(MessageKind.QUEUED)
    found.append(("queued", window.message.text_label.text(), "30"))

    pad = window.pin_pad
    pad.ask()
    pad._type("1")
    pad._type("2")
    found.append(("PIN digits", pad.dots_label.accessibleName(), "2"))
    pad.show_wrong(4)
    found.append(("wrong PIN", pad.message_label.text(), "4"))
    pad.show_locked(245)
    found.append(("PIN lockout", pad.message_label.text(), "4:05"))
    pad.close_pad()

    panel = window.admin_panel
    panel.show_status(status(connection_detail="ConnectError"))
    outbox = panel.values["outbox"].text()
    found += [("outbox queued", outbox, "12"), ("outbox expired", outbox, "3")]
    found.append(("outbox rejected", outbox, "1"))
    found.append(("last loaded", panel.values["refresh"].text(), "2025-06-02 08:00"))
    found.append(("connection", panel.values["connection"].text(), "ConnectError"))
    panel._ask_exit()
    found.append(("exit with saved check-ins", panel.confirm_label.text(), "12"))
    panel.close_panel()

    window.set_demo(True, "1234")
    found.append(("demo PIN", window.demo_badge.text(), "1234"))

    opening = dt.datetime(2025, 6, 2, 8, 0, tzinfo=TALLINN)
    now = dt.datetime(2025, 6, 1, 12, 0, tzinfo=TALLINN)
    (closed,) = ClosedNotice().lines(["ar"], opening, "عطلة", now)
    found.append(("closed reason", closed, "عطلة"))
    for part in ("الاثنين", "٨:٠٠ ص"):
        found.append(("opening day and time", closed, part))
    return found


def test_every_value_in_an_arabic_sentence_is_isolated(qtbot: Any, ui_language: UiLanguage) -> None:
    ui_language.switch("ar", "EG")
    window = KioskWindow()
    qtbot.addWidget(window)
    show(window, qtbot)
    loose = [
        f"{where}: {value!r} in {sentence!r}"
        for where, sentence, value in sentences(window, qtbot)
        if not isolated(sentence, value)
    ]
    assert loose == [], "\n".join(loose)


def test_the_arabic_phone_example_keeps_its_digit_groups(ui_language: UiLanguage) -> None:
    ui_language.switch("ar")
    text = error(ErrorCode.INVALID_PHONE, kind=FieldKind.PHONE)
    assert groups_in_order(text, "+372 5123 4567"), "+372 5123 4567, not 4567 5123 372+"
    assert not groups_in_order(strip_isolates(text), "+372 5123 4567"), "what isolating prevents"


def groups_in_order(text: str, number: str) -> bool:
    """The digit groups of `number` in `text` are drawn left to right in an Arabic line."""
    xs = x_centres(text, Qt.LayoutDirection.RightToLeft)
    start = text.index(number)
    # The second digit of each group: Qt reports a run's first character at the run's edge.
    second = [xs[text.index(group, start) + 1] for group in number.lstrip("+").split()]
    return second == sorted(second)
