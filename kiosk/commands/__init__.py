"""The kiosk's command-line tools for whoever installs it: ``check-config``, ``set-key``,
``set-pin``. They print plain text and return an exit status; no window opens.
"""
