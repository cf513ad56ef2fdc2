"""Promotion endpoints: the admin API, the public API and (from ``_pages``) the HTML pages."""

from __future__ import annotations

from typing import Annotated, Any, Literal

import msgspec
from litestar import Request, get, patch, post
from litestar.di import NamedDependency
from litestar.params import FromPath, FromQuery, JSONBody, QueryParameter

from heliograph.console.guards import ANY_ROLE, EDITORS, roles
from heliograph.console.service import Principal
from heliograph.people.routes import client_ip, sends_gpc
from heliograph.promotions import service
from heliograph.promotions._pages import PAGE_HANDLERS
from heliograph.promotions.schemas import EntryIn, EntryOut, PromotionIn, PromotionPatch

Status = Literal["draft", "scheduled", "open", "closed", "drawn", "judged", "completed", "archived"]
Kind = Literal["sweepstakes", "instant_win", "contest", "poll"]


# --- admin (/api/v1/admin/...) -------------------------------------------------------------


@get("/promotions", opt=roles(*ANY_ROLE), tags=["admin"])
async def admin_list_promotions(
    status: FromQuery[Status | None] = None, kind: FromQuery[Kind | None] = None
) -> list[dict[str, Any]]:
    """Promotions, newest first; filter by status (as shown, time-driven) and kind."""
    return await service.list_promotions(status=status, kind=kind)


@post("/promotions", status_code=201, opt=roles(*EDITORS), tags=["admin"])
async def admin_create_promotion(data: JSONBody[PromotionIn], principal: NamedDependency[Principal]) -> dict[str, Any]:
    """Create a draft promotion (rules version 1)."""
    return await service.create_promotion(data, user_id=principal.user_id)


@get("/promotions/{slug:str}", opt=roles(*ANY_ROLE), tags=["admin"])
async def admin_get_promotion(slug: FromPath[str]) -> dict[str, Any]:
    """One promotion with rules, prizes, options, criteria and sponsors."""
    return await service.get_promotion(slug)


@patch("/promotions/{slug:str}", opt=roles(*EDITORS), tags=["admin"])
async def admin_update_promotion(
    slug: FromPath[str], data: JSONBody[PromotionPatch], principal: NamedDependency[Principal]
) -> dict[str, Any]:
    """Change a promotion; rules changes bump the version and, once open, may not hurt entrants."""
    return await service.update_promotion(slug, data, user_id=principal.user_id)


@post("/promotions/{slug:str}/publish", status_code=200, opt=roles(*EDITORS), tags=["admin"])
async def admin_publish_promotion(slug: FromPath[str]) -> dict[str, Any]:
    """Draft → scheduled or open (by the clock)."""
    return await service.publish_promotion(slug)


@post("/promotions/{slug:str}/close", status_code=200, opt=roles(*EDITORS), tags=["admin"])
async def admin_close_promotion(slug: FromPath[str]) -> dict[str, Any]:
    """Stop taking entries now."""
    return await service.close_promotion(slug)


@get("/promotions/{slug:str}/entries", opt=roles(*ANY_ROLE), tags=["admin"])
async def admin_list_entries(
    slug: FromPath[str],
    limit: Annotated[int, QueryParameter(ge=1, le=500)] = 50,
    cursor: Annotated[int | None, QueryParameter(description="the next_cursor of the previous page")] = None,
    offset: Annotated[int | None, QueryParameter(ge=0)] = None,
    won: FromQuery[bool | None] = None,
    country: FromQuery[str | None] = None,
) -> dict[str, Any]:
    """Entries in id order, a page at a time; filter by won and country."""
    return await service.list_entries(slug, limit=limit, cursor=cursor, offset=offset, won=won, country=country)


# --- public (/api/v1/promotions) -----------------------------------------------------------


@get("/api/v1/promotions", tags=["promotions"])
async def list_promotions() -> list[dict[str, Any]]:
    """Published promotions."""
    return await service.list_public_promotions()


@get("/api/v1/promotions/{slug:str}", tags=["promotions"])
async def get_promotion(slug: FromPath[str]) -> dict[str, Any]:
    """A promotion with its effective rules in plain fields and plain words."""
    return await service.public_promotion(slug)


@post("/api/v1/promotions/{slug:str}/entries", status_code=201, tags=["promotions"])
async def create_entry(slug: FromPath[str], data: JSONBody[EntryIn], request: Request[Any, Any, Any]) -> EntryOut:
    """Enter a promotion; the receipt token authorises tell-a-friend."""
    result = await service.enter(slug, data, ip=client_ip(request), gpc=sends_gpc(request))
    return msgspec.convert(result, EntryOut)


ADMIN_HANDLERS = [
    admin_list_promotions,
    admin_create_promotion,
    admin_get_promotion,
    admin_update_promotion,
    admin_publish_promotion,
    admin_close_promotion,
    admin_list_entries,
]
PUBLIC_HANDLERS = [list_promotions, get_promotion, create_entry, *PAGE_HANDLERS]
