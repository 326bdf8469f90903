"""python-escpos (thermal ticket printers) with its printer profiles, capabilities.json, which
it reads from its own folder at import time. No hook for it ships with PyInstaller."""

from __future__ import annotations

from PyInstaller.utils.hooks import collect_data_files

datas = collect_data_files("escpos")
