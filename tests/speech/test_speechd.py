"""The platform path on Linux: QtTextToSpeech's ``speechd`` engine through a real Speech
Dispatcher, started here on a private socket with an output module that writes down the text
and language it is given instead of playing sound.

Needs Debian's speech-dispatcher (with sd_generic) and Qt's speechd plugin (libspeechd2);
outside CI the test is skipped without them, in CI it must run (.ci/run installs them).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from kiosk.speech.engine import SpeechEngine, available_engines
from kiosk.speech.guidance import GuidanceController
from kiosk.speech.narrator import Narrator
from kiosk.speech.screen import StaticScreen

MODULE_DIRS = ("/usr/lib/speech-dispatcher-modules", "/usr/lib64/speech-dispatcher-modules")
LANGUAGES = ("en", "es", "et", "ru", "ar", "fr", "de")

RECORDER = """#!/bin/sh
# Called by sd_generic for each message: language, voice, text.
printf '%s\\t%s\\t%s\\n' "$1" "$2" "$3" >> "{out}"
"""


def missing(what: str) -> None:
    if os.environ.get("CI"):
        pytest.fail(f"{what} is missing: CI installs it (.ci/run)")
    pytest.skip(f"{what} is not installed")


@pytest.fixture
def dispatcher(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A private Speech Dispatcher; yields the file its output module writes to."""
    program = shutil.which("speech-dispatcher")
    if program is None:
        missing("speech-dispatcher")
    modules = next((d for d in MODULE_DIRS if Path(d, "sd_generic").exists()), None)
    if modules is None:
        missing("speech-dispatcher's sd_generic module")
    if "speechd" not in available_engines():
        missing("Qt's speechd plugin (libspeechd2)")
    assert program is not None
    assert modules is not None
    spoken, socket = tmp_path / "spoken.tsv", tmp_path / "run" / "speechd.sock"
    (tmp_path / "conf" / "modules").mkdir(parents=True)
    (tmp_path / "run").mkdir()
    recorder = tmp_path / "record.sh"
    recorder.write_text(RECORDER.format(out=spoken), encoding="utf-8")
    recorder.chmod(0o755)
    (tmp_path / "conf" / "speechd.conf").write_text(
        f'CommunicationMethod "unix_socket"\nSocketPath "{socket}"\nTimeout 0\n'
        f'LogDir "{tmp_path}"\nLogLevel 3\n'
        'AddModule "recorder" "sd_generic" "recorder.conf"\nDefaultModule recorder\n'
        'DefaultLanguage "en"\n'
        # No sound card here: the module opens ALSA's null device (it plays nothing anyway).
        'AudioOutputMethod "alsa"\nAudioALSADevice "null"\n',
        encoding="utf-8",
    )
    lines = [
        f"GenericExecuteSynth \"{recorder} '$LANGUAGE' '$VOICE' '$DATA'\"",
        # One call per message, not per clause: the test reads whole sentences.
        'GenericDelimiters ""',
        "GenericMaxChunkLength 100000",
    ]
    for code in LANGUAGES:
        lines += [
            f'GenericLanguage "{code}" "{code}" "utf-8"',
            f'AddVoice "{code}" "MALE1" "{code}"',
        ]
    (tmp_path / "conf" / "modules" / "recorder.conf").write_text(
        "\n".join(lines) + "\n", encoding="utf-8"
    )
    server = subprocess.Popen(
        [program, "-s", "-t", "0", "-C", str(tmp_path / "conf"), "-m", modules],
        env={**os.environ, "XDG_RUNTIME_DIR": str(tmp_path / "run")},
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        deadline = time.monotonic() + 10
        while not socket.exists():
            assert server.poll() is None, (tmp_path / "speech-dispatcher.log").read_text()
            assert time.monotonic() < deadline, "Speech Dispatcher did not open its socket"
            time.sleep(0.05)
        monkeypatch.setenv("SPEECHD_ADDRESS", f"unix_socket:{socket}")
        monkeypatch.setenv("XDG_RUNTIME_DIR", str(tmp_path / "run"))
        yield spoken
    finally:
        server.terminate()
        try:
            server.wait(timeout=10)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait(timeout=10)


def test_speech_dispatcher_says_each_language_with_its_voice(
    qtbot: QtBot, dispatcher: Path, narrator: Narrator
) -> None:
    def lines() -> list[list[str]]:
        if not dispatcher.exists():
            return []
        return [line.split("\t") for line in dispatcher.read_text("utf-8").splitlines()]

    engine = SpeechEngine("speechd")
    try:
        assert engine.engine_name() == "speechd"
        assert engine.missing_languages(LANGUAGES) == []
        guidance = GuidanceController(engine, narrator, mode="always")
        guidance.set_default_language("en")
        screen = StaticScreen("Your number", "")
        for code in ("en", "es", "et", "ar"):
            guidance.set_language(code)
            guidance.show_screen(screen)
            guidance.show_ticket("A-42")

            def recorded(code: str = code) -> bool:
                return any(language == code and "4" in text for language, _, text in lines())

            qtbot.waitUntil(recorded, timeout=10_000)
    finally:
        engine.stop()
        engine.deleteLater()
    heard = lines()
    tickets = {language: text for language, _voice, text in heard if "4" in text}
    assert tickets["en"].startswith("Your number is A, 4, 2.")
    assert tickets["es"].startswith("Su número es A, 4, 2.")
    assert tickets["et"].startswith("Teie number on A, 4, 2.")
    assert tickets["ar"].startswith("رقمك هو A، 4، 2.")
    assert {voice for language, voice, _text in heard if language == voice} == {
        "en",
        "es",
        "et",
        "ar",
    }
