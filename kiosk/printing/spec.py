"""The ``printer`` setting: parsed into a `PrinterSpec`, then built into a target.

Forms (surrounding spaces ignored)::

    "" / "none" / "off"                 no printer: the number is shown on screen only
    "pdf:<folder or file.pdf>"          each slip written as a PDF
    "escpos-net:<host>[:<port>]"        raw ESC/POS over TCP (port 9100 by default; [v6]:port)
    "escpos-usb:<vendor>:<product>"     raw ESC/POS over USB (hex ids, "0x" optional)
    "system:<name>" / "system:"         a system printer by name / the default printer
    "<name>"                            a system printer by name (a name without ":")
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from kiosk.printing.errors import BadPrinterSpec
from kiosk.printing.targets import PdfTarget, PrintTarget, SystemPrinter
from kiosk.printing.thermal import EscPosTarget
from kiosk.printing.ticket import PAPER_WIDTHS, PaperWidth

DEFAULT_ESCPOS_PORT = 9100
OFF = frozenset({"", "none", "off", "no", "false"})

_HOST = re.compile(
    r"^(?:\[(?P<v6>[0-9A-Fa-f:.]+)\]|(?P<host>[A-Za-z0-9._-]+))(?::(?P<port>\d{1,5}))?$"
)
_HEX_ID = re.compile(r"^(?:0x)?([0-9A-Fa-f]{1,4})$")

Kind = Literal["pdf", "escpos-net", "escpos-usb", "system"]


@dataclass(frozen=True, slots=True)
class PrinterSpec:
    """A parsed ``printer`` setting."""

    kind: Kind
    path: Path | None = None
    host: str = ""
    port: int = DEFAULT_ESCPOS_PORT
    vendor: int = 0
    product: int = 0
    name: str = ""


def parse_printer_spec(spec: str | None) -> PrinterSpec | None:
    """The setting's meaning, None for no printer; `BadPrinterSpec` when it has none."""
    text = (spec or "").strip()
    if text.lower() in OFF:
        return None
    scheme, colon, rest = text.partition(":")
    if not colon:
        return PrinterSpec(kind="system", name=text)
    scheme = scheme.strip().lower()
    rest = rest.strip()
    if scheme == "pdf":
        if not rest:
            raise BadPrinterSpec("pdf: needs a folder or a .pdf file, e.g. pdf:/var/tickets")
        return PrinterSpec(kind="pdf", path=Path(rest).expanduser())
    if scheme == "escpos-net":
        return _network(rest)
    if scheme == "escpos-usb":
        return _usb(rest)
    if scheme == "system":
        return PrinterSpec(kind="system", name=rest)
    raise BadPrinterSpec(
        f"unknown printer kind {scheme!r}: use pdf:, escpos-net:, escpos-usb: or system:<name>"
    )


def _network(rest: str) -> PrinterSpec:
    match = _HOST.match(rest)
    if match is None:
        raise BadPrinterSpec("escpos-net: needs <host>[:<port>], e.g. escpos-net:192.168.1.50")
    port = int(match["port"]) if match["port"] else DEFAULT_ESCPOS_PORT
    if not 1 <= port <= 65535:
        raise BadPrinterSpec("escpos-net: port must be between 1 and 65535")
    return PrinterSpec(kind="escpos-net", host=match["v6"] or match["host"], port=port)


def _usb(rest: str) -> PrinterSpec:
    parts = [p.strip() for p in rest.split(":")]
    ids = [_HEX_ID.match(p) for p in parts]
    if len(parts) != 2 or not all(ids):
        raise BadPrinterSpec(
            "escpos-usb: needs <vendor>:<product> in hex, e.g. escpos-usb:04b8:0e15"
        )
    vendor, product = (int(m[1], 16) for m in ids if m)
    return PrinterSpec(kind="escpos-usb", vendor=vendor, product=product)


def make_target(spec: str | None, paper_mm: PaperWidth = 80) -> PrintTarget | None:
    """The target the ``printer`` setting names (None: printing is off).

    Nothing is opened or contacted here; `BadPrinterSpec` when the setting is not understood.
    """
    if paper_mm not in PAPER_WIDTHS:
        raise BadPrinterSpec(f"paper must be one of {PAPER_WIDTHS} mm")
    parsed = parse_printer_spec(spec)
    if parsed is None:
        return None
    if parsed.kind == "pdf":
        assert parsed.path is not None
        return PdfTarget(parsed.path, paper_mm)
    if parsed.kind == "escpos-net":
        return EscPosTarget.network(parsed.host, parsed.port, paper_mm)
    if parsed.kind == "escpos-usb":
        return EscPosTarget.usb(parsed.vendor, parsed.product, paper_mm)
    return SystemPrinter(parsed.name, paper_mm)
