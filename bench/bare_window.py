"""The cold-start reference: a bare PySide6 window (import QtWidgets, show a label).

``python bench/bare_window.py`` prints, at the label's first paint, the same line as
``kiosk --trace-startup`` (``painted_at`` in epoch seconds) and exits. Kept free of kiosk
imports so it measures only Python and Qt starting up on this machine.
"""

import sys
import time

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QLabel


class FirstPaint(QObject):
    def __init__(self, app: QApplication, label: QLabel) -> None:
        super().__init__()
        self._app = app
        self._label = label
        self._seen = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and watched is self._label and not self._seen:
            self._seen = True
            sys.stdout.write(f"kiosk startup: painted_at={time.time():.6f}\n")
            sys.stdout.flush()
            QTimer.singleShot(0, self._app.quit)
        return False


def main() -> int:
    app = QApplication(sys.argv[:1])
    label = QLabel("Welcome")
    label.resize(1280, 800)
    watch = FirstPaint(app, label)
    app.installEventFilter(watch)
    label.show()
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
