"""Sponsor endpoints: admin create (the API key is shown once) and list, the disclosure log, and the
sponsors' own API (their promotions and winner exports, with `Authorization: Bearer <sponsor key>`)."""

from __future__ import annotations

from typing import Annotated, Any

from litestar import Request, Response, get, post
from litestar.connection import ASGIConnection
from litestar.handlers.base import BaseRouteHandler
from litestar.params import FromPath, JSONBody, QueryParameter

from heliograph.console.guards import ANY_ROLE, EDITORS, bearer_token, roles
from heliograph.errors import NotAuthenticated
from heliograph.sponsors import exports, service
from heliograph.sponsors.schemas import SponsorCreated, SponsorIn, SponsorOut


@post("/sponsors", status_code=201, opt=roles(*EDITORS), tags=["admin"])
async def create_sponsor(data: JSONBody[SponsorIn]) -> SponsorCreated:
    """Create a sponsor; the answer carries its API key, which cannot be shown again."""
    sponsor, api_key = await service.create_sponsor(data.name, data.contact_email)
    return SponsorCreated(
        id=sponsor["id"], name=sponsor["name"], contact_email=sponsor["contact_email"], api_key=api_key
    )


@get("/sponsors", opt=roles(*ANY_ROLE), tags=["admin"])
async def list_sponsors() -> list[SponsorOut]:
    """Every sponsor (without keys)."""
    return [SponsorOut(**row) for row in await service.list_sponsors()]


@get("/disclosures", opt=roles(*ANY_ROLE), tags=["admin"])
async def list_disclosures(
    promotion: Annotated[str | None, QueryParameter(description="a promotion slug")] = None,
    sponsor_id: int | None = None,
    limit: Annotated[int, QueryParameter(ge=1, le=500)] = 50,
    cursor: Annotated[int | None, QueryParameter(description="the next_cursor of the previous page")] = None,
) -> dict[str, Any]:
    """The disclosure log, newest first: which sponsor got which fields of how many people, when."""
    return await exports.list_disclosures(promotion=promotion, sponsor_id=sponsor_id, limit=limit, cursor=cursor)


ADMIN_HANDLERS = [create_sponsor, list_sponsors, list_disclosures]


# --- the sponsors' own API -----------------------------------------------------------------


async def require_sponsor(connection: ASGIConnection[Any, Any, Any, Any], _: BaseRouteHandler) -> None:
    """401 unless the request carries an active sponsor's API key."""
    key = bearer_token(connection)
    sponsor = await service.sponsor_for_key(key) if key else None
    if sponsor is None:
        raise NotAuthenticated("Send Authorization: Bearer <sponsor API key>.")
    connection.state.sponsor = sponsor


def _sponsor_id(request: Request[Any, Any, Any]) -> int:
    return int(request.state.sponsor["id"])


@get("/api/v1/sponsor/promotions", guards=[require_sponsor], tags=["sponsors"])
async def sponsor_promotions(request: Request[Any, Any, Any]) -> list[dict[str, Any]]:
    """Your promotions, with the fields you receive about their winners and why."""
    return await exports.sponsor_promotions(_sponsor_id(request))


@get("/api/v1/sponsor/promotions/{slug:str}/winners", guards=[require_sponsor], tags=["sponsors"])
async def sponsor_winners(slug: FromPath[str], request: Request[Any, Any, Any]) -> Response[Any]:
    """The winners of one of your promotions: JSON, or CSV with `Accept: text/csv`. Every call is logged."""
    wants_csv = "text/csv" in request.headers.get("accept", "")
    export = await exports.winners_export(_sponsor_id(request), slug, fmt="csv" if wants_csv else "json")
    if wants_csv:
        return Response(
            exports.as_csv(export),
            media_type="text/csv; charset=utf-8",
            headers={"Content-Disposition": f'attachment; filename="{slug}-winners.csv"'},
        )
    return Response(export)


SPONSOR_HANDLERS = [sponsor_promotions, sponsor_winners]
