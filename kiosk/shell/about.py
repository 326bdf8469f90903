"""The one-line description of this installation, for the Admin panel and support requests.

Kept out of ``kiosk/__init__.py``: the Qt-free layers import the package for ``__version__``,
and this module needs Qt for its version.
"""

from __future__ import annotations

import sys

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import qVersion

from kiosk import __version__

PRODUCT_NAME = "Qminder check-in kiosk"


def about_line() -> str:
    """E.g. ``"Qminder check-in kiosk 0.1.0 · Qt 6.11.3 (PySide6 6.11.3)"``.

    A packaged build (PyInstaller) says so, because support needs to know which one it is.
    """
    build = " · packaged" if getattr(sys, "frozen", False) else ""
    return f"{PRODUCT_NAME} {__version__} · Qt {qVersion()} (PySide6 {pyside_version}){build}"
