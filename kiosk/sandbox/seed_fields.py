"""The demo location's lines' ids and its input fields: the questions the sandbox asks.

Ids are fixed so tests and demos can refer to them (`kiosk.sandbox.seed` names them too).
"""

from __future__ import annotations

from decimal import Decimal

from kiosk.sandbox.model import (
    AttachmentConstraints,
    InputField,
    NumericConstraints,
    SelectOption,
)

# Lines, in public-id letter order.
LINE_GENERAL = "88101"  # A
LINE_PASSPORTS = "88102"  # B
LINE_PERMITS = "88103"  # C
LINE_VEHICLES = "88104"  # D, disabled
LINE_OLD = "88105"  # E, archived

# Input fields.
FIELD_FIRST_NAME = "a804d5ed-b55d-4794-8f6a-914c7b027c40"
FIELD_LAST_NAME = "28ff7d96-8359-463f-9f76-be0e39760bc3"
FIELD_PHONE = "8c00d008-6b4a-47d3-aeae-45749ac312ac"
FIELD_EMAIL = "bc92973e-3b93-411e-b46c-518ab57b637a"
FIELD_REASON = "a8d31221-4264-4be1-b135-735624272784"
FIELD_CONTACT = "9c4685f7-3f9f-4679-8f68-08cd30295302"
FIELD_DOCUMENTS = "4530e5ce-b804-4234-b1ab-98f567bafe56"
FIELD_GROUP_SIZE = "9b5bf106-268e-488a-a9bd-03f567c43482"
FIELD_AMOUNT = "2698d045-ea2a-4e55-b071-545509000b70"
FIELD_BIRTH_DATE = "d9d865af-1604-436a-906b-cec799f7baa9"
FIELD_CASE_LINK = "b9a6ad88-e8a1-4120-92f8-96084d25d6af"
FIELD_UPLOAD = "758a0440-6df2-43a4-89dc-5016d38790e4"
FIELD_OLD_NOTES = "a4626c2a-7f10-488f-95d4-3d751de3f2dc"  # deleted

# Options of "Preferred contact" (single select).
OPTION_CALL = "f4b35a83-015e-49e8-8da5-b35ca5e7d3d7"
OPTION_SMS = "8c328447-73ee-4993-825c-7c6792c7d214"
OPTION_EMAIL = "abd7b16e-524e-441b-a51b-919384c1ab94"

# Options of "Documents with you" (multi select).
OPTION_PASSPORT = "f11e9f50-4b47-44af-9cff-de6c9f651abf"
OPTION_ID_CARD = "1230948e-6dbe-477c-8e3b-ad4e4d764b86"
OPTION_BIRTH_CERTIFICATE = "9a1136a8-02d8-4fbb-871c-406729a3a240"
OPTION_PHOTO = "be71b23e-64ec-4181-82a8-50fdbb7464c8"

