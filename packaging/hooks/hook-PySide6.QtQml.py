"""PySide6.QtQml, collecting only the QML modules the kiosk loads.

PyInstaller's own hook for this module collects every QML module in the wheel. Through their
plugins' library dependencies that pulls in QtWebEngine, Qt 3D, Charts, Pdf and more (about
300 MiB). The kiosk's only QML is Qt Virtual Keyboard's panel (kiosk/ui/keyboard_panel.qml),
so this hook, which takes precedence over the built-in one, keeps the modules it imports,
directly or through their ``qmldir`` dependencies:

* QtQuick.VirtualKeyboard and its submodules, except the Chinese, Japanese and Korean input
  methods (the kiosk offers no layouts for those: kiosk/ui/keyboard_layouts.py);
* QtQuick, QtQuick.Window, QtQuick.Layouts, QtQml (+ Models, WorkerScript);
* QtMultimedia (the keyboard's key sounds) and Qt.labs.folderlistmodel (its layout list).

``kiosk --smoke-test`` fails if something here is missing.
"""

from __future__ import annotations

from PyInstaller.utils.hooks.qt import add_qt6_dependencies, pyside6_library_info

KEEP_MODULES = {
    "Qt/labs/folderlistmodel",
    "QtMultimedia",
    "QtQml",
    "QtQml/Models",
    "QtQml/WorkerScript",
    "QtQuick",
    "QtQuick/Layouts",
    "QtQuick/Window",
}
KEEP_TREES = ("QtQuick/VirtualKeyboard",)
DROP_TREES = tuple(
    f"QtQuick/VirtualKeyboard/Plugins/{name}" for name in ("Hangul", "OpenWNN", "Pinyin", "TCIme")
)


def _module_of(dest: str) -> str:
    """``PySide6/Qt/qml/QtQuick/Layouts`` → ``QtQuick/Layouts`` (any platform's layout)."""
    parts = dest.replace("\\", "/").split("/")
    return "/".join(parts[parts.index("qml") + 1 :]) if "qml" in parts else ""


def _under(module: str, trees: tuple[str, ...]) -> bool:
    return any(module == tree or module.startswith(tree + "/") for tree in trees)


def _wanted(entry: tuple[str, str]) -> bool:
    module = _module_of(entry[1])
    if _under(module, DROP_TREES):
        return False
    return module in KEEP_MODULES or _under(module, KEEP_TREES)


hiddenimports, binaries, datas = add_qt6_dependencies(__file__)
qml_binaries, qml_datas = pyside6_library_info.collect_qtqml_files()
binaries += [entry for entry in qml_binaries if _wanted(entry)]
datas += [entry for entry in qml_datas if _wanted(entry)]
