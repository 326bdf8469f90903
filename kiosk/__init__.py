"""Qminder self-service check-in kiosk."""

__version__ = "0.1.0"
