"""Property tests: names, invisible characters, phone normalisation and numbers, over
generated input."""

from __future__ import annotations

import re
import unicodedata
from decimal import Decimal

import phonenumbers
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kiosk.domain.form import FIRST_NAME_ID, FieldKind, FieldSpec, FormSpec
from kiosk.domain.numeric import decimal_places, parse_number, plain
from kiosk.domain.phone import normalise_phone
from kiosk.domain.text import (
    BIDI_CONTROLS,
    DEFAULT_IGNORABLE,
    INVISIBLE,
    JOINERS,
    SELECTORS,
    clean_text,
    is_noncharacter,
    letter_count,
    utf16_length,
)
from kiosk.domain.ticket import PHONE_PATTERN
from kiosk.domain.validation import (
    ErrorCode,
    InvalidAnswers,
    build_ticket_request,
    validate_answers,
)

_FIRST = FieldSpec(
    id=FIRST_NAME_ID,
    kind=FieldKind.FIRST_NAME,
    label="",
    required=True,
    max_length=50,
    sent_as_field=False,
)
_FORM = FormSpec(line_id="1", language="en", details=(_FIRST,))

_NOISE = st.sampled_from(
    [*sorted(BIDI_CONTROLS | INVISIBLE), " ", "\t", "\n", "\x00", "\x1b", "\u00a0", "\u3000"]
)


@settings(max_examples=300)
@given(st.text(max_size=70))
def test_an_accepted_first_name_fits_and_builds(name: str) -> None:
    errors = validate_answers(_FORM, {FIRST_NAME_ID: name}, default_region=None)
    cleaned = clean_text(name)
    if errors:
        assert len(errors) == 1
        assert errors[0].code in (ErrorCode.REQUIRED, ErrorCode.TOO_SHORT, ErrorCode.TOO_LONG)
        assert letter_count(cleaned) < 2 or utf16_length(cleaned) > 50
        return
    assert letter_count(cleaned) >= 2
    assert 2 <= len(cleaned) <= 50
    request = build_ticket_request(_FORM, {FIRST_NAME_ID: name}, default_region=None)
    assert request.first_name == cleaned
    assert request.to_body()["firstName"] == cleaned


@settings(max_examples=200)
@given(
    st.lists(_NOISE, max_size=6),
    st.one_of(
        st.none(),
        st.characters(codec="latin-1").filter(lambda c: c.isprintable() and not c.isspace()),
    ),
    st.lists(_NOISE, max_size=6),
)
def test_zero_or_one_visible_character_is_refused(
    before: list[str], visible: str | None, after: list[str]
) -> None:
    name = "".join(before) + (visible or "") + "".join(after)
    errors = validate_answers(_FORM, {FIRST_NAME_ID: name}, default_region=None)
    expected = ErrorCode.REQUIRED if visible is None else ErrorCode.TOO_SHORT
    assert [e.code for e in errors] == [expected]
    with pytest.raises(InvalidAnswers) as raised:
        build_ticket_request(_FORM, {FIRST_NAME_ID: name}, default_region=None)
    assert raised.value.errors == errors


def _example_numbers() -> list[tuple[str, phonenumbers.PhoneNumber]]:
    examples = []
    for region in sorted(phonenumbers.SUPPORTED_REGIONS):
        for kind in (phonenumbers.PhoneNumberType.MOBILE, phonenumbers.PhoneNumberType.FIXED_LINE):
            number = phonenumbers.example_number_for_type(region, kind)
            if number is not None:
                examples.append((region, number))
    return examples


_EXAMPLES = _example_numbers()
_FORMATS = {
    "international": phonenumbers.PhoneNumberFormat.INTERNATIONAL,
    "national": phonenumbers.PhoneNumberFormat.NATIONAL,
    "e164": phonenumbers.PhoneNumberFormat.E164,
}
_PHONE = re.compile(PHONE_PATTERN)


