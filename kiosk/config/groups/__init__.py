"""The settings' fields, one module per group of related settings, each with its own checks.

`kiosk.config.settings.KioskSettings` puts the groups together. No Qt here.
"""
