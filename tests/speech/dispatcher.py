"""A private Speech Dispatcher for tests and benchmarks: its own socket and configuration,
and an output module (sd_generic) that writes down the language, voice and text of every
message instead of playing it.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

MODULE_DIRS = ("/usr/lib/speech-dispatcher-modules", "/usr/lib64/speech-dispatcher-modules")
LANGUAGES = ("en", "es", "et", "ru", "ar", "fr", "de")

RECORDER = """#!/bin/sh
# Called by sd_generic for each message: language, voice, text.
printf '%s\\t%s\\t%s\\n' "$1" "$2" "$3" >> "{out}"
"""


def what_is_missing() -> str | None:
    """None when a private dispatcher can run here, else what is not installed."""
    if shutil.which("speech-dispatcher") is None:
        return "speech-dispatcher"
    if not any(Path(d, "sd_generic").exists() for d in MODULE_DIRS):
        return "speech-dispatcher's sd_generic module"
    return None


@contextmanager
def private_dispatcher(folder: Path) -> Iterator[tuple[Path, str]]:
    """Start Speech Dispatcher in `folder`; yields (the file it writes to, SPEECHD_ADDRESS)."""
    program = shutil.which("speech-dispatcher")
    modules = next((d for d in MODULE_DIRS if Path(d, "sd_generic").exists()), None)
    if program is None or modules is None:
        raise RuntimeError(f"{what_is_missing()} is not installed")
    spoken, run = folder / "spoken.tsv", folder / "run"
    socket = run / "speechd.sock"
    (folder / "conf" / "modules").mkdir(parents=True)
    run.mkdir()
    recorder = folder / "record.sh"
    recorder.write_text(RECORDER.format(out=spoken), encoding="utf-8")
    recorder.chmod(0o755)
    (folder / "conf" / "speechd.conf").write_text(
        f'CommunicationMethod "unix_socket"\nSocketPath "{socket}"\nTimeout 0\n'
        f'LogDir "{folder}"\nLogLevel 3\n'
        'AddModule "recorder" "sd_generic" "recorder.conf"\nDefaultModule recorder\n'
        'DefaultLanguage "en"\n'
        # No sound card on a CI machine: the module opens ALSA's null device (it plays
        # nothing anyway); without any audio output Speech Dispatcher refuses to start.
        'AudioOutputMethod "alsa"\nAudioALSADevice "null"\n',
        encoding="utf-8",
    )
    lines = [
        f"GenericExecuteSynth \"{recorder} '$LANGUAGE' '$VOICE' '$DATA'\"",
        # One call per message, not per clause: whole sentences are written down.
        'GenericDelimiters ""',
        "GenericMaxChunkLength 100000",
    ]
    for code in LANGUAGES:
        lines += [
            f'GenericLanguage "{code}" "{code}" "utf-8"',
            f'AddVoice "{code}" "MALE1" "{code}"',
        ]
    (folder / "conf" / "modules" / "recorder.conf").write_text(
        "\n".join(lines) + "\n", encoding="utf-8"
    )
    server = subprocess.Popen(
        [program, "-s", "-t", "0", "-C", str(folder / "conf"), "-m", modules],
        env={**os.environ, "XDG_RUNTIME_DIR": str(run)},
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        deadline = time.monotonic() + 10
        while not socket.exists():
            log = folder / "speech-dispatcher.log"
            assert server.poll() is None, log.read_text() if log.exists() else "no log"
            assert time.monotonic() < deadline, "Speech Dispatcher did not open its socket"
            time.sleep(0.05)
        yield spoken, f"unix_socket:{socket}"
    finally:
        server.terminate()
        try:
            server.wait(timeout=10)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait(timeout=10)


def recorded(spoken: Path) -> list[list[str]]:
    """[language, voice, text] of every message the output module was given."""
    if not spoken.exists():
        return []
    return [line.split("\t") for line in spoken.read_text("utf-8").splitlines()]
