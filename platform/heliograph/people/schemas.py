"""Bodies for the people endpoints."""

from __future__ import annotations

import msgspec


class GpcOut(msgspec.Struct, rename={"last_update": "lastUpdate"}):
    """/.well-known/gpc.json (Global Privacy Control support resource)."""

    gpc: bool
    last_update: str
