"""Signed link tokens (heliograph/tokens.py): one purpose each, expiry, and tokens already in people's mailboxes."""

from __future__ import annotations

import pytest
from itsdangerous import URLSafeTimedSerializer

from heliograph import tokens
from heliograph.errors import InvalidToken
from heliograph.settings import get_settings


def test_round_trip_and_purpose_separation() -> None:
    token = tokens.make_token("unsubscribe", {"p": 7, "l": "solar-news"})
    assert tokens.read_token("unsubscribe", token) == {"p": 7, "l": "solar-news"}
    with pytest.raises(InvalidToken):
        tokens.read_token("preferences", token)
    with pytest.raises(InvalidToken):
        tokens.read_token("unsubscribe", token[:-2] + ("AA" if token[-2:] != "AA" else "BB"))


def test_compressed_tokens_made_earlier_still_read() -> None:
    # Unsubscribe links never expire: a token whose payload itsdangerous compressed must keep working.
    payload = {"p": 7, "l": "solar-news-" + "x" * 80}
    earlier = URLSafeTimedSerializer(get_settings().secret_key, salt="heliograph:unsubscribe").dumps(payload)
    assert earlier.startswith(".")  # compressed
    assert tokens.read_token("unsubscribe", earlier) == payload


def test_new_tokens_are_not_compressed_and_stay_short() -> None:
    token = tokens.make_token("entry_receipt", [123456])
    assert not token.startswith(".") and len(token) < 48


def test_unknown_purpose_is_a_programming_error() -> None:
    with pytest.raises(ValueError):
        tokens.make_token("no-such-purpose", [1])
