"""Draw endpoints: running it (admin), the public record and entry list, receipt checks, claims, pages."""

from __future__ import annotations

from typing import Annotated, Any

import msgspec
from litestar import Response, get, post
from litestar.di import NamedDependency
from litestar.params import FromPath, JSONBody, PathParameter
from litestar.response import Template

from heliograph.console.guards import ANY_ROLE, EDITORS, roles
from heliograph.console.service import Principal
from heliograph.errors import HeliographError
from heliograph.promotions import draws

TAGS = ["admin", "draws"]


class ReplaceIn(msgspec.Struct, forbid_unknown_fields=True):
    """Why a winner loses their place (kept on the record)."""

    reason: str


class ClaimIn(msgspec.Struct, forbid_unknown_fields=True):
    """The token from the winner's claim link."""

    token: str


# --- admin (/api/v1/admin/...) -------------------------------------------------------------


@post("/promotions/{slug:str}/draw", status_code=200, opt=roles(*EDITORS), tags=TAGS)
async def admin_run_draw(slug: FromPath[str], principal: NamedDependency[Principal]) -> dict[str, Any]:
    """Run the draw of a closed sweepstakes (or fix a closed contest's result from its ranking), once.

    Winners are mailed a claim link; a second call returns the same record.
    """
    return await draws.run_draw(slug, user_id=principal.user_id)


@get("/promotions/{slug:str}/draw", opt=roles(*ANY_ROLE), tags=TAGS)
async def admin_get_draw(slug: FromPath[str]) -> dict[str, Any]:
    """The draw record with every seat: entry, status, claim deadline, replacements."""
    return await draws.admin_record(slug)


@post("/promotions/{slug:str}/winners/{place:int}/replace", status_code=200, opt=roles(*EDITORS), tags=TAGS)
async def admin_replace_winner(
    slug: FromPath[str], place: Annotated[int, PathParameter(ge=1)], data: JSONBody[ReplaceIn]
) -> dict[str, Any]:
    """Take a place away from its winner (the reason is recorded); the next alternate is called."""
    return await draws.replace_winner(slug, place, data.reason)


# --- public --------------------------------------------------------------------------------


@get("/api/v1/promotions/{slug:str}/draw", tags=["promotions"])
async def get_draw(slug: FromPath[str]) -> dict[str, Any]:
    """The public draw record: commitment; once drawn, seed, entries digest, seats and winners
    (first name and initial and country, if the rules announce winners)."""
    return await draws.public_record(slug)


@get("/api/v1/promotions/{slug:str}/draw/entries", tags=["promotions"], media_type="text/plain; charset=utf-8")
async def get_draw_entries(slug: FromPath[str]) -> Response[str]:
    """The frozen entry list hashed into the digest: `<receipt code> <holder>` lines sorted by receipt."""
    text = await draws.entry_list_text(slug)
    return Response(text, media_type="text/plain; charset=utf-8")


@get("/api/v1/promotions/{slug:str}/draw/receipts/{code:str}", tags=["promotions"])
async def check_receipt(slug: FromPath[str], code: FromPath[str]) -> dict[str, Any]:
    """Whether a receipt code from an entry mail is in the drawn entry list."""
    return await draws.receipt_check(slug, code)


@post("/api/v1/promotions/{slug:str}/claims", status_code=200, tags=["promotions"])
async def claim_prize(slug: FromPath[str], data: JSONBody[ClaimIn]) -> dict[str, Any]:
    """A winner claims their place with the token of the link in their mail, before the deadline."""
    return await draws.claim(slug, data.token)


# --- pages ---------------------------------------------------------------------------------


@get("/promotions/{slug:str}/draw", include_in_schema=False)
async def draw_page(slug: FromPath[str]) -> Template:
    """The draw record as a page, with how to check it."""
    return Template(template_name="pages/promotion_draw.html", context={"draw": await draws.public_record(slug)})


@get("/promotions/{slug:str}/claim/{token:str}", include_in_schema=False)
async def claim_page(slug: FromPath[str], token: FromPath[str]) -> Template:
    """A page with a button: opening the link claims nothing (mail scanners follow links)."""
    record = await draws.public_record(slug)
    return Template(
        template_name="pages/claim.html",
        context={"slug": slug, "token": token, "draw": record, "claimed": None, "error": None},
    )


@post("/promotions/{slug:str}/claim/{token:str}", include_in_schema=False, status_code=200)
async def claim_page_post(slug: FromPath[str], token: FromPath[str]) -> Template:
    """The claim button: the place is claimed, or the page says why it cannot be."""
    try:
        claimed = await draws.claim(slug, token)
    except HeliographError as exc:
        if exc.code == "not_found":
            raise
        return Template(
            template_name="pages/claim.html",
            context={"slug": slug, "token": token, "error": exc.detail, "claimed": None},
            status_code=exc.status,
        )
    return Template(template_name="pages/claim.html", context={"slug": slug, "claimed": claimed, "error": None})


ADMIN_HANDLERS = [admin_run_draw, admin_get_draw, admin_replace_winner]
PUBLIC_HANDLERS = [get_draw, get_draw_entries, check_receipt, claim_prize, draw_page, claim_page, claim_page_post]
