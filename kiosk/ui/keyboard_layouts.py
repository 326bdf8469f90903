"""Which Qt Virtual Keyboard layout a visitor's language gets.

Qt Virtual Keyboard names its layouts by locale (``et_EE``, ``ar_AR``: Arabic has a made-up
territory). A language without a layout of its own gets the English one. Chinese, Japanese
and Korean are left out: their layouts need input-method plugins a kiosk does not ship.
"""

from __future__ import annotations

from kiosk.domain.i18n import base_code, normalise_code

FALLBACK_LAYOUT = "en_GB"

LAYOUTS: dict[str, str] = {
    "ar": "ar_AR",
    "bg": "bg_BG",
    "cs": "cs_CZ",
    "da": "da_DK",
    "de": "de_DE",
    "el": "el_GR",
    "en": "en_GB",
    "en-us": "en_US",
    "es": "es_ES",
    "es-mx": "es_MX",
    "et": "et_EE",
    "fa": "fa_FA",
    "fi": "fi_FI",
    "fr": "fr_FR",
    "fr-ca": "fr_CA",
    "he": "he_IL",
    "hi": "hi_IN",
    "hr": "hr_HR",
    "hu": "hu_HU",
    "id": "id_ID",
    "it": "it_IT",
    "lv": "lv_LV",
    "ms": "ms_MY",
    "nb": "nb_NO",
    "no": "nb_NO",
    "nl": "nl_NL",
    "pl": "pl_PL",
    "pt": "pt_PT",
    "pt-br": "pt_BR",
    "ro": "ro_RO",
    "ru": "ru_RU",
    "sk": "sk_SK",
    "sl": "sl_SI",
    "sq": "sq_AL",
    "sr": "sr_SP",
    "sv": "sv_SE",
    "th": "th_TH",
    "tr": "tr_TR",
    "uk": "uk_UA",
    "vi": "vi_VN",
}


def keyboard_layout(code: str) -> str:
    """The layout for a language code: ``"et"`` → ``"et_EE"``, ``"lt"`` → ``"en_GB"``."""
    code = normalise_code(code)
    return LAYOUTS.get(code) or LAYOUTS.get(base_code(code)) or FALLBACK_LAYOUT


def keyboard_layouts(codes: list[str]) -> list[str]:
    """The layouts the globe key cycles through: one per language, in order, no repeats."""
    layouts: list[str] = []
    for code in codes:
        layout = keyboard_layout(code)
        if layout not in layouts:
            layouts.append(layout)
    return layouts or [FALLBACK_LAYOUT]
