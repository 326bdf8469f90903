"""phonenumbers without its geocoding, carrier and time-zone data (replaces the hook from
pyinstaller-hooks-contrib). The kiosk parses, validates and formats numbers; that needs the
metadata in phonenumbers.data and phonenumbers.shortdata, which are loaded by name."""

from __future__ import annotations

from PyInstaller.utils.hooks import collect_submodules

UNUSED = tuple(
    f"phonenumbers.{name}"
    for name in ("geocoder", "geodata", "carrier", "carrierdata", "timezone", "tzdata")
)

hiddenimports = collect_submodules("phonenumbers", filter=lambda name: not name.startswith(UNUSED))
