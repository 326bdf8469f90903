"""The app icon in every format the installers use, rendered from resources/icons/kiosk.svg."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QImage, QImageReader
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QApplication

from kiosk.ui.resources import resource_path

from .conftest import load_packaging_module

make_icons = load_packaging_module("make_icons")


def sizes(name: str) -> list[int]:
    reader = QImageReader(str(resource_path("icons", name)))
    found = []
    for index in range(reader.imageCount()):
        reader.jumpToImage(index)
        image = reader.read()
        assert not image.isNull(), reader.errorString()
        assert image.width() == image.height()
        found.append(image.width())
    return found


@pytest.mark.usefixtures("qapp")
def test_the_windows_icon_has_every_size_from_16_to_256() -> None:
    assert sorted(sizes("kiosk.ico")) == sorted(make_icons.ICO_SIZES)


@pytest.mark.usefixtures("qapp")
def test_the_macos_icon_goes_up_to_1024() -> None:
    assert max(sizes("kiosk.icns")) == 1024


def test_the_committed_icons_match_the_svg(qapp: QApplication) -> None:
    """Regenerate them with packaging/make_icons.py after editing the SVG."""
    renderer = QSvgRenderer(str(resource_path("icons", "kiosk.svg")))
    assert renderer.isValid()
    fresh = QImage.fromData(make_icons.render(renderer, 512))
    committed = QImage(str(resource_path("icons", "kiosk.png")))
    assert committed.size() == fresh.size()
    # Compared small, with some slack: another Qt version may smooth edges differently.
    small = [
        image.scaled(32, 32).convertToFormat(QImage.Format.Format_RGBA8888)
        for image in (fresh, committed)
    ]
    pixels = [bytes(image.constBits()) for image in small]
    assert max(abs(a - b) for a, b in zip(*pixels, strict=True)) < 48
