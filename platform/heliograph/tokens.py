"""Signed link tokens: one purpose each, optionally expiring (P7, P10)."""

from __future__ import annotations

from typing import Any

from itsdangerous import BadSignature, SignatureExpired, URLSafeTimedSerializer

from heliograph.errors import InvalidToken
from heliograph.settings import get_settings

# Purpose → lifetime in seconds (None: never expires). Tokens that reveal or erase data expire.
PURPOSES: dict[str, int | None] = {
    "confirm_subscription": 14 * 24 * 3600,
    "unsubscribe": None,  # an unsubscribe link must always work
    "preferences": 60 * 24 * 3600,
    "privacy_request": 2 * 24 * 3600,
    "entry_receipt": None,
}


def _serializer(purpose: str) -> URLSafeTimedSerializer:
    if purpose not in PURPOSES:
        raise ValueError(f"unknown token purpose {purpose!r}")
    return URLSafeTimedSerializer(get_settings().secret_key, salt=f"heliograph:{purpose}")


def make_token(purpose: str, payload: Any) -> str:
    """A signed token carrying payload (JSON-able) for one purpose."""
    return _serializer(purpose).dumps(payload)


def read_token(purpose: str, token: str) -> Any:
    """The payload of a valid token for this purpose; InvalidToken if tampered, expired or for another purpose."""
    try:
        return _serializer(purpose).loads(token, max_age=PURPOSES[purpose])
    except SignatureExpired:
        raise InvalidToken("This link has expired.") from None
    except (BadSignature, UnicodeDecodeError, ValueError):
        raise InvalidToken("This link is not valid.") from None