INPUT_FIELDS = (
    InputField(FIELD_FIRST_NAME, "FIRST_NAME", mandatory=True),
    InputField(FIELD_LAST_NAME, "LAST_NAME"),
    InputField(FIELD_PHONE, "PHONE_NUMBER", mandatory=True),
    InputField(FIELD_EMAIL, "EMAIL"),
    InputField(
        FIELD_REASON,
        "TEXT",
        title="Reason for visit",
        visitor_title="What brings you in today?",
        titles={
            "es": "Motivo de la visita",
            "et": "Külastuse põhjus",
            "ru": "Цель визита",
            "ar": "سبب الزيارة",
            "fr": "Motif de la visite",
            "de": "Grund des Besuchs",
        },
        visitor_titles={
            "es": "¿Qué le trae hoy por aquí?",
            "et": "Mis teid täna siia toob?",
            "ru": "Что привело вас к нам сегодня?",
            "ar": "ما سبب زيارتك اليوم؟",
            "fr": "Qu'est-ce qui vous amène aujourd'hui ?",
            "de": "Was führt Sie heute zu uns?",
        },
    ),
    InputField(
        FIELD_CONTACT,
        "SELECT",
        title="Preferred contact",
        visitor_title="How should we contact you?",
        mandatory=True,
        options=(
            SelectOption(
                OPTION_CALL,
                "Phone call",
                "#27ae60",
                titles={
                    "es": "Llamada telefónica",
                    "et": "Telefonikõne",
                    "ru": "Телефонный звонок",
                    "ar": "مكالمة هاتفية",
                    "fr": "Appel téléphonique",
                    "de": "Anruf",
                },
            ),
            SelectOption(
                OPTION_SMS,
                "Text message",
                "#2d9cdb",
                titles={
                    "es": "Mensaje de texto",
                    "et": "Tekstisõnum",
                    "ru": "SMS-сообщение",
                    "ar": "رسالة نصية",
                    "fr": "SMS",
                    "de": "SMS",
                },
            ),
            SelectOption(
                OPTION_EMAIL,
                "Email",
                "#bb6bd9",
                titles={
                    "es": "Correo electrónico",
                    "et": "E-post",
                    "ru": "Электронная почта",
                    "ar": "البريد الإلكتروني",
                    "fr": "E-mail",
                    "de": "E-Mail",
                },
            ),
        ),
        titles={
            "es": "Contacto preferido",
            "et": "Eelistatud kontaktviis",
            "ru": "Предпочтительный способ связи",
            "ar": "وسيلة التواصل المفضلة",
            "fr": "Contact préféré",
            "de": "Bevorzugter Kontaktweg",
        },
        visitor_titles={
            "es": "¿Cómo prefiere que le contactemos?",
            "et": "Kuidas soovite, et me teiega ühendust võtaksime?",
            "ru": "Как с вами лучше связаться?",
            "ar": "كيف تفضّل أن نتواصل معك؟",
            "fr": "Comment souhaitez-vous être contacté ?",
            "de": "Wie sollen wir Sie kontaktieren?",
        },
    ),
    InputField(
        FIELD_DOCUMENTS,
        "SELECT",
        title="Documents with you",
        visitor_title="Which documents have you brought?",
        multi_select=True,
        visible_for_lines=(LINE_PASSPORTS,),
        options=(
            SelectOption(
                OPTION_PASSPORT,
                "Current passport",
                "#f2c94c",
                titles={
                    "es": "Pasaporte actual",
                    "et": "Kehtiv pass",
                    "ru": "Действующий паспорт",
                    "ar": "جواز السفر الحالي",
                    "fr": "Passeport actuel",
                    "de": "Aktueller Reisepass",
                },
            ),
            SelectOption(
                OPTION_ID_CARD,
                "ID card",
                "#56ccf2",
                titles={
                    "es": "Documento de identidad",
                    "et": "ID-kaart",
                    "ru": "ID-карта",
                    "ar": "بطاقة الهوية",
                    "fr": "Carte d'identité",
                    "de": "Personalausweis",
                },
            ),
            SelectOption(
                OPTION_BIRTH_CERTIFICATE,
                "Birth certificate",
                "#eb5757",
                titles={
                    "es": "Certificado de nacimiento",
                    "et": "Sünnitunnistus",
                    "ru": "Свидетельство о рождении",
                    "ar": "شهادة الميلاد",
                    "fr": "Acte de naissance",
                    "de": "Geburtsurkunde",
                },
            ),
            SelectOption(
                OPTION_PHOTO,
                "Passport photo",
                "#6fcf97",
                titles={
                    "es": "Foto de pasaporte",
                    "et": "Passipilt",
                    "ru": "Фото на паспорт",
                    "ar": "صورة شخصية للجواز",
                    "fr": "Photo d'identité",
                    "de": "Passfoto",
                },
            ),
        ),
        titles={
            "es": "Documentos que trae",
            "et": "Kaasas olevad dokumendid",
            "ru": "Документы при себе",
            "ar": "المستندات التي معك",
            "fr": "Documents apportés",
            "de": "Mitgebrachte Dokumente",
        },
        visitor_titles={
            "es": "¿Qué documentos ha traído?",
            "et": "Milliseid dokumente te kaasa võtsite?",
            "ru": "Какие документы вы принесли?",
            "ar": "ما المستندات التي أحضرتها؟",
            "fr": "Quels documents avez-vous apportés ?",
            "de": "Welche Dokumente haben Sie dabei?",
        },
    ),
    InputField(
        FIELD_GROUP_SIZE,
        "NUMERIC",
        title="Group size",
        visitor_title="How many people are in your group?",
        constraints=NumericConstraints(
            "bdc0e51a-e2a8-46b3-aa74-a16f64dbf32c", Decimal(1), Decimal(10), 0
        ),
        titles={
            "es": "Tamaño del grupo",
            "et": "Grupi suurus",
            "ru": "Размер группы",
            "ar": "عدد أفراد المجموعة",
            "fr": "Taille du groupe",
            "de": "Gruppengröße",
        },
        visitor_titles={
            "es": "¿Cuántas personas hay en su grupo?",
            "et": "Mitu inimest on teie grupis?",
            "ru": "Сколько человек в вашей группе?",
            "ar": "كم عدد الأشخاص في مجموعتك؟",
            "fr": "Combien de personnes compte votre groupe ?",
            "de": "Wie viele Personen sind in Ihrer Gruppe?",
        },
    ),
    InputField(
        FIELD_AMOUNT,
        "NUMERIC",
        title="Amount to pay",
        visitor_title="Amount you expect to pay (EUR)",
        visible_for_lines=(LINE_PERMITS,),
        constraints=NumericConstraints(
            "747bc9ca-72f1-42bf-ab7b-1f4b322d2fa2", Decimal(0), Decimal(10000), 2
        ),
        titles={
            "es": "Importe a pagar",
            "et": "Makstav summa",
            "ru": "Сумма к оплате",
            "ar": "المبلغ المستحق",
            "fr": "Montant à payer",
            "de": "Zu zahlender Betrag",
        },
        visitor_titles={
            "es": "Importe que prevé pagar (EUR)",
            "et": "Summa, mida kavatsete maksta (EUR)",
            "ru": "Сумма, которую вы планируете оплатить (EUR)",
            "ar": "المبلغ الذي تنوي دفعه (يورو)",
            "fr": "Montant que vous prévoyez de payer (EUR)",
            "de": "Betrag, den Sie zahlen möchten (EUR)",
        },
    ),
    InputField(
        FIELD_BIRTH_DATE,
        "DATE",
        title="Date of birth",
        visitor_title="Your date of birth",
        mandatory=True,
        visible_for_lines=(LINE_PASSPORTS,),
        titles={
            "es": "Fecha de nacimiento",
            "et": "Sünniaeg",
            "ru": "Дата рождения",
            "ar": "تاريخ الميلاد",
            "fr": "Date de naissance",
            "de": "Geburtsdatum",
        },
        visitor_titles={
            "es": "Su fecha de nacimiento",
            "et": "Teie sünniaeg",
            "ru": "Ваша дата рождения",
            "ar": "تاريخ ميلادك",
            "fr": "Votre date de naissance",
            "de": "Ihr Geburtsdatum",
        },
    ),
    InputField(
        FIELD_CASE_LINK,
        "URL",
        title="Case file link",
        show_in_remote_sign_in=False,
        visible_in_waiting_drawer=False,
        titles={
            "es": "Enlace al expediente",
            "et": "Toimiku link",
            "ru": "Ссылка на дело",
            "ar": "رابط ملف القضية",
            "fr": "Lien vers le dossier",
            "de": "Link zur Akte",
        },
    ),
    InputField(
        FIELD_UPLOAD,
        "ATTACHMENT",
        title="Documents upload",
        constraints=AttachmentConstraints(
            "6e309db9-9158-4b5b-b8c0-1360dfe290c5",
            max_number_of_files=5,
            mode="ALLOW",
            groups=("IMAGES", "DOCUMENTS"),
            mime_types=("image/jpeg", "image/png", "application/pdf"),
        ),
        titles={
            "es": "Carga de documentos",
            "et": "Dokumentide üleslaadimine",
            "ru": "Загрузка документов",
            "ar": "تحميل المستندات",
            "fr": "Téléversement de documents",
            "de": "Dokumente hochladen",
        },
    ),
    InputField(
        FIELD_OLD_NOTES,
        "TEXT",
        title="Old notes",
        deleted=True,
        titles={
            "es": "Notas antiguas",
            "et": "Vanad märkmed",
            "ru": "Старые заметки",
            "ar": "ملاحظات قديمة",
            "fr": "Anciennes notes",
            "de": "Alte Notizen",
        },
    ),
)