@st.composite
def _respaced(draw: st.DrawFn, formatted: str) -> str:
    """`formatted` with its digits regrouped by random spaces, dashes, dots and parentheses."""
    plus = formatted.startswith("+")
    digits = [ch for ch in formatted if ch.isdigit()]
    out = ["+"] if plus else []
    opened = False
    for index, digit in enumerate(digits):
        if index and draw(st.booleans()):
            out.append(draw(st.sampled_from([" ", "-", "  ", " - ", ".", "/"])))
        if index and not opened and draw(st.integers(0, 9)) == 0:
            out.append("(")
            opened = True
        out.append(digit)
        if opened and draw(st.integers(0, 3)) == 0:
            out.append(") ")
            opened = False
    if opened:
        out.append(")")
    return "".join(out)


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.sampled_from(_EXAMPLES), st.sampled_from(sorted(_FORMATS)), st.data())
def test_phone_numbers_normalise_to_e164(
    example: tuple[str, phonenumbers.PhoneNumber], style: str, data: st.DataObject
) -> None:
    region, number = example
    e164 = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
    formatted = phonenumbers.format_number(number, _FORMATS[style])
    typed = data.draw(_respaced(formatted))
    default_region = region if style == "national" else data.draw(st.sampled_from([region, None]))
    normalised = normalise_phone(clean_text(typed), default_region)
    assert normalised == e164
    assert _PHONE.fullmatch(normalised)


@settings(max_examples=200, deadline=None)
@given(
    st.sampled_from(_EXAMPLES),
    st.characters(categories=["Lu", "Ll", "Lo"]),
    st.integers(min_value=0),
)
def test_phone_numbers_with_letters_are_refused(
    example: tuple[str, phonenumbers.PhoneNumber], letter: str, position: int
) -> None:
    region, number = example
    typed = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL)
    at = position % (len(typed) + 1)
    assert normalise_phone(clean_text(typed[:at] + letter + typed[at:]), region) is None


@settings(max_examples=200)
@given(
    st.decimals(min_value=Decimal(-1000), max_value=Decimal(1000), places=3, allow_nan=False),
    st.booleans(),
)
def test_numbers_round_trip(value: Decimal, comma: bool) -> None:
    typed = format(value, "f")
    if comma:
        typed = typed.replace(".", ",")
    parsed = parse_number(typed)
    assert parsed == value
    canonical = plain(value)
    assert re.fullmatch(r"-?(0|[1-9][0-9]*)(\.[0-9]*[1-9])?", canonical)
    assert Decimal(canonical) == value
    assert decimal_places(value) <= 3

    spec = FieldSpec(
        id="n",
        kind=FieldKind.NUMERIC,
        label="",
        minimum=Decimal(-1000),
        maximum=Decimal(1000),
        scale=3,
    )
    form = FormSpec(line_id="1", language="en", details=(_FIRST,), questions=(spec,))
    request = build_ticket_request(form, {FIRST_NAME_ID: "Jo", "n": typed}, default_region=None)
    assert request.fields[0].value == canonical


_BLANK_LOOKING = st.sampled_from(
    [
        "\u3164",  # HANGUL FILLER
        "\u115f",  # HANGUL CHOSEONG FILLER
        "\u1160",  # HANGUL JUNGSEONG FILLER
        "\uffa0",  # HALFWIDTH HANGUL FILLER
        "\u00ad",  # SOFT HYPHEN
        "\u034f",  # COMBINING GRAPHEME JOINER
        "\u200c",  # ZERO WIDTH NON-JOINER
        "\u200d",  # ZERO WIDTH JOINER
        "\ufe0f",  # VARIATION SELECTOR-16
        "\U000e0041",  # TAG LATIN CAPITAL LETTER A
        "\u2800",  # BRAILLE PATTERN BLANK
        "\ufffe",
        "\uffff",
        "\ufdd0",
        "\U0010fffe",
        "\ue000",  # private use
        "\U000f0000",  # supplementary private use
        *sorted(BIDI_CONTROLS | INVISIBLE),
        " ",
        "\u3000",
    ]
)
_INVISIBLE_CHARACTERS = st.one_of(
    _BLANK_LOOKING,
    st.characters(categories=["Cf", "Co", "Cc", "Zs"]),
    st.sampled_from(sorted(DEFAULT_IGNORABLE)),
)


