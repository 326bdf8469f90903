"""What the bundle leaves out of Qt (packaging/qt_trim.py), on each platform's file layout."""

from __future__ import annotations

import pytest

from .conftest import load_packaging_module

qt_trim = load_packaging_module("qt_trim")


@pytest.mark.parametrize(
    "path",
    [
        "PySide6/Qt/plugins/platforms/libqeglfs.so",
        "PySide6/Qt/plugins/platforms/libqvnc.so",
        "PySide6\\plugins\\platforms\\qdirect2d.dll",
        "PySide6/Qt/plugins/platformthemes/libqgtk3.so",
        "PySide6/Qt/plugins/imageformats/libqpdf.so",
        "PySide6\\plugins\\imageformats\\qpdf.dll",
        "PySide6/Qt/plugins/multimedia/libffmpegmediaplugin.so",
        "PySide6/Qt/lib/libavcodec.so.61",
        "PySide6\\avcodec-61.dll",
        "PySide6/Qt/plugins/tls/libqopensslbackend.so",
        "PySide6/Qt/plugins/qmltooling/libqmldbg_debugger.so",
    ],
)
def test_unused_qt_parts_are_dropped(path: str) -> None:
    assert not qt_trim.wanted(path)


@pytest.mark.parametrize(
    "path",
    [
        "PySide6/Qt/plugins/platforms/libqxcb.so",
        "PySide6/Qt/plugins/platforms/libqwayland.so",
        "PySide6/Qt/plugins/platforms/libqoffscreen.so",
        "PySide6\\plugins\\platforms\\qwindows.dll",
        "PySide6/Qt/plugins/platforms/libqcocoa.dylib",
        "PySide6/Qt/plugins/platforminputcontexts/libqtvirtualkeyboardplugin.so",
        "PySide6/Qt/plugins/imageformats/libqsvg.so",
        "PySide6/Qt/plugins/imageformats/libqjpeg.so",
        "PySide6/Qt/plugins/printsupport/libcupsprintersupport.so",
        "PySide6/Qt/lib/libQt6Multimedia.so.6",
    ],
)
def test_what_the_kiosk_loads_stays(path: str) -> None:
    assert qt_trim.wanted(path)


def test_hook_entries_are_judged_by_their_file_name() -> None:
    entries = [
        ("/venv/PySide6/Qt/plugins/platforms/libqeglfs.so", "PySide6/Qt/plugins/platforms"),
        ("/venv/PySide6/Qt/plugins/platforms/libqxcb.so", "PySide6/Qt/plugins/platforms"),
        ("C:\\venv\\PySide6\\plugins\\platforms\\qwindows.dll", "PySide6\\plugins\\platforms"),
    ]
    assert [dest for _, dest in qt_trim.trim(entries)] == [
        "PySide6/Qt/plugins/platforms",
        "PySide6\\plugins\\platforms",
    ]


@pytest.mark.parametrize(
    ("dest", "wanted"),
    [
        ("PySide6/Qt/qml/QtQuick/VirtualKeyboard", True),
        ("PySide6/Qt/qml/QtQuick/VirtualKeyboard/Styles/Builtin", True),
        ("PySide6/Qt/qml/QtQuick/VirtualKeyboard/Plugins/Pinyin", True),
        ("PySide6\\qml\\QtQuick\\Layouts", True),
        ("PySide6/Qt/qml/QtQuick", True),
        ("PySide6/Qt/qml/QtMultimedia", True),
        ("PySide6/Qt/qml/Qt/labs/folderlistmodel", True),
        ("PySide6/Qt/qml/QtQuick/Controls", False),
        ("PySide6/Qt/qml/QtQuick/Controls/Material", False),
        ("PySide6/Qt/qml/QtWebEngine", False),
        ("PySide6/Qt/qml/QtQuick3D", False),
        ("PySide6/Qt/qml/Qt/labs/settings", False),
    ],
)
def test_only_the_keyboards_qml_modules_are_kept(dest: str, wanted: bool) -> None:
    assert qt_trim.qml_wanted(dest) is wanted
