"""What the visitor reads on the way in with an appointment, on Welcome's remote-join code and
in the privacy notice: the sentences, translated with Qt Linguist in the ``AppointmentTexts``
context (methods of the `AppointmentTexts` object, so ``pyside6-lupdate`` files them there).

Names, times and service names dropped into a sentence are isolated (`kiosk.ui.bidi`), so a
Latin name stays whole in an Arabic sentence and the other way round; times stay left to
right. Placeholders are filled in one pass, so a name containing "%2" is shown as typed.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QObject

from kiosk.ui.bidi import isolate, left_to_right

_PLACEHOLDER = re.compile(r"%([1-9])")


def fill(pattern: str, *values: str) -> str:
    """`pattern` with %1, %2... replaced by `values`, in one pass."""

    def value(match: re.Match[str]) -> str:
        index = int(match.group(1)) - 1
        return values[index] if index < len(values) else match.group(0)

    return _PLACEHOLDER.sub(value, pattern)


class AppointmentTexts(QObject):
    """The translation context of the appointment, remote-join and privacy texts.

    Signals:
        None.
    """

    # -- the way in ---------------------------------------------------------------------------

    def offer(self) -> str:
        """The Service screen's button next to the services."""
        return self.tr("I have an appointment")

    def lookup_heading(self) -> str:
        return self.tr("Find your appointment")

    def phone_prompt(self) -> str:
        return self.tr("Enter the phone number you booked with")

    def find(self) -> str:
        return self.tr("Find my appointment")

    def searching(self) -> str:
        return self.tr("Looking for your appointment…")

    def paused(self) -> str:
        """Shown while lookups are paused after too many misses."""
        return self.tr("Too many searches. Please wait a moment and try again.")

    # -- what was found -----------------------------------------------------------------------

    def confirm_one(self) -> str:
        return self.tr("Is this your appointment?")

    def choose_one(self) -> str:
        return self.tr("Which appointment are you here for?")

    def summary(self, name: str, time: str, service: str) -> str:
        """One appointment: "Maria T., 10:30, General enquiries" (name may be empty)."""
        if not name:
            return fill(
                self.tr("%1, %2", "appointment: time, service"),
                left_to_right(time),
                isolate(service),
            )
        return fill(
            self.tr("%1, %2, %3", "appointment: name, time, service"),
            isolate(name),
            left_to_right(time),
            isolate(service),
        )

    def check_in(self) -> str:
        return self.tr("Check in")

    def not_found(self) -> str:
        return self.tr("We could not find an appointment for today with this number.")

    def try_again(self) -> str:
        return self.tr("Try again")

    def walk_in(self) -> str:
        """The walk-in path, with the typed number already filled in."""
        return self.tr("Check in without an appointment")

    # -- the check-in window and the outcome --------------------------------------------------

    def too_early(self, starts: str, opens: str) -> str:
        return fill(
            self.tr("Your appointment is at %1; you can check in from %2."),
            left_to_right(starts),
            left_to_right(opens),
        )

    def too_late(self, starts: str) -> str:
        return fill(
            self.tr("Your appointment was at %1. Please see the front desk."),
            left_to_right(starts),
        )

    def checked_in(self, first_name: str) -> str:
        """The confirmation when Qminder gives no ticket number."""
        if not first_name:
            return self.tr("You're checked in. Please take a seat.")
        return fill(self.tr("You're checked in, %1. Please take a seat."), isolate(first_name))

    def not_checked_in(self) -> str:
        """Qminder refused the check-in (cancelled, unknown): the visitor sees staff."""
        return self.tr("We could not check you in. Please see the front desk.")

    # -- Welcome's remote-join code and the privacy notice ------------------------------------

    def remote_join(self) -> str:
        return self.tr("Skip the screen: scan to join on your phone")

    def privacy_notice(self) -> str:
        """The built-in notice, when the location configured none for the language."""
        return self.tr("We use your details only to call you and to serve you today.")

    def privacy_policy(self) -> str:
        return self.tr("Scan to read our full privacy policy")
