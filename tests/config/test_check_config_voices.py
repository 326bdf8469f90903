"""`kiosk check-config` names the offered languages audio guidance has no voice for."""

from __future__ import annotations

import io

from kiosk.commands.check_config import check_config
from kiosk.config import KioskSettings
from kiosk.sandbox import DEMO_API_KEY, DEMO_LOCATION_ID, SandboxServer


def report_with(sandbox: SandboxServer, engine: str, **changes: object) -> tuple[int, str]:
    values: dict[str, object] = {
        "base_url": sandbox.url,
        "api_key": DEMO_API_KEY,
        "location_id": DEMO_LOCATION_ID,
        **changes,
    }
    out = io.StringIO()
    status = check_config(
        KioskSettings(**values),  # type: ignore[arg-type]
        "test.toml",
        "the test",
        out,
        speech_engine=engine,
    )
    return status, out.getvalue()


def audio_line(report: str) -> str:
    return next(line for line in report.splitlines() if line.startswith("Audio guidance:"))


def test_languages_without_a_voice_are_named_with_the_language_spoken_instead(
    sandbox: SandboxServer,
) -> None:
    # Qt's mock engine speaks English, Norwegian and Finnish only.
    status, report = report_with(sandbox, "mock")
    line = audio_line(report)
    assert "on-demand, voices from mock" in line
    assert (
        "no voice for Español (es), Eesti (et), Русский (ru), العربية (ar), Français (fr),"
        " Deutsch (de): said in English (en) instead"
    ) in line
    assert status == 0, "the kiosk works: a missing voice falls back, it is not an error"


def test_a_kiosk_offering_only_voiced_languages_has_a_voice_for_each(
    sandbox: SandboxServer,
) -> None:
    _status, report = report_with(sandbox, "mock", languages=["en"])
    assert audio_line(report).endswith("voices from mock for every offered language")


def test_speech_off_says_so(sandbox: SandboxServer) -> None:
    _status, report = report_with(sandbox, "mock", speech="off")
    assert audio_line(report) == 'Audio guidance: off (speech = "off")'
