"""One version for the package, the command line, the About line and the installers."""

from __future__ import annotations

import re
import subprocess
import sys
import tomllib

import pytest
from PySide6.QtCore import qVersion

from kiosk import __version__
from kiosk.shell.about import PRODUCT_NAME, about_line

from .conftest import ROOT


def test_the_package_version_is_the_only_one() -> None:
    pyproject = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert "version" in pyproject["project"]["dynamic"]
    assert pyproject["tool"]["setuptools"]["dynamic"]["version"] == {"attr": "kiosk.__version__"}
    assert re.fullmatch(r"\d+\.\d+\.\d+", __version__)


def test_the_about_line_names_the_product_version_and_qt() -> None:
    line = about_line()
    assert line.startswith(f"{PRODUCT_NAME} {__version__} ")
    assert f"Qt {qVersion()}" in line
    assert "packaged" not in line


@pytest.mark.e2e
def test_kiosk_version_prints_it() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "kiosk", "--version"],
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    assert done.stdout.strip() == f"kiosk {__version__}"
