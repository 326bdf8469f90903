"""Where slips go: the `PrintTarget` protocol, a PDF folder, and a system printer.

Every method of a target blocks (file system, print spooler, network): call them from a
worker thread, never from the GUI thread. The ESC/POS target lives in `kiosk.printing.thermal`.
"""

from __future__ import annotations

import datetime as dt
import logging
import os
import re
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import Protocol, runtime_checkable

from PySide6.QtPrintSupport import QPrinter, QPrinterInfo

from kiosk.printing.errors import PrinterMissing, PrinterUnavailable, PrintFailed
from kiosk.printing.ticket import PaperWidth, TicketPrint

log = logging.getLogger("kiosk.printing")


class PrinterState(StrEnum):
    """What a printer says about itself before a job."""

    READY = "ready"
    UNKNOWN = "unknown"  # it cannot tell (a one-way link): printing is attempted anyway
    UNAVAILABLE = "unavailable"  # offline, out of paper, stopped or in error
    MISSING = "missing"  # not installed, not connected, nothing listening


@dataclass(frozen=True, slots=True)
class PrinterStatus:
    state: PrinterState
    detail: str = ""

    @property
    def can_print(self) -> bool:
        return self.state in (PrinterState.READY, PrinterState.UNKNOWN)

    def raise_if_cannot_print(self, name: str) -> None:
        """Raise `PrinterMissing` or `PrinterUnavailable` unless printing may be tried."""
        if self.state == PrinterState.MISSING:
            raise PrinterMissing(f"{name}: {self.detail or 'not found'}")
        if self.state == PrinterState.UNAVAILABLE:
            raise PrinterUnavailable(f"{name}: {self.detail or 'not ready'}")


READY = PrinterStatus(PrinterState.READY)


@runtime_checkable
class PrintTarget(Protocol):
    """A place slips are printed to. Both methods block; neither is called on the GUI thread."""

    @property
    def name(self) -> str:
        """A short description for logs and the Admin view (no secrets)."""
        ...

    def status(self) -> PrinterStatus:
        """Ask the printer whether it can print now."""
        ...

    def print_ticket(self, ticket: TicketPrint) -> None:
        """Print one slip; raises a `kiosk.printing.errors.PrintError` when it does not."""
        ...


_UNSAFE = re.compile(r"[^A-Za-z0-9_-]+")


class PdfTarget:
    """Writes each slip as a PDF: to ``path`` itself when it ends in ``.pdf``, else into the
    folder ``path`` as ``ticket-<date>-<time>-<number>.pdf``. Files appear whole (written
    beside, then renamed)."""

    def __init__(self, path: Path, paper_mm: PaperWidth = 80) -> None:
        self.path = path
        self.paper_mm: PaperWidth = paper_mm
        self.last_path: Path | None = None

    @property
    def name(self) -> str:
        return f"PDF ({self.path})"

    @property
    def folder(self) -> Path:
        return self.path.parent if self.path.suffix.lower() == ".pdf" else self.path

    def status(self) -> PrinterStatus:
        folder = self.folder
        existing = folder
        while not existing.exists() and existing != existing.parent:
            existing = existing.parent
        if not existing.is_dir():
            return PrinterStatus(PrinterState.MISSING, f"{existing} is not a folder")
        if not os.access(existing, os.W_OK):
            return PrinterStatus(PrinterState.UNAVAILABLE, f"{existing} is not writable")
        return READY

    def file_for(self, ticket: TicketPrint, now: dt.datetime | None = None) -> Path:
        if self.path.suffix.lower() == ".pdf":
            return self.path
        moment = (now or dt.datetime.now()).strftime("%Y%m%d-%H%M%S")
        number = _UNSAFE.sub("_", ticket.public_id.strip())[:32] or "ticket"
        return self.path / f"ticket-{moment}-{number}.pdf"

    def print_ticket(self, ticket: TicketPrint) -> None:
        self.status().raise_if_cannot_print(self.name)
        target = self.file_for(ticket)
        partial = target.with_name(target.name + ".part")
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
            from kiosk.printing.pdf import write_pdf  # loaded on the first slip, not at start

            write_pdf(ticket, partial, self.paper_mm)
            os.replace(partial, target)
        except OSError as exc:
            partial.unlink(missing_ok=True)
            raise PrintFailed(f"{self.name}: {type(exc).__name__}: {exc.strerror}") from None
        except PrintFailed:
            partial.unlink(missing_ok=True)
            raise
        self.last_path = target


_STOPPED = (QPrinter.PrinterState.Error, QPrinter.PrinterState.Aborted)


class SystemPrinter:
    """A printer installed in the operating system (CUPS, the Windows spooler), by name;
    an empty name means the default printer. The slip is drawn at the printer's resolution
    on a page as wide as the roll and as long as the slip."""

    def __init__(self, printer_name: str = "", paper_mm: PaperWidth = 80) -> None:
        self.printer_name = printer_name.strip()
        self.paper_mm: PaperWidth = paper_mm

    @property
    def name(self) -> str:
        return f"system printer {self.printer_name!r}" if self.printer_name else "default printer"

    def _info(self) -> QPrinterInfo:
        if self.printer_name:
            return QPrinterInfo.printerInfo(self.printer_name)
        return QPrinterInfo.defaultPrinter()

    def status(self) -> PrinterStatus:
        info = self._info()
        if info.isNull():
            return PrinterStatus(PrinterState.MISSING, "not installed")
        if info.state() in _STOPPED:
            return PrinterStatus(PrinterState.UNAVAILABLE, "stopped or in error")
        return READY

    def print_ticket(self, ticket: TicketPrint) -> None:
        info = self._info()
        if info.isNull():
            raise PrinterMissing(f"{self.name}: not installed")
        if info.state() in _STOPPED:
            raise PrinterUnavailable(f"{self.name}: stopped or in error")
        printer = QPrinter(info, QPrinter.PrinterMode.HighResolution)
        self.paint_on(printer, ticket)

    def paint_on(self, printer: QPrinter, ticket: TicketPrint) -> None:
        """Draw the slip as one job on ``printer`` (a real printer, or a PDF file in tests)."""
        # Loaded on the first slip, not at start (the layout brings the QR encoder).
        from kiosk.printing.layout import TicketLayout
        from kiosk.printing.page import page_layout, paint_job

        printer.setDocName("Ticket")
        printer.setFullPage(True)
        layout = TicketLayout(ticket, self.paper_mm, dpi=float(printer.resolution()))
        if not printer.setPageLayout(page_layout(layout)):
            log.info("%s did not take the slip's page size; printing on its own", self.name)
        finished = paint_job(layout, printer, f"{self.name}: the job could not be started")
        if not finished or printer.printerState() in _STOPPED:
            raise PrintFailed(f"{self.name}: the job was not accepted")
