"""The settings' fields, one module per group; `kiosk.config.settings` puts them together."""
