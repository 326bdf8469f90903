"""The PDF folder and the system printer targets."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtPrintSupport import QPrinter

from kiosk.printing.errors import PrinterMissing
from kiosk.printing.targets import PdfTarget, PrinterState, SystemPrinter
from tests.printing import samples
from tests.printing.imaging import pdf_text


def test_a_pdf_folder_gets_one_file_per_ticket(tmp_path: Path) -> None:
    folder = tmp_path / "tickets" / "today"
    target = PdfTarget(folder, paper_mm=58)
    assert target.status().state == PrinterState.READY  # made on first print
    target.print_ticket(samples.ticket("en", "A-12"))
    first = target.last_path
    target.print_ticket(samples.ticket("en", "A/13"))
    second = target.last_path
    assert first is not None
    assert second is not None
    assert first.parent == second.parent == folder
    assert first.name.startswith("ticket-")
    assert first.name.endswith("-A-12.pdf")
    assert second.name.endswith("-A_13.pdf")
    assert sorted(p.name for p in folder.iterdir()) == sorted([first.name, second.name])
    assert "A-12" in pdf_text(first)


def test_a_pdf_file_path_is_replaced_each_time(tmp_path: Path) -> None:
    target = PdfTarget(tmp_path / "last.pdf")
    target.print_ticket(samples.ticket("en", "A-1"))
    target.print_ticket(samples.ticket("en", "A-2"))
    assert [p.name for p in tmp_path.iterdir()] == ["last.pdf"]
    assert "A-2" in pdf_text(tmp_path / "last.pdf")


def test_file_names_carry_the_time_and_a_safe_number() -> None:
    target = PdfTarget(Path("/tickets"))
    name = target.file_for(samples.ticket("en", "../ A 1"), dt.datetime(2026, 5, 6, 14, 20, 5))
    assert name == Path("/tickets/ticket-20260506-142005-_A_1.pdf")


def test_a_pdf_folder_under_a_file_is_missing(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    target = PdfTarget(blocker / "tickets")
    assert target.status().state == PrinterState.MISSING
    with pytest.raises(PrinterMissing):
        target.print_ticket(samples.ticket("en"))
    assert not list((tmp_path).glob("**/*.part"))


def test_an_unknown_system_printer_is_missing() -> None:
    target = SystemPrinter("no-such-printer-here", paper_mm=80)
    status = target.status()
    assert status.state == PrinterState.MISSING
    assert not status.can_print
    with pytest.raises(PrinterMissing, match="no-such-printer-here"):
        target.print_ticket(samples.ticket("en"))


def test_the_system_printer_job_draws_the_slip(tmp_path: Path) -> None:
    """The same painting code a spooler gets, sent to Qt's PDF printer instead."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    out = tmp_path / "job.pdf"
    printer.setOutputFileName(str(out))
    SystemPrinter("any", paper_mm=58).paint_on(printer, samples.ticket("ru", "D-4"))
    text = pdf_text(out)
    assert "D-4" in text
    assert samples.TEXTS["ru"][1] in text
