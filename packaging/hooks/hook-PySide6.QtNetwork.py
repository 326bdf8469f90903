"""PySide6.QtNetwork without its TLS and network-information plugins (replaces PyInstaller's).

The kiosk talks HTTP through httpx and Python's ssl module, never through Qt's networking, so
neither these plugins nor the OpenSSL libraries PyInstaller adds for Qt's TLS backend are needed.
"""

from __future__ import annotations

from PyInstaller.utils.hooks.qt import add_qt6_dependencies
from qt_trim import trim

hiddenimports, binaries, datas = add_qt6_dependencies(__file__)
binaries = trim(binaries)
