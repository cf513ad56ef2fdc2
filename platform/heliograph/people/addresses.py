"""Email addresses: validation and the one normal form used for lookups and hashes."""

from __future__ import annotations

from email_validator import EmailNotValidError, validate_email

from heliograph.errors import InvalidField


def normalise_email(address: str, field: str = "email") -> str:
    """The normal form of an address (domain lower-cased, local part lower-cased), or InvalidField."""
    try:
        result = validate_email(address.strip(), check_deliverability=False, globally_deliverable=False)
    except (EmailNotValidError, AttributeError):
        raise InvalidField(field, "not a valid email address") from None
    return result.normalized.lower()
