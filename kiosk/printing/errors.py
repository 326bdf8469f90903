"""Why a ticket did not print. Messages name the printer and the cause, never ticket content."""

from __future__ import annotations


class PrintError(Exception):
    """Base of every printing failure."""


class PrinterMissing(PrintError):
    """The printer is not there: unknown name, not connected, nothing listening."""


class PrinterUnavailable(PrintError):
    """The printer reports that it cannot print now: offline, paper out, stopped, in error."""


class PrintFailed(PrintError):
    """The driver failed while printing (an exception inside it, a write error)."""


class BadPrinterSpec(ValueError):
    """The printer setting cannot be understood; the message says which form is expected."""
