"""Sponsors of promotions and their API keys."""

from __future__ import annotations

from piccolo.columns import Boolean, Serial, Timestamptz, Varchar
from piccolo.table import Table

from heliograph.personal import personal


class Sponsor(Table, tablename="sponsor"):
    """A company that sponsors promotions; it reads its own winner lists with an API key."""

    id: Serial

    name = Varchar(length=200, help_text="company name shown on promotion and rules pages")
    contact_email = Varchar(length=320, help_text=personal("contact address at the sponsor"))
    api_key_hash = Varchar(length=64, unique=True, help_text="SHA-256 of the API key (the key is shown once)")
    api_key_prefix = Varchar(length=16, help_text="first characters of the key, to tell keys apart")
    active = Boolean(default=True, help_text="false blocks the API key")
    created_at = Timestamptz(help_text="when it was made")
