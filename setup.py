"""Build hook: compile the Qt Linguist translations before the package is built or installed.

Everything else about the package is declared in pyproject.toml. ``pip install .`` and
``pip install -e .`` both run the ``build_qm`` step, which turns ``resources/i18n/*.ts`` into
``.qm`` catalogues next to them with ``lrelease`` from PySide6-Essentials (a build
requirement). The catalogues are not committed. If the step cannot run, the kiosk compiles a
missing catalogue at start-up instead (kiosk/ui/translations.py).
"""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType
from typing import ClassVar

from setuptools import Command, setup
from setuptools.command.build import build

ROOT = Path(__file__).resolve().parent
TRANSLATIONS = ROOT / "resources" / "i18n"


def _qm_compiler() -> ModuleType:
    """kiosk/ui/qm_compiler.py, loaded by path: importing the kiosk package needs Qt."""
    spec = importlib.util.spec_from_file_location(
        "_kiosk_qm_compiler", ROOT / "kiosk" / "ui" / "qm_compiler.py"
    )
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


class BuildQm(Command):
    """Compile every out-of-date ``resources/i18n/*.ts`` into a ``.qm`` beside it."""

    description = "compile Qt Linguist translations (.ts -> .qm)"
    user_options: ClassVar[list[tuple[str, str | None, str]]] = []
    editable_mode = False

    def initialize_options(self) -> None:
        pass

    def finalize_options(self) -> None:
        pass

    def run(self) -> None:
        compiler = _qm_compiler()
        lrelease = compiler.find_lrelease()
        if lrelease is None:
            self.warn("lrelease not found: translations will be compiled when the kiosk starts")
            return
        for catalogue in compiler.compile_folder(TRANSLATIONS, lrelease):
            self.announce(f"compiled {catalogue.relative_to(ROOT)}", level=2)
        missing = [p.name for p in TRANSLATIONS.glob("*.ts") if not p.with_suffix(".qm").is_file()]
        if missing:
            self.warn(f"could not compile {', '.join(missing)}")

    # The sub-command protocol of setuptools' build (used for editable installs too).
    def get_source_files(self) -> list[str]:
        return [str(p.relative_to(ROOT)) for p in sorted(TRANSLATIONS.glob("*.ts"))]

    def get_outputs(self) -> list[str]:
        return [str(p.with_suffix(".qm")) for p in sorted(TRANSLATIONS.glob("*.ts"))]

    def get_output_mapping(self) -> dict[str, str]:
        return {}


class Build(build):
    """The standard build, translations first."""

    sub_commands: ClassVar = [("build_qm", None), *build.sub_commands]


setup(cmdclass={"build": Build, "build_qm": BuildQm})
