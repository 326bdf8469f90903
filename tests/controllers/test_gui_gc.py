"""Garbage is collected in the GUI thread, by a timer, and never lost."""

from __future__ import annotations

import gc
import weakref

from pytestqt.qtbot import QtBot

from kiosk.shell.gui_gc import GuiThreadCollector


class Node:
    def __init__(self) -> None:
        self.me = self  # a reference cycle: only the cyclic collector frees it


def test_cycles_are_freed_by_the_gui_thread_timer(qtbot: QtBot) -> None:
    was_enabled = gc.isenabled()
    collector = GuiThreadCollector(quiet=lambda: True)
    collector.start()
    try:
        assert not gc.isenabled()
        node = Node()
        gone = weakref.ref(node)
        del node
        assert gone() is not None, "no automatic collection while the collector runs"
        qtbot.waitUntil(lambda: gone() is None, timeout=3_000)
    finally:
        collector.stop()
    assert gc.isenabled() is was_enabled
