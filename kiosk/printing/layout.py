"""Where everything goes on a slip, and drawing it with QPainter into any paint device.

A `TicketLayout` is built for one ticket, one paper width and one resolution (dots per inch):
all its geometry is in device pixels of that resolution, so the same layout paints a PDF page,
a system printer's page or the QImage sent to a thermal printer. Text is drawn with TrueType
fonts (Noto Sans, Noto Sans Arabic, DejaVu Sans as fallbacks), never with a printer's own fonts,
so every script prints the same on every printer.

Nothing here blocks or touches widgets; painting into a QImage, a QPdfWriter or a QPrinter is
safe from a worker thread.
"""

from __future__ import annotations

import datetime as dt
import logging
import math
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QDate, QDateTime, QLocale, QPointF, QRectF, QSize, Qt, QTime
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QImage,
    QPainter,
    QPen,
)

from kiosk.printing import qr
from kiosk.printing.paper import INSET_MM, MM_PER_INCH, PAPERS, PT_PER_INCH, STYLES
from kiosk.printing.paragraph import FONT_FAMILIES, Paragraph
from kiosk.printing.ticket import PaperWidth, TicketPrint

log = logging.getLogger("kiosk.printing")

_INK = QColor(0, 0, 0)

Op = Callable[[QPainter], None]


def is_right_to_left(ticket: TicketPrint) -> bool:
    """The ticket's direction: forced by ``rtl``, otherwise its language's."""
    if ticket.rtl is not None:
        return ticket.rtl
    return QLocale(ticket.language).textDirection() == Qt.LayoutDirection.RightToLeft


def _qdatetime(moment: dt.datetime, zone: dt.tzinfo | None) -> QDateTime:
    """The wall-clock time of `moment` in `zone` (None: the computer's zone)."""
    local = moment.astimezone(zone) if moment.tzinfo is not None else moment
    return QDateTime(
        QDate(local.year, local.month, local.day), QTime(local.hour, local.minute, local.second)
    )


