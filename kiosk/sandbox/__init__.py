"""A Qminder-compatible HTTP server on loopback: the kiosk's demo mode and its test counterpart.

It serves `POST /tickets`, `POST /graphql` and the `/v1` reads the kiosk uses, for one seeded
demo location, and can play faults (latency, 503, 429, 500 after create, dropped connections,
malformed JSON, down). It shares no code with the kiosk's API client.
"""

from kiosk.sandbox.faults import Faults
from kiosk.sandbox.recorder import RecordedRequest
from kiosk.sandbox.seed import DEMO_API_KEY, DEMO_LOCATION, DEMO_LOCATION_ID
from kiosk.sandbox.server import SandboxServer
from kiosk.sandbox.store import Ticket

__all__ = [
    "DEMO_API_KEY",
    "DEMO_LOCATION",
    "DEMO_LOCATION_ID",
    "Faults",
    "RecordedRequest",
    "SandboxServer",
    "Ticket",
]