@settings(max_examples=300)
@given(st.lists(_INVISIBLE_CHARACTERS, max_size=12), st.data())
def test_names_that_look_blank_are_refused(noise: list[str], data: st.DataObject) -> None:
    """Invisible and blank-looking characters, with at most one real letter, are no name."""
    letter = data.draw(st.none() | st.characters(categories=["Lu", "Ll", "Lo"]))
    at = data.draw(st.integers(0, len(noise)))
    name = "".join(noise[:at]) + (letter or "") + "".join(noise[at:])
    errors = validate_answers(_FORM, {FIRST_NAME_ID: name}, default_region=None)
    assert [e.code for e in errors] in ([ErrorCode.REQUIRED], [ErrorCode.TOO_SHORT])
    with pytest.raises(InvalidAnswers):
        build_ticket_request(_FORM, {FIRST_NAME_ID: name}, default_region=None)


def _unattached_invisible(text: str) -> list[str]:
    """Invisible characters in `text` that do not modify a visible neighbour."""
    found = []
    for index, ch in enumerate(text):
        before = text[index - 1] if index else " "
        after = text[index + 1] if index + 1 < len(text) else " "
        if ch in JOINERS:
            if before.isspace() or after.isspace() or before in JOINERS or after in JOINERS:
                found.append(ch)
        elif ch in SELECTORS:
            if before.isspace() or before in JOINERS:
                found.append(ch)
        elif (
            ch in DEFAULT_IGNORABLE
            or unicodedata.category(ch) in ("Cc", "Cf", "Co", "Cs")
            or is_noncharacter(ch)
        ):
            found.append(ch)
    return found


def _strings(value: object) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [s for key, item in value.items() for s in (*_strings(key), *_strings(item))]
    if isinstance(value, list):
        return [s for item in value for s in _strings(item)]
    return []


_TEXT_WITH_INVISIBLES = st.lists(
    st.one_of(st.characters(), _INVISIBLE_CHARACTERS, st.sampled_from(["Jo", "an", "😀"])),
    max_size=30,
).map("".join)

_LAST = FieldSpec(id="ln", kind=FieldKind.LAST_NAME, label="", max_length=50, sent_as_field=False)
_EMAIL = FieldSpec(id="em", kind=FieldKind.EMAIL, label="", max_length=100, sent_as_field=False)
_NOTE = FieldSpec(id="note", kind=FieldKind.TEXT, label="Note", max_length=500)
_EVERY_TEXT_FORM = FormSpec(
    line_id="1", language="en", details=(_FIRST, _LAST, _EMAIL), questions=(_NOTE,)
)


@settings(max_examples=300, deadline=None)
@given(
    first=_TEXT_WITH_INVISIBLES,
    last=_TEXT_WITH_INVISIBLES,
    note=_TEXT_WITH_INVISIBLES,
    mailbox=_TEXT_WITH_INVISIBLES,
)
def test_nothing_invisible_reaches_a_request_body(
    first: str, last: str, note: str, mailbox: str
) -> None:
    answers = {
        FIRST_NAME_ID: "Jo" + first,
        "ln": last,
        "em": f"{mailbox}@example.com",
        "note": note,
    }
    try:
        request = build_ticket_request(
            _EVERY_TEXT_FORM, answers, default_region=None, labels=(note,)
        )
    except InvalidAnswers:
        return
    except ValueError:  # a label Qminder would refuse (too long): a configuration error
        return
    body = request.to_body()
    for text in _strings(body):
        assert not _unattached_invisible(text), (text, _unattached_invisible(text))
        assert text == text.strip()
    assert letter_count(body["firstName"]) >= 2
    if "lastName" in body:
        assert letter_count(body["lastName"]) >= 1
