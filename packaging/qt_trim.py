"""Which parts of Qt the kiosk's bundle leaves out, shared by kiosk.spec and packaging/hooks.

The hooks in packaging/hooks replace PyInstaller's hooks for the PySide6 modules that collect
plugins, and drop what this module rejects *before* PyInstaller follows the plugins' library
dependencies: a GTK theme plugin that is merely deleted afterwards would still have brought
GTK's libraries along. kiosk.spec applies the same rules to the finished analysis too.

Patterns match bundle paths such as ``PySide6/Qt/plugins/platforms/libqeglfs.so`` (Linux),
``PySide6\\plugins\\platforms\\qdirect2d.dll`` (Windows) or ``.../libqcocoa.dylib`` (macOS).
"""

from __future__ import annotations

import re

_SEP = r"[/\\]"

DROP = re.compile(
    "|".join(
        [
            # Platform plugins for embedded boards and remote screens. `offscreen` stays for
            # the smoke test; `xcb`, `wayland`, `windows` and `cocoa` drive real screens.
            rf"plugins{_SEP}platforms{_SEP}(lib)?q(eglfs|linuxfb|minimal|minimalegl|vkkhrdisplay"
            r"|vnc|direct2d)\.",
            rf"plugins{_SEP}egldeviceintegrations{_SEP}",
            # Desktop themes (GTK, portal file dialogs): the kiosk draws its own look.
            rf"plugins{_SEP}platformthemes{_SEP}",
            # Image formats no logo or icon uses; qpdf would bring QtPdf.
            rf"plugins{_SEP}imageformats{_SEP}(lib)?q(pdf|tiff|tga|wbmp|icns|macheif|macjp2)\.",
            # Media playback backends (FFmpeg): key clicks go to the audio output directly.
            rf"plugins{_SEP}multimedia{_SEP}",
            r"(lib)?(avcodec|avformat|avutil|swresample|swscale)[-.]",
            # Qt's networking is unused (HTTP goes through httpx); QML debugging and linting.
            rf"plugins{_SEP}(tls|networkinformation|qmltooling|qmllint){_SEP}",
        ]
    )
)
"""Qt plugins and libraries the kiosk never loads."""

QML_KEEP_MODULES = frozenset(
    {
        "Qt/labs/folderlistmodel",
        "QtMultimedia",
        "QtQml",
        "QtQml/Models",
        "QtQml/WorkerScript",
        "QtQuick",
        "QtQuick/Layouts",
        "QtQuick/Window",
    }
)
"""QML modules Qt Virtual Keyboard's panel imports, directly or through ``qmldir`` files."""

QML_KEEP_TREES = ("QtQuick/VirtualKeyboard",)
"""All of it: its Components import even the Chinese, Japanese and Korean input methods, so
leaving those out (3 MiB) breaks the keyboard although the kiosk offers no such layouts."""


def qml_module(dest: str) -> str:
    """``PySide6/Qt/qml/QtQuick/Layouts`` → ``QtQuick/Layouts``; "" outside the QML tree."""
    parts = dest.replace("\\", "/").split("/")
    return "/".join(parts[parts.index("qml") + 1 :]) if "qml" in parts else ""


def _under(module: str, trees: tuple[str, ...]) -> bool:
    return any(module == tree or module.startswith(tree + "/") for tree in trees)


def qml_wanted(dest: str) -> bool:
    """Whether a file bound for the QML folder `dest` belongs to a module the kiosk uses."""
    module = qml_module(dest)
    return module in QML_KEEP_MODULES or _under(module, QML_KEEP_TREES)


def wanted(dest: str) -> bool:
    """Whether a Qt file bound for `dest` (a bundle path) stays in the bundle."""
    return DROP.search(dest) is None


def trim(entries: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """A hook's ``(source, destination folder)`` list without the unwanted files."""
    return [(source, dest) for source, dest in entries if wanted(_bundle_path(source, dest))]


def _bundle_path(source: str, dest: str) -> str:
    return f"{dest}/{re.split(_SEP, source)[-1]}"
