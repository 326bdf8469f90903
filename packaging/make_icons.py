"""Render the app icon from ``resources/icons/kiosk.svg`` into every format the installers use.

    QT_QPA_PLATFORM=offscreen python packaging/make_icons.py

Writes, next to the SVG:

* ``kiosk.png`` (512 px): the window icon and the Linux desktop icon;
* ``kiosk.ico``: Windows (the .exe and the installer), 16 to 256 px;
* ``kiosk.icns``: macOS (the .app), 16 to 1024 px.

Qt can write single-image ICO and ICNS files only, so both containers are assembled here
from PNG images, which Windows (Vista and later) and macOS (10.7 and later) read in them. The
outputs are committed; run this again after changing the SVG.
"""

from __future__ import annotations

import struct
import sys
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ICONS = Path(__file__).resolve().parent.parent / "resources" / "icons"
SOURCE = ICONS / "kiosk.svg"

ICO_SIZES = (16, 20, 24, 32, 40, 48, 64, 128, 256)

# ICNS element types holding PNG data, by pixel size (several types share a size: @2x).
ICNS_TYPES = (
    (b"icp4", 16),
    (b"icp5", 32),
    (b"icp6", 64),
    (b"ic07", 128),
    (b"ic08", 256),
    (b"ic09", 512),
    (b"ic10", 1024),
    (b"ic11", 32),
    (b"ic12", 64),
    (b"ic13", 256),
    (b"ic14", 512),
)


def render(renderer: QSvgRenderer, size: int) -> bytes:
    """The icon as a PNG of `size` × `size` pixels."""
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buffer, "PNG"):
        raise RuntimeError(f"could not encode a {size} px PNG")
    buffer.close()
    return bytes(data.data())


def ico(images: dict[int, bytes]) -> bytes:
    """An ICO file: a header, one directory entry per image, then the PNG data."""
    sizes = sorted(images)
    header = struct.pack("<HHH", 0, 1, len(sizes))
    offset = len(header) + 16 * len(sizes)
    entries = b""
    for size in sizes:
        data = images[size]
        side = 0 if size >= 256 else size  # 0 stands for 256 in the one-byte fields
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(data), offset)
        offset += len(data)
    return header + entries + b"".join(images[size] for size in sizes)


def icns(images: dict[int, bytes]) -> bytes:
    """An ICNS file: ``icns`` + total length, then (type, length, PNG) elements."""
    body = b"".join(
        kind + struct.pack(">I", 8 + len(images[size])) + images[size] for kind, size in ICNS_TYPES
    )
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def main() -> int:
    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    renderer = QSvgRenderer(str(SOURCE))
    if not renderer.isValid():
        sys.stderr.write(f"cannot read {SOURCE}\n")
        return 1
    sizes = {*ICO_SIZES, *(size for _, size in ICNS_TYPES), 512}
    images = {size: render(renderer, size) for size in sorted(sizes)}
    (ICONS / "kiosk.png").write_bytes(images[512])
    (ICONS / "kiosk.ico").write_bytes(ico({size: images[size] for size in ICO_SIZES}))
    (ICONS / "kiosk.icns").write_bytes(icns(images))
    for name in ("kiosk.png", "kiosk.ico", "kiosk.icns"):
        print(f"wrote {ICONS / name} ({(ICONS / name).stat().st_size // 1024} KiB)")
    del app
    return 0


if __name__ == "__main__":
    sys.exit(main())
