"""Bodies of the sponsor endpoints."""

from __future__ import annotations

from datetime import datetime

import msgspec

from heliograph.problems import Body


class SponsorIn(Body):
    """A new sponsor."""

    name: str
    contact_email: str


class SponsorOut(msgspec.Struct):
    id: int
    name: str
    contact_email: str
    api_key_prefix: str
    active: bool
    created_at: datetime


class SponsorCreated(msgspec.Struct):
    """The new sponsor and its API key: shown this once, never again."""

    id: int
    name: str
    contact_email: str
    api_key: str
