"""The printing settings, as the environment gives them."""

from __future__ import annotations

from pathlib import Path

import pytest
from pydantic import ValidationError

from kiosk.config import KioskSettings
from kiosk.printing.spec import make_target
from kiosk.printing.targets import PdfTarget


def test_printing_is_off_by_default(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("PRINTER", "PRINT_MODE", "PAPER_MM", "QR_URL", "TICKET_LOGO"):
        monkeypatch.delenv(f"KIOSK_{name}", raising=False)
    monkeypatch.delenv("KIOSK_SHOW_WAITING_COUNT", raising=False)
    settings = KioskSettings()
    assert settings.printer is None
    assert make_target(settings.printer, settings.paper_mm) is None
    assert settings.print_mode == "auto"
    assert settings.paper_mm == 80
    assert settings.qr_url is None
    assert settings.ticket_logo is None
    assert settings.show_waiting_count is False


def test_printing_settings_from_the_environment(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("KIOSK_PRINTER", f"pdf:{tmp_path}")
    monkeypatch.setenv("KIOSK_PRINT_MODE", "button")
    monkeypatch.setenv("KIOSK_PAPER_MM", "58")
    monkeypatch.setenv("KIOSK_QR_URL", "https://example.org/q/{ticket_id}")
    monkeypatch.setenv("KIOSK_TICKET_LOGO", str(tmp_path / "logo.png"))
    monkeypatch.setenv("KIOSK_SHOW_WAITING_COUNT", "true")
    settings = KioskSettings()
    assert settings.print_mode == "button"
    assert settings.paper_mm == 58
    assert settings.qr_url == "https://example.org/q/{ticket_id}"
    assert settings.ticket_logo == tmp_path / "logo.png"
    assert settings.show_waiting_count is True
    target = make_target(settings.printer, settings.paper_mm)
    assert isinstance(target, PdfTarget)
    assert target.path == tmp_path
    assert target.paper_mm == 58


@pytest.mark.parametrize(("name", "value"), [("PAPER_MM", "60"), ("PRINT_MODE", "always")])
def test_unknown_values_are_refused(monkeypatch: pytest.MonkeyPatch, name: str, value: str) -> None:
    monkeypatch.setenv(f"KIOSK_{name}", value)
    with pytest.raises(ValidationError):
        KioskSettings()
