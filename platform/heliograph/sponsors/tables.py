"""Sponsors of promotions and their API keys."""

from __future__ import annotations

from piccolo.columns import JSON, Boolean, Integer, Serial, Timestamptz, Varchar
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


class Disclosure(Table, tablename="disclosure"):
    """The disclosure log (P4): every export of personal data to a sponsor, append-only."""

    id: Serial

    sponsor_id = Integer(index=True, help_text="who received it")
    promotion_id = Integer(index=True, help_text="which promotion's winners")
    fields = JSON(default="[]", help_text="the fields disclosed")
    purposes = JSON(default="{}", help_text="field → purpose, from the promotion's effective rules")
    people = Integer(help_text="how many people were in it")
    person_ids = JSON(default="[]", help_text="whose data it held (for access requests)")
    format = Varchar(length=10, help_text="json or csv")
    created_at = Timestamptz(index=True, help_text="when it was disclosed")
