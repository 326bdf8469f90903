"""PySide6.QtQml, with only the QML modules the kiosk loads (replaces PyInstaller's hook).

PyInstaller's own hook collects every QML module in the wheel; through their plugins' library
dependencies that brings QtWebEngine, Qt 3D, Charts, Pdf and more (about 300 MiB). The kiosk's
only QML is Qt Virtual Keyboard's panel (kiosk/ui/keyboard_panel.qml): packaging/qt_trim.py
lists what it needs. ``kiosk --smoke-test`` fails if something is missing.
"""

from __future__ import annotations

from PyInstaller.utils.hooks.qt import add_qt6_dependencies, pyside6_library_info
from qt_trim import qml_wanted, trim

hiddenimports, binaries, datas = add_qt6_dependencies(__file__)
binaries = trim(binaries)  # the QML debugging plugins
qml_binaries, qml_datas = pyside6_library_info.collect_qtqml_files()
binaries += [(source, dest) for source, dest in qml_binaries if qml_wanted(dest)]
datas += [(source, dest) for source, dest in qml_datas if qml_wanted(dest)]
