"""Prometheus's own checker, `promtool` (Debian package `prometheus`).

Where it is missing the checks are skipped with the reason, except in CI (CI=true), where a
missing promtool is a failure: .ci/run installs it.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest


def promtool() -> str:
    found = shutil.which("promtool")
    if found is None:
        if os.environ.get("CI") == "true":
            pytest.fail("promtool is missing in CI: .ci/run installs the Debian package prometheus")
        pytest.skip("promtool is not installed (Debian package prometheus)")
    return found


def check_metrics(text: str) -> None:
    """`promtool check metrics` on a metrics text: it must pass without a complaint."""
    result = subprocess.run(
        [promtool(), "check", "metrics"],
        input=text,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    complaints = (result.stdout + result.stderr).strip()
    assert complaints == "", complaints


def check_rules(path: Path) -> str:
    result = subprocess.run(
        [promtool(), "check", "rules", str(path)],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    return result.stdout
