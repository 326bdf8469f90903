"""QR codes for slips: encoded by segno, drawn as whole-pixel modules with QPainter."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QBrush, QImage, QPainter, QPainterPath

QUIET_ZONE = 4
"""Modules of white border every QR code needs around it (ISO/IEC 18004)."""


@dataclass(frozen=True, slots=True)
class QrMatrix:
    """Dark (True) and light modules, row by row, without the quiet zone."""

    rows: tuple[tuple[bool, ...], ...]

    @property
    def size(self) -> int:
        return len(self.rows)

    @property
    def size_with_border(self) -> int:
        return self.size + 2 * QUIET_ZONE


def encode(payload: str) -> QrMatrix:
    """The QR code for ``payload`` with medium error correction (15 % may be damaged)."""
    import segno  # on the first code drawn, not at start-up: Welcome often shows none

    code = segno.make_qr(payload, error="m")
    return QrMatrix(rows=tuple(tuple(bool(v) for v in row) for row in code.matrix))


def module_pixels(matrix: QrMatrix, target_px: float, minimum: int = 2) -> int:
    """Whole device pixels per module so the code (with border) fits ``target_px``.

    Whole pixels keep every module the same size on a thermal head; below ``minimum`` a
    code is not reliably scannable, so the code is drawn larger than asked.
    """
    return max(minimum, int(target_px // matrix.size_with_border))


def draw(painter: QPainter, matrix: QrMatrix, left: float, top: float, module: int) -> None:
    """Paint the code with its top-left quiet-zone corner at (left, top)."""
    origin_x = round(left) + QUIET_ZONE * module
    origin_y = round(top) + QUIET_ZONE * module
    path = QPainterPath()
    path.setFillRule(Qt.FillRule.WindingFill)  # one shape: no seams between modules
    for y, row in enumerate(matrix.rows):
        x = 0
        while x < len(row):
            if not row[x]:
                x += 1
                continue
            start = x
            while x < len(row) and row[x]:
                x += 1
            top_px = origin_y + y * module
            path.addRect(QRectF(origin_x + start * module, top_px, (x - start) * module, module))
    painter.fillPath(path, QBrush(Qt.GlobalColor.black))


def image(matrix: QrMatrix, module: int) -> QImage:
    """The code on white with its quiet zone, `module` pixels per module (for a screen)."""
    side = matrix.size_with_border * max(1, module)
    picture = QImage(side, side, QImage.Format.Format_RGB32)
    picture.fill(Qt.GlobalColor.white)
    painter = QPainter(picture)
    draw(painter, matrix, 0, 0, max(1, module))
    painter.end()
    return picture
