"""How a language is named on the language picker: in its own words, plainly.

Qminder's `nativeName` wins when given. Otherwise a small curated map gives the name a visitor
looks for ("Español", not "español de España"); unknown codes fall back to the English name
Qminder sent, then to the code itself.
"""

from __future__ import annotations

from kiosk.domain.models import Language

NATIVE_NAMES: dict[str, str] = {
    "ar": "العربية",
    "bg": "Български",
    "cs": "Čeština",
    "da": "Dansk",
    "de": "Deutsch",
    "el": "Ελληνικά",
    "en": "English",
    "es": "Español",
    "et": "Eesti",
    "fa": "فارسی",
    "fi": "Suomi",
    "fr": "Français",
    "he": "עברית",
    "hi": "हिन्दी",
    "hr": "Hrvatski",
    "hu": "Magyar",
    "it": "Italiano",
    "ja": "日本語",
    "ko": "한국어",
    "lt": "Lietuvių",
    "lv": "Latviešu",
    "nl": "Nederlands",
    "no": "Norsk",
    "pl": "Polski",
    "pt": "Português",
    "ro": "Română",
    "ru": "Русский",
    "sk": "Slovenčina",
    "sl": "Slovenščina",
    "so": "Soomaali",
    "sr": "Српски",
    "sv": "Svenska",
    "th": "ไทย",
    "tr": "Türkçe",
    "uk": "Українська",
    "ur": "اردو",
    "vi": "Tiếng Việt",
    "zh": "中文",
    "zh-cn": "简体中文",
    "zh-tw": "繁體中文",
}

RIGHT_TO_LEFT = frozenset({"ar", "fa", "he", "ur", "ps", "sd", "ug", "yi", "dv", "ckb"})


def base_code(code: str) -> str:
    return code.replace("_", "-").split("-")[0].lower()


def native_name(language: Language) -> str:
    """The label of a language button."""
    if language.native_name.strip():
        return language.native_name.strip()
    code = language.code.replace("_", "-").lower()
    return NATIVE_NAMES.get(code) or NATIVE_NAMES.get(base_code(code)) or language.name or code


def is_right_to_left(code: str) -> bool:
    return base_code(code) in RIGHT_TO_LEFT
