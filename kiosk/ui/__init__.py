"""The kiosk's widgets: screens with render methods and intent signals, field widgets, theme.

Nothing here talks to the network or starts asyncio tasks; `kiosk.shell.run` wires the screens'
signals to the controllers and calls their render methods.
"""
