"""Sponsors: creating one with an API key shown once, listing, and recognising a key."""

from __future__ import annotations

import hashlib
import secrets
from collections.abc import Sequence
from typing import Any

from heliograph import db
from heliograph.errors import InvalidField
from heliograph.people.addresses import normalise_email
from heliograph.sponsors.tables import Sponsor

KEY_PREFIX = "hsk_"


def key_hash(api_key: str) -> str:
    """SHA-256 of an API key, as stored (the key itself is never stored)."""
    return hashlib.sha256(api_key.encode()).hexdigest()


def _public(row: dict[str, Any]) -> dict[str, Any]:
    return {
        "id": row["id"],
        "name": row["name"],
        "contact_email": row["contact_email"],
        "api_key_prefix": row["api_key_prefix"],
        "active": row["active"],
        "created_at": row["created_at"],
    }


async def create_sponsor(name: str, contact_email: str) -> tuple[dict[str, Any], str]:
    """Create a sponsor; returns it and its API key, which is not kept and cannot be shown again."""
    name = name.strip()
    if not name or len(name) > 200:
        raise InvalidField("name", "give the sponsor's name (at most 200 characters)")
    address = normalise_email(contact_email, field="contact_email")
    api_key = KEY_PREFIX + secrets.token_urlsafe(32)
    async with db.transaction():
        rows = await Sponsor.insert(
            Sponsor(
                name=name,
                contact_email=address,
                api_key_hash=key_hash(api_key),
                api_key_prefix=api_key[:12],
                active=True,
                created_at=db.now_utc(),
            )
        ).returning(*Sponsor.all_columns())
    return _public(rows[0]), api_key


async def list_sponsors() -> list[dict[str, Any]]:
    """Every sponsor, oldest first (without key hashes)."""
    return [_public(row) for row in await Sponsor.select().order_by(Sponsor.id)]


async def get_sponsors(ids: Sequence[int]) -> list[dict[str, Any]]:
    """The sponsors with these ids, in the order given (unknown ids are left out)."""
    if not ids:
        return []
    rows = {row["id"]: row for row in await Sponsor.select().where(Sponsor.id.is_in(list(ids)))}
    return [_public(rows[i]) for i in ids if i in rows]


async def sponsor_for_key(api_key: str) -> dict[str, Any] | None:
    """The active sponsor an API key belongs to, or None."""
    if not api_key.startswith(KEY_PREFIX):
        return None
    row = await Sponsor.select().where((Sponsor.api_key_hash == key_hash(api_key)) & (Sponsor.active == True)).first()  # noqa: E712
    return _public(row) if row else None
