"""Reusable touch widgets: field widgets and their factory, buttons, grid, spinner."""
