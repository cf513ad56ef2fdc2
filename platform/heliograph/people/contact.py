"""Contact details other than email: phone numbers in E.164, countries as ISO 3166-1 alpha-2."""

from __future__ import annotations

import phonenumbers

from heliograph.errors import InvalidField
from heliograph.policy.rules import normalize_country

MAX_PHONE_INPUT = 40


def normalise_phone(raw: str, country: str | None = None, field: str = "phone") -> str:
    """The E.164 form of a phone number ("+4930123456"); a national number needs the person's country."""
    if not isinstance(raw, str) or not raw.strip() or len(raw) > MAX_PHONE_INPUT:
        raise InvalidField(field, "not a valid phone number")
    region = normalize_country(country) if country else None
    try:
        number = phonenumbers.parse(raw.strip(), region)
    except phonenumbers.NumberParseException:
        raise InvalidField(field, "not a valid phone number; include the country code, e.g. +49") from None
    if not phonenumbers.is_valid_number(number):
        raise InvalidField(field, "not a valid phone number")
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


def normalise_country(code: str | None, field: str = "country") -> str | None:
    """The ISO 3166-1 alpha-2 code in upper case (None stays None); InvalidField if it is not one."""
    if code is None or (isinstance(code, str) and not code.strip()):
        return None
    country = normalize_country(code)
    if country is None:
        raise InvalidField(field, "not an ISO 3166-1 alpha-2 country code, e.g. DE")
    return country