class TicketLayout:
    """The geometry of one slip in device pixels at ``dpi``; `paint` draws it.

    ``width``/``height`` are the page size (the paper's full width; content is centred on the
    printable width). ``number_rect`` is where the ticket number's ink lies; ``qr_rect`` the
    QR code with its quiet zone, ``qr_module`` its module size in whole pixels.
    """

    def __init__(self, ticket: TicketPrint, paper_mm: PaperWidth = 80, dpi: float = 300.0):
        if paper_mm not in PAPERS:
            raise ValueError(f"paper must be one of {sorted(PAPERS)} mm, not {paper_mm}")
        if dpi <= 0:
            raise ValueError("dpi must be positive")
        self.ticket = ticket
        self.paper = PAPERS[paper_mm]
        self.dpi = dpi
        self.right_to_left = is_right_to_left(ticket)
        self._style = STYLES[paper_mm]
        self._locale = QLocale(ticket.language)
        self._ops: list[Op] = []
        self.width = self.mm(self.paper.width_mm)
        self._inner = self.mm(self.paper.printable_mm - 2 * INSET_MM)
        self._left = (self.width - self._inner) / 2
        self.number_rect = QRectF()
        self.qr_rect = QRectF()
        self.qr_module = 0
        self.height = self._build()

    # -- units ---------------------------------------------------------------------------------

    def mm(self, millimetres: float) -> float:
        return millimetres * self.dpi / MM_PER_INCH

    def pt(self, points: float) -> float:
        return points * self.dpi / PT_PER_INCH

    @property
    def direction(self) -> Qt.LayoutDirection:
        if self.right_to_left:
            return Qt.LayoutDirection.RightToLeft
        return Qt.LayoutDirection.LeftToRight

    @property
    def size(self) -> QSize:
        """The page in whole device pixels."""
        return QSize(math.ceil(self.width), math.ceil(self.height))

    def font(self, points: float, *, bold: bool = False) -> QFont:
        font = QFont()
        font.setFamilies(list(FONT_FAMILIES))
        font.setPixelSize(max(1, round(self.pt(points))))
        font.setWeight(QFont.Weight.Bold if bold else QFont.Weight.Normal)
        # Unhinted: measured widths match what every device (PDF, printer, image) draws.
        font.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
        return font

    # -- painting ------------------------------------------------------------------------------

    def paint(self, painter: QPainter, origin: QPointF | None = None) -> None:
        """Draw the slip with its top-left corner at ``origin`` (device pixels)."""
        painter.save()
        if origin is not None:
            painter.translate(origin)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, True)
        painter.setLayoutDirection(self.direction)
        painter.setPen(_INK)
        for op in self._ops:
            op(painter)
        painter.restore()

    def to_image(self) -> QImage:
        """The slip on white, 8-bit grey, at the layout's resolution."""
        size = self.size
        image = QImage(size, QImage.Format.Format_Grayscale8)
        dots_per_metre = round(self.dpi / MM_PER_INCH * 1000)
        image.setDotsPerMeterX(dots_per_metre)
        image.setDotsPerMeterY(dots_per_metre)
        image.fill(Qt.GlobalColor.white)
        painter = QPainter(image)
        try:
            self.paint(painter)
        finally:
            painter.end()
        return image

    # -- building ------------------------------------------------------------------------------

    def _build(self) -> float:
        s = self._style
        t = self.ticket
        gap = self.mm(s.gap_mm)
        y = self.mm(s.top_mm)
        if t.logo is not None:
            y = self._logo(y, t.logo)
        if t.heading.strip():
            y = self._text(y, t.heading.strip(), self.font(s.heading_pt, bold=True)) + gap * 0.8
        y = self._number_box(y) + gap
        y = self._text(y, " ".join(t.line_name.split()), self.font(s.line_pt, bold=True))
        message = t.short_message
        if message:
            y = self._text(y + gap * 0.4, message, self.font(s.message_pt))
        rows = self._rows()
        if rows:
            y = self._rule(y + gap) + gap * 0.7
            for label, value in rows:
                y = self._row(y, label, value) + gap * 0.35
            y = self._rule(y + gap * 0.35)
        if t.qr_payload is not None:
            y = self._qr(y + gap * 0.6, t.qr_payload)
        else:
            y += gap
        y = self._text(y, self._issued(), self.font(s.small_pt))
        return y + self.mm(s.bottom_mm)

    def _paragraph(
        self,
        text: str,
        font: QFont,
        width: float | None = None,
        align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignHCenter,
    ) -> Paragraph:
        return Paragraph(text, font, self._inner if width is None else width, align, self.direction)

    def _text(self, top: float, text: str, font: QFont) -> float:
        paragraph = self._paragraph(text, font)
        left = self._left
        self._ops.append(lambda painter: paragraph.draw(painter, left, top))
        return top + paragraph.height

    def _logo(self, top: float, path: Path) -> float:
        image = QImage(str(path))
        if image.isNull():
            log.warning("ticket logo %s could not be read; printing without it", path.name)
            return top
        box_w = self._inner * 0.7
        box_h = self.mm(self._style.logo_height_mm)
        scale = min(box_w / image.width(), box_h / image.height())
        width, height = image.width() * scale, image.height() * scale
        # Scaled once to the device's pixels: a large logo neither bloats a PDF nor slows a job.
        image = image.convertToFormat(QImage.Format.Format_ARGB32).scaled(
            max(1, round(width)),
            max(1, round(height)),
            Qt.AspectRatioMode.IgnoreAspectRatio,
            Qt.TransformationMode.SmoothTransformation,
        )
        rect = QRectF(self._left + (self._inner - width) / 2, top, width, height)
        self._ops.append(lambda painter: painter.drawImage(rect, image))
        return rect.bottom() + self.mm(self._style.gap_mm)

    def _number_box(self, top: float) -> float:
        s = self._style
        pad = self.mm(s.pad_mm)
        pen_width = self.mm(s.frame_mm)
        frame_left = self._left + pen_width / 2
        frame_width = self._inner - pen_width
        text_width = self._inner - 2 * pad

        caption = self._paragraph(self.ticket.texts.number_caption, self.font(s.caption_pt))
        caption_left, caption_top = self._left, top + pad

        number = self.ticket.public_id.strip()
        number_font = self._fitted_number_font(number, text_width)
        ink = QFontMetricsF(number_font).tightBoundingRect(number)
        number_top = caption_top + caption.height + pad * 0.9
        baseline = number_top - ink.top()
        x = self._left + (self._inner - ink.width()) / 2 - ink.left()
        self.number_rect = QRectF(x + ink.left(), number_top, ink.width(), ink.height())
        frame = QRectF(frame_left, top, frame_width, self.number_rect.bottom() + pad * 1.3 - top)
        radius = self.mm(s.radius_mm)

        def op(painter: QPainter) -> None:
            painter.save()
            painter.setPen(QPen(_INK, pen_width))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(frame, radius, radius)
            painter.setPen(_INK)
            caption.draw(painter, caption_left, caption_top)
            # Ticket numbers are Latin letters and digits: always left to right, or "A-12"
            # would come out as "12-A" on a right-to-left slip.
            painter.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
            painter.setFont(number_font)
            painter.drawText(QPointF(x, baseline), number)
            painter.restore()

        self._ops.append(op)
        return frame.bottom()

    def _fitted_number_font(self, number: str, width: float) -> QFont:
        font = self.font(0, bold=True)
        pixels = max(8, round(self.mm(self._style.number_em_mm)))
        for _ in range(4):
            font.setPixelSize(pixels)
            ink = QFontMetricsF(font).tightBoundingRect(number).width()
            if ink <= width:
                break
            pixels = max(8, math.floor(pixels * width / ink) - 1)
        return font

    def _rows(self) -> list[tuple[str, str]]:
        t = self.ticket
        rows: list[tuple[str, str]] = []
        if t.people_ahead is not None:
            rows.append((t.texts.people_ahead, self._locale.toString(t.people_ahead)))
        if t.estimated is not None:
            time = _qdatetime(t.estimated, t.zone).time()
            shown = self._locale.toString(time, QLocale.FormatType.ShortFormat)
            rows.append((t.texts.estimated, shown))
        return rows

    def _row(self, top: float, label: str, value: str) -> float:
        """Label at the leading edge, value at the trailing edge, on one baseline."""
        s = self._style
        value_font = self.font(s.value_pt, bold=True)
        value_w = QFontMetricsF(value_font).horizontalAdvance(value) + self.mm(1)
        label_w = max(self._inner * 0.4, self._inner - value_w - self.mm(s.gap_mm))
        leading = Qt.AlignmentFlag.AlignRight if self.right_to_left else Qt.AlignmentFlag.AlignLeft
        trailing = Qt.AlignmentFlag.AlignLeft if self.right_to_left else Qt.AlignmentFlag.AlignRight
        label_par = self._paragraph(label, self.font(s.label_pt), label_w, leading)
        value_par = self._paragraph(value, value_font, self._inner, trailing)
        baseline = max(label_par.last_baseline, value_par.last_baseline)
        label_top = top + baseline - label_par.last_baseline
        value_top = top + baseline - value_par.last_baseline
        label_left = self._left + (self._inner - label_w if self.right_to_left else 0)
        value_left = self._left

        def op(painter: QPainter) -> None:
            label_par.draw(painter, label_left, label_top)
            value_par.draw(painter, value_left, value_top)

        self._ops.append(op)
        return max(label_top + label_par.height, value_top + value_par.height)

    def _rule(self, y: float) -> float:
        pen = QPen(_INK, max(1.0, self.mm(0.2)))
        left, right = self._left, self._left + self._inner

        def op(painter: QPainter) -> None:
            painter.save()
            painter.setPen(pen)
            painter.drawLine(QPointF(left, y), QPointF(right, y))
            painter.restore()

        self._ops.append(op)
        return y + pen.widthF()

    def _qr(self, top: float, payload: str) -> float:
        s = self._style
        matrix = qr.encode(payload)
        module = qr.module_pixels(matrix, self.mm(s.qr_mm))
        side = matrix.size_with_border * module
        left = round(self._left + (self._inner - side) / 2)
        qr_top = round(top)
        self.qr_rect = QRectF(left, qr_top, side, side)
        self.qr_module = module
        self._ops.append(lambda painter: qr.draw(painter, matrix, left, qr_top, module))
        y: float = qr_top + side
        caption = self.ticket.texts.qr_caption.strip()
        if caption:
            y = self._text(y - module * 2, caption, self.font(s.small_pt))
        return y + self.mm(s.gap_mm) * 0.6

    def _issued(self) -> str:
        return self._locale.toString(
            _qdatetime(self.ticket.issued_at, self.ticket.zone), QLocale.FormatType.ShortFormat
        )
