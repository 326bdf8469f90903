"""Tickets in every shipped language, with fixed times so renders are repeatable."""

from __future__ import annotations

import datetime as dt

from kiosk.printing.ticket import TicketPrint, TicketTexts

ISSUED = dt.datetime(2026, 5, 6, 14, 20)
ESTIMATED = dt.datetime(2026, 5, 6, 14, 35)

TEXTS: dict[str, tuple[str, str, str, TicketTexts]] = {
    "en": (
        "City Service Centre",
        "General enquiries",
        "Please wait until your number is shown on the screen.",
        TicketTexts(),
    ),
    "es": (
        "Centro de Servicios",
        "Información general",
        "Espere hasta que su número aparezca en la pantalla.",
        TicketTexts(
            "Su número", "Personas delante", "Hora estimada", "Escanee para seguir su turno"
        ),
    ),
    "et": (
        "Linna teeninduskeskus",
        "Üldpäringud",
        "Palun oodake, kuni teie number ilmub ekraanile.",
        TicketTexts(
            "Teie number", "Inimesi teie ees", "Eeldatav aeg", "Skannige järjekorra jälgimiseks"
        ),
    ),
    "ru": (
        "Городской сервисный центр",
        "Общие вопросы",
        "Пожалуйста, подождите, пока ваш номер появится на экране.",
        TicketTexts(
            "Ваш номер", "Людей перед вами", "Ожидаемое время", "Отсканируйте, чтобы следить"
        ),
    ),
    "ar": (
        "مركز خدمات المدينة",
        "الاستعلامات العامة",
        "يرجى الانتظار حتى يظهر رقمك على الشاشة.",
        TicketTexts("رقمك", "عدد الأشخاص قبلك", "الوقت المتوقع", "امسح الرمز لمتابعة دورك"),
    ),
    "fr": (
        "Centre de services municipaux",
        "Renseignements généraux",
        "Veuillez patienter jusqu'à ce que votre numéro s'affiche à l'écran.",
        TicketTexts(
            "Votre numéro", "Personnes avant vous", "Heure estimée", "Scannez pour suivre la file"
        ),
    ),
    "de": (
        "Städtisches Servicezentrum",
        "Allgemeine Auskünfte",
        "Bitte warten Sie, bis Ihre Nummer auf dem Bildschirm erscheint.",
        TicketTexts(
            "Ihre Nummer", "Personen vor Ihnen", "Voraussichtliche Zeit", "Scannen zum Verfolgen"
        ),
    ),
}

LANGUAGES = tuple(TEXTS)


def ticket(
    language: str = "en",
    public_id: str = "A-12",
    *,
    people_ahead: int | None = 3,
    estimated: dt.datetime | None = ESTIMATED,
    qr_payload: str | None = "https://example.org/queue?t=5100012",
) -> TicketPrint:
    heading, line, message, texts = TEXTS[language]
    return TicketPrint(
        public_id=public_id,
        line_name=line,
        message=message,
        heading=heading,
        issued_at=ISSUED,
        people_ahead=people_ahead,
        estimated=estimated,
        qr_payload=qr_payload,
        language=language,
        texts=texts,
    )
