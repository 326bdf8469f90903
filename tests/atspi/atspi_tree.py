"""Print the AT-SPI tree of one running application as JSON (what a screen reader sees).

Runs under the system's Python with Debian's pyatspi (python3-pyatspi), not the kiosk's
virtual environment: ``python3 atspi_tree.py <pid>``. Only objects that are showing are
listed (a hidden screen's controls are not on the screen reader's screen either).
"""

import json
import sys

import pyatspi


def node(accessible, depth):
    states = accessible.getState()
    return {
        "role": accessible.getRoleName(),
        "name": accessible.name or "",
        "description": accessible.description or "",
        "depth": depth,
        "checked": states.contains(pyatspi.STATE_CHECKED),
        "focusable": states.contains(pyatspi.STATE_FOCUSABLE),
    }


def walk(accessible, depth, out):
    if depth > 0 and not accessible.getState().contains(pyatspi.STATE_SHOWING):
        return
    out.append(node(accessible, depth))
    for index in range(accessible.childCount):
        child = accessible.getChildAtIndex(index)
        if child is not None:
            walk(child, depth + 1, out)


def main():
    pid = int(sys.argv[1])
    desktop = pyatspi.Registry.getDesktop(0)
    apps = [app for app in desktop if app is not None]
    mine = [app for app in apps if app.get_process_id() == pid]
    if not mine:
        json.dump(
            {"error": "application not on the bus", "apps": [a.name for a in apps]}, sys.stdout
        )
        return 1
    out = []
    walk(mine[0], 0, out)
    json.dump({"application": mine[0].name, "nodes": out}, sys.stdout)
    return 0


if __name__ == "__main__":
    sys.exit(main())
