"""Print the screen-reader announcements every application makes, as JSON, until stdin closes.

Runs under the system's Python with Debian's pyatspi: ``python3 atspi_listen.py``. Prints
``ready`` once listening, then, when its standard input is closed, one JSON list of
``{"text": ..., "source": ...}``.
"""

import json
import sys

import pyatspi
from gi.repository import GLib

heard = []


def on_announcement(event):
    source = event.source.name if event.source is not None else ""
    heard.append({"text": str(event.any_data), "source": source})


def on_stdin(_channel, _condition):
    # The events already sent reach us before the end of input (one bus, in order).
    GLib.timeout_add(200, stop)
    return False


def stop():
    pyatspi.Registry.stop()
    return False


def main():
    pyatspi.Registry.registerEventListener(on_announcement, "object:announcement")
    GLib.io_add_watch(
        GLib.IOChannel.unix_new(sys.stdin.fileno()), GLib.IO_IN | GLib.IO_HUP, on_stdin
    )
    GLib.timeout_add(60_000, stop)
    sys.stdout.write("ready\n")
    sys.stdout.flush()
    pyatspi.Registry.start()
    sys.stdout.write(json.dumps(heard) + "\n")
    sys.stdout.flush()
    return 0


if __name__ == "__main__":
    sys.exit(main())
