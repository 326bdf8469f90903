"""The slip's geometry: a big number that always fits, right-to-left done right, a true QR code."""

from __future__ import annotations

import logging
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QImage, QPainter

from kiosk.printing import qr
from kiosk.printing.layout import TicketLayout, is_right_to_left
from kiosk.printing.paper import THERMAL_DPI
from kiosk.printing.ticket import PaperWidth
from tests.printing import samples


def mm(layout: TicketLayout, pixels: float) -> float:
    return pixels * 25.4 / layout.dpi


@pytest.mark.parametrize(("paper", "least_mm"), [(80, 12.0), (58, 9.0)])
def test_the_number_is_by_far_the_biggest_thing(paper: PaperWidth, least_mm: float) -> None:
    layout = TicketLayout(samples.ticket("en", "A-12"), paper, dpi=300)
    assert mm(layout, layout.number_rect.height()) >= least_mm


@pytest.mark.parametrize("paper", [58, 80])
@pytest.mark.parametrize("number", ["A-1", "B-123", "WALKIN-1234", "Ж-99"])
def test_any_number_fits_the_printable_width(paper: PaperWidth, number: str) -> None:
    layout = TicketLayout(samples.ticket("en", number), paper, dpi=203)
    margin = (layout.width - layout.mm(layout.paper.printable_mm)) / 2
    assert layout.number_rect.left() >= margin
    assert layout.number_rect.right() <= layout.width - margin
    assert mm(layout, layout.number_rect.height()) >= 4  # capitals of about 16 pt at worst


def test_arabic_is_right_to_left_and_english_is_not() -> None:
    assert is_right_to_left(samples.ticket("ar"))
    assert not is_right_to_left(samples.ticket("en"))
    assert is_right_to_left(replace(samples.ticket("en"), rtl=True))
    assert not is_right_to_left(replace(samples.ticket("ar"), rtl=False))


def test_the_number_reads_left_to_right_on_a_right_to_left_slip() -> None:
    """ "A-12" on an Arabic slip is drawn exactly as on an English one, not as "12-A"."""
    latin = TicketLayout(samples.ticket("en", "A-12"), 58, dpi=THERMAL_DPI)
    arabic = TicketLayout(samples.ticket("ar", "A-12"), 58, dpi=THERMAL_DPI)
    assert latin.number_rect.size() == arabic.number_rect.size()
    assert latin.number_rect.left() == pytest.approx(arabic.number_rect.left())
    crop_latin = _crop(latin.to_image(), latin)
    crop_arabic = _crop(arabic.to_image(), arabic)
    assert crop_latin == crop_arabic


def _crop(image: QImage, layout: TicketLayout) -> QImage:
    return image.copy(layout.number_rect.toAlignedRect())


def test_optional_parts_take_room_only_when_present() -> None:
    full = TicketLayout(samples.ticket("en"), 80, dpi=203)
    bare = TicketLayout(
        samples.ticket("en", people_ahead=None, estimated=None, qr_payload=None), 80, dpi=203
    )
    assert bare.height < full.height - full.qr_rect.height()
    assert bare.qr_rect.isNull()


def test_the_qr_code_is_drawn_module_for_module() -> None:
    slip = samples.ticket("en")
    assert slip.qr_payload is not None
    layout = TicketLayout(slip, 58, dpi=THERMAL_DPI)
    image = layout.to_image()
    matrix = qr.encode(slip.qr_payload)
    module = layout.qr_module
    assert module >= 3  # whole dots, large enough for a phone camera on a thermal slip
    origin_x = int(layout.qr_rect.left()) + qr.QUIET_ZONE * module
    origin_y = int(layout.qr_rect.top()) + qr.QUIET_ZONE * module
    for y, row in enumerate(matrix.rows):
        for x, dark in enumerate(row):
            grey = image.pixelColor(
                origin_x + x * module + module // 2, origin_y + y * module + module // 2
            ).value()
            assert (grey < 128) == dark, f"module {x},{y}"
    quiet = image.copy(QRect(int(layout.qr_rect.left()), int(layout.qr_rect.top()), module * 4, 1))
    assert all(quiet.pixelColor(i, 0).value() > 200 for i in range(quiet.width()))


def test_a_logo_is_drawn_above_everything(tmp_path: Path) -> None:
    logo = QImage(200, 80, QImage.Format.Format_RGB32)
    logo.fill(Qt.GlobalColor.white)
    painter = QPainter(logo)
    painter.fillRect(20, 20, 160, 40, Qt.GlobalColor.black)
    painter.end()
    path = tmp_path / "logo.png"
    assert logo.save(str(path))
    with_logo = TicketLayout(replace(samples.ticket("en"), logo=path), 80, dpi=203)
    without = TicketLayout(samples.ticket("en"), 80, dpi=203)
    assert with_logo.height > without.height
    image = with_logo.to_image()
    band = image.copy(QRect(0, 0, image.width(), int(with_logo.number_rect.top()) // 2))
    assert _ink(band) > 0


def test_an_unreadable_logo_is_left_out(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    broken = tmp_path / "logo.png"
    broken.write_bytes(b"not an image")
    with caplog.at_level(logging.WARNING, logger="kiosk.printing"):
        layout = TicketLayout(replace(samples.ticket("en"), logo=broken), 80, dpi=203)
    assert layout.height == TicketLayout(samples.ticket("en"), 80, dpi=203).height
    assert "logo" in caplog.text


def _ink(image: QImage) -> int:
    grey = image.convertToFormat(QImage.Format.Format_Grayscale8)
    return sum(
        1
        for y in range(grey.height())
        for x in range(grey.width())
        if grey.pixelColor(x, y).value() < 128
    )


def test_to_image_has_the_layout_size_and_resolution() -> None:
    layout = TicketLayout(samples.ticket("et"), 80, dpi=THERMAL_DPI)
    image = layout.to_image()
    assert image.size() == layout.size
    assert round(image.dotsPerMeterX() * 0.0254) == round(THERMAL_DPI)


def test_unknown_paper_and_bad_resolution_are_refused() -> None:
    with pytest.raises(ValueError, match="paper"):
        TicketLayout(samples.ticket("en"), 57, dpi=203)  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="dpi"):
        TicketLayout(samples.ticket("en"), 80, dpi=0)
