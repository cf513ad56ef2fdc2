"""People: the Global Privacy Control support resource, and request helpers other domains share."""

from __future__ import annotations

from typing import Any

from litestar import Request, get

from heliograph.people.schemas import GpcOut

# The date Heliograph began honouring Sec-GPC (withdrawing partner sharing with a gpc consent event).
GPC_LAST_UPDATE = "2026-11-25"


def client_ip(request: Request[Any, Any, Any]) -> str | None:
    """The client's IP as the server saw it (only ever stored as a keyed hash)."""
    return request.client.host if request.client else None


def sends_gpc(request: Request[Any, Any, Any]) -> bool:
    """True when the request carries the Global Privacy Control signal (Sec-GPC: 1)."""
    return request.headers.get("sec-gpc", "").strip() == "1"


@get("/.well-known/gpc.json", tags=["privacy"], cache=False)
async def gpc_support() -> GpcOut:
    """Says that this site honours Global Privacy Control (it withdraws partner sharing)."""
    return GpcOut(gpc=True, last_update=GPC_LAST_UPDATE)


HANDLERS = [gpc_support]
