"""Show every screen of the kiosk on an X display with Qt's AT-SPI bridge on, and record what
a screen reader finds on each (``atspi_tree.py`` run by the system's Python with pyatspi).

Usage: ``python kiosk_probe.py <python with pyatspi> <output folder>``; needs DISPLAY, a D-Bus
session with the AT-SPI registry, and ``QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1``. Writes
``result.json``: {view name: {"nodes": [...]} or {"error": ...}}.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import sys
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEventLoop, QProcess, QTimer
from PySide6.QtWidgets import QApplication

from kiosk.domain.validation import ErrorCode, FieldError
from kiosk.ui.fonts import register_fonts
from kiosk.ui.language import UiLanguage
from kiosk.ui.main_window import KioskWindow
from kiosk.ui.screens.message import MessageKind
from kiosk.ui.theme import apply_theme, load_theme
from kiosk.ui.widgets.date_field import DateFieldWidget
from tests.ui.conftest import LANGUAGES, LINES, form

TREE = Path(__file__).with_name("atspi_tree.py")
LISTEN = Path(__file__).with_name("atspi_listen.py")
TIMEOUT_MS = 20_000


def tree(python: str) -> dict[str, Any]:
    """The screen reader's view of this process, while Qt keeps answering its questions."""
    QApplication.processEvents()
    process = QProcess()
    loop = QEventLoop()
    process.finished.connect(loop.quit)
    QTimer.singleShot(TIMEOUT_MS, loop.quit)
    process.start(python, [str(TREE), str(os.getpid())])
    loop.exec()
    if process.state() != QProcess.ProcessState.NotRunning:
        process.kill()
        process.waitForFinished(1000)
        return {"error": "the AT-SPI listing did not finish"}
    output = bytes(process.readAllStandardOutput().data()).decode()
    if process.exitCode() != 0 or not output:
        error = bytes(process.readAllStandardError().data()).decode()
        return {"error": output + error[-2000:]}
    result: dict[str, Any] = json.loads(output)
    return result


def wait(ms: int) -> None:
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def start_listening(python: str) -> QProcess:
    """A screen reader's ear: the announcements made from now on."""
    listener = QProcess()
    listener.start(python, [str(LISTEN)])
    loop = QEventLoop()
    listener.readyReadStandardOutput.connect(loop.quit)
    QTimer.singleShot(TIMEOUT_MS, loop.quit)
    loop.exec()
    return listener


def heard(listener: QProcess) -> list[dict[str, str]] | dict[str, str]:
    wait(300)  # announcements still on their way over the bus
    listener.closeWriteChannel()
    loop = QEventLoop()
    listener.finished.connect(loop.quit)
    QTimer.singleShot(TIMEOUT_MS, loop.quit)
    if listener.state() != QProcess.ProcessState.NotRunning:
        loop.exec()
    lines = bytes(listener.readAllStandardOutput().data()).decode().splitlines()
    if len(lines) < 2 or lines[0] != "ready":
        error = bytes(listener.readAllStandardError().data()).decode()
        return {"error": "\n".join(lines) + error[-2000:]}
    result: list[dict[str, str]] = json.loads(lines[-1])
    return result


def date_chosen(window: KioskWindow, python: str) -> dict[str, Any]:
    """The page of the date question, with 24 December 2020 chosen."""
    field = window.questions.findChildren(DateFieldWidget)[0]
    for page in range(window.questions.page_count()):
        window.questions.go_to_page(page)
        QApplication.processEvents()
        if field.isVisible():
            break
    field.set_value(dt.date(2020, 12, 24))
    view = tree(python)
    view["month"] = field.locale().standaloneMonthName(12)
    return view


def main(python: str, out: Path) -> int:
    app = QApplication(sys.argv[:1])
    app.setApplicationName("qminder-kiosk")
    register_fonts()
    apply_theme(app, load_theme("default"))
    language = UiLanguage()
    code = os.environ.get("PROBE_LANGUAGE", "en")
    language.switch(code, "EE")
    window = KioskWindow()
    window.set_location_name("City Service Centre")
    window.set_demo(True)
    window.welcome.set_languages(LANGUAGES)
    window.service.set_lines(LINES)
    window.details.set_form(form(), "EE", phone_example="5123 4567")
    window.questions.set_form(form(), "EE")
    window.resize(1280, 800)
    window.show()
    QApplication.processEvents()

    views: dict[str, Any] = {}
    for screen in window.screens():
        if screen is window.message:
            continue
        window.show_screen(screen)
        name = type(screen).__name__
        views[name] = tree(python)
        if screen is window.details:
            listener = start_listening(python)
            window.details.show_errors(
                (
                    FieldError("firstName", ErrorCode.TOO_SHORT, "2"),
                    FieldError("ph", ErrorCode.INVALID_PHONE),
                )
            )
            views[f"{name} with errors"] = tree(python)
        if screen is window.questions:
            window.questions.show_errors((FieldError("reason", ErrorCode.REQUIRED),))
            for page in range(window.questions.page_count()):
                window.questions.go_to_page(page)
                views[f"{name} page {page + 1}"] = tree(python)
            views[f"{name} date chosen"] = date_chosen(window, python)
        if screen is window.ticket:
            window.ticket.show_ticket("A-42", "Passports and ID cards", "Ada", "L")
            views["announcements"] = heard(listener)
            views[name] = tree(python)
    window.show_screen(window.message)
    for kind in MessageKind:
        window.message.show_message(kind)
        views[f"MessageScreen {kind.value}"] = tree(python)
    window.show_screen(window.welcome)
    window.toggle_accessibility_panel()
    window.accessibility_panel.large_text_button.click()
    views["Accessibility panel"] = tree(python)
    window.accessibility_panel.close_panel()
    window.pin_pad.ask()
    views["PIN pad"] = tree(python)
    window.pin_pad.close_pad()
    window.idle_overlay.show_warning(20)
    views["Need more time?"] = tree(python)
    (out / "result.json").write_text(json.dumps(views, ensure_ascii=False), "utf-8")
    window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], Path(sys.argv[2])))
