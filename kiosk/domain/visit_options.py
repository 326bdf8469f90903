"""Which extra ways in the kiosk offers: "I have an appointment", the remote-join QR code, and
the location's own privacy notice.

* `appointments_offered`: setting `appointments` is "on", "off" or "auto" (the default):
  offered where at least one line visitors may join takes appointments
  (`Line.appointmentSettings.enabled`).
* `remote_join_url`: the Visitor Website's address, when `remote_join_qr` is on and the
  location allows remote sign-in (`Location.visitPlanner { url remoteSignIn }`); https only.
* `privacy_text_for`: the configured `privacy_text` for the visitor's language (exact code,
  then the base language), else None: the UI then shows its built-in, translated sentence.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Literal
from urllib.parse import urlsplit

from kiosk.domain.i18n import base_code, normalise_code
from kiosk.domain.models import Location

AppointmentsMode = Literal["auto", "on", "off"]


def appointments_offered(mode: AppointmentsMode, location: Location) -> bool:
    """Whether the Service screen offers "I have an appointment"."""
    if mode == "on":
        return True
    if mode == "off":
        return False
    return any(line.offered and line.takes_appointments for line in location.lines)


def remote_join_url(enabled: bool, location: Location) -> str | None:
    """The address Welcome's QR code opens, or None when there is to be no code."""
    planner = location.visit_planner
    if not enabled or planner is None or not planner.remote_sign_in:
        return None
    url = planner.url.strip()
    try:
        parts = urlsplit(url)
    except ValueError:
        return None
    if parts.scheme != "https" or not parts.hostname or any(ch.isspace() for ch in url):
        return None
    return url


def privacy_text_for(texts: Mapping[str, str], language: str) -> str | None:
    """The location's privacy notice for `language`, or None for the built-in one."""
    usable = {normalise_code(code): text.strip() for code, text in texts.items() if text.strip()}
    wanted = normalise_code(language)
    if wanted in usable:
        return usable[wanted]
    return usable.get(base_code(wanted))
