"""Raw ESC/POS thermal printers (network or USB) through python-escpos.

The slip goes as one raster image (``GS v 0``), drawn by `kiosk.printing.layout` with TrueType
fonts: no code pages, no printer fonts, so every script prints legibly on any ESC/POS printer.
python-escpos is imported on first use (it takes a quarter of a second to load).

Status: before a job the printer is asked for its real-time status (``DLE EOT 1`` online,
``DLE EOT 4`` paper sensor). A printer that cannot be reached is MISSING; one that answers
"offline" or "paper out" is UNAVAILABLE; one that does not answer in time is UNKNOWN, and
the job is tried (many printers on a one-way link never answer; such a printer is not asked
again, so later jobs do not wait for it).
"""

from __future__ import annotations

import logging
import socket
from collections.abc import Callable
from typing import Any

from kiosk.printing.errors import PrinterMissing, PrintError, PrintFailed
from kiosk.printing.targets import READY, PrinterState, PrinterStatus
from kiosk.printing.ticket import PaperWidth, TicketPrint

log = logging.getLogger("kiosk.printing")

PROFILES: dict[int, str] = {58: "POS-5890", 80: "TM-T20II"}
"""python-escpos capability profiles with the head widths of `HEAD_DOTS` (384 and 576 dots)."""

DLE_EOT_ONLINE = b"\x10\x04\x01"
DLE_EOT_PAPER = b"\x10\x04\x04"
OFFLINE_BIT = 0x08
PAPER_OUT_BITS = 0x60
STATUS_TIMEOUT = 1.0
"""Seconds to wait for a status answer before calling the printer's state unknown."""

_NO_ANSWER = PrinterStatus(PrinterState.UNKNOWN, "no status answer")

Connect = Callable[[], Any]
"""Makes a python-escpos printer object, connected; raises when the printer is not there."""


def _escpos_error(exc: Exception) -> str:
    return f"{type(exc).__name__}: {str(exc).strip()[:160]}"


class EscPosTarget:
    """An ESC/POS printer; ``connect`` makes a fresh python-escpos printer for each job."""

    def __init__(
        self,
        connect: Connect,
        paper_mm: PaperWidth = 80,
        *,
        name: str = "ESC/POS printer",
        cut: bool = True,
        status_timeout: float = STATUS_TIMEOUT,
    ) -> None:
        self._connect = connect
        self.paper_mm: PaperWidth = paper_mm
        self._name = name
        self.cut = cut
        self.status_timeout = status_timeout
        self._silent = False  # it did not answer a status query: do not wait on it again

    @property
    def name(self) -> str:
        return self._name

    @property
    def dots(self) -> int:
        """Raster width sent to the printer."""
        from kiosk.printing.raster import HEAD_DOTS

        return HEAD_DOTS[self.paper_mm]

    @classmethod
    def network(
        cls, host: str, port: int = 9100, paper_mm: PaperWidth = 80, timeout: float = 5.0
    ) -> EscPosTarget:
        """A printer on the network (raw TCP, usually port 9100)."""

        def connect() -> Any:
            from escpos.printer import Network

            # Connected here rather than by python-escpos, whose open() leaves the socket of a
            # refused connection unclosed.
            connection = socket.create_connection((host, port), timeout=timeout)
            printer = Network(host, port, timeout=timeout, profile=PROFILES[paper_mm])
            printer.device = connection
            return printer

        return cls(connect, paper_mm, name=f"ESC/POS {host}:{port}")

    @classmethod
    def usb(
        cls, vendor: int, product: int, paper_mm: PaperWidth = 80, timeout_ms: int = 5000
    ) -> EscPosTarget:
        """A printer on USB, by vendor and product id (needs libusb)."""

        def connect() -> Any:
            from escpos.printer import Usb

            printer = Usb(vendor, product, timeout=timeout_ms, profile=PROFILES[paper_mm])
            printer.open()
            return printer

        return cls(connect, paper_mm, name=f"ESC/POS USB {vendor:04x}:{product:04x}")

    # -- status --------------------------------------------------------------------------------

    def status(self) -> PrinterStatus:
        try:
            printer = self._open()
        except PrinterMissing as exc:
            return PrinterStatus(PrinterState.MISSING, str(exc))
        try:
            return self._query(printer)
        finally:
            _close(printer)

    def _query(self, printer: Any) -> PrinterStatus:
        if self._silent:
            return _NO_ANSWER
        device = getattr(printer, "device", None)
        if isinstance(device, socket.socket):
            device.settimeout(self.status_timeout)
        try:
            online = printer.query_status(DLE_EOT_ONLINE)
            paper = printer.query_status(DLE_EOT_PAPER)
        except (NotImplementedError, TimeoutError, AttributeError):
            self._silent = True
            return _NO_ANSWER
        except Exception as exc:
            if "Timeout" in type(exc).__name__:  # pyusb's USBTimeoutError
                self._silent = True
                return _NO_ANSWER
            log.info("%s: status query failed: %s", self.name, _escpos_error(exc))
            return PrinterStatus(PrinterState.UNAVAILABLE, "status query failed")
        if not online:
            self._silent = True
            return _NO_ANSWER
        if paper and paper[0] & PAPER_OUT_BITS == PAPER_OUT_BITS:
            return PrinterStatus(PrinterState.UNAVAILABLE, "paper out")
        if online[0] & OFFLINE_BIT:
            return PrinterStatus(PrinterState.UNAVAILABLE, "offline")
        return READY

    # -- printing ------------------------------------------------------------------------------

    def print_ticket(self, ticket: TicketPrint) -> None:
        # Drawing needs Qt's painter, Pillow and the QR encoder: loaded on the first slip, so
        # the kiosk's start does not wait for them.
        from kiosk.printing.raster import render_raster, to_pil

        image = to_pil(render_raster(ticket, self.paper_mm))
        printer = self._open()
        try:
            printer.hw("INIT")
            printer.image(image, impl="bitImageRaster", center=False)
            if self.cut:
                printer.cut(feed=False)  # GS V 66 0: feed to the cutter, then cut
        except PrintError:
            raise
        except Exception as exc:
            raise PrintFailed(f"{self.name}: {_escpos_error(exc)}") from None
        finally:
            _close(printer)

    def _open(self) -> Any:
        try:
            printer = self._connect()
        except Exception as exc:
            raise PrinterMissing(f"{self.name}: {_escpos_error(exc)}") from None
        return printer


def _close(printer: Any) -> None:
    try:
        printer.close()
    except Exception as exc:
        log.debug("closing the printer failed: %s", _escpos_error(exc))
