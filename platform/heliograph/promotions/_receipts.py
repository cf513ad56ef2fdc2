"""Entry receipts: the signed token an entrant gets (it authorises tell-a-friend) and public codes."""

from __future__ import annotations

import secrets

from heliograph.errors import InvalidToken
from heliograph.tokens import make_token, read_token

RECEIPT = "entry_receipt"
# No 0/O, 1/I/L: codes people may read aloud or type.
CODE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"
REFERRAL_CODE_LENGTH = 10  # ~49 bits
RECEIPT_CODE_LENGTH = 16  # ~79 bits


def receipt_token(entry_id: int) -> str:
    """The signed receipt of an entry (payload ``[entry_id]``; it does not expire)."""
    return make_token(RECEIPT, [entry_id])


def entry_id_from_receipt(token: str) -> int:
    """The entry id a receipt token was made for; InvalidToken if it is forged or malformed."""
    payload = read_token(RECEIPT, token)
    if not isinstance(payload, list) or len(payload) != 1 or not isinstance(payload[0], int):
        raise InvalidToken("This receipt is not valid.")
    return payload[0]


_BYTE_TO_CODE = "".join(CODE_ALPHABET[b % len(CODE_ALPHABET)] for b in range(256 - 256 % len(CODE_ALPHABET)))


def new_code(length: int) -> str:
    """A random code from CODE_ALPHABET (uniform: bytes beyond the last whole multiple are redrawn)."""
    return new_codes(length)[0]


def new_codes(*lengths: int) -> list[str]:
    """Several random codes from CODE_ALPHABET, drawn together (one call for randomness, usually)."""
    need = sum(lengths)
    pool = ""
    while len(pool) < need:
        raw = secrets.token_bytes(need * 2)
        pool += "".join(_BYTE_TO_CODE[b] for b in raw if b < len(_BYTE_TO_CODE))
    codes = []
    for length in lengths:
        codes.append(pool[:length])
        pool = pool[length:]
    return codes


def normalise_code(code: str) -> str:
    """A code as typed (spaces, hyphens, lower case) in its stored form."""
    return "".join(ch for ch in code.upper() if ch.isalnum())
