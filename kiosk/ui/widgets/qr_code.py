"""A QR code on screen, with a caption beside it: drawn by `kiosk.printing.qr` (segno).

Large enough to scan from about 50 cm: a phone reads a code from roughly ten times its width,
so the code with its quiet zone is at least `SCAN_MM` millimetres wide on the screen (from the
screen's physical resolution) and never under `MIN_PIXELS`. Dark modules on white whatever
the theme, as scanners expect (the printed slip's drawing, `kiosk.printing.qr.image`).
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QPainter, QPaintEvent
from PySide6.QtWidgets import QHBoxLayout, QWidget

from kiosk.printing.qr import QrMatrix, encode, image, module_pixels
from kiosk.ui.widgets.field_base import plain_label

SCAN_MM = 50.0
"""The code's width, quiet zone included, for scanning from about 50 cm."""
MIN_PIXELS = 200
MM_PER_INCH = 25.4
CAPTION_MAX_WIDTH = 280


class QrCode(QWidget):
    """One QR code, square, on a white ground; hidden while it has no payload.

    Signals:
        None.
    """

    def __init__(self, parent: QWidget | None = None, *, scan_mm: float = SCAN_MM) -> None:
        super().__init__(parent)
        self._matrix: QrMatrix | None = None
        self._payload = ""
        self._scan_mm = scan_mm
        self.setSizePolicy(self.sizePolicy().Policy.Fixed, self.sizePolicy().Policy.Fixed)
        self.hide()

    def set_payload(self, payload: str | None) -> None:
        """Encode `payload` (an address); None or empty hides the code."""
        payload = (payload or "").strip()
        if payload == self._payload:
            return
        self._payload = payload
        self._matrix = encode(payload) if payload else None
        self.setVisible(self._matrix is not None)
        self.updateGeometry()
        self.update()

    def payload(self) -> str:
        return self._payload

    def side(self) -> int:
        """The code's width and height in pixels, quiet zone included."""
        screen = self.screen()
        dpi = screen.physicalDotsPerInch() if screen is not None else 96.0
        wanted = round(self._scan_mm / MM_PER_INCH * (dpi if dpi > 0 else 96.0))
        wanted = max(MIN_PIXELS, wanted)
        if self._matrix is None:
            return wanted
        border = self._matrix.size_with_border
        module = max(module_pixels(self._matrix, wanted), -(-wanted // border))  # rounded up
        return module * border

    def sizeHint(self) -> QSize:
        return QSize(self.side(), self.side())

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()

    def paintEvent(self, event: QPaintEvent) -> None:
        matrix = self._matrix
        if matrix is None:
            return
        side = min(self.width(), self.height())
        picture = image(matrix, max(1, side // matrix.size_with_border))
        painter = QPainter(self)
        painter.drawImage((side - picture.width()) // 2, (side - picture.height()) // 2, picture)
        painter.end()


class CaptionedQr(QWidget):
    """A QR code with a sentence beside it ("Scan to join on your phone"); hidden without one.

    Signals:
        None.
    """

    def __init__(self, parent: QWidget | None = None, *, scan_mm: float = SCAN_MM) -> None:
        super().__init__(parent)
        self.code = QrCode(scan_mm=scan_mm)
        self.caption_label = plain_label(role="body")
        self.caption_label.setWordWrap(True)
        self.caption_label.setMaximumWidth(CAPTION_MAX_WIDTH)
        self.caption_label.setMinimumWidth(CAPTION_MAX_WIDTH * 3 // 4)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addStretch(1)
        layout.addWidget(self.code)
        layout.addWidget(self.caption_label, 0, Qt.AlignmentFlag.AlignVCenter)
        layout.addStretch(1)
        self.hide()

    def set_code(self, payload: str | None, caption: str) -> None:
        """Show `payload` as a code with `caption` (plain text); None hides both."""
        self.code.set_payload(payload)
        self.caption_label.setText(caption)
        self.code.setAccessibleName(caption)
        self.setVisible(bool(self.code.payload()))
