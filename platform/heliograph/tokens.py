"""Signed link tokens: one purpose each, optionally expiring (P7, P10)."""

from __future__ import annotations

import functools
from typing import Any

from itsdangerous import BadSignature, Serializer, SignatureExpired, URLSafeTimedSerializer
from itsdangerous.encoding import base64_encode

from heliograph.errors import InvalidToken
from heliograph.settings import get_settings

# Purpose → lifetime in seconds (None: never expires). Tokens that reveal or erase data expire.
PURPOSES: dict[str, int | None] = {
    "confirm_subscription": 14 * 24 * 3600,
    "unsubscribe": None,  # an unsubscribe link must always work
    "preferences": 60 * 24 * 3600,
    "privacy_request": 2 * 24 * 3600,
    "entry_receipt": None,
    "winner_claim": None,  # the claim deadline is checked against the winner record
}


class _Serializer(URLSafeTimedSerializer):
    """itsdangerous' URL-safe timed serializer, without trying zlib on the payload.

    Payloads here are a few ids, which compression never shortens, and setting up zlib each time
    cost more than everything else in making a token. Reading still accepts compressed payloads.
    """

    def dump_payload(self, obj: Any) -> bytes:
        return base64_encode(Serializer.dump_payload(self, obj))


@functools.lru_cache(maxsize=64)
def _cached_serializer(secret_key: str, purpose: str) -> _Serializer:
    return _Serializer(secret_key, salt=f"heliograph:{purpose}")


def _serializer(purpose: str) -> URLSafeTimedSerializer:
    if purpose not in PURPOSES:
        raise ValueError(f"unknown token purpose {purpose!r}")
    return _cached_serializer(get_settings().secret_key, purpose)


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
