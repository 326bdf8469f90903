"""The demo location the sandbox serves: languages, lines, input fields and opening hours.

Ids are fixed so tests and demos can refer to them. Line letters for public ids follow the order
of `LINES` (A, B, C, ...).
"""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime

from kiosk.sandbox.model import (
    Hours,
    Language,
    Line,
    Location,
    OpeningException,
    VisitPlanner,
)
from kiosk.sandbox.seed_fields import (
    FIELD_AMOUNT,
    FIELD_BIRTH_DATE,
    FIELD_CASE_LINK,
    FIELD_CONTACT,
    FIELD_DOCUMENTS,
    FIELD_EMAIL,
    FIELD_FIRST_NAME,
    FIELD_GROUP_SIZE,
    FIELD_LAST_NAME,
    FIELD_OLD_NOTES,
    FIELD_PHONE,
    FIELD_REASON,
    FIELD_UPLOAD,
    INPUT_FIELDS,
    LINE_GENERAL,
    LINE_OLD,
    LINE_PASSPORTS,
    LINE_PERMITS,
    LINE_VEHICLES,
    OPTION_BIRTH_CERTIFICATE,
    OPTION_CALL,
    OPTION_EMAIL,
    OPTION_ID_CARD,
    OPTION_PASSPORT,
    OPTION_PHOTO,
    OPTION_SMS,
)

__all__ = [
    "DEMO_API_KEY",
    "DEMO_LOCATION",
    "DEMO_LOCATION_ID",
    "FIELD_AMOUNT",
    "FIELD_BIRTH_DATE",
    "FIELD_CASE_LINK",
    "FIELD_CONTACT",
    "FIELD_DOCUMENTS",
    "FIELD_EMAIL",
    "FIELD_FIRST_NAME",
    "FIELD_GROUP_SIZE",
    "FIELD_LAST_NAME",
    "FIELD_OLD_NOTES",
    "FIELD_PHONE",
    "FIELD_REASON",
    "FIELD_UPLOAD",
    "INPUT_FIELDS",
    "LANGUAGES",
    "LINES",
    "LINE_GENERAL",
    "LINE_OLD",
    "LINE_PASSPORTS",
    "LINE_PERMITS",
    "LINE_VEHICLES",
    "OFFICE_HOURS_LOCATION",
    "OPTION_BIRTH_CERTIFICATE",
    "OPTION_CALL",
    "OPTION_EMAIL",
    "OPTION_ID_CARD",
    "OPTION_PASSPORT",
    "OPTION_PHOTO",
    "OPTION_SMS",
]

DEMO_API_KEY = "sandbox-demo-key"
DEMO_LOCATION_ID = "41205"


LANGUAGES = (
    Language("en", "English", "English", primary=True),
    Language("es", "Spanish", "Español"),
    Language("et", "Estonian", "Eesti"),
    Language("ru", "Russian", "Русский"),
    Language("ar", "Arabic", "العربية"),
    Language("fr", "French", "Français"),
    Language("de", "German", "Deutsch"),
)

LINES = (
    Line(
        LINE_GENERAL,
        "General enquiries",
        "#6e5ce6",
        appointment_minutes=15,
        names={
            "es": "Consultas generales",
            "et": "Üldised küsimused",
            "ru": "Общие вопросы",
            "ar": "استفسارات عامة",
            "fr": "Renseignements généraux",
            "de": "Allgemeine Anfragen",
        },
    ),
    Line(
        LINE_PASSPORTS,
        "Passports and ID cards",
        "#2bb3a3",
        appointment_minutes=20,
        names={
            "es": "Pasaportes e identificaciones",
            "et": "Passid ja ID-kaardid",
            "ru": "Паспорта и ID-карты",
            "ar": "جوازات السفر وبطاقات الهوية",
            "fr": "Passeports, cartes d'identité",
            "de": "Reisepässe und Ausweise",
        },
    ),
    Line(
        LINE_PERMITS,
        "Residence permits",
        "#f2994a",
        names={
            "es": "Permisos de residencia",
            "et": "Elamisload",
            "ru": "Виды на жительство",
            "ar": "تصاريح الإقامة",
            "fr": "Titres de séjour",
            "de": "Aufenthaltstitel",
        },
    ),
    Line(
        LINE_VEHICLES,
        "Vehicle registration",
        "#4a90e2",
        disabled=True,
        names={
            "es": "Matriculación de vehículos",
            "et": "Sõidukite registreerimine",
            "ru": "Регистрация транспорта",
            "ar": "تسجيل المركبات",
            "fr": "Immatriculation des véhicules",
            "de": "Fahrzeugzulassung",
        },
    ),
    Line(
        LINE_OLD,
        "Old line",
        "#9b9b9b",
        archived=True,
        names={
            "es": "Línea antigua",
            "et": "Vana järjekord",
            "ru": "Старая очередь",
            "ar": "الطابور القديم",
            "fr": "Ancienne file",
            "de": "Alte Warteschlange",
        },
    ),
)

_WORKDAY = (Hours((8, 0), (18, 0)),)
_ALL_DAY = (Hours((0, 0), (24, 0)),)

DEMO_LOCATION = Location(
    id=DEMO_LOCATION_ID,
    name="City Service Centre",
    address="Narva mnt 7, 10117 Tallinn, Estonia",
    country_code="EE",
    country="Estonia",
    timezone="Europe/Tallinn",
    created=datetime(2019, 3, 12, 9, 30, tzinfo=UTC),
    latitude=59.4372,
    longitude=24.7536,
    languages=LANGUAGES,
    lines=LINES,
    input_fields=INPUT_FIELDS,
    # Open around the clock: the demo, and every test that expects the Welcome screen, must
    # work at any hour. `OFFICE_HOURS_LOCATION` is the same office with real opening hours.
    opening_hours=dict.fromkeys(("mon", "tue", "wed", "thu", "fri", "sat", "sun"), _ALL_DAY),
    visit_planner=VisitPlanner(
        url="https://visit.example.com/city-service-centre",
        name="City Service Centre",
        remote_sign_in=True,
        description="Book a time or join the queue from your phone.",
    ),
)

OFFICE_HOURS_LOCATION = replace(
    DEMO_LOCATION,
    opening_hours={
        "mon": _WORKDAY,
        "tue": _WORKDAY,
        "wed": _WORKDAY,
        "thu": _WORKDAY,
        "fri": _WORKDAY,
        "sat": (Hours((10, 0), (14, 0)),),
        "sun": (),
    },
    opening_exceptions=(
        OpeningException(date(2026, 12, 24), closed=False, hours=(Hours((9, 0), (13, 0)),)),
        OpeningException(date(2027, 2, 24), closed=True, reason="Independence Day"),
    ),
)
"""The demo office with its weekly hours (Mon-Fri 8-18, Sat 10-14) and two exceptions."""
