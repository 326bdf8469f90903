"""What a packaged build most often loses, checked one part at a time for the smoke test:
translations, Qt Virtual Keyboard, the printer's libraries; and the scratch user data folder
the smoke test runs in."""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QLibraryInfo,
    QPluginLoader,
    QTranslator,
    QUrl,
)
from PySide6.QtQml import QQmlComponent, QQmlEngine

from kiosk.ui.resources import resource_path
from kiosk.ui.translations import Catalogues

PROBE_QML = b"""
import QtQuick
import QtQuick.VirtualKeyboard
import QtQuick.VirtualKeyboard.Settings
Item {}
"""
"""Imports only: a second InputPanel next to the kiosk's would share (and, deleted, break) the
one input context Qt Virtual Keyboard has. The kiosk's own panel proves the rest loads."""


def isolate_user_data(folder: Path) -> bool:
    """Keep the check-in outbox and its key in `folder`, away from this machine's own.

    A smoke test must leave no trace: no demo outbox in the user's data folder, no key in the
    OS keyring. Linux and macOS find the data folder through the environment; Windows does not,
    so there the smoke test uses the demo outbox a demo run would use. Returns whether it could.
    """
    from kiosk.delivery.crypto import KEY_ENV, Cipher

    if sys.platform.startswith("linux"):
        os.environ["XDG_DATA_HOME"] = str(folder)
    elif sys.platform == "darwin":
        os.environ["HOME"] = str(folder)  # ~/Library/Application Support
    else:
        return False
    os.environ[KEY_ENV] = Cipher.generate_key()  # not the keyring's
    return True


@dataclass
class SmokeReport:
    """What the smoke test found; `ok` when nothing failed."""

    facts: dict[str, str] = field(default_factory=dict)
    problems: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems

    def fail(self, problem: str) -> None:
        self.problems.append(problem)

    def line(self) -> str:
        facts = " ".join(f"{key}={value}" for key, value in self.facts.items())
        if self.ok:
            return f"kiosk smoke test: OK {facts}"
        return f"kiosk smoke test: FAILED: {'; '.join(self.problems)} ({facts})"


# -- checks that need no window ----------------------------------------------------------------


def shipped_languages(folder: Path) -> list[str]:
    """The kiosk's translated languages: its ``.ts`` sources in a checkout, else its ``.qm``."""
    sources = sorted(p.stem.removeprefix("kiosk_") for p in folder.glob("kiosk_*.ts"))
    if sources:
        return sources
    return sorted(p.stem.removeprefix("kiosk_") for p in folder.glob("kiosk_*.qm"))


def check_translations(report: SmokeReport, folder: Path | None = None) -> None:
    """Every shipped language has a catalogue that loads; Qt's own loads for one at least."""
    folder = folder if folder is not None else resource_path("i18n")
    languages = shipped_languages(folder)
    if not languages:
        report.fail(f"no translations in {folder} (expected kiosk_<lang>.qm files)")
        return
    missing = [code for code in languages if not (folder / f"kiosk_{code}.qm").is_file()]
    if missing:
        names = ", ".join(f"kiosk_{code}.qm" for code in missing)
        report.fail(f"translations not compiled in {folder}: {names}")
    loaded: list[str] = []
    qt_loaded: list[str] = []
    catalogues = Catalogues(folder)
    for code in languages:
        catalogue = folder / f"kiosk_{code}.qm"
        if code in missing:
            continue
        if QTranslator().load(str(catalogue)):
            loaded.append(code)
        else:
            report.fail(f"{catalogue.name} does not load")
        qt_catalogue = catalogues.qt(code)
        if qt_catalogue is not None and QTranslator().load(str(qt_catalogue)):
            qt_loaded.append(code)
    if loaded and not qt_loaded:
        report.fail(f"Qt's own translations (qtbase_<lang>.qm) load for none of {languages}")
    report.facts["translations"] = ",".join(loaded) or "none"
    report.facts["qt_translations"] = ",".join(qt_loaded) or "none"


def check_keyboard_plugin(report: SmokeReport) -> None:
    """Qt Virtual Keyboard's input-context plugin and QML module load."""
    # Where Qt looks: its own plugin folder, then QT_PLUGIN_PATH (a bundle sets that).
    folders = [QLibraryInfo.path(QLibraryInfo.LibraryPath.PluginsPath)]
    folders += QCoreApplication.libraryPaths()
    plugins = [
        plugin
        for folder in dict.fromkeys(folders)
        for plugin in sorted((Path(folder) / "platforminputcontexts").glob("*qtvirtualkeyboard*"))
    ]
    if not plugins:
        report.fail(f"Qt Virtual Keyboard plugin missing from {', '.join(folders)}")
    else:
        loader = QPluginLoader(str(plugins[0]))
        if not loader.load():
            # Usually a library the plugin links is missing (PySide6-Addons, libpulse0).
            report.fail(f"Qt Virtual Keyboard plugin does not load: {loader.errorString()}")
    engine = QQmlEngine()
    component = QQmlComponent(engine)
    component.setData(PROBE_QML, QUrl())
    if component.status() != QQmlComponent.Status.Ready:
        errors = "; ".join(error.toString() for error in component.errors())
        report.fail(f"QML module QtQuick.VirtualKeyboard does not import: {errors}")
    component.deleteLater()
    engine.deleteLater()


def check_printing(report: SmokeReport) -> None:
    """The ticket printer's libraries load: Pillow (rasters), segno (QR), python-escpos."""
    try:
        import segno
        from escpos.printer import Network  # the thermal printers' driver, loaded on first use
        from PIL import Image

        segno.make("kiosk")
        Image.new("L", (8, 8)).tobytes()
        del Network
    except Exception as exc:  # any failure here is a packaging fault worth naming
        report.fail(f"ticket printing libraries do not load: {type(exc).__name__}: {exc}")
    else:
        report.facts["printing"] = "loaded"


def check_speech(report: SmokeReport) -> None:
    """Audio guidance's parts load: QtTextToSpeech with its engine plugins, QMediaDevices."""
    try:
        from PySide6.QtMultimedia import QMediaDevices
        from PySide6.QtTextToSpeech import QTextToSpeech

        engines = [name for name in QTextToSpeech.availableEngines() if name != "mock"]
        QMediaDevices.audioOutputs()
    except Exception as exc:  # any failure here is a packaging fault worth naming
        report.fail(f"audio guidance does not load: {type(exc).__name__}: {exc}")
        return
    if not QTextToSpeech.availableEngines():
        report.fail("no text-to-speech engine plugin is shipped (plugins/texttospeech)")
        return
    report.facts["speech"] = ",".join(engines) or "no platform engine"


# -- the running kiosk -------------------------------------------------------------------------
