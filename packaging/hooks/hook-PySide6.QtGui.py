"""PySide6.QtGui without the plugins packaging/qt_trim.py rejects (replaces PyInstaller's hook).

Dropping them here, before PyInstaller follows their library dependencies, also keeps out what
only they link (GTK for the GTK theme, QtPdf for the PDF image format, the EGLFS libraries).
"""

from __future__ import annotations

from PyInstaller.utils.hooks.qt import add_qt6_dependencies
from qt_trim import trim

hiddenimports, binaries, datas = add_qt6_dependencies(__file__)
binaries = trim(binaries)
