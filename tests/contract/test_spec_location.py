"""Finding Qminder's documents: env override, repository-relative default, skip or fail."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.contract import spec


def test_default_is_relative_to_the_repository_root(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.delenv("QMINDER_SPEC_DIR", raising=False)
    monkeypatch.chdir(tmp_path)
    assert spec.spec_dir() == (spec.REPO_ROOT / "../shared/qminder").resolve()


def test_relative_override_is_relative_to_the_repository_root(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("QMINDER_SPEC_DIR", "docs/qminder")
    monkeypatch.chdir(tmp_path)
    assert spec.spec_dir() == (spec.REPO_ROOT / "docs/qminder").resolve()


def test_absolute_override(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("QMINDER_SPEC_DIR", str(tmp_path))
    (tmp_path / "openapi.json").write_text("{}")
    assert spec.spec_file("openapi.json") == tmp_path / "openapi.json"


def test_missing_documents_skip_outside_ci(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("QMINDER_SPEC_DIR", str(tmp_path))
    monkeypatch.delenv("CI", raising=False)
    with pytest.raises(pytest.skip.Exception, match="QMINDER_SPEC_DIR"):
        spec.spec_file("openapi.json")


@pytest.mark.parametrize("value", ["true", "1", "yes"])
def test_missing_documents_fail_in_ci(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, value: str
) -> None:
    monkeypatch.setenv("QMINDER_SPEC_DIR", str(tmp_path))
    monkeypatch.setenv("CI", value)
    with pytest.raises(pytest.fail.Exception, match="QMINDER_SPEC_DIR"):
        spec.spec_file("schema.graphqls")
